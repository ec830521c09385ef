terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

variable "creator_slug" { type = string }
variable "zone" { type = string }
variable "cloudflare_account_id" { type = string }
variable "ghost_enabled" {
  type    = bool
  default = false
}

data "cloudflare_zone" "this" {
  name = var.zone
}

# Per-creator credentials live in Secrets Manager; nothing sensitive goes in state
# except what the providers themselves store.
data "aws_secretsmanager_secret_version" "creator" {
  secret_id = "kilnhouse/creators/${var.creator_slug}"
}

locals {
  creds = jsondecode(data.aws_secretsmanager_secret_version.creator.secret_string)
}

resource "cloudflare_record" "root" {
  zone_id = data.cloudflare_zone.this.id
  name    = "@"
  type    = "CNAME"
  value   = var.ghost_enabled ? "ghost-${var.creator_slug}.kilnhouse.co" : "cname.beacons.ai"
  proxied = true
}

resource "cloudflare_record" "newsletter" {
  zone_id = data.cloudflare_zone.this.id
  name    = "news"
  type    = "CNAME"
  value   = "custom.beehiiv.com"
  proxied = false
}

resource "cloudflare_record" "spf" {
  zone_id = data.cloudflare_zone.this.id
  name    = "@"
  type    = "TXT"
  value   = "v=spf1 include:servers.mcsv.net include:mailgun.org ~all"
}

resource "cloudflare_record" "dkim_mailchimp" {
  zone_id = data.cloudflare_zone.this.id
  name    = "k1._domainkey"
  type    = "CNAME"
  value   = "dkim.mcsv.net"
}

resource "aws_ssm_parameter" "webhook_secret_ref" {
  name  = "/kilnhouse/${var.creator_slug}/stripe-webhook-secret-arn"
  type  = "String"
  value = data.aws_secretsmanager_secret_version.creator.arn
}

output "zone_id" {
  value = data.cloudflare_zone.this.id
}

output "mailchimp_server" {
  value     = local.creds["mailchimp_server"]
  sensitive = false
}
