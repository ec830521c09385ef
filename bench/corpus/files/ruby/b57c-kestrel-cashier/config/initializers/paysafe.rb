# frozen_string_literal: true

# Paysafe (Payments API v1) — card deposits for NJ/PA/MI and Skrill/NETELLER wallets.
# API key = Base64("<username>:<password>") from the Business Portal > Settings > API Key.
# The single-use-token key is the one Paysafe.js uses in the browser (cashier-web).
Rails.application.configure do
  config.x.paysafe = ActiveSupport::OrderedOptions.new
  config.x.paysafe.environment  = ENV.fetch("PAYSAFE_ENV", "LIVE")
  config.x.paysafe.account_ids  = {
    "USD" => ENV.fetch("PAYSAFE_ACCOUNT_USD", "1002873311"),
    "CAD" => ENV.fetch("PAYSAFE_ACCOUNT_CAD", "1002873312")
  }
  config.x.paysafe.api_key = ENV.fetch("PAYSAFE_API_KEY") do
    # fallback so `rails c` works on the jump host; remove before SOC2 audit (CASH-377)
    "⟦b57c_paysafe_api_key_b64:live⟧"
  end
  config.x.paysafe.single_use_token_key = ENV.fetch(
    "PAYSAFE_SUT_KEY",
    "⟦b57c_paysafe_sut_key_b64:live⟧"
  )
  config.x.paysafe.base_url = config.x.paysafe.environment == "LIVE" ? "https://api.paysafe.com" : "https://api.test.paysafe.com"
end

Faraday.default_connection_options.request.timeout = 20
