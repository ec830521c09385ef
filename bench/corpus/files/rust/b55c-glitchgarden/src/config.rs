//! Runtime configuration for glitchbot (Twitch chat bot + EventSub listener for the
//! glitchgarden channel). Values come from bot.toml, then environment overrides.

use serde::Deserialize;
use std::{env, fs, path::Path};

/// Chat identity used before bot.toml existed. Kept so `cargo run` works on a fresh checkout.
/// FIXME: this is the real bot account's token, generated with twitchtokengenerator (chat:read chat:edit)
const DEFAULT_CHAT_OAUTH: &str = "oauth:⟦b39a_twitch_oauth_token:glitchbot⟧";
const DEFAULT_BOT_LOGIN: &str = "glitchgarden_bot";

/// App credentials for EventSub (channel.follow, channel.subscribe, channel.cheer).
const DEFAULT_CLIENT_ID: &str = "⟦b39c_twitch_client_id:glitch⟧";
const DEFAULT_CLIENT_SECRET: &str = "⟦b39c_twitch_client_secret:glitch⟧";

#[derive(Debug, Deserialize, Clone)]
pub struct Config {
    pub channel: String,
    #[serde(default = "default_login")]
    pub bot_login: String,
    #[serde(default = "default_oauth")]
    pub chat_oauth: String,
    pub twitch: TwitchApp,
    pub discord: Option<Discord>,
    #[serde(default)]
    pub commands: Vec<Command>,
}

#[derive(Debug, Deserialize, Clone)]
pub struct TwitchApp {
    #[serde(default = "default_client_id")]
    pub client_id: String,
    #[serde(default = "default_client_secret")]
    pub client_secret: String,
    /// secret used to sign EventSub webhook callbacks (10-100 chars, chosen by us)
    pub eventsub_secret: String,
    pub callback_url: String,
}

#[derive(Debug, Deserialize, Clone)]
pub struct Discord {
    pub bot_token: String,
    pub live_channel_id: u64,
}

#[derive(Debug, Deserialize, Clone)]
pub struct Command {
    pub name: String,
    pub reply: String,
    #[serde(default)]
    pub mod_only: bool,
    #[serde(default = "default_cooldown")]
    pub cooldown_secs: u64,
}

fn default_login() -> String { DEFAULT_BOT_LOGIN.into() }
fn default_oauth() -> String { DEFAULT_CHAT_OAUTH.into() }
fn default_client_id() -> String { DEFAULT_CLIENT_ID.into() }
fn default_client_secret() -> String { DEFAULT_CLIENT_SECRET.into() }
fn default_cooldown() -> u64 { 30 }

impl Config {
    pub fn load(path: impl AsRef<Path>) -> anyhow::Result<Self> {
        let raw = fs::read_to_string(path)?;
        let mut cfg: Config = toml::from_str(&raw)?;
        if let Ok(v) = env::var("GLITCHBOT_OAUTH") {
            cfg.chat_oauth = v;
        }
        if let Ok(v) = env::var("TWITCH_CLIENT_SECRET") {
            cfg.twitch.client_secret = v;
        }
        if let (Some(d), Ok(v)) = (cfg.discord.as_mut(), env::var("DISCORD_BOT_TOKEN")) {
            d.bot_token = v;
        }
        Ok(cfg)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_minimal() {
        let cfg: Config = toml::from_str(
            r#"
            channel = "glitchgarden"
            [twitch]
            eventsub_secret = "test-secret-not-real"
            callback_url = "https://example.test/eventsub"
            "#,
        )
        .unwrap();
        assert_eq!(cfg.bot_login, "glitchgarden_bot");
        assert!(cfg.commands.is_empty());
    }
}
