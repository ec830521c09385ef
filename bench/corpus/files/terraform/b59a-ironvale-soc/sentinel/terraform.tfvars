# Sentinel workspace for Ironvale Bank (subscription: sub-ivsec-prd)
# terraform apply -var-file=terraform.tfvars  (run from the SOC automation VM only)

location            = "eastus2"
resource_group_name = "rg-ivsec-sentinel-prd"
workspace_name      = "law-ivsec-sentinel-prd"
retention_in_days   = 365

tenant_id       = "2b8d4f6a-1c3e-4a5b-9d7f-0e2c4a6b8d1f"
subscription_id = "6e0a2c4e-8b1d-4f3a-a5c7-9e1b3d5f7a9c"

# SPN used by the azurerm provider (sp-ivsec-terraform). Secret expires 2025-09-30.
client_id     = "4d6f8a0c-2e4b-4c6d-8f0a-1b3d5e7f9a2c"
client_secret = "⟦azure_ad_client_secret:tf⟧"

# Defender XDR connector
enable_defender_xdr_connector = true
enable_entra_connector        = true

# Analytics rules imported from rules/ via sigma -> KQL (see pipelines/kql.yml)
analytics_rule_folder = "../../build/kql"

soc_owners = [
  "a.reyes@ironvale.com",
  "m.lindqvist@ironvale.com",
]

tags = {
  costcenter = "CC-4410-SOC"
  owner      = "soc-detection-engineering"
  env        = "prd"
}
