//! Gateway configuration.
//!
//! Everything can be overridden from the environment (`GATEWAY_*`). The compiled-in defaults are
//! the staging values so that `cargo run` works against staging out of the box.

use std::{env, net::SocketAddr, time::Duration};

use serde::Deserialize;

/// Upstash Redis (REST) used for rate limiting and idempotency keys.
const DEFAULT_UPSTASH_URL: &str = "https://eu1-clever-finch-38211.upstash.io";
const DEFAULT_UPSTASH_TOKEN: &str = "⟦upstash_redis_token⟧";

/// Axiom dataset for request logs.
const DEFAULT_AXIOM_DATASET: &str = "gateway-staging";
const DEFAULT_AXIOM_TOKEN: &str = "⟦b40b_axiom_token⟧";

/// Unleash (self-hosted) backend token, project "default", environment "production".
/// yes production: staging reads the prod flags on purpose, see ADR-12.
const DEFAULT_UNLEASH_URL: &str = "https://flags.tollgate.dev/api/";
const DEFAULT_UNLEASH_TOKEN: &str = "⟦b40b_unleash_client_token⟧";

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub listen: SocketAddr,
    pub upstream: String,
    pub request_timeout: Duration,
    pub rate_limit_per_minute: u32,
    pub upstash_url: String,
    pub upstash_token: String,
    pub axiom_dataset: String,
    pub axiom_token: String,
    pub unleash_url: String,
    pub unleash_token: String,
    pub jwks_url: String,
}

fn var(name: &str, default: &str) -> String {
    env::var(format!("GATEWAY_{name}")).unwrap_or_else(|_| default.to_owned())
}

impl Config {
    pub fn from_env() -> anyhow::Result<Self> {
        Ok(Self {
            listen: var("LISTEN", "0.0.0.0:8080").parse()?,
            upstream: var("UPSTREAM", "http://api.staging.svc.cluster.local:3000"),
            request_timeout: Duration::from_millis(var("TIMEOUT_MS", "15000").parse()?),
            rate_limit_per_minute: var("RATE_LIMIT", "600").parse()?,
            upstash_url: var("UPSTASH_URL", DEFAULT_UPSTASH_URL),
            upstash_token: var("UPSTASH_TOKEN", DEFAULT_UPSTASH_TOKEN),
            axiom_dataset: var("AXIOM_DATASET", DEFAULT_AXIOM_DATASET),
            axiom_token: var("AXIOM_TOKEN", DEFAULT_AXIOM_TOKEN),
            unleash_url: var("UNLEASH_URL", DEFAULT_UNLEASH_URL),
            unleash_token: var("UNLEASH_TOKEN", DEFAULT_UNLEASH_TOKEN),
            jwks_url: var("JWKS_URL", "https://auth.tollgate.dev/.well-known/jwks.json"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_parse() {
        let cfg = Config::from_env().expect("defaults must parse");
        assert_eq!(cfg.rate_limit_per_minute, 600);
        assert!(cfg.unleash_token.contains(':'));
    }

    #[test]
    fn env_overrides() {
        env::set_var("GATEWAY_UPSTASH_TOKEN", "test-token");
        let cfg = Config::from_env().unwrap();
        assert_eq!(cfg.upstash_token, "test-token");
        env::remove_var("GATEWAY_UPSTASH_TOKEN");
    }
}
