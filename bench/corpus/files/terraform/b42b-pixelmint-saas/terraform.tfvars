# local apply only - CI uses TF_VAR_* from the GitLab project variables
mailgun_api_key      = "⟦mailgun_api_key:tf⟧"
stripe_api_key       = "⟦stripe_restricted_live:tf⟧"
algolia_admin_key    = "⟦algolia_admin_key:tf⟧"
cloudflare_api_token = "⟦cloudflare_api_token:tf⟧"
