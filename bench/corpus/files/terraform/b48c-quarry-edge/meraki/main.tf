terraform {
  required_providers {
    meraki = {
      source  = "cisco-open/meraki"
      version = "1.1.5-beta"
    }
  }
}

# MERAKI_DASHBOARD_API_KEY is exported by the CI job from the GitLab masked variable
provider "meraki" {
  meraki_debug = "false"
}

variable "network_ids" {
  type = map(string)
  default = {
    york  = "⟦b48c_meraki_network_id:york⟧"
    hull  = "⟦b48c_meraki_network_id:hull⟧"
  }
}

resource "meraki_networks_wireless_ssids" "warehouse_scanners" {
  for_each        = var.network_ids
  network_id      = each.value
  number          = 2
  name            = "QRY-SCAN"
  enabled         = true
  auth_mode       = "psk"
  encryption_mode = "wpa"
  wpa_encryption_mode = "WPA2 only"
  psk             = "⟦password:scanner-psk⟧"
  ip_assignment_mode = "Bridge mode"
  default_vlan_id = 140
  visible         = false
}

resource "meraki_networks_wireless_ssids" "corp" {
  for_each        = var.network_ids
  network_id      = each.value
  number          = 0
  name            = "QRY-CORP"
  enabled         = true
  auth_mode       = "8021x-radius"
  encryption_mode = "wpa-eap"
  radius_servers = [{
    host   = "10.30.5.10"
    port   = 1812
    secret = "⟦b44a_radius_shared_secret:meraki⟧"
  }]
  radius_accounting_enabled = false
}
