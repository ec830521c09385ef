# Hearthwell production infrastructure variables
# (this file is in .gitignore on main, but someone committed it on release/2024.03)

location            = "westeurope"
resource_group_name = "rg-hearthwell-iot-prod"
environment         = "prod"

iothub_sku      = "S2"
iothub_capacity = 4
dps_allocation  = "Hashed"

# Azure SQL for the customer portal
sql_admin_login    = "hwsqladmin"
sql_admin_password = "Thermo$tat-2023!"

# Function app that forwards twin changes to Google Home Graph + SmartThings
homegraph_sa_email = "homegraph-reporter@hearthwell-smarthome.iam.gserviceaccount.com"

# Entra app registration used by the installer portal
installer_portal_client_id     = "⟦uuid:portalapp⟧"
installer_portal_client_secret = "⟦azure_ad_client_secret⟧"
tenant_id                      = "⟦uuid:tenant⟧"

alert_email = "cloud-oncall@hearthwell.io"
tags = {
  owner       = "cloud-team"
  cost_center = "CC-4410"
}
