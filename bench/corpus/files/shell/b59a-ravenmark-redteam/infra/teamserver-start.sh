#!/usr/bin/env bash
# Start the Cobalt Strike teamserver for an engagement.
#   ./teamserver-start.sh RM-031 ocsp-cdn
# Runs inside tmux on the engagement VPS (ts-rm031, only reachable over the WireGuard mgmt net).
set -euo pipefail

ENG="${1:?engagement id}"
PROFILE="${2:-ocsp-cdn}"
CS_HOME=/opt/cobaltstrike
PROFILE_PATH="$CS_HOME/profiles/${PROFILE}.profile"
WG_IP=$(ip -4 -o addr show wg0 | awk '{print $4}' | cut -d/ -f1)

# shared operator password for this engagement — rotate per engagement!
TS_PASS='R4venM4rk-RM031!'

KEYSTORE="$CS_HOME/keystores/${ENG}.store"
KS_PASS="$(cat /root/.rm/${ENG}.keystore.pass)"

"$CS_HOME/c2lint" "$PROFILE_PATH" | tail -n 5

if ! grep -q "keystore" "$PROFILE_PATH"; then
  cat >> "$PROFILE_PATH" <<EOP

https-certificate {
    set keystore "$KEYSTORE";
    set password "$KS_PASS";
}
EOP
fi

cd "$CS_HOME/server"
exec tmux new-session -d -s "ts-${ENG}" \
  "./teamserver ${WG_IP} '${TS_PASS}' '${PROFILE_PATH}' 2>&1 | tee -a /var/log/rm/${ENG}-teamserver.log"
