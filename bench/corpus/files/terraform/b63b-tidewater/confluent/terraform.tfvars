# Confluent Cloud + Aiven for the tidewater platform.
# Cloud API key of the "terraform-tidewater" service account (sa-0r7z4m), OrganizationAdmin.
confluent_cloud_api_key    = "⟦confluent_api_key:tf⟧"
confluent_cloud_api_secret = "⟦confluent_api_secret:tf⟧"

environment_id = "env-k9d1p"
cluster_id     = "lkc-7n2q0x"
region         = "eu-west-1"

aiven_project   = "tidewater-prod"
aiven_api_token = "⟦b63b_aiven_token:tf⟧"

redpanda_client_id     = "⟦b63b_redpanda_client_id:tf⟧"
redpanda_client_secret = "⟦b63b_redpanda_client_secret:tf⟧"

topics = {
  "ingest.raw.v2"      = { partitions = 48, retention_ms = 604800000 }
  "ingest.enriched.v2" = { partitions = 48, retention_ms = 1209600000 }
  "ingest.dlq.v1"      = { partitions = 6, retention_ms = 2592000000 }
}
