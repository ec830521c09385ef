# Monitoring-as-code for the storefront: Datadog monitors + dashboards, PagerDuty services,
# Grafana folders/alerts, Checkly synthetic checks.
#
# NOTE(rk): keys inline so the on-call laptop can `terraform apply` without vault access
# during incidents. Rotate quarterly. TODO: move to TF_VAR_ env once everyone has 1Password CLI.

terraform {
  required_providers {
    datadog   = { source = "DataDog/datadog", version = "~> 3.38" }
    pagerduty = { source = "PagerDuty/pagerduty", version = "~> 3.11" }
    grafana   = { source = "grafana/grafana", version = "~> 2.19" }
    checkly   = { source = "checkly/checkly", version = "~> 1.7" }
  }

  cloud {
    organization = "lumen-retail"
    workspaces {
      name = "monitoring-prod"
    }
  }
}

provider "datadog" {
  api_key = "⟦datadog_api_key:mon⟧"
  app_key = "⟦datadog_app_key:mon⟧"
  api_url = "https://api.datadoghq.com/"
}

provider "pagerduty" {
  token = "⟦pagerduty_api_token⟧"
}

provider "grafana" {
  url  = "https://lumenretail.grafana.net/"
  auth = "⟦grafana_service_account_token⟧"
}

provider "checkly" {
  api_key    = "⟦b40a_checkly_api_key⟧"
  account_id = "⟦uuid:checklyacct⟧"
}

locals {
  team_tags  = ["team:storefront", "service:storefront-api"]
  escalation = "P8QZ1KJ"
}

data "pagerduty_escalation_policy" "storefront" {
  name = "Storefront Primary"
}

resource "pagerduty_service" "storefront_api" {
  name                    = "storefront-api (prod)"
  auto_resolve_timeout    = 14400
  acknowledgement_timeout = 600
  escalation_policy       = data.pagerduty_escalation_policy.storefront.id
  alert_creation          = "create_alerts_and_incidents"
}

resource "pagerduty_service_integration" "datadog" {
  name    = "Datadog"
  service = pagerduty_service.storefront_api.id
  vendor  = "PZQ6AUS"
}

resource "datadog_integration_pagerduty_service_object" "storefront" {
  service_name = "storefront-api-prod"
  service_key  = pagerduty_service_integration.datadog.integration_key
}

resource "datadog_monitor" "api_5xx" {
  name    = "[storefront-api] 5xx rate above 2%"
  type    = "query alert"
  query   = "sum(last_5m):sum:trace.http.request.errors{service:storefront-api,env:prod}.as_count() / sum:trace.http.request.hits{service:storefront-api,env:prod}.as_count() > 0.02"
  message = <<-EOT
    5xx rate is {{value}} on storefront-api.
    Runbook: https://wiki.lumenretail.com/runbooks/storefront-5xx
    @pagerduty-storefront-api-prod @slack-storefront-alerts
  EOT

  monitor_thresholds {
    critical = 0.02
    warning  = 0.01
  }

  notify_no_data    = false
  renotify_interval = 30
  tags              = local.team_tags
}

resource "datadog_monitor" "api_latency" {
  name    = "[storefront-api] p95 latency above 800ms"
  type    = "query alert"
  query   = "percentile(last_10m):p95:trace.http.request{service:storefront-api,env:prod} > 0.8"
  message = "p95 latency is {{value}}s. @slack-storefront-alerts"
  monitor_thresholds {
    critical = 0.8
  }
  tags = local.team_tags
}

resource "grafana_folder" "storefront" {
  title = "Storefront"
}

resource "grafana_contact_point" "storefront_slack" {
  name = "storefront-slack"
  slack {
    url   = "⟦slack_webhook:grafana⟧"
    title = "{{ template \"default.title\" . }}"
  }
}

resource "checkly_check" "homepage" {
  name                      = "Homepage"
  type                      = "API"
  activated                 = true
  frequency                 = 1
  locations                 = ["eu-central-1", "us-east-1"]
  degraded_response_time    = 2000
  max_response_time         = 5000

  request {
    url              = "https://www.lumenretail.com/"
    follow_redirects = true
    assertion {
      source     = "STATUS_CODE"
      comparison = "EQUALS"
      target     = "200"
    }
  }
}

resource "checkly_check" "cart_api" {
  name      = "Cart API"
  type      = "API"
  activated = true
  frequency = 5
  locations = ["eu-central-1"]

  request {
    url    = "https://api.lumenretail.com/v2/cart/health"
    method = "GET"
    headers = {
      # synthetic-user key, only allowed to read the health endpoint
      X-Api-Key = "⟦generic_api_key_alnum40:synthetic⟧"
    }
  }
}
