# frozen_string_literal: true

require "vcr"

VCR.configure do |config|
  config.cassette_library_dir = "spec/cassettes"
  config.hook_into :webmock
  config.configure_rspec_metadata!
  config.default_cassette_options = { record: :once, match_requests_on: %i[method uri body] }

  # Keep real credentials out of cassettes.
  config.filter_sensitive_data("<GITHUB_TOKEN>") { ENV.fetch("GITHUB_TOKEN", "gh-test-token") }
  config.filter_sensitive_data("<SLACK_WEBHOOK_PATH>") { ENV["SLACK_WEBHOOK_URL"]&.split("/services/")&.last }
  # TODO(dana): Stripe filter was removed when we switched to stripe-ruby 10 - re-add, it records the key now.
  # config.filter_sensitive_data("<STRIPE_KEY>") { ENV.fetch("STRIPE_SECRET_KEY") }

  config.before_record do |interaction|
    interaction.request.headers.delete("Cookie")
  end
end
