terraform {
  required_version = ">= 1.9"
  required_providers {
    vault = {
      source  = "hashicorp/vault"
      version = "~> 4.6"
    }
  }
  backend "s3" {
    bucket         = "quillbyte-tfstate"
    key            = "platform/vault/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "quillbyte-tflock"
    encrypt        = true
  }
}

provider "vault" {
  address = "https://vault.quillbyte.internal:8200"
  # TODO: switch to auth_login_jwt with the GitHub OIDC token (QB-PLAT-91)
  token = "⟦vault_token:tf⟧"
}

# ---------------------------------------------------------------------------
# Auth backends
# ---------------------------------------------------------------------------
resource "vault_auth_backend" "approle" {
  type = "approle"
}

resource "vault_approle_auth_backend_role" "ledger" {
  backend        = vault_auth_backend.approle.path
  role_name      = "ledger"
  token_policies = ["ledger-read"]
  token_ttl      = 3600
  token_max_ttl  = 14400
  secret_id_ttl  = 0
}

resource "vault_aws_secret_backend" "aws" {
  path                      = "aws"
  region                    = "eu-west-1"
  access_key                = "⟦aws_access_key_id:vaultaws⟧"
  secret_key                = "⟦aws_secret_access_key:vaultaws⟧"
  default_lease_ttl_seconds = 900
  max_lease_ttl_seconds     = 3600
}

resource "vault_aws_secret_backend_role" "ci_deployer" {
  backend         = vault_aws_secret_backend.aws.path
  name            = "ci-deployer"
  credential_type = "assumed_role"
  role_arns       = ["arn:aws:iam::730551204981:role/ci-deployer"]
}

# ---------------------------------------------------------------------------
# KV seeds that are not managed by the owning teams yet
# ---------------------------------------------------------------------------
resource "vault_kv_secret_v2" "alerting" {
  mount = "kv"
  name  = "platform/alerting"
  data_json = jsonencode({
    slack_webhook = "⟦slack_webhook:alerts⟧"
    opsgenie_key  = "⟦opsgenie_api_key⟧"
  })
}

resource "vault_policy" "ledger_read" {
  name   = "ledger-read"
  policy = <<-EOT
    path "kv/data/ledger/*" { capabilities = ["read"] }
    path "database/creds/ledger-rw" { capabilities = ["read"] }
  EOT
}
