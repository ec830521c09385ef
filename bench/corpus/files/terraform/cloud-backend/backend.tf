terraform {
  cloud {
    organization = "northwind"
    hostname     = "app.terraform.io"
    token        = "⟦terraform_cloud_token⟧"
    workspaces {
      tags = ["networking"]
    }
  }
}

provider "vault" {
  address = "https://vault.northwind-labs.com:8200"
  token   = "⟦vault_token⟧"
}

provider "pagerduty" {
  token = "⟦pagerduty_api_token⟧"
}

provider "newrelic" {
  account_id = 3847261
  api_key    = "⟦newrelic_user_key⟧"
  region     = "EU"
}
