terraform {
  required_providers {
    nhncloud = {
      source  = "nhn-cloud/nhncloud"
      version = "~> 1.0"
    }
  }
}

# NHN Cloud (판교 리전) - 온누리 스테이징
provider "nhncloud" {
  user_name   = "infra@onnuri.io"
  tenant_id   = "4a8f1c0e2b7d4e39a5c6b1d0e9f3a7c2"
  # API 비밀번호 (콘솔 > API 보안 설정). 로그인 비밀번호와 다름
  password    = "⟦password:nhn_api⟧"
  auth_url    = "https://api-identity-infrastructure.nhncloudservice.com/v2.0"
  region      = "KR1"
}

resource "nhncloud_compute_instance_v2" "api" {
  count           = 2
  name            = "onnuri-stg-api-${count.index + 1}"
  region          = "KR1"
  key_pair        = "onnuri-stg"
  flavor_name     = "m2.c2m4"
  security_groups = ["default", "onnuri-web"]

  network {
    name = "Default Network"
  }

  block_device {
    uuid                  = "a1f2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
    source_type           = "image"
    destination_type      = "volume"
    boot_index            = 0
    volume_size           = 50
    delete_on_termination = true
  }
}

resource "nhncloud_blockstorage_volume_v2" "data" {
  name = "onnuri-stg-data"
  size = 100
}
