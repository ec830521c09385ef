# Scrapy settings for pricehound project
#
# For simplicity, this file contains only settings considered important or
# commonly used. You can find more settings consulting the documentation:
#
#     https://docs.scrapy.org/en/latest/topics/settings.html
#     https://docs.scrapy.org/en/latest/topics/downloader-middleware.html
#     https://docs.scrapy.org/en/latest/topics/spider-middleware.html
import os

BOT_NAME = "pricehound"

SPIDER_MODULES = ["pricehound.spiders"]
NEWSPIDER_MODULE = "pricehound.spiders"

# Identify ourselves honestly on the retailers that allow it (see docs/crawl-policy.md)
USER_AGENT = "PricehoundBot/2.7 (+https://pricehound.io/bot)"

# Obey robots.txt rules -- legal signed off on overriding this for the MAP-monitoring
# customers only, handled per spider via custom_settings
ROBOTSTXT_OBEY = True

CONCURRENT_REQUESTS = 48
CONCURRENT_REQUESTS_PER_DOMAIN = 6
DOWNLOAD_DELAY = 0.75
RANDOMIZE_DOWNLOAD_DELAY = True
DOWNLOAD_TIMEOUT = 45

COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "en-US,en;q=0.9",
}

# ---------------------------------------------------------------------------
# Zyte API (scrapy-zyte-api). Used for the hard targets: bestbuy, homedepot, lowes.
# ---------------------------------------------------------------------------
DOWNLOAD_HANDLERS = {
    "http": "scrapy_zyte_api.ScrapyZyteAPIDownloadHandler",
    "https": "scrapy_zyte_api.ScrapyZyteAPIDownloadHandler",
}
REQUEST_FINGERPRINTER_CLASS = "scrapy_zyte_api.ScrapyZyteAPIRequestFingerprinter"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
ZYTE_API_TRANSPARENT_MODE = False
ZYTE_API_KEY = os.getenv("ZYTE_API_KEY", "⟦b54a_zyte_api_key:prod⟧")
ZYTE_API_ENABLED = True

# ---------------------------------------------------------------------------
# Bright Data residential zone -- everything that is not routed through Zyte
# ---------------------------------------------------------------------------
BRIGHTDATA_CUSTOMER = "⟦b54a_brightdata_customer_id:ph⟧"
BRIGHTDATA_ZONE = "residential_us_ph"
BRIGHTDATA_ZONE_PASSWORD = os.environ.get("BRIGHTDATA_ZONE_PASSWORD", "⟦b54a_brightdata_zone_password:resi⟧")
BRIGHTDATA_HOST = "brd.superproxy.io:33335"

PROXY_POOL = [
    # sticky sessions are appended by RotatingSessionMiddleware (-session-<n>)
    f"http://brd-customer-{BRIGHTDATA_CUSTOMER}-zone-{BRIGHTDATA_ZONE}:{BRIGHTDATA_ZONE_PASSWORD}@{BRIGHTDATA_HOST}",
]

# Datacenter zone kept around for the cheap targets (walmart sitemap, target robots)
DATACENTER_PROXY = "http://brd-customer-⟦b54a_brightdata_customer_id:ph⟧-zone-dc_shared:⟦b54a_brightdata_zone_password:dc⟧@brd.superproxy.io:33335"

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware": None,
    "pricehound.middlewares.RotatingSessionMiddleware": 350,
    "pricehound.middlewares.BanDetectionMiddleware": 560,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": 550,
    "scrapy_zyte_api.ScrapyZyteAPIDownloaderMiddleware": 1000,
}

SPIDER_MIDDLEWARES = {
    "scrapy_zyte_api.ScrapyZyteAPISpiderMiddleware": 100,
}

RETRY_TIMES = 4
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 520, 522, 524, 408, 403]

ITEM_PIPELINES = {
    "pricehound.pipelines.NormalizePricePipeline": 200,
    "pricehound.pipelines.DedupPipeline": 300,
    "pricehound.pipelines.PostgresUpsertPipeline": 800,
}

# ---------------------------------------------------------------------------
# Storage
# ---------------------------------------------------------------------------
POSTGRES_DSN = os.getenv(
    "PRICEHOUND_DSN",
    "postgresql://crawler:⟦db_password:pg⟧@pg-main.internal.pricehound.io:5432/prices",
)

# Raw HTML snapshots and JSON lines go to S3 for the audit trail customers ask for
AWS_ACCESS_KEY_ID = "⟦aws_access_key_id:feeds⟧"
AWS_SECRET_ACCESS_KEY = "⟦aws_secret_access_key:feeds⟧"
AWS_REGION_NAME = "us-east-1"
FEEDS = {
    "s3://pricehound-raw/%(name)s/%(time)s.jsonl.gz": {
        "format": "jsonlines",
        "postprocessing": ["scrapy.extensions.postprocessing.GzipPlugin"],
        "store_empty": False,
        "batch_item_count": 50000,
    },
}

HTTPCACHE_ENABLED = False

# ---------------------------------------------------------------------------
# Alerts
# ---------------------------------------------------------------------------
SLACK_ALERT_WEBHOOK = "⟦slack_webhook:alerts⟧"
BAN_RATE_ALERT_THRESHOLD = 0.18
SENTRY_DSN = "⟦sentry_dsn:crawl⟧"

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = os.getenv("LOG_LEVEL", "INFO")
