# prod.tfvars — Kilnhouse creator sites (one Cloudflare zone + Mailchimp audience per creator)
# NOTE: this file is git-crypted... it was supposed to be. `git crypt status` says otherwise. -JB

region      = "us-east-2"
environment = "prod"

cloudflare_account_id = "b7e2a9c41d0f4e6a8c3b5d7f9e1a2c4b"
cloudflare_api_token  = "⟦cloudflare_api_token:sites⟧"

mailchimp_api_key = "⟦mailchimp_api_key:agency⟧"

creators = {
  "mara-okafor" = {
    zone          = "maraokafor.tv"
    audience_id   = "⟦b42b_mailchimp_audience_id:mara⟧"
    ghost_enabled = false
  }
  "dead-air" = {
    zone          = "deadairpod.com"
    audience_id   = "⟦b42b_mailchimp_audience_id:deadair⟧"
    ghost_enabled = true
  }
  "olive-and-oak" = {
    zone          = "oliveandoak.kitchen"
    audience_id   = "⟦b42b_mailchimp_audience_id:olive⟧"
    ghost_enabled = true
  }
}

ghost_db_master_password = "Kiln-Ghost-2023"
alert_email              = "ops@kilnhouse.co"
