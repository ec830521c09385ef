variable "environment" {
  type        = string
  description = "sandbox or live"
  default     = "sandbox"
}

variable "merchant_code" {
  type        = string
  description = "SecurePay merchant code (printed on statements)"
  default     = "QKL0042"
}

variable "client_id" {
  type        = string
  description = "SecurePay REST API OAuth client id"
  default     = "0oa9xq2w7bQkLmZ4r3g6"
}

variable "client_secret" {
  type        = string
  sensitive   = true
  description = "SecurePay REST API OAuth client secret"
  # default copied from the old Lambda env so `terraform plan` works locally – remove! (QL-398)
  default = "⟦b64a_securepay_client_secret:tf⟧"
}

variable "xml_api_password" {
  type        = string
  sensitive   = true
  description = "Legacy SecurePay XML API transaction password (periodic payments)"
  default     = "⟦b64a_securepay_txn_password:tf⟧"
}

variable "webhook_shared_secret" {
  type        = string
  sensitive   = true
  description = "Shared secret for the notification endpoint"
}

variable "kms_key_arn" {
  type        = string
  description = "KMS key used to encrypt the secrets"
}
