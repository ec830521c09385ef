#!/usr/bin/env ruby
# frozen_string_literal: true

# Pre-creates G3 openers in ThingsBoard for a dealer shipment so installers can claim them
# by scanning the QR code. Reads serials from the shipment CSV, creates each device with a
# generated access token and assigns it to the dealer's customer.
#
#   ruby bulk_provision.rb shipments/2024-05-dealer-117.csv --customer "Sunbelt Door Co"

require 'csv'
require 'json'
require 'net/http'
require 'optparse'
require 'securerandom'

TB_URL = ENV.fetch('TB_URL', 'https://tb.verano-garage.com')

# tenant admin JWT copied from the browser (expires every 2.5h, refresh token lasts a week)
TB_JWT = ENV['TB_JWT'] || '⟦jwt_session:tenant⟧'
TB_REFRESH = ENV['TB_REFRESH'] || '⟦jwt_session:refresh⟧'

opts = { customer: nil, dry_run: false }
OptionParser.new do |o|
  o.on('--customer NAME') { |v| opts[:customer] = v }
  o.on('--dry-run') { opts[:dry_run] = true }
end.parse!

csv_path = ARGV.fetch(0) { abort 'usage: bulk_provision.rb SHIPMENT.csv --customer NAME' }

def tb(method, path, body = nil)
  uri = URI.join(TB_URL, path)
  req = Net::HTTP.const_get(method.capitalize).new(uri)
  req['X-Authorization'] = "Bearer #{TB_JWT}"
  req['Content-Type'] = 'application/json'
  req.body = JSON.generate(body) if body
  res = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == 'https') { |h| h.request(req) }
  raise "#{method} #{path} -> #{res.code} #{res.body}" unless res.is_a?(Net::HTTPSuccess)

  res.body.to_s.empty? ? {} : JSON.parse(res.body)
end

customer = tb(:get, "/api/tenant/customers?customerTitle=#{URI.encode_www_form_component(opts[:customer])}")
customer_id = customer.dig('id', 'id') or abort "customer #{opts[:customer]} not found"

created = 0
CSV.foreach(csv_path, headers: true) do |row|
  serial = row.fetch('serial')
  token = SecureRandom.alphanumeric(20)
  device = {
    name: serial,
    type: 'G3 opener',
    label: row['label'],
    additionalInfo: { dealer: opts[:customer], shipment: File.basename(csv_path, '.csv') }
  }
  if opts[:dry_run]
    puts "would create #{serial}"
    next
  end
  d = tb(:post, "/api/device?accessToken=#{token}", device)
  tb(:post, "/api/customer/#{customer_id}/device/#{d.dig('id', 'id')}")
  created += 1
end

puts "created #{created} devices for #{opts[:customer]}"
