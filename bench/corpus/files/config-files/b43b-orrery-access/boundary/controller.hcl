# Boundary controller - bnd-ctl-01..03 (systemd: boundary server -config /etc/boundary.d/controller.hcl)
disable_mlock = true

controller {
  name        = "bnd-ctl-01"
  description = "Orrery Boundary controller"
  public_cluster_addr = "bnd-ctl-01.orrery.internal"
  database {
    url                  = "postgresql://boundary:⟦db_password:boundary⟧@pg-boundary.orrery.internal:5432/boundary?sslmode=require"
    max_open_connections = 10
  }
}

listener "tcp" {
  address     = "0.0.0.0:9200"
  purpose     = "api"
  tls_disable = false
  tls_cert_file = "/etc/boundary.d/tls/api.crt"
  tls_key_file  = "/etc/boundary.d/tls/api.key"
  cors_enabled = true
  cors_allowed_origins = ["https://boundary.orrery.io", "serve://boundary"]
}

listener "tcp" {
  address = "0.0.0.0:9201"
  purpose = "cluster"
}

listener "tcp" {
  address = "0.0.0.0:9203"
  purpose = "ops"
  tls_disable = true
}

# TODO(orr-104): move these to the awskms seal; the aead keys were generated with
#   openssl rand -base64 32
kms "aead" {
  purpose   = "root"
  aead_type = "aes-gcm"
  key       = "⟦aes256_key_b64:root⟧"
  key_id    = "global_root"
}

kms "aead" {
  purpose   = "worker-auth"
  aead_type = "aes-gcm"
  key       = "⟦aes256_key_b64:workerauth⟧"
  key_id    = "global_worker-auth"
}

kms "aead" {
  purpose   = "recovery"
  aead_type = "aes-gcm"
  key       = "⟦aes256_key_b64:recovery⟧"
  key_id    = "global_recovery"
}

# staging still uses transit
# kms "transit" {
#   purpose    = "root"
#   address    = "https://vault.orrery.internal:8200"
#   token      = "env://BOUNDARY_VAULT_TOKEN"
#   key_name   = "boundary-root"
#   mount_path = "transit/"
# }

events {
  audit_enabled       = true
  observations_enabled = true
  sysevents_enabled   = true
  sink "stderr" {
    name        = "all-events"
    event_types = ["*"]
    format      = "cloudevents-json"
  }
}
