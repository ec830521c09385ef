variable "vm_password" {
  description = "cloud-init password for the ops user (console only, ssh is key-only)"
  type        = string
  sensitive   = true
}

variable "ssh_public_keys" {
  type = list(string)
  default = [
    "⟦ssh_ed25519_pub:ops-laptop⟧",
    "⟦ssh_ed25519_pub:ops-desktop⟧",
  ]
}

locals {
  k3s_nodes = {
    "k3s-cp-1" = { vmid = 120, ip = "10.40.0.120", node = "pve1" }
    "k3s-cp-2" = { vmid = 121, ip = "10.40.0.121", node = "pve2" }
    "k3s-w-1"  = { vmid = 130, ip = "10.40.0.130", node = "pve1" }
  }
}

resource "proxmox_virtual_environment_file" "cloud_config" {
  content_type = "snippets"
  datastore_id = "local"
  node_name    = "pve1"

  source_raw {
    file_name = "k3s-cloud-config.yaml"
    data      = <<-EOT
      #cloud-config
      package_update: true
      packages: [qemu-guest-agent, nfs-common, open-iscsi]
      runcmd:
        - systemctl enable --now qemu-guest-agent
    EOT
  }
}

resource "proxmox_virtual_environment_vm" "k3s" {
  for_each  = local.k3s_nodes
  name      = each.key
  vm_id     = each.value.vmid
  node_name = each.value.node
  tags      = ["k3s", "terraform"]

  clone {
    vm_id = 9000
    full  = true
  }

  agent { enabled = true }

  cpu {
    cores = 4
    type  = "x86-64-v2-AES"
  }

  memory { dedicated = 8192 }

  disk {
    datastore_id = "local-zfs"
    interface    = "scsi0"
    size         = 64
    discard      = "on"
    ssd          = true
  }

  network_device { bridge = "vmbr0" }

  initialization {
    ip_config {
      ipv4 {
        address = "${each.value.ip}/24"
        gateway = "10.40.0.1"
      }
    }
    user_account {
      username = "ops"
      password = var.vm_password
      keys     = var.ssh_public_keys
    }
    user_data_file_id = proxmox_virtual_environment_file.cloud_config.id
  }
}
