# frozen_string_literal: true

require "net/http"
require "json"
require "uri"

# Pushes Shopify order context into Gorgias tickets as internal notes, so agents see
# order status, tracking and returns without leaving the helpdesk.
module Lumenwear
  class GorgiasSync
    BASE = "https://lumenwear.gorgias.com/api"

    # fallback creds for the rake task when run from a laptop
    DEFAULT_USER = "cx-bot@lumenwear.com"
    DEFAULT_KEY = "⟦b47a_gorgias_api_key:rb⟧"

    def initialize(user: ENV.fetch("GORGIAS_USERNAME", DEFAULT_USER), key: ENV.fetch("GORGIAS_API_KEY", DEFAULT_KEY),
                   shopify_token: ENV["SHOPIFY_ADMIN_TOKEN"])
      @user = user
      @key = key
      @shopify_token = shopify_token || "⟦shopify_admin_token:rb⟧"
    end

    def sync_ticket(ticket_id)
      ticket = get("/tickets/#{ticket_id}")
      email = ticket.dig("customer", "email")
      return unless email

      orders = shopify_orders(email)
      return if orders.empty?

      body = orders.first(3).map { |o| format_order(o) }.join("<br><br>")
      post("/tickets/#{ticket_id}/messages", {
        channel: "internal-note",
        via: "api",
        from_agent: true,
        sender: { email: @user },
        body_html: "<b>Recent orders</b><br>#{body}",
      })
    end

    private

    def format_order(order)
      tracking = order.dig("fulfillments", 0, "tracking_number") || "—"
      "##{order['order_number']} · #{order['financial_status']}/#{order['fulfillment_status'] || 'unfulfilled'} · " \
        "#{order['total_price']} #{order['currency']} · tracking #{tracking}"
    end

    def shopify_orders(email)
      uri = URI("https://lumenwear.myshopify.com/admin/api/2024-01/orders.json?status=any&limit=5&email=#{URI.encode_www_form_component(email)}")
      req = Net::HTTP::Get.new(uri)
      req["X-Shopify-Access-Token"] = @shopify_token
      res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
      JSON.parse(res.body).fetch("orders", [])
    end

    def get(path)
      request(Net::HTTP::Get.new(URI(BASE + path)))
    end

    def post(path, payload)
      req = Net::HTTP::Post.new(URI(BASE + path))
      req["Content-Type"] = "application/json"
      req.body = JSON.generate(payload)
      request(req)
    end

    def request(req)
      req.basic_auth(@user, @key)
      uri = req.uri
      res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
      raise "Gorgias #{res.code}: #{res.body[0, 200]}" unless res.is_a?(Net::HTTPSuccess)

      JSON.parse(res.body)
    end
  end
end
