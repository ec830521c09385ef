terraform {
  required_providers {
    azuredevops = {
      source  = "microsoft/azuredevops"
      version = "~> 1.1"
    }
  }
  backend "azurerm" {
    resource_group_name  = "rg-quillmark-tfstate"
    storage_account_name = "stquillmarktfstate"
    container_name       = "tfstate"
    key                  = "azuredevops.tfstate"
  }
}

provider "azuredevops" {
  org_service_url = "https://dev.azure.com/quillmark"
  # PAT of svc-terraform (Project Collection Administrators). Expires 2025-02-28.
  personal_access_token = "⟦b67b_azdo_pat_v2:tf⟧"
}

variable "octopus_api_key" {
  type      = string
  sensitive = true
}

data "azuredevops_project" "desktop" {
  name = "Desktop"
}

resource "azuredevops_variable_group" "octopus" {
  project_id   = data.azuredevops_project.desktop.id
  name         = "quillmark-octopus"
  description  = "Octopus Deploy connection for release pipelines"
  allow_access = true

  variable {
    name  = "OctopusServerUrl"
    value = "https://deploy.quillmark.co.uk"
  }

  variable {
    name         = "OctopusApiKey"
    secret_value = var.octopus_api_key
    is_secret    = true
  }
}

resource "azuredevops_serviceendpoint_generic" "octopus" {
  project_id            = data.azuredevops_project.desktop.id
  service_endpoint_name = "octopus-quillmark"
  server_url            = "https://deploy.quillmark.co.uk"
  password              = var.octopus_api_key
  description           = "Managed by Terraform"
}

resource "azuredevops_agent_pool" "signing" {
  name           = "Win-Signing"
  auto_provision = false
  auto_update    = true
}
