terraform {
  required_version = ">= 1.6"
  required_providers {
    vault = {
      source  = "hashicorp/vault"
      version = "~> 4.2"
    }
  }
  backend "s3" {
    bucket         = "halyard-tfstate-platform"
    key            = "vault/config.tfstate"
    region         = "eu-central-1"
    dynamodb_table = "halyard-tf-locks"
    encrypt        = true
  }
}

provider "vault" {
  address = "https://vault.halyard.systems:8200"
  # token comes from VAULT_TOKEN (the tf-admin AppRole login in CI)
  skip_child_token = true
}

# ---------------------------------------------------------------- auth: AppRole
resource "vault_auth_backend" "approle" {
  type = "approle"
  path = "approle"
}

resource "vault_approle_auth_backend_role" "ci_deployer" {
  backend               = vault_auth_backend.approle.path
  role_name             = "ci-deployer"
  token_policies        = ["ci-deployer"]
  token_ttl             = 1200
  token_max_ttl         = 3600
  secret_id_ttl         = 2592000
  secret_id_bound_cidrs = ["10.12.0.0/16"]
}

resource "vault_approle_auth_backend_role_secret_id" "ci_deployer" {
  backend   = vault_auth_backend.approle.path
  role_name = vault_approle_auth_backend_role.ci_deployer.role_name
  metadata  = jsonencode({ owner = "platform", rotated = "2024-11-04" })
}

resource "vault_approle_auth_backend_role" "payments_api" {
  backend        = vault_auth_backend.approle.path
  role_name      = "payments-api"
  role_id        = "⟦uuid:paymentsrole⟧"
  token_policies = ["payments-api"]
  token_ttl      = 3600
}

# ---------------------------------------------------------------- auth: LDAP
resource "vault_ldap_auth_backend" "ad" {
  path         = "ldap"
  url          = "ldaps://dc01.corp.halyard.systems,ldaps://dc02.corp.halyard.systems"
  userdn       = "OU=Staff,DC=corp,DC=halyard,DC=systems"
  userattr     = "sAMAccountName"
  upndomain    = "corp.halyard.systems"
  groupdn      = "OU=Groups,DC=corp,DC=halyard,DC=systems"
  groupfilter  = "(&(objectClass=group)(member:1.2.840.113556.1.4.1941:={{.UserDN}}))"
  binddn       = "CN=svc-vault-ldap,OU=Service Accounts,DC=corp,DC=halyard,DC=systems"
  bindpass     = var.ldap_bindpass
  insecure_tls = false
  certificate  = file("${path.module}/certs/halyard-root-ca.pem")
}

# ---------------------------------------------------------------- auth: Okta
resource "vault_okta_auth_backend" "okta" {
  path         = "okta"
  organization = "halyard"
  base_url     = "okta.com"
  token        = var.okta_api_token

  group {
    group_name = "vault-admins"
    policies   = ["admin"]
  }
  group {
    group_name = "eng-oncall"
    policies   = ["oncall-read", "pki-issue"]
  }
}

# ---------------------------------------------------------------- secrets seeded by hand, to be moved
resource "vault_kv_secret_v2" "payments_psp" {
  mount = "kv"
  name  = "payments/psp"
  data_json = jsonencode({
    stripe_secret_key     = "⟦stripe_secret_live:psp⟧"
    stripe_webhook_secret = "⟦stripe_webhook_secret:psp⟧"
    adyen_api_key         = var.adyen_api_key
  })
}

resource "vault_policy" "ci_deployer" {
  name   = "ci-deployer"
  policy = file("${path.module}/policies/ci-deployer.hcl")
}

variable "ldap_bindpass" {
  type      = string
  sensitive = true
}

variable "okta_api_token" {
  type      = string
  sensitive = true
}

variable "adyen_api_key" {
  type      = string
  sensitive = true
  default   = ""
}

output "ci_deployer_role_id" {
  value = vault_approle_auth_backend_role.ci_deployer.role_id
}

output "ci_deployer_secret_id" {
  value     = vault_approle_auth_backend_role_secret_id.ci_deployer.secret_id
  sensitive = true
}
