#!/bin/bash
# Genera chiave e certificato del Service Provider SPID secondo l'Avviso SPID n.29 v3
# (estensioni per SP pubblici). Uso: ./genera-cert-spid.sh <codice-ipa> <entity-id>
set -e

IPA="${1:?codice IPA}"
ENTITY_ID="${2:?entityID}"
OUT=./out/$IPA
mkdir -p "$OUT"

cat > "$OUT/spid.cnf" <<CNF
oid_section = spid_oids
[ req ]
default_bits = 3072
default_md = sha256
distinguished_name = dn
encrypt_key = no
prompt = no
req_extensions = req_ext
[ spid_oids ]
spid-privatesector-SP=1.3.76.16.4.3.1
spid-publicsector-SP=1.3.76.16.4.2.1
uri=2.5.4.83
[ dn ]
organizationName=Comune di Castel San Pietro
commonName=servizi.comune.castelsanpietro.bo.it
uri=$ENTITY_ID
organizationIdentifier=PA:IT-$IPA
countryName=IT
localityName=Castel San Pietro Terme
[ req_ext ]
certificatePolicies = @spid_policies
[ spid_policies ]
policyIdentifier = spid-publicsector-SP
CNF

openssl req -new -x509 -config "$OUT/spid.cnf" -days 730 \
  -keyout "$OUT/sp.key" -out "$OUT/sp.crt" -extensions req_ext

# keystore per Spring (spid.keystore)
openssl pkcs12 -export -in "$OUT/sp.crt" -inkey "$OUT/sp.key" -name spid-sp \
  -out "$OUT/sp.p12" -passout pass:Spid.Castel2023

keytool -list -keystore "$OUT/sp.p12" -storetype PKCS12 -storepass Spid.Castel2023

echo "Certificato in $OUT/sp.crt, caricare i metadata su https://registry.spid.gov.it"
