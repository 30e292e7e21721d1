"""Twelfth holdout group of unseen-CMS sites (issue #8): never read or tuned on."""

import re
import unicodedata

import benchmarks.unseen.text_h12  # noqa: F401  (registers the et, lv, sq, sw, eu, ur banks)


def slugify(title: str, fallback: str, limit: int = 70) -> str:
    """A URL segment: accents dropped, anything else to dashes (non-Latin titles fall back)."""
    flat = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", flat).strip("-")[:limit].strip("-") or fallback
