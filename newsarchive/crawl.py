"""Run crawls: Scrapy settings from the site config, one crawler per site, reports at the end."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

from newsarchive.archive.keys import new_run_id
from newsarchive.archive.report import RunReport
from newsarchive.archive.session import RunSession
from newsarchive.archive.storage import StorageUnavailable, open_storage
from newsarchive.config import Config, SiteConfig
from newsarchive.errors import NewsarchiveError
from newsarchive.settings import Settings

log = logging.getLogger(__name__)

RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
_STATS = (
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


def scrapy_settings(site: SiteConfig, config: Config, settings: Settings) -> dict[str, Any]:
    """The Scrapy settings for one site: politeness, limits and our middlewares/pipelines."""
    from pipelines import ITEM_PIPELINES

    return {
        "BOT_NAME": "newsarchive",
        "USER_AGENT": config.agent(),
        "ROBOTSTXT_OBEY": site.obey_robots,
        "CONCURRENT_REQUESTS": max(4, site.concurrency),
        "CONCURRENT_REQUESTS_PER_DOMAIN": site.concurrency,
        "DOWNLOAD_DELAY": site.download_delay,
        "DOWNLOAD_DELAY_JITTER": 0.5,
        "AUTOTHROTTLE_ENABLED": site.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(site.download_delay, 0.1),
        "AUTOTHROTTLE_MAX_DELAY": 30.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(site.concurrency),
        "DOWNLOAD_TIMEOUT": site.timeout,
        "DNS_TIMEOUT": min(site.timeout, 20),
        "RETRY_ENABLED": True,
        "RETRY_TIMES": site.retries,
        "RETRY_HTTP_CODES": RETRY_HTTP_CODES,
        "NEWSARCHIVE_RETRY_BACKOFF": 1.0,
        "DOWNLOAD_MAXSIZE": site.max_page_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "REDIRECT_MAX_TIMES": 5,
        "DEPTH_LIMIT": 0,  # the spider counts link hops itself (sitemap nesting is not depth)
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "HTTPCACHE_ENABLED": False,
        "LOG_LEVEL": settings.log_level,
        "ITEM_PIPELINES": ITEM_PIPELINES,
        "DOWNLOADER_MIDDLEWARES": {
            "spiders.middlewares.SafetyMiddleware": 50,
            "spiders.middlewares.BackoffMiddleware": 580,
            "spiders.middlewares.ConditionalMiddleware": 590,
        },
    }


@dataclass
class CrawlJob:
    site: SiteConfig
    session: RunSession
    crawler: Any = None
    ready: bool = True  # False: the archive was unreachable at the start, nothing crawled


def _prepare(
    sites: list[SiteConfig],
    settings: Settings,
    window: tuple[date, date] | None,
) -> list[CrawlJob]:
    storage = open_storage(settings.archive_uri)
    jobs = []
    for site in sites:
        session = RunSession(
            site,
            storage,
            run_id=new_run_id(),
            spool_root=settings.spool_dir,
            window=window,
            upload_wait=settings.upload_wait,
            part_max_records=settings.part_max_records,
            part_max_bytes=settings.part_max_bytes,
        )
        job = CrawlJob(site, session)
        try:
            session.open()
        except StorageUnavailable as exc:  # worth a retry later: a failed run, not a usage error
            log.error("archive unreachable, %s not crawled: %s", site.name, exc)
            session.report.error("", "storage", str(exc))
            session.report.finish(
                "failed", f"archive unreachable at the start, nothing crawled: {exc}"
            )
            session.closed = True
            job.ready = False
        jobs.append(job)
    return jobs


def run_crawl(
    config: Config,
    sites: list[SiteConfig],
    settings: Settings,
    window: tuple[date, date] | None = None,
) -> list[RunReport]:
    """Crawl the sites (in parallel, one process) and return their reports, already stored."""
    if window and window[0] > window[1]:
        raise NewsarchiveError(f"--since {window[0]} is after --until {window[1]}")
    if not sites:
        raise NewsarchiveError("no sites to crawl (none configured or all disabled)")
    jobs = _prepare(sites, settings, window)

    from scrapy.crawler import Crawler, CrawlerProcess
    from scrapy.settings import Settings as ScrapySettings

    from spiders.news import NewsSpider

    process = CrawlerProcess(
        {
            "LOG_LEVEL": settings.log_level,
            "LOG_INSTALL_ROOT_HANDLER": True,
            "TELNETCONSOLE_ENABLED": False,
        }
    )
    ready = [job for job in jobs if job.ready]
    for i, job in enumerate(ready):
        job.crawler = Crawler(
            NewsSpider,
            ScrapySettings(scrapy_settings(job.site, config, settings)),
            init_reactor=i == 0,  # the first crawler installs the reactor for all
        )
        process.crawl(job.crawler, site=job.site, session=job.session)
    if ready:
        process.start()
    return [_finish(job) for job in jobs]


def _finish(job: CrawlJob) -> RunReport:
    session, report = job.session, job.session.report
    if not session.closed:  # the engine never reached the pipelines' close (startup failure)
        session.close()
        report.finish("failed", report.message or "the crawl did not run to its end")
    stats = job.crawler.stats.get_stats() if job.crawler and job.crawler.stats else {}
    report.stats = {k: _plain(stats[k]) for k in _STATS if k in stats}
    if session.upload_failures:
        report.stats["newsarchive/upload_failures"] = session.upload_failures
    spider = getattr(job.crawler, "spider", None)
    if spider is not None and not spider.home_ok and report.pages_fetched <= 1:
        first = next((e for e in report.errors if e["url"].startswith(job.site.url)), None)
        detail = f": {first['reason']} ({first['detail']})" if first else ""
        report.finish("failed", f"site {job.site.name} unreachable at {job.site.url}{detail}")
    session.write_report()
    return report


def _plain(value: Any) -> Any:
    return value if isinstance(value, int | float | str | bool) or value is None else str(value)
