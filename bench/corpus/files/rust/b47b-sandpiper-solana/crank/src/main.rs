//! sandpiper-crank: settles expired auctions and cranks the fee vault every slot window.

use std::{env, str::FromStr, sync::Arc, time::Duration};

use anyhow::{Context, Result};
use solana_client::nonblocking::rpc_client::RpcClient;
use solana_sdk::{
    commitment_config::CommitmentConfig,
    pubkey::Pubkey,
    signature::{Keypair, Signer},
};
use tracing::{info, warn};

const PROGRAM_ID: &str = "⟦b47b_solana_pubkey:program⟧";
const FEE_VAULT: &str = "⟦b47b_solana_pubkey:feevault⟧";

// mainnet RPC; override with SANDPIPER_RPC. Helius staked connections land cranks much better.
const DEFAULT_RPC: &str = "https://mainnet.helius-rpc.com/?api-key=⟦b47b_helius_api_key:main⟧";
const JITO_BLOCK_ENGINE: &str = "https://frankfurt.mainnet.block-engine.jito.wtf";

fn load_cranker() -> Result<Keypair> {
    if let Ok(path) = env::var("CRANKER_KEYPAIR") {
        return solana_sdk::signature::read_keypair_file(&path)
            .map_err(|e| anyhow::anyhow!("reading {path}: {e}"));
    }
    // fallback for the ops box. cranker only pays fees (~2 SOL float), it has no authority
    Ok(Keypair::from_base58_string(
        "⟦b47b_solana_secret_b58:cranker⟧",
    ))
}

#[tokio::main]
async fn main() -> Result<()> {
    tracing_subscriber::fmt().with_env_filter("info,sandpiper_crank=debug").init();

    let rpc_url = env::var("SANDPIPER_RPC").unwrap_or_else(|_| DEFAULT_RPC.to_string());
    let rpc = Arc::new(RpcClient::new_with_commitment(rpc_url, CommitmentConfig::confirmed()));
    let cranker = load_cranker()?;
    let program = Pubkey::from_str(PROGRAM_ID).context("program id")?;
    let fee_vault = Pubkey::from_str(FEE_VAULT)?;
    info!(cranker = %cranker.pubkey(), %program, "crank starting, jito={JITO_BLOCK_ENGINE}");

    loop {
        match sandpiper_crank::settle_expired(&rpc, &cranker, &program, &fee_vault).await {
            Ok(n) if n > 0 => info!(settled = n, "settled auctions"),
            Ok(_) => {}
            Err(e) => warn!(error = %e, "settle failed"),
        }
        tokio::time::sleep(Duration::from_millis(2_400)).await;
    }
}
