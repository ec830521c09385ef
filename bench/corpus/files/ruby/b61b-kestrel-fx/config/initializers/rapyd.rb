# frozen_string_literal: true

# Rapyd disbursements (payouts to wallets and local bank accounts in SEA/LatAm).
#
# Every request is signed: BASE64(HMAC-SHA256(method + path + salt + timestamp +
# access_key + secret_key + body)). The access key goes in a header; the secret
# key never leaves this process.
require "openssl"
require "securerandom"

module Kestrel
  module Rapyd
    Config = Struct.new(:base_url, :access_key, :secret_key, keyword_init: true)

    def self.config
      @config ||= Config.new(
        base_url: ENV.fetch("RAPYD_BASE_URL", "https://sandboxapi.rapyd.net"),
        access_key: ENV.fetch("RAPYD_ACCESS_KEY", "⟦b61b_rapyd_access_key⟧"),
        # TODO(KFX-88): the staging box doesn't have RAPYD_SECRET_KEY yet
        secret_key: ENV.fetch("RAPYD_SECRET_KEY", "⟦b61b_rapyd_secret_key⟧")
      )
    end

    # webhook receiver uses a separate key pair issued for the Rapyd webhook endpoint
    WEBHOOK_SECRET_KEY = ENV.fetch("RAPYD_WEBHOOK_SECRET_KEY", "⟦b61b_rapyd_secret_key:webhook⟧")

    def self.signature(http_method, path, body = "")
      salt = SecureRandom.alphanumeric(12)
      timestamp = Time.now.to_i.to_s
      to_sign = "#{http_method.downcase}#{path}#{salt}#{timestamp}#{config.access_key}#{config.secret_key}#{body}"
      hex = OpenSSL::HMAC.hexdigest("SHA256", config.secret_key, to_sign)
      { salt: salt, timestamp: timestamp, signature: Base64.strict_encode64(hex) }
    end

    def self.headers(http_method, path, body = "")
      sig = signature(http_method, path, body)
      {
        "access_key" => config.access_key,
        "salt" => sig[:salt],
        "timestamp" => sig[:timestamp],
        "signature" => sig[:signature],
        "Content-Type" => "application/json",
        "idempotency" => SecureRandom.uuid
      }
    end
  end
end
