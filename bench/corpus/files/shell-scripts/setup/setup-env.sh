#!/usr/bin/env bash
# Prepares a developer workstation for the payments repo.
set -e

# signing key for local JWTs, base64 so it survives copy/paste into Slack
export JWT_PRIVATE_KEY_B64="⟦pem_rsa_b64⟧"
export JWT_PUBLIC_KEY_URL="http://localhost:8080/.well-known/jwks.json"
export SQUARE_ACCESS_TOKEN_SANDBOX="⟦square_access_token_legacy⟧"
export LOCAL_ENCRYPTION_KEY="⟦encryption_key_hex⟧"

brew bundle --file=Brewfile
npm ci
npx prisma migrate dev
echo "done"
