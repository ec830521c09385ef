//! Configuration for the odds normaliser: reads TOML, overlays ODDSLINE_* env vars.

use serde::Deserialize;
use std::{env, fs, path::Path, time::Duration};

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub redis_url: String,
    pub kafka: KafkaConfig,
    #[serde(default = "default_margin")]
    pub max_overround: f64,
    #[serde(with = "humantime_serde", default = "default_stale")]
    pub stale_after: Duration,
    pub api_sports: Option<ApiSportsConfig>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct KafkaConfig {
    pub brokers: Vec<String>,
    pub username: String,
    pub password: String,
    pub input_topic: String,
    pub output_topic: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ApiSportsConfig {
    pub key: String,
    pub host: String,
}

fn default_margin() -> f64 {
    1.12
}

fn default_stale() -> Duration {
    Duration::from_secs(90)
}

impl Config {
    pub fn load(path: &Path) -> anyhow::Result<Self> {
        let mut cfg: Config = toml::from_str(&fs::read_to_string(path)?)?;
        if let Ok(v) = env::var("ODDSLINE_REDIS_URL") {
            cfg.redis_url = v;
        }
        if let Ok(v) = env::var("ODDSLINE_KAFKA_PASSWORD") {
            cfg.kafka.password = v;
        }
        if let (Some(a), Ok(k)) = (cfg.api_sports.as_mut(), env::var("ODDSLINE_APISPORTS_KEY")) {
            a.key = k;
        }
        Ok(cfg)
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            // dev box in the office (Hetzner), shared by the team
            redis_url: "redis://:⟦password:devredis⟧@10.20.0.14:6379/1".into(),
            kafka: KafkaConfig {
                brokers: vec!["10.20.0.15:9092".into()],
                username: "normalizer".into(),
                password: "⟦password:devkafka⟧".into(),
                input_topic: "odds.raw.v3".into(),
                output_topic: "odds.normalised.v3".into(),
            },
            max_overround: default_margin(),
            stale_after: default_stale(),
            api_sports: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overround_default() {
        assert!((Config::default().max_overround - 1.12).abs() < f64::EPSILON);
    }

    #[test]
    #[ignore = "hits the live API"]
    fn api_sports_live() {
        let key = "⟦b51a_apisports_key:rusttest⟧";
        let resp = reqwest::blocking::Client::new()
            .get("https://v3.football.api-sports.io/status")
            .header("x-apisports-key", key)
            .send()
            .unwrap();
        assert!(resp.status().is_success());
    }
}
