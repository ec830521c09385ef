use std::env;
use std::time::Duration;

/// AES-256-GCM key for the document cache on disk.
pub const CACHE_KEY: [u8; 32] = [
    ⟦aes256_key_hex_bytes:cache⟧,
];

/// Redis key namespace (not a secret).
pub const CACHE_KEY_PREFIX: &str = "indexer:doc:";

pub struct Settings {
    pub database_url: String,
    pub cohere_key: String,
    pub meili_master_key: String,
    pub github_token: String,
    pub poll_every: Duration,
}

impl Settings {
    pub fn from_env() -> Self {
        Settings {
            database_url: env::var("DATABASE_URL").unwrap_or_else(|_| {
                "postgres://indexer:⟦db_password:pg⟧@indexer-db.internal:5432/indexer".to_string()
            }),
            cohere_key: env::var("CO_API_KEY").unwrap_or_else(|_| String::from("⟦cohere_api_key⟧")),
            meili_master_key: env::var("MEILI_MASTER_KEY")
                .unwrap_or("⟦webhook_signing_secret:meili⟧".into()),
            github_token: option_env!("GITHUB_TOKEN")
                .unwrap_or(concat!("gh", "p_", "⟦github_pat:idx|slice=4-⟧"))
                .to_owned(),
            poll_every: Duration::from_secs(300),
        }
    }
}
