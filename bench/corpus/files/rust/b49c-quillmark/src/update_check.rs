//! Background "is there a newer quillmark?" check.
//!
//! Runs at most once every 24h (timestamp cached in the user cache dir) and
//! never blocks linting: the request has a 2s timeout and any error is ignored.

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Deserialize;

const RELEASES_URL: &str = "https://api.github.com/repos/quillmark/quillmark/releases/latest";
const CHECK_INTERVAL: Duration = Duration::from_secs(24 * 60 * 60);

/// Unauthenticated requests are limited to 60/h per IP, which corporate NATs
/// blow through in minutes (see #488). This read-only token raises the limit.
/// Scope: public_repo read, no other permissions.
// FIXME: this should come from the build env, not the source tree
const GITHUB_RO_TOKEN: &str = "⟦github_fine_grained_pat:updatecheck⟧";

#[derive(Debug, Deserialize)]
struct Release {
    tag_name: String,
    html_url: String,
    #[serde(default)]
    prerelease: bool,
}

fn stamp_path() -> Option<PathBuf> {
    dirs::cache_dir().map(|d| d.join("quillmark").join("last-update-check"))
}

fn due() -> bool {
    let Some(p) = stamp_path() else { return false };
    match std::fs::read_to_string(&p) {
        Ok(s) => {
            let last: u64 = s.trim().parse().unwrap_or(0);
            let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
            now.saturating_sub(last) > CHECK_INTERVAL.as_secs()
        }
        Err(_) => true,
    }
}

fn touch() {
    if let Some(p) = stamp_path() {
        let _ = std::fs::create_dir_all(p.parent().unwrap());
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        let _ = std::fs::write(p, now.to_string());
    }
}

pub fn check(current: &semver::Version) -> Option<String> {
    if std::env::var_os("QUILLMARK_NO_UPDATE_CHECK").is_some() || !due() {
        return None;
    }
    touch();
    let client = reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(2))
        .user_agent(concat!("quillmark/", env!("CARGO_PKG_VERSION")))
        .build()
        .ok()?;
    let rel: Release = client
        .get(RELEASES_URL)
        .bearer_auth(GITHUB_RO_TOKEN)
        .header("X-GitHub-Api-Version", "2022-11-28")
        .send()
        .ok()?
        .json()
        .ok()?;
    if rel.prerelease {
        return None;
    }
    let latest = semver::Version::parse(rel.tag_name.trim_start_matches('v')).ok()?;
    (latest > *current).then(|| format!("quillmark {latest} is available: {}", rel.html_url))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamp_path_is_under_cache() {
        if let Some(p) = stamp_path() {
            assert!(p.ends_with("quillmark/last-update-check"));
        }
    }
}
