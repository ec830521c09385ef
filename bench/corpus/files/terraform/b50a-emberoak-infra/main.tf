terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
  backend "s3" {
    bucket         = "emberoak-tfstate"
    key            = "hub/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "emberoak-tf-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = "us-east-1"
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "toast_client_secret" {
  type      = string
  sensitive = true
}

variable "datadog_api_key" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "hub" {
  identifier              = "emberoak-hub"
  engine                  = "postgres"
  engine_version          = "16.2"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  username                = "hub_admin"
  password                = var.db_password
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false
}

resource "aws_secretsmanager_secret" "hub_env" {
  name = "prod/hub/env"
}

resource "aws_secretsmanager_secret_version" "hub_env" {
  secret_id = aws_secretsmanager_secret.hub_env.id
  secret_string = jsonencode({
    TOAST_CLIENT_SECRET = var.toast_client_secret
    DD_API_KEY          = var.datadog_api_key
  })
}

data "aws_secretsmanager_secret_version" "sevenshifts" {
  secret_id = "prod/hub/7shifts"
}

output "hub_db_endpoint" {
  value = aws_db_instance.hub.endpoint
}
