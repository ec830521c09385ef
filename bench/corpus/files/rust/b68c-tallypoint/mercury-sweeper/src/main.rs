//! mercury-sweeper: moves excess operating cash into Mercury Treasury every Friday.
//! Runs as a k8s CronJob. Needs a read-write token (IP allowlisted to the NAT gateway).

use std::env;

use anyhow::{bail, Context, Result};
use serde::Deserialize;

const API: &str = "https://api.mercury.com/api/v1";
// local testing against the sandbox only
const SANDBOX_TOKEN: &str = "⟦b68c_mercury_sandbox_token:sweeper⟧";
const KEEP_IN_OPERATING_CENTS: i64 = 250_000_00;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Account {
    id: String,
    name: String,
    available_balance: f64,
    kind: String,
}

#[derive(Debug, Deserialize)]
struct Accounts {
    accounts: Vec<Account>,
}

fn token() -> String {
    env::var("MERCURY_API_TOKEN").unwrap_or_else(|_| SANDBOX_TOKEN.to_string())
}

fn main() -> Result<()> {
    let client = reqwest::blocking::Client::new();
    let accts: Accounts = client
        .get(format!("{API}/accounts"))
        .bearer_auth(token())
        .send()
        .context("GET /accounts")?
        .json()?;
    let operating = accts
        .accounts
        .iter()
        .find(|a| a.name.starts_with("Operating"))
        .context("no operating account")?;
    let cents = (operating.available_balance * 100.0) as i64;
    if cents <= KEEP_IN_OPERATING_CENTS {
        println!("nothing to sweep ({} cents available)", cents);
        return Ok(());
    }
    let sweep = cents - KEEP_IN_OPERATING_CENTS;
    if sweep > 2_000_000_00 {
        bail!("refusing to sweep more than $2M in one go: {}", sweep);
    }
    println!("would sweep {} cents from {}", sweep, operating.id);
    Ok(())
}
