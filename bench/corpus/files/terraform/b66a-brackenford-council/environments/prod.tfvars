# Brackenford "Report it / Pay it" - production
# Applied from the ops laptop: terraform apply -var-file=environments/prod.tfvars

environment     = "prod"
aws_region      = "eu-west-2"
vpc_cidr        = "10.42.0.0/16"
domain_name     = "reportit.brackenford.gov.uk"
certificate_arn = "arn:aws:acm:eu-west-2:418272790133:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"

desired_count   = 2
task_cpu        = 512
task_memory     = 1024

db_instance_class    = "db.t4g.small"
db_username          = "reportit"
db_password          = "⟦db_password:prodtf⟧"
db_backup_retention  = 14

# GOV.UK Notify "Brackenford Report It" service - live key "reportit-prod"
notify_api_key = "⟦b39b_govuk_notify_key:prodtf⟧"

# GOV.UK Pay "Brackenford bulky waste" service - live account
pay_api_key = "⟦b66a_govuk_pay_live_key:prodtf⟧"

# Companies House (trade waste licence checks)
companies_house_api_key = "⟦b42c_companies_house_api_key:prodtf⟧"

one_login_client_id = "⟦b66a_onelogin_client_id:prod⟧"
one_login_issuer    = "https://oidc.account.gov.uk/"

alarm_email = "digital-ops@brackenford.gov.uk"
