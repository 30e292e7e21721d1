"""Export benchmark: build a synthetic archive, then time exports and measure their peak memory.

    uv run python benchmarks/export.py [--articles 100000] [--small 10000] [--keep DIR]

Each export runs in its own subprocess; its peak RSS comes from os.wait4 (ru_maxrss).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsarchive.archive import keys
from newsarchive.archive.storage import open_storage
from newsarchive.read.parquet_index import reindex
from newsarchive.schema import ArticleRecord

SITES = 10
PER_DAY = 100  # articles per site and day: a partition's size is the same at every scale
_TEXT = """council harbour river school budget mayor election storm bridge market police hospital
festival road railway museum teachers farmers court housing water energy weather port library
stadium minister union strike village coast tourism jobs report plan"""
WORDS = _TEXT.split()

CHILD = """
import sys, time
from newsarchive.read.export import export
from newsarchive.read.query import Selection, open_archive
uri, fmt, out, query = sys.argv[1:5]
if fmt == "none":  # the imports alone: the floor under every figure
    print(0, 1.0)
    raise SystemExit
start = time.perf_counter()
n = export(open_archive(uri), Selection.make(query=query or None), fmt, out, progress=False)
print(n, time.perf_counter() - start)
"""


def build(root: Path, n_articles: int, *, index: bool = True) -> float:
    """Write n synthetic records as the crawler lays them out, then the Parquet index."""
    start = time.perf_counter()
    rng = random.Random(n_articles)
    days = max(1, n_articles // (SITES * PER_DAY))
    n = 0
    for d in range(days):
        day = f"2024-{1 + d // 28:02d}-{1 + d % 28:02d}"
        for s in range(SITES):
            site = f"site{s:02d}"
            folder = root / keys.articles_prefix(site, day)
            folder.mkdir(parents=True, exist_ok=True)
            for i in range(PER_DAY):
                url = f"https://{site}.example/{day}/story-{i}"
                text = " ".join(rng.choice(WORDS) for _ in range(350)).capitalize() + "."
                rec = ArticleRecord(
                    article_id=keys.article_id_for(url),
                    url=url,
                    canonical_url=url,
                    site=site,
                    title=f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} story {i}",
                    author="Staff",
                    published=f"{day}T{i % 24:02d}:00:00+00:00",
                    modified=None,
                    date=day,
                    date_source="published",
                    language="en",
                    text=text,
                    fetched_at=f"{day}T23:00:00Z",
                    content_sha256=hashlib.sha256(text.encode()).hexdigest(),
                    word_count=350,
                    tags=["bench"],
                )
                # Same key and bytes as Storage.put_bytes, minus its per-file fsync (100k of them).
                (folder / f"{rec.article_id}.json").write_text(rec.to_json(), encoding="utf-8")
                n += 1
    if index:
        reindex(open_storage(str(root)))
    return time.perf_counter() - start


def run_export(root: Path, fmt: str, out: Path, query: str = "") -> tuple[int, float, float]:
    """(articles, seconds, peak RSS MiB) of one export in a fresh process."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(root), fmt, str(out), query], stdout=subprocess.PIPE
    )
    assert proc.stdout is not None
    output = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"export {fmt} failed ({proc.returncode})")
    n, seconds = output.split()
    if fmt == "none":
        return 0, 0.0, usage.ru_maxrss / 1024
    return int(n), float(seconds), usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="build the archives here, keep and reuse them")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="newsarchive-bench-"))
    rows: list[tuple[str, ...]] = []
    try:
        for n in (args.small, args.articles):
            for indexed in (True, False):
                root = base / f"archive-{n}-{'parquet' if indexed else 'json'}"
                if not indexed and n != args.articles:
                    continue
                if not root.exists():  # with --keep, a second run reuses the archives
                    took = build(root, n, index=indexed)
                    print(f"built {n:,} articles in {took:.1f} s: {root}", file=sys.stderr)
                source = "Parquet index" if indexed else "JSON records only"
                cases = [("jsonl", ""), ("parquet", "")] if indexed else [("jsonl", "")]
                if indexed and n == args.articles:
                    cases.append(("jsonl", "harbour council"))
                for fmt, query in cases:
                    out = base / f"out-{n}-{fmt}"
                    count, secs, rss = run_export(root, fmt, out, query)
                    label = fmt + (f" --query '{query}'" if query else "")
                    rows.append(
                        (f"{n:,}", source, label, f"{count:,}", f"{secs:.1f}",
                         f"{count / secs:,.0f}", f"{rss:.0f}", f"{out.stat().st_size / 2**20:.0f}")
                    )  # fmt: skip
                    out.unlink()
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    _, _, floor = run_export(base, "none", base / "none")
    rows.append(("-", "-", "(imports only)", "0", "-", "-", f"{floor:.0f}", "-"))
    head = ("archive", "read from", "format", "articles", "s", "articles/s", "peak MiB", "out MiB")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    for row in [head, tuple("-" * w for w in widths), *rows]:
        print(
            "  ".join(
                c.ljust(w) if i < 3 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    print(json.dumps({"python": sys.version.split()[0], "cpus": os.cpu_count()}))


if __name__ == "__main__":
    main()
