# Fastly service for static assets (img.quillon.shop) - migrated from Cloudflare in 2023,
# kept because of the image optimizer.
provider "fastly" {
  api_key = "⟦fastly_api_token:tf⟧"
}

resource "fastly_service_vcl" "img" {
  name = "img.quillon.shop"

  domain {
    name = "img.quillon.shop"
  }

  backend {
    address           = "quillon-media.s3.eu-central-1.amazonaws.com"
    name              = "s3_media"
    port              = 443
    use_ssl           = true
    ssl_cert_hostname = "quillon-media.s3.eu-central-1.amazonaws.com"
    override_host     = "quillon-media.s3.eu-central-1.amazonaws.com"
  }

  snippet {
    name     = "sign_s3_origin"
    type     = "miss"
    priority = 100
    content  = <<-VCL
      # static credentials of the IAM user fastly-img-reader (read-only on quillon-media)
      declare local var.access_key STRING;
      declare local var.secret_key STRING;
      set var.access_key = "⟦aws_access_key_id:fastly⟧";
      set var.secret_key = "⟦aws_secret_access_key:fastly⟧";
      set bereq.http.x-amz-content-sha256 = digest.hash_sha256("");
      set bereq.http.x-amz-date = strftime({"%Y%m%dT%H%M%SZ"}, now);
    VCL
  }

  snippet {
    name     = "bot_block"
    type     = "recv"
    priority = 10
    content  = <<-VCL
      if (req.http.User-Agent ~ "(?i)(python-requests|scrapy|curl/)" && !req.http.X-Quillon-Internal) {
        error 403 "Forbidden";
      }
    VCL
  }

  logging_splunk {
    name  = "splunk-edge"
    url   = "https://hec.quillon.shop:8088/services/collector/event"
    token = "⟦splunk_hec_token:fastly⟧"
  }

  force_destroy = false
}
