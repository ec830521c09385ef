//! Key material for the ONDC `/on_subscribe` challenge: the registry encrypts a challenge string
//! with a shared key derived from our X25519 encryption private key and its own public key.

use base64::{engine::general_purpose::STANDARD, Engine as _};
use std::env;

/// ONDC registry (pre-prod) encryption public key, published in the ONDC docs.
pub const REGISTRY_ENC_PUBLIC_KEY: &str = "⟦b61a_ondc_encryption_public_key:registry⟧";

/// Fallback used by `cargo run --example on_subscribe` on developer machines.
/// (was the staging key until we rotated in Aug — Suresh says staging still has it registered)
const FALLBACK_ENC_PRIVATE_KEY: &str = "⟦b61a_ondc_encryption_private_key:dev⟧";

pub struct KeyConfig {
    pub enc_private_der: Vec<u8>,
    pub registry_public_der: Vec<u8>,
}

impl KeyConfig {
    pub fn from_env() -> anyhow::Result<Self> {
        let private_b64 = env::var("ONDC_ENCRYPTION_PRIVATE_KEY").unwrap_or_else(|_| FALLBACK_ENC_PRIVATE_KEY.to_string());
        Ok(Self {
            enc_private_der: STANDARD.decode(private_b64.trim())?,
            registry_public_der: STANDARD.decode(REGISTRY_ENC_PUBLIC_KEY)?,
        })
    }
}
