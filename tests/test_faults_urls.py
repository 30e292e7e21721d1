"""Hostile URLs and redirects: refused before any connection, counted in the run report."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml
from twisted.internet import defer
from twisted.python.failure import Failure

from newsarchive.urls import check_url
from spiders.middlewares import SafeResolver
from tests.crawl_helpers import run_cli

Route = tuple[int, dict[str, str], bytes]


class LogServer:
    """A loopback HTTP server in a thread: answers from a route table, logs every connection
    and request (unknown paths get 502, so an empty table makes a trap proxy)."""

    def __init__(self, routes: dict[str, Route] | None = None) -> None:
        self.routes = routes or {}
        self.connections = 0
        self.requests: list[str] = []
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with owner._lock:
                    owner.requests.append(self.path)
                status, headers, body = owner.routes.get(self.path, (502, {}, b"trap"))
                self.send_response(status)
                for key, value in {"Content-Length": str(len(body)), **headers}.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def verify_request(self, request: Any, client_address: Any) -> bool:
                with owner._lock:
                    owner.connections += 1
                return True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = int(self.server.server_address[1])
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> LogServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


def _html(body: str) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>Site</title></head><body>{body}</body></html>".encode()
    )


HTML = {"Content-Type": "text/html; charset=utf-8"}
METADATA_REDIRECTS = {
    "/r/metadata": "http://169.254.169.254/latest/meta-data/",
    "/r/metadata-hex": "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/",
    "/r/metadata-v6": "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "/r/metadata-name": "http://metadata.google.internal/computeMetadata/v1/",
}
METADATA_LINKS = (
    "http://169.254.169.254/latest/meta-data/iam/",
    "http://2852039166/latest/",  # 169.254.169.254 as one decimal number
    "http://[fd00:ec2::254]/latest/",
)


def _hostile_routes(other: int) -> dict[str, Route]:
    """A site whose home page links and redirects to everything it must not reach."""
    redirects = {
        **METADATA_REDIRECTS,
        "/r/file": "file:///etc/passwd",
        "/r/ftp": f"ftp://127.0.0.1:{other}/pub/archive.zip",
        "/r/gopher": f"gopher://127.0.0.1:{other}/1",
        "/r/other-port": f"http://127.0.0.1:{other}/stolen",
        "/r/other-localhost": f"http://localhost:{other}/stolen",
    }
    links = [
        *redirects,
        *METADATA_LINKS,
        "file:///etc/shadow",
        f"ftp://127.0.0.1:{other}/pub/",
        f"gopher://127.0.0.1:{other}/",
        f"http://127.0.0.1:{other}/offsite",
        f"http://localhost:{other}/offsite",
        "mailto:desk@news.example",  # not a page, and not a fetch target: not counted
        "android-app://com.example.news/http/news.example/",
    ]
    home = "".join(f'<p><a href="{u}">link {i}</a></p>' for i, u in enumerate(links))
    routes: dict[str, Route] = {
        "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"),
        "/": (200, HTML, _html(home)),
    }
    for path, target in redirects.items():
        routes[path] = (302, {"Location": target, **HTML}, _html("moved"))
    return routes


# unsafe_url: 3 metadata links + file/ftp/gopher links; 4 metadata + 3 non-http redirects
UNSAFE = len(METADATA_LINKS) + 3 + len(METADATA_REDIRECTS) + 3
OFFSITE = 2 + 2  # links to the other origin (port, localhost) and redirects there


def _config(tmp: Path, url: str, **extra: Any) -> Path:
    site = {"name": "hostile", "url": url, "retries": 0, "timeout": 5, "download_delay": 0}
    path = tmp / "sites.yaml"
    path.write_text(yaml.safe_dump({"sites": [{**site, **extra}]}))
    return path


@pytest.fixture
def trap() -> Iterator[dict[str, str]]:
    """Route any non-loopback fetch through a logging trap proxy, so nothing leaves 127.0.0.1
    even if the safety checks fail; the test then sees the request in the trap's log."""
    with LogServer() as proxy:
        proxy_url = f"http://127.0.0.1:{proxy.port}"
        yield {
            "http_proxy": proxy_url,
            "https_proxy": proxy_url,
            "no_proxy": "127.0.0.1,localhost",
            "_trap_port": str(proxy.port),
        }
        assert proxy.connections == 0, f"escaped to the trap proxy: {proxy.requests}"


def test_hostile_links_and_redirects_never_reach_their_targets(
    trap: dict[str, str], tmp_path: Path
) -> None:
    with LogServer() as other, LogServer(_hostile_routes(other.port)) as site:
        url = f"http://127.0.0.1:{site.port}/"
        cfg = _config(tmp_path, url, allow_private_network=True)
        env = {k: v for k, v in trap.items() if not k.startswith("_")}
        result = run_cli(
            ["crawl", "--config", str(cfg), "--archive", str(tmp_path / "a")], tmp_path, env=env
        )
        assert result.code == 0, result.stderr[-3000:]
        report = result.reports[0]
        assert other.connections == 0, other.requests  # another loopback origin: never touched
        # the site saw robots.txt twice (ours and Scrapy's), the home page and each redirect once
        redirects = sorted(p for p in site.requests if p.startswith("/r/"))
        assert redirects == sorted(p for p in _hostile_routes(other.port) if p.startswith("/r/"))
        assert report["stats"]["downloader/request_count"] == len(site.requests)
    assert report["skipped"]["unsafe_url"] == UNSAFE, report["skipped"]
    assert report["skipped"]["offsite"] == OFFSITE, report["skipped"]
    assert report["error_count"] == 0, report["errors"]  # refusals are skips, not errors


@pytest.mark.parametrize("host", ["localhost", socket.gethostname()])
def test_site_on_a_name_resolving_to_loopback_is_refused(
    trap: dict[str, str], tmp_path: Path, host: str
) -> None:
    if check_url(f"http://{host}/", allow_private=True) is not None:
        pytest.skip(f"{host} does not resolve here")
    with LogServer({"/": (200, HTML, _html("home"))}) as site:
        cfg = _config(tmp_path, f"http://{host}:{site.port}/")
        env = {k: v for k, v in trap.items() if not k.startswith("_")}
        result = run_cli(
            ["crawl", "--config", str(cfg), "--archive", str(tmp_path / "a")], tmp_path, env=env
        )
        assert site.connections == 0, site.requests
    assert result.code == 1
    report = result.reports[0]
    assert report["status"] == "failed" and report["pages_fetched"] == 0
    assert report["skipped"]["unsafe_url"] >= 1


class _StubResolver:
    """Answers like a DNS server that rebinds: the name now points at the given address."""

    def __init__(self, address: str) -> None:
        self.address = address

    def getHostByName(self, name: str, timeout: Any = ()) -> defer.Deferred[str]:
        return defer.succeed(self.address)


def _resolve(resolver: SafeResolver, name: str) -> str | Failure:
    out: list[str | Failure] = []
    resolver.getHostByName(name).addBoth(out.append)
    return out[0]


@pytest.mark.parametrize(
    ("answer", "allowed", "refused"),
    [
        ("169.254.169.254", False, "metadata"),
        ("169.254.169.254", True, "metadata"),  # never, even where private is allowed
        ("10.0.0.7", False, "private"),
        ("127.0.0.1", False, "loopback"),
        ("127.0.0.1", True, None),
        ("93.184.215.14", False, None),
    ],
)
def test_connect_time_resolver_refuses_rebound_answers(
    answer: str, allowed: bool, refused: str | None
) -> None:
    name = f"rebind-{answer.replace('.', '-')}-{allowed}.example".lower()
    resolver = SafeResolver(_StubResolver(answer))
    if allowed:
        resolver.private_ok.add(name)
    got = _resolve(resolver, name)
    if refused is None:
        assert got == answer
    else:
        assert isinstance(got, Failure) and refused in str(got.value)
        assert resolver.refused[name] == refused
