# Rendered by `op run --env-file=.env.tpl -- <cmd>` / `op inject -i .env.tpl -o .env`.
# Every value is a 1Password secret reference; nothing here is a secret by itself.
CLOUDFLARE_API_TOKEN=op://Edge Infra/cloudflare-terraform/credential
FASTLY_API_KEY=op://Edge Infra/fastly-tf/credential
AKAMAI_CLIENT_SECRET=op://Edge Infra/akamai-edgegrid-ops/client_secret
AKAMAI_CLIENT_TOKEN=op://Edge Infra/akamai-edgegrid-ops/client_token
AKAMAI_ACCESS_TOKEN=op://Edge Infra/akamai-edgegrid-ops/access_token
AKAMAI_HOST=op://Edge Infra/akamai-edgegrid-ops/host
IMPERVA_API_ID=op://Edge Infra/imperva-b2b/username
IMPERVA_API_KEY=op://Edge Infra/imperva-b2b/credential
HCAPTCHA_SECRET=op://Edge Infra/hcaptcha-b2b/password
TF_VAR_origin_auth_header={{ op://Edge Infra/origin-auth-header/password }}
SPLUNK_HEC_TOKEN=${SPLUNK_HEC_TOKEN:-}
AWS_PROFILE=quillon-edge
