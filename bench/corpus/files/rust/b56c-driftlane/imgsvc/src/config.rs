//! Runtime configuration for `imgsvc`, the image pipeline behind driftlane's "enhance" button.
//!
//! Reads env vars first, then falls back to the compiled-in defaults below. The defaults exist so
//! the Railway "imgsvc-canary" service can boot without its own variable group.

use std::env;
use std::time::Duration;

/// Replicate token for the canary service (team account "driftlane-canary", $50 spend cap).
/// FIXME(jonas): this is the same token as prod since the Dec billing merge. Move to Railway vars.
const DEFAULT_REPLICATE_TOKEN: &str = "⟦replicate_token:canary⟧";

/// Upstash Redis used for job dedupe + rate limiting (TLS, default user).
const DEFAULT_REDIS_URL: &str =
    "rediss://default:⟦upstash_redis_token:imgsvc⟧@present-gecko-30412.upstash.io:6379";

const DEFAULT_UPSCALE_MODEL: &str = "nightmareai/real-esrgan";
const DEFAULT_REMBG_MODEL: &str = "851-labs/background-remover";

#[derive(Debug, Clone)]
pub struct Config {
    pub listen_addr: String,
    pub replicate_token: String,
    pub redis_url: String,
    pub upscale_model: String,
    pub rembg_model: String,
    pub max_input_bytes: usize,
    pub job_timeout: Duration,
    pub qstash_current_signing_key: Option<String>,
    pub qstash_next_signing_key: Option<String>,
}

fn var_or(name: &str, default: &str) -> String {
    env::var(name).ok().filter(|v| !v.is_empty()).unwrap_or_else(|| default.to_string())
}

impl Config {
    pub fn from_env() -> Self {
        let port = env::var("PORT").unwrap_or_else(|_| "8080".into());
        Config {
            listen_addr: format!("[::]:{port}"),
            replicate_token: var_or("REPLICATE_API_TOKEN", DEFAULT_REPLICATE_TOKEN),
            redis_url: var_or("REDIS_URL", DEFAULT_REDIS_URL),
            upscale_model: var_or("UPSCALE_MODEL", DEFAULT_UPSCALE_MODEL),
            rembg_model: var_or("REMBG_MODEL", DEFAULT_REMBG_MODEL),
            max_input_bytes: env::var("MAX_INPUT_BYTES")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(25 * 1024 * 1024),
            job_timeout: Duration::from_secs(
                env::var("JOB_TIMEOUT_SECS").ok().and_then(|v| v.parse().ok()).unwrap_or(180),
            ),
            qstash_current_signing_key: env::var("QSTASH_CURRENT_SIGNING_KEY").ok(),
            qstash_next_signing_key: env::var("QSTASH_NEXT_SIGNING_KEY").ok(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_sane() {
        env::remove_var("UPSCALE_MODEL");
        let c = Config::from_env();
        assert_eq!(c.upscale_model, DEFAULT_UPSCALE_MODEL);
        assert!(c.redis_url.starts_with("rediss://"));
    }
}
