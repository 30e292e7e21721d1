"""Two-letter language codes: from declared page languages, else identified from the text."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
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
    """py3langid's model (97 languages), loaded on first use, probabilities normalised.

    The packaged model is LZMA-compressed: unpacking it costs about 0.55 CPU s in every
    process. The unpacked copy is kept in the user's cache folder and read from there (about
    0.1 s); when that cannot be written or read, or py3langid's layout moved, the packaged
    file is loaded as py3langid loads it.
    """
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    source = MODEL_DIR / MODEL_FILE
    cached = None
    try:
        cached = _unpacked(source)
        return _from_unpacked(LanguageIdentifier, cached)
    except Exception:  # any fault of the cache: the packaged file, as py3langid loads it
        if cached is not None:
            cached.unlink(missing_ok=True)  # a damaged copy is written again by the next process
        return LanguageIdentifier.from_modelpath(source, norm_probs=True)


def _unpacked(source: Path) -> Path:
    """The unpacked copy of SOURCE in the cache folder, written first when missing."""
    import importlib.metadata
    import lzma
    import os
    import shutil
    import tempfile

    from newsarchive.settings import cache_dir

    stat = source.stat()
    version = importlib.metadata.version("py3langid")
    cached = cache_dir() / f"py3langid-{version}-{stat.st_size}-{int(stat.st_mtime)}.npz"
    if not cached.exists():
        cached.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cached.parent, suffix=".part")
        try:
            with os.fdopen(fd, "wb") as out, lzma.open(source) as src:
                shutil.copyfileobj(src, out, length=1 << 20)
            os.replace(tmp, cached)  # atomic: a concurrent process reads a whole file or none
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return cached


def _from_unpacked(cls: type[LanguageIdentifier], path: Path) -> LanguageIdentifier:
    """An identifier from an unpacked model file, built as py3langid's own loader builds it."""
    import numpy as np
    from py3langid.modelio import _to_array

    with np.load(path, allow_pickle=False) as data:
        return cls(
            np.asarray(data["ptc"]),
            np.asarray(data["pc"]),
            data["classes"].tolist(),
            _to_array(data["nextmove"]),
            data["out_feat"].tolist(),
            norm_probs=True,
            tk_row=_to_array(data["nextmove_row"]),
        )


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
