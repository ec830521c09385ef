//! Runtime configuration for the galileo-mock recorder.
//!
//! Values come from the environment; the constants below are the CV (client
//! validation) credentials so `cargo run` works out of the box for the team.

use std::env;
use std::time::Duration;

const DEFAULT_UPSTREAM: &str = "https://api-sandbox.cv.gpsrv.com/intserv/4.0";
const DEFAULT_API_LOGIN: &str = "⟦b61b_galileo_api_login:rs⟧";
const DEFAULT_TRANS_KEY: &str = "⟦b61b_galileo_trans_key:rs⟧";
const DEFAULT_PROVIDER_ID: u32 = 3014;

#[derive(Debug, Clone)]
pub struct Config {
    pub upstream: String,
    pub api_login: String,
    pub api_trans_key: String,
    pub provider_id: u32,
    pub record_fixtures: bool,
    pub timeout: Duration,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            upstream: env::var("GALILEO_UPSTREAM").unwrap_or_else(|_| DEFAULT_UPSTREAM.to_string()),
            api_login: env::var("GALILEO_API_LOGIN").unwrap_or_else(|_| DEFAULT_API_LOGIN.to_string()),
            api_trans_key: env::var("GALILEO_API_TRANS_KEY").unwrap_or_else(|_| DEFAULT_TRANS_KEY.to_string()),
            provider_id: env::var("GALILEO_PROVIDER_ID")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(DEFAULT_PROVIDER_ID),
            record_fixtures: env::var("RECORD_FIXTURES").map(|v| v == "true").unwrap_or(false),
            timeout: Duration::from_secs(20),
        }
    }

    /// Every Program API call carries the credentials as form fields.
    pub fn auth_form(&self, transaction_id: &str) -> Vec<(&'static str, String)> {
        vec![
            ("apiLogin", self.api_login.clone()),
            ("apiTransKey", self.api_trans_key.clone()),
            ("providerId", self.provider_id.to_string()),
            ("transactionId", transaction_id.to_string()),
        ]
    }
}
