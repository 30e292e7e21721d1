"""DemoSites: start the demo news sites on loopback ports and describe what they publish."""

from __future__ import annotations

import json
import urllib.request
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

import yaml

from newsarchive.demo.corpus import STYLES, TZ_NAMES, Article, generate
from newsarchive.demo.faults import ARTICLE_FAULTS, FaultRoutes
from newsarchive.demo.server import DemoHTTPServer
from newsarchive.demo.styles import SITE_CLASSES
from newsarchive.demo.styles.base import Site

CONTACT = "https://github.com/newsarchive/newsarchive"


class DemoSites:
    """The demo news sites, each its own ThreadingHTTPServer on 127.0.0.1 (daemon threads).

    Use as a context manager, or call start() and stop().
    """

    def __init__(
        self,
        styles: tuple[str, ...] | list[str] = STYLES,
        start_date: date | None = None,
        days: int = 3,
        per_day: int = 3,
        seed: int = 7,
        faults: bool = False,
        slow_seconds: float = 8.0,
        ports: dict[str, int] | None = None,
    ) -> None:
        unknown = [s for s in styles if s not in SITE_CLASSES]
        if unknown or not styles:
            raise ValueError(f"unknown styles {unknown}; choose from {', '.join(STYLES)}")
        if days < 1 or per_day < 1:
            raise ValueError("days and per_day must be at least 1")
        self.styles = tuple(styles)
        self.start_date = start_date or (datetime.now(UTC).date() - timedelta(days=days - 1))
        self.days, self.per_day, self.seed = days, per_day, seed
        self.faults_enabled = faults
        corpus = generate(self.styles, self.start_date, days, per_day, seed)
        self.sites: dict[str, Site] = {}
        for i, style in enumerate(self.styles):
            routes = FaultRoutes(seed, self.start_date, slow_seconds) if faults and i == 0 else None
            self.sites[style] = SITE_CLASSES[style](corpus[style], routes)
        self._ports = ports or {}
        self._servers: dict[str, DemoHTTPServer] = {}

    # -- lifecycle --------------------------------------------------------------------------
    def start(self) -> DemoSites:
        for style, site in self.sites.items():
            server = DemoHTTPServer(site, self._ports.get(style, 0))
            server.start()
            self._servers[style] = server
        return self

    def stop(self) -> None:
        for server in self._servers.values():
            server.stop()
        self._servers.clear()

    def __enter__(self) -> DemoSites:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- description --------------------------------------------------------------------------
    @property
    def urls(self) -> dict[str, str]:
        """Homepage URL of each running site, by style."""
        return {
            style: site.base_url for style, site in self.sites.items() if style in self._servers
        }

    @property
    def fault_site(self) -> str | None:
        """Style of the site that serves /faults/ (the first style), or None."""
        return self.styles[0] if self.faults_enabled else None

    def config(self) -> dict[str, Any]:
        """A site config (as for yaml.safe_dump) crawling every demo site."""
        sites = []
        for style, site in self.sites.items():
            sites.append(
                {
                    "name": site.name,
                    "url": site.base_url,
                    "allow_private_network": True,
                    "timezone": TZ_NAMES[style],
                    "download_delay": 0.0,
                    "autothrottle": False,
                    "concurrency": 4,
                    "timeout": 5.0,
                    "retries": 3,
                    "max_articles": 500,
                    "lookback_days": self.days,
                }
            )
        return {"contact": CONTACT, "sites": sites}

    def write_config(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(self.config(), sort_keys=False), encoding="utf-8")
        return path

    def _record(self, site: Site, article: Article, url: str, fault: str | None) -> dict[str, Any]:
        charset = (
            "iso-8859-1"
            if article.style == "legacy" or (fault or "").startswith("latin1")
            else "utf-8"
        )
        return {
            "site": site.name,
            "url": url,
            "title": article.title,
            "published": article.published.isoformat(),
            "modified": article.modified.isoformat(),
            "date": article.published.astimezone(UTC).date().isoformat(),
            "author": article.author,
            "text_sample": article.sample,
            "boilerplate": [] if fault else site.article_boilerplate(article),
            "flat_boilerplate": False if fault else site.flat_boilerplate(article),
            "syndicated": article.syndicated,
            "story": article.story,
            "charset": charset,
            "language": article.language,
            "words": article.words,
            "style": site.style,
            "fault": fault,
        }

    def expected_articles(self) -> list[dict[str, Any]]:
        """Every article a crawl should archive (fault articles carry their fault name)."""
        out = []
        for site in self.sites.values():
            for article in site.articles:
                out.append(self._record(site, article, site.url(site.article_path(article)), None))
            if site.faults is not None:
                for name in ARTICLE_FAULTS:
                    a = site.faults.articles[name]
                    out.append(self._record(site, a, site.url(site.faults.path_of(a)), name))
        return out

    def non_articles(self) -> list[str]:
        """URLs of index, section, tag, author, search, about and contact pages."""
        return [site.url(p) for site in self.sites.values() for p in site.non_article_paths()]

    # -- runtime ----------------------------------------------------------------------------
    def _site(self, name: str) -> Site:
        style = name.removeprefix("demo-")
        if style not in self.sites:
            raise KeyError(f"no demo site {name!r}")
        return self.sites[style]

    def requests(self, name: str) -> list[dict[str, Any]]:
        """The request log of one site (style or config name), read over HTTP."""
        site = self._site(name)
        with urllib.request.urlopen(site.url("/__requests"), timeout=10) as resp:
            return list(json.load(resp))

    def reset_requests(self, name: str) -> None:
        site = self._site(name)
        req = urllib.request.Request(site.url("/__requests/reset"), data=b"", method="POST")
        with urllib.request.urlopen(req, timeout=10):
            pass

    def set_layout(self, name: str, layout: str) -> None:
        """Switch a site's article layout ("broken" hides the body behind a script)."""
        site = self._site(name)
        body = json.dumps({"layout": layout}).encode()
        req = urllib.request.Request(
            site.url("/__control"),
            data=body,
            method="POST",
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=10):
            pass
