# Secrets used by the marketing-data stack. Values are NOT managed here: terraform creates the
# empty secrets and IAM; humans add versions with
#   printf '%s' "$VALUE" | gcloud secrets versions add <name> --data-file=-

locals {
  airflow_connections = [
    "bigquery_default",
    "google_ads_default",
    "dbt_cloud_default",
    "slack_marketing_alerts",
    "snowflake_client_share",
  ]
  airflow_variables = [
    "meta_system_user_token",
    "tiktok_access_token",
    "linkedin_access_token",
  ]
}

resource "google_secret_manager_secret" "airflow_connection" {
  for_each  = toset(local.airflow_connections)
  project   = var.project_id
  secret_id = "airflow-connections-${each.value}"

  replication {
    auto {}
  }

  labels = {
    team    = "marketing-data"
    managed = "terraform"
  }
}

resource "google_secret_manager_secret" "airflow_variable" {
  for_each  = toset(local.airflow_variables)
  project   = var.project_id
  secret_id = "airflow-variables-${each.value}"

  replication {
    auto {}
  }

  rotation {
    rotation_period    = "5184000s" # 60 days; LinkedIn tokens expire at 60 days
    next_rotation_time = "2024-07-01T00:00:00Z"
  }

  topics {
    name = google_pubsub_topic.secret_rotation.id
  }
}

resource "google_pubsub_topic" "secret_rotation" {
  project = var.project_id
  name    = "mkt-secret-rotation"
}

resource "google_secret_manager_secret_iam_member" "airflow_reads_connections" {
  for_each  = google_secret_manager_secret.airflow_connection
  project   = var.project_id
  secret_id = each.value.secret_id
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:airflow-mkt@${var.project_id}.iam.gserviceaccount.com"
}

resource "google_secret_manager_secret_iam_member" "airflow_reads_variables" {
  for_each  = google_secret_manager_secret.airflow_variable
  project   = var.project_id
  secret_id = each.value.secret_id
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:airflow-mkt@${var.project_id}.iam.gserviceaccount.com"
}

# dbt Cloud needs the BigQuery key too; it reads the latest version at job start
data "google_secret_manager_secret_version" "dbt_bq_key" {
  project = var.project_id
  secret  = "dbt-prod-bigquery-key"
  version = "latest"
}

resource "dbtcloud_bigquery_credential" "prod" {
  project_id  = var.dbt_cloud_project_id
  dataset     = "marts"
  num_threads = 8
}

output "dbt_bq_key_version" {
  value     = data.google_secret_manager_secret_version.dbt_bq_key.version
  sensitive = false
}

variable "project_id" {
  type    = string
  default = "gullwing-marketing"
}

variable "dbt_cloud_project_id" {
  type = number
}
