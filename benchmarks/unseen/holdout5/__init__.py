"""Fifth held-out group of unseen-CMS sites (issue #8): never read or tuned on."""

import re
import unicodedata

import benchmarks.unseen.text_h5  # noqa: F401  (registers the fi, he, ro, hu, th banks)


def ascii_slug(title: str, fallback: str) -> str:
    """A URL segment as PHP/Python CMSs make one: accents dropped, other characters to dashes."""
    flat = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", flat).strip("-")[:70].strip("-") or fallback
