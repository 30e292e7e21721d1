"""The archive: storage backends, keys, WARC, spool, crawl state, run reports and checks."""
