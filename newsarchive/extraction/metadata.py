"""Page metadata from the HTML head: JSON-LD, meta tags, canonical link, title and date cleanup."""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from babel import Locale, UnknownLocaleError
from lxml.html import HtmlElement

from newsarchive.extraction.digits import ascii_digits
from newsarchive.extraction.schema_types import ARTICLE_TYPES

__all__ = [
    "JsonLd",
    "clean_title",
    "find_byline",
    "heading_text",
    "is_date_line",
    "meta_tags",
    "normalize_date",
    "parse_jsonld",
    "resolve_url",
    "text_date",
]


@dataclass(slots=True)
class JsonLd:
    """What the page's JSON-LD blocks say (the first article-typed object wins)."""

    types: list[str] = field(default_factory=list)
    headline: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    keywords: list[str] = field(default_factory=list)
    image: str | None = None
    description: str | None = None
    publisher: str | None = None
    language: str | None = None
    body: str | None = None
    site_name: str | None = None


def _loads(raw: str) -> Any:
    raw = raw.strip()
    if raw.startswith("<!--"):
        raw = raw[4:]
    if raw.endswith("-->"):
        raw = raw[:-3]
    raw = raw.strip().rstrip(";")
    try:
        return json.loads(raw, strict=False)
    except ValueError:
        # trailing commas are the most common authoring error
        try:
            return json.loads(re.sub(r",\s*([}\]])", r"\1", raw), strict=False)
        except ValueError:
            return None


def _walk(node: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > 6:
        return
    if isinstance(node, list):
        for item in node:
            _walk(item, out, depth + 1)
    elif isinstance(node, dict):
        out.append(node)
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in node:
                _walk(node[key], out, depth + 1)


def _types(obj: dict[str, Any]) -> list[str]:
    value = obj.get("@type")
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        value = re.sub(r"\s+", " ", value).strip()
        return value or None
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or value.get("text"))
    if isinstance(value, list) and value:
        return _text(value[0])
    return None


def _names(value: Any) -> list[str]:
    if isinstance(value, list):
        names: list[str] = []
        for item in value:
            names.extend(_names(item))
        return names
    name = _text(value)
    if not name or name.startswith(("http://", "https://")):
        return []
    return [name]


def _image(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _image(value.get("url") or value.get("contentUrl") or value.get("@id"))
    if isinstance(value, list) and value:
        return _image(value[0])
    return None


def _keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        return [k.strip() for k in value.split(",") if k.strip()]
    if isinstance(value, list):
        out: list[str] = []
        for item in value:
            out.extend(_keywords(item) if isinstance(item, str) else _names(item))
        return out
    return []


def parse_jsonld(tree: HtmlElement) -> JsonLd:
    """Collect types and article fields from every JSON-LD block, tolerating broken JSON."""
    result = JsonLd()
    objects: list[dict[str, Any]] = []
    for script in tree.xpath("//script[contains(translate(@type,'LDJSON','ldjson'),'ld+json')]"):
        data = _loads(script.text or "")
        if data is not None:
            _walk(data, objects)
    article: dict[str, Any] | None = None
    for obj in objects:
        types = _types(obj)
        result.types.extend(types)
        if article is None and {t.lower() for t in types} & ARTICLE_TYPES:
            article = obj
        if result.site_name is None and {t.lower() for t in types} & {"website", "organization"}:
            result.site_name = _text(obj.get("name"))
    if article is None:
        return result
    result.headline = _text(article.get("headline")) or _text(article.get("name"))
    result.authors = _names(article.get("author") or article.get("creator"))
    result.published = _text(article.get("datePublished") or article.get("dateCreated"))
    result.modified = _text(article.get("dateModified"))
    result.keywords = _keywords(article.get("keywords"))
    result.image = _image(article.get("image") or article.get("thumbnailUrl"))
    result.description = _text(article.get("description"))
    publisher = article.get("publisher")
    result.publisher = _text(publisher) if publisher else None
    result.language = _text(article.get("inLanguage"))
    body = article.get("articleBody")
    result.body = body.strip() if isinstance(body, str) and body.strip() else None
    return result


def meta_tags(tree: HtmlElement) -> dict[str, list[str]]:
    """All <meta> values keyed by lower-cased property/name/itemprop/http-equiv."""
    out: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        content = el.get("content")
        if key and content and content.strip():
            out.setdefault(key.strip().lower(), []).append(content.strip())
    return out


def first_meta(meta: dict[str, list[str]], *keys: str) -> str | None:
    """The first non-empty meta value among keys."""
    for key in keys:
        values = meta.get(key)
        if values:
            return values[0]
    return None


def resolve_url(base: str, href: str | None) -> str | None:
    """An absolute http(s) URL for href resolved against base, or None."""
    if not href:
        return None
    href = href.strip()
    try:
        absolute = urljoin(base, href) if base else href
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return absolute


_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LOOSE_ISO = re.compile(
    r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:\.\d+)?)?)?\s*"
    r"(Z|[+\-]\d{2}:?\d{2})?$"
)


def normalize_date(value: str | None) -> str | None:
    """ISO 8601 for a machine date string: 'YYYY-MM-DD' or a datetime keeping its offset."""
    if not value:
        return None
    value = value.strip()
    match = _LOOSE_ISO.match(value)
    if match:
        y, mo, d, h, mi, s, tz = match.groups()
        if h is None:
            return _valid_date(f"{y}-{mo}-{d}")
        tz = tz or ""
        if tz and tz != "Z" and ":" not in tz:
            tz = f"{tz[:3]}:{tz[3:]}"
        candidate = f"{y}-{mo}-{d}T{h}:{mi}:{s or '00'}{'+00:00' if tz == 'Z' else tz}"
        try:
            return datetime.fromisoformat(candidate).isoformat()
        except ValueError:
            return _valid_date(f"{y}-{mo}-{d}")
    try:
        from dateutil import parser as dateparser

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unknown zone names ("IST") are dropped, not fatal
            parsed = dateparser.parse(value, fuzzy=False)
    except (ImportError, ValueError, OverflowError, TypeError):
        return None
    if parsed.year < 1990:
        return None
    if parsed.hour == parsed.minute == parsed.second == 0 and parsed.tzinfo is None:
        return parsed.date().isoformat()
    return parsed.isoformat()


def _valid_date(value: str) -> str | None:
    try:
        return datetime.strptime(value, "%Y-%m-%d").date().isoformat()
    except ValueError:
        return None


_SEPARATORS = re.compile(r"\s+[|\-\u2013\u2014\u00b7\u2022:\u00bb\u00ab/]\s+|\s*\|\s*|\s+::\s+")


def _squash(value: str) -> str:
    return re.sub(r"[\W_]+", "", value.casefold())


_WORD = re.compile(r"\w")
_NOT_WORDS = frozenset(("svg", "script", "style", "noscript", "template"))


def _is_mark(el: HtmlElement) -> bool:
    """A heading's permalink or icon, not its words: an in-page link or a hidden element
    without a letter or digit ('¶', '#', '§'), or markup that shows no words (an svg icon)."""
    if el.tag in _NOT_WORDS:
        return True
    if el.get("aria-hidden") != "true" and not (
        el.tag == "a" and (el.get("href") or "").startswith("#")
    ):
        return False
    return not _WORD.search(el.text_content())


def heading_text(el: HtmlElement) -> str:
    """A heading's text, whitespace collapsed, without the permalink marks that documentation
    and blog generators put in headings (Python-Markdown's and Sphinx's 'headerlink' '¶')."""
    if not any(isinstance(d.tag, str) and _is_mark(d) for d in el.iterdescendants()):
        return " ".join(el.text_content().split())
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        if node.text and isinstance(node.tag, str):
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and not _is_mark(child):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return " ".join("".join(parts).split())


def _names_site(part: str, site_name: str | None, host: str | None) -> bool:
    squashed = _squash(part)
    if not squashed:
        return True
    if site_name:
        site = _squash(site_name)
        if site and (
            squashed == site or (len(site) > 3 and (site in squashed or squashed in site))
        ):
            return True
    if host:
        labels = [_squash(lab) for lab in host.lower().split(".") if lab not in ("www", "m")]
        if any(
            lab and len(lab) > 2 and (squashed == lab or squashed.startswith(lab))
            for lab in labels[:-1]
        ):
            return True
        if squashed == _squash(host):
            return True
    return False


def _as_heading(text: str) -> str:
    """A heading candidate as a headline: whitespace collapsed, and without the bars a text
    line that is a one-cell table row ('| Headline |', as trafilatura writes rows) has."""
    return re.sub(r"\s+", " ", text).strip().strip("|").strip()


def clean_title(
    title: str | None,
    site_name: str | None,
    host: str | None,
    h1: str | None = None,
    headings: Sequence[str] = (),
) -> str | None:
    """Strip ' | Site', ' - Site', 'Site :: ' parts naming the site from a headline.

    A part equal to one of the page's headings (h1-h3, first text line) is the headline.
    """
    if not title:
        return None
    title = re.sub(r"\s+", " ", title).strip()
    if h1 and _squash(h1) and _squash(h1) in _squash(title) and len(h1) >= 0.4 * len(title):
        return re.sub(r"\s+", " ", h1).strip()
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title or None
    squashed_title = _squash(title)
    for head in headings:
        sq = _squash(head or "")
        # the page's own heading is the title minus the site part ("Headline - Site")
        if len(sq) >= 0.4 * len(squashed_title) and (
            squashed_title.startswith(sq) or squashed_title.endswith(sq)
        ):
            return _as_heading(head)
    squashed_heads = {_squash(h) for h in headings if h and len(_squash(h)) > 8}
    for part in parts:
        if _squash(part) in squashed_heads:
            return part.strip()
    seps = _SEPARATORS.findall(title)
    # drop site-naming parts at either end, keep the rest joined as written
    while len(parts) > 1 and _names_site(parts[-1], site_name, host):
        parts.pop()
        seps.pop()
    while len(parts) > 1 and _names_site(parts[0], site_name, host):
        parts.pop(0)
        seps.pop(0)
    out = parts[0]
    for sep, part in zip(seps, parts[1:], strict=False):
        out += sep + part
    return out.strip() or title


_BYLINE = re.compile(
    r"^\s*(?i:by|von|par|por|di|door|av|af|written by|posted by|reporting by)\s*:?\s+"
    r"((?:(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019.\-]*|(?i:van|von|de|del|da|der|la|le|du|y))\s*){2,6})"
    r"(?:[,|/\u2013\u2014-].{0,60})?$"
)


def find_byline(tree: HtmlElement, limit: int = 3000) -> str | None:
    """An author name from a visible 'By Name' / 'Por Name' line near the top of the page."""
    body = tree.find(".//body")
    if body is None:
        return None
    for i, el in enumerate(body.iter()):
        if i > limit:
            break
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "title", "a"):
            continue
        text = el.text_content()
        if not text or len(text) > 100:
            continue
        match = _BYLINE.match(re.sub(r"\s+", " ", text))
        if match:
            return match.group(1).strip()
    return None


# Dates as bylines write them ("Publié le 3 novembre 2026 à 14h05", "03.11.2026 01:15",
# "November 3, 2026 at 2:05 pm", "14 Maret 2017", "2017年3月14日"): month names come from
# CLDR (babel) for the page's language, plus English, which sites in every language use.
_TIME = (
    r"(?:\s*(?:,|à|a|at|um|alle|a las|às|в|om|-|\u2013|\|)?\s*"
    r"(?P<h>[012]?\d)\s*[:hH.]\s*(?P<mi>[0-5]\d)(?!\d)\s*(?P<ap>[ap]\.?\s?m\.?)?)?"
)
_NUMERIC_DATES = [
    re.compile(rf"(?<!\d)(?P<d>[0-3]?\d)\s*[.](?P<mo>[01]?\d)\s*[.](?P<y>20\d\d)(?!\d){_TIME}"),
    # year first is never day-month: 2017-03-14, 2017-3-3, 2017/3/14, 2017.03.14 (not in a path)
    re.compile(
        rf"(?<![\d/.-])(?P<y>20\d\d)(?P<sep>[-/.])(?P<mo>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)"
        rf"(?!\d|(?P=sep)\d){_TIME}"
    ),
    # 01-03-2017 (day first: forums and European sites; the US writes 03/01/2017)
    re.compile(rf"(?<![\d-])(?P<d>[0-3]?\d)-(?P<mo>[01]?\d)-(?P<y>20\d\d)(?!\d){_TIME}"),
]


@lru_cache(maxsize=32)
def month_names(language: str | None) -> dict[str, int]:
    """Lower-cased month names and abbreviations (every case CLDR lists) of LANGUAGE and English."""
    names: dict[str, int] = {}
    for number, name in _cldr_names("months", language):
        if len(name) >= 2 and not name.isdigit():
            names.setdefault(name, number)
    return names


def _cldr_names(field: str, language: str | None) -> Iterator[tuple[int, str]]:
    """(number, lower-cased name without its dot) of CLDR's FIELD ('months', 'days'), wide and
    abbreviated, format and stand-alone, in English and LANGUAGE."""
    for code in ("en", language) if language and language != "en" else ("en",):
        try:
            names = getattr(Locale.parse(code.replace("-", "_")), field)
        except (ValueError, TypeError, UnknownLocaleError):
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in names[context][width].items():
                    yield number, name.lower().rstrip(".")


@lru_cache(maxsize=32)
def _text_date_patterns(language: str | None) -> tuple[re.Pattern[str], ...]:
    """The numeric date patterns and the ones with month names of LANGUAGE (and English)."""
    month = "|".join(sorted((re.escape(n) for n in month_names(language)), key=len, reverse=True))
    return (
        *_NUMERIC_DATES,
        # 14 March 2017, 3. März 2017, 5 de marzo de 2017, 14 March, 2017
        re.compile(
            rf"(?<!\w)(?P<d>[0-3]?\d)(?:er|\.|º)?\s+(?:de\s+)?(?P<mon>{month})\.?,?\s+(?:de\s+)?"
            rf"(?P<y>20\d\d)(?!\d){_TIME}",
            re.I,
        ),
        # March 14, 2017
        re.compile(
            rf"(?<!\w)(?P<mon>{month})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>20\d\d)(?!\d)"
            rf"{_TIME}",
            re.I,
        ),
        # 2017年3月14日, 2017년 3월 14일, 2017. március 14.
        re.compile(
            rf"(?<!\d)(?P<y>20\d\d)\s*[年년.]?\s*(?P<mon>{month})\.?\s*(?P<d>[0-3]?\d)(?!\d)"
            rf"\s*[日일.]?{_TIME}",
            re.I,
        ),
    )


_UPDATED_BEFORE = re.compile(
    r"(updated|modified|mis à jour|modifié|actualizado|aktualisiert|aggiornato|atualizado|"
    r"bijgewerkt|обновлено|изменено)\W{0,12}(le|on|am|el|il|em|op)?\W{0,3}$",
    re.I,
)


def is_date_line(line: str, language: str | None = None) -> bool:
    """LINE is a date (and time) and nothing else but punctuation and weekday names, in
    English or LANGUAGE: "| 01-03-2017, 10:24 |", "onsdag 1 mars 2017"."""
    if len(line) > 80 or not any(c.isdigit() for c in line):
        return False
    rest = line = ascii_digits(line)
    for pattern in _text_date_patterns(language):
        rest = pattern.sub(" ", rest)
    if rest == line:
        return False
    return not re.search(r"\w", _weekdays(language).sub(" ", rest))


@lru_cache(maxsize=32)
def _weekdays(language: str | None) -> re.Pattern[str]:
    """Weekday names and abbreviations (CLDR) of LANGUAGE and English, as whole words."""
    names = {name for _, name in _cldr_names("days", language)}
    alternatives = "|".join(sorted(map(re.escape, filter(None, names)), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})\.?(?!\w)", re.I)


_A_DIGIT = re.compile(r"\d")


def without_dates(text: str, language: str | None = None) -> str:
    """TEXT with every date (and its time) it writes replaced by '#'."""
    if not _A_DIGIT.search(text):  # every date pattern needs a digit
        return text
    for pattern in _text_date_patterns(language):
        text = pattern.sub(" # ", text)
    return text


def text_date(window: str, language: str | None = None) -> str | None:
    """The first publication date written in WINDOW (a byline), skipping "Updated ..." dates.

    ISO 8601: a naive date-time when a time is written (the site's zone applies), else a date.
    """
    found = text_dates(window, language)
    return min(found)[1] if found else None


BEFORE_HEADLINE = 80  # characters before a headline where its own date line may sit
AFTER_HEADLINE = 250


def headline_date(flat: str, headline: str, language: str | None = None) -> str | None:
    """The story's own date line: the date written nearest its headline in the page's text FLAT.

    Bylines sit right under the headline (or, on legacy portals, right above it: "01.04.2017
    16:19 | Views: 916" then the headline); lists of other stories with their dates come
    later. The first date after the headline wins; else the last one just before it. Each
    of the headline's first three places in the text is tried, in order.
    """
    head = " ".join(headline.split())
    start = 0
    for _ in range(3):
        pos = flat.find(head, start) if head else -1
        if pos < 0:
            return None
        end = pos + len(head)
        after = text_dates(flat[end : end + AFTER_HEADLINE], language)
        if after:
            return min(after)[1]
        before = text_dates(flat[max(0, pos - BEFORE_HEADLINE) : pos], language)
        if before:
            return max(before)[1]
        start = end
    return None


def text_dates(window: str, language: str | None = None) -> list[tuple[int, str]]:
    """Every publication date written in WINDOW with its position ("Updated ..." ones skipped),
    in the digits of any script."""
    window = ascii_digits(window)
    found: list[tuple[int, str]] = []
    names = month_names(language)
    for pattern in _text_date_patterns(language):
        for m in pattern.finditer(window):
            if _UPDATED_BEFORE.search(window[max(0, m.start() - 30) : m.start()]):
                continue
            month = int(m.group("mo")) if "mo" in m.groupdict() and m.group("mo") else None
            if month is None:
                month = names.get(m.group("mon").lower().rstrip("."))
            try:
                day = datetime(int(m.group("y")), month or 0, int(m.group("d")))
            except (TypeError, ValueError):
                continue
            value = day.date().isoformat()
            if m.group("h") is not None:
                hour = int(m.group("h"))
                ap = (m.group("ap") or "").lower()
                if ap.startswith("p") and hour < 12:
                    hour += 12
                elif ap.startswith("a") and hour == 12:
                    hour = 0
                if hour < 24:
                    value = day.replace(hour=hour, minute=int(m.group("mi"))).isoformat()
            found.append((m.start(), value))
    return found
