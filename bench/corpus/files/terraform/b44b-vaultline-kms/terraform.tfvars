# prod-euw2 - applied from the ops bastion only (state in s3://vl-tfstate-prod/kms)
environment     = "prod"
region          = "eu-west-2"
vpc_id          = "vpc-0c51e9a4d2f7b3186"
private_subnets = ["subnet-04d1e7c2a9b85f310", "subnet-0a93c6e1f27d4b855"]

cloudhsm_cluster_id = "cluster-5v3kqz2wr7d"
cloudhsm_hsm_count  = 2

# custom key store needs the kmsuser crypto-user password on the cluster
kmsuser_password = "⟦password:kmsuser⟧"

# crypto officer (admin) - only needed for user management runs, normally commented out
# crypto_officer_password = "VaultlineCO!2024-Aug"

signer_db_password = "⟦db_password:signer⟧"

tags = {
  CostCentre = "PAY-PLAT"
  Owner      = "payments-platform"
  DataClass  = "PCI"
}
