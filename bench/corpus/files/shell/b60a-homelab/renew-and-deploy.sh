#!/usr/bin/env bash
# renew-and-deploy.sh — certbot deploy hook + manual runner for the lab.
# Secrets come from `pass` (GPG) or systemd credentials, never from this file.
set -euo pipefail

DOMAIN="${RENEWED_LINEAGE:-/etc/letsencrypt/live/lab.wolnylab.pl}"
NAME="$(basename "$DOMAIN")"
PVE_HOSTS=(pve1.lab.wolnylab.pl pve2.lab.wolnylab.pl)

# Cloudflare token: systemd LoadCredential=cf-token:/etc/credstore/cf-token
CF_API_TOKEN="$(cat "${CREDENTIALS_DIRECTORY:-/run/credentials/renew.service}/cf-token" 2>/dev/null || pass show lab/cloudflare-dns-token)"
export CF_API_TOKEN

notify() {
  printf 'Subject: [lab] cert %s: %s\n\n%s\n' "$NAME" "$1" "$2" | msmtp -a zoho tomasz@wolnylab.pl
}

deploy_pve() {
  local host="$1"
  scp -q "$DOMAIN/fullchain.pem" "root@$host:/etc/pve/local/pveproxy-ssl.pem"
  scp -q "$DOMAIN/privkey.pem" "root@$host:/etc/pve/local/pveproxy-ssl.key"
  ssh "root@$host" systemctl restart pveproxy
}

deploy_ha() {
  # Home Assistant reads /ssl from the add-on share
  install -m 0640 -o root -g 999 "$DOMAIN/fullchain.pem" /srv/ha/ssl/fullchain.pem
  install -m 0640 -o root -g 999 "$DOMAIN/privkey.pem" /srv/ha/ssl/privkey.pem
  docker restart homeassistant >/dev/null
}

main() {
  local failed=()
  for h in "${PVE_HOSTS[@]}"; do
    deploy_pve "$h" || failed+=("$h")
  done
  deploy_ha || failed+=(homeassistant)
  local expiry
  expiry="$(openssl x509 -enddate -noout -in "$DOMAIN/cert.pem" | cut -d= -f2)"
  if ((${#failed[@]})); then
    notify "partial deploy" "renewed (expires $expiry) but deploy failed on: ${failed[*]}"
    exit 1
  fi
  notify "ok" "renewed and deployed, expires $expiry"
}

main "$@"
