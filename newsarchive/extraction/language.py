"""Two-letter language codes: from declared page languages, else a cheap stopword vote."""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["detect_language", "normalize_language"]

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "that",
            "for",
            "it",
            "was",
            "with",
            "as",
            "on",
            "said",
            "are",
            "be",
            "by",
            "this",
            "have",
            "from",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "und",
            "das",
            "ist",
            "nicht",
            "ein",
            "eine",
            "zu",
            "den",
            "mit",
            "von",
            "sich",
            "auf",
            "für",
            "im",
            "dem",
            "des",
            "auch",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "des",
            "est",
            "une",
            "dans",
            "pour",
            "que",
            "qui",
            "pas",
            "sur",
            "au",
            "du",
            "avec",
            "il",
            "elle",
            "aux",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "del",
            "que",
            "en",
            "por",
            "con",
            "una",
            "para",
            "es",
            "se",
            "al",
            "como",
            "más",
            "pero",
            "sus",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "la",
            "che",
            "di",
            "e",
            "per",
            "una",
            "sono",
            "della",
            "non",
            "con",
            "gli",
            "del",
            "nel",
            "alla",
            "anche",
            "si",
            "le",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "e",
            "do",
            "da",
            "que",
            "em",
            "para",
            "com",
            "uma",
            "não",
            "no",
            "na",
            "dos",
            "por",
            "se",
            "mais",
            "ao",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "van",
            "is",
            "dat",
            "op",
            "te",
            "in",
            "niet",
            "met",
            "voor",
            "zijn",
            "er",
            "aan",
            "ook",
            "bij",
        ]
    ),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("ru", "[\u0400-\u04ff]"),
    ("ar", "[\u0600-\u06ff]"),
    ("he", "[\u0590-\u05ff]"),
    ("el", "[\u0370-\u03ff]"),
    ("ja", "[\u3040-\u30ff]"),
    ("ko", "[\uac00-\ud7af]"),
    ("zh", "[\u4e00-\u9fff]"),
    ("hi", "[\u0900-\u097f]"),
    ("th", "[\u0e00-\u0e7f]"),
)


def normalize_language(value: str | None) -> str | None:
    """'en-US', 'en_GB', 'EN' -> 'en'; None for anything not shaped like a language tag."""
    if not value:
        return None
    code = re.split(r"[-_,;\s]", value.strip().lower(), maxsplit=1)[0]
    return code if re.fullmatch(r"[a-z]{2}", code) else None


def detect_language(text: str, min_hits: int = 5) -> str | None:
    """Guess among a few common languages by script, then by stopword counts; None if unsure."""
    sample = text[:5000]
    if not sample.strip():
        return None
    letters = len(_WORD.findall(sample)) or 1
    for code, pattern in _SCRIPTS:
        if len(re.findall(pattern, sample)) > 0.3 * letters and code != "zh":
            return code
    if len(re.findall(_SCRIPTS[-3][1], sample)) > 20:
        return "zh"
    words = [w.lower() for w in _WORD.findall(sample)]
    votes: Counter[str] = Counter()
    for word in words:
        for code, stops in _STOPWORDS.items():
            if word in stops:
                votes[code] += 1
    if not votes:
        return None
    (best, hits), *rest = [*votes.most_common(2), ("", 0)]
    runner_up = rest[0][1]
    return best if hits >= min_hits and hits >= 1.5 * runner_up else None
