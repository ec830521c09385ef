terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket         = "routewise-tfstate-prod"
    key            = "platform/terraform.tfstate"
    region         = "us-east-2"
    dynamodb_table = "routewise-tf-locks"
    encrypt        = true
  }
  required_providers {
    aws    = { source = "hashicorp/aws", version = "~> 5.60" }
    random = { source = "hashicorp/random", version = "~> 3.6" }
  }
}

provider "aws" {
  region = var.region
  default_tags { tags = var.tags }
}

variable "region" { type = string }
variable "environment" { type = string }
variable "tags" { type = map(string) }
variable "rds_master_username" { type = string }
variable "rds_master_password" {
  type      = string
  sensitive = true
}

data "aws_secretsmanager_secret_version" "providers" {
  secret_id = "routewise/${var.environment}/providers"
}

locals {
  provider_creds = jsondecode(data.aws_secretsmanager_secret_version.providers.secret_string)
}

resource "random_password" "jwt_signing" {
  length  = 48
  special = false
}

resource "aws_db_instance" "main" {
  identifier              = "routewise-${var.environment}"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.r6g.large"
  allocated_storage       = 200
  db_name                 = "routewise"
  username                = var.rds_master_username
  password                = var.rds_master_password
  multi_az                = true
  storage_encrypted       = true
  backup_retention_period = 14
  skip_final_snapshot     = false
}

resource "aws_ssm_parameter" "jwt_signing" {
  name  = "/routewise/${var.environment}/jwt-signing-key"
  type  = "SecureString"
  value = random_password.jwt_signing.result
}

resource "kubernetes_secret" "ingest" {
  metadata {
    name      = "ingest-providers"
    namespace = "ingest"
  }
  data = {
    MOTIVE_API_KEY         = local.provider_creds["motive_partner_api_key"]
    SAMSARA_WEBHOOK_SECRET = local.provider_creds["samsara_webhook_secret"]
  }
}
