# prod.auto.tfvars — Larkspur platform (us-west-2)
# NOTE: this file is in .gitignore on main; the copy in git history is from before that. -- mk

environment        = "prod"
aws_region         = "us-west-2"
vpc_cidr           = "10.60.0.0/16"
erp_sync_replicas  = 2
erp_sync_image_tag = "2024.11.3"

db_instance_class  = "db.r6g.large"
db_master_username = "larkspur_admin"
db_master_password = "⟦db_password:master⟧"

taxjar_api_token   = "⟦b47a_taxjar_token:lark⟧"

datadog_api_key = "⟦datadog_api_key:lark⟧"
datadog_app_key = "⟦datadog_app_key:lark⟧"

# custom app "erp-sync" on larkspur-goods.myshopify.com (read/write products, inventory, orders)
shopify_admin_token = "⟦shopify_admin_token:lark⟧"

alert_email      = "platform-alerts@larkspurgoods.com"
pagerduty_service_id = "P7Q2XK1"
