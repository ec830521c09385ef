terraform {
  required_providers {
    datadog = {
      source  = "DataDog/datadog"
      version = "~> 3.46"
    }
  }
  backend "s3" {
    bucket = "brightforge-tfstate"
    key    = "observability/datadog.tfstate"
    region = "eu-west-1"
  }
}

# TODO(obs-17): these were pasted in to unblock the Starfall launch; move to TF_VAR_ env in CI
provider "datadog" {
  api_key = "⟦datadog_api_key:tf⟧"
  app_key = "⟦datadog_app_key:tf⟧"
  api_url = "https://api.datadoghq.eu/"
}

locals {
  game   = "starfall-tactics"
  notify = "@slack-liveops-alerts @pagerduty-starfall-oncall"
}

resource "datadog_monitor" "ccu_drop" {
  name    = "[${local.game}] CCU dropped > 30% in 10m"
  type    = "query alert"
  query   = "pct_change(avg(last_10m),last_10m):sum:starfall.ccu{env:prod} < -30"
  message = "CCU dropped sharply. Check matchmaking + PlayFab status. ${local.notify}"
  monitor_thresholds {
    critical = -30
    warning  = -20
  }
  tags = ["game:${local.game}", "team:liveops"]
}

resource "datadog_monitor" "match_start_latency" {
  name    = "[${local.game}] p95 time-to-match > 90s"
  type    = "query alert"
  query   = "percentile(last_15m):p95:starfall.matchmaking.time_to_match{env:prod,queue:ranked} > 90"
  message = "Ranked queue is slow. ${local.notify}"
  monitor_thresholds {
    critical = 90
    warning  = 60
  }
}

resource "datadog_synthetics_test" "login_api" {
  name      = "[${local.game}] login API"
  type      = "api"
  subtype   = "http"
  status    = "live"
  locations = ["aws:eu-central-1", "aws:us-east-2"]
  request_definition {
    method = "POST"
    url    = "https://8F1C2.playfabapi.com/Client/LoginWithCustomID"
    body   = jsonencode({ TitleId = "8F1C2", CustomId = "synthetics-probe", CreateAccount = false })
  }
  request_headers = {
    "Content-Type" = "application/json"
  }
  assertion {
    type     = "statusCode"
    operator = "is"
    target   = "200"
  }
  options_list {
    tick_every = 300
  }
}
