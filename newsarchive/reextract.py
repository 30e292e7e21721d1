"""Re-extraction from the raw archive: rebuild article records from stored WARC responses.

For when extraction improved, or a site no longer lists old pages: nothing is fetched. The
same decision code as the crawl (`records.page_outcome`) runs on every stored HTML response,
and the run session writes what changed, exactly as a crawl would (same keys, same report).
"""

from __future__ import annotations

import io
import logging
from datetime import UTC, date, datetime

from newsarchive.archive import keys
from newsarchive.archive.report import RunReport
from newsarchive.archive.session import RunSession
from newsarchive.archive.storage import open_storage
from newsarchive.archive.warc import RawResponse, iter_pointed
from newsarchive.config import SiteConfig
from newsarchive.discovery import parse_when
from newsarchive.page import Page
from newsarchive.records import page_outcome
from newsarchive.schema import ArticleRecord, RawPointer
from newsarchive.settings import Settings

log = logging.getLogger(__name__)


def _page(pointer: RawPointer, response: RawResponse) -> Page:
    fetched = parse_when(response.fetched_at) or datetime.now(UTC)
    page = Page(
        url=response.url,
        requested_url=response.url,
        status=response.status,
        headers=response.headers,
        body=response.body,
        fetched_at=fetched,
        via="warc",
    )
    page.raw = pointer
    return page


def reextract(
    site: SiteConfig, settings: Settings, window: tuple[date, date] | None = None
) -> RunReport:
    """Re-extract one site's stored pages; returns the stored run report."""
    storage = open_storage(settings.archive_uri)
    session = RunSession(
        site,
        storage,
        run_id=keys.new_run_id(),
        spool_root=settings.spool_dir,
        window=window,
        upload_wait=settings.upload_wait,
    )
    session.open()
    session.report.message = "re-extracted from the raw archive (nothing fetched)"
    best: dict[str, tuple[ArticleRecord, list[str]]] = {}
    for warc_key in storage.list(f"{keys.RAW}/site={site.name}/"):
        if not warc_key.endswith(".warc.gz"):
            continue
        with io.BytesIO(storage.get_bytes(warc_key)) as stream:
            for item in iter_pointed(stream, warc_key):
                page = _page(*item)
                ctype = (page.content_type or "").lower()
                if "html" not in ctype:
                    continue  # robots.txt, feeds, sitemaps
                try:
                    outcome, record = page_outcome(page, site, session.run_id)
                except Exception as exc:  # one bad page never stops the run
                    session.report.error(page.url, "extract_error", repr(exc)[:300])
                    session.count("extract_error")
                    continue
                if (
                    record is not None
                    and outcome is None
                    and window
                    and not window[0].isoformat() <= record.date <= window[1].isoformat()
                ):
                    outcome = "out_of_window"
                if record is None or outcome:
                    if outcome != "not_article":
                        session.count(outcome or "empty_text", record.date if record else None)
                    continue
                urls = [record.canonical_url, *record.aliases]
                seen = best.get(record.article_id)
                if seen is None or seen[0].fetched_at < record.fetched_at:
                    best[record.article_id] = (record, urls)
    for record, urls in best.values():
        session.count(session.add_record(record, urls), record.date)
    session.close()
    session.write_report()
    return session.report
