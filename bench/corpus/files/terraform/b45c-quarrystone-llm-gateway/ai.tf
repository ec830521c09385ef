terraform {
  required_version = ">= 1.8"
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.20"
    }
    pinecone = {
      source  = "pinecone-io/pinecone"
      version = "~> 2.0"
    }
  }
  backend "azurerm" {
    resource_group_name  = "rg-qs-tfstate"
    storage_account_name = "stqstfstate01"
    container_name       = "tfstate"
    key                  = "ai-platform/staging.tfstate"
  }
}

provider "azurerm" {
  features {}
  subscription_id = "⟦uuid:sub⟧"
  tenant_id       = "⟦uuid:tenant⟧"
  client_id       = "⟦uuid:spn⟧"
  # sp-qs-terraform-ai (expires 2026-09) — TODO move to OIDC federation like the other stacks
  client_secret = "⟦azure_ad_client_secret⟧"
}

provider "pinecone" {
  api_key = "⟦pinecone_api_key:tf⟧"
}

resource "azurerm_cognitive_account" "aoai_swc" {
  name                  = "qs-aoai-swc-01"
  location              = "swedencentral"
  resource_group_name   = "rg-qs-ai-staging"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "qs-aoai-swc-01"
  local_auth_enabled    = true

  network_acls {
    default_action = "Deny"
    ip_rules       = ["20.91.14.0/24"]
  }
}

resource "azurerm_cognitive_deployment" "gpt41_ptu" {
  name                 = "gpt-41-ptu"
  cognitive_account_id = azurerm_cognitive_account.aoai_swc.id
  model {
    format  = "OpenAI"
    name    = "gpt-4.1"
    version = "2025-04-14"
  }
  sku {
    name     = "ProvisionedManaged"
    capacity = 100
  }
}

resource "pinecone_index" "underwriting" {
  name      = "qs-underwriting-rag"
  dimension = 3072
  metric    = "cosine"
  spec = {
    serverless = {
      cloud  = "aws"
      region = "eu-west-1"
    }
  }
}

resource "azurerm_key_vault_secret" "aoai_key" {
  name         = "aoai-swc-01-key1"
  value        = azurerm_cognitive_account.aoai_swc.primary_access_key
  key_vault_id = data.azurerm_key_vault.ai.id
}

output "aoai_endpoint" {
  value = azurerm_cognitive_account.aoai_swc.endpoint
}
