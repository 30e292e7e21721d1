"""Run `newsarchive export` many times on a small test archive and count the runs that abort.

    .venv/bin/python scripts/export_loop.py [--runs 200] [--jobs 2] [--archive PATH | --keep DIR]

Without --archive a test archive is built with fresh Parquet partitions, stale ones and
JSON-only ones, so every read path runs (--archive: loop over an existing archive, e.g. the
one `newsarchive demo` crawls). Each run is a fresh `python -m newsarchive export` process (interpreter shutdown is where
pyarrow aborted); formats rotate through jsonl, csv, parquet and txt, to stdout and to a file.
A run counts as good only with exit 0, empty stderr and the full article count in its output.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq

from newsarchive.archive import keys
from newsarchive.archive.storage import open_storage
from newsarchive.read.parquet_index import rebuild_partition
from newsarchive.read.query import open_archive
from newsarchive.schema import ArticleRecord

FORMATS = ("jsonl", "csv", "parquet", "txt")
SITES = ("alpha", "beta", "gamma")
DAYS = ("2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04")
PER_DAY = 40


def _record(site: str, day: str, n: int) -> ArticleRecord:
    url = f"https://{site}.example/{day}/story-{n}"
    text = f"Story {n} of {site} on {day}. " + "The council met again and spoke. " * 40
    return ArticleRecord(
        article_id=keys.article_id_for(url),
        url=url,
        canonical_url=url,
        site=site,
        title=f"{site} story {n}",
        author="Staff",
        published=f"{day}T{n % 24:02d}:00:00+00:00",
        modified=None,
        date=day,
        date_source="published",
        language="en",
        text=text,
        fetched_at=f"{day}T23:00:00Z",
        content_sha256=hashlib.sha256(text.encode()).hexdigest(),
        word_count=len(text.split()),
        tags=["loop", site],
        aliases=[],
        discovered_via="sitemap",
    )


def build(root: str) -> int:
    """Write the test archive: fresh, stale and missing Parquet partitions; the article count."""
    storage = open_storage(root)
    storage.check(create=True)
    n = 0
    for s, site in enumerate(SITES):
        for d, day in enumerate(DAYS):
            recs = [_record(site, day, i) for i in range(PER_DAY)]
            for rec in recs:
                key = keys.article_key(site, day, rec.article_id)
                storage.put_bytes(key, rec.to_json().encode(), content_type="application/json")
            n += len(recs)
            if (s + d) % 3 == 0:
                continue  # JSON only
            rebuild_partition(storage, site, day)
            if (s + d) % 3 == 2:  # stale: a record rewritten after the index was built
                rec = replace(recs[0], title=f"{site} story 0, re-crawled")
                key = keys.article_key(site, day, rec.article_id)
                storage.put_bytes(key, rec.to_json().encode(), content_type="application/json")
    scan = open_archive(root)
    sum(t.num_rows for t in scan.tables(scan_all()))
    assert scan.last_scan.from_parquet and scan.last_scan.from_json, "both read paths must run"
    return n


def scan_all():  # type: ignore[no-untyped-def]
    from newsarchive.read.query import Selection

    return Selection()


def _count(fmt: str, data: bytes, path: Path | None) -> int:
    if fmt == "parquet":
        if path is None:
            import io

            return pq.read_table(io.BytesIO(data)).num_rows
        return pq.read_table(path).num_rows
    text = path.read_bytes() if path is not None else data
    if fmt == "jsonl":
        return sum(1 for line in text.splitlines() if json.loads(line))
    if fmt == "csv":
        import csv
        import io

        return len(list(csv.DictReader(io.StringIO(text.decode(), newline=""))))
    return text.decode().count("\f\n")


def one_run(i: int, root: str, work: Path, want: int) -> str | None:
    """One export process; None when it was good, else what went wrong."""
    fmt = FORMATS[i % len(FORMATS)]
    to_file = (i // len(FORMATS)) % 2 == 1
    path = work / f"run{i}.{fmt}" if to_file else None
    cmd = [sys.executable, "-m", "newsarchive", "export", "--format", fmt, "--archive", root]
    if path is not None:
        cmd += ["--output", str(path)]
    proc = subprocess.run(cmd, capture_output=True, timeout=300)
    try:
        if proc.returncode < 0:
            return f"run {i} ({fmt}): killed by {signal.Signals(-proc.returncode).name}"
        if proc.returncode != 0:
            return f"run {i} ({fmt}): exit {proc.returncode}: {proc.stderr[-300:]!r}"
        expected_err = f"{want} articles written to {path}\n".encode() if path else b""
        if proc.stderr != expected_err:
            return f"run {i} ({fmt}): stderr {proc.stderr[-300:]!r}"
        got = _count(fmt, proc.stdout, path)
        if got != want:
            return f"run {i} ({fmt}): {got} articles, want {want}"
        return None
    finally:
        if path is not None and path.exists():
            path.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2, help="export processes at a time")
    parser.add_argument("--keep", help="build the archive here and keep it")
    parser.add_argument("--archive", help="use this archive instead of building one")
    args = parser.parse_args(argv)
    work = Path(args.keep or tempfile.mkdtemp(prefix="newsarchive-export-loop-"))
    root = args.archive or str(work / "archive")
    try:
        if args.archive:
            scan = open_archive(root)
            want = sum(t.num_rows for t in scan.tables(scan_all()))
        else:
            want = build(root)
        with ThreadPoolExecutor(max(1, args.jobs)) as pool:
            runs = list(pool.map(lambda i: one_run(i, root, work, want), range(args.runs)))
        bad = [r for r in runs if r is not None]
        aborts = sum("SIGABRT" in r for r in bad)
        for line in bad:
            print(line, file=sys.stderr)
        print(
            json.dumps(
                {"runs": args.runs, "articles": want, "bad": len(bad), "aborts": aborts},
                sort_keys=True,
            )
        )
        return 1 if bad else 0
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONFAULTHANDLER", "1")
    raise SystemExit(main())
