"""Two-letter language codes: from declared page languages, else identified from the text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from lxml.html import HtmlElement

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

__all__ = ["declared_language", "detect_language", "normalize_language"]


def normalize_language(value: str | None) -> str | None:
    """'en-US', 'en_GB', 'EN' -> 'en'; None for anything not shaped like a language tag."""
    if not value:
        return None
    code = re.split(r"[-_,;\s]", value.strip().lower(), maxsplit=1)[0]
    return code if re.fullmatch(r"[a-z]{2}", code) else None


MIN_CONFIDENCE = 0.5  # below it a text is too short or too mixed to name its language
SAMPLE_CHARS = 3000


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    """py3langid's model (97 languages), loaded on first use, probabilities normalised."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The language of TEXT by py3langid, or None when it is not confident."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < 20:
        return None
    code, confidence = _identifier().classify(sample)
    return normalize_language(code) if confidence >= MIN_CONFIDENCE else None


def declared_language(tree: HtmlElement) -> str | None:
    """The language the page's <html lang> names, if any."""
    html_el = tree if tree.tag == "html" else tree.find(".//html")
    if html_el is None:
        return None
    return normalize_language(html_el.get("lang") or html_el.get("xml:lang"))
