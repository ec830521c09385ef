# terraform.tfvars — ggstats infra (DigitalOcean droplet for the dashboard + Cloudflare DNS)
# github student pack: $200 DO credit 🙏

do_token             = "⟦digitalocean_pat:gg⟧"
cloudflare_api_token = "⟦cloudflare_api_token:gg⟧"
cloudflare_zone_id   = "3f9a1c7e5b2d4086a1e9c3b7d5f20e41"

region       = "nyc3"
droplet_size = "s-1vcpu-1gb"
domain       = "ggstats.gg"
ssh_key_fingerprints = ["3b:7e:91:c4:0a:5d:22:8f:e6:1b:74:c9:0d:ae:53:12"]

admin_ips = ["73.218.44.190/32"]
