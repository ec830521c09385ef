# pebblecart edge -- local apply only, CI uses TF_VAR_* from the environment
account_id           = "⟦b43c_cloudflare_id:acct⟧"
zone_id              = "⟦b43c_cloudflare_id:zone⟧"
cloudflare_api_token = "⟦cloudflare_api_token:tf⟧"
origin_ca_key        = "⟦cloudflare_origin_ca_key:tf⟧"

# state backend (R2) -- also exported as AWS_* for `terraform init`
r2_access_key_id     = "⟦b40b_r2_access_key_id:tf⟧"
r2_secret_access_key = "⟦b40b_r2_secret_access_key:tf⟧"
