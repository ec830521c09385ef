provider "google" {
  project     = "analytics-prod-204918"
  region      = "europe-west1"
  credentials = file("keys/terraform-sa.json")
}

provider "github" {
  owner = "northwind"
  token = "⟦github_pat⟧"
}

resource "google_sql_user" "reporting" {
  name     = "reporting"
  instance = google_sql_database_instance.main.name
  password = "⟦db_password:reporting⟧"
}

resource "google_secret_manager_secret_version" "stripe" {
  secret      = google_secret_manager_secret.stripe.id
  secret_data = "⟦stripe_secret_live⟧"
}

resource "github_actions_secret" "deploy" {
  repository      = "analytics"
  secret_name     = "GCP_SA_KEY"
  plaintext_value = base64encode(file("keys/deploy-sa.json"))
}
