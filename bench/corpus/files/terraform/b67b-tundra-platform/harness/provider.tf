terraform {
  required_providers {
    harness = {
      source  = "harness/harness"
      version = "~> 0.34"
    }
  }
  backend "s3" {
    bucket = "tundra-terraform-state"
    key    = "harness/platform.tfstate"
    region = "eu-central-1"
  }
}

# Service account "terraform-platform" (Account Admin). Token created 2024-08-20, no expiry.
# Supposed to come from HARNESS_PLATFORM_API_KEY in Atlantis; hard-coded here for the bootstrap run.
provider "harness" {
  endpoint         = "https://app.harness.io/gateway"
  account_id       = "⟦b67b_harness_account_id:tundra⟧"
  platform_api_key = "⟦b67b_harness_sat:tf⟧"
}

resource "harness_platform_organization" "platform" {
  identifier  = "platform"
  name        = "Platform"
  description = "Platform engineering"
}

resource "harness_platform_project" "payments" {
  identifier = "payments"
  name       = "Payments"
  org_id     = harness_platform_organization.platform.id
  color      = "#0063F7"
}

resource "harness_platform_delegatetoken" "prod_eu" {
  name       = "tundra-prod-eu"
  account_id = "⟦b67b_harness_account_id:tundra⟧"
}

resource "harness_platform_secret_text" "slack_webhook" {
  identifier                = "slack_deploys_webhook"
  name                      = "slack_deploys_webhook"
  org_id                    = harness_platform_organization.platform.id
  secret_manager_identifier = "org.aws_secrets_manager"
  value_type                = "Reference"
  value                     = "tundra/harness/slack-deploys-webhook"
}
