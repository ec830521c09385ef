# prod.auto.tfvars -- saltwind channel manager, eu-west-2
# (kept out of git by .gitignore... except this copy that was committed in 3f2c1e0, see SEC-77)

environment     = "prod"
region          = "eu-west-2"
vpc_cidr        = "10.60.0.0/16"
instance_class  = "db.r6g.large"

db_master_username = "cm_admin"
db_master_password = "⟦db_password:rdsmaster⟧"

mq_admin_password = "⟦password:mqadmin⟧"

datadog_api_key = "⟦datadog_api_key:cm⟧"
datadog_app_key = "⟦datadog_app_key:cm⟧"

pagerduty_integration_key = "⟦pagerduty_integration_key:cm⟧"

allowed_partner_cidrs = [
  "185.50.16.0/22",  # Booking.com connectivity
  "66.211.160.0/19", # Expedia
  "54.229.92.0/24",  # SiteMinder
]

tags = {
  Owner      = "platform@saltwind.io"
  CostCenter = "channel-manager"
}
