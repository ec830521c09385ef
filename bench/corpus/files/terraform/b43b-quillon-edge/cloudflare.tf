terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.38"
    }
  }
}

provider "cloudflare" {
  # scoped token: Zone WAF Edit, Zone Settings Edit, Turnstile Edit (quillon.shop, quillon.de)
  api_token = "⟦cloudflare_api_token:tf⟧"
}

locals {
  account_id = "⟦md5:cfaccount⟧"
  zone_id    = "⟦md5:cfzone⟧"
  # shared secret the origin (nginx, see config-files/.../origin-auth.conf) checks on every request
  origin_auth_header = "⟦webhook_signing_secret:originauth⟧"
}

resource "cloudflare_ruleset" "waf_custom" {
  zone_id     = local.zone_id
  name        = "quillon custom WAF"
  description = "Block credential stuffing on /account/login, challenge unknown ASNs"
  kind        = "zone"
  phase       = "http_request_firewall_custom"

  rules {
    action      = "managed_challenge"
    expression  = "(http.request.uri.path eq \"/account/login\" and not cf.bot_management.verified_bot and cf.bot_management.score lt 30)"
    description = "challenge low bot score on login"
    enabled     = true
  }

  rules {
    action      = "block"
    expression  = "(ip.geoip.asnum in {14061 16276 24940} and http.request.uri.path contains \"/api/checkout\")"
    description = "block hosting ASNs on checkout API"
    enabled     = true
  }
}

resource "cloudflare_ruleset" "origin_auth" {
  zone_id = local.zone_id
  name    = "inject origin auth header"
  kind    = "zone"
  phase   = "http_request_late_transform"

  rules {
    action = "rewrite"
    action_parameters {
      headers {
        name      = "X-Quillon-Origin-Auth"
        operation = "set"
        value     = local.origin_auth_header
      }
    }
    expression  = "true"
    description = "origin only accepts requests carrying this header"
    enabled     = true
  }
}

resource "cloudflare_turnstile_widget" "checkout" {
  account_id = local.account_id
  name       = "checkout"
  domains    = ["quillon.shop", "www.quillon.shop"]
  mode       = "managed"
  region     = "world"
}

output "turnstile_sitekey" {
  value = cloudflare_turnstile_widget.checkout.id
}

output "turnstile_secret" {
  value     = cloudflare_turnstile_widget.checkout.secret
  sensitive = true
}
