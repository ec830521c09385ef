# frozen_string_literal: true

require "faraday"
require "json"

# Lille klient til e-conomic REST API.
# Docs: https://restdocs.e-conomic.com/
#
# X-AppSecretToken identificerer vores app ("Cykelbasen Webshop").
# X-AgreementGrantToken er kundens (vores egen aftale 1104432).
class EconomicClient
  BASE_URL = "https://restapi.e-conomic.com"

  APP_SECRET_TOKEN = ENV["ECONOMIC_APP_SECRET_TOKEN"] || "⟦b58b_economic_app_secret_token⟧"
  AGREEMENT_GRANT_TOKEN = ENV["ECONOMIC_AGREEMENT_GRANT_TOKEN"] || "⟦b58b_economic_grant_token⟧"

  # Demo-aftalen fra e-conomic's dokumentation (read-only, offentlig)
  DEMO_TOKENS = { app: "demo", grant: "demo" }.freeze

  LAYOUT_NUMBER = 19
  PAYMENT_TERMS = { netto8: 1, kontant: 5 }.freeze

  def initialize(app_token: APP_SECRET_TOKEN, grant_token: AGREEMENT_GRANT_TOKEN)
    @http = Faraday.new(url: BASE_URL) do |f|
      f.request :json
      f.response :json
      f.response :raise_error
      f.headers["X-AppSecretToken"] = app_token
      f.headers["X-AgreementGrantToken"] = grant_token
    end
  end

  def self.demo
    new(app_token: DEMO_TOKENS[:app], grant_token: DEMO_TOKENS[:grant])
  end

  def customer(number)
    @http.get("/customers/#{number}").body
  end

  def create_draft_invoice(order)
    payload = {
      date: order.created_at.to_date.iso8601,
      currency: "DKK",
      customer: { customerNumber: order.customer.economic_number },
      paymentTerms: { paymentTermsNumber: PAYMENT_TERMS[:netto8] },
      layout: { layoutNumber: LAYOUT_NUMBER },
      recipient: {
        name: order.customer.name,
        vatZone: { vatZoneNumber: 1 }
      },
      lines: order.lines.map.with_index(1) do |l, i|
        {
          lineNumber: i,
          product: { productNumber: l.sku },
          quantity: l.quantity,
          unitNetPrice: l.unit_price_excl_vat.to_f,
          description: l.title
        }
      end
    }
    @http.post("/invoices/drafts", payload).body
  end

  def book(draft_number)
    @http.post("/invoices/booked", { draftInvoice: { draftInvoiceNumber: draft_number } }).body
  end
end
