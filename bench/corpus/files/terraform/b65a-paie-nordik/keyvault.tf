resource "azurerm_key_vault" "paie" {
  name                       = "kv-paienordik-prod"
  location                   = azurerm_resource_group.paie.location
  resource_group_name        = azurerm_resource_group.paie.name
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  purge_protection_enabled   = true
  soft_delete_retention_days = 30
}

resource "azurerm_key_vault_secret" "sql_password" {
  name         = "sql-paie-app-password"
  value        = random_password.sql_app.result
  key_vault_id = azurerm_key_vault.paie.id
}

resource "azurerm_key_vault_secret" "wagepoint" {
  name         = "wagepoint-api-key"
  value        = var.wagepoint_api_key
  key_vault_id = azurerm_key_vault.paie.id
}

# Martin 2024-03-01: le mot de passe Dayforce expire tous les 90 jours, pas de rotation auto pour l'instant
resource "azurerm_key_vault_secret" "dayforce_password" {
  name            = "dayforce-svc-password"
  value           = "⟦password:dayforce_new⟧"
  key_vault_id    = azurerm_key_vault.paie.id
  expiration_date = "2024-05-30T00:00:00Z"
}

resource "random_password" "sql_app" {
  length  = 32
  special = true
}

variable "wagepoint_api_key" {
  type      = string
  sensitive = true
}
