"""Fourteenth holdout of unseen-CMS sites (issue #8): never read or tuned on."""

import re

import benchmarks.unseen.text_h14  # noqa: F401  (registers the ka, hy, km, am, lb, mn banks)

_KA = dict(
    zip(
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
        [
            "a",
            "b",
            "g",
            "d",
            "e",
            "v",
            "z",
            "t",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "zh",
            "r",
            "s",
            "t",
            "u",
            "p",
            "k",
            "gh",
            "q",
            "sh",
            "ch",
            "ts",
            "dz",
            "ts",
            "ch",
            "kh",
            "j",
            "h",
        ],
        strict=True,
    )
)
_MN = dict(
    zip(
        "абвгдеёжзийклмноөпрстуүфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "yo",
            "j",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "u",
            "p",
            "r",
            "s",
            "t",
            "u",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "sh",
            "_",
            "y",
            "i",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)
_MN["ъ"] = ""


def latin_slug(title: str, limit: int = 60) -> str:
    """A hand-made Latin slug as editors type them for Georgian or Mongolian titles."""
    out = "".join(_KA.get(c, _MN.get(c, c)) for c in title.lower())
    out = re.sub(r"[^a-z0-9]+", "-", out).strip("-")
    if len(out) > limit:
        out = out[:limit].rsplit("-", 1)[0]
    return out
