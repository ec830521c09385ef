terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

data "aws_secretsmanager_secret_version" "vendor_keys" {
  secret_id = "kestrel/research/vendor-keys"
}

locals {
  vendor_keys = jsondecode(data.aws_secretsmanager_secret_version.vendor_keys.secret_string)
}

resource "aws_db_instance" "tsdb" {
  identifier                  = "${var.cluster_name}-tsdb"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = var.tsdb_instance_class
  allocated_storage           = 2000
  storage_type                = "gp3"
  username                    = var.tsdb_master_username
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.tsdb.name
  vpc_security_group_ids      = [aws_security_group.tsdb.id]
  backup_retention_period     = 14
  deletion_protection         = true
  tags                        = var.tags
}

resource "aws_db_subnet_group" "tsdb" {
  name       = "${var.cluster_name}-tsdb"
  subnet_ids = var.private_subnet_ids
}

resource "aws_security_group" "tsdb" {
  name   = "${var.cluster_name}-tsdb"
  vpc_id = var.vpc_id

  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = var.allowed_cidrs
  }
}

resource "kubernetes_secret" "vendor_keys" {
  metadata {
    name      = "vendor-keys"
    namespace = "research"
  }
  data = {
    POLYGON_API_KEY   = local.vendor_keys["polygon"]
    DATABENTO_API_KEY = local.vendor_keys["databento"]
    TIINGO_TOKEN      = local.vendor_keys["tiingo"]
  }
}

resource "aws_iam_role" "lake_reader" {
  name = "${var.cluster_name}-lake-reader"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = var.oidc_provider_arn }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals = { "${var.oidc_provider}:sub" = "system:serviceaccount:research:notebook" }
      }
    }]
  })
}

output "tsdb_endpoint" {
  value = aws_db_instance.tsdb.endpoint
}

output "tsdb_master_secret_arn" {
  value     = aws_db_instance.tsdb.master_user_secret[0].secret_arn
  sensitive = true
}
