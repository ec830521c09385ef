sudo systemctl status osmosisd
journalctl -u osmosisd -f --since "10 min ago"
osmosisd status 2>&1 | jq .sync_info
curl -s localhost:26657/net_info | jq '.result.peers[].node_info.moniker'
osmosisd q staking validator ⟦b47b_bech32_address:osmovaloper-rb⟧ -o json | jq .jailed
echo "⟦b47b_bip39_mnemonic24:relayer⟧" | osmosisd keys add ridgeback-relayer --recover --keyring-backend test
hermes keys add --chain osmosis-1 --mnemonic-file ~/hermes/mnemonics/ridgeback-relayer.txt
hermes keys balance --chain osmosis-1
osmosisd tx bank send ridgeback-relayer ⟦b47b_bech32_address:osmo-hot⟧ 250000000uosmo --fees 5000uosmo --keyring-backend test -y
celestia bridge auth admin --p2p.network celestia
export CELESTIA_NODE_AUTH_TOKEN=⟦b47b_celestia_auth_token:admin⟧
curl -s -X POST -H "Authorization: Bearer $CELESTIA_NODE_AUTH_TOKEN" -H 'Content-Type: application/json' -d '{"jsonrpc":"2.0","id":1,"method":"header.SyncState","params":[]}' http://localhost:26658
tmkms softsign keygen ./secrets/osmosis-consensus.key
tmkms softsign import ~/.osmosisd/config/priv_validator_key.json ./secrets/osmosis-consensus.key
scp ~/.osmosisd/config/priv_validator_key.json hsm01:/tmp/
shred -u ~/.osmosisd/config/priv_validator_key.json
near login
near validators current | grep ridgeback
near call ridgeback.poolv1.near ping '{}' --accountId ridgeback.near --gas 300000000000000
solana-keygen new -o ~/.config/solana/id.json --no-bip39-passphrase
solana config set --url https://mainnet.helius-rpc.com/?api-key=⟦b47b_helius_api_key:val⟧
solana balance
mysql -h 10.40.0.30 -u grafana -p'Gr4fana-reader!' -e 'select count(*) from dashboard' grafana
export HCLOUD_TOKEN=⟦hetzner_token:rb⟧
hcloud server list -o columns=name,ipv4,status
sudo cloudflared service install ⟦cloudflare_tunnel_token:rb⟧
htop
exit
