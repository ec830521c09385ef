terraform {
  required_version = ">= 1.6"
  required_providers {
    aws       = { source = "hashicorp/aws", version = "~> 5.50" }
    azurerm   = { source = "hashicorp/azurerm", version = "~> 3.110" }
    snowflake = { source = "Snowflake-Labs/snowflake", version = "~> 0.92" }
  }
  backend "s3" {
    bucket         = "nf-terraform-state"
    key            = "edw/research.tfstate"
    region         = "us-east-1"
    dynamodb_table = "nf-terraform-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = "us-east-1"
  # credentials from the CI OIDC role (arn:aws:iam::<account>:role/tf-edw); nothing static here
}

provider "azurerm" {
  features {}
  subscription_id = var.azure_subscription_id
  tenant_id       = var.azure_tenant_id
  client_id       = var.azure_client_id
  client_secret   = var.azure_client_secret
}

provider "snowflake" {
  account  = "nfhealth-edw"
  user     = "TERRAFORM"
  password = var.snowflake_password
  role     = "SYSADMIN"
}

variable "azure_subscription_id" { type = string }
variable "azure_tenant_id" { type = string }
variable "azure_client_id" { type = string }
variable "azure_client_secret" {
  type      = string
  sensitive = true
}
variable "snowflake_password" {
  type      = string
  sensitive = true
}
variable "healthlake_kms_key_arn" { type = string }

resource "aws_healthlake_fhir_datastore" "research" {
  datastore_name         = "nf-research-r4"
  datastore_type_version = "R4"
  preload_data_config {
    preload_data_type = "SYNTHEA"
  }
  sse_configuration {
    kms_encryption_config {
      cmk_type   = "CUSTOMER_MANAGED_KMS_KEY"
      kms_key_id = var.healthlake_kms_key_arn
    }
  }
  tags = { owner = "research-it", phi = "false" }
}

resource "azurerm_healthcare_workspace" "nf" {
  name                = "nfhdsprod"
  resource_group_name = "rg-nf-health-data"
  location            = "eastus2"
}

resource "azurerm_healthcare_fhir_service" "ehr_copy" {
  name                = "fhir-ehrcopy"
  resource_group_name = "rg-nf-health-data"
  workspace_id        = azurerm_healthcare_workspace.nf.id
  location            = "eastus2"
  kind                = "fhir-R4"
  authentication {
    authority = "https://login.microsoftonline.com/${var.azure_tenant_id}"
    audience  = "https://nfhdsprod-fhir-ehrcopy.fhir.azurehealthcareapis.com"
  }
}

resource "snowflake_warehouse" "research" {
  name           = "RESEARCH_WH"
  warehouse_size = "MEDIUM"
  auto_suspend   = 120
}
