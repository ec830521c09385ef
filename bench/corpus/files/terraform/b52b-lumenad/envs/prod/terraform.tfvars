# prod — us-east-1
# NOTE: sensitive values should come from TF_VAR_* in Atlantis; these were
# pasted in during the Feb 2025 incident and never cleaned up.

environment        = "prod"
aws_region         = "us-east-1"
vpc_cidr           = "10.40.0.0/16"
bidder_min_nodes   = 18
bidder_max_nodes   = 60
bidder_instance    = "c7gn.4xlarge"

budget_db_instance_class = "db.r6g.2xlarge"
budget_db_username       = "lumen_admin"
budget_db_password       = "⟦db_password:tfvars⟧"

datadog_api_key = "⟦datadog_api_key:tf⟧"
datadog_site    = "datadoghq.com"

ttd_partner_id = "lmn7q2x"
ttd_api_token  = "⟦b46b_ttd_api_token:tf⟧"

# CI user for the reporting bucket sync (created by hand, not in IAM module)
reporting_sync_access_key = "⟦aws_access_key_id:report⟧"
reporting_sync_secret_key = "⟦aws_secret_access_key:report⟧"

pagerduty_integration_key = "⟦pagerduty_integration_key:tf⟧"
atlantis_github_token     = "⟦github_fine_grained_pat:atlantis⟧"

alarm_sns_emails = [
  "rtb-oncall@lumenad.io",
  "pacing-alerts@lumenad.io",
]

tags = {
  team        = "rtb"
  cost_center = "cc-2210"
  owner       = "platform@lumenad.io"
}
