region          = "us-east-1"
environment     = "prod"
vpc_cidr        = "10.60.0.0/16"

processing_instance_type = "r6i.4xlarge"
processing_worker_count  = 3
nuix_ami_id              = "ami-0b4c9e2f7a1d38e65"

evidence_bucket    = "sterling-evidence-staging"
productions_bucket = "sterling-productions-out"

# RDS for the orchestrator
pg_instance_class = "db.r6g.large"
pg_username       = "processing_admin"
pg_password       = "Pg-Admin-Sterling-2023"

# Azure Blob mirror for the EU client (GDPR: evidence stays in westeurope)
azure_storage_account   = "sterlingeuevidence"
azure_storage_key       = "⟦azure_storage_key⟧"

# SFTP (AWS Transfer Family) host key - generated once, keep stable so clients don't get warnings
sftp_host_key_fingerprint = "⟦sha256:hostkey⟧"

tags = {
  Owner      = "litsupport-ops"
  CostCenter = "PROC"
  DataClass  = "client-confidential"
}
