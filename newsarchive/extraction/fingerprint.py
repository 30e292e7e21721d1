"""Text fingerprints: normalized text, exact SHA-256 and 64-bit simhash for near-duplicates."""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["content_sha256", "hamming", "normalize_text", "simhash"]

_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+", re.UNICODE)
SHINGLE_WORDS = 3
_MASK64 = (1 << 64) - 1


def normalize_text(text: str) -> str:
    """NFC-normalize and fold every whitespace run to one space (paragraph breaks included)."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text or "")).strip()


def content_sha256(text: str) -> str:
    """Hex SHA-256 of the normalized text: equal for texts differing only in whitespace/NFC."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


def _features(text: str) -> list[str]:
    words = _WORD.findall(normalize_text(text).casefold())
    if len(words) < SHINGLE_WORDS:
        return [" ".join(words)] if words else []
    return [" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)]


def simhash(text: str) -> str:
    """64-bit simhash over lower-cased 3-word shingles, as 16 hex characters."""
    weights = [0] * 64
    for feature in _features(text):
        h = int.from_bytes(hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if (h >> bit) & 1 else -1
    value = 0
    for bit, weight in enumerate(weights):
        if weight > 0:
            value |= 1 << bit
    return f"{value & _MASK64:016x}"


def hamming(a: str, b: str) -> int:
    """Number of differing bits between two hex simhashes."""
    return (int(a, 16) ^ int(b, 16)).bit_count()
