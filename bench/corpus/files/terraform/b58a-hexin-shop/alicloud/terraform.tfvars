# alicloud prod — 陈昊 本机 apply 用, 不要提交 (.gitignore 已加... 吗?)
region       = "cn-shenzhen"
access_key   = "⟦alibaba_access_key_id:tf⟧"
secret_key   = "⟦alibaba_access_key_secret:tf⟧"

vpc_cidr     = "172.16.0.0/16"
vswitch_cidrs = {
  "cn-shenzhen-e" = "172.16.1.0/24"
  "cn-shenzhen-f" = "172.16.2.0/24"
}

rds_instance_class = "mysql.n4.large.2c"
rds_account_name   = "hexin_app"
rds_account_password = "Hx_mall#2023sz"

ecs_instance_type = "ecs.g7.xlarge"
ecs_count         = 4
key_pair_name     = "hexin-ops-2023"
