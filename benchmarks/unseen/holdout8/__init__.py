"""Eighth held-out group of unseen-CMS sites (issue #8): never read or tuned on."""
# ruff: noqa: RUF001  (non-Latin scripts and typographic quotes are the point here)

import re
import unicodedata

import benchmarks.unseen.text_extra
import benchmarks.unseen.text_h3
import benchmarks.unseen.text_h4  # noqa: F401  (registers the sv bank)


def ascii_slug(title: str, fallback: str) -> str:
    """A URL segment as PHP CMSs make one: accents dropped, other characters to dashes."""
    flat = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    flat = flat.replace("ı", "i")
    return re.sub(r"[^a-z0-9]+", "-", flat).strip("-")[:70].strip("-") or fallback
