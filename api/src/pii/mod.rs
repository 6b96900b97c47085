//! Personal identifiers at rest (PIPL): ID-card numbers and phones are encrypted with
//! AES-256-GCM and looked up through a keyed hash (a blind index).
//!
//! A stored value is an envelope `v1:<key id>:<base64(nonce ‖ ciphertext)>`: the key id lets
//! old values be read after a new key becomes active (rotation). The tenant and the field are
//! bound in as associated data, so an envelope copied to another tenant's row or another column
//! does not decrypt. The blind index is HMAC-SHA256 over tenant, field and value: equal values
//! of one tenant meet, and nothing can be learned across tenants.

mod keys;

pub use keys::load_vault;

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;
use std::sync::Arc;
use uuid::Uuid;

/// Which identifier a value is: part of the associated data and of the index input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PiiField {
    IdCardNo,
    Phone,
}

impl PiiField {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::IdCardNo => "id_card_no",
            Self::Phone => "phone",
        }
    }
}

/// The encryption keys (the first is active) and the index key.
#[derive(Clone)]
pub struct Vault {
    keys: Arc<Vec<(String, Aes256Gcm)>>,
    index_key: Arc<Vec<u8>>,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ids: Vec<&str> = self.keys.iter().map(|(id, _)| id.as_str()).collect();
        write!(f, "Vault(keys: {ids:?})")
    }
}

#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error("no personal-data key configured")]
    NoKeys,
    #[error("a personal-data key must be 32 bytes of base64: {0}")]
    BadKey(String),
    #[error("the stored value names key {0}, which is not configured")]
    UnknownKey(String),
    #[error("a personal value could not be encrypted")]
    Seal,
    #[error("a stored personal value is damaged or was encrypted for another row")]
    Damaged,
}

impl Vault {
    /// `keys`: (id, 32-byte key), the active one first. `index_key`: at least 32 bytes.
    pub fn new(keys: Vec<(String, Vec<u8>)>, index_key: Vec<u8>) -> Result<Self, VaultError> {
        if keys.is_empty() {
            return Err(VaultError::NoKeys);
        }
        if index_key.len() < 32 {
            return Err(VaultError::BadKey("index key".into()));
        }
        let keys = keys
            .into_iter()
            .map(|(id, key)| {
                Aes256Gcm::new_from_slice(&key)
                    .map(|cipher| (id.clone(), cipher))
                    .map_err(|_| VaultError::BadKey(id))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            keys: Arc::new(keys),
            index_key: Arc::new(index_key),
        })
    }

    fn aad(tenant_id: Uuid, field: PiiField) -> Vec<u8> {
        let mut aad = tenant_id.as_bytes().to_vec();
        aad.extend_from_slice(field.as_str().as_bytes());
        aad
    }

    /// Encrypts `plain` with the active key.
    pub fn seal(
        &self,
        tenant_id: Uuid,
        field: PiiField,
        plain: &str,
    ) -> Result<String, VaultError> {
        let (key_id, cipher) = &self.keys[0];
        let mut nonce = [0u8; 12];
        rand::rng().fill_bytes(&mut nonce);
        let aad = Self::aad(tenant_id, field);
        let sealed = cipher
            .encrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: plain.as_bytes(),
                    aad: &aad,
                },
            )
            .map_err(|_| VaultError::Seal)?;
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&sealed);
        Ok(format!("v1:{key_id}:{}", STANDARD.encode(bytes)))
    }

    /// Decrypts an envelope made by [`Vault::seal`] for the same tenant and field.
    pub fn open(
        &self,
        tenant_id: Uuid,
        field: PiiField,
        envelope: &str,
    ) -> Result<String, VaultError> {
        let mut parts = envelope.splitn(3, ':');
        let (Some("v1"), Some(key_id), Some(body)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(VaultError::Damaged);
        };
        let cipher = self
            .keys
            .iter()
            .find(|(id, _)| id == key_id)
            .map(|(_, cipher)| cipher)
            .ok_or_else(|| VaultError::UnknownKey(key_id.to_string()))?;
        let bytes = STANDARD.decode(body).map_err(|_| VaultError::Damaged)?;
        if bytes.len() < 12 {
            return Err(VaultError::Damaged);
        }
        let (nonce, sealed) = bytes.split_at(12);
        let nonce: [u8; 12] = nonce.try_into().map_err(|_| VaultError::Damaged)?;
        let aad = Self::aad(tenant_id, field);
        let plain = cipher
            .decrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: sealed,
                    aad: &aad,
                },
            )
            .map_err(|_| VaultError::Damaged)?;
        String::from_utf8(plain).map_err(|_| VaultError::Damaged)
    }

    /// The key id an envelope was sealed with (to find values still under an old key).
    pub fn key_id_of(envelope: &str) -> Option<&str> {
        envelope.split(':').nth(1)
    }

    /// The blind index of `plain`: hex HMAC-SHA256 over tenant, field and value.
    pub fn index(&self, tenant_id: Uuid, field: PiiField, plain: &str) -> String {
        let mut mac = match <Hmac<Sha256> as Mac>::new_from_slice(&self.index_key) {
            Ok(mac) => mac,
            // HMAC takes keys of any length.
            Err(_) => return String::new(),
        };
        mac.update(tenant_id.as_bytes());
        mac.update(field.as_str().as_bytes());
        mac.update(b"\0");
        mac.update(plain.as_bytes());
        mac.finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vault(ids: &[&str]) -> Vault {
        Vault::new(
            ids.iter()
                .enumerate()
                .map(|(i, id)| (id.to_string(), vec![i as u8 + 1; 32]))
                .collect(),
            vec![9; 32],
        )
        .expect("vault")
    }

    #[test]
    fn sealed_values_open_only_for_their_tenant_and_field() {
        let v = vault(&["k1"]);
        let (a, b) = (Uuid::now_v7(), Uuid::now_v7());
        let sealed = v
            .seal(a, PiiField::IdCardNo, "11010519491231002X")
            .expect("seal");
        assert!(sealed.starts_with("v1:k1:"));
        assert!(!sealed.contains("19491231"));
        assert_eq!(
            v.open(a, PiiField::IdCardNo, &sealed).ok().as_deref(),
            Some("11010519491231002X")
        );
        assert!(v.open(b, PiiField::IdCardNo, &sealed).is_err());
        assert!(v.open(a, PiiField::Phone, &sealed).is_err());
        assert!(v.open(a, PiiField::Phone, "v1:k1:!!").is_err());
    }

    #[test]
    fn old_keys_still_open_after_rotation() {
        let tenant = Uuid::now_v7();
        let old = vault(&["k1"])
            .seal(tenant, PiiField::Phone, "13812345678")
            .expect("seal");
        let rotated = Vault::new(
            vec![("k2".into(), vec![7; 32]), ("k1".into(), vec![1; 32])],
            vec![9; 32],
        )
        .expect("vault");
        assert_eq!(
            rotated.open(tenant, PiiField::Phone, &old).ok().as_deref(),
            Some("13812345678")
        );
        assert_eq!(
            Vault::key_id_of(&rotated.seal(tenant, PiiField::Phone, "x").expect("seal")),
            Some("k2")
        );
    }

    #[test]
    fn the_index_is_per_tenant_and_stable() {
        let v = vault(&["k1"]);
        let (a, b) = (Uuid::now_v7(), Uuid::now_v7());
        let ia = v.index(a, PiiField::IdCardNo, "X");
        assert_eq!(ia, v.index(a, PiiField::IdCardNo, "X"));
        assert_ne!(ia, v.index(b, PiiField::IdCardNo, "X"));
        assert_eq!(ia.len(), 64);
    }
}
