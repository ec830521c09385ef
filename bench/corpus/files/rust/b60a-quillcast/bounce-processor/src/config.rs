//! Configuration for the bounce processor (consumes SES/SparkPost/Mailjet webhooks from SQS).
//! Every credential comes from the environment; see deploy/bounce-processor.env.example.

use std::env;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct Config {
    pub queue_url: String,
    pub database_url: String,
    pub mailjet_api_key: String,
    pub mailjet_secret_key: String,
    pub sparkpost_webhook_user: String,
    pub sparkpost_webhook_password: String,
    pub poll_interval: Duration,
    pub max_batch: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("missing environment variable {0}")]
    Missing(&'static str),
    #[error("invalid value for {0}: {1}")]
    Invalid(&'static str, String),
}

fn required(name: &'static str) -> Result<String, ConfigError> {
    env::var(name).map_err(|_| ConfigError::Missing(name))
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        let poll_ms: u64 = env::var("POLL_INTERVAL_MS")
            .unwrap_or_else(|_| "2000".into())
            .parse()
            .map_err(|e: std::num::ParseIntError| ConfigError::Invalid("POLL_INTERVAL_MS", e.to_string()))?;
        Ok(Self {
            queue_url: required("BOUNCE_QUEUE_URL")?,
            database_url: required("DATABASE_URL")?,
            mailjet_api_key: required("MJ_APIKEY_PUBLIC")?,
            mailjet_secret_key: required("MJ_APIKEY_PRIVATE")?,
            sparkpost_webhook_user: env::var("SPARKPOST_WEBHOOK_USER").unwrap_or_else(|_| "sparkpost".into()),
            sparkpost_webhook_password: required("SPARKPOST_WEBHOOK_PASSWORD")?,
            poll_interval: Duration::from_millis(poll_ms),
            max_batch: env::var("MAX_BATCH").ok().and_then(|v| v.parse().ok()).unwrap_or(10),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_required_values() {
        env::set_var("BOUNCE_QUEUE_URL", "https://sqs.eu-west-1.amazonaws.com/000000000000/bounces-test");
        env::set_var("DATABASE_URL", "postgres://test:test@localhost:5432/bounces_test");
        env::set_var("MJ_APIKEY_PUBLIC", "mj-public-test");
        env::set_var("MJ_APIKEY_PRIVATE", "mj-private-test");
        env::set_var("SPARKPOST_WEBHOOK_PASSWORD", "changeme");
        let cfg = Config::from_env().expect("config");
        assert_eq!(cfg.max_batch, 10);
        assert_eq!(cfg.sparkpost_webhook_user, "sparkpost");
    }
}
