"""NewsSpider: find a site's articles through robots.txt, sitemaps, feeds and links, and fetch them."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    StopDownload,
)
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure

from newsarchive.archive.report import RunReport
from newsarchive.archive.state import ArticleEntry, PageEntry
from newsarchive.archive.writer import ArchiveWriter
from newsarchive.config import Config, SiteConfig, load_config
from newsarchive.coverage import NOT_FETCHED, link_claims
from newsarchive.dates import Window, parse_when
from newsarchive.discovery import (
    COMMON_FEED_PATHS,
    COMMON_SITEMAP_PATHS,
    Link,
    PageLinks,
    parse_feed,
    parse_sitemap,
    read_links,
    robots_sitemaps,
)
from newsarchive.errors import ConfigError
from newsarchive.page import Page
from newsarchive.settings import Settings
from newsarchive.urls import canonicalize, check_url, same_site, url_date
from spiders.budget import ARTICLE, LISTING, Budget
from spiders.middlewares import RefusedRequest, refused_reason
from spiders.settings import site_settings

MAX_PAGINATION = 50
# When a site names no feed or sitemap, these few common places are tried (404s are quiet).
PROBE_FEEDS = tuple(
    p
    for p in COMMON_FEED_PATHS
    if p in ("/feed/", "/rss", "/rss.xml", "/atom.xml", "/index.xml", "/feeds/posts/default")
)
PROBE_SITEMAPS = tuple(
    p
    for p in COMMON_SITEMAP_PATHS
    if p in ("/sitemap.xml", "/sitemap_index.xml", "/news-sitemap.xml", "/wp-sitemap.xml")
)
HTML_TYPES = ("text/html", "application/xhtml")
# hrefs with a scheme: non-http ones that name a file or a network resource are never followed
# and are counted as refused (mailto:, tel:, app links ... are simply not links to pages)
_RESOURCE_SCHEMES = frozenset([
    "file", "ftp", "ftps", "sftp", "tftp", "gopher", "smb", "cifs", "nfs", "ldap", "ldaps",
    "dict", "jar", "netdoc", "telnet", "ssh", "ws", "wss", "s3", "gs", "hdfs", "php", "phar",
    "expect", "glob", "zip",
])  # fmt: skip


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() if when else None


def _window(since: str | None, until: str | None) -> Window | None:
    try:
        window = Window.of(since or None, until or None)
    except ValueError:
        raise ConfigError(
            f"since/until must be days as YYYY-MM-DD, got {since!r}, {until!r}"
        ) from None
    if window and window.since > window.until:
        raise ConfigError(f"since {window.since} is after until {window.until}")
    return window


class NewsSpider(scrapy.Spider):
    """One site, one run. Yields a Page for every response; the pipelines decide what it is.

    `scrapy crawl news -a site=NAME [-a since=YYYY-MM-DD] [-a until=YYYY-MM-DD]
    [-a config=PATH]`: the site is read from the config (-a config, else the
    NEWSARCHIVE_CONFIG setting or environment variable, else config/sites.yaml) and its
    politeness and limits become the crawler's settings.
    """

    name = "news"

    def __init__(
        self,
        site: str | SiteConfig = "",
        since: str | None = None,
        until: str | None = None,
        config: str | None = None,
        **kwargs: Any,
    ) -> None:
        if not isinstance(site, SiteConfig):
            site = load_config(Settings.from_env(config_path=config).config_path).site(site)
        super().__init__(name=f"news:{site.name}", **kwargs)
        self.site = site
        self.window = _window(since, until)
        self.allow = [re.compile(p) for p in site.allow]
        self.deny = [re.compile(p) for p in site.deny]
        self.considered: set[str] = set()
        self.unfetched: dict[str, ArticleEntry] = {}  # known articles counted as `known`
        # URL -> (published, modified) a feed or sitemap gave after a dateless link asked for it
        self.source_dates: dict[str, tuple[datetime | None, datetime | None]] = {}
        self.offsite: set[str] = set()
        self.budget = Budget(site.max_articles, site.max_listing_pages)
        self.home_ok = False
        # the UTC offset the site's feeds and sitemaps write their times with (a non-zero one):
        # the zone of naive times on pages whose own link carried none
        self.site_zone: datetime | None = None

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        config = kwargs.pop("config", None) or crawler.settings.get("NEWSARCHIVE_CONFIG")
        if not isinstance(config, Config):  # a path (the runner hands over its loaded Config)
            config = load_config(Settings.from_env(config_path=config).config_path)
        if isinstance(kwargs.get("site"), str):
            kwargs["site"] = config.site(kwargs["site"])
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.settings.setdict(site_settings(spider.site, config), priority="spider")
        crawler.signals.connect(spider.on_dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider.cut_list, signal=signals.bytes_received)
        return spider

    @property
    def writer(self) -> ArchiveWriter:
        """The crawler's archive writer (the pipelines open and close it)."""
        return ArchiveWriter.of(self.crawler)

    @property
    def report(self) -> RunReport:
        return self.writer.report

    # -- start --------------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[Any]:
        if not self.writer.ready:  # the archive was unreachable: nothing is crawled
            return
        for request in self.start_requests_list():
            yield request

    def start_requests_list(self) -> list[scrapy.Request]:
        site = self.site
        out = [
            scrapy.Request(
                urljoin(site.url, "/robots.txt"),
                callback=self.parse_robots,
                errback=self.on_error,
                priority=100,
                dont_filter=True,
                meta={
                    "role": "robots",
                    "probe": True,
                    "dont_obey_robotstxt": True,
                    "handle_httpstatus_list": [404, 410, 403],
                },
            )
        ]
        for url in [site.url, *site.start_urls]:
            self.considered.add(canonicalize(url) or url)  # a link back here is no new page
            out.append(
                self.page_request(url, via="start", hops=0, priority=50, home=url == site.url)
            )
        out += [self.aux_request(url, "feed", "feed") for url in site.feeds]
        out += [self.aux_request(url, "sitemap", "sitemap") for url in site.sitemaps]
        return out

    # -- requests -----------------------------------------------------------------------------
    def _validators(self, url: str) -> tuple[str | None, str | None] | None:
        entry = self.writer.listing(url)
        return (entry.etag, entry.last_modified) if entry else None

    def page_request(
        self,
        url: str,
        *,
        via: str,
        hops: int,
        priority: int = 0,
        home: bool = False,
        hint: datetime | None = None,
        zone: datetime | None = None,
        modified: datetime | None = None,
        pagination: int = 0,
        recheck: ArticleEntry | None = None,
    ) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_page,
            errback=self.on_error,
            priority=priority,
            meta={
                "role": "page",
                "via": via,
                "hops": hops,
                "home": home,
                "hint": hint,
                "zone": zone,
                "modified": modified,
                "pagination": pagination,
                "validators": (
                    (recheck.etag, recheck.last_modified) if recheck else self._validators(url)
                ),
                "recheck": recheck.day if recheck else None,
                "handle_httpstatus_list": [304],
            },
        )

    def aux_request(self, url: str, role: str, via: str, probe: bool = False) -> scrapy.Request:
        callback = self.parse_feed if role == "feed" else self.parse_sitemap
        statuses = [304, 404, 410, 403] if probe else [304]
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            priority=80,
            meta={
                "role": role,
                "via": via,
                "probe": probe,
                "validators": self._validators(url),
                "handle_httpstatus_list": statuses,
                # no size refusal up front: cut_list stops the body at max_feed_bytes and
                # keeps the part received (and bounds decompression to max_feed_bytes)
                "download_maxsize": 0,
            },
        )

    def cut_list(self, data: bytes, request: scrapy.Request, spider: Any = None) -> None:
        """bytes_received: stop a feed or sitemap at max_feed_bytes and read what came."""
        if request.meta.get("role") not in ("feed", "sitemap"):
            return
        request.meta["download_maxsize"] = self.site.max_feed_bytes  # for decompression
        got = request.meta["received"] = request.meta.get("received", 0) + len(data)
        if got > self.site.max_feed_bytes:
            raise StopDownload(fail=False)

    def _cut(self, response: Response) -> None:
        if "download_stopped" in response.flags:
            self.report.truncated += 1
            self.logger.warning(
                "%s cut at max_feed_bytes (%d B): links of the part received only",
                response.url,
                self.site.max_feed_bytes,
            )

    def consider(self, link: Link, *, hops: int, pagination: int = 0) -> scrapy.Request | None:
        """Turn a discovered link into a request, or count why it is skipped before fetching."""
        zone = _zoned(link.published) or _zoned(link.modified)
        if zone is not None and zone.utcoffset():
            self.site_zone = zone
        url = canonicalize(link.url)
        if url is None:
            return None
        if len(url) > (self.settings.getint("URLLENGTH_LIMIT") or len(url)):
            if url not in self.offsite:  # Scrapy would drop it without a word
                self.offsite.add(url)
                self.report.skip("url_too_long")
            return None
        if check_url(url, allow_private=self.site.allow_private_network, resolve=False):
            if url not in self.offsite:  # metadata, private, credentials: never requested
                self.offsite.add(url)
                self.report.skip("unsafe_url")
            return None
        if not same_site(url, self.site.url):
            if url not in self.offsite:
                self.offsite.add(url)
                self.report.skip("offsite")
            return None
        ledger = self.writer.ledger  # the per-day account: what dated sources offered
        for claimed_day, source in link_claims(url, link.via, link.published, link.modified):
            ledger.claim(url, claimed_day, source)
        if url in self.considered:
            if link.published or link.modified:  # a feed or sitemap dates a URL already asked
                first = self.source_dates.get(url, (None, None))
                self.source_dates[url] = (first[0] or link.published, first[1] or link.modified)
            skipped = self.unfetched.get(url)
            if skipped is None or not _changed_since(link, skipped):
                return None
            del self.unfetched[url]  # a later source says it changed: fetch it after all
            self.writer.count("known", skipped.day, n=-1)
        else:
            self.considered.add(url)
            if (self.allow and not any(p.search(url) for p in self.allow)) or any(
                p.search(url) for p in self.deny
            ):
                self.report.skip("filtered")
                ledger.outcome(url, "filtered")
                return None
            self.report.discovered[link.via] += 1
        known = self.writer.known(url)
        recheck = None
        if known is not None and not _changed_since(link, known):
            if not self._recent(known):
                self.unfetched[url] = known
                self.writer.count("known", known.day)
                ledger.outcome(url, "known")
                return None
            recheck = known  # a recent article with validators: asked conditionally
        elif known is not None and (known.etag or known.last_modified):
            recheck = known  # a source dates it after our fetch: asked with its own validators
        url_day = url_date(url, month_ok=False)
        if self.window and self.window.rules_out(
            published=link.published,
            modified=link.modified,
            url_day=url_day,
            url_month=url_date(url),
        ):
            when = link.published or url_day
            day = when.date() if isinstance(when, datetime) else when
            self.writer.count("out_of_window", day.isoformat() if day else None)
            ledger.outcome(url, "out_of_window")
            return None
        kind = LISTING if pagination else ARTICLE
        if not self._take(kind):
            ledger.outcome(url, NOT_FETCHED)
            return None
        priority = 10 if link.via in ("feed", "newsmap", "sitemap") else 0
        request = self.page_request(
            url,
            via=link.via,
            hops=hops,
            priority=priority,
            hint=link.published,
            zone=zone,
            modified=link.modified,
            pagination=pagination,
            recheck=recheck,
        )
        request.meta["budget"] = kind
        if link.url != url:  # robots.txt is read against the URL as the site wrote it too
            request.meta["linked"] = link.url
        return request

    def _take(self, kind: str) -> bool:
        """Count a fetch against its budget; a full budget skips it and says so in the report."""
        if self.budget.take(kind):
            return True
        self.report.skip("budget")
        self.report.budget_exhausted = self.budget.exhausted()
        return False

    def _recent(self, known: ArticleEntry) -> bool:
        """A known article re-checked with its validators: it has some, and its day is in the
        window (or, without one, within the site's lookback_days of today)."""
        if not (known.etag or known.last_modified):
            return False
        if self.window is not None:
            return self.window.holds(known.day)
        return known.day >= (date.today() - timedelta(days=self.site.lookback_days)).isoformat()

    # -- callbacks ----------------------------------------------------------------------------
    def _page(self, response: Response, role: str) -> Page:
        requested = (response.meta.get("redirect_urls") or [response.url])[0]
        # the dates a feed or sitemap gave the URL after a dateless link had asked for it
        later = self.source_dates.get(requested, (None, None)) if role == "page" else (None, None)
        return Page(
            url=response.url,
            requested_url=requested,
            status=response.status,
            headers=[
                (k.decode("latin-1"), v.decode("latin-1"))
                for k, values in response.headers.items()
                for v in values
            ],
            body=response.body,
            fetched_at=datetime.now(UTC),
            role=role,
            via=response.meta.get("via", "link"),
            depth=response.meta.get("hops", 0),
            redirects=list(response.meta.get("redirect_urls", [])),
            hint_published=response.meta.get("hint") or later[0],
            zone_hint=response.meta.get("zone") or (self.site_zone if role == "page" else None),
            modified_hint=response.meta.get("modified") or later[1],
        )

    def _remember(self, response: Response, links: Iterable[Link]) -> None:
        """Keep the validators and links of a listing so a 304 next time can stand in for it."""
        etag = response.headers.get(b"ETag")
        modified = response.headers.get(b"Last-Modified")
        if (not etag and not modified) or "download_stopped" in response.flags:
            return
        self.writer.remember_listing(
            response.url,
            PageEntry(
                etag=etag.decode("latin-1") if etag else None,
                last_modified=modified.decode("latin-1") if modified else None,
                links=[[ln.url, ln.via, _iso(ln.published), _iso(ln.modified)] for ln in links],
            ),
        )

    def _cached_links(self, response: Response) -> list[Link]:
        self.report.not_modified += 1
        entry = self.writer.listing(response.url)
        if entry is None:
            return []
        self.writer.remember_listing(response.url, entry)
        return [
            Link(url, via, parse_when(pub) if pub else None, parse_when(mod) if mod else None)
            for url, via, pub, mod in entry.links
        ]

    def _gone(self, response: Response) -> bool:
        return response.status in (403, 404, 410)

    def parse_robots(self, response: Response) -> Iterator[Any]:
        if self._gone(response):
            sitemaps: list[str] = []
        else:
            yield self._page(response, "robots")
            text = response.text if isinstance(response, TextResponse) else ""
            sitemaps = robots_sitemaps(text, response.url)
        probe = not sitemaps
        if probe and not self.site.sitemaps:
            sitemaps = [urljoin(self.site.url, path) for path in PROBE_SITEMAPS]
        for url in sitemaps:
            if same_site(url, self.site.url):
                yield self.aux_request(url, "sitemap", "sitemap", probe=probe)

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        if self._gone(response):
            return
        if response.status == 304:
            children: list[Link] = []
            urls = self._cached_links(response)
        else:
            yield self._page(response, "sitemap")
            self._cut(response)
            result = parse_sitemap(response.body, response.url)
            children, urls = result.sitemaps, result.urls
            self._remember(response, [*children, *urls])
        for child in children:
            if child.via == "sitemap" and child.url == response.url:
                continue
            if self.window and self.window.rules_out(modified=child.modified):
                continue  # nothing in it changed since before the window
            if same_site(child.url, self.site.url) and self._take(LISTING):
                yield self.aux_request(child.url, "sitemap", "sitemap")
        for link in urls:
            if link.via == "sitemap-index":
                continue
            request = self.consider(link, hops=1)
            if request is not None:
                yield request

    def parse_feed(self, response: Response) -> Iterator[Any]:
        if self._gone(response):
            return
        if response.status == 304:
            links = self._cached_links(response)
        else:
            yield self._page(response, "feed")
            self._cut(response)
            links = parse_feed(response.body, response.url)
            self._remember(response, links)
        for link in links:
            request = self.consider(link, hops=1)
            if request is not None:
                yield request

    def parse_page(self, response: Response) -> Iterator[Any]:
        meta = response.meta
        hops = int(meta.get("hops", 0))
        if meta.get("home"):
            self.home_ok = True
        found: PageLinks | None = None
        if response.status == 304:
            links = self._cached_links(response)
            if meta.get("recheck"):  # a known article, unchanged since its last fetch
                self.writer.count("known", meta["recheck"])
                self.writer.confirmed(response.url, datetime.now(UTC).isoformat(timespec="seconds"))
        else:
            yield self._page(response, "page")
            ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
            if not isinstance(response, TextResponse) or not any(t in ctype for t in HTML_TYPES):
                return
            found = read_links(response.text, response.url)  # the page's one parse for links
            links = self._links(found, meta)
            self._remember(response, links)
            if meta.get("home"):
                yield from self._feeds_of_home(found.feeds)
        pagination = int(meta.get("pagination", 0))
        next_pages = set(found.next_pages) if found is not None else set()
        if next_pages and meta.get("budget") == ARTICLE:  # a section page: a listing after all
            self.budget.relabel(ARTICLE, LISTING)
        listed = {link.url for link in links}
        links += [Link(u, "listing") for u in sorted(next_pages - listed)]
        for link in links:
            if link.url in next_pages:  # the listing's own next pages: a budget of their own
                if pagination >= MAX_PAGINATION:
                    continue
                request = self.consider(link, hops=hops, pagination=pagination + 1)
            elif hops < self.site.max_depth:
                request = self.consider(link, hops=hops + 1)
            else:
                continue
            if request is not None:
                yield request

    def _links(self, found: PageLinks, meta: dict[str, Any]) -> list[Link]:
        via = "listing" if meta.get("via") in ("start", "listing") else "link"
        self._count_unsafe_schemes(found.other_schemes)
        return [Link(u, via) for u in found.links]

    def _count_unsafe_schemes(self, hrefs: list[str]) -> None:
        """file:, ftp: ... links are never followed; count each once as unsafe_url."""
        for href in hrefs:
            if href.split(":", 1)[0].strip().lower() not in _RESOURCE_SCHEMES:
                continue
            if href not in self.offsite:
                self.offsite.add(href)
                self.report.skip("unsafe_url")

    def _feeds_of_home(self, feeds: list[str]) -> Iterator[scrapy.Request]:
        probe = not feeds and not self.site.feeds
        if probe:
            feeds = [urljoin(self.site.url, path) for path in PROBE_FEEDS]
        for feed in feeds:
            if same_site(feed, self.site.url):
                yield self.aux_request(feed, "feed", "feed", probe=probe)

    # -- errors -------------------------------------------------------------------------------
    def on_dropped(self, request: scrapy.Request) -> None:
        """A redirect the scheduler dropped as already seen: a loop, or an alias of a fetched page."""
        redirects = request.meta.get("redirect_urls")
        if not redirects or request.meta.get("role") != "page":
            return
        hint = request.meta.get("hint")
        day = hint.date().isoformat() if isinstance(hint, datetime) else None
        if request.url in redirects:
            chain = " -> ".join([*redirects, request.url])
            self.report.error(redirects[0], "fetch_error", f"redirect loop: {chain}")
            self.writer.count("fetch_error", day)
            self.writer.ledger.outcome(request.url, "fetch_error")
        else:
            # the redirecting URLs are the duplicates; the target was requested as itself and
            # its own fate (archived, not_article, ...) stands: a comment permalink answered
            # with a redirect to its story must not report a story judged no article as one
            # already archived
            self.writer.count("duplicate", day)
            target = canonicalize(request.url) or request.url
            for url in redirects:
                if (canonicalize(url) or url) != target:
                    self.writer.ledger.outcome(url, "duplicate")

    def on_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        meta = request.meta
        hint = meta.get("hint")
        day = hint.date().isoformat() if isinstance(hint, datetime) else None
        reason, detail = classify_failure(failure)
        if meta.get("probe") and reason in ("http_error", "fetch_error"):
            return
        # A broken link (4xx) is the site's business; server errors, timeouts and cut-off
        # downloads are the run's errors, and they feed the quality gate's error ratio.
        client_error = reason == "http_error" and detail.startswith("HTTP 4")
        if reason in ("http_error", "fetch_error", "too_large") and not client_error:
            self.report.error(request.url, reason, detail)
        self.writer.count(reason, day)
        for url in {request.url, *meta.get("redirect_urls", [])}:
            self.writer.ledger.outcome(url, reason)


def _changed_since(link: Link, known: ArticleEntry) -> bool:
    """A source dates the link (lastmod, feed date) after the article was last fetched."""
    when = link.modified or link.published
    fetched = parse_when(known.fetched)
    return bool(when and fetched and when > fetched)


def classify_failure(failure: Failure) -> tuple[str, str]:
    """A report reason and a short detail for a failed request."""
    exc = failure.value
    if isinstance(exc, RefusedRequest):
        return exc.reason, str(exc)
    if isinstance(exc, HttpError):
        status = exc.response.status
        location = exc.response.headers.get(b"Location")
        if 300 <= status < 400 and location:  # Scrapy does not follow non-http redirects
            target = urljoin(exc.response.url, location.decode("latin-1", "replace"))
            if check_url(target, allow_private=True, resolve=False) == "scheme":
                return "unsafe_url", f"redirect to {target[:200]}"
        return "http_error", f"HTTP {status}"
    message = str(exc)
    lowered = message.lower()
    # types first: a message quotes the URL, and a URL may say "redirect" or "robots.txt"
    if failure.check(TimeoutError, TCPTimedOutError, DownloadTimeoutError):
        return "fetch_error", f"timeout: {message[:200]}"
    if failure.check(DownloadConnectionRefusedError):
        return "fetch_error", "connection refused"
    if failure.check(DNSLookupError, CannotResolveHostError):
        host = (urlsplit(failure.request.url).hostname or "").lower()  # type: ignore[attr-defined]
        refused = refused_reason(host)
        if refused:  # the address the download would have used is not allowed
            return "unsafe_url", f"{host} resolves to a {refused} address"
        return "fetch_error", "DNS lookup failed"
    if "larger than download max size" in lowered or "exceeded download_maxsize" in lowered:
        return "too_large", message[:200]
    if lowered.startswith("forbidden by robots.txt"):
        return "robots", "disallowed by robots.txt"
    if lowered.startswith("max redirections"):
        return "fetch_error", "redirect loop or too many redirects"
    return "fetch_error", f"{type(exc).__name__}: {message[:200]}"


def _zoned(when: datetime | None) -> datetime | None:
    """WHEN as an offset for the page's naive times: a value written without one was read as
    UTC by `parse_when` and changes nothing (`dates.article_day` uses non-zero offsets only)."""
    return when if when is not None and when.tzinfo is not None else None
