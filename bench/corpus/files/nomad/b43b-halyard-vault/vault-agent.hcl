# Vault Agent sidecar config for the payments-api Nomad job (templated by the job's artifact stanza).
pid_file = "/alloc/data/vault-agent.pid"

vault {
  address        = "https://vault.halyard.systems:8200"
  ca_cert        = "/local/halyard-root-ca.pem"
  retry {
    num_retries = 5
  }
}

auto_auth {
  method "approle" {
    mount_path = "auth/approle"
    config = {
      role_id_file_path                   = "/secrets/role-id"
      secret_id_file_path                 = "/secrets/secret-id"
      remove_secret_id_file_after_reading = true
    }
  }

  sink "file" {
    wrap_ttl = "5m"
    config = {
      path = "/alloc/secrets/vault-token"
      mode = 0640
    }
  }
}

cache {
  use_auto_auth_token = true
}

listener "tcp" {
  address     = "127.0.0.1:8100"
  tls_disable = true
}

template {
  source      = "/local/templates/db.env.ctmpl"
  destination = "/alloc/secrets/db.env"
  perms       = "0600"
  contents    = <<-EOT
    {{- with secret "database/creds/payments-api" -}}
    DB_USER={{ .Data.username }}
    DB_PASSWORD={{ .Data.password }}
    {{- end }}
    {{ with secret "kv/data/payments/psp" }}STRIPE_SECRET_KEY={{ .Data.data.stripe_secret_key }}{{ end }}
  EOT
}

template {
  destination = "/alloc/secrets/tls.pem"
  contents    = <<-EOT
    {{- with pkiCert "pki_int/issue/svc-halyard-systems" "common_name=payments-api.svc.halyard.systems" "ttl=72h" -}}
    {{ .Cert }}{{ .CA }}{{ .Key }}
    {{- end }}
  EOT
}
