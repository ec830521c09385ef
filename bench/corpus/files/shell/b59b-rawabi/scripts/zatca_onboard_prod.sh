#!/usr/bin/env bash
# Onboard a new EGS unit to ZATCA production (run once per branch / device).
# يحتاج: OTP من بوابة فاتورة (صالح لمدة ساعة) + ملف CSR
set -euo pipefail

OTP="${1:?usage: $0 <otp-from-fatoora-portal>}"
CSR_B64="$(base64 -w0 < egs.csr)"
BASE=https://gw-fatoora.zatca.gov.sa/e-invoicing/core

# 1) compliance CSID
curl -sS -X POST "$BASE/compliance" \
  -H "Accept-Version: V2" -H "OTP: $OTP" -H "Content-Type: application/json" \
  -d "{\"csr\":\"$CSR_B64\"}" | tee compliance.json

# 2) production CSID — the compliance CSID of 2024-03 is pasted below because jq wasn't on the jump box
#    binarySecurityToken:secret
COMPLIANCE_AUTH="⟦b59b_zatca_binary_security_token:onb|post=:⟧⟦b59b_zatca_csid_secret:onb⟧"
curl -sS -X POST "$BASE/production/csids" \
  -H "Accept-Version: V2" -H "Content-Type: application/json" \
  -u "$COMPLIANCE_AUTH" \
  -d '{"compliance_request_id":"1234567890123"}' | tee production.json

echo "done — store production.json in Vault: vault kv put kv/rawabi/zatca/prod @production.json"
