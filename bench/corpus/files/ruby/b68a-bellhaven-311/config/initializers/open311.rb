# frozen_string_literal: true

# Open311 GeoReport v2 client settings.
#
# The city's 311 CRM (Salesforce Public Sector "Bellhaven 311") exposes an Open311
# endpoint through the SeeClickFix connector. This Rails app (bellhaven.gov/report)
# posts requests there and mirrors statuses for the public map.
#
# Keys are per-client and issued by the 311 program office (311-admin@bellhavenoh.gov).

Rails.application.config.x.open311 = ActiveSupport::OrderedOptions.new.tap do |o|
  o.endpoint     = ENV.fetch("OPEN311_ENDPOINT", "https://seeclickfix.com/open311/v2/1842")
  o.jurisdiction = ENV.fetch("OPEN311_JURISDICTION", "bellhavenoh.gov")
  # key for the public web form client ("bellhaven-web")
  o.api_key      = ENV.fetch("OPEN311_API_KEY") { "⟦b68a_open311_api_key:web⟧" }
  o.timeout      = 15
  o.service_cache_ttl = 6.hours
end

# Service codes we hide from the public form (internal work orders)
Rails.application.config.x.open311.hidden_codes = %w[
  INT-FLEET INT-FACILITIES INT-IT-DESK
].freeze

# Mapbox for the report map (public token, URL-restricted)
Rails.application.config.x.mapbox_token = "⟦mapbox_public_token:web⟧"
