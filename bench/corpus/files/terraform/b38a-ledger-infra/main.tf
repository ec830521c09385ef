terraform {
  required_version = ">= 1.5.0"
  required_providers {
    hcloud = {
      source  = "hetznercloud/hcloud"
      version = "~> 1.45"
    }
    rancher2 = {
      source  = "rancher/rancher2"
      version = "~> 4.1"
    }
    proxmox = {
      source  = "Telmate/proxmox"
      version = "3.0.1-rc1"
    }
  }
}

provider "hcloud" {
  token = var.hcloud_token
}

provider "rancher2" {
  api_url   = "https://rancher.ledger.internal/v3"
  token_key = "⟦rancher_api_token⟧"
  insecure  = true
}

provider "proxmox" {
  pm_api_url          = "https://pve01.ledger.internal:8006/api2/json"
  pm_api_token_id     = "terraform@pve!provisioner"
  pm_api_token_secret = "⟦proxmox_token_secret⟧"
  pm_tls_insecure     = true
}

resource "random_password" "grafana" {
  length           = 24
  special          = true
  override_special = "!#$%&*()-_=+[]{}<>:?"
}

resource "hcloud_server" "control_plane" {
  count       = 3
  name        = "cp-${count.index}"
  image       = "ubuntu-22.04"
  server_type = "cpx31"
  location    = "fsn1"
  ssh_keys    = [for k in var.admin_ssh_keys : k]

  user_data = <<-EOT
    #cloud-config
    runcmd:
      - curl -sfL https://get.k3s.io | K3S_TOKEN=${var.k3s_cluster_token} sh -s - server --cluster-init
      - tailscale up --authkey=⟦tailscale_auth_key⟧ --hostname=cp-${count.index}
  EOT
}

resource "hcloud_server" "db" {
  name        = "pg-primary"
  image       = "ubuntu-22.04"
  server_type = "ccx23"
  location    = "fsn1"
  labels = {
    role = "postgres"
  }
}

module "postgres" {
  source   = "git::https://github.com/ledger-ops/tf-modules.git//postgres?ref=v2.3.1"
  host     = hcloud_server.db.ipv4_address
  username = var.db_master_username
  password = var.db_master_password

  replication_password = "repl1cation"
}

resource "rancher2_cluster" "prod" {
  name        = "ledger-prod"
  description = "k3s imported"
}

output "grafana_admin_password" {
  value     = random_password.grafana.result
  sensitive = true
}
