//! Where the vault's keys come from: `pii.keys` and `pii.index_key` in the settings, or — when
//! none are configured, for the zero-set-up default — a key file created beside the data on
//! first start and reused after (a production deployment configures its keys instead).

use super::Vault;
use crate::settings::PiiSettings;
use anyhow::Context;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use rand::RngCore;
use secrecy::ExposeSecret;
use std::path::Path;

/// `id:base64,id:base64` — the active key first.
fn parse_keys(raw: &str) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    raw.split(',')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (id, key) = part
                .split_once(':')
                .context("pii.keys is a list of `id:base64key`")?;
            let key = STANDARD
                .decode(key.trim())
                .ok()
                .filter(|k| k.len() == 32)
                .with_context(|| format!("pii key {id} is not 32 bytes of base64"))?;
            Ok((id.trim().to_string(), key))
        })
        .collect()
}

fn random_key() -> String {
    let mut key = [0u8; 32];
    rand::rng().fill_bytes(&mut key);
    STANDARD.encode(key)
}

pub fn load_vault(settings: &PiiSettings) -> anyhow::Result<Vault> {
    let (keys, index_key) = match (&settings.keys, &settings.index_key) {
        (Some(keys), Some(index)) => (
            keys.expose_secret().to_string(),
            index.expose_secret().to_string(),
        ),
        (None, None) => key_file(Path::new(&settings.key_file))?,
        _ => anyhow::bail!("pii.keys and pii.index_key are configured together"),
    };
    let index_key = STANDARD
        .decode(index_key.trim())
        .ok()
        .filter(|k| k.len() >= 32)
        .context("pii.index_key is not at least 32 bytes of base64")?;
    Ok(Vault::new(parse_keys(&keys)?, index_key)?)
}

/// Reads (or creates, mode 0600) a two-line key file: the `keys` list, then the index key.
fn key_file(path: &Path) -> anyhow::Result<(String, String)> {
    if !path.exists() {
        tracing::warn!(
            path = %path.display(),
            "no pii.keys configured: created a local key file; configure keys in production"
        );
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let body = format!("k1:{}\n{}\n", random_key(), random_key());
        write_private(path, &body)?;
    }
    let body = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the key file {}", path.display()))?;
    let mut lines = body.lines();
    match (lines.next(), lines.next()) {
        (Some(keys), Some(index)) => Ok((keys.to_string(), index.to_string())),
        _ => anyhow::bail!("the key file {} is damaged", path.display()),
    }
}

#[cfg(unix)]
fn write_private(path: &Path, body: &str) -> anyhow::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(body.as_bytes())?;
    Ok(())
}

#[cfg(not(unix))]
fn write_private(path: &Path, body: &str) -> anyhow::Result<()> {
    std::fs::write(path, body)?;
    Ok(())
}
