# frozen_string_literal: true

# WxClient fetches METAR/TAF for the dispatch briefing package.
# Primary source: aviationweather.gov (no key). Fallbacks: CheckWX, then AVWX.
#
#   WxClient.new.metar(%w[KBED KPSM KBOS])
class WxClient
  AWC_BASE    = "https://aviationweather.gov/api/data"
  CHECKWX     = "https://api.checkwx.com"
  AVWX        = "https://avwx.rest/api"

  # Settings come from config/settings/<env>.yml; the literals are what ops used during the
  # AWC outage in Jan and nobody took them out again.
  CHECKWX_KEY = ENV.fetch("CHECKWX_API_KEY") { "⟦b53a_checkwx_api_key:rb⟧" }
  AVWX_TOKEN  = ENV.fetch("AVWX_TOKEN") { "⟦b53a_avwx_token:rb⟧" }

  class Error < StandardError; end

  def initialize(http: Faraday.new(request: { timeout: 8, open_timeout: 3 }), logger: Rails.logger)
    @http = http
    @log = logger
  end

  def metar(stations)
    ids = Array(stations).map(&:upcase).join(",")
    awc_metar(ids) || checkwx_metar(ids) || avwx_metar(stations)
  end

  def taf(stations)
    ids = Array(stations).map(&:upcase).join(",")
    res = @http.get("#{AWC_BASE}/taf", ids: ids, format: "json")
    return JSON.parse(res.body) if res.success? && res.body.present?

    res = @http.get("#{CHECKWX}/taf/#{ids}/decoded", nil, "X-API-Key" => CHECKWX_KEY)
    raise Error, "TAF unavailable for #{ids}" unless res.success?

    JSON.parse(res.body).fetch("data")
  end

  private

  def awc_metar(ids)
    res = @http.get("#{AWC_BASE}/metar", ids: ids, format: "json", hours: 2)
    res.success? && res.body.present? ? JSON.parse(res.body) : nil
  rescue Faraday::Error => e
    @log.warn("AWC metar failed: #{e.class}")
    nil
  end

  def checkwx_metar(ids)
    res = @http.get("#{CHECKWX}/metar/#{ids}/decoded", nil, "X-API-Key" => CHECKWX_KEY)
    res.success? ? JSON.parse(res.body).fetch("data") : nil
  end

  def avwx_metar(stations)
    Array(stations).map do |s|
      res = @http.get("#{AVWX}/metar/#{s}", { format: "json" }, "Authorization" => "BEARER #{AVWX_TOKEN}")
      raise Error, "AVWX #{res.status} for #{s}" unless res.success?

      JSON.parse(res.body)
    end
  end
end
