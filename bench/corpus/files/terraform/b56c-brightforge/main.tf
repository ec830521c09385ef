terraform {
  required_version = ">= 1.9"
  required_providers {
    hcloud = {
      source  = "hetznercloud/hcloud"
      version = "~> 1.50"
    }
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 5.0"
    }
  }
  backend "s3" {
    bucket                      = "brightforge-tfstate"
    key                         = "halden/portal.tfstate"
    region                      = "eu-central"
    endpoints                   = { s3 = "https://fsn1.your-objectstorage.com" }
    skip_credentials_validation = true
    skip_region_validation      = true
    use_path_style              = true
  }
}

variable "hcloud_token" {
  type      = string
  sensitive = true
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "ssh_public_key" {
  type    = string
  default = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ0cFq7r2bLmX9kVn4sT8wYz1pQe6uH3gA5dR0tK7mNc ingrid@brightforge"
}

provider "hcloud" {
  token = var.hcloud_token
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

resource "hcloud_ssh_key" "ingrid" {
  name       = "ingrid"
  public_key = var.ssh_public_key
}

resource "hcloud_server" "portal" {
  name        = "halden-portal-01"
  server_type = "cpx41"
  image       = "ubuntu-24.04"
  location    = "fsn1"
  ssh_keys    = [hcloud_ssh_key.ingrid.id]
  labels      = { client = "halden", stack = "supabase-trigger-convex" }
  user_data   = file("${path.module}/cloud-init.yaml")
}

data "cloudflare_zone" "halden" {
  filter = { name = "haldenclinics.no" }
}

resource "cloudflare_dns_record" "db" {
  zone_id = data.cloudflare_zone.halden.zone_id
  name    = "db"
  type    = "A"
  content = hcloud_server.portal.ipv4_address
  ttl     = 300
  proxied = true
}

resource "cloudflare_dns_record" "jobs" {
  zone_id = data.cloudflare_zone.halden.zone_id
  name    = "jobs"
  type    = "A"
  content = hcloud_server.portal.ipv4_address
  ttl     = 300
  proxied = true
}

output "portal_ip" {
  value = hcloud_server.portal.ipv4_address
}
