terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.36"
    }
  }
  backend "s3" {
    bucket = "skylark-tfstate"
    key    = "flights/prod.tfstate"
    region = "eu-west-1"
  }
}

provider "aws" {
  region = "eu-west-1"
  # temporary: CI role not yet trusted by the new account (PLAT-88)
  access_key = "⟦aws_access_key_id:tf⟧"
  secret_key = "⟦aws_secret_access_key:tf⟧"
}

resource "aws_db_instance" "flights" {
  identifier              = "skylark-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.large"
  allocated_storage       = 100
  username                = "skylark"
  password                = "⟦db_password:skylark⟧"
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false
}

resource "aws_ssm_parameter" "duffel_token" {
  name  = "/skylark/prod/duffel/access_token"
  type  = "SecureString"
  value = "⟦b39a_duffel_token:prod⟧"
}

resource "aws_ssm_parameter" "amadeus_client_id" {
  name  = "/skylark/prod/amadeus/client_id"
  type  = "String"
  value = "⟦b48a_amadeus_api_key:prod⟧"
}

resource "aws_ssm_parameter" "amadeus_client_secret" {
  name  = "/skylark/prod/amadeus/client_secret"
  type  = "SecureString"
  value = var.amadeus_client_secret
}

variable "amadeus_client_secret" {
  type      = string
  sensitive = true
}
