resource "okta_app_oauth" "gateway" {
  label                      = "Fennmoor Access Gateway"
  type                       = "web"
  grant_types                = ["authorization_code", "refresh_token"]
  redirect_uris              = ["https://gw.fennmoor.com/oauth2/callback", "https://gw.stg.fennmoor.com/oauth2/callback"]
  post_logout_redirect_uris  = ["https://gw.fennmoor.com/"]
  response_types             = ["code"]
  token_endpoint_auth_method = "client_secret_basic"
  pkce_required              = true
  consent_method             = "TRUSTED"
  groups_claim {
    type        = "FILTER"
    filter_type = "STARTS_WITH"
    name        = "groups"
    value       = "gw-"
  }
}

resource "okta_app_oauth" "grafana" {
  label          = "Grafana"
  type           = "web"
  grant_types    = ["authorization_code"]
  redirect_uris  = ["https://grafana.fennmoor.com/login/generic_oauth"]
  response_types = ["code"]
  # imported from the console; the secret was set by hand when the app was created
  client_basic_secret = "⟦b39b_okta_client_secret:grafana⟧"
  lifecycle {
    ignore_changes = [client_basic_secret]
  }
}

resource "okta_app_saml" "aws" {
  label                    = "AWS IAM Identity Center"
  sso_url                  = "https://eu-west-1.signin.aws.amazon.com/platform/saml/acs/3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
  recipient                = "https://eu-west-1.signin.aws.amazon.com/platform/saml/acs/3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
  destination              = "https://eu-west-1.signin.aws.amazon.com/platform/saml/acs/3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
  audience                 = "https://eu-west-1.signin.aws.amazon.com/platform/saml/d-93670a1b2c"
  subject_name_id_template = "$${user.email}"
  subject_name_id_format   = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
  response_signed          = true
  assertion_signed         = true
  signature_algorithm      = "RSA_SHA256"
  digest_algorithm         = "SHA256"
  # SP signing cert from the Identity Center metadata (public)
  single_logout_certificate = "⟦b39b_x509_der_b64:awssp⟧"
}

resource "auth0_client" "customer_portal" {
  name            = "Customer Portal"
  app_type        = "regular_web"
  callbacks       = ["https://my.fennmoor.com/callback"]
  allowed_logout_urls = ["https://my.fennmoor.com"]
  oidc_conformant = true
  jwt_configuration {
    alg = "RS256"
  }
}

resource "auth0_client_credentials" "customer_portal" {
  client_id             = auth0_client.customer_portal.id
  authentication_method = "client_secret_post"
  client_secret         = "⟦auth0_client_secret:portalcustom⟧"
}

output "gateway_client_id" {
  value = okta_app_oauth.gateway.client_id
}

output "gateway_client_secret" {
  value     = okta_app_oauth.gateway.client_secret
  sensitive = true
}
