"""Lines the extractor ran together: a line that is several of the page's blocks, split back.

When trafilatura's main pass finds less than its minimum size (250 characters: most short
stories in Chinese or Japanese, and briefs anywhere), its rescue takes the text of the page's
`<article>` as one line: headline, byline and paragraphs joined by spaces. The text is right but
its lines are gone, and with them what works line by line (the headline line dropped, chrome
lines filtered, paragraphs in the record). A line that is exactly the texts of consecutive
blocks of the page, joined by spaces, is split back into them.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

__all__ = ["split_joined_blocks"]

_BLOCKS = frozenset(  # trafilatura's block elements (baseline._BLOCK_ELEMS) and a few more
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "caption",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    ]
)
_SILENT = frozenset({"script", "style", "noscript", "template"})
_MAX_LINES = 3  # the rescue gives one line per <article>: longer texts kept their lines


def _runs(tree: HtmlElement) -> list[str]:
    """The page's text cut at every block boundary, in document order, whitespace folded:
    the pieces trafilatura's rescue joins with spaces."""
    runs: list[str] = []
    run: list[str] = []

    def flush() -> None:
        text = " ".join("".join(run).split())
        if text:
            runs.append(text)
        run.clear()

    for event, el in etree.iterwalk(tree, events=("start", "end")):
        if not isinstance(el.tag, str):
            if event == "end" and el.tail:
                run.append(el.tail)
            continue
        block = el.tag in _BLOCKS
        if event == "start":
            if block:
                flush()
            if el.text and el.tag not in _SILENT:
                run.append(el.text)
        else:
            if block:
                flush()
            if el.tail:
                run.append(el.tail)
    flush()
    return runs


def _split(line: str, blocks: list[str], starts: dict[str, list[int]]) -> list[str] | None:
    """LINE as two or more consecutive BLOCKS joined by single spaces, or None."""
    for first in starts.get(line.split(" ", 1)[0], ()):
        parts: list[str] = []
        pos, i = 0, first
        while i < len(blocks) and line.startswith(blocks[i], pos):
            parts.append(blocks[i])
            pos += len(blocks[i])
            if pos == len(line):
                return parts if len(parts) > 1 else None
            if line[pos] != " ":
                break
            pos, i = pos + 1, i + 1
    return None


def split_joined_blocks(text: str, tree: HtmlElement) -> str:
    """TEXT with each line that is consecutive blocks of TREE joined by spaces split into them."""
    lines = text.splitlines()
    if not lines or len(lines) > _MAX_LINES or not any(" " in line for line in lines):
        return text
    blocks = _runs(tree)
    starts: dict[str, list[int]] = {}
    for i, block in enumerate(blocks):
        starts.setdefault(block.split(" ", 1)[0], []).append(i)
    out: list[str] = []
    for line in lines:
        folded = " ".join(line.split())
        out.extend(_split(folded, blocks, starts) or [line])
    return "\n".join(out)
