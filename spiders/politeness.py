"""Per-site pacing Scrapy lacks: robots.txt Crawl-delay, and Retry-After on 429/503 answers.

Register after Scrapy's RetryMiddleware (550), e.g.
`"spiders.politeness.PolitenessMiddleware": 585` in DOWNLOADER_MIDDLEWARES.

A site is scheme + host + port (Scrapy's own download slots ignore the port). Every request to
a site is given a start time at least `Crawl-delay` after the previous one, and none before a
`Retry-After` the site asked for (capped); the retry itself stays RetryMiddleware's.
"""

from __future__ import annotations

import logging
import time
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from protego import Protego
from scrapy import Request
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

logger = logging.getLogger(__name__)

__all__ = ["PolitenessMiddleware", "retry_after_seconds", "site_key"]

_RETRY_AFTER_STATUSES = {429, 503}


def site_key(url: str) -> str:
    """scheme://host:port, lower case, default ports written out."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or {"http": 80, "https": 443}.get(scheme, 0)
    return f"{scheme}://{(parts.hostname or '').lower()}:{port}"


def retry_after_seconds(value: str | bytes | None, now: float | None = None) -> float | None:
    """Seconds a Retry-After header asks to wait (delta-seconds or an HTTP-date); None if
    absent or unreadable. A date in the past means 0."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class PolitenessMiddleware:
    """Waits before each request as the site asked (Crawl-delay, Retry-After)."""

    def __init__(
        self, stats: Any = None, *, max_crawl_delay: float, max_retry_after: float
    ) -> None:
        self.stats = stats
        self.max_crawl_delay = max_crawl_delay
        self.max_retry_after = max_retry_after
        self.delay: dict[str, float] = {}  # site -> Crawl-delay (s)
        self.next_at: dict[str, float] = {}  # site -> earliest start of its next request
        self.not_before: dict[str, float] = {}  # site -> end of a Retry-After wait

    @classmethod
    def from_crawler(cls, crawler: Any) -> PolitenessMiddleware:
        settings = crawler.settings
        return cls(
            crawler.stats,
            max_crawl_delay=settings.getfloat("NEWSARCHIVE_MAX_CRAWL_DELAY", 30.0),
            max_retry_after=settings.getfloat("NEWSARCHIVE_MAX_RETRY_AFTER", 120.0),
        )

    def _stat(self, name: str, value: float = 1, *, set_max: bool = False) -> None:
        if self.stats is not None:
            key = f"newsarchive/politeness/{name}"
            if set_max:
                self.stats.max_value(key, value)
            else:
                self.stats.inc_value(key, value)

    async def process_request(self, request: Request) -> None:
        site = site_key(request.url)
        if urlsplit(request.url).path == "/robots.txt":
            return None  # robots.txt itself is not paced: it says what the pace is
        now = time.monotonic()
        start = max(now, self.next_at.get(site, 0.0), self.not_before.get(site, 0.0))
        self.next_at[site] = start + self.delay.get(site, 0.0)
        wait = start - now
        if wait > 0.001:
            from twisted.internet import reactor  # the installed one, never installed here

            self._stat("wait_seconds", round(wait, 3))
            await maybe_deferred_to_future(deferLater(reactor, wait, lambda: None))
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        site = site_key(response.url)
        if urlsplit(response.url).path == "/robots.txt" and response.status == 200:
            self._read_robots(site, request, response)
        elif response.status in _RETRY_AFTER_STATUSES:
            asked = retry_after_seconds(response.headers.get(b"Retry-After"))
            if asked is not None:
                wait = min(asked, self.max_retry_after)
                if asked > wait:
                    logger.warning(
                        "%s asked to wait %.0f s (Retry-After); waiting %.0f s",
                        site,
                        asked,
                        wait,
                    )
                until = time.monotonic() + wait
                self.not_before[site] = max(self.not_before.get(site, 0.0), until)
                self._stat("retry_after")
        return response

    def _read_robots(self, site: str, request: Request, response: Response) -> None:
        agent = (request.headers.get(b"User-Agent") or b"*").decode("latin-1")
        try:
            robots = Protego.parse(response.body.decode("utf-8", errors="replace"))
            asked = robots.crawl_delay(agent)
        except Exception:  # a robots.txt Protego cannot read sets no delay
            return
        if asked is None or asked <= 0:
            return
        delay = min(float(asked), self.max_crawl_delay)
        if delay < asked:
            logger.warning("%s asks a Crawl-delay of %s s; using %s s", site, asked, delay)
        self.delay[site] = delay
        self._stat("crawl_delay", delay, set_max=True)
