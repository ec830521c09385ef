# gulls.social media storage + CDN
# terraform -chdir=media-storage plan -var-file=terraform.tfvars
# (this file is in .gitignore on the infra repo; this copy is from the shared drive backup)

project          = "gulls-social"
environment      = "production"

# Wasabi (media originals) — account "gulls-coop", sub-user terraform
wasabi_region     = "eu-central-2"
wasabi_access_key = "⟦b40c_wasabi_access_key:tf⟧"
wasabi_secret_key = "⟦b40c_wasabi_secret_key:tf⟧"

# Backblaze B2 (nightly pg_dump + media backups)
b2_application_key_id = "⟦backblaze_key_id:tf⟧"
b2_application_key    = "⟦backblaze_app_key:tf⟧"

# bunny.net pull zone in front of media.gulls.social
bunny_api_key      = "⟦b43c_bunny_api_key:tf⟧"
bunny_pullzone_name = "gulls-media"
bunny_origin_url    = "https://s3.eu-central-2.wasabisys.com/gulls-social-media"

# DNS lives at Cloudflare
cloudflare_zone_id   = "⟦md5:zoneid⟧"
cloudflare_api_token = "⟦cloudflare_api_token:tf⟧"

media_hostname = "media.gulls.social"
cache_ttl_days = 30
