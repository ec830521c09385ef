terraform {
  required_providers {
    fastly = {
      source  = "fastly/fastly"
      version = "~> 5.15"
    }
  }
}

variable "fastly_api_key" {
  type      = string
  sensitive = true
}

provider "fastly" {
  api_key = var.fastly_api_key
}

locals {
  vod_domain = "vod.lumenwave.tv"
}

resource "fastly_service_vcl" "vod" {
  name          = "lumen-vod-prod"
  comment       = "Managed by Terraform (terraform/fastly)"
  force_destroy = false

  domain {
    name = local.vod_domain
  }

  backend {
    name              = "F_s3_masters"
    address           = "lumen-vod-masters.s3.eu-west-1.amazonaws.com"
    port              = 443
    use_ssl           = true
    ssl_cert_hostname = "lumen-vod-masters.s3.eu-west-1.amazonaws.com"
    ssl_sni_hostname  = "lumen-vod-masters.s3.eu-west-1.amazonaws.com"
    override_host     = "lumen-vod-masters.s3.eu-west-1.amazonaws.com"
    shield            = "amsterdam-nl"
  }

  vcl {
    name    = "main"
    content = file("${path.module}/../../fastly/vcl/main.vcl")
    main    = true
  }

  vcl {
    name    = "snippets/origin-auth.vcl"
    content = file("${path.module}/../../fastly/vcl/snippets/origin-auth.vcl")
  }

  # access logs -> S3 (Athena queries in analytics/)
  logging_s3 {
    name               = "s3-access-logs"
    bucket_name        = "lumen-cdn-logs"
    domain             = "s3.eu-west-1.amazonaws.com"
    path               = "/fastly/vod/%Y/%m/%d/"
    period             = 300
    gzip_level         = 6
    message_type       = "blank"
    format             = file("${path.module}/log-format.json")
    format_version     = 2
    s3_access_key      = "⟦aws_access_key_id:logs⟧"
    s3_secret_key      = "⟦aws_secret_access_key:logs⟧"
    server_side_encryption = "AES256"
  }

  logging_datadog {
    name   = "datadog-errors"
    token  = "⟦datadog_api_key:fastly⟧"
    region = "EU"
    format = file("${path.module}/datadog-format.json")
    placement = "none"
  }

  logging_https {
    name           = "playback-qoe"
    url            = "https://qoe-ingest.lumenwave.tv/v1/fastly"
    method         = "POST"
    content_type   = "application/json"
    header_name    = "X-Ingest-Key"
    header_value   = "⟦generic_api_key_alnum40:qoe⟧"
    json_format    = "2"
    format         = file("${path.module}/qoe-format.json")
  }

  product_enablement {
    image_optimizer = false
    origin_inspector = true
    domain_inspector = true
  }
}

output "vod_service_id" {
  value = fastly_service_vcl.vod.id
}
