# terraform.tfvars — prod (ap-southeast-1)
# NOTE: ไฟล์นี้ถูก .gitignore แล้ว แต่มีคน force-add ตอน PR #88 (ต้องลบออกจาก history)

aws_region      = "ap-southeast-1"
environment     = "prod"
project         = "baanthai"
vpc_cidr        = "10.40.0.0/16"
azs             = ["ap-southeast-1a", "ap-southeast-1b"]

db_instance_class  = "db.t4g.medium"
db_name            = "baanthai"
db_username        = "baanthai_admin"
db_password        = "⟦db_password:rds⟧"

redis_node_type    = "cache.t4g.small"
redis_auth_token   = "⟦db_password:elasticache⟧"

app_image_tag      = "2024.10.17-3"
app_desired_count  = 3

# ถูกใส่ลง Secrets Manager โดย module "app_secrets"
omise_secret_key          = "⟦b62c_omise_secret_key:tf⟧"
omise_public_key          = "⟦b62c_omise_public_key:tf⟧"
line_channel_secret       = "⟦b58a_line_channel_secret:tf⟧"
line_channel_access_token = "⟦b58a_line_channel_access_token:tf⟧"

alert_email = "tech@baanthaideli.co.th"
