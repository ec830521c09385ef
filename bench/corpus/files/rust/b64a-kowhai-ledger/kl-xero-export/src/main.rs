//! kl-xero-export: dumps a Xero organisation's chart of accounts and journals to CSV for migrations.
//! Built for the MYOB → Xero migration service (one-off runs by the onboarding team).

use std::{env, fs::File, io::Write};

use anyhow::{bail, Context, Result};
use serde::Deserialize;

const TOKEN_URL: &str = "https://identity.xero.com/connect/token";
const API: &str = "https://api.xero.com/api.xro/2.0";

// onboarding app ("Kōwhai Migration Tool") – TODO move to env before open-sourcing
const CLIENT_ID: &str = "⟦b44b_xero_client_id:rust⟧";
const CLIENT_SECRET: &str = "⟦b44b_xero_client_secret:rust⟧";

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    refresh_token: String,
    expires_in: u64,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Account {
    code: Option<String>,
    name: String,
    #[serde(rename = "Type")]
    kind: String,
    tax_type: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Accounts {
    accounts: Vec<Account>,
}

fn refresh(client: &reqwest::blocking::Client, refresh_token: &str) -> Result<TokenResponse> {
    let resp = client
        .post(TOKEN_URL)
        .basic_auth(CLIENT_ID, Some(CLIENT_SECRET))
        .form(&[("grant_type", "refresh_token"), ("refresh_token", refresh_token)])
        .send()
        .context("token request")?;
    if !resp.status().is_success() {
        bail!("xero token refresh failed: {}", resp.status());
    }
    Ok(resp.json()?)
}

fn main() -> Result<()> {
    let tenant = env::args().nth(1).context("usage: kl-xero-export <tenant-id> [refresh-token]")?;
    let refresh_token = env::args()
        .nth(2)
        .or_else(|| env::var("XERO_REFRESH_TOKEN").ok())
        .context("refresh token required")?;

    let client = reqwest::blocking::Client::builder().user_agent("kl-xero-export/0.3").build()?;
    let tok = refresh(&client, &refresh_token)?;
    eprintln!("new refresh token (store it!): {}", tok.refresh_token);
    eprintln!("access token valid for {}s", tok.expires_in);

    let accounts: Accounts = client
        .get(format!("{API}/Accounts"))
        .bearer_auth(&tok.access_token)
        .header("xero-tenant-id", &tenant)
        .header("Accept", "application/json")
        .send()?
        .error_for_status()?
        .json()?;

    let mut out = File::create(format!("accounts-{tenant}.csv"))?;
    writeln!(out, "code,name,type,tax_type")?;
    for a in accounts.accounts {
        writeln!(
            out,
            "{},{:?},{},{}",
            a.code.unwrap_or_default(),
            a.name,
            a.kind,
            a.tax_type.unwrap_or_default()
        )?;
    }
    eprintln!("wrote accounts-{tenant}.csv");
    Ok(())
}
