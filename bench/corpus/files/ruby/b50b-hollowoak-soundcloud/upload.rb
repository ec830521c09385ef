#!/usr/bin/env ruby
# frozen_string_literal: true

# Upload a premiere track to the label's SoundCloud account as private, then print the secret link.
#   ruby upload.rb path/to/master.wav "Artist - Title" [--tags "folk,ambient"]
require "faraday"
require "faraday/multipart"
require "json"
require "optparse"

CLIENT_ID     = ENV["SC_CLIENT_ID"]     || "⟦b50b_soundcloud_client_id:rb⟧"
CLIENT_SECRET = ENV["SC_CLIENT_SECRET"] || "⟦b50b_soundcloud_client_secret:rb⟧"
TOKEN_URL     = "https://secure.soundcloud.com/oauth/token"
API           = "https://api.soundcloud.com"

opts = { tags: "" }
OptionParser.new do |o|
  o.on("--tags TAGS") { |v| opts[:tags] = v }
end.parse!

file, title = ARGV
abort "usage: upload.rb FILE TITLE" unless file && title

def token
  conn = Faraday.new(url: TOKEN_URL) do |f|
    f.request :url_encoded
    f.request :authorization, :basic, CLIENT_ID, CLIENT_SECRET
  end
  res = conn.post("", grant_type: "client_credentials")
  raise "token request failed: #{res.status} #{res.body}" unless res.success?

  JSON.parse(res.body).fetch("access_token")
end

conn = Faraday.new(url: API) do |f|
  f.request :multipart
  f.request :url_encoded
end

res = conn.post("/tracks") do |req|
  req.headers["Authorization"] = "OAuth #{token}"
  req.body = {
    "track[title]" => title,
    "track[sharing]" => "private",
    "track[tag_list]" => opts[:tags],
    "track[downloadable]" => "false",
    "track[asset_data]" => Faraday::Multipart::FilePart.new(file, "audio/wav"),
  }
end

track = JSON.parse(res.body)
puts "uploaded #{track['id']}: #{track['secret_uri'] || track['permalink_url']}"
