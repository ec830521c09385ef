provider "azurerm" {
  features {}
  subscription_id = "61d0a4e7-8b3c-4f2a-9e15-c0d7b8a3f294"
  tenant_id       = "9c1e5b7a-2d43-4f86-a0b1-e3c7d52f9a68"
  client_id       = "3f2b8c71-4a5d-4e9f-b0c2-7d18e6a9f453"
  client_secret   = "⟦azure_ad_client_secret⟧"
}

terraform {
  backend "azurerm" {
    resource_group_name  = "rg-tfstate"
    storage_account_name = "contosotfstate"
    container_name       = "tfstate"
    key                  = "landing.terraform.tfstate"
    access_key           = "⟦azure_storage_key⟧"
  }
}

resource "azurerm_mssql_server" "main" {
  name                         = "contoso-sql-landing"
  resource_group_name          = "rg-landing"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "L@nding-Zone-2024"
}
