"""Crawl benchmark: the full newsarchive crawl against a bare Scrapy + trafilatura crawl.

Serves the bundled demo sites on 127.0.0.1 with politeness off, then times, in one run and
each as its own process:
- newsarchive: `python -m newsarchive crawl` of every site (discovery through robots.txt,
  feeds, sitemaps and listings; WARC; extraction; records; state; Parquet index);
- bare: a minimal Scrapy spider given the article URLs directly, calling
  `trafilatura.extract(include_comments=False)` on each page and writing JSONL.
Prints wall seconds, pages fetched, articles, articles/s and peak RSS of each, and the ratio.

    uv run python benchmarks/crawl.py [--per-day N] [--days N]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_SPIDER = r"""
import json, sys
import scrapy, trafilatura
from scrapy.crawler import CrawlerProcess

urls, out = json.load(open(sys.argv[1])), open(sys.argv[2], "w")

class Bare(scrapy.Spider):
    name = "bare"
    async def start(self):
        for url in urls:
            yield scrapy.Request(url)
    def parse(self, response):
        text = trafilatura.extract(response.text, include_comments=False) or ""
        out.write(json.dumps({"url": response.url, "text": text}) + "\n")

process = CrawlerProcess({"LOG_LEVEL": "ERROR", "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
                          "ROBOTSTXT_OBEY": False, "TELNETCONSOLE_ENABLED": False})
process.crawl(Bare)
process.start()
out.close()
"""


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, int, int]:
    """(wall seconds, exit code, peak RSS bytes) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if status:
        sys.stderr.write(proc.stderr.read().decode()[-2000:] if proc.stderr else "")
    return wall, os.waitstatus_to_exitcode(status), usage.ru_maxrss * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=3)
    parser.add_argument("--per-day", type=int, default=20)
    args = parser.parse_args()

    from newsarchive.demo import DemoSites

    with (
        tempfile.TemporaryDirectory(prefix="newsarchive-crawl-bench-") as tmp,
        DemoSites(days=args.days, per_day=args.per_day) as demo,
    ):
        work = Path(tmp)
        config = demo.write_config(work / "sites.yaml")
        urls = [e["url"] for e in demo.expected_articles()]
        (work / "urls.json").write_text(json.dumps(urls))
        (work / "bare.py").write_text(BARE_SPIDER)
        env = {**os.environ, "NEWSARCHIVE_SPOOL": str(work / "spool")}

        ours = timed(
            [
                sys.executable,
                "-m",
                "newsarchive",
                "crawl",
                "--config",
                str(config),
                "--archive",
                str(work / "archive"),
                "--report-json",
                str(work / "report.json"),
            ],
            env,
        )
        reports = json.loads((work / "report.json").read_text())
        ours_pages = sum(r["pages_fetched"] for r in reports)
        ours_articles = sum(r["articles_archived"] for r in reports)

        bare = timed(
            [
                sys.executable,
                str(work / "bare.py"),
                str(work / "urls.json"),
                str(work / "bare.jsonl"),
            ],
            env,
        )
        with open(work / "bare.jsonl") as lines:
            bare_articles = sum(1 for line in lines if json.loads(line)["text"])
        n_sites = len(demo.urls)

    rows = [
        ("newsarchive crawl", ours[0], ours_pages, ours_articles, ours[2], ours[1]),
        ("bare scrapy+trafilatura", bare[0], len(urls), bare_articles, bare[2], bare[1]),
    ]
    print(f"{'':26} {'wall s':>7} {'pages':>6} {'articles':>8} {'art/s':>7} {'peak MiB':>8} exit")
    for name, wall, pages, arts, rss, code in rows:
        print(
            f"{name:26} {wall:7.1f} {pages:6d} {arts:8d} {arts / wall:7.1f} {rss / 2**20:8.0f} {code:4d}"
        )
    print(
        f"wall-time ratio newsarchive/bare: {ours[0] / bare[0]:.2f}x "
        f"({len(urls)} articles on {n_sites} sites; newsarchive also discovers them "
        "and writes WARC, records, state and the Parquet index)"
    )


if __name__ == "__main__":
    main()
