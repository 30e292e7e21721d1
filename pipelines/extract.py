"""ExtractPipeline: HTML pages -> clean article records; other pages get their skip reason."""

from __future__ import annotations

import logging

from newsarchive.extraction.extract import reset_caches
from newsarchive.page import Page
from newsarchive.records import page_outcome
from pipelines.base import SessionPipeline

log = logging.getLogger(__name__)
RESET_EVERY = 500


class ExtractPipeline(SessionPipeline):
    done = 0

    def process_item(self, page: Page) -> Page:
        if page.role != "page" or page.outcome:
            return page
        try:
            page.outcome, page.record = page_outcome(page, self.site, self.session.run_id)
        except Exception as exc:  # extraction promises not to raise; one bad page never stops a run
            # (an exception escaping a pipeline would drop the page uncounted)
            log.exception("extraction failed for %s", page.url)
            self.session.report.error(page.url, "extract_error", repr(exc)[:300])
            page.outcome = "extract_error"
        self.done += 1
        if self.done % RESET_EVERY == 0:
            reset_caches()
        return page
