"""ArchivePipeline: decide what each page is and archive it; opens and closes the run's writer."""

from __future__ import annotations

import logging
import os
from typing import Any

from scrapy import signals
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from twisted.internet.threads import deferToThread

from newsarchive.archive.relearn import EarlyProfile, relearn
from newsarchive.decide import Staged, settle, stage
from newsarchive.extraction.extract import reset_caches
from newsarchive.page import Page
from newsarchive.settings import Settings
from pipelines.base import WriterPipeline
from pipelines.pool import ExtractPool
from pipelines.worker import RESET_EVERY

log = logging.getLogger(__name__)


class ArchivePipeline(WriterPipeline):
    """Each page is staged (extraction, record) in the crawl's worker pool, or here when
    NEWSARCHIVE_EXTRACT_WORKERS is 0, then settled against the archive's memory and written
    on the reactor thread, with nothing awaited in between."""

    done = 0
    stopping = False
    pool: ExtractPool | None = None
    early: EarlyProfile | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> Any:
        pipeline = super().from_crawler(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    async def open_spider(self) -> None:
        """Check the archive, upload spool leftovers and load the state, off the reactor (an
        unreachable archive marks the report failed, and the spider then crawls nothing)."""
        workers = _extract_workers(self.crawler.settings)
        if workers:
            self.pool = ExtractPool.acquire(workers)
        await maybe_deferred_to_future(deferToThread(self.writer.open))
        self.early = EarlyProfile(self.writer)

    async def process_item(self, page: Page) -> Page:
        staged, featured = await self._stage(page)
        spider = self.crawler.spider
        if self.writer.lost and not self.stopping:  # another run took the archive lease over
            self.stopping = True
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="lock_lost"))
        decision = settle(page, staged, spider.window, self.writer.memory)
        if decision.outcome == "extract_error":
            log.error("extraction failed for %s: %s", page.url, decision.detail)
        self.writer.apply(decision, featured)
        if self.early is not None:
            self.early.after_apply()
        # Items are not exported anywhere: drop quietly so Scrapy holds no bodies in memory.
        raise DropItem(decision.outcome, log_level="DEBUG")

    async def _stage(self, page: Page) -> tuple[Staged, bool]:
        """Extraction and record of an HTML page, in the pool when there is one, with the
        profile in use now (learned again as the run goes on, see `EarlyProfile`); and whether
        its profile features were worked out. Here, where each page is staged and applied in
        turn, only when the run's sample would keep them (`FeatureSample.wants_next`: past
        its first pages, most articles' are not kept); the pool's workers always do."""
        profile = self.early.for_page(page.url) if self.early else self.writer.profile
        if self.pool is not None and page.role == "page" and page.status == 200:
            return await self.pool.stage(page, self.site, profile, True), True
        featured = self.writer.sample.wants_next()
        staged = stage(page, self.site, profile=profile, features=featured)
        self.done += 1
        if self.done % RESET_EVERY == 0:
            reset_caches()
        return staged, featured

    async def close_spider(self) -> None:
        """Seal, drain uploads (up to the upload wait) and save the state, then learn the site
        profile and decide the run's pages again when it changed; all off the reactor."""
        pool, self.pool = self.pool, None
        if pool is not None:
            if pool.restarts:
                log.error("extraction workers died %d time(s) in this crawl", pool.restarts)
            ExtractPool.release()
        await maybe_deferred_to_future(deferToThread(self._close))

    def _close(self) -> None:
        self.writer.close()
        relearn(self.writer, self.early)

    async def spider_closed(self, spider: Any, reason: str) -> None:
        """The run's end as Scrapy saw it goes into the report, which is then stored."""
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        self.writer.finish_crawl(reason, stats, home_ok=getattr(spider, "home_ok", True))
        await maybe_deferred_to_future(deferToThread(self.writer.write_report))


def _extract_workers(conf: Any) -> int:
    """NEWSARCHIVE_EXTRACT_WORKERS from the crawl's Scrapy settings, else the environment
    variable of that name; read and checked by Settings like every other number."""
    value = conf.get("NEWSARCHIVE_EXTRACT_WORKERS")
    if value is None or value == "":
        return Settings.from_env().extract_workers
    return Settings.from_env(
        {**os.environ, "NEWSARCHIVE_EXTRACT_WORKERS": str(value)}
    ).extract_workers
