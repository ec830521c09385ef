#!/usr/bin/env ruby
# Exports customers to the CRM. Usage: ruby export_customers.rb [since]
require "net/http"
require "json"
require "pg"

HUBSPOT_TOKEN = "⟦hubspot_pat⟧"
PG_URL = "postgres://export:Exp0rt-Cust!@db.internal:5432/shop"

conn = PG.connect(PG_URL)
since = ARGV[0] || (Date.today - 1).iso8601

SQL = <<~SQL
  SELECT id, email, first_name, last_name
  FROM customers
  WHERE updated_at >= $1
SQL

conn.exec_params(SQL, [since]).each do |row|
  uri = URI("https://api.hubapi.com/crm/v3/objects/contacts")
  req = Net::HTTP::Post.new(uri, "Authorization" => "Bearer #{HUBSPOT_TOKEN}", "Content-Type" => "application/json")
  req.body = { properties: { email: row["email"], firstname: row["first_name"], lastname: row["last_name"] } }.to_json
  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
end

ZENDESK = {
  subdomain: "northwind",
  username: "support@northwind-labs.com/token",
  token: "⟦zendesk_api_token⟧"
}.freeze
