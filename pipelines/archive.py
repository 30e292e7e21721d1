"""ArchivePipeline: counts what became of each page and closes the run's session at the end."""

from __future__ import annotations

from scrapy.exceptions import DropItem

from newsarchive.page import Page
from pipelines.base import SessionPipeline


class ArchivePipeline(SessionPipeline):
    def process_item(self, page: Page) -> Page:
        if page.role != "page":
            raise DropItem(f"{page.role} kept raw", log_level="DEBUG")
        record = page.record
        if record is not None:
            if not record.title:
                self.session.report.missing_title += 1
            if record.date_source != "published":
                self.session.report.missing_date += 1
        if page.outcome == "empty_text":
            self.session.report.empty_text += 1
        day = record.date if record is not None else None
        self.session.count(page.outcome or "not_article", day)
        if page.outcome != "not_article":
            # Only listings may be answered by a 304 next time (their links are replayed);
            # any other page, e.g. an article outside this window, must be fetched in full.
            self.session.page_links.pop(page.url, None)
        # Items are not exported anywhere: drop quietly so Scrapy holds no bodies in memory.
        raise DropItem(page.outcome or "done", log_level="DEBUG")

    def close_spider(self) -> None:
        self.session.close()
