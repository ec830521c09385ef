# frozen_string_literal: true

# Sends service-lane texts (RO status, inspection videos, payment links) through Twilio Messaging
# Services. Each dealer rooftop has its own Messaging Service (A2P 10DLC campaign) under our
# ISV account; we authenticate with an API key (SK...) rather than the account auth token.
class TwilioSmsSender
  class DeliveryError < StandardError; end

  STATUS_CALLBACK = "https://app.servicebay.io/webhooks/twilio/status"

  # Staging/dev fallback so `bin/rails console` can text the QA phones without credentials set up.
  DEV_API_KEY_SID    = "⟦twilio_api_key_sid:sbdev⟧"
  DEV_API_KEY_SECRET = "⟦twilio_api_key_secret:sbdev⟧"

  def initialize(rooftop)
    @rooftop = rooftop
    creds = Rails.application.credentials.twilio || {}
    @client = Twilio::REST::Client.new(
      creds[:api_key_sid] || DEV_API_KEY_SID,
      creds[:api_key_secret] || DEV_API_KEY_SECRET,
      creds[:account_sid] || ENV.fetch("TWILIO_ACCOUNT_SID")
    )
  end

  def deliver(to:, body:, media_url: nil, repair_order: nil)
    raise DeliveryError, "opted out" if OptOut.exists?(phone: to, rooftop: @rooftop)

    msg = @client.messages.create(
      messaging_service_sid: @rooftop.twilio_messaging_service_sid,
      to: to,
      body: body,
      media_url: media_url ? [media_url] : nil,
      status_callback: STATUS_CALLBACK
    )
    Message.create!(
      rooftop: @rooftop, repair_order: repair_order, direction: "outbound",
      to: to, body: body, provider_sid: msg.sid, status: msg.status
    )
    msg
  rescue Twilio::REST::RestError => e
    Rails.logger.warn("[twilio] #{@rooftop.slug} #{e.code} #{e.message}")
    raise DeliveryError, e.message
  end
end
