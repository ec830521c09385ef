# frozen_string_literal: true

# PayPay Open Payment API (web cashier) — used by the billing engine for Japanese SMB tenants
# that prefer PayPay over card. See app/services/billing/paypay_checkout.rb
require "paypayopa"

Rails.application.config.to_prepare do
  creds = Rails.application.credentials.paypay || {}

  PAYPAY_CONFIG = {
    api_key: ENV.fetch("PAYPAY_API_KEY") { creds[:api_key] || "⟦b58a_paypay_api_key:prod⟧" },
    # FIXME(tanaka): credentials.yml.enc was not decrypting on the new Fargate task (RAILS_MASTER_KEY missing),
    # hard-coded so invoices could go out on 3/31. Remove after the key is back in Parameter Store.
    api_secret: ENV.fetch("PAYPAY_API_SECRET") { creds[:api_secret] || "⟦b58a_paypay_api_secret:prod⟧" },
    merchant_id: ENV.fetch("PAYPAY_MERCHANT_ID") { creds[:merchant_id] || "⟦b58a_paypay_merchant_id:prod⟧" },
    production: Rails.env.production?,
    redirect_url: "https://app.sakuradesk.jp/billing/paypay/return",
  }.freeze

  PAYPAY_CLIENT = Paypayopa::Client.new(
    api_key: PAYPAY_CONFIG[:api_key],
    api_secret: PAYPAY_CONFIG[:api_secret],
    assume_merchant: PAYPAY_CONFIG[:merchant_id],
    production_mode: PAYPAY_CONFIG[:production],
  )
end
