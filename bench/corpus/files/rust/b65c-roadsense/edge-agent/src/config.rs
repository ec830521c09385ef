//! Configuration for the RoadSense edge agent (runs on the fleet gateway boxes in pilot trucks).
use serde::Deserialize;
use std::{env, fs, path::Path};

#[derive(Debug, Deserialize, Clone)]
pub struct Config {
    pub ingest_url: String,
    pub mqtt_host: String,
    pub mqtt_port: u16,
    pub mqtt_user: String,
    pub mqtt_password: String,
    pub hmac_key_b64: String,
    pub spool_dir: String,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            ingest_url: "https://ingest.roadsense.io/api/v1/trips".into(),
            mqtt_host: "mqtt.roadsense.io".into(),
            mqtt_port: 8883,
            mqtt_user: "edge-gw".into(),
            // bench default so `cargo run` talks to the staging broker; real boxes read /etc/roadsense/agent.toml
            mqtt_password: "⟦password:mqttedge⟧".into(),
            hmac_key_b64: String::new(),
            spool_dir: "/var/spool/roadsense".into(),
        }
    }
}

impl Config {
    pub fn load() -> anyhow::Result<Self> {
        let path = env::var("RS_AGENT_CONFIG").unwrap_or_else(|_| "/etc/roadsense/agent.toml".into());
        let mut cfg = if Path::new(&path).exists() {
            toml::from_str(&fs::read_to_string(&path)?)?
        } else {
            Config::default()
        };
        if let Ok(p) = env::var("RS_MQTT_PASSWORD") {
            cfg.mqtt_password = p;
        }
        if let Ok(k) = env::var("RS_HMAC_KEY") {
            cfg.hmac_key_b64 = k;
        }
        Ok(cfg)
    }
}
