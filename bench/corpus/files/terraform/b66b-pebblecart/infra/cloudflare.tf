terraform {
  required_version = ">= 1.7"
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.52"
    }
  }
  backend "s3" {
    bucket                      = "pebblecart-tfstate"
    key                         = "edge/terraform.tfstate"
    region                      = "auto"
    endpoints                   = { s3 = "https://⟦b43c_cloudflare_id:acct⟧.r2.cloudflarestorage.com" }
    skip_credentials_validation = true
    skip_region_validation      = true
    skip_requesting_account_id  = true
    use_path_style              = true
    # credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY in the CI environment
  }
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "account_id" {
  type    = string
  default = "⟦b43c_cloudflare_id:acct⟧"
}

variable "zone_id" {
  type    = string
  default = "⟦b43c_cloudflare_id:zone⟧"
}

variable "origin_ca_key" {
  type      = string
  sensitive = true
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

resource "cloudflare_workers_kv_namespace" "sessions" {
  account_id = var.account_id
  title      = "pebblecart-sessions"
}

resource "cloudflare_r2_bucket" "images" {
  account_id = var.account_id
  name       = "pebblecart-product-images"
  location   = "WEUR"
}

resource "cloudflare_zero_trust_access_service_token" "storefront" {
  account_id = var.account_id
  name       = "storefront-prod"
  duration   = "8760h"
}

resource "cloudflare_zero_trust_access_application" "inventory" {
  account_id       = var.account_id
  name             = "inventory-api"
  domain           = "inventory.int.pebblecart.co"
  type             = "self_hosted"
  session_duration = "24h"
}

resource "cloudflare_workers_secret" "access_secret" {
  account_id  = var.account_id
  script_name = "pebblecart-storefront"
  name        = "CF_ACCESS_CLIENT_SECRET"
  secret_text = cloudflare_zero_trust_access_service_token.storefront.client_secret
}

resource "cloudflare_record" "shop" {
  zone_id = var.zone_id
  name    = "shop"
  type    = "AAAA"
  content = "100::"
  proxied = true
}

resource "cloudflare_ruleset" "cache" {
  zone_id = var.zone_id
  name    = "cache rules"
  kind    = "zone"
  phase   = "http_request_cache_settings"
  rules {
    action      = "set_cache_settings"
    expression  = "(http.host eq \"img.pebblecart.co\")"
    description = "long cache for product images"
    action_parameters {
      edge_ttl {
        mode    = "override_origin"
        default = 2592000
      }
    }
  }
}

output "access_client_id" {
  value = cloudflare_zero_trust_access_service_token.storefront.client_id
}
