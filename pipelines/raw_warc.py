"""RawWarcPipeline: every fetched response goes into the run's WARC part, with a pointer back."""

from __future__ import annotations

from scrapy.exceptions import DropItem

from newsarchive.page import Page
from pipelines.base import WriterPipeline


class RawWarcPipeline(WriterPipeline):
    def process_item(self, page: Page) -> Page:
        try:
            page.raw = self.writer.write_raw(page)
        except OSError as exc:  # spool disk full: the writer marks the run failed and says why
            raise DropItem(f"not archived: {exc}", log_level="ERROR") from None
        return page
