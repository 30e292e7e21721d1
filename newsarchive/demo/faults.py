"""Fault routes under /faults/: flaky, slow, huge, gzip bomb, binary, malformed, bad redirects."""

from __future__ import annotations

import io
import random
import select
import socket
import struct
import threading
import time
import zipfile
import zlib
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from datetime import time as dtime
from functools import lru_cache
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING

from newsarchive.demo import corpus, vocab
from newsarchive.demo.corpus import Article
from newsarchive.demo.response import Response, esc, page, redirect

if TYPE_CHECKING:
    from newsarchive.demo.styles.base import Site

HUGE_BYTES = 6 * 1024 * 1024 + 300_000
BOMB_BYTES = 1024**3 + 64 * 1024**2  # inflated size of the gzip bomb (> 1 GiB)
_CHUNK = 1024 * 1024
METADATA_URL = "http://169.254.169.254/latest/meta-data/"
# fault name -> path; the ones marked in ARTICLE_FAULTS are real articles a crawler should keep
PATHS = {
    "flaky": "/faults/flaky-article/",
    "slow": "/faults/slow/",
    "huge": "/faults/huge/",
    "gzip_bomb": "/faults/gzip-bomb/",
    "png_as_html": "/faults/image.html",
    "zip_as_html": "/faults/download.html",
    "malformed": "/faults/malformed/",
    "latin1_header": "/faults/latin1-header/",
    "latin1_meta": "/faults/latin1-meta/",
    "redirect_loop": "/faults/loop/a",
    "redirect_metadata": "/faults/metadata/",
}
ARTICLE_FAULTS = ("flaky", "malformed", "latin1_header", "latin1_meta")
EXTERNAL = ("file:///etc/passwd", "ftp://ftp.example.org/pub/archive.zip")
PRIVATE = "/private/fault-report/"


@lru_cache(maxsize=1)
def _bomb_parts() -> tuple[bytes, bytes, bytes, int]:
    """Gzip member pieces: header+first block, a repeatable block, and the tail (with trailer).

    After a full flush deflate restarts from an empty window, so compressing the same
    megabyte again gives the same bytes: the body is `first + block * (n - 1) + tail`.
    """
    zeros = bytes(_CHUNK)
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    first = comp.compress(zeros) + comp.flush(zlib.Z_FULL_FLUSH)
    block = comp.compress(zeros) + comp.flush(zlib.Z_FULL_FLUSH)
    again = comp.compress(zeros) + comp.flush(zlib.Z_FULL_FLUSH)
    assert block == again
    tail = comp.flush(zlib.Z_FINISH)[:-8]
    count = BOMB_BYTES // _CHUNK
    crc_all = 0
    for _ in range(count):
        crc_all = zlib.crc32(zeros, crc_all)
    trailer = struct.pack("<II", crc_all, (count * _CHUNK) & 0xFFFFFFFF)
    return first, block, tail + trailer, count


def gzip_bomb_chunks() -> Iterator[bytes]:
    """The gzip bomb body, chunk by chunk (about 1 MB on the wire, > 1 GiB inflated)."""
    first, block, tail, count = _bomb_parts()
    yield first
    for _ in range(count - 1):
        yield block
    yield tail


def gzip_bomb_size() -> int:
    first, block, tail, count = _bomb_parts()
    return len(first) + len(block) * (count - 1) + len(tail)


def png_bytes() -> bytes:
    """A valid 64x64 grey PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + bytes([128] * 64) for _ in range(64))
    ihdr = struct.pack(">IIBBBBB", 64, 64, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("report.csv", "date,count\n2026-11-18,12\n")
    return buf.getvalue()


def _client_gone(conn: socket.socket) -> bool:
    try:
        readable, _, _ = select.select([conn], [], [], 0)
        return bool(readable) and conn.recv(1, socket.MSG_PEEK) == b""
    except (OSError, ValueError):
        return True


class FaultRoutes:
    """The /faults/ pages of one site (only when the demo runs with faults enabled)."""

    def __init__(self, seed: int, start_date: date, slow_seconds: float = 8.0) -> None:
        self.slow_seconds = slow_seconds
        self._lock = threading.Lock()
        self._hits: dict[str, int] = {}
        self.articles = self._make_articles(seed, start_date)

    def _make_articles(self, seed: int, start_date: date) -> dict[str, Article]:
        rng = random.Random(f"{seed}:faults")
        out = {}
        for i, name in enumerate((*ARTICLE_FAULTS, "slow")):
            latin = name.startswith("latin1")
            when = datetime.combine(start_date, dtime(9 + i, 15), UTC)
            if latin:
                text = corpus._french(rng, rng.randint(260, 400))
                when = when.astimezone(timezone(timedelta(hours=1)))
            else:
                facts = corpus._facts(rng, rng.choice(sorted(vocab.TOPICS)))
                text = corpus._english(rng, facts, rng.randint(300, 500))
            title = str(text["title"])
            out[name] = Article(
                style="fault",
                index=i,
                number=900000 + i,
                story=f"fault-{name}",
                title=title,
                slug=corpus.slugify(title),
                section="news",
                tags=(),
                author=f"{rng.choice(vocab.FIRST)} {rng.choice(vocab.LAST)}",
                published=when,
                modified=when,
                paragraphs=tuple(text["paragraphs"]),
                caption="",
                sample=str(text["sample"]),
                syndicated=False,
                language="fr" if latin else "en",
            )
        return out

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()

    def homepage_links(self) -> str:
        items = "".join(
            f'<li><a href="{p}">{n.replace("_", " ")}</a></li>' for n, p in PATHS.items()
        )
        items += "".join(f'<li><a href="{u}">{u.split(":")[0]} link</a></li>' for u in EXTERNAL)
        items += f'<li><a href="{PRIVATE}">internal report</a></li>'
        title = '<h2><a href="/faults/">Test pages</a></h2>'
        return f'<section class="faults">{title}<ul>{items}</ul></section>'

    # -- rendering --------------------------------------------------------------------------
    def article_html(
        self,
        site: Site,
        a: Article,
        *,
        charset: str = "utf-8",
        meta: bool = True,
        malformed: bool = False,
    ) -> str:
        canonical = site.url(self.path_of(a))
        meta_tag = (
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            if meta
            else ""
        )
        if a.language == "fr":
            dateline = f"Publié le {a.published:%d/%m/%Y} à {a.published:%H}h{a.published:%M}"
        else:
            pub = a.published
            dateline = f'<time datetime="{pub.isoformat()}">{pub:%B} {pub.day}, {pub:%Y}</time>'
        paras = site.paragraphs_html(a)
        if malformed:
            paras = "\n".join(
                f"<p>{esc(p)}" + ("</div>" if i % 3 == 1 else "") + ("<b>" if i == 2 else "")
                for i, p in enumerate(a.paragraphs)
            )
        return f"""<!DOCTYPE html>
<html lang="{a.language}"><head>{meta_tag}
<title>{esc(a.title)} | {site.site_title}</title>
<link rel="canonical" href="{canonical}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="article:published_time" content="{a.published.isoformat()}">
</head><body>
<div class="header"><a href="/">{site.site_title}</a></div>
<div class="wrap"><div class="main">
<article class="story">
<h1>{esc(a.title)}</h1>
<p class="byline">By {esc(a.author)} | {dateline}</p>
<div class="story-body">
{paras}
</div>
</article>
</div>{"</div></div></span>" if malformed else ""}
<div class="footer"><a href="/">Home</a></div>
{"" if malformed else "</div>"}</body></html>"""

    def path_of(self, a: Article) -> str:
        return PATHS[a.story.removeprefix("fault-")]

    # -- routes -----------------------------------------------------------------------------
    def route(self, site: Site, path: str, query: dict[str, str]) -> Response | None:
        if not path.startswith("/faults/"):
            return None
        if path == "/faults/":
            return page(
                "<!DOCTYPE html><html><head><title>Test pages</title></head>"
                f"<body>{self.homepage_links()}</body></html>"
            )
        if path == PATHS["flaky"]:
            with self._lock:
                self._hits[path] = self._hits.get(path, 0) + 1
                hits = self._hits[path]
            if hits <= 2:
                resp = page(
                    "<html><body><h1>Service Temporarily Unavailable</h1></body></html>",
                    cacheable=False,
                )
                resp.status = 503
                resp.headers["Retry-After"] = "1"
                return resp
            a = self.articles["flaky"]
            return page(self.article_html(site, a), last_modified=a.modified)
        if path == PATHS["malformed"]:
            a = self.articles["malformed"]
            return page(self.article_html(site, a, malformed=True), last_modified=a.modified)
        if path in (PATHS["latin1_header"], PATHS["latin1_meta"]):
            in_header = path == PATHS["latin1_header"]
            a = self.articles["latin1_header" if in_header else "latin1_meta"]
            html = self.article_html(site, a, charset="iso-8859-1", meta=not in_header)
            ctype = "text/html; charset=ISO-8859-1" if in_header else "text/html"
            return Response(
                body=html.encode("iso-8859-1"), content_type=ctype, last_modified=a.modified
            )
        if path == PATHS["png_as_html"]:
            return Response(body=png_bytes(), content_type="text/html")
        if path == PATHS["zip_as_html"]:
            return Response(body=zip_bytes(), content_type="text/html; charset=utf-8")
        if path == "/faults/loop/a":
            return redirect("/faults/loop/b", 302)
        if path == "/faults/loop/b":
            return redirect("/faults/loop/a", 302)
        if path == PATHS["redirect_metadata"]:
            return redirect(METADATA_URL, 302)
        if path == PATHS["slow"]:
            return Response(status=200, raw=lambda h: self._slow(site, h))
        if path == PATHS["huge"]:
            return Response(status=200, raw=self._huge)
        if path == PATHS["gzip_bomb"]:
            return Response(status=200, raw=self._bomb)
        return None

    def _slow(self, site: Site, handler: BaseHTTPRequestHandler) -> int:
        deadline = time.monotonic() + self.slow_seconds
        while time.monotonic() < deadline:
            if _client_gone(handler.connection):
                handler.close_connection = True
                return 499  # nginx's "client closed request"
            time.sleep(0.05)
        body = self.article_html(site, self.articles["slow"]).encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
        return 200

    def _huge(self, handler: BaseHTTPRequestHandler) -> int:
        head = b"<!DOCTYPE html><html><head><title>Comment archive</title></head><body>\n"
        row = b'<div class="comment"><p>First! Great article, thanks for sharing.</p></div>\n'
        tail = b"</body></html>\n"
        rows = (HUGE_BYTES - len(head) - len(tail)) // len(row) + 1
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(head) + rows * len(row) + len(tail)))
        handler.end_headers()
        if handler.command == "HEAD":
            return 200
        handler.wfile.write(head)
        block = row * 1000
        left = rows
        while left:
            n = min(left, 1000)
            handler.wfile.write(block if n == 1000 else row * n)
            left -= n
        handler.wfile.write(tail)
        return 200

    def _bomb(self, handler: BaseHTTPRequestHandler) -> int:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Encoding", "gzip")
        handler.send_header("Content-Length", str(gzip_bomb_size()))
        handler.end_headers()
        if handler.command != "HEAD":
            for chunk in gzip_bomb_chunks():
                handler.wfile.write(chunk)
        return 200
