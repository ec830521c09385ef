# research EDW - prod. Kept out of git via .gitignore... except it wasn't (NF-DATA-388).
azure_subscription_id = "⟦uuid:sub⟧"
azure_tenant_id       = "⟦uuid:tenant⟧"
azure_client_id       = "⟦uuid:spn⟧"
azure_client_secret   = "⟦azure_ad_client_secret:tf⟧"

snowflake_password = "⟦password:sftf⟧"

# research ML workspace (feature store jobs)
databricks_host  = "https://adb-4471820093311842.2.azuredatabricks.net"
databricks_token = "⟦databricks_token:tf⟧"

healthlake_kms_key_arn = "arn:aws:kms:us-east-1:⟦aws_account_id:nf⟧:key/⟦uuid:kms⟧"
