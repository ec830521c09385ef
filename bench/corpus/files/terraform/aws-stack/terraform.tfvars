region          = "eu-west-1"
environment     = "prod"
instance_type   = "t3.large"
aws_access_key  = "⟦aws_access_key_id⟧"
aws_secret_key  = "⟦aws_secret_access_key⟧"
db_username     = "app_admin"
db_password     = "Terraform-RDS-2023!"
datadog_api_key = "⟦datadog_api_key⟧"
datadog_app_key = "⟦datadog_app_key⟧"
allowed_cidrs   = ["10.0.0.0/8", "192.168.10.0/24"]
tags = {
  owner   = "platform"
  costctr = "cc-4410"
}
