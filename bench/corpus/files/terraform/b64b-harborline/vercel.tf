terraform {
  required_providers {
    vercel = {
      source  = "vercel/vercel"
      version = "~> 1.11"
    }
  }
  backend "s3" {
    bucket = "harborline-tfstate"
    key    = "vercel/storefront.tfstate"
    region = "eu-west-2"
  }
}

provider "vercel" {
  # TODO: switch to VERCEL_API_TOKEN env var; hard-coded while bootstrapping (jonas)
  api_token = "⟦vercel_token:tf⟧"
  team      = "harborline"
}

resource "vercel_project" "storefront" {
  name      = "storefront"
  framework = "nextjs"
  git_repository = {
    type = "github"
    repo = "harborline/storefront"
  }
  build_command    = "pnpm build"
  install_command  = "pnpm install --frozen-lockfile"
  serverless_function_region = "lhr1"
}

resource "vercel_project_environment_variable" "stripe_publishable" {
  project_id = vercel_project.storefront.id
  key        = "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY"
  value      = "⟦stripe_publishable_live:hl⟧"
  target     = ["production", "preview"]
}

resource "vercel_project_environment_variable" "stripe_webhook" {
  project_id = vercel_project.storefront.id
  key        = "STRIPE_WEBHOOK_SECRET"
  value      = "⟦stripe_webhook_secret:tf⟧"
  target     = ["production"]
  sensitive  = true
}

resource "vercel_project_environment_variable" "stripe_secret" {
  project_id = vercel_project.storefront.id
  key        = "STRIPE_SECRET_KEY"
  value      = var.stripe_secret_key
  target     = ["production"]
  sensitive  = true
}

resource "vercel_project_environment_variable" "sentry_dsn" {
  project_id = vercel_project.storefront.id
  key        = "NEXT_PUBLIC_SENTRY_DSN"
  value      = "⟦sentry_dsn:hl⟧"
  target     = ["production", "preview", "development"]
}

resource "vercel_project_domain" "apex" {
  project_id = vercel_project.storefront.id
  domain     = "harborline.co"
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
}
