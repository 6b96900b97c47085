//! `gridgov`: serve the API, run migrations, load the demo, manage tenants and users, export
//! the schema and the codes the frontend shares with the server.

use anyhow::Context;
use clap::{Parser, Subcommand};
use gridgov_api::{Application, Settings, codes, graphql, service, startup, telemetry, tenancy};

#[derive(Parser)]
#[command(name = "gridgov", version, about = "GridGov — 网格化服务管理")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API and the frontend.
    Serve {
        /// Load the demo county on first start.
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending migrations.
    Migrate,
    /// Load the demo county (idempotent).
    SeedDemo,
    /// Manage tenants (counties).
    Tenant {
        #[command(subcommand)]
        command: TenantCommand,
    },
    /// Manage users.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Print the GraphQL schema (SDL), or write it to a file.
    ExportSchema {
        #[arg(long)]
        output: Option<std::path::PathBuf>,
    },
    /// Print the error codes and permissions as TypeScript for the frontend, or write them to
    /// a file (frontend/src/api/codes.generated.ts).
    ExportCodes {
        #[arg(long)]
        output: Option<std::path::PathBuf>,
    },
}

#[derive(Subcommand)]
enum TenantCommand {
    /// Create a county with its first admin (password from GRIDGOV_ADMIN_PASSWORD).
    Create {
        #[arg(long)]
        code: String,
        #[arg(long)]
        name: String,
        #[arg(long, default_value = "admin")]
        admin_username: String,
        #[arg(long, default_value = "县级管理员")]
        admin_display_name: String,
    },
    Suspend {
        #[arg(long)]
        code: String,
    },
    Reactivate {
        #[arg(long)]
        code: String,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a user (password from GRIDGOV_USER_PASSWORD). `--tenant 000000` with
    /// `--role platform-operator` makes a platform operator.
    Create {
        #[arg(long)]
        tenant: String,
        #[arg(long)]
        username: String,
        #[arg(long)]
        display_name: String,
        #[arg(long, value_enum)]
        role: Option<CliRole>,
        /// Code of the region (or department) the role is granted on.
        #[arg(long)]
        scope_code: Option<String>,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum CliRole {
    PlatformOperator,
    CountyAdmin,
    StreetAdmin,
    CommunityStaff,
    GridWorker,
    Department,
    Leader,
    Integrator,
}

fn secret_from_env(name: &str) -> anyhow::Result<String> {
    std::env::var(name)
        .with_context(|| format!("set the password in the environment variable {name}"))
}

#[actix_web::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let export = match &cli.command {
        Command::ExportSchema { output } => Some((graphql::export_sdl(), output)),
        Command::ExportCodes { output } => Some((codes::typescript(), output)),
        _ => None,
    };
    if let Some((text, output)) = export {
        match output {
            Some(path) => std::fs::write(path, text)
                .with_context(|| format!("cannot write {}", path.display()))?,
            None => print!("{text}"),
        }
        return Ok(());
    }
    let mut settings = Settings::load().context("invalid settings")?;
    telemetry::init(&settings.log);
    match cli.command {
        Command::Serve { demo } => {
            settings.server.seed_demo_on_empty |= demo;
            let app = Application::build(settings).await?;
            tracing::info!(port = app.port(), "GridGov is listening");
            app.run_until_stopped().await?;
        }
        Command::Migrate => startup::migrate(&settings).await?,
        Command::SeedDemo => {
            startup::migrate(&settings).await?;
            let state = startup::state(settings).await?;
            let loaded = gridgov_api::seed::seed(&state).await?;
            println!(
                "{}",
                if loaded {
                    "demo county loaded"
                } else {
                    "demo county already present"
                }
            );
        }
        Command::Tenant { command } => {
            startup::migrate(&settings).await?;
            let state = startup::state(settings).await?;
            run_tenant(&state, command).await?;
        }
        Command::User { command } => {
            startup::migrate(&settings).await?;
            let state = startup::state(settings).await?;
            let UserCommand::Create {
                tenant,
                username,
                display_name,
                role,
                scope_code,
            } = command;
            let password = secret_from_env("GRIDGOV_USER_PASSWORD")?;
            service::cli::create_user(
                &state,
                &tenant,
                &username,
                &display_name,
                &password,
                role.map(to_role),
                scope_code.as_deref(),
            )
            .await
            .map_err(describe)?;
            println!("user {username} created");
        }
        Command::ExportSchema { .. } | Command::ExportCodes { .. } => {}
    }
    Ok(())
}

async fn run_tenant(
    state: &gridgov_api::state::AppState,
    command: TenantCommand,
) -> anyhow::Result<()> {
    match command {
        TenantCommand::Create {
            code,
            name,
            admin_username,
            admin_display_name,
        } => {
            let password = secret_from_env("GRIDGOV_ADMIN_PASSWORD")?;
            tenancy::with_tenant(&state.db, None, async |db| {
                service::tenants::ensure_platform(db.conn().await?).await?;
                service::tenants::create_county(
                    state,
                    db,
                    None,
                    service::tenants::NewCounty {
                        code: &code,
                        name: &name,
                        admin_username: &admin_username,
                        admin_display_name: &admin_display_name,
                        admin_password: &password,
                    },
                )
                .await
            })
            .await
            .map_err(describe)?;
            println!("county {code} {name} created");
        }
        TenantCommand::Suspend { code } => set_status(state, &code, entities_status(true)).await?,
        TenantCommand::Reactivate { code } => {
            set_status(state, &code, entities_status(false)).await?
        }
    }
    Ok(())
}

fn entities_status(suspend: bool) -> service::cli::TenantStatus {
    if suspend {
        service::cli::TenantStatus::Suspended
    } else {
        service::cli::TenantStatus::Active
    }
}

async fn set_status(
    state: &gridgov_api::state::AppState,
    code: &str,
    status: service::cli::TenantStatus,
) -> anyhow::Result<()> {
    service::cli::set_tenant_status(state, code, status)
        .await
        .map_err(describe)?;
    println!("county {code} is now {status:?}");
    Ok(())
}

fn to_role(role: CliRole) -> service::cli::Role {
    use service::cli::Role;
    match role {
        CliRole::PlatformOperator => Role::PlatformOperator,
        CliRole::CountyAdmin => Role::CountyAdmin,
        CliRole::StreetAdmin => Role::StreetAdmin,
        CliRole::CommunityStaff => Role::CommunityStaff,
        CliRole::GridWorker => Role::GridWorker,
        CliRole::Department => Role::Department,
        CliRole::Leader => Role::Leader,
        CliRole::Integrator => Role::Integrator,
    }
}

fn describe(error: gridgov_api::error::AppError) -> anyhow::Error {
    error.into()
}
