"""WindowPipeline: with --since/--until, articles dated outside the window are not archived."""

from __future__ import annotations

from typing import Any

from newsarchive.page import Page
from newsarchive.session import RunSession


class WindowPipeline:
    def __init__(self, session: RunSession) -> None:
        self.session = session

    @classmethod
    def from_crawler(cls, crawler: Any) -> WindowPipeline:
        return cls(crawler.spider.session)

    def process_item(self, page: Page) -> Page:
        window = self.session.window
        if page.outcome or page.record is None or window is None:
            return page
        since, until = (d.isoformat() for d in window)
        if not since <= page.record.date <= until:
            page.outcome = "out_of_window"
        return page
