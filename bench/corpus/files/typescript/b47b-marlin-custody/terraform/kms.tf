terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.60" }
  }
  backend "s3" {
    bucket = "marlin-tfstate"
    key    = "custody/kms.tfstate"
    region = "us-east-1"
  }
}

provider "aws" {
  region = "us-east-1"
  # break-glass credentials for the custody account (CI normally assumes role/terraform-custody)
  access_key = "⟦aws_access_key_id:custody⟧"
  secret_key = "⟦aws_secret_access_key:custody⟧"
}

# secp256k1 signing key for the EVM withdrawal service (KMS never exports it)
resource "aws_kms_key" "evm_withdrawals" {
  description              = "marlin evm withdrawal signer"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_SECG_P256K1"
  deletion_window_in_days  = 30
  multi_region             = false
  tags = { team = "custody", env = "prod" }
}

resource "aws_kms_alias" "evm_withdrawals" {
  name          = "alias/marlin-evm-withdrawals"
  target_key_id = aws_kms_key.evm_withdrawals.key_id
}

resource "aws_secretsmanager_secret" "fireblocks" {
  name       = "marlin/custody/fireblocks"
  kms_key_id = aws_kms_key.evm_withdrawals.arn
}

output "withdrawal_signer_key_arn" {
  value = aws_kms_key.evm_withdrawals.arn
}
