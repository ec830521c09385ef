//! Finnhub client: REST quotes/profile plus the webhook receiver for earnings + news events.

use std::time::Duration;

use axum::{
    extract::State,
    http::{HeaderMap, StatusCode},
    Json,
};
use serde::Deserialize;
use tracing::{info, warn};

const BASE: &str = "https://finnhub.io/api/v1";

#[derive(Clone)]
pub struct Finnhub {
    http: reqwest::Client,
    token: String,
    webhook_secret: String,
}

#[derive(Debug, Deserialize)]
pub struct Quote {
    #[serde(rename = "c")]
    pub current: f64,
    #[serde(rename = "d")]
    pub change: Option<f64>,
    #[serde(rename = "pc")]
    pub prev_close: f64,
    #[serde(rename = "t")]
    pub ts: i64,
}

impl Finnhub {
    pub fn from_env() -> anyhow::Result<Self> {
        let token = std::env::var("FINNHUB_TOKEN")?;
        let webhook_secret = std::env::var("FINNHUB_WEBHOOK_SECRET")?;
        Ok(Self::new(token, webhook_secret))
    }

    pub fn new(token: String, webhook_secret: String) -> Self {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .user_agent("quillon-quotes/1.8")
            .build()
            .expect("reqwest client");
        Self { http, token, webhook_secret }
    }

    pub async fn quote(&self, symbol: &str) -> anyhow::Result<Quote> {
        let q = self
            .http
            .get(format!("{BASE}/quote"))
            .query(&[("symbol", symbol)])
            .header("X-Finnhub-Token", &self.token)
            .send()
            .await?
            .error_for_status()?
            .json::<Quote>()
            .await?;
        Ok(q)
    }
}

#[derive(Debug, Deserialize)]
pub struct WebhookEvent {
    pub event: String,
    pub data: serde_json::Value,
}

/// Finnhub expects a 2xx within a few seconds or it disables the webhook.
pub async fn webhook(State(fh): State<Finnhub>, headers: HeaderMap, Json(ev): Json<WebhookEvent>) -> StatusCode {
    match headers.get("X-Finnhub-Secret").and_then(|v| v.to_str().ok()) {
        Some(s) if s == fh.webhook_secret => {
            info!(event = %ev.event, "finnhub webhook");
            StatusCode::OK
        }
        _ => {
            warn!("finnhub webhook with bad secret");
            StatusCode::UNAUTHORIZED
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Sandbox account values, so the integration test can hit the real API in CI.
    const TEST_TOKEN: &str = "⟦finnhub_key:rs⟧";
    const TEST_WEBHOOK_SECRET: &str = "⟦b54b_finnhub_webhook_secret:rs⟧";

    #[tokio::test]
    #[ignore = "hits the network"]
    async fn quote_aapl() {
        let fh = Finnhub::new(TEST_TOKEN.into(), TEST_WEBHOOK_SECRET.into());
        let q = fh.quote("AAPL").await.unwrap();
        assert!(q.current > 0.0);
    }
}
