# External uptime monitoring for Tern Mobility public endpoints.
# Three vendors on purpose: Better Stack (status page + on-call), UptimeRobot (cheap 1-min checks),
# Pingdom (the enterprise contract the board wanted). Cronitor watches the nightly batch jobs.

terraform {
  required_providers {
    betteruptime = {
      source  = "BetterStackHQ/better-uptime"
      version = "~> 0.11"
    }
    uptimerobot = {
      source  = "louy/uptimerobot"
      version = "0.5.1"
    }
    pingdom = {
      source  = "DrFaust92/pingdom"
      version = "1.3.2"
    }
  }
}

provider "betteruptime" {
  api_token = "⟦b40a_betterstack_source_token:uptime⟧"
}

provider "uptimerobot" {
  api_key = "⟦b40a_uptimerobot_api_key:tf⟧"
}

provider "pingdom" {
  api_token = "⟦b47c_pingdom_api_token:tf⟧"
}

locals {
  endpoints = {
    api     = "https://api.ternmobility.eu/healthz"
    web     = "https://app.ternmobility.eu/"
    partner = "https://partners.ternmobility.eu/v1/ping"
  }
}

resource "betteruptime_monitor" "http" {
  for_each              = local.endpoints
  url                   = each.value
  monitor_type          = "status"
  check_frequency       = 60
  regions               = ["eu", "us"]
  call                  = false
  sms                   = true
  email                 = true
  recovery_period       = 180
  confirmation_period   = 30
  request_headers = [
    { name = "User-Agent", value = "BetterStack-Tern" },
  ]
}

resource "betteruptime_status_page" "public" {
  company_name = "Tern Mobility"
  company_url  = "https://ternmobility.eu"
  subdomain    = "tern"
  timezone     = "Amsterdam"
}

resource "uptimerobot_alert_contact" "sre_webhook" {
  friendly_name = "SRE webhook"
  type          = "webhook"
  # the receiver checks the secret query parameter
  value         = "https://hooks.ternmobility.eu/uptimerobot?secret=⟦webhook_signing_secret:ur⟧&payload="
}

resource "uptimerobot_monitor" "partner" {
  friendly_name = "partner API"
  type          = "http"
  url           = local.endpoints.partner
  interval      = 60
  alert_contact {
    id = uptimerobot_alert_contact.sre_webhook.id
  }
}

resource "pingdom_check" "web" {
  type                     = "http"
  name                     = "rider web"
  host                     = "app.ternmobility.eu"
  url                      = "/"
  encryption               = true
  resolution               = 1
  sendnotificationwhendown = 2
  integrationids           = [117204]
}

# Cronitor: monitors are created by the jobs themselves (cronitor.yaml in each repo); terraform only
# manages the notification list. The provider is community-maintained, configured by env.
# export CRONITOR_API_KEY=⟦b47c_cronitor_api_key:tf⟧   # <- sre-automation key, do not use personally
