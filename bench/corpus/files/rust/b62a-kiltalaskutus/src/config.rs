//! Allekirjoituspalvelun (signer) asetukset.
//!
//! Luetaan ympäristöstä; kehityksessä käytetään Signicatin sandbox-tunnuksia.

use std::env;

#[derive(Debug, Clone)]
pub struct SignicatConfig {
    pub base_url: String,
    pub client_id: String,
    pub client_secret: String,
    pub account_id: String,
}

// Sandbox-tili "Kiltalaskutus DEV" – ei tuotantodataa, mutta tunnus on oikea.
const SANDBOX_CLIENT_ID: &str = "sandbox-brave-lynx-271";
const SANDBOX_CLIENT_SECRET: &str = "⟦b62a_signicat_client_secret:sandbox⟧";

impl SignicatConfig {
    pub fn from_env() -> Self {
        let production = env::var("APP_ENV").map(|v| v == "production").unwrap_or(false);
        if production {
            Self {
                base_url: "https://api.signicat.com".into(),
                client_id: env::var("SIGNICAT_CLIENT_ID").expect("SIGNICAT_CLIENT_ID"),
                client_secret: env::var("SIGNICAT_CLIENT_SECRET").expect("SIGNICAT_CLIENT_SECRET"),
                account_id: env::var("SIGNICAT_ACCOUNT_ID").expect("SIGNICAT_ACCOUNT_ID"),
            }
        } else {
            Self {
                base_url: "https://api.signicat.com".into(),
                client_id: SANDBOX_CLIENT_ID.into(),
                client_secret: env::var("SIGNICAT_CLIENT_SECRET").unwrap_or_else(|_| SANDBOX_CLIENT_SECRET.into()),
                account_id: env::var("SIGNICAT_ACCOUNT_ID").unwrap_or_else(|_| "a-sdge-dev".into()),
            }
        }
    }

    pub fn token_url(&self) -> String {
        format!("{}/auth/open/connect/token", self.base_url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dev_defaults() {
        std::env::remove_var("APP_ENV");
        let c = SignicatConfig::from_env();
        assert!(c.client_id.starts_with("sandbox-"));
        assert_eq!(c.token_url(), "https://api.signicat.com/auth/open/connect/token");
    }
}
