//! The end of sign-ins, announced on the bus to every server process: a live WebSocket whose
//! sign-in ended (sign-out, a revoked sign-in, a disabled account, a changed role, a suspended
//! county) is closed at once, wherever it is connected, instead of living on until its token
//! expires. Requests need no announcement: they check the sign-in on every call.

use crate::auth::AccessClaims;
use crate::cache::SharedCache;
use crate::tenancy::RequestDb;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The bus topic of ended sign-ins.
pub const TOPIC: &str = "session-ended";

/// Why sign-ins ended; a socket's close reason says it to the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EndReason {
    SignedOut,
    Revoked,
    UserDisabled,
    AccessChanged,
    TenantSuspended,
}

impl EndReason {
    /// The graphql-transport-ws close code: 4403 when the county is suspended (signing in
    /// again will not help), 4401 when the client should sign in again.
    pub fn close_code(self) -> u16 {
        match self {
            Self::TenantSuspended => 4403,
            _ => 4401,
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Self::SignedOut => "signed out",
            Self::Revoked => "this sign-in was revoked",
            Self::UserDisabled => "the account is disabled",
            Self::AccessChanged => "the account's roles changed; sign in again",
            Self::TenantSuspended => "this county is suspended",
        }
    }
}

/// Which sign-ins ended: one sign-in (`family_id`), all of a user's, or all of a tenant's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionEnded {
    pub tenant_id: Uuid,
    pub user_id: Option<Uuid>,
    pub family_id: Option<Uuid>,
    pub reason: EndReason,
}

impl SessionEnded {
    pub fn sign_in(tenant_id: Uuid, family_id: Uuid, reason: EndReason) -> Self {
        Self {
            tenant_id,
            user_id: None,
            family_id: Some(family_id),
            reason,
        }
    }

    pub fn user(tenant_id: Uuid, user_id: Uuid, reason: EndReason) -> Self {
        Self {
            tenant_id,
            user_id: Some(user_id),
            family_id: None,
            reason,
        }
    }

    pub fn tenant(tenant_id: Uuid) -> Self {
        Self {
            tenant_id,
            user_id: None,
            family_id: None,
            reason: EndReason::TenantSuspended,
        }
    }

    /// Whether the sign-in behind `claims` is one of those that ended.
    pub fn ends(&self, claims: &AccessClaims) -> bool {
        self.tenant_id == claims.tid
            && self.user_id.is_none_or(|user| user == claims.sub)
            && self.family_id.is_none_or(|family| family == claims.fam)
    }
}

/// Publishes `ended` now (sign-in state kept in the cache, and the command line, whose process
/// may end right after).
pub async fn announce(cache: &SharedCache, ended: &SessionEnded) {
    let Ok(body) = serde_json::to_string(ended) else {
        return;
    };
    if let Err(error) = cache.publish(TOPIC, &body).await {
        // The socket still closes at its token's expiry; requests check on every call.
        tracing::warn!(%error, "the end of a sign-in could not be announced");
    }
}

/// Publishes `ended` once the request's transaction has committed, so a client that reconnects
/// at once already meets the new state.
pub fn announce_after_commit(db: &RequestDb, cache: &SharedCache, ended: SessionEnded) {
    let cache = cache.clone();
    db.after_commit(Box::new(move || {
        tokio::spawn(async move { announce(&cache, &ended).await });
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(tid: Uuid, sub: Uuid, fam: Uuid) -> AccessClaims {
        AccessClaims {
            sub,
            tid,
            fam,
            iat: 0,
            exp: 0,
        }
    }

    #[test]
    fn an_end_names_a_sign_in_a_user_or_a_county() {
        let (t, u, f) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        let mine = claims(t, u, f);
        let other_sign_in = claims(t, u, Uuid::now_v7());
        let other_user = claims(t, Uuid::now_v7(), Uuid::now_v7());
        let other_county = claims(Uuid::now_v7(), u, f);
        let one = SessionEnded::sign_in(t, f, EndReason::SignedOut);
        assert!(one.ends(&mine) && !one.ends(&other_sign_in));
        let user = SessionEnded::user(t, u, EndReason::UserDisabled);
        assert!(user.ends(&mine) && user.ends(&other_sign_in) && !user.ends(&other_user));
        let county = SessionEnded::tenant(t);
        assert!(county.ends(&mine) && county.ends(&other_user) && !county.ends(&other_county));
        assert_eq!(county.reason.close_code(), 4403);
        assert_eq!(one.reason.close_code(), 4401);
    }
}
