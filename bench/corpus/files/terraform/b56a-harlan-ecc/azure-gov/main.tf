terraform {
  required_version = ">= 1.5.0"
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.100"
    }
  }
  backend "azurerm" {
    environment          = "usgovernment"
    resource_group_name  = "rg-psit-tfstate"
    storage_account_name = "hcpsittfstate"
    container_name       = "tfstate"
    key                  = "azure-gov/landing-zone.tfstate"
    use_azuread_auth     = true
  }
}

provider "azurerm" {
  features {}
  environment     = var.environment
  subscription_id = var.subscription_id
  tenant_id       = var.tenant_id
  client_id       = var.client_id
  client_secret   = var.client_secret
}

data "azurerm_key_vault" "psit" {
  name                = "kv-hcpsit-cjis"
  resource_group_name = "rg-psit-security"
}

data "azurerm_key_vault_secret" "vpn_psk" {
  name         = "s2s-ecc-psk"
  key_vault_id = data.azurerm_key_vault.psit.id
}

resource "azurerm_resource_group" "net" {
  name     = "rg-${var.resource_prefix}-net"
  location = var.location
  tags     = var.tags
}

resource "azurerm_virtual_network" "hub" {
  name                = "vnet-${var.resource_prefix}-hub"
  address_space       = var.address_space
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  tags                = var.tags
}

resource "azurerm_subnet" "gateway" {
  name                 = "GatewaySubnet"
  resource_group_name  = azurerm_resource_group.net.name
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = [cidrsubnet(var.address_space[0], 7, 0)]
}

resource "azurerm_public_ip" "vpngw" {
  name                = "pip-${var.resource_prefix}-vpngw"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  allocation_method   = "Static"
  sku                 = "Standard"
}

resource "azurerm_virtual_network_gateway" "vpngw" {
  name                = "vgw-${var.resource_prefix}"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "VpnGw1AZ"

  ip_configuration {
    public_ip_address_id = azurerm_public_ip.vpngw.id
    subnet_id            = azurerm_subnet.gateway.id
  }
}

resource "azurerm_local_network_gateway" "ecc" {
  name                = "lgw-harlan-ecc"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  gateway_address     = var.onprem_gateway_ip
  address_space       = var.onprem_prefixes
}

resource "azurerm_virtual_network_gateway_connection" "ecc" {
  name                       = "cn-harlan-ecc"
  location                   = azurerm_resource_group.net.location
  resource_group_name        = azurerm_resource_group.net.name
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.vpngw.id
  local_network_gateway_id   = azurerm_local_network_gateway.ecc.id
  shared_key                 = data.azurerm_key_vault_secret.vpn_psk.value
}

resource "azurerm_storage_account" "backup" {
  name                     = var.backup_storage_account
  resource_group_name      = azurerm_resource_group.net.name
  location                 = azurerm_resource_group.net.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version          = "TLS1_2"
  shared_access_key_enabled = false

  blob_properties {
    versioning_enabled = true
  }
  tags = var.tags
}

variable "environment" { type = string }
variable "location" { type = string }
variable "subscription_id" { type = string }
variable "tenant_id" { type = string }
variable "client_id" { type = string }
variable "client_secret" {
  type      = string
  sensitive = true
}
variable "resource_prefix" { type = string }
variable "address_space" { type = list(string) }
variable "backup_storage_account" { type = string }
variable "backup_storage_key" {
  type      = string
  sensitive = true
  default   = null
}
variable "onprem_gateway_ip" { type = string }
variable "onprem_prefixes" { type = list(string) }
variable "vpn_shared_key" {
  type      = string
  sensitive = true
  default   = null
}
variable "tags" { type = map(string) }
