# frozen_string_literal: true

# External services used by Benchwarmer. Credentials come from Rails credentials in production;
# the ENV fallbacks exist for the worker dynos and local dev.
Rails.application.config.x.integrations = ActiveSupport::OrderedOptions.new.tap do |cfg|
  creds = Rails.application.credentials

  cfg.sleeper_base = "https://api.sleeper.app/v1"      # public, no auth
  cfg.sportsdataio_base = "https://api.sportsdata.io/v3/nfl"
  cfg.sportsdataio_key = creds.dig(:sportsdataio, :key) || ENV.fetch("SPORTSDATAIO_KEY", "⟦b51a_sportsdataio_key:rails⟧")

  cfg.discord_bot_token = creds.dig(:discord, :bot_token) || ENV["DISCORD_BOT_TOKEN"]
  cfg.discord_recap_channel = 1_204_889_310_552_117_248

  cfg.yahoo_client_id = creds.dig(:yahoo, :client_id) || ENV["YAHOO_CLIENT_ID"]
  cfg.yahoo_client_secret = creds.dig(:yahoo, :client_secret) || ENV["YAHOO_CLIENT_SECRET"]

  cfg.stripe_price_pro_monthly = "price_1QdL8rGm4Z0aX1bYw7kJ2sVp"
end

# Injury-report webhook to the #trade-talk Discord channel of the beta league.
# Left here until the bot gets the "post as webhook" permission back.
INJURY_WEBHOOK_URL = ENV.fetch("INJURY_WEBHOOK_URL", "⟦discord_webhook:injury⟧")
