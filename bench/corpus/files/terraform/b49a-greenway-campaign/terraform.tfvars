# greenway-infra / terraform.tfvars
# Small AWS footprint for the campaign: RDS for the data warehouse (VAN + ActBlue nightly loads),
# one t3.small for Metabase. Torn down after certification (target: Dec 2024).

aws_region   = "us-east-1"
project      = "greenway-hd47"
environment  = "prod"

vpc_cidr            = "10.42.0.0/16"
public_subnet_cidrs = ["10.42.1.0/24", "10.42.2.0/24"]

warehouse_instance_class = "db.t4g.small"
warehouse_db_name        = "warehouse"
warehouse_master_user    = "greenway_admin"
warehouse_master_pass    = "⟦db_password:tf⟧"

metabase_instance_type = "t3.small"
metabase_admin_email   = "data@greenwayforhd47.com"
metabase_db_pass       = "Metabase-HD47-2024"

# loaders (ECS scheduled tasks) - these end up in the task definition env, see secrets.tf TODO
van_app_name        = "greenway.hd47.warehouse"
van_api_key         = "⟦b49a_ngpvan_api_key:tf1⟧"
actblue_client_uuid = "⟦b49a_actblue_client_uuid:tf⟧"
actblue_client_secret = "⟦b49a_actblue_client_secret:tf⟧"

allowed_admin_cidrs = ["73.182.44.10/32", "98.210.7.66/32"]

tags = {
  Campaign = "Greenway for State House"
  Owner    = "data@greenwayforhd47.com"
  Teardown = "2024-12-15"
}
