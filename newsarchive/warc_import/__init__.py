"""Reading WARC files written by other crawlers (CC-NEWS, Browsertrix, wget, Heritrix) as pages."""

from __future__ import annotations

from newsarchive.warc_import.pages import FetchedPage, ImportTally, Problem
from newsarchive.warc_import.reader import DEFAULT_MAX_BODY, WarcReader
from newsarchive.warc_import.revisits import SourceRef

__all__ = [
    "DEFAULT_MAX_BODY",
    "FetchedPage",
    "ImportTally",
    "Problem",
    "SourceRef",
    "WarcReader",
]
