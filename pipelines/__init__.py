"""Item pipelines, in order: raw WARC -> decide and archive.

Each pipeline is a thin adapter: the crawler's ArchiveWriter (`ArchiveWriter.of(crawler)`)
owns all writing and `newsarchive.decide.decide` all deciding, so a re-extraction from WARC
and a WARC import run the same code without Scrapy. Every page is counted exactly once.
"""

ITEM_PIPELINES = {
    "pipelines.raw_warc.RawWarcPipeline": 100,
    "pipelines.archive.ArchivePipeline": 900,
}
