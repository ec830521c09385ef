variable "location" {
  description = "Azure region for county workloads"
  type        = string
  default     = "centralus"
}

variable "environment" {
  type    = string
  default = "prod"
  validation {
    condition     = contains(["dev", "test", "prod"], var.environment)
    error_message = "environment must be dev, test or prod."
  }
}

variable "tenant_id" {
  description = "Entra ID tenant (harlancounty.gov)"
  type        = string
  default     = "⟦uuid:tenant⟧"
}

variable "subscription_id" {
  type    = string
  default = "⟦uuid:sub⟧"
}

variable "sql_admin_login" {
  type    = string
  default = "hcsqladmin"
}

variable "sql_admin_password" {
  description = "SQL MI admin password. Supplied from Key Vault by the pipeline (TF_VAR_sql_admin_password)."
  type        = string
  sensitive   = true
}

variable "esri_api_key" {
  description = "ArcGIS API key injected into the parcel viewer app settings"
  type        = string
  sensitive   = true
  default     = null
}

variable "twilio_auth_token" {
  type      = string
  sensitive = true
}

variable "allowed_admin_cidrs" {
  type    = list(string)
  default = ["204.62.118.0/26", "10.20.0.0/16"]
}

variable "tags" {
  type = map(string)
  default = {
    department = "information-technology"
    costcenter = "1410"
    managed_by = "terraform"
  }
}
