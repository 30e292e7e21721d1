"""A scriptable news site on 127.0.0.1: pages the test sets and changes, every request logged,
and gates that hold a request until the test opens them (no timing involved)."""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

Page = tuple[int, dict[str, str], bytes]


def article(title: str, text: str, day: str, canonical: str | None = None) -> str:
    """An article page in plain CMS markup (JSON-free: title, date, paragraphs)."""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n"))
    return (
        f"<html><head><title>{title}</title>{link}"
        f'<meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="{day}T08:00:00+00:00"></head>'
        f"<body><article><h1>{title}</h1><time datetime='{day}T08:00:00+00:00'>{day}</time>"
        f"{paras}</article></body></html>"
    )


class NewsSite:
    """`pages[path] = body or (status, headers, body)`; `hits` counts requests by path."""

    def __init__(self) -> None:
        self.pages: dict[str, Any] = {}
        self.hits: Counter[str] = Counter()
        self.headers: list[tuple[str, dict[str, str]]] = []  # (path, request headers)
        self.gates: dict[str, threading.Event] = {}  # path -> opened by the test
        self.arrived: dict[str, threading.Event] = {}  # path -> a request is waiting at it
        self.etags = False  # True: 200 answers carry an ETag, and a matching If-None-Match gets 304
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                path = self.path
                site.hits[path] += 1
                site.headers.append((path, dict(self.headers.items())))
                if path in site.gates:
                    site.arrived[path].set()
                    site.gates[path].wait(300)
                page = site.pages.get(path)
                if page is None:
                    status, headers, body = 404, {}, b"not here"
                elif isinstance(page, tuple):
                    status, headers, body = page
                else:
                    status, headers, body = 200, {}, page
                data = body.encode() if isinstance(body, str) else body
                headers = {"Content-Type": "text/html; charset=utf-8", **headers}
                if site.etags and status == 200:
                    tag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
                    headers["ETag"] = tag
                    if self.headers.get("If-None-Match") == tag:
                        status, data = 304, b""
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if status != 304:
                    self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if status != 304:
                    self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def hold(self, path: str) -> threading.Event:
        """Requests for `path` wait until the returned event is set."""
        self.arrived[path] = threading.Event()
        self.gates[path] = threading.Event()
        return self.gates[path]

    def release_all(self) -> None:
        for gate in self.gates.values():
            gate.set()

    def __enter__(self) -> NewsSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release_all()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(10)

    def config(self, path: Path, name: str = "lab", **site: Any) -> Path:
        """A config file with this one site (loopback allowed, no delays)."""
        entry = {
            "name": name,
            "url": self.url + "/",
            "allow_private_network": True,
            "download_delay": 0,
            "autothrottle": False,
            "retries": 0,
            "timeout": 60,
            **site,
        }
        path.write_text(yaml.safe_dump({"sites": [entry]}, sort_keys=False), encoding="utf-8")
        return path
