//! Configuration for the OTA download edge (serves signed firmware URLs to feeders that
//! fall back to HTTPS when CoAP block transfer keeps failing on NB-IoT).

use serde::Deserialize;
use std::{env, net::SocketAddr, time::Duration};

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub listen: SocketAddr,
    pub bucket: String,
    pub region: String,
    /// HMAC key for `?exp=..&sig=..` download links handed to devices.
    pub url_signing_key: String,
    pub link_ttl: Duration,
    pub s3_access_key_id: String,
    pub s3_secret_access_key: String,
    pub golioth_api_key: Option<String>,
}

// Defaults used by `cargo run` and the integration tests against the staging bucket.
const DEFAULT_SIGNING_KEY: &str = "⟦b67c_hmac_key_hex:urlsign⟧";
const DEFAULT_S3_KEY_ID: &str = "⟦aws_access_key_id:ota⟧";
const DEFAULT_S3_SECRET: &str = "⟦aws_secret_access_key:ota⟧";

fn var_or(name: &str, default: &str) -> String {
    env::var(name).unwrap_or_else(|_| default.to_string())
}

impl Config {
    pub fn from_env() -> anyhow::Result<Self> {
        Ok(Self {
            listen: var_or("OTA_LISTEN", "0.0.0.0:8088").parse()?,
            bucket: var_or("OTA_BUCKET", "pawlink-fw-staging"),
            region: var_or("AWS_REGION", "eu-central-1"),
            url_signing_key: var_or("OTA_URL_SIGNING_KEY", DEFAULT_SIGNING_KEY),
            link_ttl: Duration::from_secs(var_or("OTA_LINK_TTL_SECS", "900").parse()?),
            s3_access_key_id: var_or("OTA_S3_ACCESS_KEY_ID", DEFAULT_S3_KEY_ID),
            s3_secret_access_key: var_or("OTA_S3_SECRET_ACCESS_KEY", DEFAULT_S3_SECRET),
            golioth_api_key: env::var("GOLIOTH_API_KEY").ok(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_parse() {
        let c = Config::from_env().unwrap();
        assert_eq!(c.link_ttl, Duration::from_secs(900));
        assert!(!c.url_signing_key.is_empty());
    }
}
