"""Page to clean article: decode, prune boilerplate, extract text and metadata."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from copy import deepcopy
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from newsarchive.extraction.blocks import split_joined_blocks
from newsarchive.extraction.boilerplate import filter_lines, prune_tree, remove_selectors
from newsarchive.extraction.charset import decode_html
from newsarchive.extraction.embedded import choose_body, embedded_bodies
from newsarchive.extraction.freetext_dates import dates_in
from newsarchive.extraction.kind import (
    PageSignals,
    classify_page,
    item_links,
    linked_line_share,
    own_text,
    page_signals_from_tree,
    teaser_headlines,
    teasers_in_text,
    text_weight,
)
from newsarchive.extraction.language import (
    declared_language,
    detect_language,
    normalize_language,
)
from newsarchive.extraction.metadata import (
    JsonLd,
    clean_title,
    find_byline,
    first_meta,
    heading_text,
    headline_date,
    is_date_line,
    meta_tags,
    normalize_date,
    parse_jsonld,
    resolve_url,
    text_dates,
)
from newsarchive.extraction.parse import parse_document
from newsarchive.extraction.profile import (
    PageFeatures,
    SiteProfile,
    TreeFacts,
    apply_profile,
    filter_chrome_lines,
    fixed_date_rows,
    is_constant_heading,
    is_constant_title,
    page_features,
    strip_title_affix,
)
from newsarchive.extraction.structure import (
    bare_div_paragraphs,
    chunk_paragraphs,
    find_split_body,
    join_chunks,
    rejoin_orphan_paragraphs,
    unwrap_layout_tables,
)

__all__ = ["Extraction", "decode_html", "extract_page", "reset_caches"]

LOGGER = logging.getLogger(__name__)
MIN_TEXT = 250  # below this, try the unpruned page and JSON-LD articleBody too
_WS = re.compile(r"[ \t\r\f\v\u00a0]+")


@dataclass(slots=True)
class Extraction:
    """A clean article and its metadata; text paragraphs are separated by a single newline."""

    text: str = ""
    title: str | None = None
    author: str | None = None
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    description: str | None = None
    site_name: str | None = None
    tags: list[str] = field(default_factory=list)
    image: str | None = None
    canonical_url: str | None = None
    page_kind: str = "other"
    kind_reason: str = "empty"
    charset: str = "utf-8"
    profile_version: str | None = None  # the site profile that shaped this result, if any
    features: PageFeatures | None = None  # what the page gives its site's profile (on request)


def reset_caches() -> None:
    """Free trafilatura/htmldate caches (call every N pages on long runs)."""
    try:
        from trafilatura.meta import reset_caches as _reset

        _reset()
    except Exception:
        LOGGER.debug("trafilatura reset_caches failed", exc_info=True)


def parse_html(text: str) -> HtmlElement | None:
    """An lxml tree for any text (None when there is nothing to parse)."""
    # characters XML forbids: lxml parses them but refuses them when text is moved or set
    text = _NOT_XML_CHARS.sub("", text)
    if not text.strip():
        return None
    # lxml refuses str with an XML encoding declaration
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    tree = _parse(text)
    if tree is not None:
        title = tree.find(".//title")
        if title is not None and len(title.text or "") > 500 and "<" in (title.text or ""):
            # an unclosed <title> swallows the page: close it before the first tag inside
            repaired = _UNCLOSED_TITLE.sub(r"\1</title>\2", text, count=1)
            fixed = _parse(repaired)
            tree = fixed if fixed is not None else tree
    return tree


_NOT_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_UNCLOSED_TITLE = re.compile(r"(<title[^>]*>[^<]*)(<)", re.I)


def _parse(text: str) -> HtmlElement | None:
    return parse_document(text)  # nesting past libxml2's depth limit is flattened first


_JOINERS = "\u200c\u200d"  # zero-width non-joiner and joiner


def _keep_joiners() -> None:
    """Make trafilatura keep U+200C and U+200D in text.

    Its line cleaning drops every character Python calls unprintable, and these two are
    among them, yet they are letters' business: the Persian half-space ('سه‌شنبه' became
    'سهشنبه'), Indic conjuncts, emoji sequences. Its per-character filter is wrapped once so
    that they pass; its other drops stay as they are.
    """
    try:
        from trafilatura import utils
    except ImportError:
        return
    original = getattr(utils, "return_printables_and_spaces", None)
    if original is None or getattr(original, "keeps_joiners", False):
        return

    def keep(char: str) -> str:
        return char if char in _JOINERS else original(char)

    keep.keeps_joiners = True  # type: ignore[attr-defined]
    utils.return_printables_and_spaces = keep  # type: ignore[assignment]
    cached = getattr(utils.line_processing, "cache_clear", None)
    if cached is not None:
        cached()  # lines cleaned before the wrap are not reused


def _trafilatura_text(tree: HtmlElement, tf_url: str | None) -> str:
    import trafilatura

    _keep_joiners()
    doc = trafilatura.bare_extraction(
        tree, url=tf_url, include_comments=False, with_metadata=False, output_format="python"
    )
    text = getattr(doc, "text", None) if doc is not None else None
    return text or ""


SPLIT_BODY_COVERAGE = 0.7


def _coverage(paragraphs: Sequence[str], text: str) -> float:
    """Share of the paragraphs' characters found in the extracted text."""
    folded = re.sub(r"\s+", " ", text)
    total = sum(len(p) for p in paragraphs) or 1
    return sum(len(p) for p in paragraphs if re.sub(r"\s+", " ", p) in folded) / total


def _clean_text(text: str) -> str:
    lines = (_WS.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _repaired_copy(
    tree: HtmlElement,
    drop_selectors: Sequence[str],
    profile: SiteProfile | None = None,
    facts: TreeFacts | None = None,
) -> HtmlElement:
    """A copy of the page without the site's drop selectors, learned chrome, layout tables or
    stray-tag damage (FACTS: TREE's, read by the profile while the copy is still the same)."""
    copy = deepcopy(tree)
    remove_selectors(copy, drop_selectors)
    if profile is not None:
        same = facts is not None and facts.tree is tree and not drop_selectors
        apply_profile(copy, profile, facts if same else None)
    unwrap_layout_tables(copy)
    rejoin_orphan_paragraphs(copy)
    bare_div_paragraphs(copy)
    return copy


def extract_text(
    tree: HtmlElement,
    tf_url: str | None,
    drop_selectors: Sequence[str] = (),
    jsonld_body: str | None = None,
    profile: SiteProfile | None = None,
    facts: TreeFacts | None = None,
) -> str:
    """Article text of a parsed page: pruned-tree extraction, with fallbacks for short results,
    and the page's embedded body (JSON-LD, app state) when it is the fuller article (FACTS:
    the tree's profile facts, when other passes read them too)."""
    language = declared_language(tree)
    text = _visible_text(tree, tf_url, drop_selectors, profile, language, facts)
    embedded = [b for b in [jsonld_body, *embedded_bodies(tree)] if b]
    if embedded:
        bodies = [
            filter_chrome_lines(filter_lines(_clean_text(b), language), profile) for b in embedded
        ]
        text = choose_body(text, bodies)
    return text


def _visible_text(
    tree: HtmlElement,
    tf_url: str | None,
    drop_selectors: Sequence[str],
    profile: SiteProfile | None,
    language: str | None,
    facts: TreeFacts | None = None,
) -> str:
    pruned = _repaired_copy(tree, drop_selectors, profile, facts)
    prune_tree(pruned)
    text = _text_of(pruned, tf_url, profile, language)
    chunks = find_split_body(pruned)
    if chunks and _coverage(chunk_paragraphs(chunks), text) < SPLIT_BODY_COVERAGE:
        # the body was cut into chunks and the extractor kept only some: join them and retry
        join_chunks(chunks)
        joined = _text_of(pruned, tf_url, profile, language)
        if len(joined) > len(text):
            text = joined
    if len(text) < MIN_TEXT:
        # our pruning may have removed a body wrapped in a misleadingly named block
        base = _repaired_copy(tree, drop_selectors, profile, facts)
        unpruned = _text_of(base, tf_url, profile, language)
        if len(unpruned) > len(text):
            text = unpruned
    return text


def _text_of(
    tree: HtmlElement, tf_url: str | None, profile: SiteProfile | None, language: str | None
) -> str:
    raw = split_joined_blocks(_trafilatura_text(tree, tf_url), tree)
    text = filter_lines(_clean_text(raw), language)
    return filter_chrome_lines(text, profile)


_HEAD_LINES = 3
# visible machine dates, most specific first (schema.org microdata, hAtom, <time>)
_DATE_XPATHS = tuple(
    etree.XPath(xpath)
    for xpath in (
        "//*[@itemprop='datePublished']/@content|//*[@itemprop='datePublished']/@datetime"
        "|//*[@itemprop='datePublished']/@title",
        # RDFa (Drupal, many CMSs): schema.org and Dublin Core creation dates on any element
        "//*[@content][contains(@property, 'datePublished') or contains(@property, 'dateCreated')"
        " or contains(@property, 'dc:created') or contains(@property, 'dc:date')"
        " or contains(@property, 'dcterms:created') or contains(@property, 'dcterms:issued')]"
        "/@content",
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' published ')]/@datetime"
        "|//abbr[contains(concat(' ', normalize-space(@class), ' '), ' published ')]/@title",
    )
)
_TIME_XPATH = etree.XPath(".//time[@datetime]/@datetime")


def _story_time(tree: HtmlElement) -> list[str]:
    """The `<time datetime>` values of the page's largest `<article>`, else of the whole page.

    Themes that mark up each reader comment as an `<article>` (Invision, many WordPress
    themes) while the story's own stamp sits in a page header: the first `<article>`'s time
    was a comment's. The story is the article holding the most text."""
    articles = list(tree.iter("article"))
    if articles:
        story = max(articles, key=lambda a: len(a.text_content()))
        found = _TIME_XPATH(story)
        if found:
            return found
    return _TIME_XPATH(tree)


_DATE_SOURCES = (*_DATE_XPATHS, _story_time)


def _squash(value: str) -> str:
    return re.sub(r"[\W_]+", "", value.casefold())


_VISIBLE_TEXT = etree.XPath(
    "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]"
)


def _date_after_headline(
    tree: HtmlElement,
    title: str | None,
    language: str | None,
    profile: SiteProfile | None = None,
    facts: TreeFacts | None = None,
) -> str | None:
    """A date written in the story's own date line, nearest its headline (`headline_date`),
    else the one day the page writes at all (a byline under the body: 'op zondag maart 19,
    2017'); the rows where the site's PROFILE learned dates that are nobody's own are not
    read."""
    try:
        rows = fixed_date_rows(tree, profile, facts)
        inside = {d for row in rows for d in row.iter()}
        texts = _VISIBLE_TEXT(tree)
        if inside:
            texts = [
                t
                for t in texts
                if not (t.getparent() in inside and not (t.is_tail and t.getparent() in rows))
            ]
        flat = " ".join(" ".join(str(t) for t in texts).split())
    except Exception:
        return None
    found = headline_date(flat, title, language) if title else None
    if found is None:
        written = text_dates(flat, language)
        if len({value[:10] for _, value in written}) == 1:
            found = min(written)[1]
    return found


# a numeric date in any order ("(25/03/2017)", "03/25/17 10:24"): which part is the day does
# not matter to tell that a line is only a date
_NUMERIC_DATE = re.compile(
    r"[\W_]*\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}(?:[\sT,]+\d{1,2}[:.h]\d\d)?[\W_]*"
)


def _date_tail(rest: str) -> bool:
    """Whether REST, what follows a headline on its line, is only its date."""
    return bool(rest.strip()) and (bool(_NUMERIC_DATE.fullmatch(rest)) or is_date_line(rest))


def strip_leading_headings(text: str, headings: Sequence[str], site_name: str | None = None) -> str:
    """Drop headline and site-name lines at the top of the text, and a headline line that
    carries its date ("Headline (25/03/2017)"): they are metadata, not body."""
    heads = [" ".join(h.split()) for h in headings if text_weight(_squash(h)) >= 10]
    squashed = {_squash(h) for h in heads}
    if site_name and len(_squash(site_name)) >= 3:
        squashed.add(_squash(site_name))
    lines = text.split("\n")
    drop = 0
    for line in lines[:_HEAD_LINES]:
        flat = " ".join(line.split())
        dated = any(flat.startswith(h) and _date_tail(flat[len(h) :]) for h in heads)
        if _squash(line) not in squashed and not dated:
            break
        drop += 1
    if drop and len(lines) > drop:
        return "\n".join(lines[drop:])
    return text


def _h1_text(tree: HtmlElement) -> str | None:
    h1s = [heading_text(h) for h in tree.iter("h1")]
    h1s = [h for h in h1s if h]
    return h1s[0] if len(h1s) == 1 else None


_HEADING_XPATH = (
    etree.XPath("//h1|//h2|//h3|//*[contains(@class, 'title') or contains(@class, 'headline')]"),
    etree.XPath("//b|//strong|//font"),  # legacy layouts mark the headline up visually only
)


def _heading_texts(tree: HtmlElement) -> list[str]:
    """Short texts that may be the page's own headline, most specific first."""
    out: list[str] = []
    for xpath in _HEADING_XPATH:
        for el in xpath(tree)[:60]:
            text = heading_text(el)
            if 8 <= len(text) <= 250:
                out.append(text)
    return out


_ADDRESS = re.compile(r"^(\[[0-9a-f:.]+\]|[\d.]+|localhost)(:\d+)?$|:\d+$", re.I)


def _first_own_heading(
    tree: HtmlElement, profile: SiteProfile, html_title: str | None
) -> str | None:
    """The page's headline when its h1 is the site's: a heading that is not a constant one.

    A heading that is also the (affix-stripped) <title> wins, and the <title> wins over a
    heading that writes it between labels (SMF: "Author Topic: <title> (Read 876 times)");
    else the first h1/h2/h3 the site does not repeat (Joomla: h1 category, h2 article;
    Blogger: h1 blog, h3 post).
    """
    first = None
    wanted = _squash(html_title) if html_title else ""
    for el in tree.iter("h1", "h2", "h3"):
        text = heading_text(el)
        squashed = _squash(text)
        if not (3 <= len(text) <= 250) or is_constant_title(text, profile, el.tag):
            continue
        if not re.search(r"[^\W\d_]", text):
            continue  # a date header, a number
        if wanted and len(squashed) >= 8 and squashed in wanted:
            return text
        if wanted and len(wanted) >= 8 and wanted in squashed and html_title:
            return re.sub(r"\s+", " ", html_title).strip()
        first = first or text
    return first


def _dedupe(values: Sequence[str], limit: int = 30) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        value = re.sub(r"\s+", " ", value).strip()
        if value and value.casefold() not in seen and len(value) <= 80:
            seen.add(value.casefold())
            out.append(value)
    return out[:limit]


class _TrafilaturaMeta:
    """trafilatura's metadata for one page, each field worked out only when it is asked for.

    `trafilatura.extract_metadata` runs every extractor (dates, categories, tags, license,
    author bylines) whatever the page's own meta tags and JSON-LD already gave us; here the
    cheap part (meta tags, JSON-LD) runs once and the rest only for the fields we fall back to,
    with the same steps and clean-up as `extract_metadata`. Neither copy changes the tree.
    """

    def __init__(self, tree: HtmlElement, tf_url: str | None) -> None:
        self._tree, self._tf_url = tree, tf_url
        self._doc: Any = None
        self._values: dict[str, Any] = {}
        self._full = False  # trafilatura's internals moved: use extract_metadata itself
        self.language: str | None = None  # the page's, for reading free-text dates

    def _base(self) -> Any:
        if self._doc is None:
            try:
                from trafilatura.metadata import examine_meta, extract_meta_json

                doc = examine_meta(self._tree)
                if doc.author and " " not in doc.author:
                    doc.author = None
                try:
                    doc = extract_meta_json(self._tree, doc)
                except Exception:
                    LOGGER.debug("trafilatura JSON metadata failed", exc_info=True)
            except (ImportError, AttributeError, TypeError):
                from trafilatura import extract_metadata

                self._full = True
                doc = extract_metadata(self._tree, default_url=self._tf_url)
            self._doc = doc
        return self._doc

    def _compute(self, attr: str) -> Any:
        doc = self._base()
        value = getattr(doc, attr, None)
        if self._full or (value and attr not in ("sitename", "date")):
            return value
        from trafilatura import metadata as tfm

        tree = self._tree
        if attr == "sitename":
            site = value or tfm.extract_sitename(tree)
            if site:
                site = site.lstrip("@")
                if site and "." not in site and not site[0].isupper():
                    site = site.title()
                return site
        if attr == "author":
            return tfm.extract_author(tree)
        if attr == "title":
            return tfm.extract_title(tree)
        if attr == "tags":
            return tfm.extract_catstags("tag", tree)
        page_url = doc.url or tfm.extract_url(tree, self._tf_url)
        if attr == "date":  # extract_metadata always asks htmldate, whatever JSON-LD said
            config = tfm.set_date_params(True)
            config["url"] = page_url
            with dates_in(self.language):
                return tfm.find_date(tree, **config)
        if attr == "sitename":
            match = tfm.META_URL.match(page_url) if page_url else None
            return match[1] if match else None
        return None

    def get(self, attr: str) -> Any:
        if attr not in self._values:
            try:
                value = self._compute(attr)
                if isinstance(value, str):
                    value = _tf_trim(value)
            except Exception:
                LOGGER.debug("trafilatura metadata %s failed", attr, exc_info=True)
                value = None
            self._values[attr] = value
        return self._values[attr]

    def text(self, attr: str) -> str | None:
        value = self.get(attr)
        return value if isinstance(value, str) and value.strip() else None


def _tf_trim(value: str) -> str:
    """trafilatura's Document.clean_and_trim for one value."""
    from html import unescape

    from trafilatura.utils import line_processing

    if len(value) > 10000:
        value = value[:9999] + "\u2026"
    return line_processing(unescape(value)) or ""


def _fill_metadata(
    result: Extraction,
    tree: HtmlElement,
    url: str,
    tf_url: str | None,
    ld: JsonLd,
    meta: dict[str, list[str]],
    profile: SiteProfile | None = None,
    facts: TreeFacts | None = None,
) -> None:
    host = urlsplit(url).hostname if url else None
    tf_meta = _TrafilaturaMeta(tree, tf_url)
    tf = tf_meta.text

    def tf_site() -> str | None:
        site = tf("sitename")
        # trafilatura falls back to the URL's host: an address with a port is no site name
        return None if site and _ADDRESS.match(site) else site

    result.site_name = (
        first_meta(meta, "og:site_name", "application-name")
        or ld.site_name
        or ld.publisher
        or tf_site()
    )

    title_el = tree.find(".//title")
    html_title = title_el.text_content() if title_el is not None else None
    h1 = _h1_text(tree)
    headings = _heading_texts(tree)
    if result.text:
        headings.insert(0, result.text.split("\n", 1)[0])
    og_title = first_meta(meta, "og:title", "twitter:title")
    if profile is not None and profile.trusted:
        # the site's learned template: names it repeats on every page are not headlines
        in_title = bool(h1 and html_title and _squash(h1) in _squash(html_title))
        if is_constant_title(h1, profile, "h1", in_title=in_title):
            h1 = None
        if is_constant_title(og_title, profile, "og"):
            og_title = None
        html_title = strip_title_affix(html_title, profile)
        og_title = strip_title_affix(og_title, profile)
        headings = [h for h in headings if not is_constant_heading(h, profile)]
        if not h1 and not og_title and not ld.headline:
            h1 = _first_own_heading(tree, profile, html_title)
    raw_title = ld.headline or og_title or h1 or html_title or tf("title")
    result.title = clean_title(raw_title, result.site_name, host, h1=h1, headings=headings)

    result.author = tf("author") or ("; ".join(ld.authors) if ld.authors else None)
    if not result.author:
        meta_author = first_meta(
            meta, "author", "article:author", "byl", "dc.creator", "sailthru.author"
        )
        if meta_author and not meta_author.startswith(("http://", "https://")):
            result.author = (
                re.sub(r"^(by|von|par|por)\s+", "", meta_author, flags=re.I).strip() or None
            )
    if not result.author:
        result.author = find_byline(tree)

    result.language = (
        declared_language(tree)
        or normalize_language(
            first_meta(meta, "content-language", "language", "dc.language", "og:locale")
        )
        or normalize_language(ld.language)
        or detect_language(result.text)
    )
    published = normalize_date(ld.published) or normalize_date(
        first_meta(
            meta,
            "article:published_time",
            "og:published_time",
            "datepublished",
            "publishdate",
            "pubdate",
            "publish-date",
            "date",
            "dc.date",
            "dc.date.issued",
            "dc.date.created",
            "dcterms.created",
            "dcterms.date",
            "sailthru.date",
            "parsely-pub-date",
        )
    )
    if not published:
        for source in _DATE_SOURCES:
            found = source(tree)
            published = normalize_date(str(found[0])) if found else None
            if published:
                break
    if not published:
        published = _date_after_headline(tree, result.title, result.language, profile, facts)
    tf_meta.language = result.language
    result.published = published or normalize_date(tf("date"))
    result.modified = normalize_date(ld.modified) or normalize_date(
        first_meta(
            meta,
            "article:modified_time",
            "og:updated_time",
            "datemodified",
            "last-modified",
            "dcterms.modified",
        )
    )

    result.description = first_meta(
        meta, "og:description", "description", "twitter:description"
    ) or (ld.description or tf("description"))
    tags = list(ld.keywords) + meta.get("article:tag", [])
    if not tags:
        for kw in meta.get("keywords", [])[:1] + meta.get("news_keywords", [])[:1]:
            tags.extend(k for k in kw.split(",") if k.strip())
    if not tags:
        tags.extend(t for t in (tf_meta.get("tags") or []) if isinstance(t, str))
    result.tags = _dedupe(tags)
    result.image = resolve_url(
        url,
        first_meta(meta, "og:image", "og:image:url", "twitter:image", "twitter:image:src")
        or ld.image
        or tf("image"),
    )

    canonical = None
    for link in tree.xpath("//link[@href]"):
        if "canonical" in (link.get("rel") or "").lower().split():
            canonical = resolve_url(url, link.get("href"))
            if canonical:
                break
    result.canonical_url = canonical or resolve_url(url, first_meta(meta, "og:url"))


def extract_page(
    body: bytes | str,
    url: str,
    *,
    content_type: str | None = None,
    drop_selectors: Sequence[str] = (),
    profile: SiteProfile | None = None,
    features: bool = False,
) -> Extraction:
    """Clean article text and metadata of one page.

    PROFILE, the site's template learned from its other pages (`profile.learn_profile`), drops
    the site's chrome, constant headings and title affix; without one (or with one learned from
    too few pages) the page is judged alone. FEATURES: also return what the page gives its
    site's profile (`result.features`, from the tree parsed here).

    Never raises on any input (malformed, binary, empty): returns an Extraction with empty
    text instead.
    """
    result = Extraction()
    try:
        _extract_into(result, body, url or "", content_type, drop_selectors, profile, features)
    except Exception:
        LOGGER.warning("extraction failed for %s", url, exc_info=True)
    return result


def _extract_into(
    result: Extraction,
    body: bytes | str,
    url: str,
    content_type: str | None,
    drop_selectors: Sequence[str],
    profile: SiteProfile | None = None,
    features: bool = False,
) -> None:
    if isinstance(body, str):
        text, charset = body, "utf-8"
    else:
        text, charset = decode_html(bytes(body or b""), content_type)
    result.charset = charset
    tree = parse_html(text)
    if tree is None:
        result.page_kind, result.kind_reason = "other", "empty"
        return
    facts = TreeFacts(tree)  # what the profile's passes over this tree read, once
    if features:
        try:
            result.features = page_features(tree, url, facts)
        except Exception:
            LOGGER.warning("profile features failed for %s", url, exc_info=True)
    if profile is not None and not profile.trusted:
        profile = None
    result.profile_version = profile.version if profile is not None else None
    tf_url = url or None  # trafilatura takes any URL; courlan's checks only touch metadata
    ld = parse_jsonld(tree)
    meta = meta_tags(tree)
    teaser_nodes: list[HtmlElement] = []
    article_count, link_density, teasers, dates = page_signals_from_tree(tree, teaser_nodes)
    headlines = teaser_headlines(tree, teaser_nodes)

    try:
        result.text = extract_text(tree, tf_url, drop_selectors, ld.body, profile, facts)
    except Exception:
        LOGGER.warning("text extraction failed for %s", url, exc_info=True)
    try:
        _fill_metadata(result, tree, url, tf_url, ld, meta, profile, facts)
        heads = [result.title, ld.headline, _h1_text(tree)]
        heads += [first_meta(meta, k) for k in ("og:title", "twitter:title")]
        result.text = strip_leading_headings(result.text, [h for h in heads if h], result.site_name)
    except Exception:
        LOGGER.warning("metadata extraction failed for %s", url, exc_info=True)

    signals = PageSignals(
        jsonld_types=ld.types,
        og_type=first_meta(meta, "og:type"),
        text_length=text_weight(result.text),
        has_date=bool(result.published),
        article_count=article_count,
        link_density=link_density,
        teaser_count=teasers,
        distinct_dates=dates,
        linked_lines=linked_line_share(result.text, tree),
        teasers_in_text=teasers_in_text(result.text, headlines),
    )
    links = item_links(tree, url, profile.article_shape if profile is not None else None)
    if links:
        signals.item_links = len(links)
        signals.text_chars = len(result.text)
        signals.own_text = own_text(result.text, links) if links else None
        signals.site_prose = profile.usual_prose if profile is not None else 0
        signals.article_shape = profile.article_shape(url) if profile is not None else None
    result.page_kind, result.kind_reason = classify_page(url, signals)
    if result.features is not None:
        result.features.kind = result.page_kind
