# Keystone Mutual - personal lines platform, prod (us-east-1)
# Applied by the platform team from the ksm-infra-prod workspace.

environment        = "prod"
aws_region         = "us-east-1"
vpc_cidr           = "10.64.0.0/16"
availability_zones = ["us-east-1a", "us-east-1b", "us-east-1c"]

rating_db = {
  instance_class    = "db.r6g.xlarge"
  allocated_storage = 500
  engine_version    = "15.7"
  username          = "rating_admin"
  password          = "⟦db_password:rdsmaster⟧"
  multi_az          = true
}

guidewire_sql = {
  instance_class = "db.r6i.2xlarge"
  edition        = "sqlserver-se"
  admin_username = "gwadmin"
  admin_password = "GwAdm1n!Prod2024"
}

datadog_api_key = "⟦datadog_api_key:ksm⟧"
datadog_app_key = "⟦datadog_app_key:ksm⟧"

pagerduty_integration_key = "⟦pagerduty_integration_key:ksm⟧"

# providers
github_token         = "⟦github_pat:tfgh⟧"   # manages branch protection for the ksm-* repos
cloudflare_api_token = "⟦cloudflare_api_token:dns⟧"   # Zone:DNS:Edit on keystonemutual.com

kms_key_arn        = "arn:aws:kms:us-east-1:411209874326:key/⟦uuid:kms⟧"
acm_certificate_id = "⟦uuid:acm⟧"

tags = {
  CostCenter = "PL-Platform"
  Owner      = "platform@keystonemutual.com"
  DataClass  = "Confidential-PII"
}
