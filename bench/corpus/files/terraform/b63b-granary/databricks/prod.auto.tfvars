# granary lakehouse - prod workspace + Unity Catalog
databricks_account_id = "⟦uuid:acct⟧"
databricks_host       = "https://adb-⟦b63b_databricks_workspace_id:prod⟧.11.azuredatabricks.net"

# sp-granary-terraform (account admin). OAuth M2M.
databricks_client_id     = "⟦uuid:sptf⟧"
databricks_client_secret = "⟦b40c_databricks_oauth_secret:sptf⟧"

metastore_name          = "granary-westeurope"
metastore_storage_root  = "abfss://uc-root@granaryucwesteu.dfs.core.windows.net/"
catalogs                = ["raw", "curated", "marts", "sandbox"]

# Snowflake federation (Lakehouse Federation connection to the legacy Snowflake account)
snowflake_federation_user = "SVC_DATABRICKS_FED"
snowflake_federation_private_key = <<-EOT
⟦pem_rsa_pkcs8:fed⟧
EOT

sql_warehouse_id = "⟦b63b_databricks_warehouse_id:prod⟧"
