"""Run crawls: one Scrapy crawler per site in one process, then the index step and the reports.

The spider, pipelines and middlewares are named by their dotted paths in the Scrapy project
settings (`spiders.settings`), so the library never imports them: the CLI and the Airflow task
(which runs the CLI) call `run_crawl`, and `scrapy crawl news -a site=NAME` runs the same spider.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

from newsarchive.archive import keys
from newsarchive.archive.report import RunReport
from newsarchive.archive.storage import Storage, StorageUnavailable, open_storage
from newsarchive.config import Config, SiteConfig
from newsarchive.errors import NewsarchiveError, StorageError
from newsarchive.settings import Settings

log = logging.getLogger(__name__)

PROJECT_SETTINGS = "spiders.settings"
SPIDER = "news"


@dataclass
class CrawlJob:
    site: SiteConfig
    crawler: Any = None


def project_settings(settings: Settings, config: Config | None = None) -> Any:
    """The Scrapy project settings with this run's archive, config, spool and log level (the
    loaded `config` itself when given, else its path)."""
    from scrapy.settings import Settings as ScrapySettings

    scrapy_settings = ScrapySettings()
    scrapy_settings.setmodule(PROJECT_SETTINGS, priority="project")
    scrapy_settings.setdict(
        {
            "LOG_LEVEL": settings.log_level,
            "LOG_INSTALL_ROOT_HANDLER": True,
            "NEWSARCHIVE_CONFIG": config if config is not None else str(settings.config_path),
            "NEWSARCHIVE_ARCHIVE": settings.archive_uri,
            "NEWSARCHIVE_SPOOL": str(settings.spool_dir),
            "NEWSARCHIVE_UPLOAD_WAIT": settings.upload_wait,
            "NEWSARCHIVE_PART_RECORDS": settings.part_max_records,
            "NEWSARCHIVE_PART_BYTES": settings.part_max_bytes,
            "NEWSARCHIVE_PROGRESS_EVERY": settings.progress_every,
            "NEWSARCHIVE_EXTRACT_WORKERS": settings.extract_workers,
        },
        priority="cmdline",
    )
    return scrapy_settings


def index_step(storage: Storage, report: RunReport) -> None:
    """Rebuild the Parquet partitions of the days a run changed (its own step, after the run).

    An index that cannot be written leaves the run partial (its stored report says so):
    `newsarchive reindex` rebuilds it.
    """
    if not report.partitions or report.status == "failed":
        return
    from newsarchive.read.parquet_index import rebuild_partitions

    try:
        rebuild_partitions(storage, [(report.site, day) for day in report.partitions])
    except StorageError as exc:
        report.error("", "storage", f"index not rebuilt: {exc}")
        if report.status == "ok":
            report.finish("partial", f"index not rebuilt (run `newsarchive reindex`): {exc}")
        key = keys.report_key(report.site, report.run_id, report.window, report.kind)
        try:
            storage.put_bytes(key, report.to_json().encode("utf-8"))
        except StorageError as again:
            log.error("run report of %s not stored again: %s", report.site, again)


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
    storage = open_storage(settings.archive_uri)
    # A bad archive root (not a folder, bad bucket name ...) is refused here, before crawling;
    # an unreachable one is worth a retry later: each site's writer reports a failed run.
    with contextlib.suppress(StorageUnavailable):
        storage.check(create=True)

    from scrapy.crawler import CrawlerProcess

    process = CrawlerProcess(project_settings(settings, config))
    since, until = (d.isoformat() for d in window) if window else (None, None)
    jobs = []
    for site in sites:
        job = CrawlJob(site, process.create_crawler(SPIDER))
        process.crawl(job.crawler, site=site.name, since=since, until=until)
        jobs.append(job)
    process.start()
    reports = [_finish(job, settings) for job in jobs]
    for report in reports:
        index_step(storage, report)
    return reports


def _finish(job: CrawlJob, settings: Settings) -> RunReport:
    """The stored report of one crawler; one that never got going gets a failed report."""
    from newsarchive.archive.writer import ArchiveWriter

    writer: ArchiveWriter | None = getattr(job.crawler, "newsarchive_writer", None)
    if writer is not None and writer.reported:
        return writer.report
    if writer is None:
        window = getattr(job.crawler.spider, "window", None)
        writer = ArchiveWriter.from_settings(job.site, settings, window)
    writer.close()
    writer.report.finish("failed", writer.report.message or "the crawl did not run to its end")
    writer.write_report()
    return writer.report
