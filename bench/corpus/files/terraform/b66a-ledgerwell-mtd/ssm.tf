# Parameters read by the ECS task definitions (see ecs.tf -> secrets block).

resource "aws_ssm_parameter" "hmrc_client_id" {
  name  = "/ledgerwell/${var.environment}/hmrc/client_id"
  type  = "String"
  value = var.hmrc_client_id
}

resource "aws_ssm_parameter" "hmrc_client_secret" {
  name  = "/ledgerwell/${var.environment}/hmrc/client_secret"
  type  = "SecureString"
  value = var.hmrc_client_secret

  lifecycle {
    ignore_changes = [value] # rotated by hand, see RUNBOOK-hmrc-credentials.md
  }
}

resource "aws_ssm_parameter" "django_secret_key" {
  name  = "/ledgerwell/${var.environment}/django/secret_key"
  type  = "SecureString"
  value = random_password.django.result
}

resource "random_password" "django" {
  length  = 64
  special = true
}

# TODO(tom): move to var + ignore_changes like the HMRC secret. Temporary while Xero
# certification is in progress and the app keeps getting re-created.
resource "aws_ssm_parameter" "xero_client_secret" {
  name  = "/ledgerwell/${var.environment}/xero/client_secret"
  type  = "SecureString"
  value = "⟦b44b_xero_client_secret:tf⟧"
}

resource "aws_ssm_parameter" "xero_webhook_key" {
  name  = "/ledgerwell/${var.environment}/xero/webhook_key"
  type  = "SecureString"
  value = "⟦b44b_xero_webhook_key:tf⟧"
}

resource "aws_ssm_parameter" "xero_client_id" {
  name  = "/ledgerwell/${var.environment}/xero/client_id"
  type  = "String"
  value = "⟦b44b_xero_client_id:tf⟧"
}

variable "hmrc_client_id" {
  type = string
}

variable "hmrc_client_secret" {
  type      = string
  sensitive = true
}
