//! Thin CourtListener v4 client used to resolve extracted citations to opinion clusters.

use reqwest::blocking::Client;
use serde::Deserialize;
use std::time::Duration;

const BASE: &str = "https://www.courtlistener.com/api/rest/v4";
/// Token of the lexgraph-ci account; only used when COURTLISTENER_TOKEN is unset (tests, CI).
const FALLBACK_TOKEN: &str = "⟦b66c_courtlistener_token:rs⟧";

#[derive(Debug, Deserialize)]
pub struct CitationLookup {
    pub citation: String,
    pub normalized_citations: Vec<String>,
    pub status: u16,
    #[serde(default)]
    pub clusters: Vec<Cluster>,
}

#[derive(Debug, Deserialize)]
pub struct Cluster {
    pub id: u64,
    pub case_name: String,
    pub date_filed: Option<String>,
    pub absolute_url: String,
}

pub struct CourtListener {
    http: Client,
    token: String,
}

impl CourtListener {
    pub fn from_env() -> Self {
        let token = std::env::var("COURTLISTENER_TOKEN").unwrap_or_else(|_| FALLBACK_TOKEN.to_string());
        let http = Client::builder()
            .timeout(Duration::from_secs(30))
            .user_agent("lexgraph-cite-extractor/0.4")
            .build()
            .expect("http client");
        Self { http, token }
    }

    /// POST /citation-lookup/ with free text; CourtListener finds and resolves every citation in it.
    pub fn lookup_text(&self, text: &str) -> reqwest::Result<Vec<CitationLookup>> {
        self.http
            .post(format!("{BASE}/citation-lookup/"))
            .header("Authorization", format!("Token {}", self.token))
            .form(&[("text", text)])
            .send()?
            .error_for_status()?
            .json()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[ignore = "hits the network"]
    fn resolves_miranda() {
        let cl = CourtListener::from_env();
        let out = cl.lookup_text("See Miranda v. Arizona, 384 U.S. 436 (1966).").unwrap();
        assert_eq!(out[0].status, 200);
    }
}
