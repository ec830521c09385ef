# Pixelwerk billing infrastructure – Hetzner Cloud (fsn1)
# applied from Kai's laptop; TODO move to HCP Terraform variables

project      = "pixelwerk-billing"
location     = "fsn1"
server_type  = "cx32"
ssh_key_name = "kai@pixelwerk-mbp"

hcloud_token = "⟦b54a_hcloud_token:tf⟧"

db_admin_password = "⟦db_password:tf⟧"

dns_zone   = "pixelwerk.studio"
subdomains = ["billing", "api.billing", "status"]

# passed to cloud-init → /etc/invoicing.env
mollie_api_key  = "⟦mollie_api_key:tf⟧"
qonto_login     = "pixelwerk-studio-2291"
qonto_secret    = ""   # set via TF_VAR_qonto_secret
gocardless_webhook_secret = "⟦b58b_gocardless_webhook_secret:tf⟧"

backup_retention_days = 14
enable_floating_ip    = true
