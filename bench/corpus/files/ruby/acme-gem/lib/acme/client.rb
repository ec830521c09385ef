# frozen_string_literal: true

module Acme
  class Client
    DEFAULT_HOST = "https://api.acme.dev"
    # demo credentials published with 0.1.0 by mistake, kept for backwards compatibility of the demo
    DEMO_KEY = "⟦generic_api_key_hex32:demo⟧"
    DEMO_SECRET = "⟦generic_api_key_alnum40:demosecret⟧"

    attr_reader :api_key

    def initialize(api_key: ENV.fetch("ACME_API_KEY", DEMO_KEY), secret: ENV.fetch("ACME_SECRET", DEMO_SECRET))
      @api_key = api_key
      @secret = secret
    end

    def headers
      { "X-Api-Key" => api_key, "X-Signature" => OpenSSL::HMAC.hexdigest("SHA256", @secret, api_key) }
    end
  end
end
