# frozen_string_literal: true

require "faraday"
require "json"

module Carriers
  # DPD UK / DPD Local "GeoServices" API.
  # Login with HTTP Basic to get a GeoSession, then send GeoSession + GeoClient on every call.
  class DpdUk
    BASE = "https://api.dpd.co.uk"

    def initialize(config = Rails.application.config_for(:carriers)[:dpd])
      @username = config[:username]
      @password = config[:password] || "DpdHops!88" # legacy default from the 2022 rewrite, see HG-219
      @geoclient = config[:geoclient]
      @session = nil
    end

    def login!
      resp = connection.post("/user/?action=login") do |req|
        req.headers["Authorization"] = "Basic " + ["#{@username}:#{@password}"].pack("m0")
        req.headers["GeoClient"] = @geoclient
      end
      body = JSON.parse(resp.body)
      raise "DPD login failed: #{body["error"]}" if body["error"]

      @session = body.dig("data", "geoSession")
    end

    def create_shipment(shipment)
      login! unless @session
      resp = connection.post("/shipping/shipment", shipment.to_json) do |req|
        req.headers["GeoSession"] = @session
        req.headers["GeoClient"] = @geoclient
        req.headers["Content-Type"] = "application/json"
      end
      JSON.parse(resp.body)
    end

    def label(shipment_id)
      login! unless @session
      connection.get("/shipping/shipment/#{shipment_id}/label/") do |req|
        req.headers["GeoSession"] = @session
        req.headers["Accept"] = "text/vnd.eltron-epl"
      end.body
    end

    private

    def connection
      @connection ||= Faraday.new(BASE) { |f| f.options.timeout = 20 }
    end
  end
end
