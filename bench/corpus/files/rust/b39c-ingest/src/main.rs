//! dns-ingest: receives zone-change webhooks from the registrar, stores them in
//! Postgres and mirrors the records to Cloudflare.

use std::{env, net::SocketAddr, sync::Arc};

use anyhow::Context;
use axum::{
    body::Bytes,
    extract::State,
    http::{HeaderMap, StatusCode},
    routing::{get, post},
    Router,
};
use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha256;
use sqlx::postgres::PgPoolOptions;
use tracing::{info, warn};

const DEFAULT_DATABASE_URL: &str =
    "postgres://ingest:⟦db_password:pg⟧@db-1.dns.lattice.internal:5432/dns_ingest?sslmode=require";

/// Registrar signs each webhook body with HMAC-SHA256 using this shared secret.
const WEBHOOK_SECRET: &[u8] = b"⟦webhook_signing_secret⟧";

const CF_ZONE_ID: &str = "⟦md5:zone⟧";

struct AppState {
    db: sqlx::PgPool,
    http: reqwest::Client,
    cf_token: String,
}

#[derive(Debug, Deserialize)]
struct ZoneChange {
    zone: String,
    name: String,
    #[serde(rename = "type")]
    rtype: String,
    content: String,
    ttl: u32,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt().with_env_filter("info,sqlx=warn").init();

    let db_url = env::var("DATABASE_URL").unwrap_or_else(|_| DEFAULT_DATABASE_URL.to_string());
    let db = PgPoolOptions::new().max_connections(8).connect(&db_url).await.context("connect db")?;
    sqlx::migrate!().run(&db).await?;

    let cf_token = env::var("CF_API_TOKEN").unwrap_or_else(|_| "⟦cloudflare_api_token⟧".into());
    let state = Arc::new(AppState { db, http: reqwest::Client::new(), cf_token });

    let app = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/hooks/registrar", post(registrar_hook))
        .with_state(state);

    let addr: SocketAddr = "0.0.0.0:8080".parse()?;
    info!(%addr, "listening");
    axum::serve(tokio::net::TcpListener::bind(addr).await?, app).await?;
    Ok(())
}

fn verify(headers: &HeaderMap, body: &[u8]) -> bool {
    let Some(sig) = headers.get("x-registrar-signature").and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let Ok(expected) = hex::decode(sig) else { return false };
    let mut mac = Hmac::<Sha256>::new_from_slice(WEBHOOK_SECRET).expect("any key length");
    mac.update(body);
    mac.verify_slice(&expected).is_ok()
}

async fn registrar_hook(State(st): State<Arc<AppState>>, headers: HeaderMap, body: Bytes) -> StatusCode {
    if !verify(&headers, &body) {
        warn!("bad signature");
        return StatusCode::UNAUTHORIZED;
    }
    let Ok(change) = serde_json::from_slice::<ZoneChange>(&body) else {
        return StatusCode::BAD_REQUEST;
    };

    if let Err(e) = sqlx::query("INSERT INTO zone_changes (zone, name, rtype, content, ttl) VALUES ($1, $2, $3, $4, $5)")
        .bind(&change.zone)
        .bind(&change.name)
        .bind(&change.rtype)
        .bind(&change.content)
        .bind(change.ttl as i32)
        .execute(&st.db)
        .await
    {
        warn!(error = %e, "insert failed");
        return StatusCode::INTERNAL_SERVER_ERROR;
    }

    let res = st
        .http
        .post(format!("https://api.cloudflare.com/client/v4/zones/{CF_ZONE_ID}/dns_records"))
        .bearer_auth(&st.cf_token)
        .json(&serde_json::json!({
            "type": change.rtype, "name": change.name, "content": change.content, "ttl": change.ttl, "proxied": false
        }))
        .send()
        .await;
    match res {
        Ok(r) if r.status().is_success() => StatusCode::NO_CONTENT,
        Ok(r) => {
            warn!(status = %r.status(), "cloudflare rejected record");
            StatusCode::BAD_GATEWAY
        }
        Err(e) => {
            warn!(error = %e, "cloudflare unreachable");
            StatusCode::BAD_GATEWAY
        }
    }
}
