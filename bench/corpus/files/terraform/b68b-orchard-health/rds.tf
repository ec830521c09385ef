# Aurora PostgreSQL for orchard. The master password is generated and kept by RDS in
# Secrets Manager (manage_master_user_password), so it never lands in state or tfvars.

resource "aws_rds_cluster" "orchard" {
  cluster_identifier              = "orchard-prod"
  engine                          = "aurora-postgresql"
  engine_version                  = "15.6"
  database_name                   = "orchard"
  master_username                 = "orchard_admin"
  manage_master_user_password     = true
  master_user_secret_kms_key_id   = aws_kms_key.rds.key_id
  db_subnet_group_name            = aws_db_subnet_group.private.name
  vpc_security_group_ids          = [aws_security_group.rds.id]
  storage_encrypted               = true
  kms_key_id                      = aws_kms_key.rds.arn
  backup_retention_period         = 14
  preferred_backup_window         = "06:00-07:00"
  deletion_protection             = true
  iam_database_authentication_enabled = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  copy_tags_to_snapshot           = true

  tags = local.tags
}

resource "aws_rds_cluster_instance" "orchard" {
  count                        = 2
  identifier                   = "orchard-prod-${count.index}"
  cluster_identifier           = aws_rds_cluster.orchard.id
  instance_class               = "db.r6g.xlarge"
  engine                       = aws_rds_cluster.orchard.engine
  performance_insights_enabled = true
  monitoring_interval          = 30
  monitoring_role_arn          = aws_iam_role.rds_monitoring.arn
}

# app user password: random, stored in Secrets Manager, referenced by the ECS task definition
resource "random_password" "app" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret" "app_db" {
  name       = "orchard/prod/db/app"
  kms_key_id = aws_kms_key.rds.arn
}

resource "aws_secretsmanager_secret_version" "app_db" {
  secret_id = aws_secretsmanager_secret.app_db.id
  secret_string = jsonencode({
    username = "orchard_app"
    password = random_password.app.result
    host     = aws_rds_cluster.orchard.endpoint
  })
}

variable "datadog_api_key" {
  type      = string
  sensitive = true
}

output "writer_endpoint" {
  value = aws_rds_cluster.orchard.endpoint
}

output "master_secret_arn" {
  value = aws_rds_cluster.orchard.master_user_secret[0].secret_arn
}
