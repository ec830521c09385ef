# External uptime checks, incident routing and the public status page.

terraform {
  required_providers {
    uptimerobot = { source = "louy/uptimerobot", version = "0.5.1" }
    rootly      = { source = "rootlyhq/rootly", version = "~> 2.4" }
    statuspage  = { source = "yannh/statuspage", version = "0.1.12" }
  }
}

provider "uptimerobot" {
  api_key = "⟦b40a_uptimerobot_api_key⟧"
}

provider "rootly" {
  api_token = "⟦b40a_rootly_api_key⟧"
}

provider "statuspage" {
  token = "⟦b40a_statuspage_api_key⟧"
}

locals {
  endpoints = {
    web = "https://www.brightloop.io"
    api = "https://api.brightloop.io/healthz"
    app = "https://app.brightloop.io/login"
  }
}

resource "uptimerobot_alert_contact" "oncall" {
  friendly_name = "On-call (Rootly)"
  type          = "webhook"
  value         = "https://webhooks.rootly.com/webhooks/incoming/uptimerobot_webhooks"
}

resource "uptimerobot_monitor" "endpoint" {
  for_each      = local.endpoints
  friendly_name = "brightloop-${each.key}"
  type          = "http"
  url           = each.value
  interval      = 60

  alert_contact {
    id = uptimerobot_alert_contact.oncall.id
  }
}

# The marketing site embeds the status widget; monitor-specific keys only allow getMonitors
# for one monitor and are meant to be public.
output "status_widget_key" {
  value = "⟦b40a_uptimerobot_monitor_key⟧"
}

resource "rootly_service" "api" {
  name        = "Public API"
  description = "api.brightloop.io"
  color       = "#2F80ED"
}

resource "rootly_severity" "sev1" {
  name     = "SEV1"
  severity = "critical"
  color    = "#D0021B"
}

resource "statuspage_component" "api" {
  page_id     = "⟦b39a_request_id:page|slice=0-12⟧"
  name        = "Public API"
  description = "REST and webhooks"
  status      = "operational"
}

resource "statuspage_component" "app" {
  page_id     = "⟦b39a_request_id:page|slice=0-12⟧"
  name        = "Web app"
  status      = "operational"
}
