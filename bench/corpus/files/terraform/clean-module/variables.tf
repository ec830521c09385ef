variable "db_password" {
  description = "Master password for the RDS instance. Pass it with TF_VAR_db_password."
  type        = string
  sensitive   = true
}

variable "api_token" {
  description = "Token for the monitoring provider"
  type        = string
  sensitive   = true
  default     = null
}

variable "secret_rotation_days" {
  type    = number
  default = 30
}

variable "kms_key_arn" {
  type    = string
  default = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
