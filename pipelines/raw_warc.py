"""RawWarcPipeline: every fetched response goes into the run's WARC part, with a pointer back."""

from __future__ import annotations

from newsarchive.page import Page
from pipelines.base import SessionPipeline


class RawWarcPipeline(SessionPipeline):
    def process_item(self, page: Page) -> Page:
        page.raw = self.session.write_raw(page)
        return page
