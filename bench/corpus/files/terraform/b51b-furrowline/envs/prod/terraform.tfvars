environment        = "prod"
aws_region         = "us-east-2"
vpc_cidr           = "10.42.0.0/16"
db_instance_class  = "db.r6g.large"
db_username        = "furrowline_admin"
db_password        = "⟦db_password:tfprod⟧"
imagery_bucket     = "furrowline-prod-imagery"
sync_worker_count  = 3

# Provider credentials pushed to Secrets Manager by module.secrets
deere_client_secret   = "⟦b51b_deere_client_secret:prod⟧"
cfv_api_key           = "⟦b51b_cfv_api_key:prod⟧"
cfv_client_secret     = "⟦b51b_cfv_client_secret:prod⟧"
planet_api_key        = "⟦b51b_planet_api_key:prod⟧"
dtn_client_id         = "⟦b51b_dtn_client_id:prod⟧"
dtn_client_secret     = "⟦b51b_dtn_client_secret:prod⟧"

alert_email  = "oncall@furrowline.ag"
datadog_api_key = "⟦datadog_api_key⟧"
tags = {
  owner       = "platform"
  cost_center = "eng-400"
}
