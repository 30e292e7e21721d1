"""Item pipelines, in order: raw WARC -> extract -> window -> dedupe/identify -> archive.

Each pipeline is a thin adapter over the library; the run's RunSession (on the spider) owns
all writing. A page that stops being an article candidate gets `page.outcome` set and flows
through the rest untouched, so every page is counted exactly once.
"""

ITEM_PIPELINES = {
    "pipelines.raw_warc.RawWarcPipeline": 100,
    "pipelines.extract.ExtractPipeline": 200,
    "pipelines.window.WindowPipeline": 300,
    "pipelines.dedupe.DedupePipeline": 400,
    "pipelines.archive.ArchivePipeline": 900,
}
