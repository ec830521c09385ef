variable "mailgun_api_key" {
  type        = string
  sensitive   = true
  description = "Mailgun private API key (Account > API Security), e.g. 0123456789abcdef0123456789abcdef-1a2b3c4d-5e6f7a8b"
}

variable "stripe_api_key" {
  type        = string
  sensitive   = true
  description = "Restricted key with webhook_endpoints:write and products:write. Looks like rk_live_..."
}

variable "algolia_app_id" {
  type    = string
  default = "⟦b40b_algolia_app_id:tf⟧"
}

variable "algolia_admin_key" {
  type      = string
  sensitive = true
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "cloudflare_zone_id" {
  type    = string
  default = "⟦md5:zone⟧"
}

variable "webhook_base_url" {
  type    = string
  default = "https://hooks.hooklane.dev"
}
