# IBM Cloud MQ (SaaS) - DR queue manager HRQMDR for the waybill flow
# terraform -chdir=ibmcloud-mq apply -var-file=terraform.tfvars
# NOTE: tfvars is in .gitignore ... except it wasn't for this folder (INT-433)

ibmcloud_api_key   = "⟦ibm_cloud_api_key:tf⟧"
region             = "eu-de"
resource_group     = "rg-integration-prod"

mq_instance_name   = "halvorsen-mq-dr"
mq_plan            = "reserved-deployment"
queue_manager_name = "HRQMDR"
queue_manager_size = "small"

# application user for the DR gateway, and its API key for MQ Admin REST
mq_app_user        = "carhire-dr"
mq_app_api_key     = "⟦ibm_cloud_api_key:mqapp⟧"

# admin user (mqadmin) API key for the MQ Console on IBM Cloud
mq_admin_user      = "int-admin"
mq_admin_api_key   = "⟦ibm_cloud_api_key:mqadmin⟧"

tags = ["team:integration", "app:waybill", "env:dr"]
