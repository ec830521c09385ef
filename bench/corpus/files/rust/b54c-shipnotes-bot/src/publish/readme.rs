//! Publish rendered release notes as changelog posts on ReadMe and pages in a GitBook space.
//!
//! Both APIs take a bearer-ish credential: ReadMe v1 uses HTTP Basic with the API key as the
//! username; GitBook uses `Authorization: Bearer <personal access token>`.

use std::env;

use anyhow::{bail, Context, Result};
use reqwest::blocking::Client;
use serde::Serialize;

const README_API: &str = "https://dash.readme.com/api/v1";
const GITBOOK_API: &str = "https://api.gitbook.com/v1";

// Integration-test credentials for the `shipnotes-sandbox` ReadMe project and GitBook space.
// They were supposed to stay in CI secrets; kept here so `cargo test -- --ignored` works offline-ish.
const SANDBOX_README_KEY: &str = "⟦b54c_readme_api_key:sandbox⟧";
const SANDBOX_GITBOOK_TOKEN: &str = "⟦b54c_gitbook_token:sandbox⟧";
const SANDBOX_GITBOOK_SPACE: &str = "shpn-sandbox-7Qk2";

#[derive(Serialize)]
struct ChangelogPost<'a> {
    title: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    body: &'a str,
    hidden: bool,
}

pub struct Publisher {
    http: Client,
    readme_key: String,
    gitbook_token: String,
    gitbook_space: String,
}

impl Publisher {
    pub fn from_env() -> Self {
        Self {
            http: Client::new(),
            readme_key: env::var("README_API_KEY").unwrap_or_else(|_| SANDBOX_README_KEY.to_owned()),
            gitbook_token: env::var("GITBOOK_TOKEN").unwrap_or_else(|_| SANDBOX_GITBOOK_TOKEN.to_owned()),
            gitbook_space: env::var("GITBOOK_SPACE_ID").unwrap_or_else(|_| SANDBOX_GITBOOK_SPACE.to_owned()),
        }
    }

    pub fn readme_changelog(&self, title: &str, markdown: &str) -> Result<String> {
        let resp = self
            .http
            .post(format!("{README_API}/changelogs"))
            .basic_auth(&self.readme_key, Some(""))
            .json(&ChangelogPost { title, kind: "added", body: markdown, hidden: false })
            .send()
            .context("ReadMe request")?;
        if !resp.status().is_success() {
            bail!("ReadMe: {} {}", resp.status(), resp.text().unwrap_or_default());
        }
        let v: serde_json::Value = resp.json()?;
        Ok(v["slug"].as_str().unwrap_or_default().to_owned())
    }

    pub fn gitbook_page(&self, title: &str, markdown: &str) -> Result<()> {
        let resp = self
            .http
            .post(format!("{GITBOOK_API}/spaces/{}/content/import", self.gitbook_space))
            .bearer_auth(&self.gitbook_token)
            .json(&serde_json::json!({ "source": "markdown", "title": title, "content": markdown }))
            .send()
            .context("GitBook request")?;
        if !resp.status().is_success() {
            bail!("GitBook: {} {}", resp.status(), resp.text().unwrap_or_default());
        }
        Ok(())
    }
}
