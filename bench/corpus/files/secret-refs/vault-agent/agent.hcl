vault {
  address = "https://vault.northwind-labs.com:8200"
}

auto_auth {
  method "kubernetes" {
    mount_path = "auth/kubernetes"
    config = {
      role = "orders"
      token_path = "/var/run/secrets/kubernetes.io/serviceaccount/token"
    }
  }
  sink "file" {
    config = {
      path = "/home/vault/.vault-token"
    }
  }
}

template {
  destination = "/etc/secrets/app.env"
  contents = <<EOT
{{ with secret "kv/data/orders/prod" }}
DATABASE_PASSWORD={{ .Data.data.db_password }}
STRIPE_SECRET_KEY={{ .Data.data.stripe_secret_key }}
{{ end }}
{{ with secret "database/creds/orders-ro" }}
READONLY_USER={{ .Data.username }}
READONLY_PASSWORD={{ .Data.password }}
{{ end }}
EOT
}
