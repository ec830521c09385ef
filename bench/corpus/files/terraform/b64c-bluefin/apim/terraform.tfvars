# prd.tfvars - APIM bluefin-apim-prd
# applied from Jakub's laptop until the pipeline service connection is sorted (INFRA-311)
location            = "westeurope"
resource_group_name = "rg-bluefin-int-prd"
apim_name           = "bluefin-apim-prd"
publisher_name      = "Bluefin Logistics"
publisher_email     = "api-team@bluefin-logistics.eu"
sku_name            = "Premium_1"

carrier_backends = {
  dhl = {
    url           = "https://api-eu.dhl.com/track/shipments"
    api_key_value = "⟦generic_api_key_alnum40:dhl⟧"
  }
  dpd = {
    url           = "https://api.dpd.example.eu/shipping/v1"
    basic_user    = "BLUEFIN_API"
    basic_pass    = "Dpd-Bluefin-2024"
  }
}

# subscription for the internal Logic Apps product (key pinned so the workflows don't break on re-apply)
internal_subscription_primary_key   = "⟦b64c_apim_subscription_key:internal⟧"
internal_subscription_secondary_key = "⟦b64c_apim_subscription_key:internal2⟧"

key_vault_id = "/subscriptions/6e1b0c47-92d8-4f3a-b5e0-3c9a7d2f1e84/resourceGroups/rg-bluefin-sec-prd/providers/Microsoft.KeyVault/vaults/kv-bluefin-int-prd"
tags = {
  env        = "prd"
  costcentre = "CC-4410"
  owner      = "integration-platform"
}
