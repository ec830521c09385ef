# prod.tfvars -- applied from the deploy box (terraform -var-file=terraform.tfvars)
environment         = "prod"
region              = "us-west-2"
vpc_cidr            = "10.42.0.0/16"
az_count            = 3

db_instance_class   = "db.r6g.large"
db_allocated_gb     = 200
db_username         = "cascade_admin"
db_password         = "⟦db_password:rds⟧"

photos_bucket_name  = "cascade-listing-photos"
photos_cdn_aliases  = ["photos.cascadelistings.com"]
acm_certificate_arn = "arn:aws:acm:us-east-1:⟦aws_account_id:tf⟧:certificate/⟦uuid:acm⟧"

cloudflare_zone_id   = "⟦md5:cfzone⟧"
cloudflare_api_token = "⟦cloudflare_api_token⟧"

datadog_api_key      = "⟦datadog_api_key⟧"
datadog_app_key      = "⟦datadog_app_key⟧"
pagerduty_service_key = "⟦pagerduty_integration_key⟧"

alert_emails = ["ops@cascadelistings.com", "jordan@cascadelistings.com"]
