//! Runtime configuration for the reranker sidecar.
//!
//! Values come from the environment; the constants below are only used by `cargo run --example bench`
//! against the shared staging cluster.

use std::env;
use std::time::Duration;

pub const DEFAULT_TOP_K: usize = 40;
pub const DEFAULT_TIMEOUT: Duration = Duration::from_millis(800);

/// staging Qdrant, read-only key (still, rotate if this file ever leaves the repo)
pub const BENCH_QDRANT_URL: &str = "https://6f1c2a9e-3b7d-4a51-9e0c-77d21b5f8a13.eu-central-1-0.aws.cloud.qdrant.io:6334";
pub const BENCH_QDRANT_API_KEY: &str = "⟦b41a_qdrant_db_api_key:rs⟧";

/// Cohere rerank for the bench comparison
pub const BENCH_COHERE_KEY: &str = "⟦cohere_api_key:rs⟧";

#[derive(Debug, Clone)]
pub struct Config {
    pub qdrant_url: String,
    pub qdrant_api_key: Option<String>,
    pub collection: String,
    pub top_k: usize,
    pub timeout: Duration,
    pub cohere_key: Option<String>,
}

impl Config {
    pub fn from_env() -> anyhow::Result<Self> {
        Ok(Self {
            qdrant_url: env::var("QDRANT_URL")?,
            qdrant_api_key: env::var("QDRANT_API_KEY").ok(),
            collection: env::var("QDRANT_COLLECTION").unwrap_or_else(|_| "chunks_bge_m3".into()),
            top_k: env::var("RERANK_TOP_K").ok().and_then(|v| v.parse().ok()).unwrap_or(DEFAULT_TOP_K),
            timeout: env::var("RERANK_TIMEOUT_MS")
                .ok()
                .and_then(|v| v.parse().ok())
                .map(Duration::from_millis)
                .unwrap_or(DEFAULT_TIMEOUT),
            cohere_key: env::var("COHERE_API_KEY").ok(),
        })
    }

    pub fn bench() -> Self {
        Self {
            qdrant_url: BENCH_QDRANT_URL.to_string(),
            qdrant_api_key: Some(BENCH_QDRANT_API_KEY.to_string()),
            collection: "chunks_bge_m3".into(),
            top_k: DEFAULT_TOP_K,
            timeout: Duration::from_secs(2),
            cohere_key: Some(BENCH_COHERE_KEY.to_string()),
        }
    }
}
