# terraform.tfvars — DO NOT COMMIT (it's in .gitignore... it was in .gitignore)
region          = "aws-us-east-2"
neon_project_id = "polished-meadow-18420331"
neon_api_key    = "⟦neon_api_key:tf⟧"

betterstack_uptime_api_token = "⟦b56c_betterstack_uptime_token:tf⟧"
betterstack_team_name        = "tallyhive"

monitors = {
  api    = "https://app.tallyhive.com/healthz"
  auth   = "https://auth.tallyhive.com/.well-known/openid-configuration"
  status = "https://status.tallyhive.com"
}

oncall_emails = ["priya@tallyhive.com", "dan@tallyhive.com"]

# read-only role for Metabase
metabase_db_password = "Tallyhive-metabase-2025"
