datacenter = "fsn1"
data_dir   = "/opt/nomad/data"
bind_addr  = "0.0.0.0"

server {
  enabled          = true
  bootstrap_expect = 3
  encrypt          = "⟦hashicorp_gossip_key:nomad⟧"

  server_join {
    retry_join = ["10.10.0.11", "10.10.0.12", "10.10.0.13"]
  }
}

acl {
  enabled = true
}

tls {
  http = true
  rpc  = true

  ca_file   = "/etc/nomad.d/tls/nomad-agent-ca.pem"
  cert_file = "/etc/nomad.d/tls/global-server-nomad.pem"
  key_file  = "/etc/nomad.d/tls/global-server-nomad-key.pem"

  verify_server_hostname = true
}

consul {
  address = "127.0.0.1:8500"
  token   = "⟦consul_acl_token:nomad⟧"
}

vault {
  enabled          = true
  address          = "https://vault.service.consul:8200"
  create_from_role = "nomad-cluster"
  token            = "⟦vault_token_long⟧"
}

telemetry {
  publish_allocation_metrics = true
  publish_node_metrics       = true
  prometheus_metrics         = true
}
