"""Where article URLs come from: robots.txt, sitemaps, feeds, page links and pagination."""

from __future__ import annotations

import functools
import io
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urldefrag, urljoin, urlsplit

import feedparser
import lxml.html
from lxml import etree

from newsarchive.dates import in_window, parse_when
from newsarchive.extraction.parse import html_parser

__all__ = [
    "COMMON_FEED_PATHS",
    "COMMON_SITEMAP_PATHS",
    "Link",
    "PageLinks",
    "SitemapResult",
    "feed_urls_in_html",
    "in_window",
    "page_links",
    "pagination_links",
    "parse_feed",
    "parse_sitemap",
    "parse_when",
    "read_links",
    "robots_sitemaps",
]

COMMON_FEED_PATHS: tuple[str, ...] = (
    "/feed/",
    "/feed",
    "/rss",
    "/rss/",
    "/rss.xml",
    "/feed.xml",
    "/atom.xml",
    "/index.xml",
    "/feeds/posts/default",
    "/feeds/posts/default?alt=rss",
    "/?feed=rss2",
    "/rss/index.xml",
    "/feed.json",
)
COMMON_SITEMAP_PATHS: tuple[str, ...] = (
    "/sitemap.xml",
    "/sitemap_index.xml",
    "/sitemap-index.xml",
    "/wp-sitemap.xml",
    "/news-sitemap.xml",
    "/sitemap-news.xml",
    "/sitemap_news.xml",
    "/news_sitemap.xml",
    "/sitemap.xml.gz",
)

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/feed+json",
        "application/rdf+xml",
        "application/json+feed",
    }
)
MAX_SITEMAP_BYTES = 64 * 1024 * 1024  # the protocol allows 50 MB uncompressed
_HTTP = ("http", "https")


@dataclass(slots=True, frozen=True)
class Link:
    """A candidate URL and what its source said about it."""

    url: str
    via: str  # "feed" | "sitemap" | "newsmap" | "listing" | "link" | "start"
    published: datetime | None = None
    modified: datetime | None = None


@dataclass(slots=True)
class SitemapResult:
    """Child sitemaps of a sitemap index and page entries of a urlset."""

    sitemaps: list[Link] = field(default_factory=list)
    urls: list[Link] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# robots.txt and sitemaps


def _absolute(href: str | None, base: str) -> str | None:
    """href joined with base, without fragment; None unless it is an http(s) URL."""
    if not href:
        return None
    stripped = href.strip()
    key: tuple[str, ...]
    if stripped.startswith(_ABSOLUTE) and _HOST_FOLLOWS.match(stripped):
        # an http(s) URL with a host: urljoin returns it whatever the base, but for
        # normalising it when the base has the same scheme, so one answer per (URL, scheme)
        try:
            key = (stripped, urlsplit(base).scheme)
        except ValueError:
            return None  # urljoin cannot read the base either
    elif stripped.startswith("/") and not stripped.startswith("//"):
        # a path from the host's root ('/2017/03/story'): urljoin takes only the base's
        # scheme and host, so one answer per (path, scheme, host) whatever page links it
        try:
            parts = urlsplit(base)
        except ValueError:
            return None
        key = (stripped, parts.scheme, parts.netloc)
    else:
        return _joined(href, base)
    found = _absolutes.get(key, _MISSING)
    if found is _MISSING:
        if len(_absolutes) >= _ABSOLUTES_KEPT:
            _absolutes.clear()
        found = _absolutes[key] = _joined(href, base)
    return found  # type: ignore[return-value]


_ABSOLUTE = ("http://", "https://")
_HOST_FOLLOWS = re.compile(r"https?://[^/?#\t\r\n][^\t\r\n]*\Z")
_ABSOLUTES_KEPT = 1 << 14
_absolutes: dict[tuple[str, ...], str | None] = {}
_MISSING = object()


def _joined(href: str, base: str) -> str | None:
    try:
        url = urldefrag(urljoin(base, href.strip())).url
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in _HTTP and parts.hostname else None


def _unique(urls: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(u for u in urls if u))


def robots_sitemaps(robots_txt: str, base_url: str) -> list[str]:
    """Absolute URLs of the `Sitemap:` lines of a robots.txt."""
    found = []
    for line in robots_txt.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in ("sitemap", "site-map"):
            found.append(_absolute(value.strip().split()[0] if value.strip() else "", base_url))
    return _unique(found)


def _gunzip(body: bytes) -> bytes:
    """Gunzip body (by magic bytes) up to MAX_SITEMAP_BYTES; other bodies unchanged."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        return inflater.decompress(body, MAX_SITEMAP_BYTES)
    except zlib.error:
        return b""


def _xml_root(body: bytes) -> Any:
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        recover=True,
        remove_comments=True,
        remove_pis=True,
    )
    return etree.fromstring(body.lstrip(b"\xef\xbb\xbf \t\r\n"), parser=parser)


def _local(element: Any) -> str:
    tag = element.tag
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _child_text(element: Any, *names: str) -> str | None:
    """Text of the first descendant along the path of local names."""
    for name in names:
        element = next((c for c in element if _local(c) == name), None)
        if element is None:
            return None
    text = "".join(element.itertext()).strip()
    return text or None


def _sitemap_entries(root: Any, url: str) -> Iterator[Link]:
    for entry in root:
        loc = _absolute(_child_text(entry, "loc"), url)
        if _local(entry) == "sitemap" and loc:
            yield Link(loc, "sitemap", modified=parse_when(_child_text(entry, "lastmod")))


def _url_entry(entry: Any, url: str) -> Link | None:
    loc = _absolute(_child_text(entry, "loc"), url)
    if _local(entry) != "url" or not loc:
        return None
    modified = parse_when(_child_text(entry, "lastmod"))
    if not any(_local(c) == "news" for c in entry):
        return Link(loc, "sitemap", modified=modified)
    published = parse_when(_child_text(entry, "news", "publication_date"))
    return Link(loc, "newsmap", published, modified)


def _text_sitemap(body: bytes, url: str) -> SitemapResult:
    lines = body.decode("utf-8", "replace").splitlines()
    urls = _unique(_absolute(line, url) for line in lines if line.strip().startswith("http"))
    return SitemapResult([], [Link(u, "sitemap") for u in urls])


def parse_sitemap(body: bytes, url: str) -> SitemapResult:
    """Parse a sitemap index, urlset (with Google News entries), text sitemap or feed."""
    try:
        body = _gunzip(body)
        if body.lstrip()[:4].lower() == b"http":
            return _text_sitemap(body, url)
        root = _xml_root(body)
        kind = _local(root) if root is not None else ""
        if kind == "sitemapindex":
            return SitemapResult(sitemaps=list(_sitemap_entries(root, url)))
        if kind == "urlset":
            return SitemapResult(urls=[x for e in root if (x := _url_entry(e, url))])
        if kind in ("rss", "feed", "rdf"):
            return SitemapResult(urls=parse_feed(body, url))
    except Exception:
        pass
    return SitemapResult()


# ---------------------------------------------------------------------------------------------
# Feeds


def _entry_date(entry: Any, key: str) -> datetime | None:
    raw = dict.get(entry, key)  # not entry.get: feedparser maps "updated" to "published"
    return parse_when(raw) if isinstance(raw, str) else None


def _entry_link(entry: Any, url: str) -> str | None:
    link = _absolute(entry.get("link"), url)
    if link is None and str(entry.get("id", "")).startswith(_HTTP):
        link = _absolute(entry.get("id"), url)
    return link


def _rss_entries(body: bytes, url: str) -> list[Link]:
    parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-location": url})
    is_rss = str(parsed.get("version", "")).startswith("rss")
    links = []
    for entry in parsed.entries:
        link = _entry_link(entry, url)
        if link is None:
            continue
        published = _entry_date(entry, "published")
        modified = _entry_date(entry, "updated")
        if published is None and is_rss:  # RSS 1.0 dc:date is its publication date
            published = modified
        links.append(Link(link, "feed", published, modified))
    return links


def _json_item_url(item: dict[str, Any]) -> str | None:
    link, ident = item.get("url"), item.get("id")
    if isinstance(link, str):
        return link
    return ident if isinstance(ident, str) and ident.startswith(_HTTP) else None


def _json_entries(body: bytes, url: str) -> list[Link]:
    """Items of a JSON Feed (https://jsonfeed.org), which feedparser 6 does not read."""
    items = json.loads(body).get("items") or []
    links = []
    for item in items:
        if isinstance(item, dict) and (link := _absolute(_json_item_url(item), url)):
            published = parse_when(item.get("date_published"))
            modified = parse_when(item.get("date_modified"))
            links.append(Link(link, "feed", published, modified))
    return links


def _dedupe_links(links: list[Link]) -> list[Link]:
    return list({link.url: link for link in reversed(links)}.values())[::-1]


def parse_feed(body: bytes, url: str) -> list[Link]:
    """Entries of an RSS 0.9x/1.0/2.0, Atom or JSON feed, as Links with via="feed"."""
    try:
        body = _gunzip(body)
        if body.lstrip()[:1] == b"{":
            return _dedupe_links(_json_entries(body, url))
        return _dedupe_links(_rss_entries(body, url))
    except Exception:
        return []


# ---------------------------------------------------------------------------------------------
# HTML


def _html_root(html: str) -> Any:
    parser = html_parser(encoding="utf-8", no_network=True, remove_comments=True)
    try:
        return lxml.html.fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError, TypeError):
        return None


def _document(html: str, base_url: str) -> tuple[Any, str]:
    """The parsed page and its effective base URL (<base href> when present)."""
    root = _html_root(html)
    if root is None:
        return None, base_url
    base = next(iter(root.xpath("//base[@href]/@href")), None)
    return root, (_absolute(str(base), base_url) if base else None) or base_url


def _rel(element: Any) -> set[str]:
    return set((element.get("rel") or "").lower().split())


def feed_urls_in_html(html: str, base_url: str) -> list[str]:
    """Feeds a page advertises with <link rel="alternate" type="...rss/atom/feed+json">."""
    return read_links(html, base_url).feeds


def page_links(html: str, base_url: str) -> list[str]:
    """Absolute http(s) hrefs of <a>/<area>, fragments dropped, deduplicated in order."""
    return read_links(html, base_url).links


_NEXT_PREV = frozenset(("next", "prev", "previous"))


@dataclass(slots=True)
class PageLinks:
    """What discovery reads from one HTML page, in one parse and one pass over its links."""

    links: list[str] = field(default_factory=list)  # http(s) hrefs of <a>/<area>, in order
    next_pages: list[str] = field(default_factory=list)  # pagination_links()
    feeds: list[str] = field(default_factory=list)  # feed_urls_in_html()
    other_schemes: list[str] = field(default_factory=list)  # hrefs like file:..., as written


def read_links(html: str, base_url: str) -> PageLinks:
    """page_links, pagination_links and feed_urls_in_html of a page at once, and the hrefs
    with a scheme other than http(s) (never followed; the caller decides what they count as)."""
    found = PageLinks()
    root, base = _document(html, base_url)
    if root is None:
        return found
    links: list[str | None] = []
    declared: list[str | None] = []
    paged: list[str | None] = []
    feeds: list[str | None] = []
    current = _listing_key(base_url)
    for element in root.iter("a", "area", "link"):
        href = element.get("href")
        if href is None:
            continue
        url = _absolute(str(href), base)
        if element.tag == "link":
            rel = _rel(element)
            kind = (element.get("type") or "").split(";")[0].strip().lower()
            if "alternate" in rel and kind in FEED_TYPES:
                feeds.append(url)
            if rel & _NEXT_PREV:
                declared.append(url)
            continue
        if url is None:
            if _SCHEME.match(href):
                found.other_schemes.append(href.strip())
            continue
        links.append(url)
        if element.tag == "a":
            if _rel(element) & _NEXT_PREV:
                declared.append(url)
            if _is_other_page(url, current):
                paged.append(url)
    found.links, found.feeds = _unique(links), _unique(feeds)
    found.next_pages = _unique(declared + paged)
    return found


_SCHEME = re.compile(r"\s*[a-zA-Z][a-zA-Z0-9+.-]{0,30}:")
_PAGED_PATH = re.compile(r"^(?P<listing>.*)/page/(?P<n>\d{1,5})$", re.I)
# a last segment that names a page: "2", "p2", "P10", "page:2", "seite_3" (Kirby and Grav
# write "page:2", ExpressionEngine "P10"); a slug ("covid-19") has a hyphen and never matches
_SECTION_PAGE = re.compile(r"^(?P<listing>/.*[^/\d].*)/(?:[^\W\d_]{1,12}[:=_]?)?(?P<n>\d{1,3})$")
_PAGE_PARAMS = frozenset({"page", "paged", "pg", "start", "offset", "updated-max"})
_NOT_LISTING_PARAMS = _PAGE_PARAMS | {"max-results"}
_SMALL_NUMBER = re.compile(r"\d{1,3}")
ListingKey = tuple[str, str, frozenset[tuple[str, str]], str | None]


@functools.lru_cache(maxsize=1 << 14)
def _listing_key(url: str) -> ListingKey:
    """(host, listing path, other query, page) of a URL; page is None on a listing's first page."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    query = parse_qsl(parts.query, keep_blank_values=True)
    page = next((v for k, v in query if k.lower() in _PAGE_PARAMS), None)
    if page is None and (match := _PAGED_PATH.match(path) or _SECTION_PAGE.match(path)):
        path, page = match["listing"].rstrip("/"), match["n"]
    if path == "/search" and any(k.lower() == "updated-max" for k, _ in query):
        path = ""  # Blogger: the home page continues at /search?updated-max=...
    rest = frozenset((k, v) for k, v in query if k.lower() not in _NOT_LISTING_PARAMS)
    return parts.netloc.lower(), path, rest, page


def _is_other_page(url: str, current: ListingKey) -> bool:
    """url is page 2..N (or a Blogger continuation) of the listing current belongs to."""
    host, path, rest, page = _listing_key(url)
    if (host, path) != current[:2]:
        return False
    if page is not None:
        return not (page.isdigit() and int(page) < 2) and rest == current[2] and page != current[3]
    return page == current[3] and _numbered_step(rest, current[2])


def _numbered_step(query: frozenset[tuple[str, str]], current: frozenset[tuple[str, str]]) -> bool:
    """QUERY is CURRENT with one parameter of no known name set to another small page number
    (Contao's "?page_n12=2"): the listing's own pages, whatever the CMS calls the parameter."""
    added, dropped = dict(query - current), dict(current - query)
    if len(added) != 1 or not dropped.keys() <= added.keys():
        return False
    ((name, value),) = added.items()
    before = dropped.get(name)
    return (
        bool(_SMALL_NUMBER.fullmatch(value))
        and int(value) >= 2
        and (before is None or bool(_SMALL_NUMBER.fullmatch(before)))
    )


def pagination_links(html: str, base_url: str) -> list[str]:
    """rel=next/prev links and hrefs that look like other pages (2..N) of the same listing."""
    return read_links(html, base_url).next_pages
