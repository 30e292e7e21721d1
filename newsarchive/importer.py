"""WARC import: other crawlers' WARC files -> decide -> one ArchiveWriter per configured site.

Only new or changed articles write anything (so a second import adds nothing); reports are of
kind "import", which the quality gate never takes for crawl history.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from newsarchive.archive.report import RunReport
from newsarchive.archive.warc import payload_digest
from newsarchive.archive.writer import ArchiveWriter
from newsarchive.config import SiteConfig
from newsarchive.dates import Window
from newsarchive.decide import decide
from newsarchive.extraction.extract import reset_caches
from newsarchive.page import Page
from newsarchive.schema import RawPointer
from newsarchive.settings import Settings
from newsarchive.urls import url_date
from newsarchive.warc_import import FetchedPage, ImportTally, WarcReader

log = logging.getLogger(__name__)
RESET_EVERY = 500
PROBLEMS_IN_REPORT = 50

__all__ = ["ImportResult", "import_warcs", "source_uri"]

Progress = Callable[[ImportTally], None]


def source_uri(path_or_uri: str) -> str:
    """An absolute URI for a WARC given as a path (file:///...) or already as s3:// or file://."""
    if "://" in path_or_uri:
        return path_or_uri
    return Path(path_or_uri).resolve().as_uri()


@dataclass
class _SiteRun:
    """One site's writer and what its pages said about days (bounded by the window)."""

    writer: ArchiveWriter
    pages: int = 0
    bytes: int = 0


@dataclass
class ImportResult:
    """The stored report of every site met, and the tally of what the files held."""

    reports: list[RunReport]
    tally: ImportTally
    interrupted: bool = False


class _Import:
    def __init__(
        self,
        sites: Sequence[SiteConfig],
        settings: Settings,
        window: Window | None,
        reference: bool,
    ) -> None:
        self.sites = {s.name: s for s in sites}
        self.settings = settings
        self.window = window
        self.reference = reference
        self.runs: dict[str, _SiteRun | None] = {}  # None: the archive refused this site's run
        self.failed: list[RunReport] = []

    def run_of(self, name: str) -> _SiteRun | None:
        if name not in self.runs:
            writer = ArchiveWriter.from_settings(
                self.sites[name], self.settings, self.window, kind="import"
            )
            self.runs[name] = _SiteRun(writer) if writer.open() else None
            if self.runs[name] is None:
                writer.write_report()
                self.failed.append(writer.report)
        return self.runs[name]

    def take(self, fetched: FetchedPage) -> None:
        name = fetched.site
        if name is None or name not in self.sites:
            return
        run = self.run_of(name)
        if run is None:
            return
        site, writer = self.sites[name], run.writer
        run.pages += 1
        run.bytes += len(fetched.body)
        page = Page.from_found(
            fetched.url,
            fetched.status,
            fetched.headers,
            fetched.body,
            fetched.fetched_at or datetime.now(UTC),
            None,
        )
        if fetched.truncated:  # the other crawler cut the body: its text would be cut too
            writer.count("too_large")
            writer.ledger.outcome(fetched.url, "too_large")
            self._claim(run, fetched.url, None)
            return
        decision = decide(page, site, self.window, writer.memory, run_id=writer.run_id)
        if decision.kind == "archive":
            page.raw = self._pointer(writer, fetched, page)
        writer.apply(decision)
        self._claim(run, fetched.url, decision.record)

    def _pointer(self, writer: ArchiveWriter, fetched: FetchedPage, page: Page) -> RawPointer:
        """Where the record's response lies: the source record itself with --reference (a
        revisit holds no payload, so a revisit's response is copied), else a copy."""
        if self.reference and fetched.revisit_of is None:
            src = fetched.source
            return RawPointer(
                warc_key=source_uri(src.uri),
                offset=src.offset,
                length=src.length,
                record_id=fetched.record_id or "",
                payload_digest=payload_digest(fetched.body),
            )
        return writer.write_raw(page)

    def _claim(self, run: _SiteRun, url: str, record: Any) -> None:
        """What the page said about its day: a dated URL, and an article's own date."""
        days: list[tuple[date, str]] = []
        in_url = url_date(url, month_ok=False)
        if in_url:
            days.append((in_url, "url_date"))
        if record is not None and record.date_source == "published":
            days.append((date.fromisoformat(record.date), "page"))
        for day, source in days:
            run.writer.ledger.claim(url, day, source)

    def finish(self, tally: ImportTally, interrupted: bool) -> list[RunReport]:
        reports = list(self.failed)
        summary = tally.to_dict()
        summary["problem_list"] = summary["problem_list"][:PROBLEMS_IN_REPORT]
        for run in self.runs.values():
            if run is None:
                continue
            writer, report = run.writer, run.writer.report
            report.pages_fetched, report.bytes_fetched = run.pages, run.bytes
            report.stats["import"] = summary
            if interrupted:
                report.finish(
                    "interrupted",
                    "import stopped before its end: what was read is archived; "
                    "import the files again to complete it (nothing is added twice)",
                )
            writer.close()
            if not report.message:
                report.message = f"imported from {tally.files} WARC file(s), nothing fetched"
            writer.write_report()
            from newsarchive.crawl import index_step

            index_step(writer.storage, report)
            reports.append(report)
        return reports


def import_warcs(
    uris: Sequence[str],
    sites: Sequence[SiteConfig],
    settings: Settings,
    window: tuple[date, date] | None = None,
    *,
    reference: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Import the articles of `sites` found in the WARC files `uris`; one report per site met.

    Bad input (unreadable, truncated or corrupt files, broken HTTP blocks) is named in the
    tally's problems and never stops the import. KeyboardInterrupt (SIGINT, or SIGTERM turned
    into it by the caller) ends it: what was read is archived, the reports say "interrupted".
    """
    span = Window(*window) if window else None
    job = _Import(sites, settings, span, reference)
    reader = WarcReader([source_uri(u) for u in uris], sites=sites, on_record=progress)
    interrupted = False
    try:
        for done, fetched in enumerate(reader.pages(), start=1):
            job.take(fetched)
            if done % RESET_EVERY == 0:
                reset_caches()
    except KeyboardInterrupt:
        interrupted = True
    return ImportResult(job.finish(reader.tally, interrupted), reader.tally, interrupted)
