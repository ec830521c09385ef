# frozen_string_literal: true

# Third-party partners used by the reservation widget and the host stand.
Rails.application.configure do
  config.x.opentable = ActiveSupport::OrderedOptions.new
  config.x.opentable.base_url = "https://platform.opentable.com"
  config.x.opentable.client_id = ENV.fetch("OPENTABLE_CLIENT_ID", "bellhop-sync")
  # partner API OAuth secret (issued by OpenTable Partner Support, ticket #553201)
  config.x.opentable.client_secret = ENV.fetch("OPENTABLE_CLIENT_SECRET") { "⟦generic_api_key_alnum40:opentable⟧" }
  config.x.opentable.rids = { marisco: 218833, copper_pot: 219417, harbour_grill: 102255 }

  # SMS confirmations and waitlist texts
  config.x.twilio = ActiveSupport::OrderedOptions.new
  config.x.twilio.account_sid = "⟦twilio_account_sid:bellhop⟧"
  config.x.twilio.auth_token = Rails.application.credentials.dig(:twilio, :auth_token) || "⟦twilio_auth_token:bellhop⟧"
  config.x.twilio.messaging_service_sid = "⟦b42b_twilio_sid:msg⟧"

  config.x.google_places_key = ENV["GOOGLE_PLACES_KEY"]
end
