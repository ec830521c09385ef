terraform {
  required_version = ">= 1.6.0"
  required_providers {
    grafana = {
      source  = "grafana/grafana"
      version = "~> 3.7"
    }
    datadog = {
      source  = "DataDog/datadog"
      version = "~> 3.44"
    }
    pagerduty = {
      source  = "PagerDuty/pagerduty"
      version = "~> 3.15"
    }
  }
  backend "s3" {
    bucket         = "halden-tfstate-observability"
    key            = "dashboards/terraform.tfstate"
    region         = "eu-north-1"
    dynamodb_table = "halden-tf-locks"
    encrypt        = true
  }
}

# Grafana Cloud stack "haldenenergy" -- the service account token is scoped to dashboards,
# folders and alerting only. Cloud-level token is needed for the synthetic monitoring installation.
provider "grafana" {
  url  = "https://haldenenergy.grafana.net"
  auth = "⟦grafana_service_account_token:tf⟧"

  cloud_access_policy_token = var.grafana_cloud_token
  sm_url                    = "https://synthetic-monitoring-api-eu-north-0.grafana.net"
  sm_access_token           = "⟦grafana_cloud_token:sm⟧"
}

provider "grafana" {
  alias = "onprem"
  url   = "https://grafana.scada.halden.local"
  # basic auth "user:password" form is accepted by the provider
  auth  = "tf-dashboards:H4lden-TF-dash-2024"
}

provider "datadog" {
  api_key = var.datadog_api_key
  app_key = var.datadog_app_key
  api_url = "https://api.datadoghq.eu/"
}

provider "pagerduty" {
  token = var.pagerduty_token
}
