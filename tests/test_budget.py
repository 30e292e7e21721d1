"""Budgets that mean articles: a real crawl of a loopback site stops on max_articles and says so."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsarchive.config import QualityGate
from newsarchive.gate import evaluate
from tests.crawl_helpers import archived, run_cli

DAY = "2026-11-20"
Crawl = Callable[..., tuple[dict[str, Any], str, int]]
WORDS = [
    f"{a}{b}"
    for a in ("flo", "mar", "tes", "kin", "dru", "pal")
    for b in ("od", "ine", "ast", "um")
]


def _article(n: int) -> str:
    rng = random.Random(n)
    paras = "".join(
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(60)) + f" story {n} part {i}.</p>"
        for i in range(6)
    )
    return f"""<!doctype html><html lang="en"><head><title>Story number {n}</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Story number {n}",
"datePublished": "{DAY}T08:00:00Z"}}</script></head>
<body><article><h1>Story number {n}</h1><time datetime="{DAY}T08:00:00Z">{DAY}</time>
{paras}</article></body></html>"""


def _listing(page: int, pages: int, per_page: int) -> str:
    first = (page - 1) * per_page
    links = "".join(
        f'<li><a href="/news/2026/11/20/story-{n}.html">Story number {n}</a></li>'
        for n in range(first, first + per_page)
    )
    nxt = f'<a rel="next" href="/page/{page + 1}">Older</a>' if page < pages else ""
    return f"<!doctype html><html><head><title>News page {page}</title></head><body><ul>{links}</ul>{nxt}</body></html>"


class Site:
    """A loopback news site: `pages` listing pages (home is page 1) of `per_page` articles each."""

    def __init__(self, pages: int, per_page: int) -> None:
        self.pages, self.per_page = pages, per_page
        self.log: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.log.append(self.path)
                body = site.page(self.path)
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                data = (body or "not found").encode()
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/"

    def page(self, path: str) -> str | None:
        if path == "/":
            return _listing(1, self.pages, self.per_page)
        if path.startswith("/page/") and path[6:].isdigit() and 1 < int(path[6:]) <= self.pages:
            return _listing(int(path[6:]), self.pages, self.per_page)
        if path.startswith("/news/2026/11/20/story-") and path.endswith(".html"):
            return _article(int(path.split("story-")[1].split(".")[0]))
        return None

    def __enter__(self) -> Site:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def crawl(tmp_path: Path) -> Crawl:
    def run(site: Site, **limits: int) -> tuple[dict[str, Any], str, int]:
        config = {
            "sites": [
                {
                    "name": "budget",
                    "url": site.url,
                    "allow_private_network": True,
                    "obey_robots": False,
                    "download_delay": 0,
                    "autothrottle": False,
                    **limits,
                }
            ]
        }
        path = tmp_path / "sites.yaml"
        path.write_text(yaml.safe_dump(config))
        archive = tmp_path / "archive"
        result = run_cli(["crawl", "--config", str(path), "--archive", str(archive)], tmp_path)
        assert result.code == 0, result.stderr[-3000:]
        return result.reports[0], result.stderr + result.stdout, len(archived(str(archive)))

    return run


def test_more_articles_than_the_budget_stops_and_says_so(crawl: Crawl) -> None:
    with Site(pages=1, per_page=30) as site:
        report, output, n_archived = crawl(site, max_articles=10)
    assert n_archived == 10
    assert report["budget_exhausted"] == {"max_articles": 20}
    assert report["skipped"]["budget"] == 20
    assert "budget: budget exhausted: max_articles reached, 20 URLs left" in output
    gate = evaluate("budget", report, [], QualityGate())
    assert gate.ok
    assert "budget exhausted: max_articles reached, 20 URLs left" in gate.message
    assert any("max_articles reached, 20 URLs left" in note for note in gate.notes)


def test_listing_pages_beyond_the_article_budget_do_not_eat_it(crawl: Crawl) -> None:
    with Site(pages=15, per_page=2) as site:
        report, _, n_archived = crawl(site, max_articles=12)
        listings = [p for p in site.log if p == "/" or p.startswith("/page/")]
    assert len(listings) == 15  # more listing pages than the article budget, all fetched
    assert n_archived == 12
    assert report["budget_exhausted"] == {"max_articles": 18}


def test_a_run_within_its_budgets_reports_none(crawl: Crawl) -> None:
    with Site(pages=2, per_page=3) as site:
        report, output, n_archived = crawl(site, max_pages=50)  # the old name still works
    assert n_archived == 6
    assert report["budget_exhausted"] == {}
    assert "budget exhausted" not in output
