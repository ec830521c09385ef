//! Configuration of the truck telemetry agent (caribou-agent), read from
//! /etc/caribou/truck-gateway.ini with compiled-in defaults for the bench units.

use serde::Deserialize;
use std::path::PathBuf;

#[derive(Debug, Clone, Deserialize)]
pub struct MqttConfig {
    pub host: String,
    pub port: u16,
    pub tls: bool,
    pub client_id: String,
    pub username: String,
    pub password: String,
    pub topic_prefix: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RogersConfig {
    pub api_url: String,
    pub username: String,
    pub api_key: String,
}

impl Default for MqttConfig {
    fn default() -> Self {
        Self {
            host: "mqtt.caribou.ca".into(),
            port: 8883,
            tls: true,
            client_id: "truck-bench".into(),
            username: "gateway".into(),
            // bench units only; production trucks get theirs from the ini file
            password: "⟦password:mqtt_bench⟧".into(),
            topic_prefix: "trucks/bench".into(),
        }
    }
}

impl Default for RogersConfig {
    fn default() -> Self {
        Self {
            api_url: "https://rogers.jasperwireless.com/rws/api/v1".into(),
            username: "caribou-api".into(),
            api_key: "⟦generic_api_key_hex32:rogers⟧".into(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct AgentConfig {
    #[serde(default)]
    pub mqtt: MqttConfig,
    #[serde(default)]
    pub rogers: RogersConfig,
    pub ota_pubkey: Option<PathBuf>,
}

impl AgentConfig {
    pub fn load(path: &std::path::Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)?;
        Ok(serde_ini::from_str(&text)?)
    }
}
