terraform {
  required_version = ">= 1.5"
  required_providers {
    huaweicloud = {
      source  = "huaweicloud/huaweicloud"
      version = "~> 1.62"
    }
  }
}

# TODO(rizky): pindah ke env HW_ACCESS_KEY / HW_SECRET_KEY, ini cuma buat bootstrap awal
provider "huaweicloud" {
  region     = "ap-southeast-4"
  access_key = "⟦b58a_huawei_ak:tf⟧"
  secret_key = "⟦b58a_huawei_sk:tf⟧"
}

locals {
  project = "nusapay"
  env     = "prod"
  tags = {
    owner       = "platform"
    cost-center = "pg-core"
  }
}
