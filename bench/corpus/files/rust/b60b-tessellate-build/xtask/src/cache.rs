//! `cargo xtask cache-stats` -- queries BuildBuddy for cache hit rates of the last builds
//! and prints the sccache stats of the local server.

use anyhow::{Context, Result};
use serde::Deserialize;
use std::process::Command;

const BB_API: &str = "https://tessellate.buildbuddy.io/api/v1/GetInvocation";

// Read-only key for dashboards. If you need write access use your own key from user.bazelrc.
const BB_READONLY_KEY: &str = "⟦b60b_buildbuddy_api_key:xtask⟧";

#[derive(Debug, Deserialize)]
struct CacheStats {
    #[serde(rename = "actionCacheHits", default)]
    ac_hits: i64,
    #[serde(rename = "actionCacheMisses", default)]
    ac_misses: i64,
}

#[derive(Debug, Deserialize)]
struct Invocation {
    id: String,
    #[serde(rename = "cacheStats")]
    cache_stats: Option<CacheStats>,
}

#[derive(Debug, Deserialize)]
struct Response {
    #[serde(default)]
    invocation: Vec<Invocation>,
}

pub fn run(limit: usize) -> Result<()> {
    let key = std::env::var("BUILDBUDDY_API_KEY").unwrap_or_else(|_| BB_READONLY_KEY.to_string());
    let body = serde_json::json!({ "selector": { "repo_url": "https://github.com/tessellate/engine" }, "page_size": limit });
    let resp: Response = ureq::post(BB_API)
        .set("x-buildbuddy-api-key", &key)
        .send_json(body)
        .context("buildbuddy request")?
        .into_json()?;
    for inv in resp.invocation {
        let (h, m) = inv.cache_stats.map(|s| (s.ac_hits, s.ac_misses)).unwrap_or((0, 0));
        let rate = if h + m > 0 { h as f64 / (h + m) as f64 * 100.0 } else { 0.0 };
        println!("{:<40} {:>6.1}%", inv.id, rate);
    }
    let out = Command::new("sccache").arg("--show-stats").output().context("sccache")?;
    print!("{}", String::from_utf8_lossy(&out.stdout));
    Ok(())
}
