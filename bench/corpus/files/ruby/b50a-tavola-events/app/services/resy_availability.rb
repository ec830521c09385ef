# frozen_string_literal: true

require "net/http"
require "json"

# Checks Bottega 9's public Resy availability so the events team can see whether a buyout date
# still has regular seatings booked. Resy has no partner API for us; this uses the same endpoints as
# resy.com. The api_key below is the one resy.com's web app sends for every visitor.
# The auth token is the bottega9 host account's session (needed for /3/user/reservations).
class ResyAvailability
  BASE = URI("https://api.resy.com")
  WEB_API_KEY = "⟦b50a_resy_web_api_key:web⟧"
  VENUE_ID = 58_212

  def initialize(auth_token: ENV.fetch("RESY_AUTH_TOKEN", "⟦b50a_resy_auth_token:bottega⟧"))
    @auth_token = auth_token
  end

  def slots(date, party_size: 2)
    get("/4/find", day: date.iso8601, party_size: party_size, venue_id: VENUE_ID, lat: 0, long: 0)
      .dig("results", "venues", 0, "slots")
      .to_a
      .map { |s| { time: s.dig("date", "start"), type: s.dig("config", "type") } }
  end

  def booked_covers(date)
    res = get("/3/user/reservations", venue_id: VENUE_ID, day: date.iso8601, type: "upcoming")
    res.fetch("reservations", []).sum { |r| r["num_seats"].to_i }
  end

  private

  def get(path, params)
    uri = BASE.dup
    uri.path = path
    uri.query = URI.encode_www_form(params)
    req = Net::HTTP::Get.new(uri)
    req["Authorization"] = %(ResyAPI api_key="#{WEB_API_KEY}")
    req["X-Resy-Auth-Token"] = @auth_token
    req["X-Origin"] = "https://resy.com"
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
    raise "resy #{res.code}: #{res.body[0, 200]}" unless res.is_a?(Net::HTTPSuccess)

    JSON.parse(res.body)
  end
end
