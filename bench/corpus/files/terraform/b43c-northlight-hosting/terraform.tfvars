# DO NOT COMMIT — local only (Liam's laptop). CI uses TF_VAR_cloudflare_api_token.
cloudflare_api_token = "⟦cloudflare_api_token:tf⟧"
account_id           = "⟦b43c_cloudflare_id:nlacct⟧"

# B2 credentials for the S3 backend (read by the AWS SDK)
# export AWS_ACCESS_KEY_ID=⟦backblaze_key_id:tf⟧
# export AWS_SECRET_ACCESS_KEY=⟦backblaze_app_key:tf⟧
