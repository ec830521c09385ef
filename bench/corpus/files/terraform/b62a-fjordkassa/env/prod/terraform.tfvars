# Fjordkassa – prod
aws_region        = "eu-north-1"
environment       = "prod"
eks_cluster_name  = "fk-prod"
db_instance_class = "db.t4g.medium"
db_name           = "fjordkassa"
db_username       = "fjordkassa_admin"
db_password       = "Fjordkassa#Prod2024"

vipps_msn           = "⟦b62a_vipps_msn⟧"
vipps_client_id     = "⟦b62a_vipps_client_id⟧"
vipps_client_secret = "⟦b62a_vipps_client_secret⟧"

alert_email = "drift@fjordkassa.no"

tags = {
  Owner      = "plattform"
  CostCenter = "FK-IT"
}
