#!/usr/bin/env bash
# Legt einen neuen Kunden samt Abo auf plesk02.pixelwerk-hosting.de an.
#   ./neuer-kunde.sh <login> <domain> "<Firmenname>" <email>
# Der Secret Key ist an die IP von ops.pixelwerk.de gebunden (plesk bin secret_key -c -ip-address 203.0.113.40).
set -euo pipefail

PLESK="https://plesk02.pixelwerk-hosting.de:8443/enterprise/control/agent.php"
PLESK_KEY="⟦b43c_plesk_secret_key:ops⟧"

login=$1 domain=$2 cname=$3 email=$4
# Startpasswort für den Kunden; wird per Mail an den Kunden geschickt, Wechsel beim 1. Login erzwungen
initpw=$(openssl rand -base64 18)

xml() {
  curl -fsS "$PLESK" \
    -H "HTTP_PRETTY_PRINT: TRUE" \
    -H "KEY: ${PLESK_KEY}" \
    -H "Content-Type: text/xml" \
    --data-binary @-
}

xml <<XML
<packet>
  <customer>
    <add>
      <gen_info>
        <cname>${cname}</cname>
        <pname>${cname}</pname>
        <login>${login}</login>
        <passwd>${initpw}</passwd>
        <email>${email}</email>
        <locale>de-DE</locale>
      </gen_info>
    </add>
  </customer>
</packet>
XML

# Abo auf dem Service-Plan "Agentur S" anlegen; FTP-Hauptnutzer bekommt ein festes Passwort,
# weil der Kunde seine alte Joomla-Installation per FTP hochlädt (siehe Ticket PW-2291)
plesk_ssh() { ssh -p 2202 admin@plesk02.pixelwerk-hosting.de "sudo plesk bin $*"; }
plesk_ssh subscription --create "$domain" -owner "$login" -service-plan "Agentur S" \
  -ip 203.0.113.21 -login "${login}_ftp" -passwd "'⟦password:ftp-neu⟧'"

plesk_ssh site --update "$domain" -php_handler_id plesk-php82-fpm
plesk_ssh extension --call letsencrypt::cli -d "$domain" -d "www.$domain" -m ssl@pixelwerk.de

echo "Kunde ${login} angelegt. Startpasswort: ${initpw}"
