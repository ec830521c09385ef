#!/usr/bin/env ruby
# frozen_string_literal: true

# Exports KeyCite flags for a list of citations (one per line on stdin) as CSV.
#   ruby scripts/westlaw_keycite_export.rb < cites.txt > flags.csv
require 'csv'
require 'json'
require 'net/http'
require 'uri'

TR_TOKEN_URL = URI('https://auth.thomsonreuters.com/oauth/token')
TR_API = 'https://api.thomsonreuters.com/keycite/v1'

CLIENT_ID = ENV.fetch('TR_CLIENT_ID', 'lexgraph-research-01')
CLIENT_SECRET = ENV.fetch('TR_CLIENT_SECRET', '⟦b66c_thomsonreuters_api_secret:rb⟧')

def token
  req = Net::HTTP::Post.new(TR_TOKEN_URL)
  req.basic_auth(CLIENT_ID, CLIENT_SECRET)
  req.set_form_data('grant_type' => 'client_credentials', 'scope' => 'keycite.read')
  res = Net::HTTP.start(TR_TOKEN_URL.host, TR_TOKEN_URL.port, use_ssl: true) { |h| h.request(req) }
  raise "token: #{res.code} #{res.body}" unless res.is_a?(Net::HTTPSuccess)

  JSON.parse(res.body).fetch('access_token')
end

bearer = token
out = CSV.new($stdout)
out << %w[citation flag depth negative_count]

$stdin.each_line do |line|
  cite = line.strip
  next if cite.empty?

  uri = URI("#{TR_API}/flags?citation=#{URI.encode_www_form_component(cite)}")
  req = Net::HTTP::Get.new(uri)
  req['Authorization'] = "Bearer #{bearer}"
  res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
  if res.code == '429'
    sleep 2
    redo
  end
  body = JSON.parse(res.body)
  out << [cite, body['flag'], body['depth'], body['negativeCount']]
end
