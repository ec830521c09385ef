terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
  backend "s3" {
    bucket         = "tallypoint-tfstate"
    key            = "finops/prod.tfstate"
    region         = "us-west-2"
    dynamodb_table = "tf-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = var.region
}

variable "region" { type = string }
variable "env" { type = string }
variable "close_day" { type = number }
variable "alert_emails" { type = list(string) }
variable "brex_token" {
  type      = string
  sensitive = true
}
variable "ramp_client_id" { type = string }
variable "ramp_client_secret" {
  type      = string
  sensitive = true
}
variable "mercury_api_token" {
  type      = string
  sensitive = true
}
variable "avalara_account_id" { type = string }
variable "avalara_license_key" {
  type      = string
  sensitive = true
}
variable "taxjar_api_token" {
  type      = string
  default   = ""
  sensitive = true
}
variable "receipts_bucket" { type = string }

resource "aws_s3_bucket" "receipts" {
  bucket = var.receipts_bucket
}

resource "aws_secretsmanager_secret" "brex" {
  name = "finops/brex"
}

resource "aws_secretsmanager_secret_version" "brex" {
  secret_id     = aws_secretsmanager_secret.brex.id
  secret_string = var.brex_token
}

resource "aws_secretsmanager_secret" "ramp" {
  name = "finops/ramp"
}

resource "aws_secretsmanager_secret_version" "ramp" {
  secret_id = aws_secretsmanager_secret.ramp.id
  secret_string = jsonencode({
    client_id     = var.ramp_client_id
    client_secret = var.ramp_client_secret
  })
}

resource "aws_secretsmanager_secret" "mercury" {
  name = "finops/mercury"
}

resource "aws_secretsmanager_secret_version" "mercury" {
  secret_id     = aws_secretsmanager_secret.mercury.id
  secret_string = var.mercury_api_token
}

data "aws_secretsmanager_secret_version" "avalara" {
  secret_id = "finops/avalara"
}

resource "aws_iam_user" "receipts_uploader" {
  name = "receipts-uploader"
  path = "/finops/"
  tags = { team = "finops" }
}

resource "aws_iam_access_key" "receipts_uploader" {
  user = aws_iam_user.receipts_uploader.name
}

output "receipts_bucket_arn" {
  value = aws_s3_bucket.receipts.arn
}
