terraform {
  required_version = ">= 1.6"
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.110"
    }
  }
  backend "azurerm" {
    resource_group_name  = "rg-ivsec-tfstate"
    storage_account_name = "stivsectfstate01"
    container_name       = "tfstate"
    key                  = "sentinel/prd.tfstate"
    use_azuread_auth     = true
  }
}

provider "azurerm" {
  features {}
  tenant_id       = var.tenant_id
  subscription_id = var.subscription_id
  client_id       = var.client_id
  client_secret   = var.client_secret
}

data "azurerm_key_vault" "soc" {
  name                = "kv-ivsec-soc-prd"
  resource_group_name = "rg-ivsec-shared-prd"
}

data "azurerm_key_vault_secret" "tines_webhook" {
  name         = "tines-sentinel-webhook-url"
  key_vault_id = data.azurerm_key_vault.soc.id
}

resource "azurerm_resource_group" "sentinel" {
  name     = var.resource_group_name
  location = var.location
  tags     = var.tags
}

resource "azurerm_log_analytics_workspace" "sentinel" {
  name                = var.workspace_name
  location            = azurerm_resource_group.sentinel.location
  resource_group_name = azurerm_resource_group.sentinel.name
  sku                 = "PerGB2018"
  retention_in_days   = var.retention_in_days
  tags                = var.tags
}

resource "azurerm_sentinel_log_analytics_workspace_onboarding" "this" {
  workspace_id                 = azurerm_log_analytics_workspace.sentinel.id
  customer_managed_key_enabled = false
}

resource "azurerm_sentinel_data_connector_microsoft_threat_protection" "xdr" {
  count                      = var.enable_defender_xdr_connector ? 1 : 0
  name                       = "defender-xdr"
  log_analytics_workspace_id = azurerm_sentinel_log_analytics_workspace_onboarding.this.workspace_id
}

resource "azurerm_sentinel_data_connector_azure_active_directory" "entra" {
  count                      = var.enable_entra_connector ? 1 : 0
  name                       = "entra-id"
  log_analytics_workspace_id = azurerm_sentinel_log_analytics_workspace_onboarding.this.workspace_id
}

resource "azurerm_logic_app_workflow" "to_tines" {
  name                = "la-ivsec-sentinel-to-tines"
  location            = azurerm_resource_group.sentinel.location
  resource_group_name = azurerm_resource_group.sentinel.name
  parameters = {
    tinesWebhook = data.azurerm_key_vault_secret.tines_webhook.value
  }
  workflow_parameters = {
    tinesWebhook = jsonencode({ type = "SecureString" })
  }
}

locals {
  kql_rules = { for f in fileset(var.analytics_rule_folder, "*.json") : trimsuffix(f, ".json") => jsondecode(file("${var.analytics_rule_folder}/${f}")) }
}

resource "azurerm_sentinel_alert_rule_scheduled" "sigma" {
  for_each                   = local.kql_rules
  name                       = each.value.id
  log_analytics_workspace_id = azurerm_sentinel_log_analytics_workspace_onboarding.this.workspace_id
  display_name               = each.value.title
  severity                   = title(each.value.level)
  query                      = each.value.query
  query_frequency            = "PT15M"
  query_period               = "PT1H"
  tactics                    = each.value.tactics
  techniques                 = each.value.techniques
}

output "workspace_id" {
  value = azurerm_log_analytics_workspace.sentinel.workspace_id
}

output "workspace_primary_key" {
  value     = azurerm_log_analytics_workspace.sentinel.primary_shared_key
  sensitive = true
}
