"""Third held-out group of the unseen-CMS benchmark (issue #8): do NOT read or tune on these sites."""
# ruff: noqa: RUF001  (transliteration of non-ASCII letters is the point here)

from __future__ import annotations

import unicodedata

import benchmarks.unseen.text_h3  # noqa: F401  (registers the pl, tr, vi banks)

_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss"})


def ascii_slug(title: str, keep: str = "-") -> str:
    """A lower-case ASCII slug of a title, transliterated as CMS slug helpers do."""
    folded = unicodedata.normalize("NFKD", title.translate(_FOLD))
    plain = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    words = "".join(c if c.isascii() and c.isalnum() else " " for c in plain).split()
    return keep.join(words)[:80].strip(keep)
