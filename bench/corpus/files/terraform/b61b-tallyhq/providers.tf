terraform {
  required_version = ">= 1.6"
  required_providers {
    stripe = {
      source  = "lukasaron/stripe"
      version = "~> 1.9"
    }
    datadog = {
      source  = "DataDog/datadog"
      version = "~> 3.44"
    }
    doppler = {
      source  = "DopplerHQ/doppler"
      version = "~> 1.8"
    }
  }
  backend "s3" {
    bucket = "tallyhq-tfstate"
    key    = "platform/terraform.tfstate"
    region = "us-west-2"
  }
}

# Webhook endpoints, issuing authorization controls and products are managed here.
provider "stripe" {
  # TODO: use TF_VAR_stripe_api_key, this was pasted to unblock the Treasury launch
  api_key = "⟦stripe_secret_live⟧"
}

provider "datadog" {
  api_key = "⟦datadog_api_key:tf⟧"
  app_key = "⟦datadog_app_key⟧"
  api_url = "https://api.us5.datadoghq.com/"
}

provider "doppler" {
  doppler_token = var.doppler_token
}

variable "doppler_token" {
  type      = string
  sensitive = true
}

resource "stripe_webhook_endpoint" "issuing" {
  url         = "https://api.tallyhq.com/hooks/stripe"
  description = "issuing + treasury events"
  enabled_events = [
    "issuing_authorization.request",
    "issuing_authorization.created",
    "issuing_card.updated",
    "treasury.received_credit.created",
    "treasury.outbound_payment.posted",
  ]
}

resource "doppler_secret" "stripe_webhook_secret" {
  project = "tally"
  config  = "prd"
  name    = "STRIPE_WEBHOOK_SECRET"
  value   = stripe_webhook_endpoint.issuing.secret
}
