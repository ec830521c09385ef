# frozen_string_literal: true

require "net/http"
require "json"

# PayTabs PT2 hosted payment page for Zaytoon (AED).
class PaytabsGateway
  ENDPOINT = URI("https://secure.paytabs.com/payment/request")
  QUERY    = URI("https://secure.paytabs.com/payment/query")

  PROFILE_ID = 98_231
  # Client key is fine in the browser (managed form); the server key must stay server-side.
  CLIENT_KEY = "⟦b59b_paytabs_client_key:rb⟧"

  def initialize(server_key: Rails.application.credentials.dig(:paytabs, :server_key) || "⟦b59b_paytabs_server_key:rb⟧")
    @server_key = server_key
  end

  def create_payment_page(order)
    payload = {
      profile_id: PROFILE_ID,
      tran_type: "sale",
      tran_class: "ecom",
      cart_id: order.number,
      cart_currency: "AED",
      cart_amount: order.total.to_f.round(2),
      cart_description: "Zaytoon order #{order.number}",
      paypage_lang: I18n.locale == :ar ? "ar" : "en",
      callback: Rails.application.routes.url_helpers.paytabs_callback_url,
      return: Rails.application.routes.url_helpers.order_url(order),
      customer_details: {
        name: order.customer_name,
        email: order.email,
        phone: order.phone,
        street1: order.address_line1,
        city: order.city,
        country: "AE",
      },
      hide_shipping: true,
    }
    post(ENDPOINT, payload)
  end

  def query(tran_ref)
    post(QUERY, { profile_id: PROFILE_ID, tran_ref: tran_ref })
  end

  private

  def post(uri, payload)
    req = Net::HTTP::Post.new(uri)
    req["authorization"] = @server_key
    req["content-type"] = "application/json"
    req.body = payload.to_json
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true, read_timeout: 20) { |h| h.request(req) }
    JSON.parse(res.body)
  end
end
