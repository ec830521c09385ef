packer {
  required_plugins {
    proxmox = {
      version = ">= 1.1.6"
      source  = "github.com/hashicorp/proxmox"
    }
    amazon = {
      version = ">= 1.2.8"
      source  = "github.com/hashicorp/amazon"
    }
  }
}

variable "proxmox_api_token_id" {
  type    = string
  default = "packer@pve!golden"
}

variable "proxmox_api_token_secret" {
  type      = string
  sensitive = true
  default   = "⟦proxmox_token_secret⟧"
}

variable "aws_access_key" {
  type    = string
  default = "⟦aws_access_key_id:pk⟧"
}

variable "aws_secret_key" {
  type      = string
  sensitive = true
  default   = "⟦aws_secret_access_key:pk⟧"
}

variable "ssh_password" {
  type    = string
  default = "packer"
}

source "proxmox-iso" "ubuntu" {
  proxmox_url              = "https://pve01.lab.internal:8006/api2/json"
  username                 = var.proxmox_api_token_id
  token                    = var.proxmox_api_token_secret
  insecure_skip_tls_verify = true
  node                     = "pve01"
  iso_file                 = "local:iso/ubuntu-22.04.4-live-server-amd64.iso"
  iso_checksum             = "sha256:⟦sha256:iso⟧"
  ssh_username             = "ubuntu"
  ssh_password             = var.ssh_password
  ssh_timeout              = "30m"
  http_directory           = "http"
  boot_command = [
    "<esc><wait>e<wait><down><down><down><end>",
    " autoinstall ds=nocloud-net\\;s=http://{{ .HTTPIP }}:{{ .HTTPPort }}/<F10>"
  ]
}

source "amazon-ebs" "ubuntu" {
  access_key    = var.aws_access_key
  secret_key    = var.aws_secret_key
  region        = "eu-west-1"
  instance_type = "t3.small"
  ami_name      = "golden-ubuntu-{{timestamp}}"
  source_ami_filter {
    filters = {
      name = "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"
    }
    owners      = ["099720109477"]
    most_recent = true
  }
  ssh_username = "ubuntu"
}

build {
  sources = ["source.proxmox-iso.ubuntu", "source.amazon-ebs.ubuntu"]

  provisioner "shell" {
    environment_vars = [
      "NEW_RELIC_LICENSE_KEY=⟦newrelic_license_key⟧",
      "TAILSCALE_AUTHKEY=⟦tailscale_auth_key⟧",
      "DEBIAN_FRONTEND=noninteractive",
    ]
    scripts = ["scripts/base.sh", "scripts/agents.sh"]
  }
}
