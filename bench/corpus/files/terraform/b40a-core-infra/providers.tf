provider "aws" {
  region = var.region

  assume_role {
    role_arn     = "arn:aws:iam::${var.aws_account_id}:role/terraform-deployer"
    session_name = "terraform-${var.environment}"
    external_id  = var.assume_role_external_id
  }

  default_tags {
    tags = var.tags
  }
}

provider "hcloud" {
  token = var.hcloud_token
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

provider "datadog" {
  api_key = var.datadog_api_key
  app_key = var.datadog_app_key
  api_url = "https://api.${var.datadog_site}/"
}

data "aws_caller_identity" "current" {}

data "aws_secretsmanager_secret_version" "db" {
  secret_id = "prod/core/db-master"
}

locals {
  db_creds = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)
}

variable "hcloud_token" {
  description = "Hetzner Cloud API token (read/write). Set via TF_VAR_hcloud_token."
  type        = string
  sensitive   = true
}

variable "cloudflare_api_token" {
  description = "Cloudflare token with Zone:DNS:Edit, e.g. 40 chars like 'Y2xvdWRmbGFyZS1leGFtcGxlLXRva2VuLTAwMDAw'"
  type        = string
  sensitive   = true
}

variable "datadog_api_key" {
  type      = string
  sensitive = true
}

variable "datadog_app_key" {
  type      = string
  sensitive = true
}

variable "datadog_site" {
  type    = string
  default = "datadoghq.com"
}

variable "db_master_password" {
  description = "Master password for RDS. Leave null to use the value from Secrets Manager."
  type        = string
  default     = null
  sensitive   = true
}

variable "assume_role_external_id" {
  type    = string
  default = ""
}

variable "aws_account_id" {
  type    = string
  default = "⟦aws_account_id⟧"
}

resource "random_password" "grafana_admin" {
  length           = 32
  special          = true
  override_special = "_%@"
}

resource "aws_ssm_parameter" "grafana_admin" {
  name  = "/prod/grafana/admin-password"
  type  = "SecureString"
  value = random_password.grafana_admin.result
}

output "grafana_admin_password" {
  value     = random_password.grafana_admin.result
  sensitive = true
}
