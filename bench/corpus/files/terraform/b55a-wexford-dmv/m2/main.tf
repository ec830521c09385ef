terraform {
  required_version = ">= 1.9"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.80" }
  }
  backend "s3" {
    bucket         = "dmv-tfstate-govwest"
    key            = "rehost/m2/terraform.tfstate"
    region         = "us-gov-west-1"
    dynamodb_table = "dmv-tf-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = "us-gov-west-1"
}

variable "vpc_id" { type = string }
variable "private_subnet_ids" { type = list(string) }

# master password generated and kept by RDS in Secrets Manager
resource "aws_rds_cluster" "es_vsam" {
  cluster_identifier          = "dmv-es-vsam"
  engine                      = "aurora-postgresql"
  engine_version              = "15.6"
  database_name               = "master"
  master_username             = "mfdbfh_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  vpc_security_group_ids      = [aws_security_group.es.id]
  db_subnet_group_name        = aws_db_subnet_group.es.name
}

data "aws_secretsmanager_secret_version" "mfdbfh_app" {
  secret_id = "dmv/mfdbfh/app"
}

resource "aws_m2_environment" "dmv" {
  name          = "dmv-rehost-prod"
  engine_type   = "microfocus"
  engine_version = "8.0.10"
  instance_type = "M2.m5.large"
  subnet_ids    = var.private_subnet_ids
  security_group_ids = [aws_security_group.es.id]
  high_availability_config {
    desired_capacity = 2
  }
}

resource "aws_security_group" "es" {
  name   = "dmv-es"
  vpc_id = var.vpc_id
  ingress {
    from_port   = 9003
    to_port     = 9003
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.0/16"]
    description = "TN3270 from counters"
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_subnet_group" "es" {
  name       = "dmv-es"
  subnet_ids = var.private_subnet_ids
}

output "es_vsam_endpoint" {
  value = aws_rds_cluster.es_vsam.endpoint
}
