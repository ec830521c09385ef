# staging.tfvars — applied with: terraform apply -var-file=staging.tfvars
# NOTE: this file is in .gitignore... it was committed before the ignore rule (see PR #311).

environment        = "staging"
aws_region         = "us-east-1"
vpc_cidr           = "10.42.0.0/16"
db_instance_class  = "db.t4g.medium"
db_username        = "stridelab_admin"
db_password        = "⟦db_password:tfstg⟧"
msk_scram_users = {
  webhookd = "⟦password:kafka⟧"
  ingest   = "⟦password:kafka-ingest⟧"
}

datadog_api_key    = "⟦datadog_api_key:stg⟧"
datadog_site       = "datadoghq.com"

provider_secrets = {
  strava_client_secret = "⟦b43a_strava_client_secret:stg⟧"
  fitbit_client_secret = "⟦b51a_fitbit_client_secret:stg⟧"
  whoop_client_secret  = "⟦b51a_whoop_client_secret:stg⟧"
}

alert_email = "oncall@stridelab.io"
tags = {
  team    = "platform"
  service = "stridelab"
}
