"""A loopback news site for crawl tests: listing pages (home is page 1) linking dated articles."""

from __future__ import annotations

import random
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DAY = "2026-11-20"
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

    def config(self, name: str, limits: dict[str, int] | None = None) -> dict[str, object]:
        """A config for this site alone: loopback allowed, no politeness delays."""
        site = {
            "name": name,
            "url": self.url,
            "allow_private_network": True,
            "obey_robots": False,
            "download_delay": 0,
            "autothrottle": False,
            **(limits or {}),
        }
        return {"sites": [site]}

    def __enter__(self) -> Site:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
