# tools stack (Hetzner) — tools-01 appsmith, tools-02 nocodb/baserow, wm windmill, flows activepieces
# applied from the platform laptop; state in the hcloud S3-compatible bucket (see backend.tf)

hcloud_location   = "fsn1"
tools_server_type = "cpx41"
ssh_keys          = ["platform-2024", "tom-b-yubikey"]

baserow_public_url = "https://rows.quayside.tech"
baserow_secret_key = "⟦django_secret_key_plain:baserow⟧"
baserow_db_password = "⟦db_password:baserow⟧"

windmill_superadmin_email    = "platform@quayside.tech"
windmill_superadmin_password = "Windmill#Quay24"

seatable_admin_email    = "platform@quayside.tech"
seatable_admin_password = "⟦password:seatable-admin⟧"
seatable_jwt_private_key = "⟦encryption_key_hex:seatable-jwt⟧"

cloudflare_zone_id   = "7c1e9a4b2d6f08a3c5e7b9d1f3a5c7e9"
cloudflare_api_token = "⟦cloudflare_api_token:tools-dns⟧"

backup_bucket = "quayside-tools-backups"
