# prod.tfvars -- applied from Daniel's laptop until the Atlantis migration (PH-390)
aws_region            = "us-east-1"
environment           = "prod"
raw_bucket_name       = "pricehound-raw"
raw_bucket_expiry_days = 400

crawler_node_count    = 6
crawler_instance_type = "c6i.xlarge"

db_instance_class     = "db.t4g.large"
db_username           = "crawler"
db_password           = "⟦db_password:rds⟧"

# pushed into Secrets Manager by modules/crawler-secrets
zyte_api_key             = "⟦b54a_zyte_api_key:prod⟧"
brightdata_zone_password = "⟦b54a_brightdata_zone_password:resi⟧"
brightdata_api_token     = "⟦b54a_brightdata_api_key:acct⟧"
slack_alert_webhook      = "⟦slack_webhook:alerts⟧"

office_cidrs = ["203.0.113.40/29", "198.51.100.17/32"]
tags = {
  team        = "data-acquisition"
  cost_center = "cogs-crawl"
}
