"""The loopback HTTP server of one demo site: caching headers, 304s, gzip, request log, control."""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
import threading
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from newsarchive.demo.response import Response, http_date, json_response, page
from newsarchive.demo.styles.base import Site

COMPRESSIBLE = (
    "text/",
    "application/xml",
    "application/rss",
    "application/atom",
    "application/json",
)


class RequestLog:
    """Thread-safe list of the requests a site answered since start (or the last reset)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[dict[str, Any]] = []

    def add(self, entry: dict[str, Any]) -> None:
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._entries)

    def reset(self) -> None:
        with self._lock:
            self._entries.clear()


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha1(body).hexdigest()[:20] + '"'


def _not_modified(headers: Any, etag: str, last_modified: datetime | None) -> bool:
    """RFC 9110 §13.2.2: If-None-Match wins over If-Modified-Since."""
    inm = headers.get("If-None-Match")
    if inm is not None:
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        base = etag.strip('"')
        return "*" in tags or etag in tags or f'"{base}-gzip"' in tags
    ims = headers.get("If-Modified-Since")
    if ims and last_modified is not None:
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return last_modified.replace(microsecond=0) <= since
    return False


class Handler(BaseHTTPRequestHandler):
    """Serves one Site; the server object carries the site and its log."""

    protocol_version = "HTTP/1.1"
    server_version = "Apache/2.4.62"
    sys_version = ""
    server: DemoHTTPServer

    def log_message(self, format: str, *args: Any) -> None:  # silence stderr access log
        return

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        data = self.rfile.read(length) if length else b""
        path = urlsplit(self.path).path
        site = self.server.site
        if path == "/__requests/reset":
            self.server.log.reset()
            if site.faults is not None:
                site.faults.reset()
            resp = json_response({"ok": True})
        elif path == "/__control":
            try:
                control = json.loads(data or b"{}")
                if "layout" in control:
                    site.set_layout(str(control["layout"]))
                resp = json_response({"ok": True, "layout": site.layout})
            except (ValueError, TypeError) as exc:
                resp = json_response({"ok": False, "error": str(exc)}, 400)
        else:
            resp = page(
                "<html><body><h1>405 Method Not Allowed</h1></body></html>", cacheable=False
            )
            resp.status = 405
            self._log(resp.status, False)
        self._send(resp, head=False)

    def _log(self, status: int, conditional: bool) -> None:
        self.server.log.add(
            {
                "method": self.command,
                "path": self.path,
                "status": status,
                "conditional": conditional,
                "user_agent": self.headers.get("User-Agent", ""),
                "time": datetime.now(UTC).isoformat(),
            }
        )

    def _serve(self, head: bool) -> None:
        split = urlsplit(self.path)
        if split.path == "/__requests":
            self._send(json_response(self.server.log.entries()), head)
            return
        query = dict(parse_qsl(split.query, keep_blank_values=True))
        conditional = bool(
            self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since")
        )
        try:
            resp = self.server.site.handle(split.path, query)
        except Exception as exc:  # a bug in a renderer: answer 500, keep serving
            resp = page(
                f"<html><body><h1>Internal Server Error</h1><p>{type(exc).__name__}</p></body>"
                "</html>"
            )
            resp.status, resp.cacheable = 500, False
        if resp is None:
            resp = page(
                "<!DOCTYPE html><html><head><title>Page not found</title></head><body>"
                "<h1>Oops! That page can&rsquo;t be found.</h1><p>Nothing was found at this "
                'location. Try the <a href="/">homepage</a>.</p></body></html>',
                cacheable=False,
            )
            resp.status = 404
        if resp.raw is not None:
            status = resp.status
            try:
                status = resp.raw(self)
            except (BrokenPipeError, ConnectionResetError, TimeoutError):
                self.close_connection = True
            self._log(status, conditional)
            return
        if resp.status == 200 and resp.cacheable:
            etag = _etag(resp.body)
            if _not_modified(self.headers, etag, resp.last_modified):
                self._log(304, conditional)
                extra = {"ETag": etag}
                if resp.last_modified:
                    extra["Last-Modified"] = http_date(resp.last_modified)
                self._send(Response(304, b"", "", extra, cacheable=False), head=True)
                return
            resp.headers.setdefault("ETag", etag)
            if resp.last_modified is None:
                resp.last_modified = self.server.started
            resp.headers.setdefault("Last-Modified", http_date(resp.last_modified))
            resp.headers.setdefault("Cache-Control", "max-age=300, must-revalidate")
        self._log(resp.status, conditional)
        self._send(resp, head)

    def _send(self, resp: Response, head: bool) -> None:
        body = resp.body
        headers = dict(resp.headers)
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "").lower()
        if resp.content_type.startswith(COMPRESSIBLE):
            headers["Vary"] = "Accept-Encoding"
            if accepts_gzip and len(body) > 256 and resp.status != 304:
                body = gzip.compress(body, mtime=0)
                headers["Content-Encoding"] = "gzip"
                if "ETag" in headers:
                    headers["ETag"] = headers["ETag"][:-1] + '-gzip"'
        try:
            self.send_response(resp.status)
            if resp.content_type:
                self.send_header("Content-Type", resp.content_type)
            for key, value in headers.items():
                self.send_header(key, value)
            if resp.status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head and resp.status != 304:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


class DemoHTTPServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer on 127.0.0.1 serving one Site."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, site: Site, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), Handler)
        self.site = site
        self.log = RequestLog()
        self.started = datetime.now(UTC).replace(microsecond=0)
        host, bound = self.server_address[:2]
        site.base_url = f"http://{host!s}:{bound}/"
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return self.site.base_url

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up (a crawl closing its idle connections) is no error; anything
        else is reported as the standard server does."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self.serve_forever, args=(0.1,), name=f"demo-{self.site.style}", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
