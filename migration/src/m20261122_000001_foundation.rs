//! Tenants, the region tree, departments, the party-organisation skeleton, users, role
//! assignments, refresh tokens and the audit log.

use crate::tables::{tenant_fk, tenant_index, tenant_table};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Alias::new("tenants"))
                    .col(pk_uuid("id"))
                    .col(string_len_uniq("code", 16))
                    .col(string_len("name", 100))
                    .col(string_len("kind", 16))
                    .col(string_len("status", 16))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                tenant_table("regions")
                    .col(uuid_null("parent_id"))
                    .col(string_len("kind", 16))
                    .col(string_len_null("grid_kind", 16))
                    .col(string_len("code", 32))
                    .col(string_len("name", 100))
                    .col(string_len("path", 512))
                    .col(integer("depth"))
                    .col(uuid_null("street_id"))
                    .col(uuid_null("community_id"))
                    .col(uuid_null("grid_id"))
                    .col(uuid_null("micro_grid_id"))
                    .col(json_binary_null("boundary"))
                    .col(double_null("center_lng"))
                    .col(double_null("center_lat"))
                    .col(integer("version").default(1))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut tenant_fk("regions", "parent_id", "regions"))
                    .to_owned(),
            )
            .await?;
        for (columns, unique) in [
            (&["code"][..], true),
            (&["parent_id", "code"][..], false),
            (&["street_id"][..], false),
            (&["community_id"][..], false),
            (&["grid_id"][..], false),
            (&["micro_grid_id"][..], false),
            (&["path"][..], false),
            (&["kind", "code"][..], false),
        ] {
            manager
                .create_index(tenant_index("regions", columns, unique))
                .await?;
        }

        manager
            .create_table(
                tenant_table("departments")
                    .col(string_len("code", 32))
                    .col(string_len("name", 100))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(tenant_index("departments", &["code"], true))
            .await?;

        manager
            .create_table(
                tenant_table("party_organisations")
                    .col(uuid_null("parent_id"))
                    .col(string_len("kind", 32))
                    .col(string_len("name", 100))
                    .col(uuid_null("region_id"))
                    .col(string_len("path", 512))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut tenant_fk(
                        "party_organisations",
                        "parent_id",
                        "party_organisations",
                    ))
                    .foreign_key(&mut tenant_fk(
                        "party_organisations",
                        "region_id",
                        "regions",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(tenant_index("party_organisations", &["path"], false))
            .await?;

        manager
            .create_table(
                tenant_table("users")
                    .col(string_len("username", 64))
                    .col(string_len("display_name", 100))
                    .col(string_len("password_hash", 255))
                    .col(string_len("status", 16))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(tenant_index("users", &["username"], true))
            .await?;

        manager
            .create_table(
                tenant_table("role_assignments")
                    .col(uuid("user_id"))
                    .col(string_len("role", 32))
                    .col(string_len("scope_kind", 32))
                    .col(uuid("scope_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut tenant_fk("role_assignments", "user_id", "users"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(tenant_index(
                "role_assignments",
                &["user_id", "role", "scope_id"],
                true,
            ))
            .await?;
        manager
            .create_index(tenant_index("role_assignments", &["scope_id"], false))
            .await?;

        manager
            .create_table(
                tenant_table("refresh_tokens")
                    .col(uuid("family_id"))
                    .col(uuid("user_id"))
                    .col(string_len("token_hash", 64))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("used_at"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut tenant_fk("refresh_tokens", "user_id", "users"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(tenant_index("refresh_tokens", &["token_hash"], true))
            .await?;
        manager
            .create_index(tenant_index("refresh_tokens", &["family_id"], false))
            .await?;

        manager
            .create_table(
                tenant_table("audit_log")
                    .col(timestamp_with_time_zone("at"))
                    .col(uuid_null("actor_id"))
                    .col(string_len("action", 64))
                    .col(string_len_null("object_type", 64))
                    .col(uuid_null("object_id"))
                    .col(json_binary("detail"))
                    .col(string_len_null("request_id", 64))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(tenant_index("audit_log", &["at"], false))
            .await?;
        manager
            .create_index(tenant_index("audit_log", &["object_id"], false))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "audit_log",
            "refresh_tokens",
            "role_assignments",
            "users",
            "party_organisations",
            "departments",
            "regions",
            "tenants",
        ] {
            manager
                .drop_table(Table::drop().table(Alias::new(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
