terraform {
  backend "s3" {
    bucket     = "edge-cdn-tfstate"
    key        = "edge/terraform.tfstate"
    region     = "us-east-1"
    access_key = "⟦aws_access_key_id:state⟧"
    secret_key = "⟦aws_secret_access_key:state⟧"
    encrypt    = true
  }

  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.20"
    }
    fastly = {
      source  = "fastly/fastly"
      version = ">= 5.6.0"
    }
    github = {
      source  = "integrations/github"
      version = "~> 6.0"
    }
  }
}

# legacy global key, the scoped token didn't have Workers perms yet
provider "cloudflare" {
  email   = "infra@edgecdn.example"
  api_key = "⟦cloudflare_global_key⟧"
}

provider "fastly" {
  api_key = "⟦fastly_api_token:edge⟧"
}

provider "github" {
  owner = "edgecdn"
  token = join("", [
    "⟦github_fine_grained_pat:gh|slice=0-40⟧",
    "⟦github_fine_grained_pat:gh|slice=40-⟧",
  ])
}

resource "cloudflare_worker_secret" "origin_auth" {
  account_id  = "⟦md5:acct⟧"
  script_name = "edge-router"
  name        = "ORIGIN_SHARED_SECRET"
  secret_text = "⟦webhook_signing_secret:origin⟧"
}

resource "fastly_service_vcl" "www" {
  name = "www.edgecdn.example"

  domain {
    name = "www.edgecdn.example"
  }

  backend {
    address = "origin.edgecdn.example"
    name    = "origin"
    port    = 443
  }

  logging_s3 {
    name        = "access-logs"
    bucket_name = "edgecdn-fastly-logs"
    s3_access_key = "⟦aws_access_key_id:logs⟧"
    s3_secret_key = "⟦aws_secret_access_key:logs⟧"
  }

  force_destroy = false
}
