"""Page kind: "article", "listing" or "other", from page structure, signals and URL patterns."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from newsarchive.extraction.schema_types import ARTICLE_TYPES

__all__ = [
    "PageSignals",
    "classify_page",
    "classify_url",
    "item_links",
    "own_text",
    "teaser_headlines",
    "teasers_in_text",
    "text_weight",
]

LISTING_TYPES = frozenset(
    t.lower() for t in ["CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage", "Blog"]
)
OTHER_TYPES = frozenset(t.lower() for t in ["AboutPage", "ContactPage", "FAQPage"])

# path segments that mark listings on most CMSs (WordPress, Blogger, Drupal, Ghost, news sites)
_LISTING_SEGMENTS = frozenset(
    [
        "tag",
        "tags",
        "category",
        "categories",
        "topic",
        "topics",
        "section",
        "sections",
        "author",
        "authors",
        "label",
        "labels",
        "search",
        "page",
        "keyword",
        "keywords",
        "thema",
        "themen",
        "rubrique",
        "rubriques",
        "categoria",
        "categorias",
        "etiqueta",
        "etiquetas",
        "autor",
        "autore",
        "auteur",
        "rubric",
        "rubrika",
    ]
)
# legacy script names that list (/rubrique.php?id=3, /archives.asp?mois=11); "page.php" is not
_LISTING_SCRIPTS = (_LISTING_SEGMENTS - {"page"}) | {"archive", "archives", "index"}
_OTHER_SEGMENTS = re.compile(
    r"^(about|about-us|aboutus|contact|contact-us|contactus|impressum|imprint|privacy|"
    r"privacy-policy|terms|terms-of-service|terms-of-use|cookie-policy|legal|disclaimer|"
    r"advertise|careers|jobs|team|staff|subscribe|login|register|account|sitemap|"
    r"mentions|mentions-legales|legal-notice|datenschutz|kontakt|contacto|chi-siamo|qui-sommes-nous)"
    r"(\.\w{2,5})?$",
    re.I,
)
_SEARCH_PARAMS = frozenset({"s", "q", "query", "search", "searchword", "keyword"})
_PAGE_PARAMS = frozenset({"page", "paged", "pg", "start", "offset"})
_TRACKING = frozenset({"ref", "fbclid", "gclid", "amp", "output", "lang", "hl"})
_ARCHIVE_SEGMENTS = frozenset({"archive", "archives", "feed", "rss"})
_DATE_ONLY = re.compile(r"^/(\d{4})(/\d{1,2}){0,2}/?$")
_INDEX_FILE = re.compile(r"^(index|default|home)(\.\w{2,5})?$", re.I)
# later pages of a static section index (/news/index_2.html, list_3.shtml: TRS, DedeCMS, PHPCMS)
_PAGED_INDEX = re.compile(r"^(index|default|list)_\d{1,3}(\.\w{2,5})?$", re.I)


def classify_url(url: str) -> tuple[str, str] | None:
    """(kind, reason) when the URL alone says listing/other, else None."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    path = parts.path or "/"
    segments = [s for s in path.split("/") if s]
    query = parse_qs(parts.query, keep_blank_values=True)  # "?post/2017/…" is a key
    if query.keys() & _SEARCH_PARAMS and (
        "s" in query or not segments or segments[-1].lower().startswith("search")
    ):
        return "listing", "url:search"
    if not segments or (len(segments) == 1 and _INDEX_FILE.match(segments[0])):
        if query.keys() & _PAGE_PARAMS:
            return "listing", "url:pagination"
        content_params = [k for k in query if not k.startswith("utm_") and k not in _TRACKING]
        # "/?p=123" (WordPress plain permalinks) and "/index.php?id=9" are single items
        return None if content_params else ("listing", "url:home")
    lowered = [s.lower() for s in segments]
    if _DATE_ONLY.match(path):
        return "listing", "url:date-archive"
    for i, seg in enumerate(lowered):
        if seg in _LISTING_SEGMENTS:
            # "/page/2" pagination, "/tag/x", "/search/label/x"; an article slug after a
            # category segment (/category/news/my-story-123) is rare, so this is a listing.
            nxt = lowered[i + 1] if i + 1 < len(lowered) else ""
            if seg == "page" and nxt and not nxt.isdigit():
                continue
            return "listing", f"url:{seg}"
        if seg in _ARCHIVE_SEGMENTS and _date_path(lowered[i + 1 :]):
            # "/archive/2019/11/" lists; "/politics/archive/2019/11/slug/602144/" and
            # WordPress's numeric permalinks "/archives/60007" are stories
            return "listing", f"url:{seg}"
    script = re.match(r"^([a-z]+)\.(php\d?|asp|aspx|jsp|cfm|cgi|pl)$", lowered[-1])
    if script and script.group(1) in _LISTING_SCRIPTS and script.group(1) != "index":
        return "listing", f"url:{script.group(1)}"
    if _PAGED_INDEX.match(lowered[-1]):
        return "listing", "url:pagination"
    if _OTHER_SEGMENTS.match(lowered[-1]):
        return "other", f"url:{_OTHER_SEGMENTS.match(lowered[-1]).group(1).lower()}"  # type: ignore[union-attr]
    if (query.keys() & _PAGE_PARAMS) and len(segments) <= 2 and not re.search(r"\d{4,}", path):
        return "listing", "url:pagination"
    return None


def _date_path(segments: list[str]) -> bool:
    """True when SEGMENTS are a date (year[/month[/day]]) or nothing, an index file aside."""
    parts = [s for s in segments if not _INDEX_FILE.match(s)]
    if len(parts) > 3 or not all(p.isdigit() for p in parts):
        return False
    if parts and not (len(parts[0]) == 4 and 1900 <= int(parts[0]) <= 2100):
        return False
    return all(1 <= int(p) <= limit for p, limit in zip(parts[1:], (12, 31), strict=False))


@dataclass(slots=True)
class PageSignals:
    """What the page itself says about its kind."""

    jsonld_types: Iterable[str] = ()
    og_type: str | None = None
    text_length: int = 0
    has_date: bool = False
    article_count: int = 0
    link_density: float = 0.0
    teaser_count: int = 0
    distinct_dates: int = 0
    linked_lines: float = 0.0  # share of the extracted lines that are mostly one link's text
    teasers_in_text: int | None = (
        None  # linked headlines (3+ words) found in the text; None: unknown
    )
    item_links: int = 0  # links to the site's article-like pages sitting in repeated items
    own_text: int | None = None  # characters of text that are not those links' texts
    site_prose: int = 0  # the site's usual article length (from its profile; 0: unknown)
    text_chars: int = 0  # characters of the extracted text (own_text is a part of them)
    article_shape: bool | None = None  # the URL has the shape of the site's articles (profile)


_TEASERS = etree.XPath(
    "//h2[.//a[@href]]|//h3[.//a[@href]]|//h4[.//a[@href]]|//a[@href][.//h2 or .//h3 or .//h4]"
)
_TIME_VALUES = etree.XPath(".//time/@datetime")


def page_signals_from_tree(
    tree: HtmlElement | None, out: list[HtmlElement] | None = None
) -> tuple[int, float, int, int]:
    """(<article> count, body link density, linked-headline teasers, distinct <time> values).

    OUT, when given, receives the teaser nodes (for teaser_headlines).
    """
    if tree is None:
        return 0, 0.0, 0, 0
    body = tree.find(".//body")
    if body is None:
        body = tree
    # an <article> inside another is a part of it (Drupal renders each comment as one)
    articles = sum(
        1 for el in body.iter("article") if next(el.iterancestors("article"), None) is None
    )
    try:
        found = _TEASERS(body)
        if out is not None:
            out.extend(found)
        teasers = len(found)
        dates = len({str(d)[:10] for d in _TIME_VALUES(body)})
        # itertext is C-fast; script and style text is taken back out (they hold only text)
        words = len(" ".join(body.itertext()).split()) - sum(
            len((el.text or "").split()) for el in body.iter("script", "style")
        )
        link_words = len(" ".join(t for a in body.iter("a") for t in a.itertext()).split())
    except Exception:
        return articles, 0.0, 0, 0
    return articles, (link_words / words) if words else 0.0, teasers, dates


_ANCHORS = etree.XPath("//a[@href]")


def teaser_headlines(
    tree: HtmlElement | None, teasers: list[HtmlElement] | None = None
) -> list[str]:
    """Texts (3+ words) of the linked headlines (cards) on a page, before any pruning.

    TEASERS: the page's teaser nodes when page_signals_from_tree already found them.
    """
    if tree is None:
        return []
    try:
        found = _TEASERS(tree) if teasers is None else teasers
        heads = {" ".join(el.text_content().split()) for el in found}
    except Exception:
        return []
    return [h for h in heads if _word_count(h) >= 3]  # CJK headlines have no spaces


def teasers_in_text(text: str, headlines: Iterable[str]) -> int:
    """How many of the page's linked headlines the extracted text repeats (a listing's do)."""
    flat = " ".join(text.split())
    return sum(1 for h in headlines if h in flat)


def linked_line_share(text: str, tree: HtmlElement | None) -> float:
    """Share of the text's lines (3+ words) that are mostly the text of one link on the page.

    A listing's extracted text is its linked headlines; an article's is prose, however many
    links its navigation holds. 0.0 when there are fewer than 5 such lines.
    """
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if _word_count(line) >= 3]
    if tree is None or len(lines) < 5:
        return 0.0
    try:
        anchors = {" ".join(a.text_content().split()) for a in _ANCHORS(tree)}
    except Exception:
        return 0.0
    anchors = {a for a in anchors if _word_count(a) >= 3}
    by_length = sorted(anchors, key=len)
    lengths = [len(a) for a in by_length]
    linked = 0
    for line in lines:
        if line in anchors:
            linked += 1
            continue
        lo = bisect_left(lengths, 0.6 * len(line))
        hi = bisect_right(lengths, len(line))
        if any(a in line for a in by_length[lo:hi]):
            linked += 1
    return linked / len(lines)


_DIGITS = re.compile(r"\d+")
_ITEM_TAGS = frozenset(("li", "article", "div", "tr", "td", "p", "dd", "dt", "section", "h2", "h3"))
_MIN_ITEMS = 3  # article links one block holds, one per line, to be a list written as lines
MIN_CARDS = 2  # cards of one markup: a listing's last page may hold only two
MIN_ITEM_LINKS = 5
MAX_LISTING_TEXT = 1000.0  # own text a listing may have, at most
CARDS_ONLY = 0.1  # own text share of a page of fewer items than MIN_ITEM_LINKS that lists
MAX_CARD_WORDS = 120  # a listing's item: headline, date, teaser; a longer block is prose
_HREFS = etree.XPath(".//a[@href]")


def _item_of(a: HtmlElement) -> HtmlElement | None:
    node = a.getparent()
    for _ in range(4):
        if node is None or node.tag in ("body", "html"):
            return None
        if node.tag in _ITEM_TAGS:
            return node
        node = node.getparent()
    return None


def _item_sig(el: HtmlElement) -> tuple[str, ...]:
    """The markup of an item and its two nearest ancestors: their tags and classes, digits
    dropped; of the ancestors only the first class, since entries that hold like items
    alternate or flag classes ('post odd first', 'post even')."""
    out = [f"{el.tag}.{_DIGITS.sub('', el.get('class') or '')}"]
    node = el.getparent()
    for _ in range(2):
        if node is None:
            break
        first = (node.get("class") or "").split()[:1]
        out.append(f"{node.tag}.{_DIGITS.sub('', first[0]) if first else ''}")
        node = node.getparent()
    return tuple(out)


def _same_site_path(href: str, origin: str, base: str) -> str | None:
    """The path+query of HREF, a link on page BASE, when it points into ORIGIN's site
    (scheme://host:port); a relative link ('./viewtopic.php?t=4', '../2017/story.html')
    is resolved against BASE as a browser does."""
    href = href.strip()
    if href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    if href.startswith("/") and not href.startswith("//"):
        return href
    if not href.startswith(("http://", "https://")):
        try:
            href = urljoin(base, href)
        except ValueError:
            return None
    if href.startswith(("http://", "https://")):
        if not href.startswith(origin):
            return None
        rest = href[len(origin) :]
        return (rest or "/") if not rest or rest[0] in "/?" else None
    return None


def _article_like(path: str, is_article_shape: Callable[[str], bool | None] | None) -> bool:
    if is_article_shape is not None:
        known = is_article_shape(path)
        if known is not None:
            return known
    clean = unquote(path.split("#", 1)[0])  # a Persian or Cyrillic slug is sent escaped
    base, _, query = clean.partition("?")
    last = [seg for seg in base.split("/") if seg][-1:] or [""]
    seg = last[0]
    return (
        bool(re.search(r"[^\W\d_]+[-_][^\W\d_]+[-_]\w", seg))
        or bool(re.search(r"\d{3,}", seg))
        or (bool(re.search(r"\d{2,}", query)) and bool(seg))
    )


def item_links(
    tree: HtmlElement | None,
    url: str,
    is_article_shape: Callable[[str], bool | None] | None = None,
) -> list[str]:
    """Texts of the repeated items (cards) that each link to one of the site's own articles.

    A listing (archive, calendar, section, tag page) is made of such items: a block repeated
    with the same markup, each holding a link to an article (and maybe its date and teaser).
    IS_ARTICLE_SHAPE (from the site's profile) says which paths have the shape of the site's
    articles. The text of each card is returned: a listing's text is mostly theirs.
    """
    if tree is None:
        return []
    try:
        parts = urlsplit(url)
    except ValueError:
        return []
    origin = f"{parts.scheme}://{parts.netloc}"
    own = parts.path + (f"?{parts.query}" if parts.query else "")
    found: list[tuple[str, HtmlElement, HtmlElement]] = []
    for a in tree.iter("a"):
        href = a.get("href")
        if not href:
            continue
        path = _same_site_path(href, origin, url)
        path = path.split("#", 1)[0] if path else None  # "…#comments" is the same article
        if not path or path in ("/", own):
            continue
        if not _article_like(path, is_article_shape):
            continue
        item = _item_of(a)
        if item is not None:
            found.append((path, a, item))
    per_item: dict[HtmlElement, set[str]] = {}
    for path, _a, item in found:
        per_item.setdefault(item, set()).add(path)
    groups: dict[tuple[str, ...], dict[str, HtmlElement]] = {}
    lines: set[HtmlElement] = set()  # links that are items of a list written as lines
    for path, a, item in found:
        words = _word_count(a.text_content())
        if len(per_item[item]) >= _MIN_ITEMS and words >= 2:
            # one block holding many article links, one per line (<br>-separated lists)
            lines.add(a)
            groups.setdefault(("line", *_item_sig(a)), {}).setdefault(path, a)
            continue
        card_words = _word_count(item.text_content())
        if card_words > MAX_CARD_WORDS:
            continue  # a block of prose holding a link is no card
        if words < 2 and (words or card_words < 2 or len(_HREFS(item)) > 1):
            continue  # a bare "more" link; an empty overlay link stands for its card
        groups.setdefault(_item_sig(item), {}).setdefault(path, a)
    anchors = [
        (path, a)
        for links in groups.values()
        if len(links) >= MIN_CARDS and not _one_headline(links.values())
        for path, a in links.items()
    ]
    # each card is the largest block around its link that links to no other item
    holding: dict[HtmlElement, set[str]] = {}
    for path, a in anchors:
        for anc in a.iterancestors():
            holding.setdefault(anc, set()).add(path)
    cards: dict[HtmlElement, None] = {}
    texts: list[str] = []
    members = {a for _path, a in anchors}
    # a list of whole posts (no excerpts): each post under its own linked headline; a post
    # also links its author's and category's pages, so only headlines say what a post holds
    heads = [(path, a) for path, a in anchors if _in_heading(a)]
    titles = [_clean_words(a.text_content()) for _path, a in heads]
    headed: dict[HtmlElement, set[str]] = {}
    if len(titles) >= MIN_CARDS and len(set(titles)) == len(titles):
        for path, a in heads:
            for anc in a.iterancestors():
                headed.setdefault(anc, set()).add(path)
    for _path, a in anchors:
        card = a
        posts = bool(headed) and _in_heading(a)
        held = headed if posts else holding
        for anc in a.iterancestors():
            if len(held.get(anc, ())) > 1 or anc.tag in ("body", "html"):
                break
            if _word_count(anc.text_content()) > MAX_CARD_WORDS and not (
                posts and _repeated(anc, headed)
            ):
                break  # the block around a lone link is the page's prose, not its card
            card = anc
        if a in lines:
            texts.append(_line_card(card, members))
        else:
            cards.setdefault(card, None)
    return texts + [_card_text(card) for card in cards]


def _one_headline(links: Iterable[HtmlElement]) -> bool:
    """Whether the links of a group of items are headings that all read alike: the replies
    of one forum topic ('Re: subject', each linking its own permalink), not a list of
    different stories ("Read more" links read alike too, but are no headlines)."""
    named = [_clean_words(a.text_content()) for a in links if _in_heading(a)]
    return len(named) >= MIN_CARDS and len(set(named)) == 1


def _in_heading(a: HtmlElement) -> bool:
    """Whether link A is a headline: inside an h1-h4 (within three levels)."""
    node = a.getparent()
    for _ in range(3):
        if node is None:
            return False
        if node.tag in ("h1", "h2", "h3", "h4"):
            return True
        node = node.getparent()
    return False


def _clean_words(text: str) -> str:
    return " ".join(text.split()).casefold()


def _repeated(block: HtmlElement, holding: dict[HtmlElement, set[str]]) -> bool:
    """Whether BLOCK is one of like siblings (tag and class) that each hold an item's link:
    a post of a list that shows whole posts (blog home and archive pages without excerpts)."""
    cls = block.get("class")
    for sibling in (*block.itersiblings(preceding=True), *block.itersiblings()):
        if sibling.tag == block.tag and sibling.get("class") == cls and holding.get(sibling):
            return True
    return False


def _card_text(card: HtmlElement) -> str:
    """A card's text; a definition list's term takes its descriptions along (Plone's search
    results, glossary-style archives: the headline in <dt>, date and teaser in <dd>)."""
    parts = [" ".join(card.itertext())]
    if card.tag == "dt":
        sibling = card.getnext()
        while sibling is not None and sibling.tag == "dd":
            parts.append(" ".join(sibling.itertext()))
            sibling = sibling.getnext()
    return " ".join(" ".join(parts).split())


def _line_card(start: HtmlElement, members: set[HtmlElement]) -> str:
    """The text of a line item: its link and what follows it up to the next item's link."""
    parts = [" ".join(start.itertext()), start.tail or ""]
    node = start.getnext()
    while node is not None and _word_count(" ".join(parts)) <= MAX_CARD_WORDS:
        if node in members or any(a in members for a in node.iter("a")):
            break
        parts += [" ".join(node.itertext()) if isinstance(node.tag, str) else "", node.tail or ""]
        node = node.getnext()
    return " ".join(" ".join(parts).split())


def _word_count(text: str) -> int:
    """Words of TEXT; unspaced scripts count too: CJK a word per two characters, Thai, Lao,
    Myanmar and Khmer a word per four."""
    return len(text.split()) + len(_WIDE.findall(text)) // 2 + len(_UNSPACED.findall(text))


def own_text(text: str, item_texts: Iterable[str]) -> int:
    """Length (`text_weight`) of TEXT in lines that are not part of the page's repeated items.

    A line is an item's when it is a run of the item's text, or when each of its words is in
    that one item: extractors drop a card's date and join its tag links without a space. Bare
    numbers (a topic row's reply and view counts) are nobody's prose.
    """
    cards = [_fold(t) for t in item_texts]
    squeezed = [c.replace(" ", "") for c in cards]
    # a folded line holds no NUL: it is in the joined cards only when it is in one of them
    joined = "\0".join(cards)
    total = 0
    for line in text.split("\n"):
        flat = _fold(line)
        if not flat or flat in joined:
            continue
        words = [w for w in flat.split() if not w.isdigit()]
        if not words or any(all(w in card for w in words) for card in squeezed):
            continue
        total += text_weight(line)
    return total


def _fold(text: str) -> str:
    """Words only: table bars, bullets and punctuation the extractor adds do not count."""
    return " ".join(_NON_WORD.sub(" ", text).split()).casefold()


_NON_WORD = re.compile(r"[\W_]+")


_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]{4}")
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
WIDE_WEIGHT = 3  # a Chinese, Japanese or Korean character carries about a short word


def text_weight(text: str) -> int:
    """Length of TEXT in Latin-script characters: CJK characters count as WIDE_WEIGHT."""
    return len(text) + (WIDE_WEIGHT - 1) * len(_WIDE.findall(text))


# URL verdicts a page's prose does not overrule: the home page, date archives, result and
# next pages (one story on such a page is still a listing); "other" pages (about, contact) too
_FIRM_URL = frozenset({"url:home", "url:date-archive", "url:pagination", "url:search"})
STORY_TEXT = 500  # characters of prose of the page's own that make a dated page one story


def reads_as_story(signals: PageSignals, *, short: bool = False) -> bool:
    """A dated page whose text is prose of its own: not linked lines, not its cards' texts.

    Its own text must be half the site's usual article length, unless SHORT (a page at an
    address shaped like the site's articles may be a brief)."""
    if not signals.has_date or signals.text_length < STORY_TEXT or signals.linked_lines >= 0.3:
        return False
    if signals.teasers_in_text:
        return False
    if signals.own_text is not None:
        usual = 0.5 * signals.site_prose if signals.site_prose and not short else 0.0
        if signals.own_text < max(STORY_TEXT, usual, 0.5 * signals.text_chars):
            return False
    return True


def classify_page(url: str, signals: PageSignals) -> tuple[str, str]:
    """(kind, reason): structure first, then URL patterns, structured data, layout and length."""
    if signals.item_links >= MIN_CARDS and signals.own_text is not None:
        # repeated items linking to the site's articles, and little text of the page's own;
        # a page of a few items (a listing's last page) when its text is all theirs, or at an
        # address not shaped like the site's articles, a tenth of their usual length
        usual = signals.site_prose
        limit = min(MAX_LISTING_TEXT, max(300.0, 0.3 * usual)) if usual else 300.0
        few = signals.item_links < MIN_ITEM_LINKS
        little = CARDS_ONLY * (
            max(usual, signals.text_length)
            if signals.article_shape is False
            else signals.text_length
        )
        # a brief at an article's address, with rails of other stories, is still one story
        brief = signals.article_shape is True and reads_as_story(signals, short=True)
        if signals.own_text < limit and (not few or signals.own_text <= little) and not brief:
            return "listing", "structure:items"
    by_url = classify_url(url)
    overruled = by_url is not None and by_url[0] == "listing" and by_url[1] not in _FIRM_URL
    if by_url is not None and not (overruled and reads_as_story(signals)):
        # a URL word is a hint that the page's structure overrules: a dated page of prose
        # that is not its links' text is one story whatever its path says
        return by_url
    types = {t.lower() for t in signals.jsonld_types}
    if types & OTHER_TYPES and not types & ARTICLE_TYPES:
        return "other", f"jsonld:{sorted(types & OTHER_TYPES)[0]}"
    if types & LISTING_TYPES and not types & ARTICLE_TYPES:
        return "listing", f"jsonld:{sorted(types & LISTING_TYPES)[0]}"
    # The page's own claim comes before layout guesses: real article pages carry related-story
    # <article> cards and link-heavy navigation. A claim is not believed when the extracted
    # text is nothing but linked headlines (CMSs that tag every page og:type=article).
    og = (signals.og_type or "").lower()
    linked = signals.linked_lines
    if types & ARTICLE_TYPES and signals.text_length >= 200 and linked < 0.8:
        return "article", f"jsonld:{sorted(types & ARTICLE_TYPES)[0]}"
    if og == "article" and signals.text_length >= 200 and linked < 0.6:
        return "article", "og:article"
    if linked >= 0.6 or (linked >= 0.4 and signals.link_density >= 0.35):
        # headlines alternating with their excerpts, on a page that is mostly links
        return "listing", "linked-lines"
    if (
        signals.article_count >= 4
        and signals.text_length < 400 * signals.article_count
        and not reads_as_story(signals)
    ):
        # several <article>s and little text each: cards. Readers' comments are <article>s
        # too (HTML's own example of one), beside the story's rather than inside it: a dated
        # page of prose of its own is one story with its comments, however many there are
        return "listing", "article-count"
    if signals.link_density > 0.55 and signals.text_length < 1500 and linked >= 0.3:
        return "listing", "link-density"
    # a dated page whose text repeats none of its cards' headlines is one story with a rail
    own_story = signals.has_date and signals.teasers_in_text == 0
    if (
        signals.teaser_count >= 3
        and not own_story
        and (signals.distinct_dates >= 3 or signals.text_length < 300 * signals.teaser_count)
    ):
        # repeated linked headlines (cards) with several dates: a section or index page
        return "listing", "teasers"
    if signals.text_length < 300:
        return "other", "short-text"
    if og in ("website", "profile") and not signals.has_date:
        return "other" if signals.text_length < 1500 else "listing", f"og:{og}"
    if signals.has_date and signals.text_length >= 500:
        return "article", "dated-text"
    if signals.text_length >= 1500:
        return "article", "long-text"
    return "other", "short-undated-text"
