#!/bin/bash
# Regenerate the HTTP/ service keytab for the intranet Apache (mod_auth_gssapi) after the
# svc-intranet-http password rotation. Run on web01 as root.
#
#   /usr/local/sbin/refresh-keytab.sh            -> writes /etc/httpd/http.keytab
#
set -euo pipefail

PRINC="HTTP/intranet.meridian.lan@MERIDIAN.LAN"
KT=/etc/httpd/http.keytab
KVNO=$(kvno -q "$PRINC" 2>/dev/null | awk '{print $NF}' || echo 3)

# 1) join/refresh the machine account (only needed on a rebuilt host)
if ! net ads testjoin >/dev/null 2>&1; then
    net ads join -U 'svc-domainjoin%Dj0in!Meridian2024' createcomputer="Servers/Linux"
fi

# 2) build the keytab from the service account password
rm -f "$KT.new"
ktutil <<KTEOF
addent -password -p $PRINC -k $KVNO -e aes256-cts-hmac-sha1-96
⟦password:svchttp⟧
addent -password -p $PRINC -k $KVNO -e aes128-cts-hmac-sha1-96
⟦password:svchttp⟧
wkt $KT.new
quit
KTEOF

install -o root -g apache -m 0640 "$KT.new" "$KT"
rm -f "$KT.new"

# 3) sanity check
echo '⟦password:svchttp⟧' | kinit svc-intranet-http@MERIDIAN.LAN >/dev/null
kvno "$PRINC"
klist -kte "$KT"
kdestroy
systemctl reload httpd
