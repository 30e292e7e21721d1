"""DedupePipeline: one article, one record: aliases, reruns and unchanged texts are folded."""

from __future__ import annotations

from typing import Any

from newsarchive.page import Page
from newsarchive.session import RunSession


class DedupePipeline:
    def __init__(self, session: RunSession) -> None:
        self.session = session

    @classmethod
    def from_crawler(cls, crawler: Any) -> DedupePipeline:
        return cls(crawler.spider.session)

    def process_item(self, page: Page) -> Page:
        if page.outcome or page.record is None:
            return page
        record = page.record
        page.outcome = self.session.add_record(record, [record.canonical_url, *record.aliases])
        return page
