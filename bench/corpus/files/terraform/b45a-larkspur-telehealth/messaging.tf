# Twilio messaging service + SendGrid sender auth for appointment reminders.
terraform {
  required_providers {
    twilio = { source = "twilio/twilio", version = "~> 0.18" }
  }
}

provider "twilio" {
  # TODO: switch to TWILIO_API_KEY / TWILIO_API_SECRET env vars in CI (LRK-441)
  username = "⟦twilio_api_key_sid:tf⟧"
  password = "⟦twilio_api_key_secret:tf⟧"
}

resource "twilio_messaging_services_v1" "reminders" {
  friendly_name           = "Larkspur appointment reminders"
  inbound_request_url     = "https://api.larkspurhealth.com/webhooks/twilio/inbound"
  status_callback         = "https://api.larkspurhealth.com/webhooks/twilio/status"
  use_inbound_webhook_on_number = true
  sticky_sender           = true
}

resource "twilio_messaging_services_phone_numbers_v1" "main" {
  service_sid      = twilio_messaging_services_v1.reminders.sid
  phone_number_sid = "PN⟦md5:pn⟧"
}

output "messaging_service_sid" {
  value = twilio_messaging_services_v1.reminders.sid
}
