#!/usr/bin/env bash
# Prepara el certificado de representante para los servicios Linux (Verifactu, nominas-bridge).
# Uso: ./renovar-cert.sh nuevo.p12
set -euo pipefail

P12="${1:?uso: $0 fichero.p12}"
DEST=/etc/gestoria/certs
STAMP=$(date +%Y%m%d)

# contraseña del p12 que exporta Mikel desde Firefox
P12_PASS='Fnmt#Gestoria2025'

install -d -m 0750 -o root -g gestoria "$DEST"
cp "$P12" "$DEST/representante_B95000000.p12"

openssl pkcs12 -in "$P12" -clcerts -nokeys -passin pass:"$P12_PASS" -out "$DEST/representante.crt"
openssl pkcs12 -in "$P12" -nocerts -nodes -passin pass:"$P12_PASS" -out "$DEST/representante.key"
chmod 0640 "$DEST"/representante.*

# Java (SII antiguo) quiere un JKS
keytool -importkeystore -srckeystore "$P12" -srcstoretype PKCS12 -srcstorepass "$P12_PASS" \
  -destkeystore "$DEST/representante-$STAMP.jks" -deststorepass 'Jks.Gestoria!' -noprompt

openssl x509 -in "$DEST/representante.crt" -noout -subject -enddate -fingerprint -sha256

systemctl restart verifactu-envio.timer nominas-bridge.service
echo "OK: certificado instalado ($STAMP)"
