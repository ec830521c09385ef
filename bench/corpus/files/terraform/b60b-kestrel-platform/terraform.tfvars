# terraform/flags -- LaunchDarkly, Statsig, PostHog and Vercel resources for kestrel-web
# (local apply only; the TFC workspace uses sensitive variables with the same names)

launchdarkly_access_token = "⟦launchdarkly_api_token:tf⟧"
statsig_console_api_key   = "⟦b60b_statsig_console_key:tf⟧"
posthog_api_key           = "⟦posthog_personal_api_key:tf⟧"
posthog_project_id        = 48102
vercel_api_token          = "⟦vercel_token:tf⟧"
vercel_team_id            = "team_kestrel"
nx_cloud_workspace_token  = "⟦b60b_nx_cloud_access_token:tf⟧"

ld_project_key = "kestrel-web"
ld_environments = {
  development = { color = "7B42BC", require_comments = false }
  preview     = { color = "F5A623", require_comments = false }
  production  = { color = "D0021B", require_comments = true, confirm_changes = true }
}

statsig_gates = ["ops_disable_exports", "new_nav_2025", "billing_v2"]
