"""Streaming export writers (jsonl, csv, parquet, txt): one partition in memory at a time."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from newsarchive.read.query import Archive, Selection
from newsarchive.schema import ARROW_SCHEMA, RECORD_FIELDS

FORMATS = ("jsonl", "csv", "parquet", "txt")
_NESTED = {"tags", "aliases", "raw"}  # CSV cells hold these as JSON
TXT_SEPARATOR = "\f\n"  # a form feed line ends each article in txt exports


def _rows(table: pa.Table) -> Iterator[dict[str, Any]]:
    for batch in table.to_batches(max_chunksize=1000):
        yield from batch.to_pylist()


def write_jsonl(tables: Iterator[pa.Table], out: BinaryIO) -> int:
    n = 0
    for table in tables:
        lines = [json.dumps(row, ensure_ascii=False) + "\n" for row in _rows(table)]
        out.write("".join(lines).encode("utf-8"))
        n += len(lines)
    return n


def write_csv(tables: Iterator[pa.Table], out: BinaryIO) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(text, fieldnames=list(RECORD_FIELDS))
    writer.writeheader()
    n = 0
    for table in tables:
        for row in _rows(table):
            for name in _NESTED:
                if row[name] is not None:
                    row[name] = json.dumps(row[name], ensure_ascii=False)
            writer.writerow(row)
            n += 1
    text.flush()
    text.detach()
    return n


def write_txt(tables: Iterator[pa.Table], out: BinaryIO) -> int:
    n = 0
    for table in tables:
        cols = table.select(["title", "url", "site", "date", "text"])
        for row in _rows(cols):
            head = f"{row['title'] or '(untitled)'}\n{row['url']} | {row['site']} | {row['date']}"
            out.write(f"{head}\n\n{row['text'].strip()}\n{TXT_SEPARATOR}".encode())
            n += 1
    return n


def write_parquet(tables: Iterator[pa.Table], out: BinaryIO) -> int:
    n = 0
    sink = pa.PythonFile(out, mode="w")
    with pq.ParquetWriter(sink, ARROW_SCHEMA, compression="zstd") as writer:
        pending: list[pa.Table] = []
        rows = 0
        for table in tables:
            pending.append(table)
            rows += table.num_rows
            if rows >= 5000:  # row groups of ~5k articles: bounded memory, good scans
                writer.write_table(pa.concat_tables(pending))
                n, pending, rows = n + rows, [], 0
        if pending:
            writer.write_table(pa.concat_tables(pending))
            n += rows
    return n


WRITERS: dict[str, Callable[[Iterator[pa.Table], BinaryIO], int]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "parquet": write_parquet,
    "txt": write_txt,
}


@contextlib.contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    columns = ("{task.description}", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("exporting", total=None)

        def step(done: int, total: int) -> None:
            bar.update(task, total=total, advance=done)

        yield step


def export(
    archive: Archive,
    sel: Selection,
    fmt: str,
    output: str | Path = "-",
    *,
    progress: bool | None = None,
) -> int:
    """Write the selection to output ('-' is stdout) in fmt; the number of articles written.

    A file output is written to a temp file beside it and renamed, so a failed export leaves
    no half file. The progress bar goes to stderr, and only when stderr is a terminal.
    """
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    show = sys.stderr.isatty() if progress is None else progress
    with _progress(show) as step:
        tables = archive.tables(sel, step)
        if str(output) == "-":
            out = sys.stdout.buffer
            n = WRITERS[fmt](tables, out)
            out.flush()
            return n
        path = Path(output)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                n = WRITERS[fmt](tables, fh)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        return n
