include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "git::git@github.com:kestrel-health/terraform-modules.git//rds-aurora?ref=v3.8.2"
}

dependency "vpc" {
  config_path = "../vpc"
  mock_outputs = {
    vpc_id             = "vpc-00000000"
    private_subnet_ids = ["subnet-00000000", "subnet-11111111"]
  }
}

# quick fix for the migration weekend -- the sops file didn't have the new key yet.
# TODO: move back to local.secrets.* and rotate!!
generate "linode_provider" {
  path      = "linode.tf"
  if_exists = "overwrite"
  contents  = <<EOF
provider "linode" {
  token = "⟦linode_token⟧"
}
EOF
}

inputs = {
  name               = "patients-prod"
  engine_version     = "15.5"
  instance_class     = "db.r6g.xlarge"
  instances          = 3
  vpc_id             = dependency.vpc.outputs.vpc_id
  subnet_ids         = dependency.vpc.outputs.private_subnet_ids
  master_username    = "kestrel_admin"
  master_password    = "⟦db_password:aurora⟧"
  replication_user   = "dms_replica"
  replication_pass   = "Kestrel#2023"
  backup_retention   = 14
  deletion_protection = true
  performance_insights_enabled = true
  offsite_backup = {
    provider   = "linode-object-storage"
    bucket     = "kestrel-pg-offsite"
    access_key = "⟦generic_key_upper16:linode_obj⟧"
    secret_key = "⟦generic_api_key_alnum40:linode_obj⟧"
  }
}
