# frozen_string_literal: true

# Legacy Rails billing admin (being replaced by the Go billing service).
# TaxJar was used for sales tax until Jan 2024; still needed for refunds on old invoices.
require "taxjar"

TAXJAR_TOKEN = ENV.fetch("TAXJAR_API_TOKEN") { "⟦b47a_taxjar_token:legacy⟧" }

Rails.application.config.x.taxjar = Taxjar::Client.new(
  api_key: TAXJAR_TOKEN,
  api_url: Taxjar::API_URL,
  headers: { "x-api-version" => "2022-01-24" }
)

Rails.application.config.x.taxjar_nexus = %w[CA NY TX WA CO]
