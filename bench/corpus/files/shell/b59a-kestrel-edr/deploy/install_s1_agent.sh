#!/bin/bash
# install_s1_agent.sh — legacy SentinelOne Linux agent install for the warehouse edge boxes
# (still 40 boxes on S1 until the Falcon migration finishes, see KL-SEC-221)
#
# usage: sudo ./install_s1_agent.sh [site]   site = warehouse | office (default warehouse)
set -euo pipefail

SITE="${1:-warehouse}"
PKG_DIR=/srv/packages/sentinelone
PKG=$(ls -1 "$PKG_DIR"/SentinelAgent_linux_x86_64_v23_*.deb | sort -V | tail -n1)

case "$SITE" in
  warehouse)
    # site token for "Kestrel - Warehouses" (Sentinels > Site Info > Site Token)
    SITE_TOKEN="⟦b59a_s1_site_token:warehouse⟧"
    ;;
  office)
    SITE_TOKEN="${S1_OFFICE_SITE_TOKEN:?set S1_OFFICE_SITE_TOKEN}"
    ;;
  *)
    echo "unknown site $SITE" >&2; exit 2 ;;
esac

if systemctl is-active --quiet sentinelone; then
  echo "SentinelOne already running: $(/opt/sentinelone/bin/sentinelctl version)"
  exit 0
fi

dpkg -i "$PKG"
/opt/sentinelone/bin/sentinelctl management token set "$SITE_TOKEN"
/opt/sentinelone/bin/sentinelctl management proxy set http://proxy.kestrel.local:3128
/opt/sentinelone/bin/sentinelctl control start
sleep 10
/opt/sentinelone/bin/sentinelctl management status
