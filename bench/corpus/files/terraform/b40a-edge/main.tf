# Edge PoPs outside AWS: Vultr (Tokyo, São Paulo), Exoscale (Zurich, Vienna), OVH (Gravelines).
# Each PoP runs haproxy + varnish, registered in Cloudflare load balancer pools.

terraform {
  required_providers {
    vultr    = { source = "vultr/vultr", version = "2.19.0" }
    exoscale = { source = "exoscale/exoscale", version = "0.57.0" }
    ovh      = { source = "ovh/ovh", version = "0.41.0" }
  }
  backend "remote" {
    hostname     = "app.terraform.io"
    organization = "tessellate"
    workspaces { name = "edge-pops" }
  }
}

provider "vultr" {
  api_key     = "⟦b40a_vultr_api_key⟧"
  rate_limit  = 100
  retry_limit = 3
}

provider "exoscale" {
  key    = "⟦b40a_exoscale_api_key⟧"
  secret = "⟦b40a_exoscale_api_secret⟧"
}

provider "ovh" {
  endpoint           = "ovh-eu"
  application_key    = "⟦b40a_ovh_application_key⟧"
  application_secret = "⟦b40a_ovh_application_secret⟧"
  consumer_key       = "⟦b40a_ovh_consumer_key⟧"
}

variable "pop_image" {
  type    = string
  default = "edge-pop-2024-05-20"
}

data "vultr_os" "debian" {
  filter {
    name   = "name"
    values = ["Debian 12 x64 (bookworm)"]
  }
}

resource "vultr_ssh_key" "ops" {
  name    = "ops-2024"
  ssh_key = "⟦ssh_ed25519_pub:ops⟧"
}

resource "vultr_instance" "pop" {
  for_each    = toset(["nrt", "sao"])
  plan        = "vhf-2c-4gb"
  region      = each.key
  os_id       = data.vultr_os.debian.id
  label       = "edge-pop-${each.key}"
  hostname    = "edge-${each.key}.tessellate.net"
  enable_ipv6 = true
  ssh_key_ids = [vultr_ssh_key.ops.id]
  user_data   = templatefile("${path.module}/cloud-init.yaml.tftpl", { pop = each.key })
  tags        = ["edge", "haproxy"]
}

resource "exoscale_compute_instance" "pop" {
  for_each    = toset(["ch-gva-2", "at-vie-1"])
  zone        = each.key
  name        = "edge-pop-${each.key}"
  template_id = "⟦uuid:exotpl⟧"
  type        = "standard.medium"
  disk_size   = 20
  ssh_key     = "ops-2024"
  user_data   = templatefile("${path.module}/cloud-init.yaml.tftpl", { pop = each.key })
}

resource "ovh_cloud_project_instance" "pop_gra" {
  service_name = "⟦md5:ovhproject⟧"
  region       = "GRA11"
  billing_period = "hourly"
  boot_from {
    image_id = "⟦uuid:ovhimg⟧"
  }
  flavor {
    flavor_id = "⟦uuid:ovhflavor⟧"
  }
  name = "edge-pop-gra"
  ssh_key {
    name = "ops-2024"
  }
  network {
    public = true
  }
}
