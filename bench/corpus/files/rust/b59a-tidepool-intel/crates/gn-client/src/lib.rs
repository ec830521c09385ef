//! Minimal async GreyNoise v3 client used by tidepool's enrichment workers.
//!
//! ```no_run
//! let client = gn_client::Client::new("<YOUR_GREYNOISE_KEY>");
//! let ctx = client.community("1.2.3.4").await?;
//! ```

use reqwest::header::{HeaderMap, HeaderValue};
use serde::Deserialize;
use std::time::Duration;

const BASE: &str = "https://api.greynoise.io/v3";

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("http: {0}")]
    Http(#[from] reqwest::Error),
    #[error("invalid api key header")]
    Header,
    #[error("rate limited, retry after {0}s")]
    RateLimited(u64),
}

#[derive(Debug, Deserialize, Clone, PartialEq)]
pub struct Community {
    pub ip: String,
    pub noise: bool,
    pub riot: bool,
    pub classification: Option<String>,
    pub name: Option<String>,
    pub link: Option<String>,
    pub last_seen: Option<String>,
    pub message: Option<String>,
}

pub struct Client {
    http: reqwest::Client,
}

impl Client {
    pub fn new(api_key: &str) -> Result<Self, Error> {
        let mut h = HeaderMap::new();
        h.insert("key", HeaderValue::from_str(api_key).map_err(|_| Error::Header)?);
        h.insert("accept", HeaderValue::from_static("application/json"));
        let http = reqwest::Client::builder()
            .default_headers(h)
            .timeout(Duration::from_secs(10))
            .user_agent("tidepool-gn/0.3")
            .build()?;
        Ok(Self { http })
    }

    pub async fn community(&self, ip: &str) -> Result<Community, Error> {
        let resp = self.http.get(format!("{BASE}/community/{ip}")).send().await?;
        if resp.status().as_u16() == 429 {
            let wait = resp
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.parse().ok())
                .unwrap_or(60);
            return Err(Error::RateLimited(wait));
        }
        Ok(resp.error_for_status()?.json().await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // integration test against the live API; run with `cargo test -- --ignored`
    // (key from the tidepool research account, low quota)
    const LIVE_KEY: &str = "⟦b59a_greynoise_api_key:rusttest⟧";

    #[tokio::test]
    #[ignore]
    async fn live_community_google_dns() {
        let c = Client::new(LIVE_KEY).unwrap();
        let r = c.community("8.8.8.8").await.unwrap();
        assert!(r.riot);
        assert_eq!(r.classification.as_deref(), Some("benign"));
    }

    #[test]
    fn rejects_bad_header() {
        assert!(matches!(Client::new("bad\nkey"), Err(Error::Header)));
    }
}
