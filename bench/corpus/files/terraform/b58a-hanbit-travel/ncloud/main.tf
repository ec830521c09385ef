terraform {
  required_providers {
    ncloud = {
      source  = "NaverCloudPlatform/ncloud"
      version = ">= 3.1.0"
    }
  }
}

provider "ncloud" {
  access_key  = "⟦b58a_ncp_access_key:tf⟧"
  secret_key  = "⟦b58a_ncp_secret_key:tf⟧"
  region      = "KR"
  site        = "public"
  support_vpc = true
}

resource "ncloud_vpc" "main" {
  name            = "hanbit-prod"
  ipv4_cidr_block = "10.10.0.0/16"
}

resource "ncloud_subnet" "private" {
  vpc_no         = ncloud_vpc.main.id
  subnet         = "10.10.1.0/24"
  zone           = "KR-2"
  network_acl_no = ncloud_vpc.main.default_network_acl_no
  subnet_type    = "PRIVATE"
  name           = "hanbit-private-kr2"
  usage_type     = "GEN"
}

resource "ncloud_mysql" "booking" {
  subnet_no          = ncloud_subnet.private.id
  service_name       = "db-hanbit-prod"
  server_name_prefix = "hanbit-db"
  user_name          = "booking_app"
  user_password      = var.db_password
  host_ip            = "10.10.%"
  database_name      = "booking"
}

variable "db_password" {
  type      = string
  sensitive = true
}
