"""ExtractPool: the pages' extraction in worker processes beside the reactor, shared by a crawl.

Every site crawler of one process shares one pool (`ExtractPool.acquire`/`release`): workers
are started from a forkserver (a forked Twisted reactor is unsafe) that imports the extraction
once (`pipelines.worker`). At most `limit` pages are in flight;
a caller waiting for a slot keeps its response in Scrapy's scraper slot, whose byte cap
(SCRAPER_SLOT_MAX_ACTIVE_SIZE) then pauses the downloader. A worker that dies breaks only the
pool: it is replaced and the page tried once more, then reported as an extraction error.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import ClassVar

from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred, DeferredSemaphore

from newsarchive.config import SiteConfig
from newsarchive.decide import Staged
from newsarchive.extraction.profile import SiteProfile
from newsarchive.page import Page
from pipelines.worker import init_worker, stage_in_worker

log = logging.getLogger(__name__)


class ExtractPool:
    """A bounded process pool for `decide.stage`, one per crawl process."""

    _shared: ClassVar[ExtractPool | None] = None
    _users: ClassVar[int] = 0

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.limit = max(4, 2 * workers)
        self.slots = DeferredSemaphore(self.limit)
        self.restarts = 0
        self._executor: ProcessPoolExecutor | None = None

    # -- sharing ------------------------------------------------------------------------------
    @classmethod
    def acquire(cls, workers: int) -> ExtractPool:
        """The process's pool, started on first use."""
        if cls._shared is None:
            cls._shared = cls(workers)
            atexit.register(cls._shared.shutdown)
        cls._users += 1
        return cls._shared

    @classmethod
    def release(cls) -> None:
        """One crawler is done with the pool; the last one shuts it down."""
        cls._users -= 1
        if cls._users <= 0 and cls._shared is not None:
            cls._shared.shutdown()
            cls._shared, cls._users = None, 0

    # -- work ---------------------------------------------------------------------------------
    def _start(self) -> ProcessPoolExecutor:
        if self._executor is None:
            context = multiprocessing.get_context("forkserver")
            if self.workers > 1:  # shared by the workers it forks; one worker imports alone
                context.set_forkserver_preload(["pipelines.worker"])
            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=init_worker, initargs=(os.getpid(),)
            )
        return self._executor

    async def stage(
        self, page: Page, site: SiteConfig, profile: SiteProfile | None, features: bool
    ) -> Staged:
        """`decide.stage` of page in a worker, waiting for a free slot first. Never raises."""
        await maybe_deferred_to_future(self.slots.acquire())
        try:
            for attempt in (1, 2):
                executor = self._start()
                try:
                    future = executor.submit(stage_in_worker, page, site, profile, features)
                    return await maybe_deferred_to_future(_deferred_of(future))
                except BrokenProcessPool:
                    self._broken(executor)
                    if attempt == 2:
                        detail = "extraction worker died twice on this page"
                        return Staged("skip", "extract_error", detail=detail)
                except Exception as exc:  # e.g. a page that does not pickle
                    return Staged("skip", "extract_error", detail=repr(exc)[:300])
            raise AssertionError("unreachable")
        finally:
            self.slots.release()

    def _broken(self, executor: ProcessPoolExecutor) -> None:
        """Replace a pool a worker died in (once per broken pool, whoever notices first)."""
        if self._executor is executor:
            log.error("an extraction worker died; starting a new pool")
            self.restarts += 1
            self._executor = None
            executor.shutdown(wait=False, cancel_futures=True)

    def shutdown(self) -> None:
        """Stop the workers (pending pages are not waited for: their callers are gone)."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


def _deferred_of(future: Future[Staged]) -> Deferred[Staged]:
    """A Deferred fired on the reactor thread with the future's result."""
    from twisted.internet import reactor  # the crawl's, installed by then

    result: Deferred[Staged] = Deferred()

    def fire(done: Future[Staged]) -> None:
        exc = done.exception()
        if exc is not None:
            result.errback(exc)
        else:
            result.callback(done.result())

    future.add_done_callback(lambda done: reactor.callFromThread(fire, done))
    return result


__all__ = ["ExtractPool"]
