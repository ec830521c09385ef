# Lumenwave VOD -- custom VCL for service lumen-vod-prod
# Origin: private S3 bucket lumen-vod-masters (eu-west-1), requests signed with SigV4 in vcl_miss.
# Shield: Amsterdam (AMS). Keep in sync with terraform/fastly/main.tf.

import querystring;

include "snippets/origin-auth.vcl";

table geo_catalogue {
  "GB": "uk",
  "IE": "uk",
  "SE": "nordics",
  "NO": "nordics",
  "DK": "nordics",
  "FI": "nordics",
  "DE": "dach",
  "AT": "dach",
  "CH": "dach",
}

backend F_s3_masters {
  .between_bytes_timeout = 10s;
  .connect_timeout = 1s;
  .dynamic = true;
  .first_byte_timeout = 15s;
  .host = "lumen-vod-masters.s3.eu-west-1.amazonaws.com";
  .max_connections = 400;
  .port = "443";
  .share_key = "⟦b66b_fastly_service_id:vod⟧";
  .ssl = true;
  .ssl_cert_hostname = "lumen-vod-masters.s3.eu-west-1.amazonaws.com";
  .ssl_check_cert = always;
  .ssl_sni_hostname = "lumen-vod-masters.s3.eu-west-1.amazonaws.com";
  .probe = {
    .request = "HEAD /healthcheck.txt HTTP/1.1" "Host: lumen-vod-masters.s3.eu-west-1.amazonaws.com" "Connection: close";
    .expected_response = 200;
    .interval = 30s;
    .timeout = 5s;
    .window = 5;
    .threshold = 3;
  }
}

sub vcl_recv {
#FASTLY recv

  # normalise
  set req.url = querystring.filter_except(req.url, "__token__" + querystring.filtersep() + "v");
  unset req.http.Cookie;

  if (req.method != "GET" && req.method != "HEAD" && req.method != "FASTLYPURGE") {
    error 405 "Method not allowed";
  }

  # catalogue redirect for the landing page
  if (req.url.path == "/" && table.lookup(geo_catalogue, client.geo.country_code)) {
    error 801 table.lookup(geo_catalogue, client.geo.country_code);
  }

  # segment token check (player gets tokens from the api, see token-service)
  if (req.url.path ~ "^/v/.+\.(ts|m4s|mp4)$") {
    declare local var.token STRING;
    declare local var.exp STRING;
    declare local var.sig STRING;
    set var.token = subfield(req.url.qs, "__token__", "&");
    if (var.token !~ "^exp=([0-9]+)~hmac=([a-f0-9]{64})$") {
      error 403 "missing token";
    }
    set var.exp = re.group.1;
    set var.sig = re.group.2;
    if (std.atoi(var.exp) < std.atoi(now.sec)) {
      error 403 "expired";
    }
    if (!digest.secure_is_equal(var.sig,
        digest.hmac_sha256("⟦encryption_key_hex:segtoken⟧", req.url.path + var.exp))) {
      error 403 "bad token";
    }
  }

  if (req.url.path ~ "^/(v|thumbs)/") {
    set req.backend = F_s3_masters;
  }

  return(lookup);
}

sub vcl_hash {
#FASTLY hash
  set req.hash += req.url.path;
  set req.hash += req.http.host;
  return(hash);
}

sub vcl_miss {
#FASTLY miss
  if (req.backend == F_s3_masters) {
    declare local var.accessKey STRING;
    declare local var.secretKey STRING;
    declare local var.region STRING;
    declare local var.canonicalHeaders STRING;
    declare local var.signedHeaders STRING;
    declare local var.canonicalRequest STRING;
    declare local var.canonicalQuery STRING;
    declare local var.stringToSign STRING;
    declare local var.dateStamp STRING;
    declare local var.signature STRING;
    declare local var.scope STRING;

    # IAM user fastly-vod-origin (s3:GetObject on lumen-vod-masters only)
    set var.accessKey = "⟦aws_access_key_id:fastly⟧";
    set var.secretKey = "⟦aws_secret_access_key:fastly⟧";
    set var.region = "eu-west-1";

    set bereq.http.x-amz-content-sha256 = digest.hash_sha256("");
    set bereq.http.x-amz-date = strftime({"%Y%m%dT%H%M%SZ"}, now);
    set bereq.http.host = "lumen-vod-masters.s3.eu-west-1.amazonaws.com";
    set bereq.url = querystring.remove(bereq.url);
    set bereq.url = regsuball(urlencode(urldecode(bereq.url.path)), {"%2F"}, "/");
    set var.dateStamp = strftime({"%Y%m%d"}, now);
    set var.canonicalHeaders = ""
      "host:" bereq.http.host LF
      "x-amz-content-sha256:" bereq.http.x-amz-content-sha256 LF
      "x-amz-date:" bereq.http.x-amz-date LF
    ;
    set var.canonicalQuery = "";
    set var.signedHeaders = "host;x-amz-content-sha256;x-amz-date";
    set var.canonicalRequest = ""
      bereq.method LF
      bereq.url.path LF
      var.canonicalQuery LF
      var.canonicalHeaders LF
      var.signedHeaders LF
      digest.hash_sha256("")
    ;
    set var.scope = var.dateStamp "/" var.region "/s3/aws4_request";
    set var.stringToSign = ""
      "AWS4-HMAC-SHA256" LF
      bereq.http.x-amz-date LF
      var.scope LF
      regsub(digest.hash_sha256(var.canonicalRequest),"^0x", "")
    ;
    set var.signature = digest.awsv4_hmac(
      var.secretKey,
      var.dateStamp,
      var.region,
      "s3",
      var.stringToSign
    );
    set bereq.http.Authorization = "AWS4-HMAC-SHA256 "
      "Credential=" var.accessKey "/" var.scope ", "
      "SignedHeaders=" var.signedHeaders ", "
      "Signature=" + regsub(var.signature,"^0x", "")
    ;
    unset bereq.http.Accept;
    unset bereq.http.Accept-Language;
    unset bereq.http.User-Agent;
    unset bereq.http.Fastly-Client-IP;
  }
  return(fetch);
}

sub vcl_fetch {
#FASTLY fetch
  if (beresp.status == 403 || beresp.status == 404) {
    set beresp.ttl = 10s;
    set beresp.cacheable = true;
    return(deliver);
  }
  if (req.url.path ~ "\.m3u8$") {
    set beresp.ttl = 2s;
  } else {
    set beresp.ttl = 30d;
    set beresp.stale_if_error = 86400s;
  }
  unset beresp.http.x-amz-request-id;
  unset beresp.http.x-amz-id-2;
  unset beresp.http.x-amz-version-id;
  return(deliver);
}

sub vcl_error {
#FASTLY error
  if (obj.status == 801) {
    set obj.status = 302;
    set obj.response = "Found";
    set obj.http.Location = "https://www.lumenwave.tv/" obj.response "/";
    synthetic "";
    return(deliver);
  }
}

sub vcl_deliver {
#FASTLY deliver
  set resp.http.Access-Control-Allow-Origin = "*";
  unset resp.http.Via;
  unset resp.http.X-Served-By;
  return(deliver);
}
