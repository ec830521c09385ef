Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", "⟦stripe_publishable_live⟧"),
  secret_key: ENV.fetch("STRIPE_SECRET_KEY", "⟦stripe_secret_live⟧"),
  signing_secret: ENV["STRIPE_SIGNING_SECRET"] || "⟦stripe_webhook_secret⟧"
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.max_network_retries = 2
