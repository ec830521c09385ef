# prod.auto.tfvars — eu-west-1 carrier systems stack
# NOTE: sensitive values should come from TF_VAR_* in the pipeline; the ones below were pasted during
# the April cut-over and never moved (INFRA-902).

environment         = "prod"
aws_region          = "eu-west-1"
vpc_cidr            = "10.42.0.0/16"
availability_zones  = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]

booking_db = {
  instance_class    = "db.r6g.large"
  allocated_storage = 200
  engine_version    = "15.5"
  username          = "bkg_admin"
  password          = "⟦db_password:rdsadmin⟧"
  multi_az          = true
}

edi_db = {
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  engine_version    = "15.5"
  username          = "edigw_admin"
  multi_az          = false
}

datadog_api_key = "⟦datadog_api_key⟧"
datadog_app_key = "⟦datadog_app_key⟧"
datadog_site    = "datadoghq.eu"

route53_zone_id = "Z07431122XQ8N4PL9TTW"
acm_certificate_arn = "arn:aws:acm:eu-west-1:⟦aws_account_id⟧:certificate/⟦uuid:acm⟧"

tags = {
  CostCentre = "CS-410"
  Owner      = "carrier-systems"
  DataClass  = "confidential"
}
