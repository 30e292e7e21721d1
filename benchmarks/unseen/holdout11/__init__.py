"""Eleventh held-out group of unseen-CMS sites (issue #8): built after holdout10 was spent; never read or tuned on."""

import hashlib
import re
import unicodedata

import benchmarks.unseen.text_h11  # noqa: F401  (registers the sk, ca, lt, ms, sl and bn banks)


def latin_slug(title: str, fallback: str, limit: int = 70) -> str:
    """A URL segment as most CMSs make one from a Latin-script title: accents dropped, others to dashes."""
    flat = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", flat).strip("-")[:limit].strip("-") or fallback


def hid(*parts: object, n: int = 10) -> str:
    """A stable hex id (as CMSs hash resource paths into element ids)."""
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]
