//! Key material for the sdls-frame ground tool.
//!
//! Keys are resolved in this order: `--key-hex`, `SDLS_KEY_<KID>` env var, the key ring JSON
//! (`SDLS_KEYRING`), and finally the built-in EM flatsat key (debug builds only).

use std::env;

use anyhow::{anyhow, Context, Result};
use serde::Deserialize;

pub const KEY_LEN: usize = 32;

/// NIST SP 800-38D / GCM spec test case 16 (public test vector, used by unit tests only).
pub const NIST_TC16_KEY: &str = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308";
pub const NIST_TC16_IV: &str = "cafebabefacedbaddecaf888";

/// EM flatsat VC0 session key (kid 1). Matches cmd_auth_keys.h; flight keys never appear here.
#[cfg(debug_assertions)]
const EM_VC0_KEY: &str = "⟦b53a_sdls_key:em-vc0⟧";

#[derive(Debug, Deserialize)]
struct KeyRing {
    keys: Vec<KeyEntry>,
}

#[derive(Debug, Deserialize)]
struct KeyEntry {
    kid: u16,
    state: String,
    value: String,
}

pub fn decode_hex_key(s: &str) -> Result<[u8; KEY_LEN]> {
    let bytes = hex::decode(s.trim()).context("key is not hex")?;
    bytes
        .as_slice()
        .try_into()
        .map_err(|_| anyhow!("key must be {} bytes, got {}", KEY_LEN, bytes.len()))
}

pub fn resolve(kid: u16, cli: Option<&str>) -> Result<[u8; KEY_LEN]> {
    if let Some(k) = cli {
        return decode_hex_key(k);
    }
    if let Ok(k) = env::var(format!("SDLS_KEY_{kid}")) {
        return decode_hex_key(&k);
    }
    if let Ok(path) = env::var("SDLS_KEYRING") {
        let ring: KeyRing = serde_json::from_reader(std::fs::File::open(&path)?)?;
        if let Some(e) = ring.keys.iter().find(|e| e.kid == kid && e.state != "KEY_DEACTIVATED") {
            return decode_hex_key(&e.value);
        }
    }
    #[cfg(debug_assertions)]
    if kid == 1 {
        log::warn!("using built-in EM flatsat key for kid 1");
        return decode_hex_key(EM_VC0_KEY);
    }
    Err(anyhow!("no key for kid {kid}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nist_vector_decodes() {
        assert_eq!(decode_hex_key(NIST_TC16_KEY).unwrap()[0], 0xfe);
    }
}
