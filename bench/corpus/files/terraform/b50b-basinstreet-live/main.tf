terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.60" }
  }
  backend "s3" {
    bucket         = "basinstreet-tfstate"
    key            = "live/medialive.tfstate"
    region         = "us-east-1"
    dynamodb_table = "basinstreet-tflock"
  }
}

provider "aws" {
  region = var.region
}

variable "region"              { default = "us-east-1" }
variable "channel_name"        { default = "bsm-live-main" }
variable "mux_token_id"        { type = string }
variable "mux_token_secret"    { type = string, sensitive = true }
variable "youtube_stream_key"  { type = string, sensitive = true }
variable "brightcove_client_id"     { type = string }
variable "brightcove_client_secret" { type = string, sensitive = true }

# ---------------------------------------------------------------------------
# MediaPackage + CDN authorization
# ---------------------------------------------------------------------------
resource "aws_media_package_channel" "main" {
  channel_id  = "${var.channel_name}-mp"
  description = "Basin Street main live channel"
}

resource "aws_secretsmanager_secret" "cdn_auth" {
  name        = "MediaPackage/${var.channel_name}-cdn-auth"
  description = "CDN identifier header for MediaPackage CDN authorization"
}

resource "aws_secretsmanager_secret_version" "cdn_auth" {
  secret_id = aws_secretsmanager_secret.cdn_auth.id
  # FIXME(ops-412): move to a random_uuid resource; this value is also set on the CloudFront origin below
  secret_string = jsonencode({
    MediaPackageCDNIdentifier = "⟦b50b_mediapackage_cdn_identifier:tf⟧"
  })
}

resource "aws_iam_role" "mp_secrets" {
  name = "${var.channel_name}-mp-secrets"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "mediapackage.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_cloudfront_distribution" "live" {
  enabled = true
  comment = "bsm live HLS"

  origin {
    domain_name = "7a1c3e.mediapackage.us-east-1.amazonaws.com"
    origin_id   = "mediapackage"
    custom_header {
      name  = "X-MediaPackage-CDNIdentifier"
      value = jsondecode(aws_secretsmanager_secret_version.cdn_auth.secret_string)["MediaPackageCDNIdentifier"]
    }
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "mediapackage"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction { restriction_type = "none" }
  }
  viewer_certificate { cloudfront_default_certificate = true }
}

# ---------------------------------------------------------------------------
# Simulcast destinations (MediaLive reads passwords from SSM)
# ---------------------------------------------------------------------------
resource "aws_ssm_parameter" "youtube_key" {
  name  = "/medialive/${var.channel_name}/youtube-stream-key"
  type  = "SecureString"
  value = var.youtube_stream_key
}

resource "aws_ssm_parameter" "mux_secret" {
  name  = "/apps/vod-sync/mux-token-secret"
  type  = "SecureString"
  value = var.mux_token_secret
}

resource "aws_iam_user" "vod_sync" {
  name = "bsm-vod-sync"
}

resource "aws_iam_access_key" "vod_sync" {
  user = aws_iam_user.vod_sync.name
}

output "vod_sync_access_key_id" {
  value = aws_iam_access_key.vod_sync.id
}
