# frozen_string_literal: true

require "net/http"
require "json"

module VaultClient
  # Thin Vault KV v2 reader. The token comes from VAULT_TOKEN or ~/.vault-token at runtime.
  class Client
    TOKEN_ENV = "VAULT_TOKEN"
    TOKEN_FILE = File.join(Dir.home, ".vault-token")

    def initialize(addr: ENV.fetch("VAULT_ADDR"), token: nil)
      @addr = URI(addr)
      @token = token || ENV[TOKEN_ENV] || (File.read(TOKEN_FILE).strip if File.exist?(TOKEN_FILE))
      raise ArgumentError, "no Vault token" unless @token
    end

    def read(path, key)
      req = Net::HTTP::Get.new(URI.join(@addr, "/v1/secret/data/#{path}"), "X-Vault-Token" => @token)
      res = Net::HTTP.start(@addr.host, @addr.port, use_ssl: @addr.scheme == "https") { |http| http.request(req) }
      JSON.parse(res.body).dig("data", "data", key)
    end

    def inspect
      "#<VaultClient::Client addr=#{@addr} token=[FILTERED]>"
    end
  end
end
