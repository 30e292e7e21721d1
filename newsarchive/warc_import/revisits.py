"""Where the original of a revisit record lies: an index of the responses seen in one import."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class SourceRef:
    """One record of a source WARC: its URI, byte offset and length (compressed, if gzipped)."""

    uri: str
    offset: int
    length: int


@dataclass(slots=True)
class OriginalIndex:
    """Responses by record id, by target URI + date, and by payload digest (a few dozen bytes
    per response, so a 100,000-record import indexes in a few MiB)."""

    by_id: dict[str, SourceRef] = field(default_factory=dict)
    by_uri_date: dict[tuple[str, str], SourceRef] = field(default_factory=dict)
    by_digest: dict[str, SourceRef] = field(default_factory=dict)

    def add(
        self, ref: SourceRef, record_id: str | None, uri: str, date: str | None, digest: str | None
    ) -> None:
        if record_id:
            self.by_id[record_id] = ref
        if date:
            self.by_uri_date[(uri, date)] = ref
        if digest:
            self.by_digest.setdefault(digest, ref)

    def find(
        self,
        refers_to: str | None,
        refers_uri: str | None,
        refers_date: str | None,
        digest: str | None,
    ) -> SourceRef | None:
        """The original named by WARC-Refers-To, else Refers-To-Target-URI + Date, else digest."""
        if refers_to and refers_to in self.by_id:
            return self.by_id[refers_to]
        if refers_uri and refers_date and (refers_uri, refers_date) in self.by_uri_date:
            return self.by_uri_date[(refers_uri, refers_date)]
        if digest:
            return self.by_digest.get(digest)
        return None
