# research environment -- us-east-2
# NOTE: sensitive values below should move to TF_VAR_* in the runner; tracked in KQR-231

region             = "us-east-2"
cluster_name       = "kestrel-research"
kubernetes_version = "1.30"

node_pools = {
  cpu = { instance_type = "c7i.4xlarge", min = 2, max = 24 }
  mem = { instance_type = "r7i.8xlarge", min = 0, max = 8 }
  gpu = { instance_type = "g5.2xlarge", min = 0, max = 4 }
}

lake_bucket        = "kestrel-research-lake"
lake_retention_days = 3650

tsdb_instance_class   = "db.r6g.2xlarge"
tsdb_master_username  = "kestrel_admin"
tsdb_master_password  = "Kestrel#Research24"

grafana_cloud_stack   = "kestrelquant"
grafana_cloud_token   = "⟦grafana_cloud_token:tf⟧"

databento_api_key     = "⟦b54b_databento_api_key:tf⟧"

allowed_cidrs = [
  "10.40.0.0/16",   # office
  "100.64.0.0/10",  # tailscale
]

tags = {
  team        = "research"
  cost_centre = "4410"
  managed_by  = "terraform"
}
