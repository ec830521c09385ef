# tfvars for the pki workspace — the CI pipeline overrides these from Jenkins credentials,
# local runs use this file (it is in .gitignore... was in .gitignore)
vault_addr          = "https://vault.int.northbank.example-internal.com:8200"
approle_role_id     = "⟦uuid:roleid⟧"
approle_secret_id   = "⟦b43b_vault_approle_secret_id:tf⟧"
digicert_api_key    = "⟦b60a_digicert_api_key:svc⟧"
digicert_org_id     = 1184203
venafi_zone         = "Payments API\\Northbank Internal 90d"
