# prod.auto.tfvars — ca-central-1
# NOTE: this file is in .gitignore on main but was committed on the release/2024.03 branch by mistake
environment         = "prod"
aws_region          = "ca-central-1"
vpc_cidr            = "10.40.0.0/16"
eks_cluster_version = "1.29"

db_instance_class   = "db.r6g.large"
db_master_username  = "borealis_admin"
db_master_password  = "⟦db_password:rds⟧"

# third-party credentials pushed into Secrets Manager by modules/app-secrets
plaid_client_id     = "⟦plaid_client_id:prod⟧"
plaid_secret        = "⟦plaid_secret:prod⟧"
plaid_env           = "production"

flinks_instance     = "borealis"
flinks_customer_id  = "⟦uuid:customer⟧"
flinks_secret_key   = "⟦b65a_flinks_secret_key:prod⟧"
flinks_api_key      = "⟦b65a_flinks_x_api_key:prod⟧"

helcim_api_token    = "⟦b65a_helcim_api_token:prod⟧"

paysafe_api_key_b64 = "⟦b57c_paysafe_api_key_b64:prod⟧"
paysafe_account_id  = "1002345678"

alert_email         = "oncall@borealislending.ca"
