terraform {
  required_providers {
    google = { source = "hashicorp/google", version = "~> 6.4" }
  }
  backend "gcs" {
    bucket = "lumen-tfstate"
    prefix = "mt"
  }
}

provider "google" {
  project = "lumen-mt-prod"
  region  = "europe-west1"
}

resource "google_project_service" "translate" {
  service            = "translate.googleapis.com"
  disable_on_destroy = false
}

resource "google_service_account" "mt_router" {
  account_id   = "mt-router"
  display_name = "MT router (Cloud Translation Advanced)"
}

resource "google_project_iam_member" "mt_router_translate" {
  project = "lumen-mt-prod"
  role    = "roles/cloudtranslate.user"
  member  = "serviceAccount:${google_service_account.mt_router.email}"
}

resource "google_apikeys_key" "memoq_basic" {
  name         = "memoq-basic-v2"
  display_name = "memoQ Google NMT plugin (Basic v2)"

  restrictions {
    api_targets {
      service = "translate.googleapis.com"
    }
    server_key_restrictions {
      allowed_ips = ["203.0.113.24", "203.0.113.25"]
    }
  }
}

# key_string is only known after apply; we output it once to paste into memoQ.
output "memoq_key" {
  value     = google_apikeys_key.memoq_basic.key_string
  sensitive = true
}

# The Basic key from before Terraform (created in the console in 2022). Imported? No — just noted here
# so we remember to delete it: ⟦gcp_api_key:legacy⟧
