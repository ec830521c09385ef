terraform {
  required_providers {
    segment = {
      source  = "segmentio/segment"
      version = "~> 1.0"
    }
    snowflake = {
      source  = "Snowflake-Labs/snowflake"
      version = "~> 0.89"
    }
  }
}

provider "segment" {
  # Public API token (workspace owner). Was a variable until the tf-cloud
  # workspace lost its vars during the org migration.
  token = "⟦b46b_segment_public_api_token:tf⟧"
}

provider "snowflake" {
  account       = "sgh44021"
  region        = "us-east-1"
  user          = "SVC_TERRAFORM"
  role          = "SYSADMIN"
  authenticator = "JWT"
  private_key   = <<-PEM
⟦pem_rsa_pkcs8:tf-sf⟧
PEM
}

resource "segment_source" "web_prod" {
  slug    = "web-prod"
  enabled = true
  metadata = {
    id = "IqDTy1TpoU"
  }
  settings = jsonencode({})
}

resource "segment_destination" "amplitude" {
  source_id = segment_source.web_prod.id
  enabled   = true
  metadata = {
    id = "54521fd525e721e32a72ee8f"
  }
  settings = jsonencode({
    apiKey    = var.amplitude_api_key
    secretKey = var.amplitude_secret_key
  })
}

resource "snowflake_user" "segment_loader" {
  name              = "SVC_SEGMENT"
  default_role      = "LOADER"
  default_warehouse = "LOAD_M"
  rsa_public_key    = "⟦b41a_rsa_public_key_b64:seg⟧"
}

variable "amplitude_api_key" {
  type = string
}

variable "amplitude_secret_key" {
  type      = string
  sensitive = true
}
