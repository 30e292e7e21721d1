"""The Site base class every CMS style builds on: articles, routing, robots, layout switch."""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from newsarchive.demo.corpus import Article
from newsarchive.demo.response import Response, esc, page

if TYPE_CHECKING:
    from newsarchive.demo.faults import FaultRoutes


class Site(ABC):
    """One demo site: its articles, its URL scheme and the pages it renders."""

    style: str = ""
    site_title: str = ""
    #: strings that surround articles on this site and must not end up in extracted text
    boilerplate: tuple[str, ...] = ()
    charset: str = "utf-8"

    def __init__(self, articles: list[Article], faults: FaultRoutes | None = None) -> None:
        self.articles = articles  # oldest first
        self.faults = faults
        self.base_url = "http://127.0.0.1/"
        self.layout = "normal"
        self.layout_changed: datetime | None = None
        self._lock = threading.Lock()

    # -- identity -------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return f"demo-{self.style}"

    def url(self, path: str) -> str:
        """Absolute URL of a site path."""
        return self.base_url.rstrip("/") + path

    @property
    def latest(self) -> list[Article]:
        """Articles newest first, as homepages and feeds list them."""
        return sorted(self.articles, key=lambda a: a.published, reverse=True)

    @property
    def updated(self) -> datetime:
        """Time of the latest change on the site (Last-Modified of index pages)."""
        times = [a.modified for a in self.articles] or [datetime(2020, 1, 1, tzinfo=UTC)]
        if self.layout_changed:
            times.append(self.layout_changed)
        return max(times)

    def article_modified(self, article: Article) -> datetime:
        """Last-Modified of an article page: a layout change re-renders every page."""
        if self.layout_changed and self.layout_changed > article.modified:
            return self.layout_changed
        return article.modified

    def set_layout(self, layout: str) -> None:
        if layout not in ("normal", "broken"):
            raise ValueError(f"unknown layout {layout!r}")
        with self._lock:
            if layout != self.layout:
                self.layout = layout
                self.layout_changed = datetime.now(UTC).replace(microsecond=0)

    def unique_paths(self, path_of: Callable[[Article, int], str]) -> dict[int, str]:
        """Article index -> path, numbering repeats the way CMSs do (slug-2, slug_1 ...).

        `path_of(article, n)` gives the path for the n-th article with the same slug (n=0 first).
        """
        paths: dict[int, str] = {}
        taken: set[str] = set()
        for article in sorted(self.articles, key=lambda a: (a.published, a.index)):
            n = 0
            while (path := path_of(article, n)) in taken:
                n += 1
            taken.add(path)
            paths[article.index] = path
        return paths

    # -- what the subclasses provide ------------------------------------------------------
    @abstractmethod
    def article_path(self, article: Article) -> str:
        """Canonical path of an article."""

    @abstractmethod
    def route(self, path: str, query: dict[str, str]) -> Response | None:
        """Render a path, or None for 404."""

    @abstractmethod
    def non_article_paths(self) -> list[str]:
        """Paths of index, tag, author, search, about and contact pages."""

    def robots_lines(self) -> list[str]:
        return []

    def article_boilerplate(self, article: Article) -> list[str]:
        """Boilerplate strings rendered around this article."""
        return list(self.boilerplate)

    def flat_boilerplate(self, article: Article) -> bool:
        """True when this article's boilerplate sits as sibling paragraphs of its text."""
        return False

    # -- shared routing -------------------------------------------------------------------
    def handle(self, path: str, query: dict[str, str]) -> Response | None:
        if self.faults is not None:
            hit = self.faults.route(self, path, query)
            if hit is not None:
                return hit
        if path == "/robots.txt":
            lines = ["User-agent: *", "Disallow: /private/", *self.robots_lines()]
            return page("\n".join(lines) + "\n", "text/plain; charset=utf-8")
        if path.startswith("/private/"):
            return page(
                "<!DOCTYPE html><html><head><title>Staff only</title></head><body>"
                "<h1>Staff only</h1><p>Internal drafts and embargoed copy. Crawlers that "
                "obey robots.txt never see this page.</p></body></html>",
                cacheable=False,
            )
        return self.route(path, query)

    def find(self, predicate: Any) -> Article | None:
        for article in self.articles:
            if predicate(article):
                return article
        return None

    def broken_page(self, article: Article, head: str = "") -> str:
        """An article page after the site moved to client-side rendering (layout 'broken').

        URL, <title>, meta tags and the dateline stay; the text is no longer in the page at all:
        a script fetches it from an API after load, which no HTML crawler runs. (Text embedded
        in the page as app state is recovered by extraction, so it would not be a break.)
        """
        pub = article.published
        return f"""<!DOCTYPE html>
<html lang="{article.language}">
<head>
<meta charset="{self.charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} | {self.site_title}</title>
<meta property="og:title" content="{esc(article.title)}">
<meta property="article:published_time" content="{pub.isoformat()}">
{head}
<script src="/static/reader.8c1e0f.js" defer></script>
</head>
<body>
<header class="app-header"><a href="/">{self.site_title}</a></header>
<div id="app-root" data-article="{article.number}" data-published="{pub.isoformat()}" data-src="/api/v2/articles/{article.number}"><noscript>Please enable JavaScript.</noscript></div>
</body>
</html>
"""

    def paragraphs_html(self, article: Article, indent: str = "") -> str:
        return "\n".join(f"{indent}<p>{esc(p)}</p>" for p in article.paragraphs)
