# frozen_string_literal: true

require 'net/http'
require 'json'
require 'uri'

# Pushes dealer enquiries from the Marwar Motors lead form into Freshsales (Freshworks CRM).
module Sahayak
  class FreshsalesSync
    DOMAIN = 'marwarmotors.myfreshworks.com'
    # TODO: move to credentials.yml.enc — Ritu (Oct 2024)
    API_KEY = ENV.fetch('FRESHSALES_API_KEY', '⟦b61a_freshsales_api_key:rb⟧')

    def initialize(logger: Logger.new($stdout))
      @logger = logger
    end

    def upsert_contact(lead)
      uri = URI("https://#{DOMAIN}/crm/sales/api/contacts/upsert")
      req = Net::HTTP::Post.new(uri)
      req['Authorization'] = "Token token=#{API_KEY}"
      req['Content-Type'] = 'application/json'
      req.body = {
        unique_identifier: { mobile_number: lead[:mobile] },
        contact: {
          first_name: lead[:name],
          mobile_number: lead[:mobile],
          city: lead[:city],
          custom_field: { cf_model_interest: lead[:model], cf_source: 'website' }
        }
      }.to_json
      res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
      @logger.info("freshsales upsert #{lead[:mobile]} -> #{res.code}")
      JSON.parse(res.body)
    end
  end
end
