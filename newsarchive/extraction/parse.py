"""Parsing page text into an lxml tree without losing what libxml2's depth limit would drop."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

__all__ = ["MAX_DEPTH", "flatten_deep", "html_parser", "parse_document"]

# libxml2 stops building the tree past 256 open elements (2048 with huge_tree) and the text
# inside is lost. Elements opened deeper than this are unwrapped (tags dropped, content kept).
MAX_DEPTH = 200
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:_-]*)([^>]*)>|<!--.*?-->", re.S)
# no end tag, or one the parser infers: they never hold the nesting open
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "option",
        "optgroup",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "rp",
        "rt",
    ]
)
_RAW = frozenset({"script", "style", "textarea", "title", "xmp", "noscript", "template"})


def flatten_deep(text: str, limit: int = MAX_DEPTH) -> str:
    """text with the elements opened deeper than `limit` unwrapped; unchanged when no element
    is that deep (the common case costs one scan of the tags)."""
    if text.count("<") <= limit:
        return text
    stack: list[tuple[str, bool]] = []  # (tag, dropped)
    drop: list[tuple[int, int]] = []  # spans of tags to remove
    lower = text.lower()
    pos = 0
    while match := _TAG.search(text, pos):
        pos = match.end()
        closing, name = match.group(1), (match.group(2) or "").lower()
        if not name:
            continue  # a comment
        if closing:
            for i in range(len(stack) - 1, -1, -1):  # close it and whatever it left open
                if stack[i][0] == name:
                    if stack[i][1]:
                        drop.append(match.span())
                    del stack[i:]
                    break
            continue
        if name in _RAW:  # script, style...: no tags inside, skip to the end tag
            end = lower.find(f"</{name}", pos)
            pos = len(text) if end < 0 else end + len(name) + 2
            continue
        if name in _VOID or match.group(3).rstrip().endswith("/"):
            continue
        deep = len(stack) >= limit
        if deep:
            drop.append(match.span())
        stack.append((name, deep))
    if not drop:
        return text
    parts, last = [], 0
    for start, end in drop:
        parts.append(text[last:start])
        last = end
    parts.append(text[last:])
    return "".join(parts)


# an element this deep in the parsed tree (MAX_DEPTH ancestors): the page may have met
# libxml2's limit. One child step per level reads each element once; counting every element's
# ancestors read the tree once per level.
_TOO_DEEP = etree.XPath("boolean(/*" + "/*" * MAX_DEPTH + ")")


def parse_document(text: str) -> HtmlElement | None:
    """An lxml HTML document for text (comments and processing instructions removed); None
    when lxml cannot make one. Parsed once; only a page whose tree reaches MAX_DEPTH is parsed
    again with its nesting beyond MAX_DEPTH flattened first."""
    tree = _parse(text)
    if tree is not None and _TOO_DEEP(tree):
        tree = _parse(flatten_deep(text))
    return tree


# lxml.html's parser calls a Python method for an element's class each time Python code
# touches an element (form, input... have their own classes, which nothing here uses): some
# 6,000 calls a page. lxml's C lookup gives the same HtmlElement class without them.
_LOOKUP = etree.ElementDefaultClassLookup(
    element=HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def html_parser(**options: object) -> etree.HTMLParser:
    """An HTML parser (etree.HTMLParser's OPTIONS) whose elements are lxml.html's HtmlElement."""
    parser = etree.HTMLParser(**options)
    parser.set_element_class_lookup(_LOOKUP)
    return parser


def _parse(text: str) -> HtmlElement | None:
    try:
        parser = html_parser(remove_comments=True, remove_pis=True)
        tree = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError, TypeError):
        return None
    return tree if isinstance(tree, HtmlElement) else None
