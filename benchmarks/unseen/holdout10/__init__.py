"""Tenth holdout group of unseen-CMS sites (issue #8): built after holdout9 was spent; never read or tuned on."""

import re
import unicodedata

import benchmarks.unseen.text_h10  # noqa: F401  (registers the bg and hr banks)

_CYR = dict(
    zip(
        "абвгдежзийклмнопрстуфхцчшщъьюяыэё",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "h",
            "ts",
            "ch",
            "sh",
            "sht",
            "a",
            "y",
            "yu",
            "ya",
            "y",
            "e",
            "yo",
        ],
        strict=True,
    )
)


def latin_slug(title: str, fallback: str, limit: int = 70) -> str:
    """A URL segment as a transliterating slug plugin makes one (Cyrillic spelled in Latin, accents dropped)."""
    out = "".join(_CYR.get(c, c) for c in title.lower())
    flat = unicodedata.normalize("NFKD", out.replace("đ", "dj")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", flat).strip("-")[:limit].strip("-") or fallback
