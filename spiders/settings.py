"""The Scrapy project settings (scrapy.cfg points here) and the per-site settings of a crawl."""

from __future__ import annotations

from typing import Any

from scrapy.settings import default_settings

from newsarchive.config import Config, SiteConfig
from pipelines import ITEM_PIPELINES as PIPELINES_IN_ORDER

BOT_NAME = "newsarchive"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"
ITEM_PIPELINES = PIPELINES_IN_ORDER
DOWNLOADER_MIDDLEWARES = {
    "spiders.middlewares.SafetyMiddleware": 50,
    # robots.txt checked on the URL as linked too (Scrapy's checks the canonical form only)
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "spiders.middlewares.LinkedRobotsMiddleware": 100,
    "spiders.middlewares.BackoffMiddleware": 580,
    "spiders.politeness.PolitenessMiddleware": 585,  # robots.txt Crawl-delay, Retry-After
    "spiders.middlewares.ConditionalMiddleware": 590,
}
EXTENSIONS = {"spiders.progress.Progress": 500}
# Scrapy's remote control (on by default in the Scrapy we lock) is an HTTP server inside the
# crawl that runs Python code it is sent, with a token left in a file under ~/.local/state:
# no place in a scheduled crawl
REMOTE_CONTROL_ENABLED = False
# Scrapy imports every component its base lists, even one set to None or not configured: the
# remote control and the cookies middleware (off: COOKIES_ENABLED below) are left out of the
# base lists themselves, so no crawl process imports aiohttp and tldextract for them (0.25 CPU
# s a crawl process)
_UNUSED = {
    "scrapy.extensions.remote_control.RemoteControl",
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware",
}
EXTENSIONS_BASE = {
    name: order for name, order in default_settings.EXTENSIONS_BASE.items() if name not in _UNUSED
}
DOWNLOADER_MIDDLEWARES_BASE = {
    name: order
    for name, order in default_settings.DOWNLOADER_MIDDLEWARES_BASE.items()
    if name not in _UNUSED
}
NEWSARCHIVE_PROGRESS_EVERY = 30.0  # seconds between plain progress lines off a terminal; 0: none
RETRY_ENABLED = True
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
NEWSARCHIVE_RETRY_BACKOFF = 1.0
DOWNLOAD_WARNSIZE = 0
REDIRECT_MAX_TIMES = 5
DEPTH_LIMIT = 0  # the spider counts link hops itself (sitemap nesting is not depth)
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
HTTPCACHE_ENABLED = False
LOG_LEVEL = "WARNING"
# Scrapy hands a callback's output to the pipelines through CONCURRENT_ITEMS worker tasks per
# response (100 by default: 100 tasks made and woken for a page that yields one item and a few
# requests, about 5 % of a crawl's CPU). A page yields one item; requests are only queued.
CONCURRENT_ITEMS = 8
# Scrapy reads each callback's source (inspect + ast) on every response to warn about generators
# returning a value: its cache is keyed by the bound method, new per request (1 % of the CPU).
# tests/test_scrapy_native.py checks the spider's callbacks once instead.
WARN_ON_GENERATOR_RETURN_VALUE = False
# Where the sites and the archive are (else $NEWSARCHIVE_CONFIG / $NEWSARCHIVE_ARCHIVE, else
# config/sites.yaml and ./archive): `scrapy crawl news -a site=NAME -s NEWSARCHIVE_ARCHIVE=...`
NEWSARCHIVE_CONFIG = None
NEWSARCHIVE_ARCHIVE = None
NEWSARCHIVE_SPOOL = None
NEWSARCHIVE_UPLOAD_WAIT = None
NEWSARCHIVE_PART_RECORDS = None
NEWSARCHIVE_PART_BYTES = None
# Worker processes extracting pages beside the reactor (None: one per core but the reactor's;
# 0: in-process)
NEWSARCHIVE_EXTRACT_WORKERS = None


def site_settings(site: SiteConfig, config: Config) -> dict[str, Any]:
    """One site's politeness and limits, applied by the spider at spider priority."""
    return {
        "USER_AGENT": config.agent(),
        "ROBOTSTXT_OBEY": site.obey_robots,
        "CONCURRENT_REQUESTS": max(4, site.concurrency),
        "CONCURRENT_REQUESTS_PER_DOMAIN": site.concurrency,
        "DOWNLOAD_DELAY": site.download_delay,
        "DOWNLOAD_DELAY_JITTER": 0.5,
        "AUTOTHROTTLE_ENABLED": site.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(site.download_delay, 0.1),
        "AUTOTHROTTLE_MAX_DELAY": 30.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(site.concurrency),
        "DOWNLOAD_TIMEOUT": site.timeout,
        "DNS_TIMEOUT": min(site.timeout, 20),
        "RETRY_TIMES": site.retries,
        "DOWNLOAD_MAXSIZE": site.max_page_bytes,
    }
