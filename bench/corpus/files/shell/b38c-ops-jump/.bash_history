sudo -i
apt update && apt upgrade -y
systemctl status nginx
tail -f /var/log/nginx/error.log
mysql -h db-replica-2.internal -u admin -p'P@ssw0rd2024' -e 'SHOW SLAVE STATUS\G'
mysql -h db-replica-2.internal -u admin -p -e 'SHOW PROCESSLIST'
docker pull cloudflare/cloudflared@⟦docker_digest⟧
docker run -d --restart unless-stopped --name cf-tunnel cloudflare/cloudflared:latest tunnel --no-autoupdate run --token ⟦cloudflare_tunnel_token⟧
docker logs cf-tunnel
curl -fsSL https://tailscale.com/install.sh | sh
tailscale up --authkey=⟦tailscale_auth_key⟧ --advertise-routes=10.20.0.0/16 --ssh
tailscale status
ngrok config add-authtoken ⟦ngrok_authtoken⟧
ngrok http 8080
export VAULT_ADDR=https://vault.internal:8200
export VAULT_TOKEN=⟦vault_token⟧
vault kv get secret/payments/stripe
curl -X POST "https://api.datadoghq.eu/api/v1/downtime" -H "DD-API-KEY: ⟦datadog_api_key⟧" -H "DD-APPLICATION-KEY: ⟦datadog_app_key⟧" -H "Content-Type: application/json" -d '{"scope":"env:prod","message":"db failover"}'
htpasswd -b /etc/nginx/.htpasswd ops 'Kangaroo!Jump7'
nginx -t && systemctl reload nginx
cat /etc/ssh/ssh_host_ed25519_key.pub
sha256sum /tmp/backup-2024-05-01.tar.gz
echo "⟦sha256⟧  backup-2024-05-01.tar.gz" | sha256sum -c
exit
