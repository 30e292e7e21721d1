"""SessionPipeline: the base of every pipeline here, handed the run's session by Scrapy."""

from __future__ import annotations

from typing import Any

from newsarchive.archive.session import RunSession


class SessionPipeline:
    """Built from the crawler; the spider carries the site and its RunSession."""

    def __init__(self, session: RunSession) -> None:
        self.session = session
        self.site = session.site

    @classmethod
    def from_crawler(cls, crawler: Any) -> Any:
        return cls(crawler.spider.session)
