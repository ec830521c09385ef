terraform {
  required_version = ">= 1.6"
  required_providers {
    proxmox = {
      source  = "bpg/proxmox"
      version = "0.69.1"
    }
    truenas = {
      source  = "dariusbakunas/truenas"
      version = "0.11.1"
    }
  }

  backend "s3" {
    bucket                      = "larchwood-tfstate"
    key                         = "lab/terraform.tfstate"
    region                      = "us-east-1"
    endpoints                   = { s3 = "https://minio.larchwood.dev" }
    skip_credentials_validation = true
    skip_region_validation      = true
    skip_requesting_account_id  = true
    use_path_style              = true
    # access/secret keys via AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY from direnv
  }
}

provider "proxmox" {
  endpoint  = "https://pve1.larchwood.dev:8006/"
  api_token = "terraform@pve!provider=⟦proxmox_token_secret:tf⟧"
  insecure  = true

  ssh {
    agent    = false
    username = "root"
    # needed for file uploads (snippets); TODO switch to a key
    password = "Larchw00d-r00t!"
  }
}

provider "truenas" {
  api_key  = "⟦b40c_truenas_api_key:tf⟧"
  base_url = "https://nas.larchwood.dev/api/v2.0"
}
