terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
    b2 = {
      source  = "Backblaze/b2"
      version = "~> 0.8"
    }
    bunnynet = {
      source  = "BunnyWay/bunnynet"
      version = "~> 0.3"
    }
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }

  backend "s3" {
    bucket                      = "gulls-social-tfstate"
    key                         = "media-storage/terraform.tfstate"
    region                      = "eu-central-2"
    endpoint                    = "https://s3.eu-central-2.wasabisys.com"
    skip_credentials_validation = true
    skip_region_validation      = true
  }
}

variable "project" { type = string }
variable "environment" { type = string }
variable "wasabi_region" { type = string }
variable "wasabi_access_key" {
  type      = string
  sensitive = true
}
variable "wasabi_secret_key" {
  type      = string
  sensitive = true
}
variable "b2_application_key_id" { type = string }
variable "b2_application_key" {
  type      = string
  sensitive = true
}
variable "bunny_api_key" {
  type      = string
  sensitive = true
}
variable "bunny_pullzone_name" { type = string }
variable "bunny_origin_url" { type = string }
variable "cloudflare_zone_id" { type = string }
variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}
variable "media_hostname" { type = string }
variable "cache_ttl_days" {
  type    = number
  default = 30
}

provider "aws" {
  alias      = "wasabi"
  region     = var.wasabi_region
  access_key = var.wasabi_access_key
  secret_key = var.wasabi_secret_key
  endpoints {
    s3 = "https://s3.${var.wasabi_region}.wasabisys.com"
  }
  skip_credentials_validation = true
  skip_requesting_account_id  = true
}

provider "b2" {
  application_key_id = var.b2_application_key_id
  application_key    = var.b2_application_key
}

provider "bunnynet" {
  api_key = var.bunny_api_key
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

resource "aws_s3_bucket" "media" {
  provider = aws.wasabi
  bucket   = "${var.project}-media"
}

resource "b2_bucket" "backups" {
  bucket_name = "${var.project}-backups"
  bucket_type = "allPrivate"
  lifecycle_rules {
    file_name_prefix              = "pg/"
    days_from_hiding_to_deleting  = 30
    days_from_uploading_to_hiding = 60
  }
}

resource "bunnynet_pullzone" "media" {
  name = var.bunny_pullzone_name
  origin {
    type = "OriginUrl"
    url  = var.bunny_origin_url
  }
  routing {
    tier = "Standard"
  }
  cache_expiration_time = var.cache_ttl_days * 86400
}

resource "cloudflare_record" "media" {
  zone_id = var.cloudflare_zone_id
  name    = var.media_hostname
  type    = "CNAME"
  value   = "${bunnynet_pullzone.media.name}.b-cdn.net"
  proxied = false
}
