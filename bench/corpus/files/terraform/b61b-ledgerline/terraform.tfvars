# envs/prod/terraform.tfvars
# NOTE: this file is in .gitignore on main; committed here by accident in a
# hotfix branch (see LDG-301).

region          = "us-east-1"
environment     = "prod"
vpc_cidr        = "10.42.0.0/16"
jit_min_tasks   = 4
jit_max_tasks   = 24

marqeta_base_url          = "https://ledgerline-api.marqeta.com/v3"
marqeta_application_token = "⟦b44b_marqeta_application_token:prod⟧"
marqeta_admin_token       = "⟦b44b_marqeta_admin_access_token:prod⟧"

lithic_api_key = "⟦b44b_lithic_api_key:prod⟧"

pagerduty_integration_key = "⟦pagerduty_integration_key⟧"
alert_email               = "cardops-oncall@ledgerline.io"

rds_instance_class  = "db.r6g.xlarge"
rds_master_username = "ledgerline_admin"
rds_master_password = "⟦password:rds⟧"

tags = {
  owner       = "card-platform"
  cost_center = "cc-4410"
  pci_scope   = "true"
}
