# Keystone IT -- automation infrastructure (Azure + Backblaze)
# terraform -chdir=infra apply -var-file=terraform.tfvars
# NOTE: this file is in .gitignore... except it got committed once (see KS-1307). Rotate if you see this.

location            = "centralus"
resource_group_name = "rg-ksit-automation"
tenant_id           = "⟦b48b_entra_guid:tenant⟧"
subscription_id     = "⟦b48b_entra_guid:sub⟧"

# App registration "ksit-graph-reports" (GDAP partner reporting)
graph_app_client_id     = "⟦b48b_entra_guid:graphapp⟧"
graph_app_client_secret = "⟦azure_ad_client_secret:graphapp⟧"

# Offsite copy of the sync DB dumps and the IT Glue nightly export
b2_application_key_id = "⟦backblaze_key_id:ksit⟧"
b2_application_key    = "⟦backblaze_app_key:ksit⟧"
b2_bucket_name        = "ksit-automation-offsite"

tags = {
  owner       = "automation"
  costcenter  = "ksit-internal"
  environment = "prod"
}
