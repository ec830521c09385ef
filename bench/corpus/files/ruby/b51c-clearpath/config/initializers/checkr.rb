# frozen_string_literal: true

# Checkr background checks. Staging and production use different accounts *and* keys;
# CHECKR_ENV decides which host we talk to.
#
# NOTE: the staging fallback below is only so `bin/dev` works without a .env. It is the
# shared QA account key — do not use it for anything with real candidate data.
Rails.application.config.x.checkr = ActiveSupport::OrderedOptions.new.tap do |c|
  c.env      = ENV.fetch("CHECKR_ENV", Rails.env.production? ? "production" : "staging")
  c.base_url = c.env == "production" ? "https://api.checkr.com/v1" : "https://api.checkr-staging.com/v1"
  c.api_key  = ENV.fetch("CHECKR_API_KEY") { Rails.env.production? ? raise("CHECKR_API_KEY missing") : "⟦b51c_checkr_api_key:qa⟧" }
  c.node     = ENV["CHECKR_NODE"] # account hierarchy node for the Clearpath Staffing sub-accounts
  c.default_package = ENV.fetch("CHECKR_DEFAULT_PACKAGE", "driver_pro")
  c.webhook_path    = "/webhooks/checkr"
end

Checkr.configure do |config|
  config.api_key  = Rails.configuration.x.checkr.api_key
  config.api_base = Rails.configuration.x.checkr.base_url
  config.open_timeout = 5
  config.read_timeout = 30
end
