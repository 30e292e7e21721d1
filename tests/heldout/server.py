"""A loopback HTTP server for one held-out site: a fixed table of responses, ETags, 304s."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit


@dataclass
class Resp:
    """One canned response; `body` is already encoded."""

    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


# query parameters a CMS ignores when it picks the page (Blogger's mobile view, trackers)
_IGNORED = {"m", "showComment", "utm_source", "utm_medium", "utm_campaign"}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: HeldoutServer

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        split = urlsplit(self.path)
        query = [(k, v) for k, v in parse_qsl(split.query, keep_blank_values=True)]
        kept = urlencode([(k, v) for k, v in query if k not in _IGNORED])
        pages = self.server.pages
        resp = pages.get(split.path + ("?" + split.query if split.query else ""))
        if resp is None:
            resp = pages.get(split.path + ("?" + kept if kept else ""))
        if resp is None:
            resp = Resp(b"<html><body><h1>Not Found</h1></body></html>", status=404)
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
        if status != 304:
            self.wfile.write(resp.body)


class HeldoutServer(ThreadingHTTPServer):
    """Serves `pages` (path with query -> Resp) on 127.0.0.1 from a daemon thread."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.pages: dict[str, Resp] = {}
        self.log: list[tuple[str, int]] = []
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
