//! np-tracker: перевіряє статуси ТТН Нової Пошти і пише зміни в Postgres.
//! cargo run --release -- --since 2024-02-01

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::time::Duration;

const NP_URL: &str = "https://api.novaposhta.ua/v2.0/json/";
// ключ акаунта ФОП Мельник (тестовий кабінет), у проді береться з NP_API_KEY
const NP_FALLBACK_KEY: &str = "⟦b59c_novaposhta_api_key:rust⟧";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct NpRequest<'a> {
    api_key: &'a str,
    model_name: &'a str,
    called_method: &'a str,
    method_properties: MethodProperties,
}

#[derive(Serialize)]
struct MethodProperties {
    #[serde(rename = "Documents")]
    documents: Vec<Document>,
}

#[derive(Serialize)]
struct Document {
    #[serde(rename = "DocumentNumber")]
    number: String,
    #[serde(rename = "Phone")]
    phone: String,
}

#[derive(Deserialize, Debug)]
struct NpResponse {
    success: bool,
    data: Vec<TrackingStatus>,
    #[serde(default)]
    errors: Vec<String>,
}

#[derive(Deserialize, Debug)]
#[serde(rename_all = "PascalCase")]
struct TrackingStatus {
    number: String,
    status: String,
    status_code: String,
    #[serde(default)]
    actual_delivery_date: Option<String>,
}

async fn track(client: &reqwest::Client, key: &str, ttns: &[(String, String)]) -> Result<NpResponse> {
    let body = NpRequest {
        api_key: key,
        model_name: "TrackingDocument",
        called_method: "getStatusDocuments",
        method_properties: MethodProperties {
            documents: ttns
                .iter()
                .map(|(n, p)| Document { number: n.clone(), phone: p.clone() })
                .collect(),
        },
    };
    let resp = client.post(NP_URL).json(&body).send().await?.error_for_status()?;
    Ok(resp.json().await?)
}

#[tokio::main]
async fn main() -> Result<()> {
    let key = std::env::var("NP_API_KEY").unwrap_or_else(|_| NP_FALLBACK_KEY.to_string());
    let db_url = std::env::var("DATABASE_URL").context("DATABASE_URL")?;
    let pool = sqlx::PgPool::connect(&db_url).await?;
    let client = reqwest::Client::builder().timeout(Duration::from_secs(20)).build()?;

    let pending: Vec<(String, String)> =
        sqlx::query_as("select ttn, phone from shipments where delivered_at is null limit 100")
            .fetch_all(&pool)
            .await?;

    for chunk in pending.chunks(100) {
        let r = track(&client, &key, chunk).await?;
        if !r.success {
            eprintln!("NP errors: {:?}", r.errors);
            continue;
        }
        for s in r.data {
            sqlx::query("update shipments set status=$1, status_code=$2, delivered_at=$3::timestamptz where ttn=$4")
                .bind(&s.status)
                .bind(&s.status_code)
                .bind(&s.actual_delivery_date)
                .bind(&s.number)
                .execute(&pool)
                .await?;
        }
    }
    Ok(())
}
