//! Access tokens (HS256 JWT, short-lived) and refresh tokens (random, stored hashed, rotated).

use crate::error::{AppError, AppResult};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// What a verified access token says. Tenant and user come from here only, never from an
/// argument.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AccessClaims {
    /// User id.
    pub sub: Uuid,
    /// Tenant id.
    pub tid: Uuid,
    /// Token family (one sign-in); revoking it ends every token of that sign-in.
    pub fam: Uuid,
    pub iat: i64,
    pub exp: i64,
}

#[derive(Clone)]
pub struct TokenKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
}

impl TokenKeys {
    pub fn new(secret: &[u8]) -> Self {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.leeway = 5;
        validation.set_required_spec_claims(&["exp", "sub"]);
        Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
        }
    }

    pub fn sign(&self, claims: &AccessClaims) -> AppResult<String> {
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), claims, &self.encoding)
            .map_err(AppError::internal)
    }

    pub fn verify(&self, token: &str) -> AppResult<AccessClaims> {
        jsonwebtoken::decode::<AccessClaims>(token, &self.decoding, &self.validation)
            .map(|data| data.claims)
            .map_err(|_| AppError::Unauthenticated("the access token is invalid or expired"))
    }
}

/// A new refresh token: `<tenant id>.<256 random bits>`. The tenant part only lets the server
/// set the tenant context before it looks the token up by its hash.
pub fn new_refresh_token(tenant_id: Uuid) -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("{}.{}", tenant_id.simple(), URL_SAFE_NO_PAD.encode(bytes))
}

/// The tenant a refresh token claims to belong to (verified by the hash lookup that follows).
pub fn refresh_token_tenant(token: &str) -> AppResult<Uuid> {
    token
        .split_once('.')
        .and_then(|(tenant, _)| Uuid::try_parse(tenant).ok())
        .ok_or(AppError::Unauthenticated("the refresh token is invalid"))
}

pub fn hash_refresh_token(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// A random signing key for a process without a configured one.
pub fn random_secret() -> Vec<u8> {
    let mut bytes = vec![0u8; 64];
    rand::rng().fill_bytes(&mut bytes);
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_and_verifies_and_refuses_tampering() {
        let keys = TokenKeys::new(b"0123456789abcdef0123456789abcdef");
        let now = chrono::Utc::now().timestamp();
        let claims = AccessClaims {
            sub: Uuid::now_v7(),
            tid: Uuid::now_v7(),
            fam: Uuid::now_v7(),
            iat: now,
            exp: now + 60,
        };
        let token = keys.sign(&claims).ok().unwrap_or_default();
        assert_eq!(keys.verify(&token).ok().map(|c| c.sub), Some(claims.sub));
        let other = TokenKeys::new(b"another-secret-another-secret-xx");
        assert!(other.verify(&token).is_err());
        let expired = AccessClaims {
            exp: now - 60,
            ..claims
        };
        let token = keys.sign(&expired).ok().unwrap_or_default();
        assert!(keys.verify(&token).is_err());
    }

    #[test]
    fn refresh_tokens_carry_their_tenant() {
        let tenant = Uuid::now_v7();
        let token = new_refresh_token(tenant);
        assert_eq!(refresh_token_tenant(&token).ok(), Some(tenant));
        assert!(refresh_token_tenant("garbage").is_err());
        assert_eq!(hash_refresh_token(&token).len(), 64);
    }
}
