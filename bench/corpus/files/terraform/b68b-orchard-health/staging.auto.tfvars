# staging overrides — keep in sync with prod.tfvars shape
environment          = "staging"
instance_class       = "db.t4g.medium"
instance_count       = 1
deletion_protection  = false

# staging still uses the old non-managed master password (see OPS-198)
db_master_username   = "orchard_admin"
db_master_password   = "⟦password:stgmaster⟧"

datadog_api_key      = "⟦datadog_api_key⟧"
pagerduty_routing_key = "⟦pagerduty_integration_key⟧"
alarm_sns_topic_arn  = "arn:aws:sns:us-east-2:⟦aws_account_id:stg⟧:orchard-staging-alarms"
