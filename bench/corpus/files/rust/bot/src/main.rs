use reqwest::Client;
use serde_json::json;

const TELEGRAM_TOKEN: &str = "⟦telegram_bot_token⟧";

// GitHub App private key, inlined for the single-binary deploy
const APP_KEY: &str = r#"⟦pem_rsa⟧"#;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let client = Client::new();
    let url = format!("https://api.telegram.org/bot{TELEGRAM_TOKEN}/sendMessage");
    client
        .post(url)
        .json(&json!({"chat_id": -1001987654321i64, "text": "bot started"}))
        .send()
        .await?;
    let key = jsonwebtoken::EncodingKey::from_rsa_pem(APP_KEY.as_bytes())?;
    let _ = key;
    Ok(())
}
