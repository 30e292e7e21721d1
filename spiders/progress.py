"""Per-site crawl progress: a live rich table on a terminal, else a plain stderr line every N s."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import create_looping_call

LINE = (
    "progress {site}: {pages} pages, {articles} articles, {queue} queued, {rate:.1f} pages/s{end}"
)


def emit(line: str) -> None:
    """One plain line on stderr in one write, so a log record from another thread cannot split it."""
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


@dataclass
class Snapshot:
    """One site's figures at one moment."""

    site: str
    pages: int
    articles: int
    queue: int
    rate: float  # pages per second since the previous snapshot
    done: bool = False

    def line(self) -> str:
        """The plain progress line (what the tests and the Airflow logs read)."""
        return LINE.format(**vars(self), end=", done" if self.done else "")


class _Board:
    """The one live table of a process's crawls (one row per site), shown while any is running."""

    def __init__(self) -> None:
        self.rows: dict[str, Snapshot] = {}
        self.running = 0
        self.live: Any = None

    def open(self) -> None:
        self.running += 1
        if self.live is None:
            from rich.console import Console
            from rich.live import Live

            self.live = Live(console=Console(stderr=True), refresh_per_second=2, transient=False)
            self.live.start()

    def show(self, snap: Snapshot) -> None:
        from rich.table import Table

        self.rows[snap.site] = snap
        table = Table(title="crawling", title_justify="left")
        for col in ("site", "pages", "articles", "queued", "pages/s", ""):
            table.add_column(col, justify="left" if col in ("site", "") else "right")
        for s in self.rows.values():
            state = "done" if s.done else ""
            table.add_row(
                s.site, str(s.pages), str(s.articles), str(s.queue), f"{s.rate:.1f}", state
            )
        if self.live is not None:
            self.live.update(table)

    def close(self) -> None:
        self.running -= 1
        if self.running <= 0 and self.live is not None:
            self.live.stop()
            self.live, self.rows = None, {}


BOARD = _Board()


class Progress:
    """Scrapy extension: reads the crawler's stats and the run report on a timer and shows them."""

    def __init__(self, crawler: Any, every: float, live: bool) -> None:
        self.crawler, self.every, self.live = crawler, every, live
        self.task: Any = None
        self.site = ""
        self.started = time.monotonic()
        self.last = (self.started, 0)

    @classmethod
    def from_crawler(cls, crawler: Any) -> Progress:
        every = crawler.settings.getfloat("NEWSARCHIVE_PROGRESS_EVERY", 30.0)
        if every <= 0:
            raise NotConfigured("progress off")
        live = crawler.settings.getbool("NEWSARCHIVE_PROGRESS_LIVE", sys.stderr.isatty())
        ext = cls(crawler, min(every, 1.0) if live else every, live)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def snapshot(self, spider: Any, done: bool = False) -> Snapshot:
        stats = self.crawler.stats
        pages = int(stats.get_value("response_received_count", 0))
        report = getattr(spider, "report", None) if getattr(spider, "crawler", None) else None
        articles = (report.articles_archived + report.articles_updated) if report else 0
        scheduler = getattr(self.crawler.engine, "scheduler", None) if self.crawler.engine else None
        queue = len(scheduler) if scheduler is not None and hasattr(scheduler, "__len__") else 0
        now = time.monotonic()
        then, before = (self.started, 0) if done else self.last  # the last line: the run's rate
        rate = (pages - before) / (now - then) if now > then else 0.0
        self.last = (now, pages)
        name = getattr(getattr(spider, "site", None), "name", spider.name)
        return Snapshot(name, pages, articles, queue, rate, done)

    def show(self, spider: Any, done: bool = False) -> None:
        snap = self.snapshot(spider, done)
        if self.live:
            BOARD.show(snap)
        else:
            emit(snap.line())

    def spider_opened(self, spider: Any) -> None:
        self.started = time.monotonic()
        self.last = (self.started, 0)
        if self.live:
            BOARD.open()
        self.task = create_looping_call(self.show, spider)
        self.task.start(self.every, now=False)

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
        report = getattr(spider, "report", None)
        if getattr(report, "status", None) != "refused":  # a refused run says so in one line
            self.show(spider, done=True)
        if self.live:
            BOARD.close()
