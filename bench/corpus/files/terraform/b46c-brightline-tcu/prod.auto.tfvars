# Brightline connected-vehicle backend - production (eu-central-1 / westeurope)
environment          = "prod"
aws_region           = "eu-central-1"
azure_location       = "westeurope"
iot_hub_sku          = "S2"
iot_hub_units        = 4
dps_allocation       = "Hashed"

# OTA artifact bucket & signing
ota_bucket_name      = "brightline-ota-artifacts"
signing_profile_name = "brightline_bcm_ecdsa_2025"

# Uptane director/image repo database (RDS)
ota_db_username      = "ota_director"
ota_db_password      = "⟦db_password:otadb⟧"

# Dealer diagnostics portal (OIDC via Entra ID)
dealer_portal_client_id     = "⟦uuid:dealer-app⟧"
dealer_portal_client_secret = "⟦azure_ad_client_secret:dealer⟧"

# Telematics SIM platform (1NCE) - API used by the provisioning lambda
once_client_id       = "brightline-api"
once_client_secret   = "⟦generic_api_key_alnum40:1nce⟧"

# PagerDuty routing for OTA rollout alarms
pagerduty_integration_key = "⟦pagerduty_integration_key⟧"

# GitHub provider (manages the ota-release environment secrets)
github_token = "⟦github_pat:tf⟧"

tags = {
  owner       = "connected-vehicle"
  cost_center = "CV-4410"
}
