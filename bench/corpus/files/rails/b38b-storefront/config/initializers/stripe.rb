# frozen_string_literal: true

Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", "⟦stripe_publishable_live⟧"),
  secret_key: ENV.fetch("STRIPE_SECRET_KEY") { "⟦stripe_secret_live⟧" },
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.max_network_retries = 2

# signing secret of the "storefront-prod" endpoint in the dashboard
StripeEvent.signing_secrets = [
  ENV["STRIPE_SIGNING_SECRET"],
  "⟦stripe_webhook_secret⟧",
].compact
