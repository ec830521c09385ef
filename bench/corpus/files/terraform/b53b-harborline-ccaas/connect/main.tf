terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
  backend "s3" {
    bucket         = "harborline-tfstate-eu-west-2"
    key            = "ccaas/connect/terraform.tfstate"
    region         = "eu-west-2"
    dynamodb_table = "terraform-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = var.region
}

variable "region" {
  type    = string
  default = "eu-west-2"
}

variable "instance_alias" {
  type    = string
  default = "harborline-care"
}

data "aws_secretsmanager_secret_version" "crm" {
  secret_id = "ccaas/connect/crm-lookup"
}

resource "aws_connect_instance" "care" {
  identity_management_type = "CONNECT_MANAGED"
  inbound_calls_enabled    = true
  outbound_calls_enabled   = true
  instance_alias           = var.instance_alias
  contact_lens_enabled     = true
}

resource "aws_s3_bucket" "recordings" {
  bucket = "harborline-connect-recordings-${var.region}"
}

resource "aws_kms_key" "recordings" {
  description             = "Connect call recordings"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}

resource "aws_connect_instance_storage_config" "recordings" {
  instance_id   = aws_connect_instance.care.id
  resource_type = "CALL_RECORDINGS"
  storage_config {
    storage_type = "S3"
    s3_config {
      bucket_name   = aws_s3_bucket.recordings.id
      bucket_prefix = "recordings"
      encryption_config {
        encryption_type = "KMS"
        key_id          = aws_kms_key.recordings.arn
      }
    }
  }
}

resource "aws_lambda_function" "crm_lookup" {
  function_name = "connect-crm-lookup"
  role          = aws_iam_role.crm_lookup.arn
  runtime       = "python3.12"
  handler       = "handler.lambda_handler"
  filename      = "${path.module}/build/crm_lookup.zip"
  timeout       = 8
  environment {
    variables = {
      ZENDESK_SUBDOMAIN = "harborline"
      CRM_SECRET_ARN    = data.aws_secretsmanager_secret_version.crm.arn
      LOG_LEVEL         = "INFO"
    }
  }
}

resource "aws_iam_role" "crm_lookup" {
  name = "connect-crm-lookup"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_connect_lambda_function_association" "crm_lookup" {
  instance_id  = aws_connect_instance.care.id
  function_arn = aws_lambda_function.crm_lookup.arn
}

output "instance_id" {
  value = aws_connect_instance.care.id
}
