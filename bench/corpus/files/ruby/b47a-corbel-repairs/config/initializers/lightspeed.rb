# frozen_string_literal: true

# Workshop booking app still talks to the old Lightspeed Retail (R-Series) account for the
# York store until it moves to X-Series in the spring. OAuth app "Corbel Workshop".
#
# Access tokens last 30 minutes; LightspeedR::Client refreshes them with the refresh token below.
Rails.application.config.x.lightspeed_r = ActiveSupport::OrderedOptions.new.tap do |ls|
  ls.account_id    = ENV.fetch("LSR_ACCOUNT_ID", "182734")
  ls.client_id     = ENV.fetch("LSR_CLIENT_ID", "⟦b47a_lightspeed_r_client_id:workshop⟧")
  ls.client_secret = ENV.fetch("LSR_CLIENT_SECRET") { "⟦b47a_lightspeed_r_client_secret:workshop⟧" }
  ls.refresh_token = ENV.fetch("LSR_REFRESH_TOKEN") { "⟦b47a_lightspeed_r_refresh_token:workshop⟧" }
  ls.token_url     = "https://cloud.lightspeedapp.com/oauth/access_token.php"
  ls.api_base      = "https://api.lightspeedapp.com/API/V3/Account/#{ls.account_id}"
  ls.shop_id       = 1 # York
  ls.rate_limit_bucket = 60
end

Rails.application.config.after_initialize do
  LightspeedR::Client.configure(Rails.application.config.x.lightspeed_r)
end
