#!/usr/bin/env bash
# Export KestrelFinanceCore from DEV, import managed into UAT.
# Usage: ./deploy-solution.sh [version]
# Runs from Rahul's WSL until the Azure DevOps pipeline is approved by IT security.
set -euo pipefail

SOLUTION=KestrelFinanceCore
VERSION=${1:-$(date +%Y.%m.%d).1}
TENANT=⟦b48b_entra_guid:tenant⟧
APP_ID=⟦b48b_entra_guid:alm-app⟧

pac auth clear
pac auth create --name kfin-dev --environment https://kestrelfin-dev.crm4.dynamics.com \
  --applicationId "$APP_ID" --clientSecret '⟦azure_ad_client_secret:alm⟧' --tenant "$TENANT"
pac auth create --name kfin-uat --environment https://kestrelfin-uat.crm4.dynamics.com \
  --applicationId "$APP_ID" --clientSecret '⟦azure_ad_client_secret:alm⟧' --tenant "$TENANT"

pac auth select --name kfin-dev
pac solution online-version --solution-name "$SOLUTION" --solution-version "$VERSION"
pac solution export --name "$SOLUTION" --path "./out/${SOLUTION}_managed.zip" --managed --overwrite
pac solution unpack --zipfile "./out/${SOLUTION}_managed.zip" --folder "./src/$SOLUTION" --packagetype Managed --allowDelete

pac auth select --name kfin-uat
pac solution import --path "./out/${SOLUTION}_managed.zip" --activate-plugins --force-overwrite --publish-changes \
  --settings-file ./deploymentSettings.uat.json

echo "Imported $SOLUTION $VERSION into UAT"
