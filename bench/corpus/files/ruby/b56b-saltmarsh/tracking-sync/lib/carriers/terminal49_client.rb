# frozen_string_literal: true

require "faraday"
require "json"

module Carriers
  # Terminal49 for US import containers (LA/LB, NY/NJ, Savannah). We register the master BL and
  # receive webhooks for availability, LFD and holds; ShipsGo is the fallback for carriers
  # Terminal49 does not cover (feeder lines into the UK).
  class Terminal49Client
    BASE_URL = "https://api.terminal49.com/v2"
    # set TERMINAL49_API_KEY in prod; this one is the "dev key" (10 active containers)
    DEFAULT_KEY = "⟦b56b_terminal49_api_key:dev⟧"

    def initialize(api_key: ENV.fetch("TERMINAL49_API_KEY", DEFAULT_KEY), logger: Logger.new($stdout))
      @logger = logger
      @http = Faraday.new(BASE_URL) do |f|
        f.request :json
        f.response :json, content_type: /\bjson$/
        f.headers["Authorization"] = "Token #{api_key}"
        f.headers["Content-Type"] = "application/vnd.api+json"
        f.options.timeout = 20
      end
    end

    def track_bl(scac:, bl_number:, ref: nil)
      body = {
        data: {
          type: "tracking_request",
          attributes: { request_type: "bill_of_lading", request_number: bl_number, scac: scac, ref_numbers: [ref].compact }
        }
      }
      res = @http.post("tracking_requests", body)
      raise "terminal49 #{res.status}: #{res.body}" unless res.success?

      res.body.dig("data", "id")
    end

    def containers(shipment_id)
      @http.get("shipments/#{shipment_id}", include: "containers").body["included"].to_a
    end
  end

  class ShipsGoClient
    URL = "https://shipsgo.com/api/v1.2/ContainerService"
    AUTH_CODE = ENV["SHIPSGO_AUTH_CODE"] || "⟦b56b_shipsgo_auth_code:ff⟧"

    def post_container(container_number:, shipping_line: "OTHERS")
      Faraday.post("#{URL}/PostContainerInfo",
                   { authCode: AUTH_CODE, containerNumber: container_number, shippingLine: shipping_line })
    end

    def voyage_data(container_number)
      Faraday.get("#{URL}/GetContainerInfo/", { authCode: AUTH_CODE, requestId: container_number, mapPoint: true })
    end
  end
end
