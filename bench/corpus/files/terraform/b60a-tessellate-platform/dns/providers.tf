terraform {
  required_version = ">= 1.6"
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.40" }
    ns1        = { source = "ns1-terraform/ns1", version = "~> 2.4" }
    dnsimple   = { source = "dnsimple/dnsimple", version = "~> 1.7" }
    hetznerdns = { source = "timohirt/hetznerdns", version = "~> 2.2" }
    bunnynet   = { source = "BunnyWay/bunnynet", version = "~> 0.5" }
  }
  backend "http" {
    address = "https://gitlab.tessellate.cloud/api/v4/projects/412/terraform/state/dns"
  }
}

# ---------------------------------------------------------------------------
# Credentials: CI injects TF_VAR_*; the literals below were added while the
# GitLab CI variables were broken (PLAT-930) and never removed.
# ---------------------------------------------------------------------------
provider "cloudflare" {
  api_token = "⟦cloudflare_api_token:tf⟧"
}

provider "ns1" {
  apikey       = "⟦b48c_ns1_api_key:tf⟧"
  rate_limit_parallelism = 60
}

provider "dnsimple" {
  token   = "⟦b60a_dnsimple_account_token:tf⟧"
  account = "118822"
}

provider "hetznerdns" {
  apitoken = var.hetzner_dns_token
}

provider "bunnynet" {
  api_key = "⟦b43c_bunny_api_key:tf⟧"
}

variable "hetzner_dns_token" {
  type      = string
  sensitive = true
}
