# finops stack -- values for prod
# (tfvars are gitignored... except this one, because *.auto.tfvars wasn't in the pattern)

region       = "us-west-2"
env          = "prod"
close_day    = 8
alert_emails = ["finance@tallypoint.io", "raj@tallypoint.io"]

brex_token          = "⟦b68c_brex_user_token:prod⟧"
ramp_client_id      = "⟦b68c_ramp_client_id:close⟧"
ramp_client_secret  = "⟦b68c_ramp_client_secret:close⟧"
mercury_api_token   = "⟦b68c_mercury_api_token:treasury⟧"
avalara_account_id  = "⟦b47a_avalara_account_id:prod⟧"
avalara_license_key = "⟦b47a_avalara_license_key:prod⟧"
taxjar_api_token    = ""   # moved to Avalara in Jan, keep empty

receipts_bucket = "tallypoint-receipts-prod"
