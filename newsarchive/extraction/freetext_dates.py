"""htmldate's last-resort reading of free-text dates, in the page's language (and English)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

__all__ = ["dates_in"]

# htmldate's own dateparser settings (htmldate.extractors.get_external_parser); htmldate asks
# for every one of dateparser's ~200 languages, which costs some 4 CPU s in each process the
# first time a string is in none of them (each language's patterns are built) and ~40 ms a
# string after that. A page's dates are written in its language, or in its theme's English.
_SETTINGS = {
    "NORMALIZE": True,
    "PARSERS": ["custom-formats", "absolute-time"],
    "PREFER_DATES_FROM": "past",
    "PREFER_LOCALE_DATE_ORDER": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}

_last: list[str | None] = [None]  # the languages htmldate's cached readings were made in


@lru_cache(maxsize=64)
def _parser(language: str) -> Any:
    """A dateparser for LANGUAGE and English; None when dateparser does not know LANGUAGE."""
    from dateparser import DateDataParser

    try:
        parser = DateDataParser(languages=list(dict.fromkeys([language, "en"])), settings=_SETTINGS)
        parser.get_date_data("2017")  # the languages are checked when first used
    except ValueError:  # "Unknown language(s): 'xx'"
        return None
    return parser


@contextmanager
def dates_in(language: str | None) -> Iterator[None]:
    """Within: htmldate reads free-text dates in LANGUAGE (a page's tag: 'de', 'pt-BR') and
    English only; in all of dateparser's languages when LANGUAGE is None or unknown to it.

    htmldate caches what it read from a string whatever the language, so the cache is emptied
    whenever the language changes: a page's date never depends on the pages read before it.
    """
    try:
        from htmldate import extractors
    except ImportError:
        yield
        return
    base = language.split("-")[0].lower() if language else None
    parser = _parser(base) if base else None
    key = base if parser is not None else None
    if key != _last[0] and hasattr(extractors, "try_date_expr"):
        extractors.try_date_expr.cache_clear()
        _last[0] = key
    original = getattr(extractors, "get_external_parser", None)
    if parser is None or original is None:
        yield
        return
    extractors.get_external_parser = lambda: parser  # type: ignore[assignment]
    try:
        yield
    finally:
        extractors.get_external_parser = original
