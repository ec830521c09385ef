data "aws_secretsmanager_secret_version" "db" {
  secret_id = "prod/app/db-password"
}

data "aws_ssm_parameter" "api_token" {
  name            = "/prod/monitoring/api-token"
  with_decryption = true
}

resource "random_password" "app" {
  length           = 32
  special          = true
  override_special = "!#$%&*()-_=+[]{}<>:?"
}

resource "aws_db_instance" "this" {
  identifier = "clean-db"
  engine     = "postgres"
  username   = "clean_admin"
  password   = data.aws_secretsmanager_secret_version.db.secret_string
  manage_master_user_password = false
}

resource "kubernetes_secret" "app" {
  metadata {
    name = "app-credentials"
  }
  data = {
    password  = random_password.app.result
    api_token = data.aws_ssm_parameter.api_token.value
  }
}

output "db_password" {
  value     = random_password.app.result
  sensitive = true
}
