"""Article bodies a page embeds for its scripts (app state, JSON-LD) and when to prefer them."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

__all__ = ["choose_body", "embedded_bodies"]

# `window.__NUXT__ = {...}`, `Fusion.globalContent = {...}`, `window.__APOLLO_STATE__ = {...}`:
# any name assigned a JSON literal (quoted keys) in an inline script
_ASSIGN = re.compile(r"=\s*(?=\{\s*\"|\[\s*[{\"])")
_MIN_STATE = 500  # app state worth reading is larger than this
_LONG_STRING = re.compile(r'"[^"]{100,}')  # a JSON string of a paragraph's length
_JSON_SCRIPT_TYPES = frozenset({"application/json", "application/ld+json"})
_TEXT_KEYS = ("articleBody", "body", "content", "text", "html", "value")
_MIN_BODY = 200
SHORT = 250  # a visible text this short is no article: any fuller embedded body is better
_MAX_SCRIPT = 5_000_000
_TAGS = re.compile(r"<[^>]+>")


def _objects(script: HtmlElement) -> Iterator[Any]:
    """JSON values an inline script holds: whole-JSON scripts and globals assigned literals."""
    text = script.text or ""
    if not text.strip() or len(text) > _MAX_SCRIPT or script.get("src"):
        return
    kind = (script.get("type") or "").lower()
    if kind == "application/ld+json":
        return  # JSON-LD is read by metadata.parse_jsonld
    if not _LONG_STRING.search(text):
        return  # no string long enough to be a body or one of its paragraphs
    if kind in _JSON_SCRIPT_TYPES or script.get("id") == "__NEXT_DATA__":
        try:
            value = json.loads(text)
        except ValueError:
            return
        yield value
        return
    if kind and "javascript" not in kind and kind != "module":
        return
    if len(text) < _MIN_STATE or not _LONG_STRING.search(text):
        return
    decoder = json.JSONDecoder()
    for match in _ASSIGN.finditer(text):
        if text[match.start() - 1 : match.start()] in "=!<>":
            continue  # a comparison, not an assignment
        try:
            value, _ = decoder.raw_decode(text, match.end())
        except ValueError:
            continue
        yield value


_CODE_LINE = re.compile(r'[{\[]\s*"|":\s*["{\[]|\\/|</?\w+[^>]*>|^\s*[{\[]')


def _as_text(value: str) -> str:
    """Plain text of a string that may hold HTML, one line per block, code lines left out."""
    text = _html_text(value)
    return "\n".join(line for line in text.split("\n") if not _CODE_LINE.search(line))


def _html_text(value: str) -> str:
    if "<" not in value or not _TAGS.search(value):
        return "\n".join(line.strip() for line in value.splitlines() if line.strip())
    try:
        frag = lxml.html.fragment_fromstring(value, create_parent="div")
    except (etree.ParserError, ValueError):
        return _TAGS.sub(" ", value)
    for br in frag.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in frag.iter("p", "div", "li", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n" + (block.tail or "")
    return "\n".join(
        " ".join(line.split()) for line in frag.text_content().splitlines() if line.strip()
    )


def _item_text(item: Any) -> str | None:
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        for key in _TEXT_KEYS:
            value = item.get(key)
            if isinstance(value, str) and value.strip():
                return value
    return None


def _candidates(value: Any, depth: int = 0) -> Iterator[str]:
    """Long strings and lists of text items (paragraph arrays) anywhere in a JSON value."""
    if depth > 40:
        return
    if isinstance(value, str):
        if len(value) >= _MIN_BODY and value.count(" ") >= 30:
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _candidates(item, depth + 1)
    elif isinstance(value, list):
        texts = [_item_text(item) for item in value]
        parts = [t for t in texts if t]
        if len(parts) >= 2 and len(parts) * 2 >= len(value):
            joined = "\n".join(parts)
            if len(joined) >= _MIN_BODY and joined.count(" ") >= 30:
                yield joined
        for item in value:
            yield from _candidates(item, depth + 1)


def _prose(text: str) -> bool:
    """Reads as prose: sentences of words, not code, URLs or keyword lists."""
    words = text.split()
    if len(words) < 30:
        return False
    if sum(1 for w in words if "://" in w or "{" in w or "=" in w) > 0.05 * len(words):
        return False
    return sum(text.count(c) for c in ".!?。؟") >= 2


def embedded_bodies(tree: HtmlElement, limit: int = 3) -> list[str]:
    """The longest prose texts in the page's app state (__NEXT_DATA__, Nuxt, Fusion, Apollo)."""
    found: dict[str, None] = {}
    for script in tree.iter("script"):
        for value in _objects(script):
            for raw in _candidates(value):
                if _prose(raw):
                    found.setdefault(raw, None)
    texts = sorted({_as_text(raw) for raw in found}, key=len, reverse=True)
    return [t for t in texts if len(t) >= _MIN_BODY][:limit]


def _fold(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def extends(embedded: str, visible: str) -> bool:
    """True when EMBEDDED holds the visible text's own prose (the page shows a part of it)."""
    folded = _fold(embedded)
    lines = [_fold(line) for line in visible.split("\n")]
    prose = [line for line in lines if len(line) >= 40]
    if not prose:
        return len(visible) < 300  # nothing visible but short lines (stubs, placeholders)
    found = sum(len(line) for line in prose if line in folded)
    return found >= 0.6 * sum(len(line) for line in prose)


def _new_prose(body: str, visible: str) -> int:
    """Characters of BODY's prose lines that the visible text does not hold."""
    folded = _fold(visible)
    return sum(
        len(line) for line in body.split("\n") if _prose_line(line) and _fold(line) not in folded
    )


def _prose_line(line: str) -> bool:
    letters = sum(c.isalpha() for c in line)
    return len(line) >= 40 and letters >= 0.6 * len(line.replace(" ", ""))


def choose_body(visible: str, embedded: Sequence[str]) -> str:
    """The visible text, unless an embedded body holds it and is much fuller.

    A page that shows a teaser then a loading placeholder has the full body in its data:
    that body replaces the teaser, so short lines it does not hold ("Cargando…") go too.
    A visible text that is already the full article stays (it keeps the page's own layout).
    """
    best = visible
    for body in embedded:
        if (len(body) >= 1.3 * len(best) + 100 and extends(body, visible)) or (
            len(best) < SHORT and len(body) > len(best) and extends(body, visible)
        ):
            best = body
    return best
