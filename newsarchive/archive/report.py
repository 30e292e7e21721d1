"""The run report: what one crawl of one site did, written as JSON beside the archive."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

REPORT_VERSION = 1
MAX_ERRORS = 200

# Exit status of `newsarchive crawl`, which the Airflow task reads back.
EXIT_OK = 0
EXIT_FAILED = 1  # a site could not be crawled (unreachable site or archive)
EXIT_USAGE = 2  # bad arguments, config or archive root: nothing crawled
EXIT_PARTIAL = 3  # all that was fetched is kept, but objects wait in the local spool
EXIT_INTERRUPTED = 4  # stopped (SIGTERM/SIGINT) before its end: what was fetched is kept

# Reasons a fetched or discovered URL did not become an archived article.
SKIP_REASONS = (
    "known",  # already archived by an earlier run: not fetched again
    "duplicate",  # same article met again in this run (alias, redirect, canonical)
    "unchanged",  # fetched, but the archive already holds this exact text
    "out_of_window",  # dated outside --since/--until
    "not_article",  # index, tag, author, search, about, contact ... pages
    "empty_text",  # looked like an article but no text came out
    "not_html",  # binary or non-HTML content type
    "too_large",  # over max_page_bytes
    "offsite",  # link to another site
    "unsafe_url",  # private network, metadata address, non-http scheme
    "robots",  # disallowed by robots.txt
    "http_error",  # 4xx/5xx after retries
    "fetch_error",  # timeout, DNS, connection refused, redirect loop ...
    "budget",  # max_articles or max_listing_pages reached (see budget_exhausted)
    "filtered",  # refused by the site's allow/deny URL patterns
    "extract_error",  # extraction raised (the page is still kept raw)
    "url_too_long",  # a link longer than Scrapy's URLLENGTH_LIMIT: never requested
)


@dataclass
class DayCounts:
    """Per published day, for backfill reports: expected against archived."""

    discovered: int = 0
    archived: int = 0
    updated: int = 0
    already: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


@dataclass
class RunReport:
    """Counters and facts of one run; `to_dict()` is the JSON contract (docs/DATA_FORMAT.md)."""

    run_id: str
    site: str
    site_url: str
    archive: str
    since: str | None = None
    until: str | None = None
    started_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())
    finished_at: str | None = None
    status: str = "running"  # ok | partial | interrupted | failed | refused (lock held)
    kind: str = "crawl"  # crawl | reextract | import (only crawls are crawl history)
    message: str | None = None
    pages_fetched: int = 0
    bytes_fetched: int = 0
    not_modified: int = 0  # 304 answers to conditional requests
    truncated: int = 0  # feeds and sitemaps cut at max_feed_bytes (their first part was read)
    articles_archived: int = 0  # new articles written
    articles_updated: int = 0  # known articles whose text changed
    empty_text: int = 0
    missing_date: int = 0
    missing_title: int = 0
    spooled_pending: int = 0  # objects left in the local spool (storage unreachable)
    recovered_from_spool: int = 0  # objects a previous run left, uploaded by this one
    discovered: Counter[str] = field(default_factory=Counter)  # by source: feed, sitemap ...
    skipped: Counter[str] = field(default_factory=Counter)
    days: dict[str, DayCounts] = field(default_factory=dict)
    partitions: list[str] = field(default_factory=list)  # days whose articles changed
    errors: list[dict[str, str]] = field(default_factory=list)
    error_count: int = 0
    stats: dict[str, Any] = field(default_factory=dict)
    # per-day account of the window (coverage.capped_json): expected, archived, missing ...
    coverage: list[dict[str, Any]] = field(default_factory=list)
    # a budget that stopped the crawl: its config name -> URLs found but left unfetched
    budget_exhausted: dict[str, int] = field(default_factory=dict)

    @property
    def window(self) -> tuple[str, str] | None:
        return (self.since, self.until) if self.since and self.until else None

    def skip(self, reason: str, day: str | None = None, n: int = 1) -> None:
        self.skipped[reason] += n
        if day:
            self.day(day).skipped[reason] += n
            if not self.days[day].skipped[reason]:
                del self.days[day].skipped[reason]
        if not self.skipped[reason]:
            del self.skipped[reason]

    def day(self, day: str) -> DayCounts:
        if day not in self.days:
            self.days[day] = DayCounts()
        return self.days[day]

    def error(self, url: str, reason: str, detail: str = "") -> None:
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS:
            self.errors.append({"url": url[:2000], "reason": reason, "detail": detail[:500]})

    def finish(self, status: str | None = None, message: str | None = None) -> None:
        self.finished_at = datetime.now(UTC).isoformat()
        if status:
            self.status = status
        elif self.status == "running":
            self.status = "partial" if self.spooled_pending else "ok"
        if message:
            self.message = message

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["report_version"] = REPORT_VERSION
        data["days"] = {
            d: {**asdict(c), "skipped": dict(c.skipped)} for d, c in sorted(self.days.items())
        }
        data["skipped"] = dict(self.skipped)
        data["discovered"] = dict(self.discovered)
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RunReport:
        data = dict(data)
        data.pop("report_version", None)
        days = {
            d: DayCounts(**{**c, "skipped": Counter(c.get("skipped", {}))})
            for d, c in data.pop("days", {}).items()
        }
        report = cls(**data)
        report.days = days
        report.skipped = Counter(report.skipped)
        report.discovered = Counter(report.discovered)
        return report


def budget_message(report: RunReport) -> str | None:
    """One line naming the budgets a run stopped on, with the URLs each left unfetched."""
    if not report.budget_exhausted:
        return None
    parts = [f"{name} reached, {left} URLs left" for name, left in report.budget_exhausted.items()]
    return "budget exhausted: " + "; ".join(parts) + " (raise it in the site's config)"


def exit_status(reports: list[RunReport]) -> int:
    """The crawl's exit status for these reports: the worst of them (a run refused because
    another holds the site's archive lock crawled nothing: a usage error)."""
    if any(r.status == "refused" for r in reports):
        return EXIT_USAGE
    if any(r.status == "failed" for r in reports):
        return EXIT_FAILED
    if any(r.status == "interrupted" for r in reports):
        return EXIT_INTERRUPTED
    if any(r.status == "partial" for r in reports):
        return EXIT_PARTIAL
    return EXIT_OK
