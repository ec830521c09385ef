# frozen_string_literal: true

# SevenRooms API client configuration (private dining + buyouts for Tavola, Tavola Mare, Bottega 9).
# Credentials are provisioned per venue group by SevenRooms API support.
Rails.application.config.x.sevenrooms = ActiveSupport::OrderedOptions.new.tap do |sr|
  sr.base_url      = ENV.fetch("SEVENROOMS_BASE_URL", "https://api.sevenrooms.com/2_4")
  sr.client_id     = ENV.fetch("SEVENROOMS_CLIENT_ID", "⟦b50a_sevenrooms_client_id:tavola⟧")
  sr.client_secret = ENV.fetch("SEVENROOMS_CLIENT_SECRET") do
    # fallback so `rails c` works on the events laptop; prod sets the env var
    "⟦b50a_sevenrooms_client_secret:tavola⟧"
  end
  sr.venue_group_id = "ahNzfnNldmVucm9vbXMtc2VjdXJlchwLEg9uaWdodGxvb3BfVmVudWVHcm91cBiAgICA"
  sr.venues = {
    tavola: "ahNzfnNldmVucm9vbXMtc2VjdXJlchwLEg9uaWdodGxvb3BfVmVudWUYgICAgNDa",
    tavola_mare: "ahNzfnNldmVucm9vbXMtc2VjdXJlchwLEg9uaWdodGxvb3BfVmVudWUYgICAgJqP",
    bottega_9: "ahNzfnNldmVucm9vbXMtc2VjdXJlchwLEg9uaWdodGxvb3BfVmVudWUYgICAgPz7",
  }
  sr.token_ttl = 1.hour
end
