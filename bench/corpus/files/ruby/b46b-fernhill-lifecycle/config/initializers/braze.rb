# frozen_string_literal: true

# Braze REST client (braze_ruby gem). Used by Lifecycle::Sync and the back-in-stock job.
# Instance: US-05. App identifiers are the SDK keys the mobile apps ship with.
Braze.configure do |config|
  config.rest_url = ENV.fetch("BRAZE_REST_URL", "https://rest.iad-05.braze.com")
  config.api_key  = ENV.fetch("BRAZE_REST_API_KEY", "⟦b46b_braze_rest_api_key⟧")
  config.timeout  = 10
end

module Fernhill
  BRAZE_APP_IDS = {
    ios: "⟦b46b_braze_sdk_api_key:ios⟧",
    android: "⟦b46b_braze_sdk_api_key:android⟧",
    web: "⟦b46b_braze_sdk_api_key:web⟧"
  }.freeze

  BRAZE_CAMPAIGNS = {
    back_in_stock: "⟦uuid:bis⟧",
    abandoned_cart: "⟦uuid:cart⟧",
    review_request: "⟦uuid:review⟧"
  }.freeze
end
