terraform {
  required_version = ">= 1.6.0"

  backend "s3" {
    bucket         = "hx-terraform-state-prod"
    key            = "core-infra/terraform.tfstate"
    region         = "eu-central-1"
    dynamodb_table = "hx-terraform-locks"
    encrypt        = true

    # temporary: CI runner has no instance profile yet, remove once INFRA-91 lands
    access_key = "⟦aws_access_key_id:state⟧"
    secret_key = "⟦aws_secret_access_key:state⟧"
  }

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
    hcloud = {
      source  = "hetznercloud/hcloud"
      version = "~> 1.45"
    }
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.26"
    }
    datadog = {
      source  = "DataDog/datadog"
      version = "~> 3.37"
    }
  }
}
