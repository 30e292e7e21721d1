"""What an import yields and counts: fetched pages, named problems, the tally of records."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from newsarchive.warc_import.revisits import SourceRef

MAX_PROBLEMS = 1000  # named one by one; past that, only counted


@dataclass(slots=True)
class FetchedPage:
    """One HTTP response as another crawler fetched it, and where its record lies."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: datetime | None
    source: SourceRef
    record_id: str | None
    payload_digest: str | None
    site: str | None = None  # the configured site it belongs to (None when no sites were given)
    revisit_of: SourceRef | None = None  # the response whose payload a revisit record reused
    truncated: str | None = None  # WARC-Truncated: the crawler cut the body ("length", "time")


@dataclass(frozen=True, slots=True)
class Problem:
    """Something skipped that the user must hear about: file, byte offset, kind and detail."""

    uri: str
    offset: int
    kind: str
    detail: str

    def __str__(self) -> str:
        return f"{self.uri} at byte {self.offset}: {self.kind}: {self.detail}"


@dataclass(slots=True)
class ImportTally:
    """What one import read: records by fate, and every problem (the first MAX_PROBLEMS named)."""

    files: int = 0
    records: int = 0
    pages: int = 0
    revisits_resolved: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # record type or reason -> n
    problem_counts: Counter[str] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)

    def problem(self, uri: str, offset: int, kind: str, detail: str) -> None:
        self.problem_counts[kind] += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(uri, offset, kind, detail[:300]))

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "records": self.records,
            "pages": self.pages,
            "revisits_resolved": self.revisits_resolved,
            "skipped": dict(sorted(self.skipped.items())),
            "problems": dict(sorted(self.problem_counts.items())),
            "problem_list": [str(p) for p in self.problems],
        }
