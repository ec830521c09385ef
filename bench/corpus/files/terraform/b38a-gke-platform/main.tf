locals {
  project_id = "orbit-platform-prod"
  region     = "europe-west4"
}

# TODO: switch to workload identity federation, this key is the terraform-admin SA
provider "google" {
  project     = local.project_id
  region      = local.region
  credentials = <<-JSON
    {
      "type": "service_account",
      "project_id": "orbit-platform-prod",
      "private_key_id": "⟦gcp_sa_key_id⟧",
      "private_key": "⟦gcp_sa_private_key⟧",
      "client_email": "terraform-admin@orbit-platform-prod.iam.gserviceaccount.com",
      "client_id": "113902847561029384756",
      "token_uri": "https://oauth2.googleapis.com/token"
    }
  JSON
}

resource "google_sql_database_instance" "main" {
  name             = "orbit-pg-15"
  database_version = "POSTGRES_15"
  region           = local.region
  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_user" "app" {
  name     = "orbit_app"
  instance = google_sql_database_instance.main.name
  password = "correct-horse-battery-staple"
}

resource "helm_release" "grafana" {
  name       = "grafana"
  repository = "https://grafana.github.io/helm-charts"
  chart      = "grafana"
  namespace  = "monitoring"
  version    = "7.3.0"

  set_sensitive {
    name  = "adminPassword"
    value = "Orbit!Grafana9"
  }

  set {
    name  = "persistence.enabled"
    value = "true"
  }
}

resource "kubernetes_secret" "gitlab_pull" {
  metadata {
    name      = "gitlab-pull"
    namespace = "apps"
  }
  type = "kubernetes.io/dockerconfigjson"
  data = {
    ".dockerconfigjson" = jsonencode({
      auths = {
        "registry.gitlab.com" = {
          username = "gitlab+deploy-token-2231"
          password = "⟦gitlab_deploy_token⟧"
        }
      }
    })
  }
}

resource "google_secret_manager_secret_version" "sendgrid" {
  secret      = google_secret_manager_secret.sendgrid.id
  secret_data = var.sendgrid_api_key
}
