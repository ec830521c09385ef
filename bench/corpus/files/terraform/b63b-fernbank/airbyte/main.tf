terraform {
  required_providers {
    airbyte = {
      source  = "airbytehq/airbyte"
      version = "0.6.5"
    }
  }
}

provider "airbyte" {
  client_id     = "⟦uuid:tfclient⟧"
  client_secret = "⟦b63b_airbyte_client_secret:tf⟧"
}

variable "workspace_id" {
  type    = string
  default = "5f4e3d2c-1b0a-4c9d-8e7f-6a5b4c3d2e1f"
}

resource "airbyte_source_postgres" "billing" {
  name         = "billing-postgres"
  workspace_id = var.workspace_id
  configuration = {
    host     = "billing-db-ro.fernbank.internal"
    port     = 5432
    database = "billing"
    username = "airbyte_ro"
    password = "Airbyte-ro-Billing24"
    schemas  = ["public"]
    ssl_mode = { require = {} }
    replication_method = {
      read_changes_using_write_ahead_log_cdc = {
        replication_slot = "airbyte_slot"
        publication      = "airbyte_pub"
      }
    }
    tunnel_method = { no_tunnel = {} }
  }
}

resource "airbyte_destination_snowflake" "raw" {
  name         = "snowflake-raw"
  workspace_id = var.workspace_id
  configuration = {
    host      = "fb20931.eu-west-1.snowflakecomputing.com"
    role      = "LOADER"
    warehouse = "LOADING"
    database  = "RAW"
    schema    = "AIRBYTE"
    username  = "SVC_AIRBYTE"
    credentials = {
      key_pair_authentication = {
        private_key          = file("${path.module}/keys/svc_airbyte.p8")
        private_key_password = var.snowflake_key_password
      }
    }
  }
}

variable "snowflake_key_password" {
  type      = string
  sensitive = true
}

resource "airbyte_connection" "billing_to_raw" {
  name           = "billing -> snowflake"
  source_id      = airbyte_source_postgres.billing.source_id
  destination_id = airbyte_destination_snowflake.raw.destination_id
  schedule = {
    schedule_type   = "cron"
    cron_expression = "0 15 * * * ?"
  }
}
