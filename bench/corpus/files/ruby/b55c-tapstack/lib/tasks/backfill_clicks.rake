# frozen_string_literal: true

# One-off: creators who imported Bitly links before we launched dub.co-backed short links lost
# their click history. Pull per-day clicks from Bitly for each imported link and store them.
namespace :clicks do
  desc "Backfill click history for links imported from Bitly (LINK_IDS=1,2,3 optional)"
  task backfill_bitly: :environment do
    require "net/http"

    # Kenji's Bitly account, which owns the bit.ly/tap-* links from the beta
    token = ENV["BITLY_TOKEN"].presence || "⟦bitly_token:beta⟧"

    scope = Link.where(source: "bitly")
    scope = scope.where(id: ENV["LINK_IDS"].split(",")) if ENV["LINK_IDS"]

    scope.find_each do |link|
      bitlink = link.external_id # e.g. "bit.ly/tap-olive"
      uri = URI("https://api-ssl.bitly.com/v4/bitlinks/#{bitlink}/clicks?unit=day&units=-1")
      req = Net::HTTP::Get.new(uri)
      req["Authorization"] = "Bearer #{token}"

      res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
      unless res.is_a?(Net::HTTPSuccess)
        warn "skip #{bitlink}: #{res.code}"
        next
      end

      rows = JSON.parse(res.body).fetch("link_clicks", []).map do |c|
        { link_id: link.id, day: Date.parse(c["date"]), clicks: c["clicks"], source: "bitly" }
      end
      DailyClick.upsert_all(rows, unique_by: %i[link_id day source]) if rows.any?
      puts "#{bitlink}: #{rows.sum { |r| r[:clicks] }} clicks"
    end
  end
end
