//! Sign-in, refresh-token rotation with reuse detection, sign-out, and password changes.

use super::identity::revoked_family_key;
use super::sessions::{self, EndReason, SessionEnded};
use crate::auth::AccessClaims;
use crate::auth::tokens::{hash_refresh_token, new_refresh_token, refresh_token_tenant};
use crate::domain::{UserErrorCode, password_policy, text};
use crate::error::{AppError, AppResult};
use crate::service::common::audit::{self, AuditEntry};
use crate::state::AppState;
use crate::tenancy::TenantTx;
use crate::tenancy::{self, RequestDb};
use chrono::{DateTime, Duration, Utc};
use entities::enums::{TenantStatus, UserStatus};
use entities::{refresh_token, tenant, user};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, QueryFilter};
use uuid::Uuid;

/// What a successful sign-in or refresh hands out.
#[derive(Debug, Clone)]
pub struct IssuedTokens {
    pub access_token: String,
    pub refresh_token: String,
    pub access_token_expires_at: DateTime<Utc>,
    pub user_id: Uuid,
    pub tenant_id: Uuid,
}

fn failure_key(tenant: &str, username: &str) -> String {
    format!("login-failures:{tenant}:{username}")
}

/// Names the signed-in county and user, by id, on the current (`login`, `refresh`) span.
fn record_caller(tenant_id: Uuid, user_id: Uuid) {
    let span = tracing::Span::current();
    span.record("tenant_id", tracing::field::display(tenant_id));
    span.record("user_id", tracing::field::display(user_id));
}

fn lock_key(tenant: &str, username: &str) -> String {
    format!("login-lock:{tenant}:{username}")
}

const WRONG_CREDENTIALS: AppError =
    AppError::Unauthenticated("the tenant code, username or password is wrong");

/// The span names the county and the user once the password matched — by id: never the
/// username, nor the password.
#[tracing::instrument(skip_all, fields(tenant_id = tracing::field::Empty, user_id = tracing::field::Empty))]
pub async fn login(
    state: &AppState,
    db: &RequestDb,
    tenant_code: &str,
    username: &str,
    password: &str,
) -> AppResult<IssuedTokens> {
    let auth = &state.settings.auth;
    if text::has_control_character(tenant_code) || text::has_control_character(username) {
        return Err(AppError::BadUserInput(
            "the tenant code and username cannot contain control characters".into(),
        ));
    }
    // Only values that can name a tenant and a user go further: the lockout keys in the cache
    // are built from them, never from raw input.
    let tenant_code = tenant_code.trim();
    let is_code = (1..=16).contains(&tenant_code.len())
        && tenant_code.bytes().all(|b| b.is_ascii_alphanumeric());
    let (Ok(username), true) = (text::parse_username(username), is_code) else {
        return Err(WRONG_CREDENTIALS);
    };
    let lockout = std::time::Duration::from_secs(60 * auth.lockout_minutes.max(1) as u64);
    let cache = &state.cache;
    if cache
        .get(&lock_key(tenant_code, &username))
        .await?
        .is_some()
    {
        return Err(AppError::AccountLocked);
    }
    let (tenant, user) = tenancy::read_apart(&state.db, async |read| {
        let conn = read.conn().await?;
        let Some(tenant) = crate::tenancy::platform::tenants()
            .filter(tenant::Column::Code.eq(tenant_code))
            .one(conn)
            .await?
        else {
            return Ok((None, None));
        };
        read.enter_tenant(tenant.id).await?;
        let user = conn
            .find::<user::Entity>()
            .filter(user::Column::Username.eq(&username))
            .one(conn)
            .await?;
        Ok((Some(tenant), user))
    })
    .await?;
    let active = user.as_ref().filter(|u| u.status == UserStatus::Active);
    let matched = state
        .hasher
        .verify(password, active.map(|u| u.password_hash.as_str()))
        .await?;
    // The request's own transaction begins only now, after the hash was verified.
    if let Some(t) = &tenant {
        db.enter_tenant(t.id).await?;
    }
    let conn = db.conn().await?;
    let (Some(tenant), Some(user), true) = (tenant, active, matched) else {
        let failures = cache
            .increment(&failure_key(tenant_code, &username), lockout)
            .await?;
        if let (Some(t), Some(u)) = (db.tenant(), user.as_ref()) {
            audit::record(
                conn,
                AuditEntry {
                    tenant_id: t,
                    actor_id: None,
                    action: "auth.login_failed",
                    object_type: Some("User"),
                    object_id: Some(u.id),
                    detail: serde_json::json!({ "failures": failures }),
                },
            )
            .await?;
        }
        if failures >= i64::from(auth.lockout_failures) {
            cache
                .set(&lock_key(tenant_code, &username), "1", Some(lockout))
                .await?;
            cache.delete(&failure_key(tenant_code, &username)).await?;
            return Err(AppError::AccountLocked);
        }
        return Err(WRONG_CREDENTIALS);
    };
    if tenant.status == TenantStatus::Suspended {
        return Err(AppError::TenantSuspended);
    }
    cache.delete(&failure_key(tenant_code, &username)).await?;
    record_caller(tenant.id, user.id);
    let issued = issue(state, conn, tenant.id, user.id, Uuid::now_v7()).await?;
    audit::record(
        conn,
        AuditEntry {
            tenant_id: tenant.id,
            actor_id: Some(user.id),
            action: "auth.login",
            object_type: Some("User"),
            object_id: Some(user.id),
            detail: serde_json::json!({}),
        },
    )
    .await?;
    Ok(issued)
}

/// Stores a new refresh token of `family` and signs an access token.
async fn issue(
    state: &AppState,
    conn: &TenantTx,
    tenant_id: Uuid,
    user_id: Uuid,
    family_id: Uuid,
) -> AppResult<IssuedTokens> {
    let now = Utc::now();
    let auth = &state.settings.auth;
    let refresh = new_refresh_token(tenant_id);
    conn.insert_one(refresh_token::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(Uuid::now_v7()),
        family_id: Set(family_id),
        user_id: Set(user_id),
        token_hash: Set(hash_refresh_token(&refresh)),
        expires_at: Set(now + Duration::days(auth.refresh_token_days)),
        used_at: Set(None),
        revoked_at: Set(None),
        created_at: Set(now),
    })
    .exec_without_returning(conn)
    .await?;
    let expires = now + Duration::minutes(auth.access_token_minutes);
    let access_token = state.tokens.sign(&AccessClaims {
        sub: user_id,
        tid: tenant_id,
        fam: family_id,
        iat: now.timestamp(),
        exp: expires.timestamp(),
    })?;
    Ok(IssuedTokens {
        access_token,
        refresh_token: refresh,
        access_token_expires_at: expires,
        user_id,
        tenant_id,
    })
}

/// Rotates a refresh token. Presenting one that was already used means it was stolen (or the
/// client is confused): the whole family is revoked.
#[tracing::instrument(skip_all, fields(tenant_id = tracing::field::Empty, user_id = tracing::field::Empty))]
pub async fn refresh(state: &AppState, db: &RequestDb, token: &str) -> AppResult<IssuedTokens> {
    let invalid = AppError::Unauthenticated("the refresh token is invalid, expired or revoked");
    let tenant_id = refresh_token_tenant(token)?;
    db.enter_tenant(tenant_id).await?;
    let conn = db.conn().await?;
    let Some(row) = conn
        .find::<refresh_token::Entity>()
        .filter(refresh_token::Column::TokenHash.eq(hash_refresh_token(token)))
        .one(conn)
        .await?
    else {
        return Err(invalid);
    };
    record_caller(tenant_id, row.user_id);
    if row.revoked_at.is_some() || row.expires_at <= Utc::now() {
        return Err(invalid);
    }
    // Claim the token: of two concurrent refreshes with it, one wins; the other is a reuse.
    let claimed = conn
        .update_many::<refresh_token::Entity>()
        .col_expr(refresh_token::Column::UsedAt, Expr::value(Utc::now()))
        .filter(refresh_token::Column::Id.eq(row.id))
        .filter(refresh_token::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    if claimed.rows_affected == 0 {
        revoke_family(state, conn, tenant_id, row.family_id, EndReason::Revoked).await?;
        audit::record(
            conn,
            AuditEntry {
                tenant_id,
                actor_id: None,
                action: "auth.refresh_token_reused",
                object_type: Some("User"),
                object_id: Some(row.user_id),
                detail: serde_json::json!({ "family": row.family_id }),
            },
        )
        .await?;
        return Err(invalid);
    }
    let tenant = crate::tenancy::platform::tenant(tenant_id)
        .one(conn)
        .await?
        .ok_or(AppError::Unauthenticated("the refresh token is invalid"))?;
    if tenant.status == TenantStatus::Suspended {
        return Err(AppError::TenantSuspended);
    }
    let active = conn
        .find::<user::Entity>()
        .filter(user::Column::Id.eq(row.user_id))
        .filter(user::Column::Status.eq(UserStatus::Active))
        .one(conn)
        .await?;
    if active.is_none() {
        return Err(invalid);
    }
    issue(state, conn, tenant_id, row.user_id, row.family_id).await
}

/// Ends a sign-in: its refresh tokens die now, its access tokens at their next use.
pub async fn revoke_family(
    state: &AppState,
    conn: &TenantTx,
    tenant_id: Uuid,
    family_id: Uuid,
    reason: EndReason,
) -> AppResult<()> {
    conn.update_many::<refresh_token::Entity>()
        .col_expr(refresh_token::Column::RevokedAt, Expr::value(Utc::now()))
        .filter(refresh_token::Column::FamilyId.eq(family_id))
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    // Access tokens live at most this long; the mark need not outlive them.
    let ttl = std::time::Duration::from_secs(
        60 * state.settings.auth.access_token_minutes.max(1) as u64 + 60,
    );
    state
        .cache
        .set(&revoked_family_key(family_id), "1", Some(ttl))
        .await?;
    // The mark above already refuses every request; the announcement closes live sockets.
    sessions::announce(
        &state.cache,
        &SessionEnded::sign_in(tenant_id, family_id, reason),
    )
    .await;
    Ok(())
}

#[tracing::instrument(skip_all, fields(family_id = %claims.fam))]
pub async fn logout(state: &AppState, conn: &TenantTx, claims: &AccessClaims) -> AppResult<()> {
    revoke_family(state, conn, claims.tid, claims.fam, EndReason::SignedOut).await?;
    audit::record(
        conn,
        AuditEntry {
            tenant_id: claims.tid,
            actor_id: Some(claims.sub),
            action: "auth.logout",
            object_type: Some("User"),
            object_id: Some(claims.sub),
            detail: serde_json::json!({}),
        },
    )
    .await
}

pub async fn change_password(
    state: &AppState,
    conn: &TenantTx,
    tenant_id: Uuid,
    user_id: Uuid,
    current: &str,
    new: &str,
) -> AppResult<()> {
    let user = conn
        .find::<user::Entity>()
        .filter(user::Column::Id.eq(user_id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound("user"))?;
    if !state
        .hasher
        .verify(current, Some(&user.password_hash))
        .await?
    {
        return Err(AppError::invalid(
            "currentPassword",
            UserErrorCode::WrongPassword,
            "the current password is wrong",
        ));
    }
    password_policy::check("newPassword", new).map_err(|e| AppError::Invalid(vec![e]))?;
    let hash = state.hasher.hash(new).await?;
    conn.update_many::<user::Entity>()
        .col_expr(user::Column::PasswordHash, Expr::value(hash))
        .col_expr(user::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(user::Column::Id.eq(user_id))
        .exec(conn)
        .await?;
    audit::record(
        conn,
        AuditEntry {
            tenant_id,
            actor_id: Some(user_id),
            action: "auth.password_changed",
            object_type: Some("User"),
            object_id: Some(user_id),
            detail: serde_json::json!({}),
        },
    )
    .await
}
