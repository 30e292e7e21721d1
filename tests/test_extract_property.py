"""Property tests: extraction and record building never raise on generated HTML or bytes."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsarchive.config import SiteConfig
from newsarchive.extraction.extract import Extraction, extract_page
from newsarchive.extraction.sniff import looks_binary
from newsarchive.page import Page
from newsarchive.records import build_record

URL = "http://127.0.0.1:8080/2026/11/18/a-story/"
SITE = SiteConfig(name="demo", url="http://127.0.0.1:8080/", allow_private_network=True)
TAGS = [
    "p", "div", "article", "main", "section", "span", "b", "i", "a", "h1", "h2", "table",
    "tr", "td", "ul", "li", "script", "style", "noscript", "template", "svg", "math",
    "form", "textarea", "iframe", "title", "head", "body", "html", "meta", "time", "br",
]  # fmt: skip
ATTRS = [
    "class", "id", "href", "content", "charset", "http-equiv", "property", "name",
    "datetime", "lang", "itemprop", "rel", "style",
]  # fmt: skip
NASTY_TEXT = [
    "&#0;", "&#xD800;", "&#99999999;", "&amp", "&nbsp;", "\x00", "\ufeff", "\u202e",
    "]]>", "<![CDATA[", "<!--", "-->", "<?xml version='1.0' encoding='utf-16'?>",
    "<!DOCTYPE html>", "</div>", "</p></p>", "<p", "<", ">", "\r\n", "é", "日本語",
    "Ã©", "2026-11-18T09:00:00+01:00", "99/99/9999", "charset=bogus", "\\u0000",
]  # fmt: skip
ATTR_VALUES = [
    "text/html; charset=iso-8859-1", "text/html; charset=bogus", "utf-16", "x" * 500,
    "article", "og:title", "article:published_time", "0000-00-00", "javascript:alert(1)",
    "http://169.254.169.254/", "//evil.example/x", "../../etc/passwd", "",
]  # fmt: skip

text = st.one_of(st.sampled_from(NASTY_TEXT), st.text(max_size=40))
attribute = st.tuples(st.sampled_from(ATTRS), st.one_of(st.sampled_from(ATTR_VALUES), text))


def _element(children: list[str], tag: str, attrs: list[tuple[str, str]], close: bool) -> str:
    rendered = "".join(f' {k}="{v}"' for k, v in attrs)
    return f"<{tag}{rendered}>{''.join(children)}" + (f"</{tag}>" if close else "")


html_tree = st.recursive(
    text,
    lambda inner: st.builds(
        _element,
        st.lists(inner, max_size=5),
        st.sampled_from(TAGS),
        st.lists(attribute, max_size=3),
        st.booleans(),  # unclosed tags are common in the wild
    ),
    max_leaves=40,
)
encodings = st.sampled_from(["utf-8", "latin-1", "utf-16", "cp1252", "shift_jis"])


@st.composite
def bodies(draw: st.DrawFn) -> bytes:
    """Generated HTML in some encoding, or arbitrary bytes (binary, BOMs, truncated)."""
    kind = draw(st.sampled_from(["html", "html", "bytes", "prefixed"]))
    if kind == "bytes":
        return draw(st.binary(max_size=4000))
    html = draw(html_tree)
    body = html.encode(draw(encodings), errors="replace")
    if kind == "prefixed":
        prefix = draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\x89PNG", b"\x1f\x8b"]))
        body = prefix + body[: draw(st.integers(0, len(body)))]
    return body


content_types = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "text/html",
            "text/html; charset=utf-8",
            "text/html; charset=ISO-8859-1",
            "text/html; charset=utf-16",
            "text/html; charset=no-such-charset",
            "application/xhtml+xml",
            "text/html; charset=",
        ]
    ),
)


class _Failures(logging.Handler):
    """Collects the warnings extract_page logs when its internals raised and it gave up."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info:
            self.records.append(record)


@pytest.fixture
def failures() -> Any:
    handler = _Failures()
    logger = logging.getLogger("newsarchive")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=bodies(), content_type=content_types)
def test_extraction_and_records_never_raise(
    failures: _Failures, body: bytes, content_type: str | None
) -> None:
    failures.records.clear()
    extraction = extract_page(body, URL, content_type=content_type)
    assert isinstance(extraction, Extraction)
    assert isinstance(extraction.text, str) and "\x00" not in extraction.text
    assert extraction.page_kind in ("article", "listing", "other")
    # internals did not fail and fall back to an empty result
    assert not failures.records, failures.records[0].getMessage()
    headers = [("Content-Type", content_type)] if content_type else []
    page = Page(URL, URL, 200, headers, body, datetime.now(UTC))
    looks_binary(body, content_type)
    record = build_record(page, extraction, SITE, "20261118T000000Z-abcdef")
    assert record.article_id and len(record.date) == 10
