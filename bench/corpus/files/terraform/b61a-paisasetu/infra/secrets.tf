# All application secrets live in Secrets Manager. Values are set out of band (aws cli / console),
# never in Terraform state. Terraform only creates the containers and the IAM policy to read them.

resource "random_password" "db_master" {
  length           = 32
  special          = true
  override_special = "!#$%*()-_=+[]{}<>:?"
}

resource "aws_secretsmanager_secret" "app" {
  for_each = toset([
    "django",
    "razorpayx",
    "cashfree-payouts",
    "setu-aa",
    "digilocker",
    "aua",
  ])
  name                    = "paisasetu/${var.env}/${each.key}"
  recovery_window_in_days = 7
  kms_key_id              = aws_kms_key.secrets.arn
  tags                    = local.tags
}

resource "aws_secretsmanager_secret_version" "db_master" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = var.db_master_username, password = random_password.db_master.result })
}

data "aws_iam_policy_document" "read_app_secrets" {
  statement {
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [for s in aws_secretsmanager_secret.app : s.arn]
  }
  statement {
    actions   = ["kms:Decrypt"]
    resources = [aws_kms_key.secrets.arn]
  }
}

resource "aws_ecs_task_definition" "api" {
  family = "paisasetu-api"
  container_definitions = jsonencode([{
    name  = "api"
    image = "${var.ecr_repo}:${var.image_tag}"
    secrets = [
      { name = "DJANGO_SECRET_KEY", valueFrom = "${aws_secretsmanager_secret.app["django"].arn}:secret_key::" },
      { name = "RAZORPAYX_KEY_SECRET", valueFrom = "${aws_secretsmanager_secret.app["razorpayx"].arn}:key_secret::" },
      { name = "SETU_CLIENT_SECRET", valueFrom = "${aws_secretsmanager_secret.app["setu-aa"].arn}:client_secret::" },
      { name = "AUA_LICENSE_KEY", valueFrom = "${aws_secretsmanager_secret.app["aua"].arn}:license_key::" },
    ]
  }])
}
