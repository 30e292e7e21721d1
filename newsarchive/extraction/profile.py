"""Site profile: the template a site repeats on its pages, learned from those pages and applied."""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from statistics import median
from typing import Any

from lxml.html import HtmlElement

from newsarchive.extraction.kind import text_weight
from newsarchive.extraction.language import declared_language
from newsarchive.extraction.metadata import text_date, without_dates

__all__ = [
    "PageFeatures",
    "SiteProfile",
    "TreeFacts",
    "apply_profile",
    "learn_profile",
    "page_features",
    "url_shape",
]

FORMAT = 1
MIN_ARTICLES = 5  # distinct articles seen before a profile is trusted
MIN_PAGES = 3  # a pattern must recur on at least this many different articles...
MIN_SHARE = 0.2  # ...and on this share of them
SITE_SHARE = 0.5  # a <title> part on this share of the articles is the site's name
WINDOW = 400  # merged counts are scaled down to this many articles (old pages fade out)
MAX_ENTRIES = 200  # per list, the most frequent kept: the profile stays small
MAX_BLOCK = 300  # longer blocks are content or layout containers, never learned chrome
MAX_LABEL_BLOCK = 150
MAX_TITLE = 200
EDGE_LINES = 2  # body lines at its end (and the first one) where bylines and credits sit
MAX_EDGE_CHARS = 160  # longer lines are prose, never a credit line
MAX_EDGE_WORDS = 12

_BLOCKS = frozenset(
    [
        "p",
        "div",
        "li",
        "dd",
        "dt",
        "td",
        "th",
        "span",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "dl",
        "section",
        "header",
        "footer",
        "aside",
        "nav",
        "form",
        "table",
        "tr",
        "blockquote",
        "figcaption",
        "small",
        "center",
        "font",
        "b",
        "strong",
        "em",
        "a",
        "address",
    ]
)
_HEADINGS = ("h1", "h2", "h3")
_HEADLINES = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "header"))
_SKIP = frozenset(("script", "style", "noscript", "template", "svg"))
_DIGITS = re.compile(r"\d+")
_LETTER = re.compile(r"[^\W\d_]")
_LABEL_END = re.compile(r"[:\uff1a](?=\s|$)")
_EMAIL = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[\w-]+)")
_EDGE_WORD = re.compile(r"@[\w.-]+|[^\W\d_]+")
_IDEOGRAPH = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CLASS_NOISE = re.compile(r"[\d]+")
# "Headline | Site", "Site - Headline", "Blog: Post"
_TITLE_SPLIT = re.compile(
    r"\s+[|\-\u2013\u2014\u00b7\u2022:\u00bb\u00ab/]\s+|\s*\|\s*|\s+::\s+|:\s+"
)


def _clean(text: str) -> str:
    return " ".join(text.split())  # str.split's whitespace is the regex \s: same result, cheaper


def _norm(text: str) -> str:
    """The key of a text: case-folded, whitespace collapsed, digits as '#'."""
    return _DIGITS.sub("#", _clean(text).casefold())


def _node_sig(el: HtmlElement) -> str:
    return _sig_of(el.tag, el.get("class"), el.get("id"))


@lru_cache(maxsize=4096)
def _sig_of(tag: str, classes: str | None, ident: str | None) -> str:
    cls = " ".join(sorted(_CLASS_NOISE.sub("", c) for c in (classes or "").split()))
    ident = _CLASS_NOISE.sub("", ident or "")
    return f"{tag}{'#' + ident if ident else ''}{'.' + cls if cls else ''}"


_PATH_PARTS = 6  # a path: the element's signature and those of its five nearest ancestors


class _Paths:
    """Paths of one tree's elements: tag, id and classes (digits dropped) of the element and
    its nearest ancestors below <body>, each node's signature worked out once.

    A page asks for the paths of hundreds of nested blocks; each one's path is its own
    signature before its parent's (cut to the same length), so every ancestor is read once.
    """

    __slots__ = ("_chains", "_joined", "_sigs")

    def __init__(self) -> None:
        self._chains: dict[HtmlElement, tuple[str, ...]] = {}
        self._joined: dict[HtmlElement, str] = {}
        self._sigs: dict[HtmlElement, str] = {}

    def sig(self, el: HtmlElement) -> str:
        """`_node_sig` of EL."""
        sig = self._sigs.get(el)
        if sig is None:
            sig = self._sigs[el] = _node_sig(el)
        return sig

    def __call__(self, el: HtmlElement) -> str:
        joined = self._joined.get(el)
        if joined is None:
            joined = self._joined[el] = " < ".join(self._chain(el))
        return joined

    def _chain(self, el: HtmlElement) -> tuple[str, ...]:
        chains = self._chains
        chain = chains.get(el)
        if chain is None:
            pending: list[HtmlElement] = []
            node: HtmlElement | None = el
            while node is not None and node not in chains and node.tag not in ("body", "html"):
                pending.append(node)
                node = node.getparent()
            chain = chains.get(node, ()) if node is not None else ()
            for item in reversed(pending):
                chain = (self.sig(item), *chain[: _PATH_PARTS - 1])
                chains[item] = chain
        return chain


@lru_cache(maxsize=1 << 14)
def url_shape(url: str) -> str:
    """The shape of a URL: '/a/9/s.a' for '/news/2017/my-story.html'; its query's parameter
    names too ('/a.a?file&name&sid' for '/modules.php?name=News&file=article&sid=925'), and a
    route written as the query shaped like a path ('/a.a?a/9/9/9/s'): on a site whose pages
    all sit under one script, the path alone tells an article from nothing."""
    from urllib.parse import unquote, urlsplit

    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    shape = "/" + "/".join(_path_shape(parts.path))
    names = set()
    for pair in (p for p in parts.query.split("&") if p):
        key, sep, _value = pair.partition("=")
        names.add(key.lower() if sep else "/".join(_path_shape(unquote(key))))
    return f"{shape}?{'&'.join(sorted(names))}" if names else shape


def _path_shape(path: str) -> list[str]:
    out = []
    for seg in (s for s in path.split("/") if s):
        seg = re.sub(r"\d+", "9", seg)
        seg = re.sub(r"[^\W\d_]+", "a", seg)
        seg = re.sub(r"(?:[a9][-_+])+[a9]", "s", seg)
        out.append(seg)
    return out


# ---------------------------------------------------------------------------
# per-page features
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class PageFeatures:
    """What one page contributes to its site's profile (JSON-serialisable, a few KB)."""

    url: str
    article: str = ""  # identity of the article: pages with the same body count once
    blocks: dict[str, str] = field(default_factory=dict)  # text key -> path, once per page
    labels: list[str] = field(default_factory=list)  # "path | lead" of short label rows
    titles: list[str] = field(default_factory=list)  # "h1\ttext", "og\ttext"
    title_parts: list[str] = field(default_factory=list)  # parts of <title>
    regions: list[str] = field(default_factory=list)  # paths of dated item lists after the body
    edges: list[str] = field(default_factory=list)  # words only the body's edge lines have
    dates: list[str] = field(default_factory=list)  # "path | text" of short dated blocks
    prose: int = 0  # length (text_weight) of long paragraphs
    shape: str = ""
    kind: str = ""  # the page's kind as extraction judged it ("" unknown); articles teach

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PageFeatures:
        names = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in names})


def _lengths(body: HtmlElement) -> tuple[list[HtmlElement], dict[HtmlElement, int]]:
    """Elements of BODY in document order and the length of each one's text (one pass)."""
    els = [el for el in body.iter() if isinstance(el.tag, str)]
    lengths: dict[HtmlElement, int] = {}
    for el in reversed(els):
        if el.tag in _SKIP:
            lengths[el] = 0
            continue
        total = len(el.text or "")
        for child in el:
            total += lengths.get(child, 0) + len(child.tail or "")
        lengths[el] = total
    return els, lengths


def _label(el: HtmlElement, text: str, colon: bool = True) -> str | None:
    """The constant-looking lead of a short row: 'Geschrieben von' in 'Geschrieben von Ana',
    'Dodano:' in 'Dodano: czwartek, 2 marca' (with COLON: rows outside the body's prose)."""
    lead = _clean(el.text or "")
    if not lead:
        first = el[0] if len(el) else None
        if first is None or not isinstance(first.tag, str) or first.tag in _SKIP:
            return None
        lead = _clean(first.text_content())
    lead = _DIGITS.split(lead, maxsplit=1)[0].strip()
    end = _LABEL_END.search(lead) if colon else None
    if end:  # the weekday after 'Dodano:' varies
        lead = lead[: end.end()].strip()
    if not (3 <= len(lead) <= 40) or len(lead.split()) > 5 or not _LETTER.search(lead):
        return None
    if len(text) <= len(lead) + 1:
        return None  # nothing follows the lead: the row is a constant block, not a label
    return _norm(lead)


ROW = "row: "  # a label entry that is a row's shape (`_row_shape`), not a lead
_LINKED = "\u2026"  # a link's words in a row's shape


def _with_links_masked(el: HtmlElement, cache: dict[HtmlElement, str] | None = None) -> str:
    """EL's text with each link's words as one mark (CACHE: the masked texts of elements
    worked out already, for a page whose nested blocks are each asked)."""
    if cache is not None and (done := cache.get(el)) is not None:
        return done
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _SKIP:
            parts.append(f" {_LINKED} " if child.tag == "a" else _with_links_masked(child, cache))
        parts.append(child.tail or "")
    masked = "".join(parts)
    if cache is not None:
        cache[el] = masked
    return masked


def _row_shape(
    el: HtmlElement, language: str | None, masks: dict[HtmlElement, str] | None = None
) -> str | None:
    """The shape of a short row: its text with its links' words, its dates and numbers masked
    ('# | 发布者: … | 查看: # | 评论: #'), when it has a link and words of its own besides.
    An info row of the template carries another author, date and count on every article, so
    its text never recurs, but its shape does, at the same place; prose never repeats."""
    if next(el.iter("a"), None) is None:
        return None
    masked = _with_links_masked(el, masks)
    if not _LETTER.search(masked.replace(_LINKED, "")):
        return None  # masking dates takes letters away, never adds one
    key = _norm(without_dates(masked, language))
    if _LINKED not in key or not _LETTER.search(key.replace(_LINKED, "")):
        return None
    return ROW + key


def _loose_text(el: HtmlElement) -> str:
    """The text EL holds outside its child elements: a body written as text runs between
    `<br>` tags (forum posts, legacy and Blogger templates) instead of in `<p>` elements."""
    if el.tag in _SKIP:
        return ""
    return _clean(" ".join([el.text or "", *(c.tail or "" for c in el)]))


def _loose_runs(els: list[HtmlElement]) -> dict[HtmlElement, str]:
    """Elements other than `<p>` whose loose text (`_loose_text`) is a paragraph's worth."""
    runs = {}
    for el in els:
        if el.tag != "p" and el.tag not in _SKIP:
            raw = len(el.text or "") + sum(len(c.tail or "") + 1 for c in el)
            if raw < MIN_LOOSE:
                continue  # cleaning only shortens it (the joins add one space per child)
            text = _loose_text(el)
            if len(text) >= MIN_LOOSE:
                runs[el] = text
    return runs


def _paragraph_sizes(
    els: list[HtmlElement], loose: Mapping[HtmlElement, str] | None = None
) -> Counter[HtmlElement]:
    """Characters of paragraph text each element holds directly: its `<p>` children's, and
    its own loose text when that is a paragraph's worth (LOOSE: `_loose_runs(els)`)."""
    sizes: Counter[HtmlElement] = Counter()
    for p in (el for el in els if el.tag == "p"):
        parent = p.getparent()
        if parent is not None:
            sizes[parent] += len(p.text_content())
    for el, text in (_loose_runs(els) if loose is None else loose).items():
        sizes[el] += len(text)
    return sizes


MIN_LOOSE = 80  # characters of loose text that make an element a body's holder


def _main_container(
    els: list[HtmlElement], sizes: Counter[HtmlElement] | None = None
) -> HtmlElement | None:
    """The element holding the most paragraph text directly (SIZES: `_paragraph_sizes(els)`,
    when worked out already): the article body."""
    if sizes is None:
        sizes = _paragraph_sizes(els)
    # a body cut into sibling blocks (Movable Type's body and "more") is held by their parent
    joined: Counter[HtmlElement] = Counter()
    for parent, size in sizes.items():
        above = parent.getparent()
        if above is not None and above not in sizes:
            joined[above] += size
    best = sizes.most_common(1)[0] if sizes else None
    best_joined = joined.most_common(1)[0] if joined else None
    if best_joined is not None and (best is None or best_joined[1] > best[1]):
        return best_joined[0]
    return best[0] if best is not None else None


def _body_paragraphs(main: HtmlElement) -> list[HtmlElement]:
    """The body's paragraphs: MAIN's own, or its blocks' when the body is cut into blocks."""
    own = [c for c in main if c.tag == "p"]
    return own or [p for block in main for p in block if p.tag == "p"]


def _dated(el: HtmlElement, language: str | None) -> bool:
    """Whether an item carries a date or a time of day: a <time>, a date the date reader
    knows, or an hour like '10:34' in any script's digits (a comment stamped with a Solar
    Hijri date in Persian digits is in a calendar the reader does not convert)."""
    if any(True for _ in el.iter("time")):
        return True
    text = _spaced(el)[:300]
    return _clock_time(text) or text_date(text, language) is not None


_CLOCK = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})(?::\d{2})?(?![\d:])")


def _clock_time(text: str) -> bool:
    """Whether TEXT holds a time of day (Python's \\d and int() read every script's digits)."""
    return any(int(h) < 24 and int(m) < 60 for h, m in _CLOCK.findall(text))


def _stamped(text: str, language: str | None) -> bool:
    """Whether TEXT, a short row, holds a date with a time of day (midnight is how many
    sites write a bare date, so articles of one day would all share it: not a stamp)."""
    times = [(int(h), int(m)) for h, m in _CLOCK.findall(text)]
    if not any(h < 24 and m < 60 and (h, m) != (0, 0) for h, m in times):
        return False
    return text_date(text, language) is not None


def _date_key(path: str, text: str) -> str:
    """The key of a dated row: where it sits and its exact text (digits kept)."""
    return f"{path} | {_clean(text).casefold()}"


def _spaced(el: HtmlElement) -> str:
    """EL's text with its elements' texts apart ('1 | 24-04-2017' stays two things, where
    text_content would write '124-04-2017')."""
    return _clean(" ".join(el.itertext()))


def _link_row(el: HtmlElement, size: int) -> bool:
    """A short block that is nearly all links, 2+ of them: prev/next, related, tag rows."""
    if el.tag not in _BLOCKS or el.tag == "a" or not (0 < size <= MAX_BLOCK):
        return False
    links = [a for a in el.iter("a") if a.get("href")]
    if len(links) < 2:
        return False
    linked = sum(len(_clean(a.text_content())) for a in links)
    return linked >= LINK_ROW_SHARE * len(_clean(el.text_content()))


LINK_ROW_SHARE = 0.7


def _regions(
    els: list[HtmlElement],
    main: HtmlElement | None,
    lengths: Mapping[HtmlElement, int],
    paths: _Paths,
    language: str | None,
) -> list[str]:
    """Paths of what sits after the body and varies page to page: containers of >= 2 like
    items that each carry a date (comment threads), and short rows of links (prev/next)."""
    if main is None:
        return []
    order = {el: i for i, el in enumerate(els)}
    last_p = (_body_paragraphs(main) or [main])[-1]
    main_end = max(order.get(d, 0) for d in last_p.iter())  # the body ends at its last paragraph
    ancestors = set(main.iterancestors()) | {main}
    body_paths = {paths(a) for a in ancestors}  # a region is a place the body never is
    item = _first_item(main, paths, language)
    out: list[str] = [FOLLOWERS + paths(item)] if item is not None else []
    for el in els[main_end + 1 :]:
        if el in ancestors or paths(el) in body_paths:
            continue
        if _link_row(el, lengths.get(el, 0)):
            path = paths(el)
            if path not in out:
                out.append(path)
            continue
        if len(el) < 2:
            continue
        groups = Counter(paths.sig(c) for c in el if isinstance(c.tag, str))
        sig, count = groups.most_common(1)[0] if groups else ("", 0)
        if count < 2:
            continue
        items = [c for c in el if isinstance(c.tag, str) and paths.sig(c) == sig]
        if sum(_dated(c, language) for c in items[:10]) * 2 >= min(len(items), 10):
            path = paths(el)
            if path not in out:
                out.append(path)
    return out


FOLLOWERS = "after: "  # a region that is the later siblings of the item holding the body
MAX_ITEM_DEPTH = 6  # ancestors of the body looked at for the item it is the first of
HEADER_ELEMENTS = 60  # elements of an item read for its date line, at most
MAX_HEADER_LINE = 80


def _first_item(main: HtmlElement, paths: _Paths, language: str | None) -> HtmlElement | None:
    """The body's item when the body is the first of like items that each open with a date:
    a forum topic's first post followed by the replies in the same markup, an article with
    the next one appended below it. Its later siblings of the same markup are not the body
    (a body cut into like blocks has no date line opening each block)."""
    node = main
    for _ in range(MAX_ITEM_DEPTH):
        parent = node.getparent()
        if parent is None or node.tag in ("body", "html"):
            return None
        sig = paths.sig(node)
        same = [c for c in parent if isinstance(c.tag, str) and paths.sig(c) == sig]
        if len(same) >= 2 and same[0] is node and all(_headed(c, language) for c in same[:10]):
            return node
        node = parent
    return None


def _headed(item: HtmlElement, language: str | None) -> bool:
    """Whether ITEM opens with a date: a <time>, or a short line that reads as a date, before
    its first paragraph of prose (a poster's column may come first; a date in prose does not
    count)."""
    for i, el in enumerate(item.iter()):
        if i > HEADER_ELEMENTS:
            return False
        if el.tag == "time":
            return True
        if not isinstance(el.tag, str) or el.tag in _SKIP:
            continue
        if el is not item and (
            len(_loose_text(el)) >= MIN_LOOSE or (el.tag == "p" and len(el.text_content()) >= 80)
        ):
            return False  # the prose began: no date line opened the item
        size = len(el.text_content())
        if size <= 2 * MAX_HEADER_LINE:
            line = _spaced(el)
            if 0 < len(line) <= MAX_HEADER_LINE and text_date(line, language) is not None:
                return True
    return False


class TreeFacts:
    """What the profile's passes read of one parsed page, each worked out once, when first
    asked: its body's elements and their text lengths, paths, paragraph holders and prose
    run, and per block its clean text, key, label lead and row shape.

    Extraction reads a page's features (`page_features`), decides what its profile removes
    (`apply_profile`, on a copy of the tree, once or twice) and finds its fixed date rows
    (`fixed_date_rows`) from the same parsed tree: each element's facts are the same for all.
    The tree must not change while its facts are in use (extraction never changes it).
    """

    __slots__ = (
        "_body",
        "_els",
        "_inside",
        "_keys",
        "_language",
        "_leads",
        "_lengths",
        "_loose",
        "_main",
        "_run",
        "_shapes",
        "_sizes",
        "_texts",
        "masks",
        "paths",
        "tree",
    )

    def __init__(self, tree: HtmlElement) -> None:
        self.tree = tree
        self.paths = _Paths()
        self.masks: dict[HtmlElement, str] = {}  # links masked, per element
        self._body: HtmlElement | bool | None = False  # False: not worked out yet
        self._els: list[HtmlElement] | None = None
        self._lengths: dict[HtmlElement, int] = {}
        self._loose: dict[HtmlElement, str] | None = None
        self._sizes: Counter[HtmlElement] | None = None
        self._run: _Run | bool | None = False
        self._main: HtmlElement | bool | None = False
        self._inside: set[HtmlElement] | None = None
        self._language: str | bool | None = False
        self._texts: dict[HtmlElement, str] = {}
        self._keys: dict[HtmlElement, str] = {}
        self._leads: dict[HtmlElement, str | None] = {}
        self._shapes: dict[HtmlElement, str | None] = {}

    @property
    def body(self) -> HtmlElement | None:
        if self._body is False:
            self._body = self.tree.find(".//body")
        return self._body

    def _walk(self) -> list[HtmlElement]:
        if self._els is None:
            body = self.body
            self._els, self._lengths = _lengths(body) if body is not None else ([], {})
        return self._els

    @property
    def els(self) -> list[HtmlElement]:
        """The body's elements in document order (`_lengths`)."""
        return self._walk()

    @property
    def lengths(self) -> dict[HtmlElement, int]:
        """The length of each body element's text (`_lengths`)."""
        self._walk()
        return self._lengths

    @property
    def loose(self) -> dict[HtmlElement, str]:
        """`_loose_runs` of the body's elements."""
        if self._loose is None:
            self._loose = _loose_runs(self.els)
        return self._loose

    @property
    def sizes(self) -> Counter[HtmlElement]:
        """`_paragraph_sizes` of the body's elements."""
        if self._sizes is None:
            self._sizes = _paragraph_sizes(self.els, self.loose)
        return self._sizes

    @property
    def run(self) -> _Run | None:
        """The prose run of the element holding the most paragraph text (`_body_run`)."""
        if self._run is False:
            self._run = _body_run(self.sizes)
        return self._run  # type: ignore[return-value]

    @property
    def inside(self) -> set[HtmlElement]:
        """`_inside_prose` of the body's prose run."""
        if self._inside is None:
            self._inside = _inside_prose(self.run)
        return self._inside

    @property
    def main(self) -> HtmlElement | None:
        """`_main_container` of the body."""
        if self._main is False:
            self._main = _main_container(self.els, self.sizes)
        return self._main

    @property
    def language(self) -> str | None:
        if self._language is False:
            self._language = declared_language(self.tree)
        return self._language  # type: ignore[return-value]

    def text(self, el: HtmlElement) -> str:
        """EL's text, whitespace collapsed."""
        text = self._texts.get(el)
        if text is None:
            text = self._texts[el] = _clean(el.text_content())
        return text

    def key(self, el: HtmlElement) -> str:
        """`_norm` of EL's text."""
        key = self._keys.get(el)
        if key is None:
            key = self._keys[el] = _norm(self.text(el))
        return key

    def lead(self, el: HtmlElement) -> str | None:
        """`_label` of EL (a colon ends a lead outside the body's prose)."""
        if el not in self._leads:
            self._leads[el] = _label(el, self.text(el), colon=el not in self.inside)
        return self._leads[el]

    def shape(self, el: HtmlElement) -> str | None:
        """`_row_shape` of EL in the page's declared language."""
        if el not in self._shapes:
            self._shapes[el] = _row_shape(el, self.language, self.masks)
        return self._shapes[el]


def page_features(tree: HtmlElement, url: str, facts: TreeFacts | None = None) -> PageFeatures:
    """A page's profile features, read from the tree extraction already parsed (not changed);
    FACTS: the tree's, when other passes over it read them too."""
    feats = PageFeatures(url=url, shape=url_shape(url))
    facts = facts if facts is not None else TreeFacts(tree)
    if facts.body is None:
        return feats
    els, lengths, paths, loose = facts.els, facts.lengths, facts.paths, facts.loose
    run, inside = facts.run, facts.inside
    long_texts = list(loose.values())  # a body of text runs between <br> tags is prose too
    feats.prose = sum(map(text_weight, long_texts))  # CJK characters weigh a short word
    language = facts.language
    for el in els:
        size = lengths.get(el, 0)
        if el.tag in _SKIP or el.tag not in _BLOCKS or not size:
            continue
        if size > 2 * MAX_BLOCK + 200:
            continue
        text = facts.text(el)
        if el.tag == "p" and text_weight(text) >= 80:
            feats.prose += text_weight(text)
            long_texts.append(text)
        if len(text) <= MAX_LABEL_BLOCK and _stamped(text, language):
            feats.dates.append(_date_key(paths(el), text))
        if not text or len(text) > MAX_BLOCK or not _LETTER.search(text):
            continue
        key = facts.key(el)
        if key not in feats.blocks:
            feats.blocks[key] = paths(el)
        if len(text) <= MAX_LABEL_BLOCK:
            lead = facts.lead(el)
            shape = facts.shape(el) if el not in inside else None
            for row in (lead, shape):
                entry = f"{paths(el)} | {row}"
                if row and entry not in feats.labels:
                    feats.labels.append(entry)
        if el.tag in _HEADINGS and len(text) <= MAX_TITLE:
            feats.titles.append(f"{el.tag}\t{key}")
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:title":
            value = _clean(meta.get("content") or "")
            if value:
                feats.titles.append(f"og\t{_norm(value)}")
    title = tree.find(".//title")
    if title is not None:
        parts = [_norm(p) for p in _TITLE_SPLIT.split(_clean(title.text_content()))]
        feats.title_parts = [p for p in parts if p]
    long_texts.sort(key=len, reverse=True)
    digest = hashlib.sha1("\n".join(long_texts[:3]).encode()).hexdigest()[:12]
    feats.article = digest if long_texts else f"url:{url}"
    feats.regions = _regions(els, facts.main, lengths, paths, language)
    holders = facts.sizes.most_common(1)
    feats.edges = _edge_only_words(holders[0][0], run) if holders else []
    return feats


def edge_words(line: str) -> set[str] | None:
    """The words of a line short enough to be a credit or byline ('Reporting by Ana Ruiz'),
    case-folded, an e-mail address as its '@domain'; None for a longer line."""
    line = _clean(line)
    if not line or len(line) > MAX_EDGE_CHARS:
        return None
    words = _EDGE_WORD.findall(_EMAIL.sub(lambda m: f" @{m[1]} ", line).casefold())
    return set(words) if 0 < sum(map(_word_weight, words)) <= MAX_EDGE_WORDS else None


def _word_weight(word: str) -> int:
    """How many words a token stands for: scripts written without spaces (Chinese, Japanese,
    Thai) give one token per clause, about a word per two ideographs (eight other letters)."""
    if _IDEOGRAPH.match(word):
        return (len(word) + 1) // 2
    return max(1, len(word) // 8)


def _text_of(el: HtmlElement) -> str:
    if el.tag in _SKIP or _headline(el):
        return ""
    return _clean(el.text_content())


def _headline(el: HtmlElement) -> bool:
    return el.tag in _HEADLINES or next(el.iter(*_HEADLINES), None) is not None


_Run = tuple[list[HtmlElement], int, int]  # a holder's child elements, first and last prose


def _prose_run(holder: HtmlElement) -> _Run | None:
    """The holder's child elements and the indexes of its first and last paragraph of prose
    (too long for a credit line); None with fewer than three."""
    children = [c for c in holder if isinstance(c.tag, str)]
    paras = [
        i for i, c in enumerate(children) if c.tag == "p" and edge_words(c.text_content()) is None
    ]
    return (children, paras[0], paras[-1]) if len(paras) >= 3 else None


def _body_run(sizes: Counter[HtmlElement]) -> _Run | None:
    """The prose run (`_prose_run`) of the element holding the most paragraph text (SIZES:
    `_paragraph_sizes`)."""
    holders = sizes.most_common(1)
    return _prose_run(holders[0][0]) if holders else None


def _inside_prose(run: _Run | None) -> set[HtmlElement]:
    """The body's first to last paragraphs of prose (RUN) and everything between: content,
    where a lead ending in a colon ('Frage:' in an interview) marks no label row."""
    if run is None:
        return set()
    children, first, last = run
    return {el for child in children[first : last + 1] for el in child.iter()}


def _edge_only_words(holder: HtmlElement, run: _Run | None) -> list[str]:
    """Words of the short lines at the edges of the body's run of prose paragraphs (the line
    before the first; the loose text and the block right after the last) that nothing between
    has: a credit line's labels ('reporter', 'editor', '@paper.example') recur there page after
    page, while words of prose turn up inside bodies. RUN is `_prose_run(holder)`."""
    if run is None:
        return []
    children, first, last = run
    before = children[first - 1] if first else None
    edges = [
        (_clean(before.tail or "") or _text_of(before)) if before is not None else "",
        _clean(holder.text or "") if before is None else "",
        _clean(children[last].tail or ""),
        _text_of(children[last + 1]) if last + 1 < len(children) else "",
    ]
    inner_text = " ".join(
        f"{c.text_content()} {c.tail or ''}"
        for c in children[first + 1 : last]
        if c.tag not in _SKIP
    )
    inner = set(_EDGE_WORD.findall(inner_text.casefold()))
    out: set[str] = set()
    for line in edges:
        words = edge_words(line) if line else None
        if words:
            out |= words - inner
    return sorted(out)


# ---------------------------------------------------------------------------
# the profile
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class SiteProfile:
    """Counts of what recurs on a site's articles, and what they make chrome (see `learned`)."""

    site: str = ""
    articles: int = 0  # distinct articles learned from, aliases once (after window scaling)
    pages: int = 0  # pages seen, aliases included
    blocks: dict[str, int] = field(default_factory=dict)  # text key -> articles
    block_paths: dict[str, str] = field(default_factory=dict)  # text key -> where it sits
    labels: dict[str, int] = field(default_factory=dict)  # "path | lead" -> articles
    titles: dict[str, int] = field(default_factory=dict)  # "h1\ttext" -> articles
    title_parts: dict[str, int] = field(default_factory=dict)
    regions: dict[str, int] = field(default_factory=dict)
    edges: dict[str, int] = field(default_factory=dict)  # words of credit lines -> articles
    dates: dict[str, int] = field(default_factory=dict)  # "path | dated text" -> articles
    shapes: dict[str, int] = field(default_factory=dict)  # URL shapes of article pages
    prose: int = 0  # median length (text_weight) of long paragraphs per article
    # what the properties below worked out, each once: every page extracted with the profile
    # asks for them (its count dicts are never changed in place; setting a field clears it)
    _memo: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        memo = getattr(self, "_memo", None) if name != "_memo" else None  # None: being built
        if memo:
            memo.clear()

    def _once(self, name: str, compute: Callable[[], Any]) -> Any:
        memo = self._memo
        if name not in memo:
            memo[name] = compute()
        return memo[name]

    # -- decisions ---------------------------------------------------------
    @property
    def trusted(self) -> bool:
        return self.articles >= MIN_ARTICLES

    def _threshold(self) -> float:
        return max(MIN_PAGES, MIN_SHARE * self.articles)

    def _learned(self, counts: Mapping[str, int]) -> frozenset[str]:
        if not self.trusted:
            return frozenset()
        limit = self._threshold()
        return frozenset(k for k, n in counts.items() if n >= limit)

    @property
    def chrome(self) -> frozenset[str]:
        return self._once("chrome", lambda: self._learned(self.blocks))

    @property
    def label_rows(self) -> frozenset[str]:
        return self._once("labels", lambda: self._learned(self.labels))

    @property
    def constant_titles(self) -> frozenset[str]:
        """'source\ttext' of headings repeated on many articles ('h1\tmy blog')."""
        return self._once("titles", lambda: self._learned(self.titles))

    @property
    def title_affixes(self) -> frozenset[str]:
        return self._once("affixes", self._title_affixes)

    def _title_affixes(self) -> frozenset[str]:
        """Parts of <title> that most articles have (the site's name), and a section's name
        ('Story - Section - Site') however many sections share the articles: a part several
        articles have that is also a block of the site's template (its menu entry). A part
        only some articles have that the template never shows is the headline's own (a
        recurring kicker: 'Explainer: …')."""
        if not self.trusted:
            return frozenset()
        chrome, most = self.chrome, max(MIN_PAGES, SITE_SHARE * self.articles)
        return frozenset(
            k for k, n in self.title_parts.items() if n >= most or (n >= MIN_PAGES and k in chrome)
        )

    @property
    def comment_regions(self) -> frozenset[str]:
        return self._once("regions", lambda: self._learned(self.regions))

    @property
    def edge_words(self) -> frozenset[str]:
        """Words that sit in the short first or last lines of many articles and never inside
        their bodies: the labels of credit and byline lines ('editor', 'reporter')."""
        return self._once("edges", lambda: self._learned(self.edges))

    @property
    def fixed_dates(self) -> frozenset[str]:
        """'path | text' of dated rows written the same, to the minute, on many articles: a
        member's join date beside every post, a site's founding or a sidebar's stamps. Each
        article's own date line differs from the others', so these are never one's date."""
        return self._once("dates", lambda: self._learned(self.dates))

    @property
    def article_shapes(self) -> frozenset[str]:
        return frozenset(shape for shape, n in self.shapes.items() if n >= 2)

    def article_shape(self, url: str) -> bool | None:
        """Whether URL has the shape of the site's articles (None: no shapes learned)."""
        if not self.trusted or not self.shapes:
            return None
        return self.shapes.get(url_shape(url), 0) >= 2

    @property
    def usual_prose(self) -> int:
        """The site's usual article length (`text_weight`), in steps of a factor sqrt(2) (so
        that a profile's decisions, and its version, do not move with every page learned)."""
        if not self.trusted or self.prose <= 0:
            return 0
        return round(2 ** (round(math.log2(self.prose) * 2) / 2))

    @property
    def version(self) -> str:
        """Content hash of what the profile decides (same decisions, same version): the learned
        sets, the article URL shapes and the usual article length, coarsely (page kinds)."""
        return self._once("version", self._version)

    def _version(self) -> str:
        learned = {
            "chrome": sorted(self.chrome),
            "labels": sorted(self.label_rows),
            "titles": sorted(self.constant_titles),
            "affixes": sorted(self.title_affixes),
            "regions": sorted(self.comment_regions),
            "shapes": sorted(self.article_shapes) if self.trusted and self.shapes else None,
            "prose": self.usual_prose,
        }
        if self.edge_words:  # profiles from before edge words keep their versions
            learned["edges"] = sorted(self.edge_words)
        if self.fixed_dates:  # and those from before fixed dates
            learned["dates"] = sorted(self.fixed_dates)
        raw = json.dumps(learned, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(raw).hexdigest()[:16]

    # -- serialisation -----------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """JSON data: the learned decisions first (for people), then the counts (for merging)."""
        return {
            "format": FORMAT,
            "site": self.site,
            "version": self.version,
            "trusted": self.trusted,
            "articles": self.articles,
            "pages": self.pages,
            "prose": self.prose,
            "learned": {
                "chrome": sorted(self.chrome),
                "labels": sorted(self.label_rows),
                "titles": sorted(self.constant_titles),
                "title_affixes": sorted(self.title_affixes),
                "regions": sorted(self.comment_regions),
                "edge_words": sorted(self.edge_words),
                "fixed_dates": sorted(self.fixed_dates),
            },
            "counts": {
                "blocks": self.blocks,
                "block_paths": {k: v for k, v in self.block_paths.items() if k in self.blocks},
                "labels": self.labels,
                "titles": self.titles,
                "title_parts": self.title_parts,
                "regions": self.regions,
                "edges": self.edges,
                "dates": self.dates,
                "shapes": self.shapes,
            },
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SiteProfile:
        counts = data.get("counts") or {}
        return cls(
            site=str(data.get("site") or ""),
            articles=int(data.get("articles") or 0),
            pages=int(data.get("pages") or 0),
            prose=int(data.get("prose") or 0),
            **{
                name: {str(k): v for k, v in (counts.get(name) or {}).items()}
                for name in (
                    "blocks",
                    "block_paths",
                    "labels",
                    "titles",
                    "title_parts",
                    "regions",
                    "edges",
                    "dates",
                    "shapes",
                )
            },
        )

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1, sort_keys=False)


_COUNTED = ("blocks", "labels", "titles", "title_parts", "regions", "edges", "dates", "shapes")


def _bounded(counts: Counter[str]) -> dict[str, int]:
    return dict(counts.most_common(MAX_ENTRIES))


def learn_profile(
    pages: Iterable[PageFeatures | tuple[str, bytes | str | HtmlElement]],
    previous: SiteProfile | None = None,
    site: str = "",
) -> SiteProfile:
    """A site's profile from its pages (features, or (url, html or tree)), merged with PREVIOUS.

    Pages serving the same article (aliases, print variants) count once, so a pattern is
    learned only when it recurs across different articles.
    """
    by_article: dict[str, PageFeatures] = {}
    shapes: dict[str, set[str]] = {}  # every URL shape an article is served at, counted once
    seen = 0
    for page in pages:
        feats = page if isinstance(page, PageFeatures) else _features_of(*page)
        if feats is None:
            continue
        seen += 1
        if feats.kind and feats.kind != "article":
            continue  # listings repeat their articles' teasers: they would teach body as chrome
        shapes.setdefault(feats.article, set()).add(feats.shape)
        known = by_article.get(feats.article)
        by_article[feats.article] = feats if known is None else _union(known, feats)
    counts: dict[str, Counter[str]] = {name: Counter() for name in _COUNTED}
    paths: dict[str, str] = {}
    prose: list[int] = []
    for feats in by_article.values():
        counts["blocks"].update(feats.blocks.keys())
        for key, path in feats.blocks.items():
            paths.setdefault(key, path)
        counts["labels"].update(set(feats.labels))
        counts["titles"].update(set(feats.titles))
        counts["title_parts"].update(set(feats.title_parts))
        counts["regions"].update(set(feats.regions))
        counts["edges"].update(set(feats.edges))
        counts["dates"].update(set(feats.dates))
        if feats.prose >= 500:
            counts["shapes"].update(shapes.get(feats.article, {feats.shape}))
            prose.append(feats.prose)
    articles = len(by_article)
    old_prose = 0
    if previous is not None:
        scale = min(1.0, max(0, WINDOW - articles) / previous.articles) if previous.articles else 0
        for name in _COUNTED:
            for key, n in getattr(previous, name).items():
                counts[name][key] += n * scale
        for key, path in previous.block_paths.items():
            paths.setdefault(key, path)
        old_prose = previous.prose
        articles += round(previous.articles * scale)
        seen += previous.pages
    profile = SiteProfile(site=site or (previous.site if previous else ""))
    profile.articles, profile.pages = articles, seen
    # once there are enough articles, what was seen on one only is noise: not kept
    floor = 2 if articles >= MIN_ARTICLES else 1
    for name in _COUNTED:
        rounded = Counter({k: round(v) for k, v in counts[name].items() if round(v) >= floor})
        setattr(profile, name, _bounded(rounded))
    profile.block_paths = {k: paths[k] for k in profile.blocks if k in paths}
    profile.prose = int(median(prose)) if prose else old_prose
    return profile


def _union(one: PageFeatures, two: PageFeatures) -> PageFeatures:
    """One article served at several URLs (aliases, print variant): what any of them has."""
    return PageFeatures(
        url=one.url,
        article=one.article,
        blocks={**two.blocks, **one.blocks},
        labels=list(dict.fromkeys(one.labels + two.labels)),
        titles=list(dict.fromkeys(one.titles + two.titles)),
        title_parts=list(dict.fromkeys(one.title_parts + two.title_parts)),
        regions=list(dict.fromkeys(one.regions + two.regions)),
        edges=sorted(set(one.edges) | set(two.edges)),
        dates=list(dict.fromkeys(one.dates + two.dates)),
        prose=max(one.prose, two.prose),
        shape=one.shape,
        kind=one.kind,
    )


def _features_of(url: str, html: bytes | str | HtmlElement) -> PageFeatures | None:
    """Features of a page given as a tree (kind unknown) or as HTML (extracted, kind known)."""
    if isinstance(html, HtmlElement):
        return page_features(html, url)
    from newsarchive.extraction.extract import extract_page

    return extract_page(html, url, features=True).features


# ---------------------------------------------------------------------------
# applying it
# ---------------------------------------------------------------------------


def apply_profile(tree: HtmlElement, profile: SiteProfile, facts: TreeFacts | None = None) -> int:
    """Remove the site's learned chrome blocks, label rows and comment regions, in place.

    FACTS: those of the tree TREE is an unchanged copy of (what to remove is read there, where
    other passes read the same, and removed from TREE at the same places)."""
    if not profile.trusted:
        return 0
    chrome, labels, regions = profile.chrome, profile.label_rows, profile.comment_regions
    if not (chrome or labels or regions):
        return 0
    if facts is None:
        facts = TreeFacts(tree)
    if facts.body is None:
        return 0
    els, lengths, paths = facts.els, facts.lengths, facts.paths
    main = facts.main if regions else None
    keep = set(main.iterancestors()) | {main} if main is not None else set()
    after = _after_body(els, main)
    doomed = _followers(main, regions, paths)
    doomed_set: set[HtmlElement] = set(doomed)
    for el in els:
        parent = el.getparent()
        if parent in doomed_set:
            doomed_set.add(el)
            continue
        if el.tag in _SKIP or el in keep:
            continue
        if regions and el in after and paths(el) in regions:
            doomed.append(el)
            doomed_set.add(el)
            continue
        size = lengths.get(el, 0)
        if el.tag not in _BLOCKS or not size or size > 2 * MAX_BLOCK + 200:
            continue
        text = facts.text(el)
        if not text or len(text) > MAX_BLOCK:
            continue
        hit = facts.key(el) in chrome
        if not hit and labels and len(text) <= MAX_LABEL_BLOCK:
            lead = facts.lead(el)
            hit = bool(lead) and f"{paths(el)} | {lead}" in labels
            if not hit and el not in facts.inside:
                shape = facts.shape(el)
                hit = shape is not None and f"{paths(el)} | {shape}" in labels
        if hit:
            doomed.append(el)
            doomed_set.add(el)
    if facts.tree is not tree:  # the same places in the copy
        order = {el: i for i, el in enumerate(els)}
        body = tree.find(".//body")
        mine = [el for el in body.iter() if isinstance(el.tag, str)] if body is not None else []
        doomed = [mine[order[el]] for el in doomed]
    from newsarchive.extraction.boilerplate import drop_element

    for el in list(doomed):
        doomed.extend(_introduced(el))
    for el in doomed:
        drop_element(el)
    return len(doomed)


def fixed_date_rows(
    tree: HtmlElement, profile: SiteProfile | None, facts: TreeFacts | None = None
) -> set[HtmlElement]:
    """The rows of TREE that hold one of the profile's fixed dates (`SiteProfile.fixed_dates`):
    where the page's own date is not (FACTS: TREE's, when other passes read them too)."""
    fixed = profile.fixed_dates if profile is not None else frozenset()
    if not fixed:
        return set()
    facts = facts if facts is not None and facts.tree is tree else TreeFacts(tree)
    if facts.body is None:
        return set()
    els, lengths, paths = facts.els, facts.lengths, facts.paths
    rows: set[HtmlElement] = set()
    for el in els:
        size = lengths.get(el, 0)
        if el.tag in _SKIP or el.tag not in _BLOCKS or not size or size > 2 * MAX_BLOCK + 200:
            continue
        text = facts.text(el)
        if len(text) <= MAX_LABEL_BLOCK and _date_key(paths(el), text) in fixed:
            rows.add(el)
    return rows


def _followers(
    main: HtmlElement | None, regions: frozenset[str], paths: _Paths
) -> list[HtmlElement]:
    """The later like siblings of the body's item, where the profile learned them a region
    (`_first_item`): the replies after a forum topic's first post."""
    items = {r.removeprefix(FOLLOWERS) for r in regions if r.startswith(FOLLOWERS)}
    if main is None or not items:
        return []
    for node in [main, *main.iterancestors()]:
        if node.tag in ("body", "html"):
            break
        if paths(node) in items:
            sig = paths.sig(node)
            later = node.itersiblings()
            return [c for c in later if isinstance(c.tag, str) and paths.sig(c) == sig]
    return []


def _after_body(els: list[HtmlElement], main: HtmlElement | None) -> set[HtmlElement]:
    """The elements after the body's last paragraph (regions are learned and removed there)."""
    if main is None:
        return set()
    paras = _body_paragraphs(main) or [main]
    order = {el: i for i, el in enumerate(els)}
    last = max(order.get(d, 0) for d in paras[-1].iter())
    return set(els[last + 1 :])


def _introduced(el: HtmlElement) -> list[HtmlElement]:
    """The link a learned lead-in ("See also:", "Lire aussi :") introduces on its line."""
    if not _clean(el.text_content()).endswith(":") or (el.tail or "").strip():
        return []
    nxt = el.getnext()
    if nxt is None or nxt.tag != "a" or nxt.find(".//img") is not None:
        return []
    return [nxt]


def filter_chrome_lines(text: str, profile: SiteProfile | None) -> str:
    """Drop extracted lines that are learned chrome (what survived the tree pass), and the
    credit lines at the text's ends: short lines a third of whose words are the site's edge
    words ('(Editor: Li Wei)', 'Ana Ruiz, reporter, ana@paper.example')."""
    if profile is None or not profile.trusted:
        return text
    chrome, edge = profile.chrome, profile.edge_words
    if not (chrome or edge):
        return text
    lines = text.split("\n")
    if chrome:
        lines = [line for line in lines if _norm(line) not in chrome]
    if edge and len(lines) > EDGE_LINES + 1:
        ends = {0, *range(len(lines) - EDGE_LINES, len(lines))}
        lines = [line for i, line in enumerate(lines) if i not in ends or not _credit(line, edge)]
    return "\n".join(lines)


def _credit(line: str, edge: frozenset[str]) -> bool:
    words = edge_words(line)
    return words is not None and 3 * len(words & edge) >= len(words)


def strip_title_affix(title: str | None, profile: SiteProfile | None) -> str | None:
    """A <title> without the parts every page of the site has ('… | Site Name')."""
    if not title or profile is None or not profile.trusted:
        return title
    affixes = profile.title_affixes
    parts = _TITLE_SPLIT.split(_clean(title))
    seps = _TITLE_SPLIT.findall(_clean(title))
    if len(parts) < 2 and _norm(title) not in affixes:
        return title
    kept: list[str] = []
    for i, part in enumerate(parts):
        if _norm(part) in affixes:
            continue
        if kept and i > 0:
            kept.append(seps[i - 1])
        kept.append(part)
    return "".join(kept).strip() or None


def is_constant_title(
    text: str | None, profile: SiteProfile | None, source: str, in_title: bool = False
) -> bool:
    """True when TEXT, as a SOURCE ('h1', 'og'...), is what the site repeats on many articles.

    The source counts: a headline repeated as an h3 teaser on other pages is still this
    page's own h1. A heading that is the text of a block every page has (the section's entry
    in the site menu: Joomla's category h1) is the section's name, unless the page's <title>
    holds it (IN_TITLE: then it is a headline other pages link to in a rail).
    """
    if not text or profile is None or not profile.trusted:
        return False
    key = _norm(text)
    return f"{source}\t{key}" in profile.constant_titles or (
        source == "h1" and not in_title and key in profile.chrome
    )


def is_constant_heading(text: str | None, profile: SiteProfile | None) -> bool:
    """`is_constant_title` of TEXT as an h1, an h2 or an h3 (not in the <title>), its key
    worked out once."""
    if not text or profile is None or not profile.trusted:
        return False
    key = _norm(text)
    titles = profile.constant_titles
    return key in profile.chrome or any(f"{src}\t{key}" in titles for src in _HEADINGS)
