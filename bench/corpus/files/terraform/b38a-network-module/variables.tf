variable "vpc_cidr" {
  description = "CIDR block for the VPC"
  type        = string
  default     = "10.20.0.0/16"
}

variable "db_password" {
  description = "Master password for the RDS instance. Pass via TF_VAR_db_password or the TFC workspace, never commit it."
  type        = string
  sensitive   = true
}

variable "datadog_api_key" {
  description = "Datadog API key (32 hex chars), e.g. <your-datadog-api-key>"
  type        = string
  sensitive   = true
  default     = null
}

variable "vpn_psk" {
  description = "Pre-shared key for the site-to-site VPN"
  type        = string
  sensitive   = true

  validation {
    condition     = length(var.vpn_psk) >= 32
    error_message = "The PSK must be at least 32 characters."
  }
}

variable "kms_key_arn" {
  description = "KMS key used for encryption at rest"
  type        = string
  default     = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

variable "secrets_manager_db_secret" {
  description = "Name of the Secrets Manager secret holding DB credentials"
  type        = string
  default     = "prod/network/db-credentials"
}

variable "github_token" {
  description = "GitHub token for the provider; set GITHUB_TOKEN in the environment instead"
  type        = string
  default     = ""
  sensitive   = true
}

variable "tags" {
  type = map(string)
  default = {
    owner       = "platform"
    cost-center = "cc-4411"
  }
}
