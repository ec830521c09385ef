terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
  }
  backend "s3" {
    bucket         = "kestrel-tfstate-prod"
    key            = "groundstation/terraform.tfstate"
    region         = "us-east-2"
    dynamodb_table = "kestrel-tf-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = var.region
  # credentials come from the CI OIDC role (arn:aws:iam::<acct>:role/gha-terraform)
}

data "aws_secretsmanager_secret_version" "sdls" {
  secret_id = "kgs/prod/sdls-keyring"
}

resource "aws_kms_key" "downlink" {
  description             = "KST downlink S3 + dataflow encryption"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}

resource "aws_s3_bucket" "raw_downlink" {
  bucket = "kestrel-gs-raw-downlink-${var.env}"
}

resource "aws_groundstation_config" "xband_tracking" {
  name = "kst-tracking"
  tracking_config {
    autotrack = "PREFERRED"
  }
}

resource "aws_groundstation_config" "xband_downlink" {
  name = "kst3-xband-downlink"
  antenna_downlink_demod_decode_config {
    spectrum_config {
      center_frequency { value = 8235.0  units = "MHz" }
      bandwidth        { value = 15      units = "MHz" }
      polarization = "RIGHT_HAND"
    }
    demodulation_config { unvalidated_json = file("${path.module}/demod/kst3-oqpsk.json") }
    decode_config       { unvalidated_json = file("${path.module}/decode/kst3-ccsds-ldpc.json") }
  }
}

resource "aws_groundstation_mission_profile" "kst3" {
  name                                = "kst3-xband"
  minimum_viable_contact_duration_seconds = 180
  contact_pre_pass_duration_seconds   = 120
  contact_post_pass_duration_seconds  = 60
  tracking_config_arn                 = aws_groundstation_config.xband_tracking.arn
  streams_kms_key {
    kms_key_arn = aws_kms_key.downlink.arn
  }
  dataflow_edges = [
    [aws_groundstation_config.xband_downlink.arn, var.s3_recording_config_arn],
  ]
  tags = {
    Mission   = "KST-3"
    Satellite = var.satellite_id
  }
}

variable "region" { default = "us-east-2" }
variable "env" { default = "prod" }
variable "satellite_id" {
  description = "Ground Station satellite id assigned at onboarding (not secret)"
  type        = string
}
variable "s3_recording_config_arn" { type = string }
variable "contact_alert_webhook" {
  type      = string
  sensitive = true
}

output "mission_profile_arn" {
  value = aws_groundstation_mission_profile.kst3.arn
}
