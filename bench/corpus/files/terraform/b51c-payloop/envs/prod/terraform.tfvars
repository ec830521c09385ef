# prod — applied from the ops laptop (not CI) until the Atlantis migration lands.
region            = "eu-central-1"
environment       = "prod"
vpc_cidr          = "10.42.0.0/16"
db_instance_class = "db.r6g.large"
db_username       = "payloop"
db_password       = "⟦db_password:prodtf⟧"

api_desired_count = 3
api_image_tag     = "v1.19.4"

# Provider credentials written to Secrets Manager by modules/provider-secrets
merge_api_key        = "⟦b51c_merge_api_key:prod⟧"
deel_org_token       = "⟦b51c_deel_api_token:prod⟧"
finch_client_id      = "⟦uuid:finchprod⟧"
finch_client_secret  = "⟦b51c_finch_client_secret:prod⟧"
adp_client_id        = "⟦b48b_adp_client_id:prod⟧"
adp_client_secret    = "⟦b48b_adp_client_secret:prod⟧"
rippling_partner_token = "⟦b51c_rippling_api_token:prod⟧"
# Gusto: the prod app's bootstrap refresh token for our own payroll company
gusto_bootstrap_refresh_token = "⟦b51c_gusto_refresh_token:prod⟧"

alarm_email      = "payroll-oncall@payloop.io"
pagerduty_key    = "⟦pagerduty_integration_key⟧"
