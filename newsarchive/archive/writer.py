"""ArchiveWriter: one run's writing side: WARC parts, records, spool uploads, state and report."""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from newsarchive.archive import keys, lock
from newsarchive.archive.profiles import load_profile
from newsarchive.archive.relearn import FeatureSample
from newsarchive.archive.report import RunReport
from newsarchive.archive.spool import Spool
from newsarchive.archive.state import ArticleEntry, CrawlState, PageEntry, load_state, save_state
from newsarchive.archive.storage import Storage, StorageUnavailable, open_storage
from newsarchive.archive.warc import WarcPartWriter
from newsarchive.config import SiteConfig
from newsarchive.coverage import Ledger
from newsarchive.dates import Window
from newsarchive.decide import Decision
from newsarchive.errors import StorageError
from newsarchive.extraction.fingerprint import NearTwins
from newsarchive.extraction.profile import SiteProfile
from newsarchive.page import Page
from newsarchive.schema import ArticleRecord, RawPointer
from newsarchive.settings import Settings
from newsarchive.urls import canonicalize

log = logging.getLogger(__name__)

PART_MAX_BYTES = 16 * 1024 * 1024
PART_MAX_RECORDS = 100
_CRAWLER_ATTR = "newsarchive_writer"
# Scrapy's figures a crawl report keeps.
CRAWL_STATS = (
    "downloader/request_count",
    "downloader/response_count",
    "downloader/response_bytes",
    "retry/count",
    "retry/max_reached",
    "robotstxt/forbidden",
    "elapsed_time_seconds",
    "finish_reason",
    "log_count/ERROR",
)


def _number(conf: Any, name: str, kind: type) -> Any:
    """A number from Scrapy settings (`-s NAME=5` gives a string), None when unset."""
    value = conf.get(name)
    return None if value is None or value == "" else kind(value)


def _plain(value: Any) -> Any:
    return value if isinstance(value, int | float | str | bool) or value is None else str(value)


class _Memory:
    """The read-only view `decide` gets: the crawl state plus what this run already decided."""

    def __init__(
        self,
        state: CrawlState,
        seen: set[str],
        twins: NearTwins,
        unclaimed: Callable[[str], bool],
    ) -> None:
        self._state = state
        self._seen = seen
        self._twins = twins
        self._unclaimed = unclaimed

    def sha_of(self, article_id: str) -> str | None:
        entry = self._state.articles.get(article_id)
        return entry.sha if entry else None

    def article_of(self, url: str) -> str | None:
        return self._state.urls.get(url)

    def seen_in_run(self, article_id: str) -> bool:
        return article_id in self._seen

    def simhash_of(self, article_id: str) -> str | None:
        entry = self._state.articles.get(article_id)
        return entry.simhash if entry else None

    def article_of_sha(self, sha: str) -> str | None:
        return self._state.article_of_sha(sha)

    def article_near(
        self,
        simhash: str | None,
        title: str | None,
        day: str | None = None,
        text: str | None = None,
    ) -> str | None:
        return self._twins.find(simhash, title, day, text)

    def unclaimed_in_run(self, article_id: str) -> bool:
        return self._unclaimed(article_id)


class ArchiveWriter:
    """Everything one run over one site writes goes through here, in a crash-safe order.

    Life cycle: open() (check the archive, upload spool leftovers, load the state), then
    write_raw(page) for every response and apply(decision) for every decided page, then close()
    (seal, drain uploads with backoff, save state) and write_report(). Raw responses are
    appended to a local WARC part; when the part is full (or at the end) it is sealed into a
    spool batch together with the records that point into it, and the batch is uploaded WARC
    first, records after. Keys are deterministic, so a batch uploaded twice changes nothing.
    The Parquet index is not the writer's: rebuild `partitions` after close (crawl.index_step).
    Nothing here needs Scrapy: a crawl, reextract and a WARC import drive the same API.
    """

    def __init__(
        self,
        site: SiteConfig,
        storage: Storage,
        *,
        run_id: str,
        spool_root: Path,
        window: Window | None = None,
        upload_wait: float = 60.0,
        part_max_records: int = PART_MAX_RECORDS,
        part_max_bytes: int = PART_MAX_BYTES,
        kind: str = "crawl",
        lock_ttl: float = 600.0,
        spool: Spool | None = None,
    ) -> None:
        self.site = site
        self.storage = storage
        self.run_id = run_id
        self.window = window
        self.kind = kind
        self.upload_wait = upload_wait
        self.part_max_records = part_max_records
        self.part_max_bytes = part_max_bytes
        self.report = RunReport(
            run_id=run_id,
            site=site.name,
            site_url=site.url,
            archive=storage.uri,
            since=window.since.isoformat() if window else None,
            until=window.until.isoformat() if window else None,
            kind=kind,
        )
        self.spool = spool or Spool(spool_root, storage, site.name)
        # the per-day account: a windowless crawl keeps none (its days are unbounded)
        kept = window is not None or kind == "import"
        self.ledger = Ledger(
            window.since if window else None, window.until if window else None, max_claims=kept
        )
        self.profile: SiteProfile | None = None  # the site's stored profile, loaded by open()
        self.sample = FeatureSample(seed=f"{site.name}/{run_id}")  # what the run teaches it
        self.state = CrawlState(site=site.name)
        self.partitions: set[str] = set()
        self._seen: set[str] = set()
        self.new_ids: set[str] = set()  # articles this run archived for the first time
        self.claimed: set[str] = set()  # ... from a page naming its canonical URL
        self.first_pass: ArchiveWriter | None = None  # the run's writer, when this one decides
        # that run's pages again (its report counts what this one finds)
        self.absorbed = 0  # articles this writer found to be another's unclaimed twin
        self._twins = NearTwins()  # this run's articles, for near copies at other URLs
        self._listings: dict[str, PageEntry] = {}
        self._seq = 0
        self._part: WarcPartWriter | None = None
        self._records: list[tuple[ArticleRecord, str | None]] = []
        self._versions: list[tuple[str, ArticleRecord, int]] = []  # (old key, new record, old v)
        self._drops: list[str] = []  # record keys of articles found to be another's twin
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="upload")
        self._futures: list[Future[None]] = []
        self._lock = threading.Lock()
        self._next_try = 0.0
        self._backoff = 1.0
        self._upload_failures = 0
        self._local_error: str | None = None  # the spool disk refused a write (ENOSPC ...)
        self.lock_ttl = max(lock_ttl, 1.0)
        self._lease: lock.Lease | None = None
        self._lost: str | None = None  # the lease was lost: nothing more is uploaded
        self._renewing = threading.Event()
        self.opened = False
        self.closed = False
        self.reported = False

    @classmethod
    def from_settings(
        cls,
        site: SiteConfig,
        settings: Settings,
        window: Window | None = None,
        *,
        kind: str = "crawl",
        run_id: str | None = None,
    ) -> ArchiveWriter:
        """A writer for one site with the archive, spool and part sizes of `settings`."""
        return cls(
            site,
            open_storage(settings.archive_uri),
            run_id=run_id or keys.new_run_id(),
            spool_root=settings.spool_dir,
            window=window,
            upload_wait=settings.upload_wait,
            part_max_records=settings.part_max_records,
            part_max_bytes=settings.part_max_bytes,
            kind=kind,
            lock_ttl=settings.lock_ttl,
        )

    @classmethod
    def of(cls, crawler: Any) -> ArchiveWriter:
        """The crawler's writer, made on first use from its spider (site, window) and settings
        (NEWSARCHIVE_ARCHIVE, _SPOOL, _UPLOAD_WAIT, _PART_RECORDS, _PART_BYTES; each else the
        environment variable of that name, else the default)."""
        writer = getattr(crawler, _CRAWLER_ATTR, None)
        if writer is None:
            spider = crawler.spider
            conf = crawler.settings
            settings = Settings.from_env(
                archive_uri=conf.get("NEWSARCHIVE_ARCHIVE"),
                spool_dir=conf.get("NEWSARCHIVE_SPOOL"),
                upload_wait=_number(conf, "NEWSARCHIVE_UPLOAD_WAIT", float),
                part_max_records=_number(conf, "NEWSARCHIVE_PART_RECORDS", int),
                part_max_bytes=_number(conf, "NEWSARCHIVE_PART_BYTES", int),
            )
            writer = cls.from_settings(spider.site, settings, spider.window)
            setattr(crawler, _CRAWLER_ATTR, writer)
        return writer

    # -- life cycle -------------------------------------------------------------------------
    def open(self) -> bool:
        """Check the archive, upload what earlier runs left in the spool, load the state.

        Returns False, with the report marked failed, when the archive is unreachable (nothing
        may be written then). Leftovers that still cannot be uploaded do not stop the run: they
        stay first in the spool, this run's batches queue behind them, and close() retries.
        """
        if self.opened:
            return self.ready
        self.opened = True
        try:
            self.storage.check(create=True)
        except StorageUnavailable as exc:  # worth a retry later: a failed run, not a usage error
            log.error("archive unreachable, %s not crawled: %s", self.site.name, exc)
            self.report.error("", "storage", str(exc))
            self.report.finish(
                "failed", f"archive unreachable at the start, nothing crawled: {exc}"
            )
            self.closed = True
            return False
        if not self._take_lease():
            self.closed = True
            return False
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
        self.profile = load_profile(self.storage, self.site.name)
        return True

    def _take_lease(self) -> bool:
        """Hold the site's archive lease (renewed in the background) and open the spool; False,
        with the report `refused` or `failed`, when another run holds it or the store fails."""
        try:
            self._lease = lock.acquire(
                self.storage, self.site.name, f"{self.kind} {self.run_id}", self.lock_ttl
            )
            self.spool.open()
        except lock.LockHeld as exc:
            self.report.finish("refused", f"{exc}; nothing crawled")
            return False
        except StorageError as exc:
            self._release()
            self.report.error("", "storage", str(exc))
            self.report.finish("failed", f"archive lock not taken, nothing crawled: {exc}")
            return False
        threading.Thread(target=self._renew, name="lease", daemon=True).start()
        return True

    def _renew(self) -> None:
        """Background: push the lease's expiry on every third of its life; stop on LockLost."""
        while not self._renewing.wait(self.lock_ttl / 3) and self._lease is not None:
            try:
                self._lease = lock.renew(self._lease)
            except lock.LockLost as exc:
                self._lost = str(exc)
                log.error("%s: stopped writing to the archive", exc)
                return
            except Exception as exc:  # the store failed: still ours until it expires, retry
                log.warning("archive lease of %s not renewed: %s", self.site.name, exc)

    def _release(self) -> None:
        self._renewing.set()
        lease, self._lease = self._lease, None
        if lease is not None and not self._lost:
            try:
                lock.release(lease)
            except Exception as exc:  # the store failed: the lease expires on its own
                log.warning("archive lease of %s not released: %s", self.site.name, exc)

    @property
    def lost(self) -> str | None:
        """Why the run lost its archive lease (it then writes nothing more), else None."""
        return self._lost

    @property
    def ready(self) -> bool:
        """Opened and accepting pages (False when the archive was unreachable at the start)."""
        return self.opened and not self.closed

    def _note_partitions(self, written: list[str]) -> None:
        """Days whose records were written from the spool need their index rebuilt too."""
        prefix = keys.articles_prefix(self.site.name)
        for key in written:
            if key.startswith(prefix):
                day = keys.parse_partition(key).get("date")
                if day:
                    self.partitions.add(day)

    def close(self) -> RunReport:
        """Seal the last part, wait for uploads (with backoff) and save the state. Blocking:
        run it off the reactor thread. The caller then adds its figures and calls write_report()."""
        if self.closed or not self.opened:  # never opened: nothing to seal, state untouched
            self.closed = True
            return self.report
        self.closed = True
        try:
            self._seal()
        except OSError as exc:
            self._fail_local(exc)
        for fut in self._futures:
            fut.result()
        self._executor.shutdown(wait=True)
        if self._lost:
            return self._end_lost()
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
        elif self._local_error:
            # pages fetched after the spool failed were not archived: the state must not call
            # them known, so the next run fetches them again
            log.error("crawl state of %s not saved: the local spool failed", self.site.name)
        else:
            for url, entry in self._listings.items():
                if url not in self.state.urls:
                    self.state.pages[url] = entry
            try:
                save_state(self.storage, self.state)
            except StorageError as exc:
                self.report.error("", "storage", str(exc))
                self.report.finish("partial", f"state not saved: {exc}")
        if self._local_error:
            self.report.finish(
                "failed",
                f"local spool not writable ({self._local_error}): pages fetched after that "
                "were not archived; free the disk and run again",
            )
        self._finish_days()
        notes = []
        if self.report.recovered_from_spool:
            notes.append(
                f"uploaded {self.report.recovered_from_spool} objects an earlier run "
                "left in the local spool"
            )
        if self.report.truncated:
            notes.append(
                f"{self.report.truncated} feeds or sitemaps were cut at max_feed_bytes "
                f"({self.site.max_feed_bytes} B): only the links of the part received were read"
            )
        if self._upload_failures and not result.pending:
            notes.append(
                f"archive unreachable for a while ({self._upload_failures} failed upload "
                "attempts); everything was uploaded after retries"
            )
        if notes and not self.report.message:
            self.report.message = "; ".join(notes)
        self._release()
        return self.report

    def _end_lost(self) -> RunReport:
        """The lease was taken over: upload nothing more, save no state, end failed."""
        self._renewing.set()
        self.report.spooled_pending = self.spool.pending_objects()
        self.report.error("", "storage", f"archive lock lost: {self._lost}")
        self.report.finish(
            "failed",
            f"archive lock lost ({self._lost}): stopped writing; "
            f"{self.report.spooled_pending} objects stay in the local spool ({self.spool.dir})",
        )
        self._finish_days()
        return self.report

    @property
    def upload_failures(self) -> int:
        """Failed upload attempts during the run (each was retried)."""
        return self._upload_failures

    def finish_crawl(self, reason: str, stats: dict[str, Any], *, home_ok: bool = True) -> None:
        """Scrapy's end of the crawl into the report: its figures, an unreachable site, and an
        interrupted run (SIGTERM/SIGINT: finish reason "shutdown"), which is never "ok"."""
        report = self.report
        report.stats.update({k: _plain(stats[k]) for k in CRAWL_STATS if k in stats})
        if report.status in ("failed", "refused"):
            return
        if not home_ok and report.pages_fetched <= 1:
            first = next((e for e in report.errors if e["url"].startswith(self.site.url)), None)
            detail = f": {first['reason']} ({first['detail']})" if first else ""
            report.finish("failed", f"site {self.site.name} unreachable at {self.site.url}{detail}")
        elif reason != "finished":
            kept = "kept in the local spool" if report.spooled_pending else "archived"
            report.finish(
                "interrupted",
                f"crawl stopped before its end ({reason}): what was fetched is {kept}; "
                "run again to complete the window",
            )

    def write_report(self) -> None:
        """Finish and store the report; if the archive refuses it, keep it in the spool."""
        self.reported = True
        if self.report.status == "refused":  # another run holds the archive: nothing of ours
            return
        if self.report.status == "running":
            self.report.finish()
        if self._upload_failures:
            self.report.stats["newsarchive/upload_failures"] = self._upload_failures
        key = keys.report_key(self.site.name, self.run_id, self.report.window, self.kind)
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

    # -- what the archive knows -------------------------------------------------------------
    @property
    def memory(self) -> _Memory:
        """The read-only view of the archive that `decide` takes."""
        return _Memory(self.state, self._seen, self._twins, self._unclaimed_in_run)

    def known(self, url: str) -> ArticleEntry | None:
        """The archived article a canonical URL or alias belongs to."""
        return self.state.known(url)

    def confirmed(self, url: str, when: str) -> None:
        """A conditional re-check of an archived article answered 304 at WHEN: a source dating
        the article before WHEN is no news next time."""
        entry = self.state.known(url)
        if entry is not None and when > entry.fetched:
            entry.fetched = when

    def listing(self, url: str) -> PageEntry | None:
        """What a listing, feed or sitemap gave last time (validators and links)."""
        return self.state.pages.get(url)

    def remember_listing(self, url: str, entry: PageEntry) -> None:
        """Keep a listing's validators and links for the next run (a 304 replays the links)."""
        self._listings[url] = entry

    # -- writing ------------------------------------------------------------------------------
    def write_raw(self, page: Page) -> RawPointer:
        """Append the response to the current WARC part; returns where it lies."""
        self.report.pages_fetched += 1
        self.report.bytes_fetched += len(page.body)
        try:
            if self._part is None:
                key = keys.warc_key(self.site.name, self.run_id, self._seq)
                path = self.spool.dir / f"{self.run_id}-{self._seq:05d}.warc.gz.part"
                info = {"site": self.site.name, "run": self.run_id, "isPartOf": self.site.url}
                self._part = WarcPartWriter(path, key, info=info)
            pointer = self._part.write_response(
                page.url,
                page.status,
                page.headers,
                page.body,
                fetched_at=page.fetched_at,
                found=page.found(),
            )
            if (
                self._part.size >= self.part_max_bytes
                or self._part.records >= self.part_max_records
            ):
                self._seal()
        except OSError as exc:  # the local spool disk is full or gone: the run cannot end "ok"
            self._fail_local(exc, page.url)
            raise
        return pointer

    def _fail_local(self, exc: OSError, url: str = "") -> None:
        detail = f"{exc.strerror or exc} ({self.spool.dir})"
        if self._local_error is None:
            log.error("local spool not writable, pages are being lost: %s", detail)
        self._local_error = detail
        self.report.error(url, "storage", f"local spool not writable: {detail}")

    def apply(self, decision: Decision, featured: bool = True) -> str:
        """Carry out a decision: queue the record, remember aliases, count it in the report.
        Returns the outcome counted (archived, updated, unchanged, duplicate, a skip reason).
        FEATURED False: the page was extracted without profile features because the run's
        sample would not keep them (`FeatureSample.wants_next`)."""
        if decision.kind == "raw":
            return decision.outcome
        self.sample.add(decision, featured)
        page, record, report = decision.page, decision.record, self.report
        if decision.outcome == "extract_error":
            report.error(page.url, "extract_error", decision.detail)
        if record is not None:
            if not record.title:
                report.missing_title += 1
            if record.date_source != "published":
                report.missing_date += 1
        if decision.outcome == "empty_text":
            report.empty_text += 1
        if decision.outcome != "not_article":
            # Only listings may be answered by a 304 next time (their links are replayed);
            # any other page, e.g. an article outside this window, must be fetched in full.
            self._listings.pop(page.url, None)
        if record is not None and decision.kind in ("archive", "alias"):
            record = dataclasses.replace(record, run_id=self.run_id, raw=page.raw or record.raw)
            self._seen.add(record.article_id)
            if decision.alias_of and decision.alias_of != record.article_id:
                self._twin(decision.alias_of, record.article_id, decision.urls)
            elif decision.kind == "archive":
                if decision.outcome == "archived":
                    self.new_ids.add(record.article_id)
                self._twins.add(
                    record.article_id, record.simhash, record.title, record.text, record.date
                )
                self._queue(record, decision.urls, page.validators())
                if decision.claimed:
                    self.claimed.add(record.article_id)
                    self._absorb_unclaimed_twin(record)
            elif decision.outcome == "unchanged":
                old = self.state.articles[record.article_id]
                old.etag, old.last_modified = page.validators()
                old.fetched = record.fetched_at  # a lastmod before this is no news next time
                self.state.remember(record.article_id, old, decision.urls)
        self.count(decision.outcome, decision.day)
        for url in {page.requested_url, page.url, *page.redirects}:
            self.ledger.outcome(url, decision.outcome)
        return decision.outcome

    def _absorb_unclaimed_twin(self, record: ArticleRecord) -> None:
        """A page naming its canonical URL serves the very text that a page of this run naming
        none was archived with as its own article (a print view met first): that article
        becomes this one's alias, its record deleted, and the run's report counts it a
        duplicate (the first pass's, when this writer decides the run's pages again)."""
        run = self.first_pass or self
        twin = self.state.article_of_sha(record.content_sha256)
        if twin is None or twin == record.article_id or not self._unclaimed_in_run(twin):
            return
        entry = self.state.articles.get(twin)
        urls = self.state.urls_of(twin)
        self._twin(record.article_id, twin, urls)
        self.state.shas[record.content_sha256] = record.article_id
        self._twins.rename(twin, record.article_id)
        self.new_ids.discard(twin)
        self.absorbed += 1
        run.recount(twin, entry.day if entry is not None else None, "duplicate", urls)
        log.info("%s: %s is an alias of %s (same text)", self.site.name, urls, record.canonical_url)

    def _unclaimed_in_run(self, article_id: str) -> bool:
        """This run archived the article for the first time from a page naming no canonical URL
        (a print view met first: the page naming itself that serves its text takes it over)."""
        run = self.first_pass or self
        return (
            article_id in run.new_ids
            and article_id not in self.claimed
            and article_id not in run.claimed
        )

    def recount(self, article_id: str, day: str | None, outcome: str, urls: list[str]) -> None:
        """An article this run archived as new turns out to be something else (OUTCOME: a
        duplicate, not an article): its archived count is taken back and OUTCOME counted."""
        self.new_ids.discard(article_id)
        self.report.articles_archived -= 1
        if day is not None and day in self.report.days:
            self.report.day(day).archived -= 1
        self.count(outcome, day)
        for url in urls:
            self.ledger.overrule(url, outcome)

    def retract(self, article_id: str) -> str | None:
        """Delete an article's record and forget it (a page this run first took for an article
        and, decided again with a better profile, is not one; its raw page stays in the WARC).
        Returns the day it was archived under, None when it is not archived."""
        entry = self.state.articles.pop(article_id, None)
        if entry is None:
            return None
        for url in self.state.urls_of(article_id):
            del self.state.urls[url]
        if self.state.shas.get(entry.sha) == article_id:
            del self.state.shas[entry.sha]
        with self._lock:
            self._drops.append(entry.key)
            self._records = [(r, st) for r, st in self._records if r.article_id != article_id]
        self.partitions.add(entry.day)
        return entry.day

    def _twin(self, article_id: str, own_id: str, urls: list[str]) -> None:
        """URLs serving an archived article's text: they become its aliases (listed in its
        record while that waits in this run's batch); a record archived under their own id
        before (a variant whose chrome hid the sameness) is deleted."""
        own = self.state.articles.pop(own_id, None)
        adopted = self._adopt(article_id) if self.kind == "reextract" else None
        with self._lock:
            if own is not None:
                self._drops.append(own.key)
                self.partitions.add(own.day)
                self._records = [(r, st) for r, st in self._records if r.article_id != own_id]
            if adopted is not None:
                self._records.append((adopted, None))
            for record, _stale in self._records:
                if record.article_id != article_id:
                    continue
                for url in urls:
                    if url != record.canonical_url and url not in record.aliases:
                        record.aliases.append(url)
        for url in urls:
            self.state.urls[canonicalize(url) or url] = article_id

    def _adopt(self, article_id: str) -> ArticleRecord | None:
        """An article's stored record, taken into this batch to be written again (a pass that
        decides only some pages again adds their URLs as aliases of one it left alone); None
        when it is in the batch already or cannot be read (logged)."""
        with self._lock:
            if any(r.article_id == article_id for r, _ in self._records):
                return None
        entry = self.state.articles.get(article_id)
        if entry is None:
            return None
        try:
            return ArticleRecord.from_json(self.storage.get_bytes(entry.key))
        except (KeyError, ValueError, StorageError) as exc:
            log.warning("record %s not read, its new aliases are not listed: %s", entry.key, exc)
            return None

    def _queue(
        self, record: ArticleRecord, urls: list[str], validators: tuple[str | None, str | None]
    ) -> None:
        old = self.state.articles.get(record.article_id)
        key = keys.article_key(record.site, record.date, record.article_id)
        stale = old.key if old and old.key != key else None
        if old is not None and old.sha != record.content_sha256 and self.kind != "reextract":
            record = dataclasses.replace(record, version=old.version + 1)  # the old one is kept
            self._versions.append((old.key, record, old.version))
        elif old is not None:
            record = dataclasses.replace(record, version=old.version)
        entry = ArticleEntry(
            key, record.content_sha256, record.date, record.fetched_at, record.version, *validators
        )
        entry.simhash = record.simhash
        self.state.remember(record.article_id, entry, urls)
        self.partitions.add(record.date)
        if stale and old:
            self.partitions.add(old.day)
        with self._lock:
            for i, (earlier, earlier_stale) in enumerate(self._records):
                if earlier.article_id == record.article_id:  # written again: keep its aliases
                    known = {record.canonical_url, *record.aliases}
                    kept = [u for u in earlier.aliases if u not in known]
                    record = dataclasses.replace(record, aliases=[*record.aliases, *kept])
                    stale = stale or earlier_stale
                    del self._records[i]
                    break
            self._records.append((record, stale))
            full = self._part is None and len(self._records) >= self.part_max_records
        if full:  # no open part to wait for (reextract, import): the records go in their own batch
            self._seal()

    def _seal(self) -> None:
        """Move the current WARC part and its records into a spool batch and upload it."""
        part, self._part = self._part, None
        with self._lock:
            records, self._records = self._records, []
            versions, self._versions = self._versions, []
            drops, self._drops = self._drops, []
        if part is None and not records and not drops:
            return
        batch = self.spool.new_batch(f"{self.run_id}-{self._seq:05d}")
        self._seq += 1
        if part is not None:
            part.close()
            batch.put_file(part.key, part.path)
        for src, record, version in versions:  # before the new version overwrites them
            batch.keep_version(src, keys.version_key(record.site, record.article_id, version))
        for record, stale in records:
            batch.put_bytes(
                keys.article_key(record.site, record.date, record.article_id),
                record.to_json().encode("utf-8"),
            )
            if stale:
                batch.delete(stale)
        for key in drops:
            batch.delete(key)
        batch.seal()
        self._futures.append(self._executor.submit(self._upload_pending))

    def _upload_pending(self) -> None:
        """Background: drain the spool now unless the store failed recently (backoff)."""
        if time.monotonic() < self._next_try or self._lost:
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
    def count(self, outcome: str, day: str | None = None, n: int = 1) -> None:
        """Count what became of one article candidate (also for pages never fetched); n=-1
        takes back a `known` when a later source says the article changed."""
        report = self.report
        if n != 1:
            report.skip(outcome, day, n)
            if day and outcome in ("known", "unchanged"):
                report.day(day).already += n
            return
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
        self.report.coverage = self.ledger.rows()
        if self.ledger.dropped and self.ledger.max_claims:
            self.report.stats["newsarchive/coverage_claims_dropped"] = self.ledger.dropped
