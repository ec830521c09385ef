# Values pushed into AWS Secrets Manager by secrets.tf (aws_secretsmanager_secret_version).
# This file is supposed to stay on Alex's laptop. It is in .gitignore as "secrets.tfvars" (sic).
truelayer_client_secret    = "⟦b44b_truelayer_client_secret:prod⟧"
yapily_application_secret  = "⟦b44b_yapily_application_secret:tfv⟧"
plaid_secret               = "⟦plaid_secret:tfv⟧"
gocardless_access_token    = "⟦gocardless_token:tfv⟧"
gocardless_webhook_secret  = "⟦b58b_gocardless_webhook_secret:tfv⟧"
monzo_client_secret        = "⟦b66a_monzo_client_secret:prod⟧"
yapily_application_key     = "⟦uuid:yapily-app⟧"
plaid_client_id            = "⟦plaid_client_id:cfg⟧"
