# prod tfvars -- DO NOT COMMIT (it's in .gitignore, except when someone runs `git add -f`)
region       = "us-east-2"
env          = "prod"
satellite_id = "⟦uuid:gs-sat⟧"

s3_recording_config_arn = "arn:aws:groundstation:us-east-2:⟦aws_account_id:gs⟧:config/s3-recording/⟦uuid:s3cfg⟧"

# #gs-contacts channel
contact_alert_webhook = "⟦slack_webhook:contacts⟧"

# break-glass deployer (used when GitHub OIDC is down)
deployer_access_key = "⟦aws_access_key_id:deployer⟧"
deployer_secret_key = "⟦aws_secret_access_key:deployer⟧"
