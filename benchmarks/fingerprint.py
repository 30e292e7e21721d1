"""Simhash benchmark: the vectorised simhash against the old pure-Python loop, same texts, one run.

    uv run python benchmarks/fingerprint.py [--texts 400] [--rounds 5] [--seed 1]

Texts are article-sized (150-1,500 words, several scripts). Old and new alternate round by round
on the same texts; each round's CPU time (process_time) is kept and the median compared. The
floor is what both share: normalising, shingling and one blake2b hash per shingle.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsarchive.extraction.fingerprint import _features, simhash
from tests.test_fingerprint import _POOLS, _SEPARATORS, reference_simhash


def article_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        pool = [w for p in rng.sample(_POOLS, rng.randint(1, 2)) for w in p]
        words = [rng.choice(pool) for _ in range(rng.randint(150, 1500))]
        out.append("".join(w + rng.choice(_SEPARATORS) for w in words))
    return out


def floor(text: str) -> int:
    """The work both versions share: features and their hashes, nothing else."""
    return len(
        b"".join(
            hashlib.blake2b(f.encode("utf-8"), digest_size=8).digest() for f in _features(text)
        )
    )


def cpu_seconds(fn: Callable[[str], object], texts: list[str]) -> float:
    start = time.process_time()
    for text in texts:
        fn(text)
    return time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    texts = article_texts(args.texts, args.seed)
    different = [i for i, t in enumerate(texts) if simhash(t) != reference_simhash(t)]
    if different:
        print(f"simhash differs from the old implementation on texts {different[:10]}")
        return 1
    times: dict[str, list[float]] = {"old": [], "new": [], "floor": []}
    for _ in range(args.rounds):
        times["old"].append(cpu_seconds(reference_simhash, texts))
        times["new"].append(cpu_seconds(simhash, texts))
        times["floor"].append(cpu_seconds(floor, texts))
    med = {k: statistics.median(v) for k, v in times.items()}
    shingles = sum(len(_features(t)) for t in texts)
    print(f"{len(texts)} texts, {shingles} shingles, median of {args.rounds} interleaved rounds")
    for name in ("old", "new", "floor"):
        print(
            f"  {name:5} {med[name]:7.3f} CPU s   {med[name] / len(texts) * 1e3:7.3f} ms/text   "
            f"{med[name] / shingles * 1e6:6.2f} us/shingle"
        )
    print(f"new/old CPU ratio: {med['new'] / med['old']:.3f} (same outputs on all texts)")
    share = med["floor"] / med["new"]
    print(f"shingling + blake2b (the floor both share) is {share:.0%} of the new time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
