# prod.auto.tfvars — KoboPay production (eu-west-1)
# FIXME: move secrets to SSM before the SOC2 audit (PLAT-142)

environment       = "prod"
region            = "eu-west-1"
vpc_cidr          = "10.20.0.0/16"
availability_zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]

db_instance_class = "db.r6g.large"
db_name           = "kobopay"
db_username       = "kobopay_admin"
db_password       = "⟦password:rdsmaster⟧"

redis_node_type   = "cache.t4g.medium"
redis_auth_token  = "⟦db_password:elasticache⟧"

# used by the settlement-exporter lambda (cross-account S3 in the bank's AWS org)
settlement_bucket_access_key = "⟦aws_access_key_id:bank⟧"
settlement_bucket_secret_key = "⟦aws_secret_access_key:bank⟧"

paystack_webhook_ips = ["52.31.139.75", "52.49.173.169", "52.214.14.220"]

tags = {
  Project     = "kobopay"
  Owner       = "platform@kobopay.ng"
  CostCenter  = "payments"
}
