# Vault Agent — order-sync (VM legacy di ap-southeast-3)
pid_file = "/run/vault-agent/pid"

vault {
  address = "https://vault.nco.co.id:8200"
  ca_cert = "/etc/vault-agent/ca.pem"
}

auto_auth {
  method "aws" {
    mount_path = "auth/aws"
    config = {
      type = "iam"
      role = "order-sync"
    }
  }

  sink "file" {
    config = {
      path = "/run/vault-agent/token"
      mode = 0640
    }
  }
}

cache {
  use_auto_auth_token = true
}

template {
  destination = "/opt/nco/order-sync/.env"
  perms       = "0640"
  contents    = <<EOT
{{ with secret "kv/data/order-sync/marketplace" -}}
LAZADA_APP_KEY={{ .Data.data.lazada_app_key }}
LAZADA_APP_SECRET={{ .Data.data.lazada_app_secret }}
SHOPEE_PARTNER_ID={{ .Data.data.shopee_partner_id }}
SHOPEE_PARTNER_KEY={{ .Data.data.shopee_partner_key }}
TIKTOKSHOP_APP_SECRET={{ .Data.data.tiktokshop_app_secret }}
{{- end }}
{{ with secret "database/creds/order-sync" -}}
DATABASE_URL=postgresql://{{ .Data.username }}:{{ .Data.password }}@nco-orders.cluster-c1a2b3c4d5e6.ap-southeast-3.rds.amazonaws.com:5432/orders
{{- end }}
EOT
  command     = "systemctl reload order-sync"
}
