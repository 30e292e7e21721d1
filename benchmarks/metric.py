"""The article-body metric: 4-token shingle precision/recall/F1 and exact-token accuracy."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)
SHINGLE_SIZE = 4


def tokenize(text: str | None) -> list[str]:
    """The `\\w+` tokens of a text (Unicode, case-sensitive)."""
    return _TOKEN_RE.findall(text or "")


def shingles(text: str | None, n: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of overlapping n-token shingles; 1 to n-1 tokens make one shorter shingle."""
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(slots=True)
class PageScore:
    """Per-page counts and scores; precision is None when the prediction is empty."""

    tp: int
    fp: int
    fn: int
    precision: float | None
    recall: float
    exact: bool


def score_page(prediction: str | None, truth: str | None) -> PageScore:
    """Score one predicted body against its truth."""
    pred, true = shingles(prediction), shingles(truth)
    tp = sum((pred & true).values())
    fp = sum(pred.values()) - tp
    fn = sum(true.values()) - tp
    precision = tp / (tp + fp) if (tp + fp) else None
    recall = tp / (tp + fn) if (tp + fn) else (1.0 if not pred else 0.0)
    exact = tokenize(prediction) == tokenize(truth)
    return PageScore(tp, fp, fn, precision, recall, exact)


@dataclass(slots=True)
class CorpusScore:
    """Corpus figures: plain means over pages, F1 of the two means, exact-match share."""

    precision: float
    recall: float
    f1: float
    accuracy: float
    pages: int


def score_corpus(pages: Iterable[PageScore]) -> CorpusScore:
    """Aggregate page scores as the benchmark does (empty predictions skip the precision mean)."""
    scores = list(pages)
    if not scores:
        return CorpusScore(0.0, 0.0, 0.0, 0.0, 0)
    precs = [s.precision for s in scores if s.precision is not None]
    p = sum(precs) / len(precs) if precs else 0.0
    r = sum(s.recall for s in scores) / len(scores)
    f1 = 2 * p * r / (p + r) if (p + r) else 0.0
    acc = sum(s.exact for s in scores) / len(scores)
    return CorpusScore(p, r, f1, acc, len(scores))
