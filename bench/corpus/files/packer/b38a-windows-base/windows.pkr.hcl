locals {
  winrm_password = vault("secret/data/packer/windows", "admin_password")
  build_time     = formatdate("YYYYMMDD-hhmm", timestamp())
}

variable "azure_client_id" {
  type    = string
  default = env("ARM_CLIENT_ID")
}

variable "azure_client_secret" {
  type      = string
  sensitive = true
  default   = env("ARM_CLIENT_SECRET")
}

variable "subscription_id" {
  type    = string
  default = "00000000-0000-0000-0000-000000000000"
}

data "amazon-secretsmanager" "domain_join" {
  name = "packer/windows/domain-join"
  key  = "password"
}

source "azure-arm" "win2022" {
  client_id                         = var.azure_client_id
  client_secret                     = var.azure_client_secret
  subscription_id                   = var.subscription_id
  managed_image_name                = "win2022-base-${local.build_time}"
  managed_image_resource_group_name = "rg-images"
  os_type                           = "Windows"
  image_publisher                   = "MicrosoftWindowsServer"
  image_offer                       = "WindowsServer"
  image_sku                         = "2022-datacenter-azure-edition"
  communicator                      = "winrm"
  winrm_username                    = "packer"
  winrm_password                    = local.winrm_password
  winrm_use_ssl                     = true
  winrm_insecure                    = true
  vm_size                           = "Standard_D4s_v5"
}

build {
  sources = ["source.azure-arm.win2022"]

  provisioner "powershell" {
    environment_vars = [
      "DOMAIN_JOIN_PASSWORD=${data.amazon-secretsmanager.domain_join.value}",
    ]
    scripts = ["scripts/harden.ps1"]
  }
}
