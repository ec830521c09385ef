provider "mailgun" {
  api_key = var.mailgun_api_key
}

provider "stripe" {
  api_key = var.stripe_api_key
}

provider "algolia" {
  app_id  = var.algolia_app_id
  api_key = var.algolia_admin_key
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

# ---- Mailgun sending domain for Bloomcart newsletters --------------------------------
resource "mailgun_domain" "bloomcart" {
  name          = "mg.bloomcart.nl"
  region        = "eu"
  spam_action   = "disabled"
  dkim_key_size = 2048
  # SMTP password for the Laravel fallback mailer; rotated 2024-03
  smtp_password = "⟦password:mgsmtp⟧"
}

resource "cloudflare_record" "bloomcart_mg" {
  for_each = { for r in mailgun_domain.bloomcart.sending_records_set : r.id => r }
  zone_id  = var.cloudflare_zone_id
  name     = each.value.name
  type     = each.value.record_type
  value    = each.value.value
  proxied  = false
}

# ---- Stripe webhook endpoints (one per client account) ------------------------------
resource "stripe_webhook_endpoint" "pinecrest" {
  url            = "${var.webhook_base_url}/stripe/pinecrest"
  enabled_events = ["checkout.session.completed", "invoice.paid", "invoice.payment_failed", "customer.subscription.deleted"]
}

# ---- Algolia: per-tenant search keys --------------------------------------------------
resource "algolia_api_key" "storefront_fjellgear" {
  acl                     = ["search"]
  indexes                 = ["fjellgear_products"]
  referers                = ["https://www.fjellgear.no/*"]
  max_hits_per_query      = 100
  max_queries_per_ip_per_hour = 10000
  description             = "storefront widget (public)"
}

output "stripe_webhook_secret_pinecrest" {
  value     = stripe_webhook_endpoint.pinecrest.secret
  sensitive = true
}
