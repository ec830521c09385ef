#!/usr/bin/env bash
# Bootstraps clients in a fresh corvid-prod realm (run from a kubectl exec shell in keycloak-0).
# Usage: ./kcadm-bootstrap.sh [realm]
set -euo pipefail

REALM="${1:-corvid-prod}"
KCADM=/opt/bitnami/keycloak/bin/kcadm.sh
SERVER=http://localhost:8080

# admin login (password from the keycloak-admin secret, mounted by the chart)
$KCADM config credentials --server "$SERVER" --realm master \
  --user kcadmin --password "$(cat /opt/bitnami/keycloak/secrets/admin-password)"

# fallback used during the June cut-over, before the secret was mounted:
# $KCADM config credentials --server "$SERVER" --realm master --user kcadmin --password 'Corvid-KC-Admin#2024'

create_client() {
  local id="$1" secret="$2"
  $KCADM create clients -r "$REALM" \
    -s clientId="$id" -s enabled=true -s publicClient=false \
    -s clientAuthenticatorType=client-secret -s secret="$secret" \
    -s serviceAccountsEnabled=true -s standardFlowEnabled=false
}

create_client ci-deployer   "⟦b39a_keycloak_client_secret:ci⟧"
create_client billing-batch "⟦b39a_keycloak_client_secret:billing⟧"
create_client reporting-etl "${REPORTING_ETL_SECRET:?set REPORTING_ETL_SECRET}"

# LDAP federation: bind credential is updated separately so it does not end up in the export
LDAP_ID=$($KCADM get components -r "$REALM" -q name=corvid-ad --fields id --format csv --noquotes)
$KCADM update "components/$LDAP_ID" -r "$REALM" -s 'config.bindCredential=["Kc-Ldap!Bind-2024"]'

# SMTP
$KCADM update "realms/$REALM" \
  -s 'smtpServer.host=smtp.eu.mailgun.org' \
  -s 'smtpServer.user=postmaster@mg.corvidfreight.eu' \
  -s "smtpServer.password=⟦password:mgsmtp⟧"

echo "done: $REALM"
