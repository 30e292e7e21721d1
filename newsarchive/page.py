"""The Page item: one fetched HTTP response as the spider hands it to the pipelines."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from newsarchive.schema import ArticleRecord, RawPointer


@dataclass
class Page:
    """A response plus what discovery knew about it; pipelines fill raw, record and outcome."""

    url: str  # final URL, after redirects
    requested_url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes = field(repr=False)  # logs name a page, never print it
    fetched_at: datetime
    role: str = "page"  # page | feed | sitemap | robots: only pages can become articles
    via: str = "link"  # feed | sitemap | newsmap | listing | link | start
    depth: int = 0
    redirects: list[str] = field(default_factory=list)
    hint_published: datetime | None = None  # from a feed or news sitemap
    # the UTC offset a dated source of this URL writes (its sitemap lastmod, feed date): the
    # site's zone for a naive time on the page when no zone is configured
    zone_hint: datetime | None = None
    modified_hint: datetime | None = None  # this URL's own sitemap lastmod or feed update time
    raw: RawPointer | None = None
    record: ArticleRecord | None = None
    outcome: str | None = None  # a report skip reason, or archived | updated

    def header(self, name: str) -> str | None:
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return None

    @property
    def content_type(self) -> str | None:
        return self.header("Content-Type")

    def validators(self) -> tuple[str | None, str | None]:
        """ETag and Last-Modified of the response (for a conditional request next time)."""
        return self.header("ETag"), self.header("Last-Modified")

    def found(self) -> str:
        """How the crawl came to this response, as one JSON line (kept in its WARC record, so a
        re-extraction rebuilds the same record: role, source, redirects, the source's date)."""
        data: dict[str, Any] = {"role": self.role, "via": self.via}
        if self.requested_url != self.url:
            data["requested"] = self.requested_url
        if self.redirects:
            data["redirects"] = self.redirects
        if self.hint_published is not None:
            data["hint"] = self.hint_published.isoformat()
        if self.zone_hint is not None:
            data["zone"] = self.zone_hint.isoformat()
        if self.modified_hint is not None:
            data["modified"] = self.modified_hint.isoformat()
        if self.depth:
            data["depth"] = self.depth
        return json.dumps(data, separators=(",", ":"), ensure_ascii=True)

    @classmethod
    def from_found(
        cls,
        url: str,
        status: int,
        headers: list[tuple[str, str]],
        body: bytes,
        fetched_at: datetime,
        found: str | None,
    ) -> Page:
        """The page again from a stored response and its `found()` line (None or unreadable,
        e.g. a WARC from another crawler: a page reached by a plain link)."""
        try:
            data = json.loads(found) if found else {}
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        hint_published, zone_hint = _stamp(data.get("hint")), _stamp(data.get("zone"))
        redirects = data.get("redirects")
        return cls(
            url=url,
            requested_url=str(data.get("requested") or url),
            status=status,
            headers=headers,
            body=body,
            fetched_at=fetched_at,
            role=str(data.get("role") or "page"),
            via=str(data.get("via") or "warc"),
            depth=int(data.get("depth") or 0),
            redirects=[str(u) for u in redirects] if isinstance(redirects, list) else [],
            hint_published=hint_published,
            zone_hint=zone_hint,
            modified_hint=_stamp(data.get("modified")),
        )


def _stamp(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
