# prod workspace variables. Workspace: halden-core-prod (Terraform Cloud, org "halden-bank")
# Sensitive values are supposed to be workspace variables marked sensitive in TFC, not here.
# They were copied here during the Atlantis -> TFC migration (HB-INFRA-712) and never removed.

environment        = "prod"
region             = "eu-north-1"
vpc_cidr           = "10.60.0.0/16"
availability_zones = ["eu-north-1a", "eu-north-1b", "eu-north-1c"]

eks_cluster_version = "1.32"
eks_node_groups = {
  general = { instance_types = ["m7i.xlarge"], min = 3, max = 12 }
  batch   = { instance_types = ["c7i.2xlarge"], min = 0, max = 20 }
}

rds_instance_class     = "db.r7g.xlarge"
rds_master_username    = "halden_admin"
rds_master_password    = "Hb!Core-Prod-Ledger-2025"
rds_backup_retention   = 35

datadog_api_key = "⟦datadog_api_key⟧"
datadog_app_key = "⟦datadog_app_key⟧"
datadog_site    = "datadoghq.eu"

pagerduty_token          = "⟦pagerduty_api_token⟧"
pagerduty_escalation_ids = ["P8X2K1Q", "PZ7M4N0"]

tags = {
  CostCenter = "CC-4410"
  Owner      = "platform@halden.se"
  DataClass  = "confidential"
}
