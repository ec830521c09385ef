# Harlan County PSIT - Azure Government subscription (CJIS-scoped landing zone)
# apply from hc-util01 only; state is in the storage account below

environment     = "AzureUSGovernment"
location        = "usgovvirginia"
subscription_id = "⟦uuid:sub⟧"
tenant_id       = "⟦uuid:tenant⟧"

# SP "sp-psit-terraform" - Contributor on rg-psit-*
client_id     = "⟦uuid:spn⟧"
client_secret = "⟦azure_ad_client_secret:spn⟧"

resource_prefix = "hcpsit"
address_space   = ["10.48.0.0/20"]

# backups of the CAD SQL AG land here (immutable, 400-day retention)
backup_storage_account = "hcpsitcadbackup"
backup_storage_key     = "⟦azure_storage_key:backup⟧"

# site-to-site back to the ECC
onprem_gateway_ip  = "203.0.113.38"
onprem_prefixes    = ["10.40.0.0/22", "10.41.0.0/22"]
vpn_shared_key     = "Az-Gov-S2S-HarlanECC-7731"

# Azure SQL MI for the CAD reporting replica
sql_mi_admin_login    = "hcpsitsqladmin"
sql_mi_admin_password = "SqlMi-HCpsit!2024x"

tags = {
  owner       = "psit"
  cost_center = "911-EMERG-COMMS"
  cjis        = "true"
}
