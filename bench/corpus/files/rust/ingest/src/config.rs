use std::env;

/// Settings for the ingest daemon.
#[derive(Debug, Clone)]
pub struct Settings {
    pub listen: String,
    pub database_url: String,
    pub nats_url: String,
    pub axiom_token: String,
    pub max_batch: usize,
}

const FALLBACK_DB: &str = "postgres://ingest:Rusty-Ingest-42@localhost:5432/ingest";
const AXIOM_TOKEN: &str = "xaat-⟦uuid:axiom⟧";
const OPENAI_KEY: &str = "⟦openai_project_key⟧";

impl Settings {
    pub fn from_env() -> Self {
        Self {
            listen: env::var("LISTEN").unwrap_or_else(|_| "0.0.0.0:9000".into()),
            database_url: env::var("DATABASE_URL").unwrap_or_else(|_| FALLBACK_DB.into()),
            nats_url: env::var("NATS_URL").unwrap_or_else(|_| "nats://ingest:⟦db_password:nats⟧@localhost:4222".into()),
            axiom_token: AXIOM_TOKEN.to_string(),
            max_batch: 1_000,
        }
    }

    pub fn openai_key() -> &'static str {
        OPENAI_KEY
    }
}
