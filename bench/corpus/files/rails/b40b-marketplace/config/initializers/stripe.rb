# frozen_string_literal: true

# Stripe Connect (Express accounts) for marketplace payouts.
#
# Keys come from credentials in production; the ENV fallbacks are for review apps on Heroku where
# RAILS_MASTER_KEY isn't available. Fallback literals added by @dmitri 2024-03 "temporarily".
Rails.configuration.stripe = {
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key) ||
    ENV.fetch("STRIPE_SECRET_KEY", "⟦stripe_secret_live⟧"),
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key) ||
    ENV.fetch("STRIPE_PUBLISHABLE_KEY", "⟦stripe_publishable_live⟧"),
  connect_webhook_secret: Rails.application.credentials.dig(:stripe, :connect_webhook_secret) ||
    ENV.fetch("STRIPE_CONNECT_WEBHOOK_SECRET", "⟦stripe_webhook_secret⟧"),
  platform_fee_bps: 800
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2
Stripe.log_level = Rails.env.development? ? Stripe::LEVEL_INFO : nil
Stripe.set_app_info("Makersmarket", version: "2.14.0", url: "https://makersmarket.co")

StripeEvent.signing_secret = Rails.configuration.stripe[:connect_webhook_secret]

StripeEvent.configure do |events|
  events.subscribe "account.updated", Marketplace::Stripe::AccountUpdated.new
  events.subscribe "payout.paid", Marketplace::Stripe::PayoutPaid.new
  events.subscribe "payout.failed", Marketplace::Stripe::PayoutFailed.new
  events.subscribe "charge.dispute.created", Marketplace::Stripe::DisputeCreated.new
  events.subscribe "checkout.session.completed" do |event|
    Orders::FulfilFromCheckoutJob.perform_later(event.data.object.id)
  end
end
