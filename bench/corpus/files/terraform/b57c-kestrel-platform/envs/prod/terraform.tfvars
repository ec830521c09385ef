# prod.tfvars — NOT in .gitignore, see PLAT-2198 (move to TFC workspace variables)
region          = "us-east-1"
environment     = "prod"
vpc_cidr        = "10.40.0.0/16"
eks_version     = "1.30"
node_group_size = { min = 6, max = 30, desired = 12 }

# RDS
odds_db_instance_class   = "db.r7g.2xlarge"
odds_db_master_username  = "kestrel_admin"
odds_db_master_password  = "⟦password:rds-odds⟧"
cashier_db_master_password = "⟦password:rds-cashier⟧"

# observability
datadog_api_key = "⟦datadog_api_key:prod⟧"
datadog_app_key = "⟦datadog_app_key:prod⟧"
datadog_site    = "datadoghq.com"

# edge
cloudflare_api_token = "⟦cloudflare_api_token:prod⟧"
cloudflare_zone_id   = "⟦md5:zone⟧"

# GeoComply allowlist for the NJ/PA/MI solution servers
geocomply_egress_cidrs = ["52.4.18.0/24", "54.86.201.0/24"]

tags = {
  Owner      = "platform"
  CostCenter = "B2C-Sportsbook"
  Regulated  = "true"
}
