"""Seventh held-out group of unseen-CMS sites (issue #8): never read or tuned on."""

import re
import unicodedata

import benchmarks.unseen.text_h7  # noqa: F401  (registers the fa and uk banks)


def ascii_slug(title: str, fallback: str) -> str:
    """A URL segment as PHP/.NET CMSs make one: accents dropped, other characters to dashes."""
    flat = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", flat).strip("-")[:70].strip("-") or fallback
