"""Downloader middlewares for pricehound.

RotatingSessionMiddleware pins a Bright Data sticky session per (spider, domain)
and rotates it when BanDetectionMiddleware flags a ban page.
"""
import logging
import random
from urllib.parse import quote

from scrapy import signals
from scrapy.exceptions import IgnoreRequest

logger = logging.getLogger(__name__)

BAN_MARKERS = (
    b"Robot or human?",
    b"px-captcha",
    b"Access Denied",
    b"/cdn-cgi/challenge-platform/",
)

# MAP-monitoring customers (see PH-412) need geo-targeted exits. The zone password
# is shared with the residential zone; the ISP zone has its own.
ISP_ZONE = "isp_static_ph"
ISP_ZONE_PASS = "⟦b54a_brightdata_zone_password:isp⟧"


class RotatingSessionMiddleware:
    def __init__(self, settings):
        self.customer = settings.get("BRIGHTDATA_CUSTOMER")
        self.zone = settings.get("BRIGHTDATA_ZONE")
        self.password = settings.get("BRIGHTDATA_ZONE_PASSWORD")
        self.host = settings.get("BRIGHTDATA_HOST")
        self.sessions = {}

    @classmethod
    def from_crawler(cls, crawler):
        mw = cls(crawler.settings)
        crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
        return mw

    def spider_opened(self, spider):
        logger.info("RotatingSessionMiddleware enabled for %s (zone=%s)", spider.name, self.zone)

    def _session_for(self, spider, domain):
        key = (spider.name, domain)
        if key not in self.sessions:
            self.sessions[key] = random.randint(10_000_000, 99_999_999)
        return self.sessions[key]

    def rotate(self, spider, domain):
        self.sessions.pop((spider.name, domain), None)

    def process_request(self, request, spider):
        if request.meta.get("zyte_api_automap") or request.meta.get("zyte_api"):
            return None
        domain = request.url.split("/")[2]
        country = getattr(spider, "proxy_country", "us")
        if getattr(spider, "use_isp_zone", False):
            zone, password = ISP_ZONE, ISP_ZONE_PASS
        else:
            zone, password = self.zone, self.password
        user = f"brd-customer-{self.customer}-zone-{zone}-country-{country}-session-{self._session_for(spider, domain)}"
        request.meta["proxy"] = f"http://{quote(user)}:{quote(password)}@{self.host}"
        return None


class BanDetectionMiddleware:
    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_response(self, request, response, spider):
        if response.status in (403, 429) or any(m in response.body[:20000] for m in BAN_MARKERS):
            self.stats.inc_value("pricehound/ban")
            for mw in spider.crawler.engine.downloader.middleware.middlewares:
                if isinstance(mw, RotatingSessionMiddleware):
                    mw.rotate(spider, request.url.split("/")[2])
            retries = request.meta.get("ban_retries", 0)
            if retries >= 3:
                raise IgnoreRequest(f"banned 3x on {request.url}")
            new = request.replace(dont_filter=True)
            new.meta["ban_retries"] = retries + 1
            return new
        return response
