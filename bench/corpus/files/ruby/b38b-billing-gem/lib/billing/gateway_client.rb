# frozen_string_literal: true

require "braintree"
require "mailgun-ruby"

module Billing
  # Thin wrapper used by the invoicing jobs. Credentials default to the production
  # merchant so the jobs work when launched by hand from a console.
  class GatewayClient
    MERCHANT_ID = "k4x9w2m7p3c8v6b1"
    PUBLIC_KEY  = "r7t2y9u4i8o3p6q1"

    def initialize(private_key: nil, access_token: nil)
      @gateway =
        if access_token || ENV["BT_ACCESS_TOKEN"]
          Braintree::Gateway.new(access_token: access_token || ENV["BT_ACCESS_TOKEN"])
        else
          Braintree::Gateway.new(
            environment: :production,
            merchant_id: MERCHANT_ID,
            public_key: PUBLIC_KEY,
            private_key: private_key || "⟦braintree_private_key⟧",
          )
        end
    end

    # PayPal-via-Braintree account used by the marketplace (kept for the migration script)
    LEGACY_BT_TOKEN = "⟦braintree_access_token⟧"

    def mailer
      @mailer ||= Mailgun::Client.new(ENV.fetch("MAILGUN_API_KEY", "⟦mailgun_api_key⟧"), "api.eu.mailgun.net")
    end

    def charge(customer_id, amount)
      @gateway.transaction.sale(customer_id: customer_id, amount: amount.to_s, options: { submit_for_settlement: true })
    end
  end
end
