"""simhash gives exactly the bit-by-bit definition's value (archived records keep theirs)."""

from __future__ import annotations

import hashlib
import random

from newsarchive.extraction.fingerprint import _features, simhash


def reference(text: str) -> str:
    weights = [0] * 64
    for feature in _features(text):
        h = int.from_bytes(hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if (h >> bit) & 1 else -1
    return f"{sum(1 << bit for bit, w in enumerate(weights) if w > 0):016x}"


def test_simhash_equals_the_bit_by_bit_definition() -> None:
    rng = random.Random(11)
    words = ["flood", "river", "école", "Zürich", "東京", "mayor", "council", "the", "a", "of"]
    texts = ["", "one", "one two", "one two three", "ab " * 2, "x y " * 500]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 2000))) for _ in range(80)]
    for text in texts:
        assert simhash(text) == reference(text), text[:80]
