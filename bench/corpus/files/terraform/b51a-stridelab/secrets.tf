# Provider credentials live in Secrets Manager; values are set out-of-band with
# `aws secretsmanager put-secret-value` (runbook: docs/provider-onboarding.md).

variable "environment" {
  type = string
}

variable "provider_names" {
  type    = list(string)
  default = ["strava", "fitbit", "whoop", "polar", "garmin", "oura"]
}

resource "aws_kms_key" "user_tokens" {
  description             = "Envelope key for per-user wearable OAuth tokens (${var.environment})"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}

resource "aws_kms_alias" "user_tokens" {
  name          = "alias/stridelab-${var.environment}-user-tokens"
  target_key_id = aws_kms_key.user_tokens.key_id
}

resource "aws_secretsmanager_secret" "provider" {
  for_each   = toset(var.provider_names)
  name       = "stridelab/${var.environment}/providers/${each.key}"
  kms_key_id = aws_kms_key.user_tokens.arn
}

data "aws_secretsmanager_secret_version" "provider" {
  for_each  = aws_secretsmanager_secret.provider
  secret_id = each.value.id
}

locals {
  provider_env = {
    for name, v in data.aws_secretsmanager_secret_version.provider :
    "STRIDELAB_${upper(name)}__CLIENT_SECRET" => jsondecode(v.secret_string)["client_secret"]
  }
}

resource "aws_ssm_parameter" "db_password" {
  name  = "/stridelab/${var.environment}/db/password"
  type  = "SecureString"
  value = random_password.db.result
}

resource "random_password" "db" {
  length  = 32
  special = false
}

output "provider_secret_arns" {
  value = { for k, s in aws_secretsmanager_secret.provider : k => s.arn }
}
