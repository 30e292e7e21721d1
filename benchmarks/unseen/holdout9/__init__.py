"""Ninth holdout group of unseen-CMS sites (issue #8): built after holdout8 was measured; never read or tuned on."""

import re
import unicodedata

import benchmarks.unseen.text_h9  # noqa: F401  (registers the nb bank)

_RU = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "j",
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
            "c",
            "ch",
            "sh",
            "sch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)


def translit(title: str, fallback: str, extra: tuple = ()) -> str:
    """A URL segment: Cyrillic transliterated, accents dropped, `extra` (a, b) pairs replaced first."""
    low = title.lower()
    for a, b in extra:
        low = low.replace(a, b)
    low = "".join(_RU.get(c, c) for c in low)
    flat = unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", flat).strip("-")[:70].strip("-") or fallback
