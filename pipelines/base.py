"""WriterPipeline: the base of every pipeline here, handed the crawler's ArchiveWriter."""

from __future__ import annotations

from typing import Any

from newsarchive.archive.writer import ArchiveWriter


class WriterPipeline:
    """Built from the crawler: its spider carries the site and window, its writer does the I/O."""

    def __init__(self, writer: ArchiveWriter, crawler: Any = None) -> None:
        self.writer = writer
        self.site = writer.site
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> Any:
        return cls(ArchiveWriter.of(crawler), crawler)
