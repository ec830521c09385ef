do_token        = "⟦digitalocean_pat⟧"
spaces_access_id = "⟦digitalocean_spaces_key_id⟧"
spaces_secret   = "⟦digitalocean_spaces_secret⟧"
cloudflare_api_token = "⟦cloudflare_user_token⟧"
cluster_name    = "doks-prod-ams3"
node_count      = 3
grafana_admin_password = "gr@fana-admin"
