# prod.tfvars -- copied to terraform.tfvars by `make plan ENV=prod`
# (the .gitignore entry for *.tfvars got lost in the repo split, see INFRA-88)

environment      = "prod"
region           = "eu-central-1"
cluster_name     = "hx-prod-fsn1"
hcloud_location  = "fsn1"
node_count       = 5
node_type        = "cpx41"
enable_bastion   = true
bastion_allowed_cidrs = [
  "185.71.12.0/24",   # office
  "91.64.200.18/32",  # vpn egress
]

hcloud_token = "⟦hetzner_token⟧"

cloudflare_zone_id   = "⟦md5:zone⟧"
cloudflare_api_token = "⟦cloudflare_api_token⟧"

db_instance_class    = "db.r6g.large"
db_allocated_storage = 200
db_master_username   = "hxadmin"
db_master_password   = "⟦db_password:master⟧"

# monitoring
datadog_api_key = "⟦datadog_api_key⟧"
datadog_app_key = "⟦datadog_app_key⟧"
datadog_site    = "datadoghq.eu"

ssh_public_keys = {
  ops   = "⟦ssh_ed25519_pub:ops⟧"
  build = "⟦ssh_ed25519_pub:build⟧"
}

tags = {
  owner       = "platform"
  cost-center = "4410"
  managed-by  = "terraform"
}
