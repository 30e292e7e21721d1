"""The Response value the site renderers return and small HTML/date helpers they share."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler
from typing import Any

HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"


@dataclass
class Response:
    """What a route answers; `raw` lets a fault route write the whole HTTP response itself."""

    status: int = 200
    body: bytes = b""
    content_type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)
    last_modified: datetime | None = None
    cacheable: bool = True
    raw: Callable[[BaseHTTPRequestHandler], int] | None = None


def esc(text: str) -> str:
    """HTML-escape text and attribute values."""
    return html.escape(text, quote=True)


def http_date(when: datetime) -> str:
    """RFC 9110 date (always GMT)."""
    return format_datetime(when.astimezone(UTC), usegmt=True)


def page(body: str, content_type: str = HTML, **kw: Any) -> Response:
    """A UTF-8 text response."""
    return Response(body=body.encode("utf-8"), content_type=content_type, **kw)


def json_response(data: Any, status: int = 200) -> Response:
    """A JSON response that is never cached."""
    body = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    return Response(status, body, "application/json; charset=utf-8", cacheable=False)


def redirect(location: str, status: int = 301) -> Response:
    """A redirect with a short HTML body, as most servers send."""
    body = f'<html><body><a href="{esc(location)}">Moved</a></body></html>'
    return Response(status, body.encode(), HTML, {"Location": location}, cacheable=False)
