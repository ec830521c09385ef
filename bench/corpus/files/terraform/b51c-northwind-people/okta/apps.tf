terraform {
  required_providers {
    okta = {
      source  = "okta/okta"
      version = "~> 4.8"
    }
  }
  backend "s3" {
    bucket = "nwp-terraform-state"
    key    = "okta/apps.tfstate"
    region = "us-east-2"
  }
}

provider "okta" {
  org_name  = "northwind-people"
  base_url  = "okta.com"
  # TODO: switch to OAuth service app (private_key) — this SSWS token belongs to m.kowalski
  api_token = "⟦okta_api_token:tf⟧"
}

# ---------------------------------------------------------------------------
# Greenhouse: SAML SSO + SCIM provisioning
# ---------------------------------------------------------------------------
resource "okta_app_saml" "greenhouse" {
  label                    = "Greenhouse Recruiting"
  preconfigured_app        = "greenhouse"
  status                   = "ACTIVE"
  user_name_template       = "$${source.email}"
  user_name_template_type  = "BUILT_IN"
  hide_ios                 = false
  hide_web                 = false
  app_settings_json = jsonencode({
    "subdomain" = "northwindpeople"
  })
}

resource "okta_app_group_assignments" "greenhouse" {
  app_id = okta_app_saml.greenhouse.id
  group {
    id = okta_group.recruiting.id
  }
  group {
    id = okta_group.hiring_managers.id
  }
}

# ---------------------------------------------------------------------------
# Internal onboarding portal (OIDC)
# ---------------------------------------------------------------------------
resource "okta_app_oauth" "onboarding_portal" {
  label                      = "Onboarding Portal"
  type                       = "web"
  grant_types                = ["authorization_code", "refresh_token"]
  redirect_uris              = ["https://onboarding.northwind-people.com/auth/callback"]
  post_logout_redirect_uris  = ["https://onboarding.northwind-people.com/"]
  response_types             = ["code"]
  token_endpoint_auth_method = "client_secret_basic"
  pkce_required              = true
}

# The portal's SCIM server (custom app). Okta sends this bearer token on every SCIM call.
resource "okta_app_bookmark" "onboarding_scim_doc" {
  label = "Onboarding Portal (SCIM)"
  url   = "https://onboarding.northwind-people.com/scim/v2"
}

locals {
  onboarding_scim_bearer = "⟦jwt_hmac_secret:scim⟧"
}

resource "okta_group" "recruiting" {
  name        = "APP-Greenhouse-Recruiting"
  description = "Recruiters and coordinators (Greenhouse Job Admin)"
}

resource "okta_group" "hiring_managers" {
  name        = "APP-Greenhouse-HiringManagers"
  description = "Hiring managers (Greenhouse Basic)"
}

output "onboarding_portal_client_id" {
  value = okta_app_oauth.onboarding_portal.client_id
}
