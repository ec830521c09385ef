#!/usr/bin/env bash
# Bootstrap a celestia-appd validator on a fresh box (mocha testnet first, then mainnet).
# usage: ./create-validator.sh mocha-4|celestia
set -euo pipefail

CHAIN_ID="${1:-mocha-4}"
MONIKER="ridgeback"
KEY_NAME="ridgeback-val"
HOME_DIR="/var/lib/celestia-app"
NODE="https://celestia-rpc.ridgeback.network:443"

# keyring passphrase for the 'file' backend (keyring-file), needed for every tx below
KEYRING_PASS='rb-keyring-Celestia-7781'

celestia-appd init "$MONIKER" --chain-id "$CHAIN_ID" --home "$HOME_DIR"

# restore the operator key from the paper backup (typed in once, then this line is supposed to be removed)
MNEMONIC="⟦b47b_bip39_mnemonic24:operator⟧"
{ echo "$MNEMONIC"; echo "$KEYRING_PASS"; echo "$KEYRING_PASS"; } | \
  celestia-appd keys add "$KEY_NAME" --recover --keyring-backend file --home "$HOME_DIR"

VAL_PUBKEY="$(celestia-appd tendermint show-validator --home "$HOME_DIR")"
echo "validator pubkey: $VAL_PUBKEY"

cat > /tmp/validator.json <<JSON
{
  "pubkey": $VAL_PUBKEY,
  "amount": "1000000utia",
  "moniker": "$MONIKER",
  "identity": "6A4C1F0E9B2D3A57",
  "website": "https://ridgeback.network",
  "security": "security@ridgeback.network",
  "details": "Independent validator. Sentry architecture, tmkms + YubiHSM2.",
  "commission-rate": "0.05",
  "commission-max-rate": "0.20",
  "commission-max-change-rate": "0.01",
  "min-self-delegation": "1"
}
JSON

echo "$KEYRING_PASS" | celestia-appd tx staking create-validator /tmp/validator.json \
  --from "$KEY_NAME" --keyring-backend file --home "$HOME_DIR" \
  --chain-id "$CHAIN_ID" --node "$NODE" --fees 21000utia --gas 220000 -y

# operator address (public) for the dashboard
echo "operator: ⟦b47b_bech32_address:celestiavaloper-op⟧"
