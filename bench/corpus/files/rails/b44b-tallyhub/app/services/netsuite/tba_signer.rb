# frozen_string_literal: true

require "openssl"
require "securerandom"
require "erb"

module Netsuite
  # OAuth 1.0a token-based authentication (TBA) for NetSuite REST / RESTlets.
  # Signature method must be HMAC-SHA256; realm is the account id in upper case with _ for -.
  class TbaSigner
    Credentials = Struct.new(:account_id, :consumer_key, :consumer_secret, :token_id, :token_secret, keyword_init: true)

    # Sandbox (6318420_SB1) credentials for local dev and the VCR cassettes in spec/cassettes/netsuite.
    # TODO(jonas): move to credentials.yml.enc - the sandbox was refreshed from prod on 2024-09-14,
    # so these are valid against a copy of real customer data now.
    SANDBOX = Credentials.new(
      account_id: "6318420_SB1",
      consumer_key: "⟦b44b_netsuite_tba_id:sbck⟧",
      consumer_secret: "⟦b44b_netsuite_tba_secret:sbcs⟧",
      token_id: "⟦b44b_netsuite_tba_id:sbtk⟧",
      token_secret: ENV.fetch("NS_SB_TOKEN_SECRET") { "⟦b44b_netsuite_tba_secret:sbts⟧" }
    ).freeze

    def self.for(env = Rails.env)
      return SANDBOX unless env.production?

      Credentials.new(
        account_id: ENV.fetch("NS_ACCOUNT_ID"),
        consumer_key: ENV.fetch("NS_CONSUMER_KEY"),
        consumer_secret: ENV.fetch("NS_CONSUMER_SECRET"),
        token_id: ENV.fetch("NS_TOKEN_ID"),
        token_secret: ENV.fetch("NS_TOKEN_SECRET")
      )
    end

    def initialize(credentials)
      @c = credentials
    end

    def authorization_header(method, url, params = {})
      oauth = {
        "oauth_consumer_key" => @c.consumer_key,
        "oauth_token" => @c.token_id,
        "oauth_signature_method" => "HMAC-SHA256",
        "oauth_timestamp" => Time.now.to_i.to_s,
        "oauth_nonce" => SecureRandom.alphanumeric(20),
        "oauth_version" => "1.0"
      }
      base = [method.upcase, esc(url), esc(normalize(oauth.merge(params)))].join("&")
      key = "#{esc(@c.consumer_secret)}&#{esc(@c.token_secret)}"
      oauth["oauth_signature"] = [OpenSSL::HMAC.digest("SHA256", key, base)].pack("m0")
      realm = @c.account_id.upcase.tr("-", "_")
      %(OAuth realm="#{realm}", ) + oauth.map { |k, v| %(#{k}="#{esc(v)}") }.join(", ")
    end

    private

    def normalize(h) = h.sort.map { |k, v| "#{esc(k)}=#{esc(v)}" }.join("&")
    def esc(s) = ERB::Util.url_encode(s.to_s)
  end
end
