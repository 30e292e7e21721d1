"""One run's writing side: WARC parts, records, spool uploads, state and the run report."""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from pathlib import Path

from newsarchive.archive import keys
from newsarchive.archive.report import RunReport
from newsarchive.archive.spool import Spool
from newsarchive.archive.state import ArticleEntry, CrawlState, PageEntry, load_state, save_state
from newsarchive.archive.storage import Storage
from newsarchive.archive.warc import WarcPartWriter
from newsarchive.config import SiteConfig
from newsarchive.errors import StorageError
from newsarchive.page import Page
from newsarchive.schema import ArticleRecord, RawPointer

log = logging.getLogger(__name__)

PART_MAX_BYTES = 16 * 1024 * 1024
PART_MAX_RECORDS = 100


class RunSession:
    """Everything one crawl of one site writes goes through here, in a crash-safe order.

    Raw responses are appended to a local WARC part; when the part is full (or at the end) it
    is sealed into a spool batch together with the article records that point into it, and the
    batch is uploaded WARC first, records after. Keys are deterministic, so a batch uploaded
    twice (retry, crash and rerun) changes nothing.
    """

    def __init__(
        self,
        site: SiteConfig,
        storage: Storage,
        *,
        run_id: str,
        spool_root: Path,
        window: tuple[date, date] | None = None,
        upload_wait: float = 60.0,
        part_max_records: int = PART_MAX_RECORDS,
        part_max_bytes: int = PART_MAX_BYTES,
    ) -> None:
        self.site = site
        self.storage = storage
        self.run_id = run_id
        self.window = window
        self.upload_wait = upload_wait
        self.part_max_records = part_max_records
        self.part_max_bytes = part_max_bytes
        self.report = RunReport(
            run_id=run_id,
            site=site.name,
            site_url=site.url,
            archive=storage.uri,
            since=window[0].isoformat() if window else None,
            until=window[1].isoformat() if window else None,
        )
        self.spool = Spool(spool_root, storage, site.name)
        self.state = CrawlState(site=site.name)
        self.seen_ids: set[str] = set()
        self.partitions: set[str] = set()
        self.page_links: dict[str, PageEntry] = {}
        self._seq = 0
        self._part: WarcPartWriter | None = None
        self._records: list[tuple[ArticleRecord, str | None]] = []
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="upload")
        self._futures: list[Future[None]] = []
        self._lock = threading.Lock()
        self._next_try = 0.0
        self._backoff = 1.0
        self._upload_failures = 0
        self.closed = False

    # -- life cycle -------------------------------------------------------------------------
    def open(self) -> None:
        """Check the archive, upload what earlier runs left in the spool, load the state.

        Leftovers that still cannot be uploaded do not stop the run: they stay first in the
        spool, this run's batches queue behind them, and close() retries them all.
        """
        self.storage.check(create=True)
        if self.spool.pending():
            result = self.spool.drain(wait=0)
            self.report.recovered_from_spool = result.uploaded
            self._note_partitions(result.keys)
            self._upload_failures += result.failures
            if result.uploaded:
                log.warning(
                    "uploaded %d objects an earlier run of %s left in the spool",
                    result.uploaded,
                    self.site.name,
                )
            if result.error:
                log.warning(
                    "%d objects of an earlier run still wait: %s", result.pending, result.error
                )
        self.state = load_state(self.storage, self.site.name)

    def _note_partitions(self, written: list[str]) -> None:
        """Days whose records were written from the spool need their index rebuilt too."""
        prefix = keys.articles_prefix(self.site.name)
        for key in written:
            if key.startswith(prefix):
                day = keys.parse_partition(key).get("date")
                if day:
                    self.partitions.add(day)

    def close(self) -> RunReport:
        """Seal the last part, wait for uploads (with backoff), save state and index.

        The caller adds Scrapy's figures to the report and then calls write_report().
        """
        if self.closed:
            return self.report
        self.closed = True
        self._seal()
        for fut in self._futures:
            fut.result()
        self._executor.shutdown(wait=True)
        result = self.spool.drain(wait=self.upload_wait)
        self._note_partitions(result.keys)
        self._upload_failures += result.failures
        self.report.spooled_pending = result.pending
        if result.pending:
            self.report.error("", "storage", result.error or "uploads pending")
            self.report.finish(
                "partial",
                f"archive unreachable: {result.pending} objects kept in the local spool "
                f"({self.spool.dir}); the next run uploads them",
            )
        else:
            for url, entry in self.page_links.items():
                if url not in self.state.urls:
                    self.state.pages[url] = entry
            try:
                save_state(self.storage, self.state)
                self._index_partitions()
            except StorageError as exc:
                self.report.error("", "storage", str(exc))
                self.report.finish("partial", f"state or index not saved: {exc}")
        self._finish_days()
        notes = []
        if self.report.recovered_from_spool:
            notes.append(
                f"uploaded {self.report.recovered_from_spool} objects an earlier run "
                "left in the local spool"
            )
        if self._upload_failures and not result.pending:
            notes.append(
                f"archive unreachable for a while ({self._upload_failures} failed upload "
                "attempts); everything was uploaded after retries"
            )
        if notes and not self.report.message:
            self.report.message = "; ".join(notes)
        if self.report.status == "running":
            self.report.finish()
        return self.report

    @property
    def upload_failures(self) -> int:
        """Failed upload attempts during the run (each was retried)."""
        return self._upload_failures

    def write_report(self) -> None:
        """Store the report; if the archive refuses it, keep it in the spool for the next run."""
        key = keys.report_key(self.site.name, self.run_id, self.report.window)
        try:
            self.storage.put_bytes(
                key, self.report.to_json().encode("utf-8"), content_type="application/json"
            )
        except StorageError as exc:
            log.error("run report not stored, kept in the local spool: %s", exc)
            self.report.error("", "storage", f"run report not stored: {exc}")
            self.report.spooled_pending += 1
            if self.report.status == "ok":
                self.report.status = "partial"
                self.report.message = (
                    f"archive unreachable at the end: the run report waits in the local spool "
                    f"({self.spool.dir}); the next run uploads it"
                )
            batch = self.spool.new_batch(f"{self.run_id}-report")
            batch.put_bytes(key, self.report.to_json().encode("utf-8"))
            batch.seal()
        finally:
            self.spool.close()

    # -- writing ------------------------------------------------------------------------------
    def write_raw(self, page: Page) -> RawPointer:
        if self._part is None:
            key = keys.warc_key(self.site.name, self.run_id, self._seq)
            path = self.spool.dir / f"{self.run_id}-{self._seq:05d}.warc.gz.part"
            info = {"site": self.site.name, "run": self.run_id, "isPartOf": self.site.url}
            self._part = WarcPartWriter(path, key, info=info)
        pointer = self._part.write_response(
            page.url, page.status, page.headers, page.body, fetched_at=page.fetched_at
        )
        self.report.pages_fetched += 1
        self.report.bytes_fetched += len(page.body)
        if self._part.size >= self.part_max_bytes or self._part.records >= self.part_max_records:
            self._seal()
        return pointer

    def add_record(self, record: ArticleRecord, urls: list[str]) -> str:
        """Queue a record; returns its outcome: archived, updated, unchanged or duplicate."""
        if record.article_id in self.seen_ids:
            return "duplicate"
        self.seen_ids.add(record.article_id)
        old = self.state.articles.get(record.article_id)
        if old and old.sha == record.content_sha256:
            self.state.remember(record.article_id, old, urls)
            return "unchanged"
        key = keys.article_key(record.site, record.date, record.article_id)
        stale = old.key if old and old.key != key else None
        entry = ArticleEntry(key, record.content_sha256, record.date, record.fetched_at)
        self.state.remember(record.article_id, entry, urls)
        self.partitions.add(record.date)
        if stale and old:
            self.partitions.add(old.day)
        with self._lock:
            self._records.append((record, stale))
        return "updated" if old else "archived"

    def _seal(self) -> None:
        """Move the current WARC part and its records into a spool batch and upload it."""
        part, self._part = self._part, None
        with self._lock:
            records, self._records = self._records, []
        if part is None and not records:
            return
        batch = self.spool.new_batch(f"{self.run_id}-{self._seq:05d}")
        self._seq += 1
        if part is not None:
            part.close()
            batch.put_file(part.key, part.path)
        for record, stale in records:
            batch.put_bytes(
                keys.article_key(record.site, record.date, record.article_id),
                record.to_json().encode("utf-8"),
            )
            if stale:
                batch.delete(stale)
        batch.seal()
        self._futures.append(self._executor.submit(self._upload_pending))

    def _upload_pending(self) -> None:
        """Background: drain the spool now unless the store failed recently (backoff)."""
        if time.monotonic() < self._next_try:
            return
        result = self.spool.drain(wait=0)
        self._note_partitions(result.keys)
        self._upload_failures += result.failures
        if result.error:
            self._next_try = time.monotonic() + self._backoff
            self._backoff = min(self._backoff * 2, 30.0)
            log.warning("archive unreachable; %d objects spooled: %s", result.pending, result.error)
        else:
            self._backoff = 1.0

    # -- report helpers -------------------------------------------------------------------------
    def count(self, outcome: str, day: str | None = None) -> None:
        """Record what became of one article candidate."""
        report = self.report
        if outcome == "archived":
            report.articles_archived += 1
            if day:
                report.day(day).archived += 1
        elif outcome == "updated":
            report.articles_updated += 1
            if day:
                report.day(day).updated += 1
        elif outcome in ("unchanged", "known"):
            report.skip(outcome, day)
            if day:
                report.day(day).already += 1
        else:
            report.skip(outcome, day)

    def _finish_days(self) -> None:
        for counts in self.report.days.values():
            # "already" is the known + unchanged share of skipped, so it is not added twice
            counts.discovered = counts.archived + counts.updated + sum(counts.skipped.values())
        self.report.partitions = sorted(self.partitions)

    def _index_partitions(self) -> None:
        if not self.partitions:
            return
        try:
            from newsarchive.read.parquet_index import rebuild_partitions
        except ImportError:  # the analysts' index is optional for the crawl
            return
        rebuild_partitions(self.storage, [(self.site.name, d) for d in sorted(self.partitions)])
