# kyc-service secrets pushed to Secrets Manager by terraform (module "kyc_secrets").
# This file is in .gitignore... in the kyc repo. Not in the infra monorepo it was copied into.
kyc_secrets = {
  onfido_api_token      = "⟦b44b_onfido_api_token:us⟧"
  onfido_webhook_token  = "⟦b44b_onfido_webhook_token:us⟧"
  sumsub_app_token      = "⟦b44b_sumsub_app_token:edd⟧"
  sumsub_secret_key     = "⟦b44b_sumsub_secret_key:edd⟧"
  jumio_api_token       = "⟦uuid:jumio-prod⟧"
  jumio_api_secret      = "⟦b44b_jumio_api_secret:prod⟧"
  geocomply_decrypt_key = "⟦b57c_geocomply_aes_key:prod⟧"
  geocomply_decrypt_iv  = "⟦b57c_geocomply_iv:prod⟧"
  veriff_api_key        = "⟦b57c_veriff_api_key:on⟧"
  veriff_shared_secret  = "⟦b57c_veriff_shared_secret:on2⟧"
}

kms_key_alias = "alias/kyc-secrets"
