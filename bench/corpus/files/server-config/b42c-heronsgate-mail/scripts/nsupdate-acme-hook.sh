#!/bin/bash
# Manual certbot hook used before certbot-dns-rfc2136 was installed on web01 (still used by the
# old Debian 10 box for the customer webmail cert).
#   certbot certonly --manual --preferred-challenges dns \
#     --manual-auth-hook /usr/local/bin/nsupdate-acme-hook.sh -d webmail.heronsgate.net
set -e
ZONE=heronsgate.net
RECORD="_acme-challenge.${CERTBOT_DOMAIN}."

nsupdate -y "hmac-sha512:acme-update.heronsgate.net:⟦b42c_tsig_hmac_sha512:acme⟧" <<EOT
server 203.0.113.53
zone ${ZONE}
update delete ${RECORD} TXT
update add ${RECORD} 60 TXT "${CERTBOT_VALIDATION}"
send
EOT

sleep 30
