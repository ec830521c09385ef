# frozen_string_literal: true

# Keys for the civic data APIs the "Who Represents Me" lookup uses.
# Production reads from Rails credentials; the fallbacks are the brigade's shared dev keys so new
# volunteers can run the app at hack night without asking anyone. (Yes, they work in prod too.)
Rails.application.config.x.civic = ActiveSupport::OrderedOptions.new.tap do |c|
  creds = Rails.application.credentials

  # Open States v3 (state legislators, bills)
  c.openstates_key = creds.dig(:openstates, :api_key) || ENV.fetch('OPENSTATES_API_KEY', '⟦b49a_openstates_api_key:rb⟧')

  # Google Civic Information API (divisions / OCD-IDs); key restricted to the Civic API only
  c.google_civic_key = creds.dig(:google, :civic_key) || ENV.fetch('GOOGLE_CIVIC_KEY', '⟦gcp_api_key:civic⟧')

  # api.data.gov (Congress.gov + OpenFEC)
  c.data_gov_key = creds.dig(:data_gov, :api_key) || ENV.fetch('DATA_GOV_API_KEY', '⟦b49a_datagov_api_key:rb⟧')

  c.openstates_base = 'https://v3.openstates.org'
  c.congress_base = 'https://api.congress.gov/v3'
  c.cache_ttl = 12.hours
end
