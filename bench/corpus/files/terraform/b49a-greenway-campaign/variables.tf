variable "aws_region" {
  type    = string
  default = "us-east-1"
}

variable "project" {
  type = string
}

variable "environment" {
  type    = string
  default = "prod"
}

variable "vpc_cidr" {
  type = string
}

variable "public_subnet_cidrs" {
  type = list(string)
}

variable "warehouse_instance_class" {
  type    = string
  default = "db.t4g.micro"
}

variable "warehouse_db_name" {
  type    = string
  default = "warehouse"
}

variable "warehouse_master_user" {
  type = string
}

variable "warehouse_master_pass" {
  description = "RDS master password. Set in terraform.tfvars (gitignored) or TF_VAR_warehouse_master_pass."
  type        = string
  sensitive   = true
}

variable "metabase_instance_type" {
  type    = string
  default = "t3.small"
}

variable "metabase_admin_email" {
  type = string
}

variable "metabase_db_pass" {
  type      = string
  sensitive = true
}

variable "van_app_name" {
  type = string
}

variable "van_api_key" {
  description = "EveryAction/VAN API key including the |0 or |1 database mode suffix"
  type        = string
  sensitive   = true
}

variable "actblue_client_uuid" {
  type = string
}

variable "actblue_client_secret" {
  type      = string
  sensitive = true
}

variable "allowed_admin_cidrs" {
  type    = list(string)
  default = []
}

variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_ssm_parameter" "van_api_key" {
  name  = "/${var.project}/${var.environment}/van_api_key"
  type  = "SecureString"
  value = var.van_api_key
}

resource "aws_ssm_parameter" "actblue_client_secret" {
  name  = "/${var.project}/${var.environment}/actblue_client_secret"
  type  = "SecureString"
  value = var.actblue_client_secret
}
