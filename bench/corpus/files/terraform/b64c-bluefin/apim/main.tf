terraform {
  required_version = ">= 1.6"
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.110"
    }
  }
  backend "azurerm" {
    resource_group_name  = "rg-bluefin-tfstate"
    storage_account_name = "stbluefintfstate"
    container_name       = "tfstate"
    key                  = "apim-prd.tfstate"
    use_azuread_auth     = true
  }
}

provider "azurerm" {
  features {}
}

data "azurerm_key_vault_secret" "carrier_api_keys" {
  for_each     = var.carrier_backends
  name         = "apim-${each.key}-api-key"
  key_vault_id = var.key_vault_id
}

resource "azurerm_api_management" "this" {
  name                = var.apim_name
  location            = var.location
  resource_group_name = var.resource_group_name
  publisher_name      = var.publisher_name
  publisher_email     = var.publisher_email
  sku_name            = var.sku_name

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_api_management_named_value" "carrier_key" {
  for_each            = var.carrier_backends
  name                = "${each.key}-api-key"
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.this.name
  display_name        = "${each.key}-api-key"
  secret              = true
  value_from_key_vault {
    secret_id = data.azurerm_key_vault_secret.carrier_api_keys[each.key].versionless_id
  }
}

resource "azurerm_api_management_subscription" "internal" {
  api_management_name = azurerm_api_management.this.name
  resource_group_name = var.resource_group_name
  display_name        = "logicapps-internal"
  product_id          = azurerm_api_management_product.internal.id
  state               = "active"
  primary_key         = var.internal_subscription_primary_key
  secondary_key       = var.internal_subscription_secondary_key
}

resource "azurerm_api_management_product" "internal" {
  product_id            = "internal"
  api_management_name   = azurerm_api_management.this.name
  resource_group_name   = var.resource_group_name
  display_name          = "Internal (Logic Apps)"
  subscription_required = true
  approval_required     = false
  published             = true
}

output "gateway_url" {
  value = azurerm_api_management.this.gateway_url
}
