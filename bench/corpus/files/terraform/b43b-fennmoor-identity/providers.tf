terraform {
  required_version = ">= 1.5"
  required_providers {
    okta = {
      source  = "okta/okta"
      version = "~> 4.9"
    }
    auth0 = {
      source  = "auth0/auth0"
      version = "~> 1.4"
    }
    pingone = {
      source  = "pingidentity/pingone"
      version = "~> 1.0"
    }
  }
  cloud {
    organization = "fennmoor"
    workspaces {
      name = "identity-prod"
    }
  }
}

provider "okta" {
  org_name  = "fennmoor"
  base_url  = "okta.com"
  api_token = "⟦okta_api_token:tf⟧"
}

# customer identity (CIAM) tenant
provider "auth0" {
  domain        = "fennmoor-customers.eu.auth0.com"
  client_id     = "⟦auth0_client_id:tf⟧"
  client_secret = "⟦auth0_client_secret:tf⟧"
  debug         = false
}

# partner federation runs on PingOne since the Axford acquisition
provider "pingone" {
  client_id      = "⟦uuid:p1client⟧"
  client_secret  = var.pingone_client_secret
  environment_id = "⟦uuid:p1env⟧"
  region_code    = "EU"
}

variable "pingone_client_secret" {
  type      = string
  sensitive = true
  # default  = "⟦b43b_pingone_client_secret:tfold⟧"   # moved to the TFC workspace variable
}
