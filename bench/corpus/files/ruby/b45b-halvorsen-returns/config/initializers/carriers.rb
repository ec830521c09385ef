# frozen_string_literal: true

# Carrier SDKs for the returns portal (returns.halvorsen.com).
# Credentials come from Rails credentials in production; the literals below are the
# fallbacks someone added for the demo environment in Nov and they point at live accounts.

require "easypost"
require "shippo"

EASYPOST_KEY = Rails.application.credentials.dig(:easypost, :api_key) ||
               ENV.fetch("EASYPOST_API_KEY", "⟦easypost_api_key:returns⟧")

$easypost = EasyPost::Client.new(api_key: EASYPOST_KEY, timeout: 30)

Shippo::API.token = Rails.application.credentials.dig(:shippo, :token) || "⟦shippo_token:returns⟧"
Shippo::API.version = "2018-02-08"

# UPS return labels go through the shared bridge app (same client as hv-shipping)
Rails.application.config.x.ups = ActiveSupport::OrderedOptions.new.tap do |ups|
  ups.client_id     = ENV.fetch("UPS_CLIENT_ID", "⟦b45b_ups_client_id:returns⟧")
  ups.client_secret = ENV.fetch("UPS_CLIENT_SECRET", "⟦b45b_ups_client_secret:returns⟧")
  ups.shipper_number = "A41V07"
  ups.base_url = Rails.env.production? ? "https://onlinetools.ups.com" : "https://wwwcie.ups.com"
end

# webhook from EasyPost tracker events -> /webhooks/easypost, HMAC secret set in the dashboard
Rails.application.config.x.easypost_webhook_secret =
  ENV.fetch("EASYPOST_WEBHOOK_SECRET", "⟦webhook_signing_secret:ep⟧")
