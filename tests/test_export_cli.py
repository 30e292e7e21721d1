"""The analysts' commands end to end over both backends: export formats, show, stats, sql, errors."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from archive_builder import DAYS, put, standard
from typer.testing import CliRunner

from newsarchive.archive import keys
from newsarchive.archive.storage import open_storage
from newsarchive.archive.warc import WarcPartWriter
from newsarchive.cli import app
from newsarchive.read.export import TXT_SEPARATOR
from newsarchive.read.parquet_index import reindex
from newsarchive.read.query import open_archive

runner = CliRunner()


def cli(uri: str, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, [*args, "--archive", uri], catch_exceptions=False)


@pytest.fixture
def built(archive_uri: str):  # type: ignore[no-untyped-def]
    """The standard archive, indexed, then one article re-crawled the same day (index now stale)."""
    storage = open_storage(archive_uri)
    storage.check(create=True)
    recs = standard(storage)
    reindex(storage)
    recs[4] = replace(recs[4], title="Re-crawled title", fetched_at="2024-03-08T10:00:00Z")
    put(storage, recs[4])
    return archive_uri, recs


def test_each_format_round_trips_the_same_articles(built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    uri, recs = built
    want = {r.article_id: r.to_dict() for r in recs}
    for fmt in ("jsonl", "csv", "parquet", "txt"):
        out = tmp_path / f"all.{fmt}"
        result = cli(uri, "export", "--format", fmt, "--output", str(out))
        assert result.exit_code == 0, result.stderr
        assert "24 articles" in result.stderr
        if fmt == "jsonl":
            rows = [json.loads(line) for line in out.read_text().splitlines()]
            assert {r["article_id"]: r for r in rows} == want and len(rows) == 24
        elif fmt == "parquet":
            rows = pq.read_table(out).to_pylist()
            assert {r["article_id"]: r for r in rows} == want and len(rows) == 24
        elif fmt == "csv":
            rows = list(csv.DictReader(io.StringIO(out.read_text(), newline="")))
            assert len(rows) == 24
            for row in rows:
                rec = want[row["article_id"]]
                assert (row["title"], row["text"], json.loads(row["tags"])) == (
                    rec["title"],
                    rec["text"],
                    rec["tags"],
                )
        else:
            blocks = out.read_text().split(TXT_SEPARATOR)
            assert blocks[-1] == "" and len(blocks) == 25
            assert {b.splitlines()[1].split(" | ")[0] for b in blocks[:-1]} == {
                r["url"] for r in want.values()
            }
    assert sum("Re-crawled title" in line for line in (tmp_path / "all.jsonl").open()) == 1


def test_pipe_gets_only_data_and_filters_apply(built) -> None:  # type: ignore[no-untyped-def]
    uri, recs = built
    args = ["export", "-f", "jsonl", "--site", "alpha", "--since", DAYS[0], "--until", DAYS[1]]
    result = cli(uri, *args, "--query", "Harbour")
    assert result.exit_code == 0 and result.stderr == ""
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["article_id"] for r in rows} == {recs[0].article_id, recs[1].article_id}
    result = cli(uri, "export", "-f", "parquet", "--site", "beta", "--language", "en")
    table = pq.read_table(io.BytesIO(result.stdout_bytes))
    assert table.num_rows == 12 and set(table["site"].to_pylist()) == {"beta"}


def test_empty_result_is_not_an_error(built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    uri, _ = built
    result = cli(uri, "export", "-f", "jsonl", "--query", "zebra")
    assert result.exit_code == 0 and result.stdout == ""
    result = cli(uri, "export", "-f", "csv", "--since", "2024-03-03", "--until", "2024-03-03")
    assert result.exit_code == 0 and result.stdout.strip().startswith("article_id,url,")
    out = tmp_path / "empty.parquet"
    assert cli(uri, "export", "-f", "parquet", "--query", "zebra", "-o", str(out)).exit_code == 0
    assert pq.read_table(out).num_rows == 0


def test_bad_arguments_fail_clearly(built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    uri, _ = built
    cases = [
        (["export", "-f", "jsonl", "--site", "gamma"], "unknown site gamma"),
        (["export", "-f", "jsonl", "--since", DAYS[2], "--until", DAYS[0]], "after until"),
        (["export", "-f", "xml"], "unknown format 'xml'"),
        (["export", "-f", "csv", "--since", "yesterday"], "YYYY-MM-DD"),
        (["stats", "--site", "gamma"], "unknown site"),
    ]
    for args, message in cases:
        result = cli(uri, *args)
        assert result.exit_code == 2, args
        assert message in " ".join(result.stderr.split()), (args, result.stderr)
        assert result.stdout == ""
    missing = "s3://no-such-bucket-here/x" if uri.startswith("s3://") else str(tmp_path / "nope")
    result = cli(missing, "export", "-f", "jsonl")
    assert result.exit_code == 2 and "error" in result.stderr


def test_show_metadata_and_raw_page(built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    uri, recs = built
    storage = open_storage(uri)
    body = b"<html><body><h1>Harbour</h1>\xe9 raw bytes</body></html>"
    wkey = keys.warc_key("alpha", "20240301T090000Z-abcdef", 0)
    writer = WarcPartWriter(tmp_path / "part.warc.gz", wkey)
    pointer = writer.write_response(recs[0].url, 200, [("Content-Type", "text/html")], body)
    writer.close()
    storage.put_file(wkey, tmp_path / "part.warc.gz")
    put(storage, replace(recs[0], raw=pointer))

    by_id = cli(uri, "show", recs[0].article_id)
    assert by_id.exit_code == 0
    assert f"url: {recs[0].url}" in by_id.stdout and recs[0].text in by_id.stdout
    by_url = cli(uri, "show", recs[4].url)
    assert by_url.exit_code == 0 and "Re-crawled title" in by_url.stdout
    raw = cli(uri, "show", recs[0].url, "--raw")
    assert raw.exit_code == 0 and raw.stdout_bytes == body
    missing = cli(uri, "show", "https://alpha.example/none")
    assert missing.exit_code == 2 and "no article" in missing.stderr


def test_stats_sql_and_reindex(built) -> None:  # type: ignore[no-untyped-def]
    uri, _ = built
    result = cli(uri, "stats", "--site", "alpha")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert any("2024-03-03" in line and "gap" in line for line in lines)
    assert any(DAYS[0] in line and "3" in line for line in lines)
    assert "12 / 1" in result.stdout  # total / gap days

    query = "SELECT site, count(*) AS n FROM articles GROUP BY site ORDER BY site"
    result = cli(uri, "sql", query, "--since", DAYS[1])
    assert result.exit_code == 0 and result.stdout.splitlines() == ["site,n", "alpha,9", "beta,9"]
    result = cli(uri, "sql", "SELECT nope FROM articles")
    assert result.exit_code == 2 and "SQL" in result.stderr

    result = cli(uri, "reindex")  # the re-crawled article's month; the other site's is fresh
    assert result.exit_code == 0 and "1 Parquet month files rewritten" in result.stderr
    assert "0 Parquet month files" in cli(uri, "reindex").stderr
    arch = open_archive(uri)
    assert len(list(arch.articles())) == 24 and len(arch.last_scan.from_parquet) == 8
