#!/usr/bin/env ruby
# Exports every Challonge tournament of the legacy "rallypoint_gg" account to CSV before we close it.
# usage: ruby scripts/export_challonge_history.rb > challonge_history.csv
require "net/http"
require "json"
require "csv"

USERNAME = "rallypoint_gg"
API_KEY  = ENV.fetch("CHALLONGE_API_KEY", "⟦b55b_challonge_api_key:rb⟧")
BASE     = URI("https://api.challonge.com/v1/")

def get(path, params = {})
  uri = URI.join(BASE, path)
  uri.query = URI.encode_www_form(params) unless params.empty?
  req = Net::HTTP::Get.new(uri)
  req.basic_auth(USERNAME, API_KEY)
  res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
  raise "#{res.code} #{res.body}" unless res.is_a?(Net::HTTPSuccess)
  JSON.parse(res.body)
end

csv = CSV.new($stdout)
csv << %w[id url name game state participants started_at completed_at winner]

get("tournaments.json", state: "all").each do |row|
  t = row["tournament"]
  parts = get("tournaments/#{t["id"]}/participants.json")
  winner = parts.map { |p| p["participant"] }.find { |p| p["final_rank"] == 1 }
  csv << [t["id"], t["url"], t["name"], t["game_name"], t["state"], t["participants_count"],
          t["started_at"], t["completed_at"], winner && winner["name"]]
  sleep 0.5
end
