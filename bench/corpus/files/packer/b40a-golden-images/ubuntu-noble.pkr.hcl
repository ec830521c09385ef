packer {
  required_plugins {
    amazon = {
      version = ">= 1.3.1"
      source  = "github.com/hashicorp/amazon"
    }
    ansible = {
      version = ">= 1.1.1"
      source  = "github.com/hashicorp/ansible"
    }
  }
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "image_version" {
  type    = string
  default = "2024.06.1"
}

variable "hcp_client_id" {
  type    = string
  default = "⟦b40a_hcp_client_id⟧"
}

# HCP Packer registry service principal (contributor on the "golden-images" project).
# default kept so `packer build .` works on laptops -- CI overrides it with PKR_VAR_hcp_client_secret
variable "hcp_client_secret" {
  type      = string
  default   = "⟦b40a_hcp_client_secret⟧"
  sensitive = true
}

variable "datadog_api_key" {
  type      = string
  default   = env("DD_API_KEY")
  sensitive = true
}

locals {
  timestamp = regex_replace(timestamp(), "[- TZ:]", "")
}

source "amazon-ebs" "noble" {
  region        = var.region
  instance_type = "t3.medium"
  ami_name      = "golden-ubuntu-noble-${var.image_version}-${local.timestamp}"
  source_ami_filter {
    filters = {
      name                = "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-*"
      root-device-type    = "ebs"
      virtualization-type = "hvm"
    }
    owners      = ["099720109477"]
    most_recent = true
  }
  ssh_username = "ubuntu"
  encrypt_boot = true
  kms_key_id   = "alias/golden-images"
  tags = {
    Name         = "golden-ubuntu-noble"
    ImageVersion = var.image_version
    BuiltBy      = "packer"
  }
}

build {
  name    = "golden"
  sources = ["source.amazon-ebs.noble"]

  hcp_packer_registry {
    bucket_name = "golden-ubuntu-noble"
    description = "Hardened Ubuntu 24.04 base with datadog + ssm agent"
    bucket_labels = {
      os    = "ubuntu"
      owner = "platform"
    }
  }

  provisioner "shell" {
    inline = [
      "sudo apt-get update -y",
      "sudo apt-get install -y ca-certificates curl unzip",
      "DD_API_KEY=${var.datadog_api_key} DD_SITE=datadoghq.eu DD_INSTALL_ONLY=true bash -c \"$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)\"",
    ]
  }

  provisioner "ansible" {
    playbook_file   = "./ansible/harden.yml"
    user            = "ubuntu"
    extra_arguments = ["--extra-vars", "cis_level=1 auditd_enabled=true"]
  }

  post-processor "manifest" {
    output     = "manifest.json"
    strip_path = true
  }
}
