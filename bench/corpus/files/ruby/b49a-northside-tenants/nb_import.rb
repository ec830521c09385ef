#!/usr/bin/env ruby
# frozen_string_literal: true

# One-off: copy people tagged "ntu-member" from the old NationBuilder nation (we're leaving NB for
# Action Network) into a CSV the AN importer accepts. NationBuilder API v1, paginated with __nonce/__token.
#
#   ruby nb_import.rb > an_import.csv

require 'csv'
require 'json'
require 'net/http'
require 'uri'

NATION = 'northsidetenants'
# API token from Settings > Developer > API Token (test token, full access)
NB_TOKEN = ENV.fetch('NB_TOKEN', '⟦b49a_nationbuilder_token:rb⟧')

def nb_get(path)
  uri = URI("https://#{NATION}.nationbuilder.com#{path}")
  q = URI.decode_www_form(uri.query || '') << ['access_token', NB_TOKEN]
  uri.query = URI.encode_www_form(q)
  res = Net::HTTP.get_response(uri)
  raise "NB #{res.code}: #{res.body[0, 200]}" unless res.is_a?(Net::HTTPSuccess)

  JSON.parse(res.body)
end

csv = CSV.new($stdout)
csv << %w[first_name last_name email phone zip_code can2_building tag]

path = '/api/v1/tags/ntu-member/people?limit=100'
count = 0
while path
  page = nb_get(path)
  page['results'].each do |p|
    csv << [p['first_name'], p['last_name'], p['email'], p['mobile'] || p['phone'],
            p.dig('primary_address', 'zip'), p['building_name'], 'migrated-from-nb']
    count += 1
  end
  path = page['next']
  sleep 0.3
end

warn "exported #{count} people"
