"""RawWarcPipeline: every fetched response goes into the run's WARC part, with a pointer back."""

from __future__ import annotations

from typing import Any

from newsarchive.page import Page
from newsarchive.session import RunSession


class RawWarcPipeline:
    def __init__(self, session: RunSession) -> None:
        self.session = session

    @classmethod
    def from_crawler(cls, crawler: Any) -> RawWarcPipeline:
        return cls(crawler.spider.session)

    def process_item(self, page: Page) -> Page:
        page.raw = self.session.write_raw(page)
        return page
