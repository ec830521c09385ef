terraform {
  required_version = ">= 1.5.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
    datadog = {
      source = "DataDog/datadog"
    }
  }
}

provider "aws" {
  region     = var.region
  access_key = var.aws_access_key
  secret_key = var.aws_secret_key
}

provider "datadog" {
  api_key = var.datadog_api_key
  app_key = var.datadog_app_key
}

resource "aws_db_instance" "main" {
  identifier        = "app-${var.environment}"
  engine            = "postgres"
  engine_version    = "15.5"
  instance_class    = "db.t3.medium"
  allocated_storage = 100
  username          = var.db_username
  password          = var.db_password
  skip_final_snapshot = false
}

resource "aws_iam_access_key" "ci" {
  user = aws_iam_user.ci.name
}

output "ci_secret" {
  value     = aws_iam_access_key.ci.secret
  sensitive = true
}
