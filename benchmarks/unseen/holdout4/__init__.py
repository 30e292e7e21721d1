"""Fourth held-out group of the unseen-CMS benchmark (issue #8): do NOT read or tune on these sites."""

from __future__ import annotations

import unicodedata

import benchmarks.unseen.text_h4  # noqa: F401  (registers the sv, cs, el, hi, id banks)


def slugify(title: str) -> str:
    """A lower-case ASCII slug with accents dropped (empty for titles in non-Latin scripts)."""
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", title) if not unicodedata.combining(c)
    ).lower()
    return "-".join("".join(c if c.isascii() and c.isalnum() else " " for c in plain).split())[:70]
