"""Text fingerprints: normalized text, exact SHA-256, 64-bit simhash for near-duplicates, words."""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np

__all__ = ["NearTwins", "content_sha256", "hamming", "normalize_text", "simhash", "word_count"]

# a word of a spaced script, or one character of a script written without spaces between
# words (Chinese and Japanese ideographs and kana, Thai, Lao, Myanmar, Khmer), where a
# "word" of \w+ would be a whole clause and a text would have a handful of shingles
_UNSPACED = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
)
_WORD = re.compile(rf"[{_UNSPACED}]|[^\W{_UNSPACED}]+", re.UNICODE)
SHINGLE_WORDS = 3
_SPACED_WORD = re.compile(rf"[^\W{_UNSPACED}]")
_UNSPACED_CHAR = re.compile(rf"[{_UNSPACED}]")
_IDEOGRAPHS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LETTERS = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def word_count(text: str) -> int:
    """Words of TEXT: its whitespace-separated tokens, but in scripts written without spaces
    between words a word per two Chinese or Japanese characters and per four letters of Thai,
    Lao, Myanmar or Khmer (about their average word lengths) instead of a token per clause."""
    if not _UNSPACED_CHAR.search(text):
        return len(text.split())
    spaced = sum(1 for t in text.split() if not _UNSPACED_CHAR.search(t) or _SPACED_WORD.search(t))
    ideographs = len(_IDEOGRAPHS.findall(text))
    letters = len(_LETTERS.findall(text))
    return spaced + (ideographs + 1) // 2 + (letters + 3) // 4


def normalize_text(text: str) -> str:
    """NFC-normalize and fold every whitespace run to one space (paragraph breaks included)."""
    # str.split's whitespace is the regex \s: the same as re.sub(r"\s+", " ", ...).strip()
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def content_sha256(text: str) -> str:
    """Hex SHA-256 of the normalized text: equal for texts differing only in whitespace/NFC."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


def _features(text: str) -> list[str]:
    # whitespace never is a word character: NFC alone gives normalize_text's words
    words = _WORD.findall(unicodedata.normalize("NFC", text or "").casefold())
    if len(words) < SHINGLE_WORDS:
        return [" ".join(words)] if words else []
    # the word lists start one word later each: the shortest stops the zip at the last shingle
    starts = (words[i:] for i in range(SHINGLE_WORDS))
    return list(map(" ".join, zip(*starts, strict=False)))


def simhash(text: str) -> str:
    """64-bit simhash over lower-cased 3-word shingles (3 characters in unspaced scripts), as
    16 hex characters.

    Bit i of the result is set when more shingle hashes have bit i set than clear. The hashes
    (big-endian blake2b-64) are unpacked to a shingles x 64 bit matrix, most significant bit
    first, and counted per column; the set columns pack back to the same big-endian bytes.
    """
    features = _features(text)
    if not features:
        return "0" * 16
    blake2b = hashlib.blake2b
    digests = b"".join([blake2b(feature.encode(), digest_size=8).digest() for feature in features])
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8).reshape(len(features), 8), axis=1)
    ones = bits.sum(axis=0, dtype=np.int64)
    return np.packbits(2 * ones > len(features)).tobytes().hex()


def _contained(one: tuple[frozenset[int], int], two: tuple[frozenset[int], int]) -> bool:
    """The smaller text's lines are all in the larger one, and at least CONTAINED_SHARE of it."""
    (small, small_size), (large, large_size) = sorted((one, two), key=lambda lines: lines[1])
    return bool(small) and small <= large and small_size >= CONTAINED_SHARE * large_size


def hamming(a: str, b: str) -> int:
    """Number of differing bits between two hex simhashes."""
    return (int(a, 16) ^ int(b, 16)).bit_count()


TWIN_BITS = 6  # same headline and simhashes this close: one text (unrelated texts differ by ~32)
DAY_TWIN_BITS = 4  # another headline (a print view titled with the site's name), same day: closer
_MIN_SHINGLES = 20  # texts this short have unstable simhashes: only an exact sha makes twins


CONTAINED_SHARE = 0.5  # same headline, one text's lines all in the other's, at least half of it


def _lines(text: str) -> tuple[frozenset[int], int]:
    """A text's normalized lines, as hashes (a run keeps one set per article), and their
    characters (for `NearTwins` containment)."""
    lines = set(filter(None, (normalize_text(line) for line in text.split("\n"))))
    return frozenset(map(hash, lines)), sum(map(len, lines))


class NearTwins:
    """Articles met in one run, by headline: finds the one a page's text is a near copy of
    (print, mobile, AMP and component views give the same text with other chrome)."""

    def __init__(self) -> None:
        self._by_title: dict[str, list[tuple[str, int]]] = {}
        self._by_day: dict[str, list[tuple[str, int]]] = {}
        self._lines: dict[str, tuple[frozenset[int], int]] = {}  # article_id -> its lines

    @staticmethod
    def _title_key(title: str | None) -> str:
        return normalize_text(title or "").casefold()

    def add(
        self,
        article_id: str,
        simhash: str | None,
        title: str | None,
        text: str,
        day: str | None = None,
    ) -> None:
        """Remember an article published on DAY (a very short text is never matched)."""
        key = self._title_key(title)
        # as many 3-word shingles as words less two: counted without building them again
        if not simhash or len(_WORD.findall(text)) - SHINGLE_WORDS + 1 < _MIN_SHINGLES:
            return
        entry = (article_id, int(simhash, 16))
        if key:
            self._by_title.setdefault(key, []).append(entry)
            self._lines[article_id] = _lines(text)
        if day:
            self._by_day.setdefault(day, []).append(entry)

    def rename(self, old: str, new: str) -> None:
        """An article absorbed into another: its text now finds that one."""
        for entries in (*self._by_title.values(), *self._by_day.values()):
            entries[:] = [(new if a == old else a, h) for a, h in entries]
        if old in self._lines:
            self._lines[new] = self._lines.pop(old)

    def find(
        self,
        simhash: str | None,
        title: str | None,
        day: str | None = None,
        text: str | None = None,
    ) -> str | None:
        """The article with this headline whose simhash is within TWIN_BITS, or whose text
        and TEXT are one held in the other, the smaller at least half the larger
        (CONTAINED_SHARE: a short story and its print view with footer lines, simhashes too far
        apart), else one of the same DAY within DAY_TWIN_BITS (a print view whose headline is
        the site's name, a mobile view with another title), None if none."""
        if not simhash:
            return None
        value = int(simhash, 16)
        same_title = self._by_title.get(self._title_key(title), ())
        for article_id, other in same_title:
            if (value ^ other).bit_count() <= TWIN_BITS:
                return article_id
        if text and same_title:
            mine = _lines(text)
            for article_id, _other in same_title:
                theirs = self._lines.get(article_id)
                if theirs is not None and _contained(mine, theirs):
                    return article_id
        for article_id, other in self._by_day.get(day or "", ()):
            if (value ^ other).bit_count() <= DAY_TWIN_BITS:
                return article_id
        return None
