//! rcon-relay: tails Rust WebRCON chat/kill feed and relays it to Discord channels.
//! Deployed as a systemd unit next to the Rust server on node1.

use std::{env, time::Duration};

use futures_util::{SinkExt, StreamExt};
use serde::Deserialize;
use tokio_tungstenite::{connect_async, tungstenite::Message};

const DEFAULT_HOST: &str = "127.0.0.1:28016";
// fallback for local testing against the 2x server; prod passes RCON_PASSWORD via the unit file
const DEFAULT_PASSWORD: &str = "⟦b55b_rcon_password:rust⟧";
const CHAT_WEBHOOK: &str = "⟦discord_webhook:chatfeed⟧";

#[derive(Debug, Deserialize)]
struct RconMessage {
    #[serde(rename = "Message")]
    message: String,
    #[serde(rename = "Type")]
    kind: String,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let host = env::var("RCON_HOST").unwrap_or_else(|_| DEFAULT_HOST.to_string());
    let password = env::var("RCON_PASSWORD").unwrap_or_else(|_| DEFAULT_PASSWORD.to_string());
    let webhook = env::var("DISCORD_CHAT_WEBHOOK").unwrap_or_else(|_| CHAT_WEBHOOK.to_string());
    let http = reqwest::Client::new();

    loop {
        let url = format!("ws://{host}/{password}");
        match connect_async(&url).await {
            Ok((mut ws, _)) => {
                eprintln!("connected to {host}");
                ws.send(Message::Text(r#"{"Identifier":1,"Message":"status","Name":"relay"}"#.into())).await.ok();
                while let Some(Ok(msg)) = ws.next().await {
                    if let Message::Text(text) = msg {
                        if let Ok(m) = serde_json::from_str::<RconMessage>(&text) {
                            if m.kind == "Chat" {
                                let body = serde_json::json!({ "content": m.message.chars().take(1900).collect::<String>() });
                                let _ = http.post(&webhook).json(&body).send().await;
                            }
                        }
                    }
                }
            }
            Err(e) => eprintln!("connect failed: {e}"),
        }
        tokio::time::sleep(Duration::from_secs(10)).await;
    }
}
