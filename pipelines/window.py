"""WindowPipeline: with --since/--until, articles dated outside the window are not archived."""

from __future__ import annotations

from newsarchive.page import Page
from pipelines.base import SessionPipeline


class WindowPipeline(SessionPipeline):
    def process_item(self, page: Page) -> Page:
        window = self.session.window
        if page.outcome or page.record is None or window is None:
            return page
        since, until = (d.isoformat() for d in window)
        if not since <= page.record.date <= until:
            page.outcome = "out_of_window"
        return page
