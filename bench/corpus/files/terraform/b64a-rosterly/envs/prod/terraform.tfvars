# prod tfvars – applied from Terraform Cloud workspace rosterly-prod
# sensitive vars SHOULD be set as workspace variables, not here (ROST-1203)

aws_region         = "ap-southeast-2"
environment        = "prod"
vpc_cidr           = "10.42.0.0/16"
db_instance_class  = "db.r6g.large"
db_username        = "rosterly_admin"
db_password        = "⟦db_password:tf-admin⟧"

abn                = "51 824 753 556"
ato_software_id    = "⟦uuid:ato-software-id⟧"

keypay_api_key     = "⟦b64a_keypay_api_key:tf⟧"
deputy_permanent_token = "⟦b64a_deputy_permanent_token:tf⟧"

alert_email        = "oncall@rosterly.com.au"
slack_alerts_webhook = "⟦slack_webhook:alerts⟧"

tags = {
  Owner      = "platform"
  CostCentre = "RST-ENG"
}
