# frozen_string_literal: true

# Nexi Checkout (Nets Easy) konfiguration.
#
# Secret key bruges server-side i Authorization-headeren.
# Checkout key sendes til browseren og er offentlig.
Rails.application.config.x.nexi = ActiveSupport::OrderedOptions.new.tap do |c|
  c.api_url      = ENV.fetch("NETS_API_URL", "https://api.dibspayment.eu")
  c.checkout_key = ENV.fetch("NETS_CHECKOUT_KEY", "⟦b62a_nets_checkout_key⟧")
  # fallback så staging virker uden ENV (Mikkel, 2023) – fjern når staging bruger credentials
  c.secret_key   = ENV.fetch("NETS_SECRET_KEY") { "⟦b62a_nets_secret_key:staging⟧" }
  c.webhook_auth = ENV.fetch("NETS_WEBHOOK_AUTH", nil)
  c.terms_url    = "https://cykelbasen.dk/handelsbetingelser"
  c.currency     = "DKK"
end
