terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "~> 1.230"
    }
  }
  backend "oss" {
    bucket              = "hexin-tfstate"
    prefix              = "prod"
    key                 = "alicloud.tfstate"
    region              = "cn-shenzhen"
    tablestore_endpoint = "https://hexin-tf-lock.cn-shenzhen.ots.aliyuncs.com"
    tablestore_table    = "statelock"
  }
}

provider "alicloud" {
  region     = var.region
  access_key = var.access_key
  secret_key = var.secret_key
}

variable "region" { type = string }
variable "access_key" {
  type      = string
  sensitive = true
}
variable "secret_key" {
  type      = string
  sensitive = true
}
variable "vpc_cidr" { type = string }
variable "vswitch_cidrs" { type = map(string) }
variable "rds_instance_class" { type = string }
variable "rds_account_name" { type = string }
variable "rds_account_password" {
  type      = string
  sensitive = true
}
variable "ecs_instance_type" { type = string }
variable "ecs_count" { type = number }
variable "key_pair_name" { type = string }

resource "alicloud_vpc" "main" {
  vpc_name   = "hexin-prod"
  cidr_block = var.vpc_cidr
}

resource "alicloud_vswitch" "az" {
  for_each     = var.vswitch_cidrs
  vpc_id       = alicloud_vpc.main.id
  zone_id      = each.key
  cidr_block   = each.value
  vswitch_name = "hexin-${each.key}"
}

resource "alicloud_db_instance" "mall" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = var.rds_instance_class
  instance_storage = 200
  vswitch_id       = alicloud_vswitch.az["cn-shenzhen-e"].id
  instance_name    = "hexin-mall"
  security_ips     = [var.vpc_cidr]
}

resource "alicloud_rds_account" "app" {
  db_instance_id   = alicloud_db_instance.mall.id
  account_name     = var.rds_account_name
  account_password = var.rds_account_password
}

resource "alicloud_oss_bucket" "img" {
  bucket = "hexin-mall-img"
}

resource "alicloud_oss_bucket_acl" "img" {
  bucket = alicloud_oss_bucket.img.bucket
  acl    = "public-read"
}

resource "alicloud_instance" "app" {
  count                = var.ecs_count
  instance_name        = "hx-prod-${format("%02d", count.index + 1)}"
  instance_type        = var.ecs_instance_type
  image_id             = "aliyun_3_x64_20G_alibase_20240528.vhd"
  vswitch_id           = alicloud_vswitch.az["cn-shenzhen-f"].id
  key_name             = var.key_pair_name
  system_disk_category = "cloud_essd"
}

output "rds_connection" {
  value = alicloud_db_instance.mall.connection_string
}
