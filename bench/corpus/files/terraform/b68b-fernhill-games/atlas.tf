terraform {
  required_providers {
    mongodbatlas = {
      source  = "mongodb/mongodbatlas"
      version = "~> 1.21"
    }
  }
}

# TODO: switch to MONGODB_ATLAS_PUBLIC_KEY / MONGODB_ATLAS_PRIVATE_KEY env vars in CI (FH-1410)
provider "mongodbatlas" {
  public_key  = "⟦b68b_atlas_public_key:tf⟧"
  private_key = "⟦mongodb_atlas_private_key:tf⟧"
}

locals {
  project_id = "66f1a2b3c4d5e6f7a8b9c0d1"
}

resource "mongodbatlas_advanced_cluster" "prod" {
  project_id     = local.project_id
  name           = "fernhill-prod"
  cluster_type   = "REPLICASET"
  backup_enabled = true

  replication_specs {
    region_configs {
      provider_name = "AWS"
      region_name   = "EU_WEST_1"
      priority      = 7
      electable_specs {
        instance_size = "M40"
        node_count    = 3
      }
    }
  }
}

resource "mongodbatlas_database_user" "matchmaker" {
  username           = "matchmaker"
  password           = "⟦password:mm⟧"
  project_id         = local.project_id
  auth_database_name = "admin"

  roles {
    role_name     = "readWrite"
    database_name = "game"
  }
}

resource "mongodbatlas_database_user" "readonly" {
  username           = "dzhou_ro"
  password           = var.dzhou_ro_password
  project_id         = local.project_id
  auth_database_name = "admin"

  roles {
    role_name     = "read"
    database_name = "game"
  }
}

variable "dzhou_ro_password" {
  type      = string
  sensitive = true
}
