# Harborline IG / data platform - prod workspace
# NOTE: sensitive values should live in TFC workspace variables; the ones below are leftovers from the
# migration off the old S3 backend (INFRA-908)

region                 = "us-east-1"
environment            = "prod"
vpc_cidr               = "10.42.0.0/16"
ig_instance_type       = "m6i.xlarge"
ig_min_size            = 2
ig_max_size            = 6

claims_dw_db_username  = "claims_dw_admin"
claims_dw_db_password  = "⟦db_password:claimsdw⟧"
claims_dw_snapshot_id  = "rds:claims-dw-2024-05-01-04-10"

datadog_api_key        = "⟦datadog_api_key:infra⟧"
datadog_app_key        = "⟦datadog_app_key:infra⟧"
pagerduty_integration  = "⟦pagerduty_integration_key:claims⟧"
splunk_hec_token       = "⟦splunk_hec_token:ig⟧"

# IG service app in Guidewire Hub (prod) - moved to Vault in INFRA-931, remove after apply
gw_hub_client_id       = "⟦b65c_guidewire_hub_client_id:igprod⟧"
gw_hub_client_secret   = "⟦b65c_guidewire_hub_client_secret:igprod⟧"

alert_email            = "claims-platform@harborline.com"
kms_key_alias          = "alias/harborline-ig-prod"
tags = {
  CostCenter = "4410-claims"
  Owner      = "claims-platform"
  DataClass  = "confidential-pii"
}
