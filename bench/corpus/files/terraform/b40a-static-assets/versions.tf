terraform {
  required_version = ">= 1.6"

  # State lives in Cloudflare R2 (S3-compatible). Account id in the endpoint is not secret.
  backend "s3" {
    bucket                      = "tf-state"
    key                         = "static-assets/terraform.tfstate"
    region                      = "auto"
    endpoints                   = { s3 = "https://⟦md5:cfacct⟧.r2.cloudflarestorage.com" }
    skip_credentials_validation = true
    skip_region_validation      = true
    skip_requesting_account_id  = true
    skip_metadata_api_check     = true
    skip_s3_checksum            = true
    use_path_style              = true
    access_key                  = "⟦b40a_r2_access_key_id⟧"
    secret_key                  = "⟦b40a_r2_secret_access_key⟧"
  }

  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
    fastly = {
      source  = "fastly/fastly"
      version = "~> 5.7"
    }
  }
}

provider "cloudflare" {
  # uses CLOUDFLARE_API_TOKEN from the environment
}

provider "fastly" {
  api_key = "⟦fastly_api_token⟧" # legacy CDN for the v1 asset host, decommission after migration
}

resource "cloudflare_r2_bucket" "assets" {
  account_id = "⟦md5:cfacct⟧"
  name       = "pixelmint-assets"
  location   = "WEUR"
}

resource "fastly_service_vcl" "legacy_assets" {
  name = "assets-v1.pixelmint.app"

  domain {
    name = "assets-v1.pixelmint.app"
  }

  backend {
    address = "pixelmint-assets.r2.dev"
    name    = "r2"
    port    = 443
    use_ssl = true
  }

  force_destroy = false
}
