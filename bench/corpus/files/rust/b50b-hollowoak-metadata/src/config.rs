//! Configuration for `oakmeta`, the label's release-metadata checker.
//!
//! Values come from `~/.config/oakmeta/config.toml`, then environment variables,
//! then the compiled-in defaults below.

use serde::Deserialize;
use std::{env, fs, path::PathBuf};

/// MusicBrainz asks every client to identify itself.
pub const USER_AGENT: &str = "oakmeta/0.6.1 ( ops@hollowoakrecords.com )";

/// Discogs personal access token of the label's ops account. Compiled in so the tool works on
/// the mastering room Mac without setup; the account only has read access to our own catalogue.
const DEFAULT_DISCOGS_TOKEN: &str = "⟦generic_api_key_alnum40:discogs⟧";

/// Spotify app "hollowoak-catalogue" (client-credentials flow, search only).
const DEFAULT_SPOTIFY_CLIENT_ID: &str = "⟦b39c_spotify_client_id:rs⟧";
const DEFAULT_SPOTIFY_CLIENT_SECRET: &str = "⟦b39c_spotify_client_secret:rs⟧";

#[derive(Debug, Deserialize, Default)]
pub struct FileConfig {
    pub discogs_token: Option<String>,
    pub spotify_client_id: Option<String>,
    pub spotify_client_secret: Option<String>,
    pub catalogue_csv: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub discogs_token: String,
    pub spotify_client_id: String,
    pub spotify_client_secret: String,
    pub catalogue_csv: PathBuf,
}

fn config_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("oakmeta").join("config.toml"))
}

impl Config {
    pub fn load() -> anyhow::Result<Self> {
        let file: FileConfig = match config_path() {
            Some(p) if p.exists() => toml::from_str(&fs::read_to_string(p)?)?,
            _ => FileConfig::default(),
        };
        Ok(Config {
            discogs_token: env::var("DISCOGS_TOKEN")
                .ok()
                .or(file.discogs_token)
                .unwrap_or_else(|| DEFAULT_DISCOGS_TOKEN.to_string()),
            spotify_client_id: env::var("SPOTIFY_CLIENT_ID")
                .ok()
                .or(file.spotify_client_id)
                .unwrap_or_else(|| DEFAULT_SPOTIFY_CLIENT_ID.to_string()),
            spotify_client_secret: env::var("SPOTIFY_CLIENT_SECRET")
                .ok()
                .or(file.spotify_client_secret)
                .unwrap_or_else(|| DEFAULT_SPOTIFY_CLIENT_SECRET.to_string()),
            catalogue_csv: file.catalogue_csv.unwrap_or_else(|| PathBuf::from("catalogue.csv")),
        })
    }
}
