# terraform.tfvars -- DO NOT COMMIT (it is in .gitignore... in the other repo)
# values copied from 1Password "Observability / Terraform" on 2025-02-11 by m.lindqvist

grafana_cloud_token = "⟦grafana_cloud_token:stack⟧"

datadog_api_key = "⟦datadog_api_key:tf⟧"
datadog_app_key = "⟦datadog_app_key:tf⟧"

pagerduty_token = "⟦pagerduty_api_token:tf⟧"

# v3 webhook subscription created by hand, terraform only verifies it
pd_events_webhook_secret = "⟦b47c_pagerduty_webhook_secret:tf⟧"

teams = {
  grid = {
    folder_uid  = "grid-ops"
    escalation  = "⟦b47c_pagerduty_object_id:grid⟧"
    slack_alias = "@slack-halden-grid-alerts"
  }
  trading = {
    folder_uid  = "trading"
    escalation  = "⟦b47c_pagerduty_object_id:trading⟧"
    slack_alias = "@slack-halden-trading-oncall"
  }
  scada = {
    folder_uid  = "scada"
    escalation  = "⟦b47c_pagerduty_object_id:scada⟧"
    slack_alias = "@slack-halden-scada"
  }
}
