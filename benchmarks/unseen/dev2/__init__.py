"""Second development group of unseen-CMS sites (issue #8): built to be read and tuned on."""

import re
import unicodedata

import benchmarks.unseen.text_d2  # registers the da bank
import benchmarks.unseen.text_h3  # noqa: F401  (registers the pl bank)


def ascii_slug(title: str, fallback: str) -> str:
    """A URL segment as PHP CMSs make one: accents dropped (æ ø å spelled out), others to dashes."""
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("Æ", "Ae"), ("Ø", "Oe"), ("Å", "Aa")):
        title = title.replace(a, b)
    flat = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", flat).strip("-")[:70].strip("-") or fallback
