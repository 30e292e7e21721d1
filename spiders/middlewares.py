"""Downloader middlewares: URL safety (redirects included), retry backoff, conditional requests."""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

from newsarchive.urls import check_url, same_site


class RefusedRequest(IgnoreRequest):
    """A request the site's policy does not allow; `reason` is a report skip reason."""

    def __init__(self, reason: str, url: str) -> None:
        super().__init__(f"{reason}: {url[:300]}")
        self.reason = reason


class _CrawlerAware:
    """Middlewares reach the spider through the crawler (Scrapy no longer passes it)."""

    crawler: Any = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> Any:
        mw = cls()
        mw.crawler = crawler
        return mw


class SafetyMiddleware(_CrawlerAware):
    """Refuse private, metadata and non-HTTP targets, and redirects that leave the site.

    Runs for every request Scrapy schedules, so redirect targets (which RedirectMiddleware
    turns into new requests) are checked like any other URL.
    """

    def process_request(self, request: Request) -> None:
        site = getattr(self.crawler.spider, "site", None)
        if site is None:
            return None
        reason = check_url(request.url, allow_private=site.allow_private_network)
        if reason:
            raise RefusedRequest("unsafe_url", request.url)
        if request.meta.get("redirect_urls") and not same_site(request.url, site.url):
            raise RefusedRequest("offsite", request.url)
        return None


class BackoffMiddleware:
    """Wait before a retried request: 1 s, 2 s, 4 s ... (Scrapy's RetryMiddleware retries at once)."""

    def __init__(self, base: float = 1.0, cap: float = 30.0) -> None:
        self.base = base
        self.cap = cap

    @classmethod
    def from_crawler(cls, crawler: Any) -> BackoffMiddleware:
        return cls(crawler.settings.getfloat("NEWSARCHIVE_RETRY_BACKOFF", 1.0))

    async def process_request(self, request: Request) -> None:
        tries = int(request.meta.get("retry_times", 0))
        if tries and self.base > 0:
            from twisted.internet import reactor  # the installed one, never installed here

            delay = min(self.base * 2 ** (tries - 1), self.cap)
            await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))
        return None


class ConditionalMiddleware:
    """Send If-None-Match / If-Modified-Since for listings, feeds and sitemaps seen before."""

    def process_request(self, request: Request) -> None:
        validators = request.meta.get("validators")
        if validators and not request.meta.get("redirect_urls"):
            etag, last_modified = validators
            if etag:
                request.headers.setdefault(b"If-None-Match", etag.encode("latin-1", "replace"))
            if last_modified:
                request.headers.setdefault(
                    b"If-Modified-Since", last_modified.encode("latin-1", "replace")
                )
        return None
