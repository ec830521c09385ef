# frozen_string_literal: true

# Stripe Connect (Express accounts): creators sell digital products from their Tapstack page and
# Tapstack takes a 5% application fee.
Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", "⟦stripe_publishable_live:tap⟧"),
  secret_key: ENV.fetch("STRIPE_SECRET_KEY", "⟦stripe_secret_live:tap⟧"),
  connect_client_id: "⟦b42b_stripe_connect_client_id:tap⟧",
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret),
  application_fee_percent: 5
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-04-10"
Stripe.max_network_retries = 2
Stripe.app_info = { name: "Tapstack", version: Tapstack::VERSION, url: "https://tapstack.link" }
