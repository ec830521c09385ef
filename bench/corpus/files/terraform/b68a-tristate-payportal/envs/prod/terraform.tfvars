# prod.tfvars -- CourtPay / DMV renewals, us-east-2
# applied by hand from the bastion until the Terraform Cloud workspace is approved by the state CISO

environment      = "prod"
aws_region       = "us-east-2"
vpc_cidr         = "10.42.0.0/16"
azs              = ["us-east-2a", "us-east-2b", "us-east-2c"]

db_instance_class    = "db.r6g.large"
db_allocated_storage = 200
db_username          = "payportal_admin"
db_password          = "⟦db_password:tfprod⟧"
db_backup_retention  = 35

api_desired_count = 4
api_image_tag     = "3.8.2"

# passed into Secrets Manager by modules/secrets
authnet_api_login_id    = "⟦b68a_authnet_api_login_id:prod⟧"
authnet_transaction_key = "⟦b46a_authnet_transaction_key:prod⟧"
authnet_signature_key   = "⟦b46a_authnet_signature_key:prod⟧"

converge_merchant_id = "0091442"
converge_user_id     = "apiuser_dmv"
converge_pin         = "⟦b46a_converge_pin:prod⟧"

datadog_api_key = "⟦datadog_api_key:prod⟧"

alarm_email = "oncall@tristatecivic.com"

tags = {
  Project     = "courtpay"
  Customer    = "HVUCS-and-State-DMV"
  Contract    = "RFP-2023-114"
  ManagedBy   = "terraform"
}
