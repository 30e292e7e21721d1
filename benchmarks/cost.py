"""Cost against archive size: a daily run at 100,000 archived articles vs on an empty archive.

    uv run python benchmarks/cost.py [--articles 100000] [--rounds 3] [--new 50]
    uv run python benchmarks/cost.py --year --before-src /tmp/newsarchive-main

Daily run (default): one site's archive of --articles records (100 a day, the days before the
run day) and its crawl state are written directly (records, state, Parquet index; no crawl).
Then, in rounds, the same daily run goes against it and against an empty archive, interleaved:
open the writer (lease, state load), check 1,000 listed URLs against the state (all but --new
of them known), archive --new new articles (extraction, WARC, records), close (state save),
report and the index step (the month's Parquet file). CPU seconds of each phase, medians over
the rounds, and the ratio big/empty are printed.

--year: a year of one site (365 days x 12 articles) indexed per day by the checkout at
--before-src (e.g. `git archive main | tar -x -C DIR`) and per month by this one; `sql
"SELECT count(*)"` and `export` timed from process start on each, interleaved (CPU seconds of
the process, and wall).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from newsarchive.archive import keys
from newsarchive.archive.state import ArticleEntry, CrawlState, save_state
from newsarchive.archive.storage import open_storage
from newsarchive.archive.writer import ArchiveWriter
from newsarchive.config import SiteConfig
from newsarchive.crawl import index_step
from newsarchive.dates import Window
from newsarchive.decide import decide
from newsarchive.page import Page
from newsarchive.read.parquet_index import reindex
from newsarchive.schema import ArticleRecord
from newsarchive.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SITE = SiteConfig(name="big", url="https://big.example/")
RUN_DAY = date(2026, 11, 15)  # mid-month: the month file already holds two weeks
PER_DAY = 100
LISTED = 1000  # URLs a daily run finds on its listings, feeds and sitemaps
WORDS = [
    "council",
    "harbour",
    "budget",
    "school",
    "river",
    "market",
    "station",
    "library",
    "festival",
    "road",
]


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def make_record(site: str, day: str, n: int, rng: random.Random) -> ArticleRecord:
    url = f"https://{site}.example/{day}/story-{n}"
    body = "\n\n".join(_text(rng, 60) for _ in range(4))
    return ArticleRecord(
        article_id=keys.article_id_for(url),
        url=url,
        canonical_url=url,
        site=site,
        title=f"{site} story {n} of {day}",
        author="A. Writer",
        published=f"{day}T08:00:00+00:00",
        modified=None,
        date=day,
        date_source="published",
        language="en",
        text=body,
        fetched_at=f"{day}T09:00:00Z",
        content_sha256=hashlib.sha256(body.encode()).hexdigest(),
        word_count=len(body.split()),
        tags=["news"],
        aliases=[],
        discovered_via="sitemap",
    )


def build(root: Path, site: str, days: list[str], per_day: int) -> CrawlState:
    """Records of `per_day` articles on each day, and the crawl state a crawl would have left.

    The record files are written straight into the local archive folder at the keys
    `keys.article_key` builds: the storage's atomic, fsynced writes would take half an hour
    for 100,000 of them on this machine, and this is set-up, not what is measured."""
    rng = random.Random(7)
    state = CrawlState(site=site)
    for day in days:
        (root / keys.articles_prefix(site, day)).mkdir(parents=True, exist_ok=True)
        for n in range(per_day):
            rec = make_record(site, day, n, rng)
            key = keys.article_key(site, day, rec.article_id)
            (root / key).write_bytes(rec.to_json().encode())
            entry = ArticleEntry(key, rec.content_sha256, day, rec.fetched_at, 1, f'"{n}"')
            entry.simhash = f"{rng.getrandbits(64):016x}"
            state.remember(rec.article_id, entry, [rec.canonical_url])
    return state


def new_page(day: date, n: int, rng: random.Random) -> Page:
    url = f"https://big.example/{day.isoformat()}/new-{n}-{rng.getrandbits(32):08x}"
    paragraphs = "".join(f"<p>{_text(rng, 45)}</p>" for _ in range(6))
    html = (
        f"<html><head><title>New story {n}</title>"
        f'<meta property="article:published_time" content="{day.isoformat()}T07:00:00Z">'
        f'<link rel="canonical" href="{url}"></head><body><nav>Home News Sport</nav>'
        f"<article><h1>New story {n}</h1>{paragraphs}</article><footer>Contact</footer>"
        "</body></html>"
    )
    return Page(
        url=url,
        requested_url=url,
        status=200,
        headers=[("Content-Type", "text/html; charset=utf-8")],
        body=html.encode(),
        fetched_at=datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=12),
    )


def daily_run(root: Path, spool: Path, day: date, known: list[str], new: int) -> dict[str, float]:
    """One daily run's archive side; CPU seconds per phase."""
    rng = random.Random(day.toordinal())
    pages = [new_page(day, n, rng) for n in range(new)]
    listed = known[: LISTED - new] + [p.url for p in pages]
    settings = Settings.from_env(archive_uri=str(root), spool_dir=spool)
    window = Window(day, day)
    cpu: dict[str, float] = {}
    mark = time.process_time()

    def phase(name: str) -> None:
        nonlocal mark
        now = time.process_time()
        cpu[name] = now - mark
        mark = now

    writer = ArchiveWriter.from_settings(SITE, settings, window)
    assert writer.open(), writer.report.message
    phase("open + state load")
    unknown = [url for url in listed if writer.known(url) is None]
    assert len(unknown) == new, len(unknown)
    phase("seen check")
    for page in pages:
        page.raw = writer.write_raw(page)
        outcome = writer.apply(decide(page, SITE, window, writer.memory, run_id=writer.run_id))
        assert outcome == "archived", outcome
    phase("extract + write")
    writer.close()
    phase("close + state save")
    writer.write_report()
    index_step(writer.storage, writer.report)
    phase("report + index")
    cpu["total"] = sum(cpu.values())
    return cpu


def run_daily(args: argparse.Namespace, work: Path) -> None:
    big = work / "big"
    storage = open_storage(str(big))
    storage.check(create=True)
    n_days = max(1, args.articles // PER_DAY)
    days = [(RUN_DAY - timedelta(days=n_days - i)).isoformat() for i in range(n_days)]
    start = time.perf_counter()
    state = build(big, SITE.name, days, PER_DAY)
    save_state(storage, state)
    built = time.perf_counter() - start
    reindex(storage)
    print(
        f"archive: {len(state.articles):,} articles over {n_days} days "
        f"(written in {built:.0f} s, indexed in {time.perf_counter() - start - built:.0f} s)"
    )
    known = random.Random(1).sample(sorted(state.urls), min(LISTED, len(state.urls)))
    del state
    daily_run(work / "warm", work / "spool-warm", RUN_DAY, [], args.new)  # imports, caches
    results: dict[str, list[dict[str, float]]] = {"empty": [], "big": []}
    for r in range(args.rounds):
        day = RUN_DAY + timedelta(days=r)
        empty = work / f"empty-{r}"
        results["empty"].append(daily_run(empty, work / f"spool-e{r}", day, [], args.new))
        results["big"].append(daily_run(big, work / f"spool-b{r}", day, known, args.new))
        shutil.rmtree(empty)
    print(f"daily run finding {args.new} new articles, CPU s, median of {args.rounds} rounds:")
    print(f"{'phase':22} {'empty':>8} {'big':>8} {'ratio':>7}")
    for name in results["big"][0]:
        e = statistics.median(x[name] for x in results["empty"])
        b = statistics.median(x[name] for x in results["big"])
        print(f"{name:22} {e:8.3f} {b:8.3f} {b / e if e else float('nan'):6.2f}x")


def timed(argv: list[str], cwd: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of one command from process start to exit."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    assert proc.stderr is not None
    err = proc.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{' '.join(argv)} failed: {err.strip()[-300:]}")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def run_year(args: argparse.Namespace, work: Path) -> None:
    if args.before_src is None:
        raise SystemExit("--year needs --before-src DIR (a checkout of the per-day version)")
    json_root = work / "year-json"
    storage = open_storage(str(json_root))
    storage.check(create=True)
    first = RUN_DAY - timedelta(days=365)
    days = [(first + timedelta(days=i)).isoformat() for i in range(365)]
    build(json_root, "year", days, 12)
    roots = {"before (per day)": work / "year-before", "after (per month)": work / "year-after"}
    srcs = {"before (per day)": args.before_src.resolve(), "after (per month)": ROOT}
    py = sys.executable
    for name, root in roots.items():
        shutil.copytree(json_root, root)  # copy2: same mtimes, so the same version tokens
        timed([py, "-m", "newsarchive", "reindex", "--archive", str(root)], srcs[name])
        files = sum(1 for _ in root.glob("parquet/*/*/*.parquet"))
        print(f"{name}: {files} Parquet files for 365 days x 12 articles")
    commands = {
        "sql count(*)": ["sql", "SELECT count(*) FROM articles", "--site", "year"],
        "export jsonl": ["export", "-f", "jsonl", "-o", str(work / "out.jsonl"), "--site", "year"],
    }
    got: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for _ in range(args.rounds):
        for cmd, argv in commands.items():
            for name, root in roots.items():
                full = [py, "-m", "newsarchive", *argv, "--archive", str(root)]
                got.setdefault((cmd, name), []).append(timed(full, srcs[name]))
    print(f"a year of one site, median of {args.rounds} rounds, interleaved:")
    for (cmd, name), runs in got.items():
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        print(f"{cmd:14} {name:18} CPU {cpu:6.2f} s  wall {wall:6.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--year", action="store_true", help="time sql/export on a year instead")
    parser.add_argument("--before-src", type=Path, help="checkout of the per-day version")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsarchive-cost-") as tmp:
        (run_year if args.year else run_daily)(args, Path(tmp))


if __name__ == "__main__":
    main()
