# frozen_string_literal: true

# Installer self-service portal (legacy Rails app, being replaced by the Django portal).
# Credentials for the platforms the "Check my system" page calls directly.

Rails.application.config.x.monitoring = ActiveSupport::OrderedOptions.new.tap do |m|
  m.solaredge_base = "https://monitoringapi.solaredge.com"
  m.solaredge_key  = ENV.fetch("SOLAREDGE_KEY") { "⟦b50c_solaredge_api_key:rails⟧" }

  m.enphase_base   = "https://api.enphaseenergy.com/api/v4"
  m.enphase_key    = ENV["ENPHASE_API_KEY"]
  # token endpoint Basic auth for the Partner app (client_id:client_secret, base64)
  m.enphase_basic  = ENV.fetch("ENPHASE_BASIC") { "⟦b50c_enphase_basic:rails⟧" }

  m.vrm_base       = "https://vrmapi.victronenergy.com/v2"
  m.vrm_token      = ENV["VRM_TOKEN"]
end

# Sidekiq web UI basic auth (mounted at /ops/sidekiq)
Sidekiq::Web.use Rack::Auth::Basic do |user, password|
  ActiveSupport::SecurityUtils.secure_compare(user, "ops") &
    ActiveSupport::SecurityUtils.secure_compare(password, ENV.fetch("SIDEKIQ_WEB_PASSWORD", "sunridge-sidekiq-2021"))
end
