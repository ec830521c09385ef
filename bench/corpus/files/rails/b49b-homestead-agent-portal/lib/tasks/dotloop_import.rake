# frozen_string_literal: true

namespace :dotloop do
  desc "Import closed loops for the brokerage profile into commissions (run monthly)"
  task import_closed: :environment do
    cfg = Rails.configuration.x.dotloop

    # The brokerage-level profile is connected with Karen's login, not an agent's. Until we move it
    # into dotloop_connections like the others, the refresh token is pinned here. It rotates when
    # used, so update this after every run (see the log line below). -- ops, 2024-01
    refresh_token = ENV["DOTLOOP_BROKER_REFRESH_TOKEN"].presence || "⟦b49b_dotloop_refresh_token:broker⟧"

    token = Faraday.new(url: cfg.token_url).post do |req|
      req.headers["Authorization"] = "Basic #{Base64.strict_encode64("#{cfg.client_id}:#{cfg.client_secret}")}"
      req.params["grant_type"] = "refresh_token"
      req.params["refresh_token"] = refresh_token
    end
    body = JSON.parse(token.body)
    Rails.logger.warn("[dotloop] new broker refresh token issued; update DOTLOOP_BROKER_REFRESH_TOKEN")

    api = Faraday.new(url: cfg.api_base, headers: { "Authorization" => "Bearer #{body.fetch('access_token')}" })
    profile_id = ENV.fetch("DOTLOOP_BROKER_PROFILE_ID", "4711302")
    batch = 1
    loop do
      resp = api.get("profile/#{profile_id}/loop", batchNumber: batch, batchSize: 100, filter: "transaction_status=SOLD")
      loops = JSON.parse(resp.body).fetch("data")
      break if loops.empty?

      loops.each { |l| Commissions::LoopImporter.call(l) }
      batch += 1
    end
  end
end
