"""Crawl benchmark: the full newsarchive crawl against a bare Scrapy + trafilatura crawl.

Serves the bundled demo sites on 127.0.0.1 (politeness off, robots.txt obeyed by both), then
runs, in interleaved rounds and each as its own process:
- newsarchive: `python -m newsarchive crawl` of every site (discovery through robots.txt,
  feeds, sitemaps and listings; WARC; extraction; records; state; Parquet index);
- bare: a minimal Scrapy spider given the article URLs directly, calling
  `trafilatura.extract(include_comments=False)` on each page and writing JSONL.
For each run it prints wall s, CPU s of the whole process tree (user + system, from the
rusage of waited-for children, or the sampled tree when larger), archived articles, CPU per
article, articles/s, peak RSS of the process tree and its RSS at each quarter of the run
(sampled every 0.2 s), then the ratios of the medians. `--small DAYSxPER_DAY` also crawls a
smaller corpus with newsarchive to compare peak RSS; `--extraction N` times our per-page
extraction (profile features and fingerprints included, as the pipeline runs it) against
`trafilatura.extract` on N saved article pages, per CPU-second.

    uv run python benchmarks/crawl.py --days 10 --per-day 100 --rounds 2 --extraction 300
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil
import yaml

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

process = CrawlerProcess({"LOG_LEVEL": "ERROR", "CONCURRENT_REQUESTS": 16,
                          "CONCURRENT_REQUESTS_PER_DOMAIN": 4, "DOWNLOAD_DELAY": 0,
                          "AUTOTHROTTLE_ENABLED": False, "ROBOTSTXT_OBEY": True,
                          "TELNETCONSOLE_ENABLED": False})
process.crawl(Bare)
process.start()
out.close()
"""

MIB = 2**20


@dataclass
class Run:
    """One timed process tree."""

    name: str
    wall: float = 0.0
    cpu: float = 0.0
    peak_rss: int = 0
    peak_pss: int = 0  # shared pages counted once (the forkserver's workers share theirs)
    quarters: list[int] = field(default_factory=list)
    articles: int = 0
    code: int = 0

    @property
    def cpu_per_article(self) -> float:
        return self.cpu / self.articles if self.articles else float("nan")

    @property
    def rate(self) -> float:
        return self.articles / self.wall if self.wall else 0.0


def _tree(proc: psutil.Process) -> list[psutil.Process]:
    try:
        return [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return []


def timed(name: str, cmd: list[str], env: dict[str, str]) -> Run:
    """Run cmd, sampling its process tree's RSS and CPU until it exits."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    root = psutil.Process(proc.pid)
    samples: list[tuple[float, int, int]] = []
    cpu_seen: dict[int, float] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            rss = pss = 0
            for p in _tree(root):
                try:
                    with p.oneshot():
                        mem = p.memory_full_info()
                        rss, pss = rss + mem.rss, pss + getattr(mem, "pss", mem.rss)
                        t = p.cpu_times()
                        cpu_seen[p.pid] = t.user + t.system
                except psutil.Error:
                    continue
            samples.append((time.perf_counter() - start, rss, pss))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    err = proc.stderr.read() if proc.stderr else b""
    code = proc.wait()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    waited = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if code:
        sys.stderr.write(f"{name} exited {code}:\n{err.decode(errors='replace')[-2000:]}\n")
    run = Run(name, wall=wall, cpu=max(waited, sum(cpu_seen.values())), code=code)
    run.peak_rss = max((rss for _, rss, _ in samples), default=0)
    run.peak_pss = max((pss for _, _, pss in samples), default=0)
    for q in (0.25, 0.5, 0.75, 1.0):
        upto = [rss for t, rss, _ in samples if t <= q * wall and rss] or [0]
        run.quarters.append(upto[-1])
    return run


def write_config(demo: Any, path: Path, articles_per_site: int, days: int) -> Path:
    """The demo config with budgets large enough for every article of the corpus."""
    config = demo.config()
    for site in config["sites"]:
        site["max_articles"] = articles_per_site * 2 + 100
        site["lookback_days"] = days
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def crawl_ours(
    work: Path, config: Path, env: dict[str, str], tag: str, workers: str, spy: str = ""
) -> Run:
    archive, report = work / f"archive-{tag}", work / f"report-{tag}.json"
    cmd = [sys.executable, "-m", "newsarchive", "crawl", "--config", str(config)]
    if spy:  # sampled by py-spy (collapsed stacks): its overhead makes this run's times moot
        cmd = ["py-spy", "record", "--format", "raw", "-o", spy, "--rate", "50", "--", *cmd]
    cmd += ["--archive", str(archive), "--report-json", str(report)]
    env = {**env, "NEWSARCHIVE_SPOOL": str(work / f"sp-{tag}")}
    if workers:
        env["NEWSARCHIVE_EXTRACT_WORKERS"] = workers
    run = timed("newsarchive crawl", cmd, env)
    if report.exists():
        run.articles = sum(r["articles_archived"] for r in json.loads(report.read_text()))
    return run


def crawl_bare(work: Path, env: dict[str, str], tag: str) -> Run:
    out = work / f"bare-{tag}.jsonl"
    cmd = [sys.executable, str(work / "bare.py"), str(work / "urls.json"), str(out)]
    run = timed("bare scrapy+trafilatura", cmd, env)
    if out.exists():
        with open(out) as lines:
            run.articles = sum(1 for line in lines if json.loads(line)["text"])
    return run


def print_runs(runs: list[Run]) -> None:
    head = f"{'':30} {'wall s':>7} {'CPU s':>7} {'articles':>8} {'CPU ms/art':>10} {'art/s':>6}"
    print(head + f" {'peak MiB':>8} {'PSS MiB':>7}  RSS MiB at quarters   exit")
    for r in runs:
        quarters = " ".join(f"{q / MIB:4.0f}" for q in r.quarters)
        print(
            f"{r.name:30} {r.wall:7.1f} {r.cpu:7.1f} {r.articles:8d} "
            f"{r.cpu_per_article * 1000:10.1f} {r.rate:6.1f} {r.peak_rss / MIB:8.0f} {r.peak_pss / MIB:7.0f}  "
            f"{quarters}   {r.code}"
        )


def saved_pages(demo: Any, n: int) -> list[tuple[str, bytes, str]]:
    """(url, body, content type) of n article pages spread over the sites."""
    urls = [e["url"] for e in demo.expected_articles()]
    random.Random(7).shuffle(urls)
    pages = []
    for url in urls[:n]:
        with urllib.request.urlopen(url, timeout=10) as resp:
            pages.append((url, resp.read(), resp.headers.get("Content-Type", "")))
    return pages


def extraction_rates(pages: list[tuple[str, bytes, str]], rounds: int) -> None:
    """Pages per CPU-second: newsarchive's extraction vs trafilatura.extract, interleaved.

    "ours" is what the pipeline does per page (`decide.stage`): extract_page with the page's
    profile features, then the record's fingerprints; "text" is extract_page alone.
    """
    import trafilatura

    from newsarchive.extraction.charset import decode_html
    from newsarchive.extraction.extract import extract_page
    from newsarchive.extraction.fingerprint import content_sha256, simhash

    def ours() -> None:
        for url, body, ctype in pages:
            text = extract_page(body, url, content_type=ctype, features=True).text
            simhash(text), content_sha256(text)

    def text_only() -> None:
        for url, body, ctype in pages:
            extract_page(body, url, content_type=ctype)

    def bare() -> None:
        for url, body, ctype in pages:
            trafilatura.extract(decode_html(body, ctype)[0], url=url, include_comments=False)

    runs = (("ours", ours), ("text", text_only), ("bare", bare))
    rates: dict[str, list[float]] = {name: [] for name, _ in runs}
    for _ in range(rounds):
        for name, fn in runs:
            start = time.process_time()
            fn()
            rates[name].append(len(pages) / (time.process_time() - start))
    o, t, b = (statistics.median(rates[name]) for name, _ in runs)
    print(
        f"extraction, {len(pages)} saved pages, pages per CPU-second (median of {rounds}): "
        f"ours {o:.1f} (text only {t:.1f}), trafilatura.extract {b:.1f}; "
        f"ours/bare {o / b:.2f}x (text only {t / b:.2f}x) per core (goal >= 1.0)"
    )


def _name(sites: int, per_site: int, workers: str) -> str:
    return f"newsarchive {sites}x{per_site}" + (f" workers={workers}" if workers else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--days", type=int, default=10, help="days of articles (at most 30)")
    parser.add_argument("--per-day", type=int, default=100, help="articles per site per day")
    parser.add_argument("--rounds", type=int, default=1, help="interleaved rounds")
    parser.add_argument("--small", default="", help="DAYSxPER_DAY: also crawl this corpus")
    parser.add_argument("--extraction", type=int, default=0, help="saved pages to time")
    parser.add_argument("--no-bare", action="store_true", help="crawl with newsarchive only")
    parser.add_argument(
        "--workers",
        default="",
        help="comma-separated NEWSARCHIVE_EXTRACT_WORKERS values to crawl with (e.g. 0,2)",
    )
    parser.add_argument(
        "--py-spy",
        default="",
        help="also record newsarchive's first crawl with py-spy to this collapsed-stack file",
    )
    args = parser.parse_args()

    from newsarchive.demo import DemoSites

    per_site = args.days * args.per_day
    workers = args.workers.split(",") if args.workers else [""]
    runs: list[Run] = []
    small: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="newsarchive-crawl-bench-") as tmp:
        work = Path(tmp)
        env = dict(os.environ)
        with DemoSites(days=args.days, per_day=args.per_day) as demo:
            config = write_config(demo, work / "sites.yaml", per_site, args.days)
            urls = [e["url"] for e in demo.expected_articles()]
            (work / "urls.json").write_text(json.dumps(urls))
            (work / "bare.py").write_text(BARE_SPIDER)
            print(f"{len(urls)} articles on {len(demo.urls)} loopback sites", flush=True)
            for i in range(args.rounds):
                for w in workers:
                    spy = args.py_spy if i == 0 and w == workers[0] else ""
                    runs.append(crawl_ours(work, config, env, f"big{i}w{w}", w, spy))
                    runs[-1].name = _name(len(demo.sites), per_site, w)
                if not args.no_bare:
                    runs.append(crawl_bare(work, env, f"big{i}"))
            pages = saved_pages(demo, args.extraction) if args.extraction else []
        if args.small:
            days, per_day = (int(x) for x in args.small.lower().split("x"))
            with DemoSites(days=days, per_day=per_day) as demo:
                config = write_config(demo, work / "small.yaml", days * per_day, days)
                for i in range(args.rounds):
                    small.append(crawl_ours(work, config, env, f"small{i}", workers[0]))
                    small[-1].name = _name(len(demo.sites), days * per_day, workers[0])
    print_runs(runs + small)

    def med(name: str, attr: str, among: list[Run]) -> float:
        return statistics.median(getattr(r, attr) for r in among if r.name.startswith(name))

    for w in workers if not args.no_bare else []:
        ours = _name(len(demo.sites), per_site, w)
        cpa = med(ours, "cpu_per_article", runs) / med("bare", "cpu_per_article", runs)
        rate = med(ours, "rate", runs) / med("bare", "rate", runs)
        print(f"CPU per article {ours} / bare: {cpa:.2f}x (goal <= 1.3)")
        print(f"articles/s {ours} / bare: {rate:.2f}x (goal >= 1.5)")
    if small:
        ours = _name(len(demo.sites), per_site, workers[0])
        for attr in ("peak_rss", "peak_pss"):
            big, little = med(ours, attr, runs), med(small[0].name, attr, small)
            print(
                f"{attr} {ours} / {small[0].name}: {big / MIB:.0f} / {little / MIB:.0f} MiB"
                f" = {big / little:.2f}x (goal <= 1.20, and < 400 MiB)"
            )
    if pages:
        extraction_rates(pages, max(3, args.rounds))


if __name__ == "__main__":
    main()
