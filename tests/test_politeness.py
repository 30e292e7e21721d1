"""Politeness: robots.txt Crawl-delay and Retry-After, measured on a real Scrapy crawl over
loopback HTTP (request times logged by the server; lower bounds only)."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from spiders.politeness import retry_after_seconds, site_key

ROOT = Path(__file__).resolve().parents[1]

CRAWL = """
import json, sys
import scrapy
from scrapy.crawler import CrawlerProcess

start, out = sys.argv[1], sys.argv[2]
extra = json.loads(sys.argv[3])

class Walk(scrapy.Spider):
    name = "walk"
    start_urls = [start]

    def parse(self, response):
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href, self.parse)

settings = {
    "ROBOTSTXT_OBEY": True,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "RETRY_TIMES": 2,
    "LOG_LEVEL": "WARNING",
    "TELNETCONSOLE_ENABLED": False,
    "DOWNLOADER_MIDDLEWARES": {"spiders.politeness.PolitenessMiddleware": 585},
    **extra,
}
process = CrawlerProcess(settings)
crawler = process.create_crawler(Walk)
process.crawl(crawler, )
process.start()
with open(out, "w") as fh:
    json.dump({k: v for k, v in crawler.stats.get_stats().items() if k.startswith("newsarchive")}, fh)
"""


class Site:
    """A loopback site whose pages the test defines; every request logged with its time."""

    def __init__(self, pages: dict[str, object]) -> None:
        self.pages = pages
        self.log: list[tuple[str, float]] = []
        self.hits: dict[str, int] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.log.append((self.path, time.monotonic()))
                n = site.hits[self.path] = site.hits.get(self.path, 0) + 1
                page = site.pages.get(self.path)
                status, headers, body = page(n) if callable(page) else (200, {}, page)
                if page is None:
                    status, headers, body = 404, {}, "no"
                data = str(body).encode()
                self.send_response(int(status))  # type: ignore[call-overload]
                for name, value in dict(headers).items():  # type: ignore[call-overload]
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(10)

    def times(self, path: str) -> list[float]:
        return [t for p, t in self.log if p == path]


def crawl(site: Site, tmp_path: Path, **settings: object) -> dict[str, float]:
    script = tmp_path / "crawl.py"
    script.write_text(CRAWL)
    out = tmp_path / "stats.json"
    proc = subprocess.run(
        [sys.executable, str(script), site.url + "/", str(out), json.dumps(settings)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(out.read_text())


def test_robots_crawl_delay_spaces_every_request(tmp_path: Path) -> None:
    links = "".join(f"<a href='/p{i}'>p{i}</a>" for i in range(3))
    pages: dict[str, object] = {
        "/robots.txt": "User-agent: *\nCrawl-delay: 3\nDisallow: /private/\n",
        "/": f"<html><body>{links}</body></html>",
        **{f"/p{i}": "<html><body>page</body></html>" for i in range(3)},
    }
    with Site(pages) as site:
        stats = crawl(site, tmp_path)
    starts = sorted(t for p, t in site.log if p != "/robots.txt")
    assert len(starts) == 4, site.log
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert min(gaps) >= 2.5, gaps  # Crawl-delay 3 (before: 17 requests in 0.8 s)
    assert stats["newsarchive/politeness/crawl_delay"] == 3


def _busy(status: int, header: str):  # type: ignore[no-untyped-def]
    def page(n: int) -> tuple[int, dict[str, str], str]:
        if n == 1:
            return status, {"Retry-After": header}, "busy"
        return 200, {}, "<html><body>ok</body></html>"

    return page


@pytest.mark.parametrize(
    ("status", "header", "settings", "at_least"),
    [
        (429, "4", {}, 3.5),
        (503, formatdate(time.time() + 3600, usegmt=True), {"NEWSARCHIVE_MAX_RETRY_AFTER": 4}, 3.5),
        (503, "Mon, 01 Jan 2024 00:00:00 GMT", {}, 0.0),  # a past date: normal retry
    ],
    ids=["429-seconds", "503-http-date-capped", "503-past-date"],
)
def test_retry_after_is_honoured_then_the_normal_retry(
    tmp_path: Path, status: int, header: str, settings: dict[str, object], at_least: float
) -> None:
    pages: dict[str, object] = {
        "/robots.txt": "User-agent: *\nAllow: /\n",
        "/": "<html><body><a href='/busy'>busy</a></body></html>",
        "/busy": _busy(status, header),
    }
    with Site(pages) as site:
        stats = crawl(site, tmp_path, NEWSARCHIVE_RETRY_BACKOFF=0, **settings)
    tries = site.times("/busy")
    assert len(tries) == 2, site.log  # retried once, then answered 200
    assert tries[1] - tries[0] >= at_least, tries[1] - tries[0]
    assert stats["newsarchive/politeness/retry_after"] == 1


def test_header_parsing_and_site_identity() -> None:
    assert retry_after_seconds("120") == 120
    assert retry_after_seconds(b" 7 ") == 7
    assert retry_after_seconds(formatdate(1_000_060, usegmt=True), now=1_000_000) == 60
    assert retry_after_seconds("Mon, 01 Jan 2024 00:00:00 GMT", now=2e9) == 0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None
    assert site_key("HTTP://Example.com/x") == "http://example.com:80"
    assert site_key("http://127.0.0.1:8001/a") != site_key("http://127.0.0.1:8002/a")
