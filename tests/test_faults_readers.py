"""Reader faults: a corrupt Parquet index, unreadable records, a truncated WARC, hostile SQL,
and `export` exiting cleanly (no Arrow or DuckDB thread alive at interpreter shutdown)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from archive_builder import put, standard
from typer.testing import CliRunner

from newsarchive.archive import keys
from newsarchive.archive.storage import open_storage
from newsarchive.archive.warc import WarcPartWriter, parse_record
from newsarchive.cli import app
from newsarchive.read.parquet_index import reindex
from newsarchive.read.query import open_archive

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def cli(uri: str, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, [*args, "--archive", uri], catch_exceptions=False)


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def no_traceback(result) -> None:  # type: ignore[no-untyped-def]
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


@pytest.fixture
def indexed(archive_uri: str):  # type: ignore[no-untyped-def]
    """The standard archive (24 articles, 8 days, 2 month files) with a fresh Parquet index."""
    storage = open_storage(archive_uri)
    storage.check(create=True)
    recs = standard(storage)
    reindex(storage)
    return archive_uri, storage, recs


def test_corrupt_parquet_file_falls_back_to_json_records(indexed) -> None:  # type: ignore[no-untyped-def]
    uri, storage, recs = indexed
    bad_key = keys.parquet_key(recs[0].site, recs[0].date)
    good = storage.get_bytes(bad_key)
    storage.put_bytes(bad_key, good[: len(good) // 2] + b"\0garbage\0" + good[-8:])

    result = cli(uri, "export", "-f", "jsonl")
    no_traceback(result)
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["article_id"] for r in rows) == sorted(r.article_id for r in recs)
    warning = lines(result.stderr)
    assert len(warning) == 1 and bad_key in warning[0] and "reindex" in warning[0]

    arch = open_archive(uri)
    assert len(list(arch.articles())) == 24
    assert arch.last_scan.bad_parquet == [bad_key]
    # the file holds the site's month: its 4 days come from JSON, the other site's from Parquet
    assert len(arch.last_scan.from_parquet) == 4 and len(arch.last_scan.from_json) == 4

    query = "SELECT count(*) AS n FROM articles"
    result = cli(uri, "sql", query)
    assert result.exit_code == 0 and result.stdout.splitlines() == ["n", "24"]
    assert cli(uri, "reindex").exit_code == 0  # rewrites the bad file
    assert cli(uri, "export", "-f", "jsonl").stderr == ""


@pytest.mark.parametrize("damage", ["truncated", "wrong_type"])
def test_unreadable_record_is_named_skipped_and_the_rest_exported(
    indexed, damage: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    uri, storage, recs = indexed
    victim = recs[5]
    bad_key = keys.article_key(victim.site, victim.date, victim.article_id)
    if damage == "truncated":
        storage.put_bytes(bad_key, victim.to_json().encode()[:120])
    else:  # valid JSON, but a value the schema cannot hold
        storage.put_bytes(bad_key, json.dumps({**victim.to_dict(), "word_count": "many"}).encode())
    # the index, rebuilt after the damage, must not hide it: a bad day gets no fingerprint
    reindex(storage)
    want = sorted(r.article_id for r in recs if r is not victim)

    for fmt in ("jsonl", "csv", "parquet", "txt"):
        out = tmp_path / f"all.{fmt}"
        result = cli(uri, "export", "-f", fmt, "-o", str(out))
        no_traceback(result)
        assert result.exit_code == 3, (fmt, result.stderr)
        said = lines(result.stderr)
        named = [line for line in said if bad_key in line]
        assert len(named) == 1 and named[0].startswith("warning: skipped unreadable record")
        assert "23 articles written" in result.stderr and out.exists()
    rows = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text().splitlines()]
    assert sorted(r["article_id"] for r in rows) == want

    result = cli(uri, "sql", "SELECT count(*) AS n FROM articles")
    assert result.exit_code == 3 and result.stdout.splitlines() == ["n", "23"]
    assert sum(bad_key in line for line in lines(result.stderr)) == 1

    verify = cli(uri, "verify")
    assert verify.exit_code == 1 and bad_key in verify.stdout + verify.stderr


def test_show_raw_on_truncated_or_corrupt_warc_says_one_line(indexed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    uri, storage, recs = indexed
    body = b"<html><body><h1>Harbour</h1>" + b"raw bytes " * 2000 + b"</body></html>"
    wkey = keys.warc_key("alpha", "20240301T090000Z-abcdef", 0)
    part = tmp_path / "part.warc.gz"
    writer = WarcPartWriter(part, wkey)
    pointer = writer.write_response(recs[0].url, 200, [("Content-Type", "text/html")], body)
    writer.close()
    whole = part.read_bytes()
    put(storage, replace(recs[0], raw=pointer))

    storage.put_bytes(wkey, whole)
    assert cli(uri, "show", recs[0].article_id, "--raw").stdout_bytes == body

    cut = pointer.offset + pointer.length // 2
    flipped = bytearray(whole)
    for i in range(pointer.offset + 40, pointer.offset + 60):
        flipped[i] ^= 0xFF
    for damaged, words in ((whole[:cut], "truncated"), (bytes(flipped), "not a readable WARC")):
        storage.put_bytes(wkey, damaged)
        result = cli(uri, "show", recs[0].article_id, "--raw")
        no_traceback(result)
        assert result.exit_code == 2 and result.stdout == ""
        said = lines(result.stderr)
        assert len(said) == 1 and wkey in said[0] and words in said[0], said
    storage.delete(wkey)
    result = cli(uri, "show", recs[0].article_id, "--raw")
    assert result.exit_code == 2 and "missing" in result.stderr and len(lines(result.stderr)) == 1


def test_flipped_bytes_anywhere_in_a_record_are_never_read_as_a_page(tmp_path: Path) -> None:
    """warcio alone parsed some damaged gzip members (about 1 in 5 for the window above) as a
    record with an empty payload: `show --raw` then exited 0. Every window must be refused."""
    body = b"<html><body><h1>Harbour</h1>" + b"raw bytes " * 2000 + b"</body></html>"
    writer = WarcPartWriter(tmp_path / "part.warc.gz", "part")
    pointer = writer.write_response("https://alpha.example/a", 200, [], body)
    writer.close()
    record = (tmp_path / "part.warc.gz").read_bytes()[pointer.offset :][: pointer.length]
    assert parse_record(record, pointer.payload_digest).body == body
    for start in range(12, len(record) - 8, 5):
        flipped = bytearray(record)
        for i in range(start, min(start + 20, len(record) - 8)):
            flipped[i] ^= 0xFF
        with pytest.raises(Exception):  # noqa: B017 - any parse error; never a page
            parse_record(bytes(flipped), pointer.payload_digest)


def test_sql_is_read_only_unless_allowed(indexed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    uri, _, _ = indexed
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.csv"
    secret.write_text("a,b\n1,2\n")
    written = outside / "copy.csv"
    attempts = [
        f"COPY articles TO '{written}'",
        f"COPY (SELECT 1) TO '{written}' (FORMAT parquet)",
        f"SELECT * FROM read_csv('{secret}')",
        "SELECT * FROM read_csv('/etc/passwd')",
        f"ATTACH '{outside / 'other.duckdb'}' AS other",
        "SET enable_external_access = true",
        "RESET enable_external_access",
        "SET lock_configuration = false",
        f"SELECT * FROM glob('{outside}/*')",
        "INSTALL httpfs",
    ]
    for statement in attempts:
        result = cli(uri, "sql", statement)
        no_traceback(result)
        assert result.exit_code == 2, (statement, result.stdout)
        said = lines(result.stderr)
        assert len(said) == 1 and said[0].startswith("error: SQL:"), (statement, said)
        assert result.stdout == ""
    assert sorted(p.name for p in outside.iterdir()) == ["secret.csv"]
    # the archive's own table is still there to query
    result = cli(uri, "sql", "SELECT count(*) AS n FROM articles")
    assert result.exit_code == 0 and result.stdout.splitlines() == ["n", "24"]
    # a parse error is one line too (DuckDB's LINE 1 / caret lines folded)
    result = cli(uri, "sql", "SELEC nope")
    assert result.exit_code == 2 and len(lines(result.stderr)) == 1

    result = cli(uri, "sql", f"COPY articles TO '{written}'", "--allow-files")
    assert result.exit_code == 0, result.stderr
    assert len(written.read_text().splitlines()) == 25


THREADS_CHILD = """
import os, sys
import pyarrow  # its import starts 2 threads of its own; the CLI imports it in the command
from newsarchive.cli import app

def threads():
    return sorted(os.listdir("/proc/self/task"))

before = threads()
try:
    app(sys.argv[2:], standalone_mode=False)
finally:
    with open(sys.argv[1], "w") as fh:
        fh.write(f"{len(before)} {len(threads())}")
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc")
def test_readers_leave_no_native_thread_behind(tmp_path: Path) -> None:
    """The shutdown abort ('terminate called without an active exception', SIGABRT) came from
    Arrow's CPU pool threads, started by threaded Parquet reads, still alive at exit. Each
    command must end with no more OS threads than it started with (fresh Parquet partitions,
    stale ones and JSON-only ones are all read)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from export_loop import build
    finally:
        sys.path.pop(0)
    archive = str(tmp_path / "archive")
    want = build(archive)
    script = tmp_path / "child.py"
    script.write_text(THREADS_CHILD)
    commands = [
        ["export", "-f", fmt, "-o", str(tmp_path / f"out.{fmt}")]
        for fmt in ("jsonl", "csv", "parquet", "txt")
    ] + [["sql", "SELECT count(*) FROM articles"]]
    for args in commands:
        counts = tmp_path / "threads.txt"
        proc = subprocess.run(
            [sys.executable, str(script), str(counts), *args, "--archive", archive],
            capture_output=True,
            timeout=600,
        )
        assert proc.returncode == 0, (args, proc.stderr[-500:])
        before, after = map(int, counts.read_text().split())
        assert after <= before, f"{args}: {after - before} native thread(s) still alive at exit"
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == want


def test_export_processes_exit_cleanly_in_a_loop() -> None:
    """A short run of scripts/export_loop.py (the 200-run proof, cut down): every run exits 0
    with empty stderr and all articles."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "export_loop.py"), "--runs", "8"],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    summary = json.loads(proc.stdout.splitlines()[-1])
    assert proc.returncode == 0 and summary["bad"] == 0, proc.stderr
