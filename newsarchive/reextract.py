"""Re-extraction from the raw archive: stored WARC responses -> decide -> the same writer.

For when extraction improved, or a site no longer lists old pages: nothing is fetched. Each
stored response becomes the Page the crawl had (role, source, redirects and the source's date
are kept in its WARC record), `decide` judges it exactly as in a crawl, and an ArchiveWriter
writes what changed and counts it like a crawl. Its report is stored under its own key
(`kind="reextract"`), so the quality gate never takes it for crawl history.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from datetime import UTC, date, datetime

from newsarchive.archive import keys
from newsarchive.archive.profiles import update_profile
from newsarchive.archive.relearn import FeatureSample
from newsarchive.archive.report import RunReport
from newsarchive.archive.storage import Storage
from newsarchive.archive.warc import iter_pointed
from newsarchive.archive.writer import ArchiveWriter
from newsarchive.config import SiteConfig
from newsarchive.dates import Window, parse_when
from newsarchive.decide import Recall, decide
from newsarchive.extraction.extract import reset_caches
from newsarchive.extraction.profile import SiteProfile
from newsarchive.page import Page
from newsarchive.settings import Settings

log = logging.getLogger(__name__)
RESET_EVERY = 500

__all__ = ["reextract", "stored_pages"]


def _run_of(warc_key: str) -> str:
    return keys.parse_partition(warc_key).get("run", "") or warc_key.rsplit("/", 1)[-1]


def stored_pages(storage: Storage, site: str, run_id: str | None = None) -> Iterator[Page]:
    """Every response stored for a site (or one run of it), as Pages with their raw pointers:
    the newest run first (its version of an article wins), each run's parts in written order."""
    parts = [k for k in storage.list(f"{keys.RAW}/site={site}/") if k.endswith(".warc.gz")]
    runs: dict[str, list[str]] = {}
    for key in parts:
        runs.setdefault(_run_of(key), []).append(key)
    if run_id is not None:
        runs = {run: found for run, found in runs.items() if run == run_id}
    for run in sorted(runs, reverse=True):
        for warc_key in sorted(runs[run]):
            with io.BytesIO(storage.get_bytes(warc_key)) as stream:
                for pointer, response in iter_pointed(stream, warc_key):
                    page = Page.from_found(
                        response.url,
                        response.status,
                        response.headers,
                        response.body,
                        parse_when(response.fetched_at) or datetime.now(UTC),
                        response.found,
                    )
                    page.raw = pointer
                    if response.found is None and "html" not in (page.content_type or "").lower():
                        page.role = "raw"  # a WARC without our field: robots.txt, feeds ...
                    yield page


def _learn(writer: ArchiveWriter, site: SiteConfig, span: Window | None) -> SiteProfile | None:
    """Collect, then extract: the site's profile learned from its stored pages, and stored."""
    sample = FeatureSample(seed=site.name)
    for page in stored_pages(writer.storage, site.name):
        sample.add(decide(page, site, span, Recall(), features=True))
    if not sample:
        return None
    profile = update_profile(writer.storage, site.name, sample.pages)
    return profile if profile.trusted else None


def reextract(
    site: SiteConfig, settings: Settings, window: tuple[date, date] | None = None
) -> RunReport:
    """Re-extract one site's stored pages with its stored profile; returns the stored report."""
    span = Window(*window) if window else None
    writer = ArchiveWriter.from_settings(site, settings, span, kind="reextract")
    if not writer.open():
        writer.write_report()
        return writer.report
    writer.report.message = "re-extracted from the raw archive (nothing fetched)"
    if writer.profile is None:  # none stored (a new archive, a lost state): learn it first
        writer.profile = _learn(writer, site, span)
    for done, page in enumerate(stored_pages(writer.storage, site.name), start=1):
        writer.apply(decide(page, site, span, writer.memory, profile=writer.profile))
        if done % RESET_EVERY == 0:
            reset_caches()
    writer.close()
    writer.write_report()
    from newsarchive.crawl import index_step

    index_step(writer.storage, writer.report)
    return writer.report
