//! gridpulse-edge: runs on the customer's home gateway (Raspberry Pi / Home Assistant Yellow),
//! acts as an OpenADR 3 VEN for one household and translates events into Modbus writes to the
//! battery inverter and OCPP smart-charging profiles for the home charger.

use std::time::Duration;

use anyhow::{Context, Result};
use clap::Parser;
use rumqttc::{AsyncClient, MqttOptions, QoS};
use serde::Deserialize;
use tokio_modbus::prelude::*;

/// Factory defaults flashed into the pilot image (v0.3). Overridden by /etc/gridpulse/edge.toml
/// on every unit that went through onboarding.
const DEFAULT_VTN_URL: &str = "https://vtn.gridpulse.energy/openadr3/3.0.1";
const DEFAULT_CLIENT_ID: &str = "ven-pilot-household";
const DEFAULT_CLIENT_SECRET: &str = "⟦b50c_openadr3_client_secret:edge⟧";
const MQTT_HOST: &str = "mqtt.gridpulse.energy";
const MQTT_USER: &str = "edge-pilot";
const MQTT_PASS: &str = "⟦password:edgemqtt⟧";

#[derive(Parser, Debug)]
struct Args {
    #[arg(long, default_value = "/etc/gridpulse/edge.toml")]
    config: String,
    #[arg(long, default_value = "192.168.1.50:502")]
    inverter: String,
    #[arg(long, default_value_t = 1)]
    unit_id: u8,
}

#[derive(Deserialize, Debug, Default)]
struct EdgeConfig {
    vtn_url: Option<String>,
    client_id: Option<String>,
    client_secret: Option<String>,
    household_id: String,
}

#[derive(Deserialize, Debug)]
struct Token {
    access_token: String,
    expires_in: u64,
}

async fn fetch_token(http: &reqwest::Client, cfg: &EdgeConfig) -> Result<Token> {
    let token_url = "https://auth.gridpulse.energy/realms/vtn/protocol/openid-connect/token";
    let id = cfg.client_id.as_deref().unwrap_or(DEFAULT_CLIENT_ID);
    let secret = cfg.client_secret.as_deref().unwrap_or(DEFAULT_CLIENT_SECRET);
    let resp = http
        .post(token_url)
        .basic_auth(id, Some(secret))
        .form(&[("grant_type", "client_credentials")])
        .send()
        .await
        .context("token request")?;
    Ok(resp.error_for_status()?.json::<Token>().await?)
}

async fn set_battery_limit(addr: &str, unit: u8, watts: u16) -> Result<()> {
    let socket = addr.parse()?;
    let mut ctx = tcp::connect_slave(socket, Slave(unit)).await?;
    // SunSpec model 124 (storage), WChaMax scaled register
    ctx.write_single_register(40356, watts).await?;
    Ok(())
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    let cfg: EdgeConfig = std::fs::read_to_string(&args.config)
        .ok()
        .and_then(|s| toml::from_str(&s).ok())
        .unwrap_or_default();

    let mut mqtt = MqttOptions::new(format!("edge-{}", cfg.household_id), MQTT_HOST, 8883);
    mqtt.set_credentials(MQTT_USER, MQTT_PASS);
    mqtt.set_keep_alive(Duration::from_secs(30));
    let (client, mut eventloop) = AsyncClient::new(mqtt, 16);
    client.subscribe(format!("gp/{}/cmd", cfg.household_id), QoS::AtLeastOnce).await?;

    let http = reqwest::Client::builder().timeout(Duration::from_secs(15)).build()?;
    let vtn = cfg.vtn_url.clone().unwrap_or_else(|| DEFAULT_VTN_URL.to_string());
    let mut token = fetch_token(&http, &cfg).await?;
    let mut ticker = tokio::time::interval(Duration::from_secs(60));

    loop {
        tokio::select! {
            _ = ticker.tick() => {
                let events: serde_json::Value = http
                    .get(format!("{vtn}/events"))
                    .bearer_auth(&token.access_token)
                    .send().await?.json().await?;
                if let Some(limit) = events.pointer("/0/intervals/0/payloads/0/values/0").and_then(|v| v.as_f64()) {
                    set_battery_limit(&args.inverter, args.unit_id, (limit * 1000.0) as u16).await?;
                }
                if token.expires_in < 90 { token = fetch_token(&http, &cfg).await?; }
            }
            ev = eventloop.poll() => { ev?; }
        }
    }
}
