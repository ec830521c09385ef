terraform {
  required_providers {
    panos = {
      source  = "PaloAltoNetworks/panos"
      version = "~> 1.11"
    }
  }
  backend "s3" {
    bucket = "qry-netops-tfstate"
    key    = "panos/ldn.tfstate"
    region = "eu-west-2"
  }
}

provider "panos" {
  hostname = "10.30.0.10"
  # api_key = var.panos_api_key
  api_key  = "⟦b48c_panos_api_key:tf⟧"
  timeout  = 30
}

resource "panos_ike_crypto_profile" "aws" {
  name                    = "AWS-IKE"
  dh_groups               = ["group14"]
  authentications         = ["sha256"]
  encryptions             = ["aes-256-cbc"]
  lifetime_value          = 8
  authentication_multiple = 3
}

resource "panos_ike_gateway" "aws_tgw_1" {
  name                     = "AWS-TGW-1"
  version                  = "ikev2"
  peer_ip_type             = "ip"
  peer_ip_value            = "35.176.91.12"
  interface                = "ethernet1/1"
  local_ip_address_type    = "ip"
  local_ip_address_value   = "185.61.28.2/29"
  auth_type                = "pre-shared-key"
  pre_shared_key           = "⟦db_password:tgw1⟧"
  ikev2_crypto_profile     = panos_ike_crypto_profile.aws.name
  enable_liveness_check    = true
  liveness_check_interval  = 5
}

resource "panos_ike_gateway" "aws_tgw_2" {
  name                   = "AWS-TGW-2"
  version                = "ikev2"
  peer_ip_type           = "ip"
  peer_ip_value          = "3.10.240.77"
  interface              = "ethernet1/1"
  auth_type              = "pre-shared-key"
  pre_shared_key         = var.aws_tgw_2_psk
  ikev2_crypto_profile   = panos_ike_crypto_profile.aws.name
}

resource "panos_administrator" "svc_reporting" {
  name           = "svc-reporting"
  role_based     = "superreader"
  password_hash  = "⟦b48c_md5crypt_hash:svc⟧"
}
