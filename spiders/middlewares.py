"""Downloader middlewares: URL safety (redirects included), robots.txt on links as written, retry backoff, conditional requests."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.robotstxt import RobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred
from twisted.internet.error import DNSLookupError
from twisted.internet.interfaces import IResolverSimple
from twisted.internet.task import deferLater
from zope.interface import implementer

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


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


@implementer(IResolverSimple)
class SafeResolver:
    """Wraps the reactor's resolver and checks the address a connection will really use.

    `check_url` resolves a host when the request is scheduled; a DNS answer that changes
    before the connection (DNS rebinding) would slip past it. This check runs on the answer
    the download itself gets: metadata addresses are always refused, private ones unless the
    host belongs to a site that allows a private network.
    """

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        # Hosts of sites that may be on a private network (allow_private_network), lower case;
        # each crawler's SafetyMiddleware adds its own site's hosts.
        self.private_ok: set[str] = set()
        # Host names refused at connect time, with the reason (for the run report).
        self.refused: dict[str, str] = {}

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Deferred[str]:
        return self.inner.getHostByName(name, timeout).addCallback(self._check, name)

    def _check(self, address: str, name: str) -> str:
        host = name.lower().rstrip(".")
        allowed = host in self.private_ok or host.removeprefix("www.") in self.private_ok
        reason = check_url(f"http://{address}/", allow_private=allowed, resolve=False)
        if reason:
            self.refused[host] = reason
            raise DNSLookupError(f"{name} resolves to a {reason} address ({address}): refused")
        return address


def install_safe_resolver() -> SafeResolver:
    """Put a SafeResolver in front of the running reactor's resolver (once); returns it."""
    from twisted.internet import reactor  # the installed one, never installed here

    current = reactor.resolver
    if not isinstance(current, SafeResolver):
        current = SafeResolver(current)
        reactor.installResolver(current)
    return current


def refused_reason(host: str) -> str | None:
    """Why the connect-time resolver refused `host` (metadata, private ...), if it did."""
    from twisted.internet import reactor  # the installed one, never installed here

    current = getattr(reactor, "resolver", None)
    return current.refused.get(host) if isinstance(current, SafeResolver) else None


class SafetyMiddleware(_CrawlerAware):
    """Refuse private, metadata and non-HTTP targets, and redirects that leave the site.

    Runs for every request Scrapy schedules, so redirect targets (which RedirectMiddleware
    turns into new requests) are checked like any other URL. The first request also puts a
    SafeResolver on the reactor, so the address checked is the address connected to.
    """

    resolver: SafeResolver | None = None

    def process_request(self, request: Request) -> None:
        site = getattr(self.crawler.spider, "site", None)
        if site is None:
            return None
        if self.resolver is None:
            self.resolver = install_safe_resolver()
            if site.allow_private_network:
                for url in (site.url, *site.start_urls, *site.feeds, *site.sitemaps):
                    self.resolver.private_ok.add(_host(url).removeprefix("www."))
        reason = check_url(request.url, allow_private=site.allow_private_network)
        if reason:
            raise RefusedRequest("unsafe_url", request.url)
        if request.meta.get("redirect_urls") and not same_site(request.url, site.url):
            raise RefusedRequest("offsite", request.url)
        return None


class LinkedRobotsMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt check, also on the URL as the page linked it (meta "linked").

    Requests carry a link's canonical form (query keys sorted, tracking keys dropped), but a
    site writes its Disallow lines against its own URLs: `Disallow: /index.php?app=core&module=x`
    must forbid `?app=core&module=x&do=y` although its sorted form begins otherwise. A request is
    refused when either form is disallowed.
    """

    def process_request_2(self, rp: RobotParser | None, request: Request) -> None:
        super().process_request_2(rp, request)
        linked = request.meta.get("linked")
        if rp is not None and linked and linked != request.url:
            super().process_request_2(rp, request.replace(url=linked))


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
