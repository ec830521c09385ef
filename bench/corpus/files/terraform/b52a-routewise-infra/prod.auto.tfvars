# prod.auto.tfvars -- Routewise production (us-east-2)
# FIXME: secrets should move to SSM, tracked in INFRA-77. Until then this file is only on the bastion... and in git, apparently.

environment       = "prod"
region            = "us-east-2"
vpc_cidr          = "10.40.0.0/16"
eks_version       = "1.30"
node_instance_types = ["m6i.xlarge", "m6a.xlarge"]

rds_instance_class   = "db.r6g.large"
rds_master_username  = "routewise_admin"
rds_master_password  = "⟦db_password:rdsprod⟧"

msk_scram_users = {
  ingest    = "⟦password:mskingest⟧"
  analytics = "⟦password:mskanalytics⟧"
}

datadog_api_key = "⟦datadog_api_key:prod⟧"
datadog_app_key = "⟦datadog_app_key:prod⟧"

# provider demo org used by the public "try it" dashboard
samsara_demo_token = "⟦b45b_samsara_api_token:demo⟧"

alert_email = "oncall@routewise.io"
tags = {
  Owner      = "platform"
  CostCenter = "eng-200"
}
