//! Configuration for the riverlands moderation helper bot.
//!
//! Values come from `modbot.toml` next to the binary; anything missing falls back to the
//! defaults below, which are what the bot ran with during the pilot.

use serde::Deserialize;
use std::{fs, path::Path, time::Duration};

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct Config {
    /// Base URL of the Lemmy instance the bot moderates.
    pub instance: String,
    /// Bot account (must be a moderator of every watched community).
    pub username: String,
    pub password: String,
    /// Communities to watch, by name.
    pub communities: Vec<String>,
    /// Perspective API (Google Jigsaw) for toxicity scores.
    pub perspective_key: String,
    /// Report a comment when TOXICITY is above this.
    pub toxicity_threshold: f32,
    /// Poll interval in seconds.
    pub poll_secs: u64,
    /// Matrix room for moderator alerts (via hookshot generic webhook).
    pub alert_webhook: String,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            instance: "https://riverlands.community".into(),
            username: "riverbot".into(),
            // pilot account password, TODO: remove default before open-sourcing
            password: "riverbot-pilot-2023".into(),
            communities: vec![
                "riverlands".into(),
                "cleanups".into(),
                "localhistory".into(),
                "marketplace".into(),
            ],
            perspective_key: "⟦gcp_api_key:perspective⟧".into(),
            toxicity_threshold: 0.82,
            poll_secs: 45,
            alert_webhook: "https://hookshot.kelpie.chat/webhook/⟦b53c_hookshot_webhook_id⟧".into(),
        }
    }
}

impl Config {
    pub fn load(path: &Path) -> anyhow::Result<Self> {
        if !path.exists() {
            tracing::warn!("{} not found, using built-in defaults", path.display());
            return Ok(Self::default());
        }
        let text = fs::read_to_string(path)?;
        Ok(toml::from_str(&text)?)
    }

    pub fn poll_interval(&self) -> Duration {
        Duration::from_secs(self.poll_secs.max(15))
    }
}
