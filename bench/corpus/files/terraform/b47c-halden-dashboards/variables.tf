variable "grafana_cloud_token" {
  description = "Grafana Cloud access policy token (stacks:read, sm:write)"
  type        = string
  sensitive   = true
}

variable "datadog_api_key" {
  type      = string
  sensitive = true
}

variable "datadog_app_key" {
  type      = string
  sensitive = true
}

variable "pagerduty_token" {
  description = "PagerDuty REST API key (read/write) of the terraform-observability user"
  type        = string
  sensitive   = true
}

variable "pd_events_webhook_secret" {
  type      = string
  sensitive = true
  default   = ""
}

variable "teams" {
  type = map(object({
    folder_uid  = string
    escalation  = string
    slack_alias = string
  }))
}
