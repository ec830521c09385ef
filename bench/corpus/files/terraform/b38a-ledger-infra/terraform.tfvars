# ledger-infra / production
# NOTE(kacper): moving these to TFC workspace vars next sprint, don't copy this file around

environment  = "production"
region       = "eu-central"
project_name = "ledger"

hcloud_token         = "⟦hetzner_token⟧"
cloudflare_api_token = "⟦cloudflare_api_token⟧"
cloudflare_zone_id   = "⟦md5:zone⟧"

db_master_username = "ledger_admin"
db_master_password = "Ledger-Prod-2024!"

# monitoring
datadog_api_key = "⟦datadog_api_key⟧"
datadog_app_key = "⟦datadog_app_key⟧"
datadog_site    = "datadoghq.eu"

pagerduty_integration_key = "⟦pagerduty_integration_key⟧"

fastly_api_key = "⟦fastly_api_token⟧"

k3s_cluster_token = "⟦password:k3s⟧"

admin_ssh_keys = [
  "⟦ssh_ed25519_pub:kacper⟧ kacper@ledger",
  "⟦ssh_ed25519_pub:mira⟧ mira@ledger",
]

allowed_admin_cidrs = ["185.12.64.0/22", "10.40.0.0/16"]
