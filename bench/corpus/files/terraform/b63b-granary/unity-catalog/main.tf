terraform {
  required_providers {
    databricks = {
      source  = "databricks/databricks"
      version = "~> 1.64"
    }
  }
  backend "azurerm" {
    resource_group_name  = "granary-tfstate"
    storage_account_name = "granarytfstate"
    container_name       = "tfstate"
    key                  = "unity-catalog.tfstate"
    use_azuread_auth     = true
  }
}

# OAuth M2M: DATABRICKS_CLIENT_ID / DATABRICKS_CLIENT_SECRET come from the pipeline's Key Vault task.
provider "databricks" {
  alias      = "account"
  host       = "https://accounts.azuredatabricks.net"
  account_id = var.databricks_account_id
}

provider "databricks" {
  alias = "workspace"
  host  = var.databricks_host
}

variable "databricks_account_id" { type = string }
variable "databricks_host" { type = string }
variable "metastore_name" { type = string }
variable "metastore_storage_root" { type = string }
variable "catalogs" { type = list(string) }

variable "snowflake_federation_private_key" {
  type      = string
  sensitive = true
}

data "azurerm_key_vault_secret" "snowflake_fed_key" {
  name         = "svc-databricks-fed-p8"
  key_vault_id = "/subscriptions/${var.subscription_id}/resourceGroups/granary-sec/providers/Microsoft.KeyVault/vaults/granary-kv"
}

variable "subscription_id" { type = string }

resource "databricks_metastore" "this" {
  provider      = databricks.account
  name          = var.metastore_name
  storage_root  = var.metastore_storage_root
  region        = "westeurope"
  force_destroy = false
}

resource "databricks_catalog" "c" {
  provider     = databricks.workspace
  for_each     = toset(var.catalogs)
  name         = each.value
  metastore_id = databricks_metastore.this.id
  comment      = "managed by terraform (granary)"
}

resource "databricks_connection" "snowflake_legacy" {
  provider        = databricks.workspace
  name            = "snowflake_legacy"
  connection_type = "SNOWFLAKE"
  options = {
    host                      = "gr71830.west-europe.azure.snowflakecomputing.com"
    port                      = "443"
    sfWarehouse               = "FEDERATION_XS"
    user                      = "SVC_DATABRICKS_FED"
    pem_private_key           = data.azurerm_key_vault_secret.snowflake_fed_key.value
    pem_private_key_password  = ""
  }
}

resource "databricks_grants" "marts" {
  provider = databricks.workspace
  catalog  = databricks_catalog.c["marts"].name
  grant {
    principal  = "analysts"
    privileges = ["USE_CATALOG", "USE_SCHEMA", "SELECT"]
  }
}
