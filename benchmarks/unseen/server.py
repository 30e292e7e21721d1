"""Loopback HTTP server for one generated site: canned responses, charset headers, ETag/304."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit


@dataclass
class Resp:
    """One canned response; `body` is already encoded in the charset the header names."""

    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


_NOT_FOUND = Resp(
    b"<html><head><title>404</title></head><body><h1>Not Found</h1></body></html>", status=404
)


def _sorted(key: str) -> str:
    path, _, query = key.partition("?")
    query = urlencode(sorted(parse_qsl(query, keep_blank_values=True)))
    return path + ("?" + query if query else "")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: SiteServer

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _resp(self) -> Resp:
        split = urlsplit(self.path)
        key = split.path + ("?" + split.query if split.query else "")
        found = self.server.pages.get(key)
        if found is None:  # same parameters in another order (crawlers sort them)
            found = self.server.sorted_pages().get(_sorted(key))
        return found or _NOT_FOUND

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_GET(self) -> None:
        self._serve(head=False)

    def _serve(self, head: bool) -> None:
        resp = self._resp()
        etag = '"' + hashlib.sha1(resp.body).hexdigest()[:16] + '"'
        status = resp.status
        if status == 200 and self.headers.get("If-None-Match") == etag:
            status = 304
        self.server.log.append((self.path, status))
        self.send_response(status)
        if status != 304:
            self.send_header("Content-Type", resp.content_type)
            self.send_header("Content-Length", str(len(resp.body)))
        if resp.status == 200:
            self.send_header("ETag", etag)
        for key, value in resp.headers.items():
            self.send_header(key, value)
        self.end_headers()
        if status != 304 and not head:
            self.wfile.write(resp.body)


class SiteServer(ThreadingHTTPServer):
    """Serves `pages` (path with query -> Resp) on 127.0.0.1, a free port, from a daemon thread."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.pages: dict[str, Resp] = {}
        self.log: list[tuple[str, int]] = []
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    def sorted_pages(self) -> dict[str, Resp]:
        """`pages` keyed with sorted query parameters."""
        if getattr(self, "_sorted", None) is None or len(self._sorted) != len(self.pages):
            self._sorted = {_sorted(k): v for k, v in self.pages.items()}
        return self._sorted

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT` without a trailing slash."""
        return f"http://127.0.0.1:{self.server_address[1]}"

    def start(self) -> None:
        """Start serving in the background."""
        self._thread.start()

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self.shutdown()
        self.server_close()
