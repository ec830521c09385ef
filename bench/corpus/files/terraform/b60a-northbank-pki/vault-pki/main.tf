terraform {
  required_providers {
    vault = {
      source  = "hashicorp/vault"
      version = "~> 4.2"
    }
  }
  backend "s3" {
    bucket = "nb-pki-tfstate"
    key    = "vault-pki/terraform.tfstate"
    region = "eu-central-1"
  }
}

provider "vault" {
  address = "https://vault.int.northbank.example-internal.com:8200"
  # bootstrap token from the 2024-05 ceremony; TODO switch to approle (var.approle_secret_id)
  token = "⟦vault_token:bootstrap⟧"
}

resource "vault_mount" "pki_int" {
  path                      = "pki_int"
  type                      = "pki"
  description               = "Northbank Internal Issuing CA G2"
  default_lease_ttl_seconds = 86400
  max_lease_ttl_seconds     = 157680000
}

resource "vault_pki_secret_backend_role" "certbridge" {
  backend            = vault_mount.pki_int.path
  name               = "certbridge-short-lived"
  ttl                = 259200
  max_ttl            = 2592000
  allow_ip_sans      = true
  key_type           = "ec"
  key_bits           = 256
  allowed_domains    = ["int.northbank.example-internal.com", "svc.cluster.local"]
  allow_subdomains   = true
  require_cn         = false
  server_flag        = true
  client_flag        = true
}

resource "vault_auth_backend" "approle" {
  type = "approle"
}

resource "vault_approle_auth_backend_role" "certbridge" {
  backend        = vault_auth_backend.approle.path
  role_name      = "certbridge"
  token_policies = ["pki-int-issue"]
  token_ttl      = 3600
}

resource "vault_approle_auth_backend_role_secret_id" "certbridge" {
  backend   = vault_auth_backend.approle.path
  role_name = vault_approle_auth_backend_role.certbridge.role_name
}

output "certbridge_role_id" {
  value = vault_approle_auth_backend_role.certbridge.role_id
}
