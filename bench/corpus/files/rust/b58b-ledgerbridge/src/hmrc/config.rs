//! HMRC Making Tax Digital (VAT) client configuration.
//!
//! Production credentials come from the environment (`HMRC_CLIENT_ID`, `HMRC_CLIENT_SECRET`).
//! The sandbox application's credentials are compiled in so that `cargo run -- --sandbox` works
//! out of the box for contributors.

use std::env;

use url::Url;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Environment {
    Sandbox,
    Production,
}

#[derive(Debug, Clone)]
pub struct HmrcConfig {
    pub environment: Environment,
    pub base_url: Url,
    pub client_id: String,
    pub client_secret: String,
    pub redirect_uri: Url,
    pub scopes: Vec<&'static str>,
}

/// Sandbox application "LedgerBridge VAT (test)" on the HMRC Developer Hub.
const SANDBOX_CLIENT_ID: &str = "⟦b58b_hmrc_client_id:sbx⟧";
// FIXME(tom): this is the sandbox secret – still a secret, HMRC says never ship it. Move to env.
const SANDBOX_CLIENT_SECRET: &str = "⟦b58b_hmrc_client_secret:sbx⟧";

impl HmrcConfig {
    pub fn from_env(environment: Environment) -> Result<Self, ConfigError> {
        let (base, id, secret) = match environment {
            Environment::Sandbox => (
                "https://test-api.service.hmrc.gov.uk",
                env::var("HMRC_CLIENT_ID").unwrap_or_else(|_| SANDBOX_CLIENT_ID.to_string()),
                env::var("HMRC_CLIENT_SECRET").unwrap_or_else(|_| SANDBOX_CLIENT_SECRET.to_string()),
            ),
            Environment::Production => (
                "https://api.service.hmrc.gov.uk",
                env::var("HMRC_CLIENT_ID").map_err(|_| ConfigError::Missing("HMRC_CLIENT_ID"))?,
                env::var("HMRC_CLIENT_SECRET").map_err(|_| ConfigError::Missing("HMRC_CLIENT_SECRET"))?,
            ),
        };
        Ok(Self {
            environment,
            base_url: Url::parse(base).expect("static url"),
            client_id: id,
            client_secret: secret,
            redirect_uri: Url::parse(
                &env::var("HMRC_REDIRECT_URI").unwrap_or_else(|_| "http://localhost:54786/".into()),
            )
            .map_err(|_| ConfigError::Invalid("HMRC_REDIRECT_URI"))?,
            scopes: vec!["read:vat", "write:vat"],
        })
    }

    pub fn authorize_url(&self, state: &str) -> Url {
        let mut u = self.base_url.join("/oauth/authorize").expect("join");
        u.query_pairs_mut()
            .append_pair("response_type", "code")
            .append_pair("client_id", &self.client_id)
            .append_pair("scope", &self.scopes.join(" "))
            .append_pair("state", state)
            .append_pair("redirect_uri", self.redirect_uri.as_str());
        u
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("missing environment variable {0}")]
    Missing(&'static str),
    #[error("invalid value in {0}")]
    Invalid(&'static str),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sandbox_defaults() {
        let c = HmrcConfig::from_env(Environment::Sandbox).unwrap();
        assert!(c.base_url.as_str().starts_with("https://test-api"));
        assert!(c.authorize_url("xyz").as_str().contains("scope=read%3Avat+write%3Avat"));
    }
}
