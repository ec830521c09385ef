# Root terragrunt config. Everything secret comes from the environment or sops -- never inline.
locals {
  account_vars = read_terragrunt_config(find_in_parent_folders("account.hcl"))
  region_vars  = read_terragrunt_config(find_in_parent_folders("region.hcl"))
  env          = local.account_vars.locals.environment
  account_id   = local.account_vars.locals.aws_account_id
  aws_region   = local.region_vars.locals.aws_region

  # decrypted at plan time, file is encrypted with the platform age key
  secrets = yamldecode(sops_decrypt_file(find_in_parent_folders("secrets.sops.yaml")))
}

remote_state {
  backend = "s3"
  generate = {
    path      = "backend.tf"
    if_exists = "overwrite_terragrunt"
  }
  config = {
    bucket         = "tg-state-${local.account_id}-${local.aws_region}"
    key            = "${path_relative_to_include()}/terraform.tfstate"
    region         = local.aws_region
    encrypt        = true
    dynamodb_table = "tg-locks"
    role_arn       = "arn:aws:iam::${local.account_id}:role/terragrunt"
  }
}

generate "provider" {
  path      = "provider.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<EOF
provider "aws" {
  region = "${local.aws_region}"
  allowed_account_ids = ["${local.account_id}"]
  assume_role {
    role_arn = "arn:aws:iam::${local.account_id}:role/terragrunt"
  }
}

provider "github" {
  owner = "kestrel-health"
  token = "${get_env("GITHUB_TOKEN")}"
}
EOF
}

inputs = merge(
  local.account_vars.locals,
  local.region_vars.locals,
  {
    datadog_api_key = local.secrets.datadog_api_key
    slack_webhook   = get_env("SLACK_WEBHOOK_URL", "")
    tfc_token       = run_cmd("--terragrunt-quiet", "op", "read", "op://infra/terraform-cloud/token")
  }
)
