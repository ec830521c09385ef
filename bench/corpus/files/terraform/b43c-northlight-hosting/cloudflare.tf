terraform {
  required_version = ">= 1.6"
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
  backend "s3" {
    bucket                      = "northlight-tfstate"
    key                         = "cloudflare/terraform.tfstate"
    region                      = "eu-central-003"
    endpoints                   = { s3 = "https://s3.eu-central-003.backblazeb2.com" }
    skip_credentials_validation = true
    skip_region_validation      = true
    skip_requesting_account_id  = true
    skip_s3_checksum            = true
  }
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "account_id" {
  type = string
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

locals {
  customer_zones = {
    "adirestudio.co.uk"   = { plan = "free", origin = "203.0.113.21" }
    "kenteandco.store"    = { plan = "free", origin = "203.0.113.22" }
    "northlight.host"     = { plan = "pro", origin = "203.0.113.10" }
  }
}

resource "cloudflare_zone" "customer" {
  for_each   = local.customer_zones
  account_id = var.account_id
  zone       = each.key
  plan       = each.value.plan
}

resource "cloudflare_record" "apex" {
  for_each = local.customer_zones
  zone_id  = cloudflare_zone.customer[each.key].id
  name     = "@"
  type     = "A"
  value    = each.value.origin
  proxied  = true
}

resource "cloudflare_zone_settings_override" "customer" {
  for_each = local.customer_zones
  zone_id  = cloudflare_zone.customer[each.key].id
  settings {
    ssl                      = "strict"
    always_use_https         = "on"
    min_tls_version          = "1.2"
    automatic_https_rewrites = "on"
  }
}

# Cache-purge token handed to the WordPress "care plan" cron on ops01
resource "cloudflare_api_token" "care_plan_purge" {
  name = "care-plan-purge"
  policy {
    permission_groups = ["⟦b43c_cloudflare_id:permgroup⟧"] # Cache Purge
    resources = { for z in cloudflare_zone.customer : "com.cloudflare.api.account.zone.${z.id}" => "*" }
  }
}

output "care_plan_purge_token" {
  value     = cloudflare_api_token.care_plan_purge.value
  sensitive = true
}
