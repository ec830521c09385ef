# prod.auto.tfvars — Voltway CSMS production (eu-west-1)
# TODO(ines): move the secret ones to TF_VAR_ in the pipeline, this file is in .gitignore on main
# but was committed on the infra/rds-upgrade branch.

environment      = "prod"
aws_region       = "eu-west-1"
vpc_cidr         = "10.42.0.0/16"
azs              = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]

rds_instance_class    = "db.r6g.large"
rds_engine_version    = "16.4"
rds_master_username   = "csms_admin"
rds_master_password   = "⟦db_password:rdsmaster⟧"
rds_backup_retention  = 14

ocpp_nlb_certificate_arn = "arn:aws:acm:eu-west-1:444455556666:certificate/⟦uuid:acm⟧"
ocpp_domain              = "ocpp.voltway.eu"

cloudflare_zone_id   = "⟦b43c_cloudflare_id:zone⟧"
cloudflare_api_token = "⟦cloudflare_api_token⟧"

stripe_webhook_endpoint = "https://api.voltway.eu/billing/stripe/webhook"
stripe_api_key          = "⟦stripe_restricted_live⟧"

alarm_email = "noc@voltway.eu"
