terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.70" }
  }
  backend "s3" {
    bucket         = "vl-tfstate-prod"
    key            = "kms/terraform.tfstate"
    region         = "eu-west-2"
    dynamodb_table = "vl-tf-locks"
    encrypt        = true
  }
}

variable "environment" { type = string }
variable "region" { type = string }
variable "vpc_id" { type = string }
variable "private_subnets" { type = list(string) }
variable "cloudhsm_cluster_id" { type = string }
variable "cloudhsm_hsm_count" { type = number }
variable "kmsuser_password" {
  type      = string
  sensitive = true
}
variable "crypto_officer_password" {
  type      = string
  sensitive = true
  default   = null
}
variable "signer_db_password" {
  type      = string
  sensitive = true
}
variable "tags" { type = map(string) }

provider "aws" {
  region = var.region
  default_tags { tags = var.tags }
}

data "aws_cloudhsm_v2_cluster" "payments" {
  cluster_id = var.cloudhsm_cluster_id
}

resource "aws_kms_custom_key_store" "payments" {
  custom_key_store_name = "vl-payments-${var.environment}"
  cloud_hsm_cluster_id  = data.aws_cloudhsm_v2_cluster.payments.cluster_id
  key_store_password    = var.kmsuser_password
  trust_anchor_certificate = file("${path.module}/certs/customerCA.crt")
}

resource "aws_kms_key" "pii" {
  description             = "PII field encryption (${var.environment})"
  custom_key_store_id     = aws_kms_custom_key_store.payments.id
  deletion_window_in_days = 30
  policy                  = file("${path.module}/../../server-config/kms/key-policy.json")
}

resource "aws_kms_alias" "pii" {
  name          = "alias/vl-pii-${var.environment}"
  target_key_id = aws_kms_key.pii.key_id
}

resource "aws_secretsmanager_secret" "signer_db" {
  name = "vl/${var.environment}/payments-signer/db"
}

resource "aws_secretsmanager_secret_version" "signer_db" {
  secret_id     = aws_secretsmanager_secret.signer_db.id
  secret_string = jsonencode({ username = "signer", password = var.signer_db_password })
}
