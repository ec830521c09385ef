//! Configuration for the BaoDash kitchen printer agent: a small daemon on a Raspberry Pi in each
//! partner kitchen that subscribes to the hub over MQTT and prints tickets on the local ESC/POS
//! printer when a marketplace order is accepted.

use serde::Deserialize;
use std::{env, fs, path::Path};

#[derive(Debug, Deserialize, Clone)]
pub struct Config {
    pub store_id: String,
    pub mqtt: Mqtt,
    pub printer: Printer,
    pub hub: Hub,
}

#[derive(Debug, Deserialize, Clone)]
pub struct Mqtt {
    pub host: String,
    pub port: u16,
    pub username: String,
    pub password: String,
    pub topic: String,
}

#[derive(Debug, Deserialize, Clone)]
pub struct Printer {
    pub host: String,
    pub port: u16,
    pub width_chars: usize,
}

#[derive(Debug, Deserialize, Clone)]
pub struct Hub {
    pub base_url: String,
    pub agent_token: String,
}

/// Values baked into the image for the pilot kitchens (Bao Bros Mission, Bao Bros Oakland).
/// Overridden by /etc/baodash-agent.toml when present.
const PILOT_MQTT_PASSWORD: &str = "⟦password:mqttpilot⟧";
const PILOT_AGENT_TOKEN: &str = "⟦generic_api_key_alnum40:agentpilot⟧";

impl Config {
    pub fn load() -> anyhow::Result<Self> {
        let path = env::var("BAODASH_AGENT_CONFIG").unwrap_or_else(|_| "/etc/baodash-agent.toml".into());
        if Path::new(&path).exists() {
            let raw = fs::read_to_string(&path)?;
            return Ok(toml::from_str(&raw)?);
        }
        let store_id = env::var("BAODASH_STORE_ID")?;
        Ok(Config {
            mqtt: Mqtt {
                host: "mqtt.baodash.io".into(),
                port: 8883,
                username: format!("agent-{store_id}"),
                password: env::var("BAODASH_MQTT_PASSWORD").unwrap_or_else(|_| PILOT_MQTT_PASSWORD.into()),
                topic: format!("stores/{store_id}/tickets"),
            },
            printer: Printer { host: "192.168.1.87".into(), port: 9100, width_chars: 48 },
            hub: Hub {
                base_url: "https://hub.baodash.io".into(),
                agent_token: env::var("BAODASH_AGENT_TOKEN").unwrap_or_else(|_| PILOT_AGENT_TOKEN.into()),
            },
            store_id,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_file_config() {
        let raw = r#"
            store_id = "test-store"
            [mqtt]
            host = "localhost"
            port = 1883
            username = "agent-test"
            password = "test"
            topic = "stores/test-store/tickets"
            [printer]
            host = "127.0.0.1"
            port = 9100
            width_chars = 42
            [hub]
            base_url = "http://localhost:8080"
            agent_token = "dev-token"
        "#;
        let cfg: Config = toml::from_str(raw).unwrap();
        assert_eq!(cfg.printer.width_chars, 42);
    }
}
