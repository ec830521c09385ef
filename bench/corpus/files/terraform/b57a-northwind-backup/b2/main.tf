terraform {
  required_providers {
    b2 = {
      source  = "Backblaze/b2"
      version = "~> 0.8"
    }
  }
  backend "azurerm" {
    resource_group_name  = "rg-nwbr-tfstate"
    storage_account_name = "stnwbrtfstate"
    container_name       = "tfstate"
    key                  = "b2.tfstate"
  }
}

# Credentials come from B2_APPLICATION_KEY_ID / B2_APPLICATION_KEY in the pipeline environment.
provider "b2" {}

variable "customers" {
  type        = map(object({ retention_days = number }))
  description = "Customer code => immutability period for their offsite bucket"
}

resource "b2_bucket" "offsite" {
  for_each    = var.customers
  bucket_name = "nwbr-${lower(each.key)}-offsite"
  bucket_type = "allPrivate"

  default_server_side_encryption {
    mode      = "SSE-B2"
    algorithm = "AES256"
  }

  file_lock_configuration {
    is_file_lock_enabled = true
    default_retention {
      mode = "compliance"
      period {
        duration = each.value.retention_days
        unit     = "days"
      }
    }
  }
}

resource "b2_application_key" "veeam" {
  for_each     = var.customers
  key_name     = "veeam-${lower(each.key)}"
  bucket_id    = b2_bucket.offsite[each.key].bucket_id
  capabilities = ["listBuckets", "listFiles", "readFiles", "writeFiles", "deleteFiles", "readBucketRetentions", "writeFileRetentions", "readFileRetentions"]
}

output "veeam_key_ids" {
  value = { for k, v in b2_application_key.veeam : k => v.application_key_id }
}

output "veeam_keys" {
  value     = { for k, v in b2_application_key.veeam : k => v.application_key }
  sensitive = true
}
