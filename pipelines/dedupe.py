"""DedupePipeline: one article, one record: aliases, reruns and unchanged texts are folded."""

from __future__ import annotations

from newsarchive.page import Page
from pipelines.base import SessionPipeline


class DedupePipeline(SessionPipeline):
    def process_item(self, page: Page) -> Page:
        if page.outcome or page.record is None:
            return page
        record = page.record
        page.outcome = self.session.add_record(record, [record.canonical_url, *record.aliases])
        return page
