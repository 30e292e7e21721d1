"""The Page item: one fetched HTTP response as the spider hands it to the pipelines."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from newsarchive.schema import ArticleRecord, RawPointer


@dataclass
class Page:
    """A response plus what discovery knew about it; pipelines fill raw, record and outcome."""

    url: str  # final URL, after redirects
    requested_url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: datetime
    role: str = "page"  # page | feed | sitemap | robots: only pages can become articles
    via: str = "link"  # feed | sitemap | newsmap | listing | link | start
    depth: int = 0
    redirects: list[str] = field(default_factory=list)
    hint_published: datetime | None = None  # from a feed or news sitemap
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
