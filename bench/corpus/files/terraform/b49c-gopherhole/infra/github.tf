# Manages the gopherhole GitHub org: repos, branch protection and Actions secrets.
# State lives in the Terraform Cloud workspace "gopherhole-github".

terraform {
  required_providers {
    github = {
      source  = "integrations/github"
      version = "~> 6.0"
    }
  }
  cloud {
    organization = "gopherhole"
    workspaces { name = "gopherhole-github" }
  }
}

provider "github" {
  owner = "gopherhole"
  # org admin PAT (Dara) -- TODO switch to a GitHub App installation
  token = "⟦github_pat:tf-admin⟧"
}

variable "cosign_private_key" {
  type      = string
  sensitive = true
}

variable "cosign_password" {
  type      = string
  sensitive = true
}

resource "github_repository" "gopherhole" {
  name                   = "gopherhole"
  description            = "Expose local services through an encrypted tunnel"
  homepage_url           = "https://gopherhole.dev"
  visibility             = "public"
  has_issues             = true
  has_discussions        = true
  delete_branch_on_merge = true
  vulnerability_alerts   = true
  topics                 = ["tunnel", "networking", "golang", "cli"]
}

resource "github_repository" "homebrew_tap" {
  name        = "homebrew-tap"
  description = "Homebrew formulae for gopherhole"
  visibility  = "public"
}

resource "github_branch_protection" "main" {
  repository_id           = github_repository.gopherhole.node_id
  pattern                 = "main"
  required_linear_history = true
  require_signed_commits  = true
  required_pull_request_reviews {
    required_approving_review_count = 1
    dismiss_stale_reviews           = true
  }
}

resource "github_actions_secret" "cosign_private_key" {
  repository      = github_repository.gopherhole.name
  secret_name     = "COSIGN_PRIVATE_KEY"
  plaintext_value = var.cosign_private_key
}

resource "github_actions_secret" "cosign_password" {
  repository      = github_repository.gopherhole.name
  secret_name     = "COSIGN_PASSWORD"
  plaintext_value = var.cosign_password
}

resource "github_actions_secret" "docker_password" {
  repository      = github_repository.gopherhole.name
  secret_name     = "DOCKER_PASSWORD"
  plaintext_value = "⟦b49c_dockerhub_oat:tf⟧"
}

resource "github_actions_secret" "chocolatey_api_key" {
  repository      = github_repository.gopherhole.name
  secret_name     = "CHOCOLATEY_API_KEY"
  plaintext_value = "⟦b49c_chocolatey_api_key:tf⟧"
}

resource "github_actions_secret" "homebrew_tap_token" {
  repository      = github_repository.gopherhole.name
  secret_name     = "HOMEBREW_TAP_GITHUB_TOKEN"
  plaintext_value = data.tfe_outputs.tokens.values.tap_token
}

data "tfe_outputs" "tokens" {
  organization = "gopherhole"
  workspace    = "gopherhole-tokens"
}
