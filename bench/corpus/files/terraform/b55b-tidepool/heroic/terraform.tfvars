# reefwatch-prod -- DigitalOcean k8s + managed Postgres for the Nakama OSS cluster
# (the Heroic Cloud trial project is in ../heroic-cloud, not managed by terraform)

region            = "fra1"
cluster_name      = "reefwatch-prod"
node_size         = "s-4vcpu-8gb"
node_count        = 3
k8s_version       = "1.30.4-do.0"

do_token          = "⟦digitalocean_pat⟧"

spaces_access_id  = "⟦digitalocean_spaces_key_id⟧"
spaces_secret_key = "⟦digitalocean_spaces_secret⟧"

db_cluster_size   = "db-s-2vcpu-4gb"
db_admin_password = "⟦db_password:doadmin⟧"

datadog_api_key   = "⟦datadog_api_key⟧"
datadog_app_key   = "⟦datadog_app_key⟧"

cloudflare_zone_id   = "⟦b43c_cloudflare_id:zone⟧"
cloudflare_api_token = "⟦cloudflare_api_token⟧"

alert_emails = ["ops@tidepool.games", "sam@tidepool.games"]
