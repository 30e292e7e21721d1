"""The reading side over both backends: selection, freshness of the Parquet index, one copy each."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from archive_builder import DAYS, move_day, put, record, standard

import newsarchive
from newsarchive.archive import keys
from newsarchive.archive.storage import open_storage
from newsarchive.errors import StorageError
from newsarchive.read.parquet_index import hive_partitioning, rebuild_partitions, reindex
from newsarchive.read.query import QueryError, Selection, open_archive
from newsarchive.schema import RECORD_FIELDS


@pytest.fixture
def archive(archive_uri: str):  # type: ignore[no-untyped-def]
    storage = open_storage(archive_uri)
    storage.check(create=True)
    recs = standard(storage)
    return open_archive(archive_uri), recs


def ids(records) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.article_id for r in records}


def test_all_articles_once_json_only(archive) -> None:  # type: ignore[no-untyped-def]
    arch, recs = archive
    got = list(arch.articles())
    assert len(got) == len(recs) == 24
    assert ids(got) == ids(recs)
    assert [r.date for r in got] == sorted(r.date for r in got)  # date order
    assert {r.article_id: r for r in got}[recs[0].article_id] == recs[0]  # every field survives


def test_parquet_index_is_used_when_fresh_and_ignored_when_stale(archive) -> None:  # type: ignore[no-untyped-def]
    arch, recs = archive
    assert reindex(arch.storage) == 2  # one file per site and month
    assert reindex(arch.storage) == 0  # fresh files are left alone
    assert {r.article_id: r for r in arch.articles()} == {r.article_id: r for r in recs}
    assert len(arch.last_scan.from_parquet) == 8 and not arch.last_scan.from_json

    # A re-crawl overwrites one record in place; the Parquet file is now stale.
    newer = replace(recs[3], title="Updated headline", fetched_at="2024-03-09T00:00:00Z")
    put(arch.storage, newer)
    got = list(arch.articles(site="alpha", since=DAYS[1], until=DAYS[1]))
    assert len(got) == 3 and sum(r.title == "Updated headline" for r in got) == 1
    assert arch.last_scan.from_json == [("alpha", DAYS[1])]
    list(arch.articles(site="alpha"))  # the month's other days are still fresh
    assert arch.last_scan.from_json == [("alpha", DAYS[1])]
    assert len(arch.last_scan.from_parquet) == 3
    assert rebuild_partitions(arch.storage, [("alpha", DAYS[1])]) == 1
    list(arch.articles(site="alpha", since=DAYS[1], until=DAYS[1]))
    assert arch.last_scan.from_parquet == [("alpha", DAYS[1])]


def test_day_change_and_leftover_copy_give_one_article(archive) -> None:  # type: ignore[no-untyped-def]
    arch, recs = archive
    reindex(arch.storage)
    moved = move_day(arch.storage, recs[0], DAYS[2], "2024-03-06T00:00:00Z")
    got = list(arch.articles(site="alpha"))
    assert len(got) == 12 and [r.date for r in got if r.article_id == moved.article_id] == [DAYS[2]]
    # a crawl that died between writing the new day and deleting the old leaves two copies
    put(arch.storage, recs[0])
    got = list(arch.articles(site="alpha"))
    assert len(got) == 12
    assert [r.fetched_at for r in got if r.article_id == moved.article_id] == [moved.fetched_at]
    assert sum(arch.counts(Selection.make("alpha"))["alpha"].values()) == 12
    assert arch.get(moved.article_id).fetched_at == moved.fetched_at
    assert arch.get(moved.url).date == DAYS[2]


BOUNDS = [
    (DAYS[1], DAYS[1], [DAYS[1]]),
    (DAYS[1], DAYS[2], [DAYS[1], DAYS[2]]),
    ("2024-03-03", "2024-03-03", []),
    (None, DAYS[0], [DAYS[0]]),
    (DAYS[3], None, [DAYS[3]]),
]


def test_day_bounds_are_inclusive_and_exact(archive) -> None:  # type: ignore[no-untyped-def]
    arch, _ = archive
    reindex(arch.storage, ["beta"])  # same answers from Parquet and from JSON
    for since, until, days in BOUNDS:
        got = list(arch.articles(since=since, until=until))
        assert sorted({r.date for r in got}) == days, (since, until)
        assert len(got) == 6 * len(days)


def test_query_words_in_title_or_text_and_language(archive) -> None:  # type: ignore[no-untyped-def]
    arch, recs = archive
    want = {recs[0].article_id, recs[1].article_id, recs[-1].article_id}
    assert ids(arch.articles(query="harbour FLOODING")) == want
    assert ids(arch.articles(query="harbour")) == want  # "Harbourside" is another word
    assert ids(arch.articles(query="harbour", language="en")) == want  # en-GB counts as en
    assert ids(arch.articles(language="fr")) == {recs[2].article_id}
    assert list(arch.articles(query="nothing-like-this")) == []


def test_bad_selections(archive, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    arch, _ = archive
    with pytest.raises(QueryError, match="unknown site gamma"):
        list(arch.articles(site="gamma"))
    with pytest.raises(QueryError, match="after until"):
        list(arch.articles(since=DAYS[2], until=DAYS[0]))
    with pytest.raises(QueryError, match="YYYY-MM-DD"):
        list(arch.articles(since="March"))
    with pytest.raises(StorageError):
        open_archive(str(tmp_path / "missing"))


def test_range_touches_only_its_partitions(archive) -> None:  # type: ignore[no-untyped-def]
    arch, _ = archive
    reindex(arch.storage)
    outside = [d for d in DAYS if d != DAYS[1]]
    for site in ("alpha", "beta"):
        for day in outside:  # any read of these would fail loudly
            arch.storage.put_bytes(keys.parquet_key(site, day), b"not parquet")
            for key in list(arch.storage.list(keys.articles_prefix(site, day))):
                arch.storage.put_bytes(key, b"{not json")
    root = getattr(arch.storage, "root", None)
    if root is not None and os.geteuid() != 0:  # locally, even listing them would fail
        for site in ("alpha", "beta"):
            for day in outside:
                os.chmod(root / keys.articles_prefix(site, day), 0)
    try:
        got = list(arch.articles(since=DAYS[1], until=DAYS[1]))
    finally:
        if root is not None:
            for path in root.glob("articles/*/*"):
                os.chmod(path, 0o755)
    assert len(got) == 6
    assert sorted(arch.last_scan.partitions) == [("alpha", DAYS[1]), ("beta", DAYS[1])]


def test_arrow_pandas_duckdb_agree(archive) -> None:  # type: ignore[no-untyped-def]
    arch, _recs = archive
    reindex(arch.storage, ["alpha"])  # half the partitions from Parquet, half from JSON
    table = arch.to_arrow(since=DAYS[1])
    assert table.num_rows == 18
    assert set(arch.to_pandas(since=DAYS[1])["article_id"]) == set(table["article_id"].to_pylist())
    con = newsarchive.open_archive(arch.storage.uri).duckdb(since=DAYS[1])
    rows = con.execute("SELECT site, count(*) FROM articles GROUP BY site ORDER BY site").fetchall()
    assert rows == [("alpha", 9), ("beta", 9)]
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (18,)  # queried twice


def test_counts_show_gaps(archive) -> None:  # type: ignore[no-untyped-def]
    arch, _ = archive
    counts = arch.counts(Selection.make(since="2024-02-29", until=DAYS[-1]))
    assert counts["alpha"] == {
        "2024-02-29": 0,
        DAYS[0]: 3,
        DAYS[1]: 3,
        "2024-03-03": 0,
        DAYS[2]: 3,
        DAYS[3]: 3,
    }


def test_reindex_deletes_emptied_days_and_files_read_as_hive_dataset(tmp_path: Path) -> None:
    storage = open_storage(str(tmp_path / "a"))
    storage.check(create=True)
    recs = standard(storage)
    assert reindex(storage) == 2
    for rec in recs[:3]:  # alpha's first day emptied by hand
        storage.delete(keys.article_key(rec.site, rec.date, rec.article_id))
    assert reindex(storage, ["alpha"]) == 1
    assert reindex(storage, ["alpha"]) == 0
    got = pq.read_table(tmp_path / "a" / keys.parquet_key("alpha", "2024-03"))
    assert sorted(set(got["date"].to_pylist())) == DAYS[1:] and got.num_rows == 9
    for rec in recs[3:12]:  # then all of alpha's month: its file goes
        storage.delete(keys.article_key(rec.site, rec.date, rec.article_id))
    assert reindex(storage, ["alpha"]) == 1
    assert not storage.exists(keys.parquet_key("alpha", DAYS[0]))
    assert keys.parquet_key("beta", DAYS[0]) == "parquet/site=beta/month=2024-03/articles.parquet"
    dataset = ds.dataset(tmp_path / "a" / "parquet", format="parquet", partitioning="hive")
    table = dataset.to_table(filter=(ds.field("site") == "beta") & (ds.field("date") >= DAYS[2]))
    assert table.num_rows == 6 and set(table["date"].to_pylist()) == {DAYS[2], DAYS[3]}
    path = tmp_path / "a" / keys.parquet_key("beta", DAYS[0])
    meta = pq.read_schema(path).metadata
    assert b"newsarchive.source" in meta and b"newsarchive.days" in meta
    assert pq.ParquetFile(path).num_row_groups == 4  # one per day
    frame = pd.read_parquet(
        tmp_path / "a" / "parquet",
        partitioning=hive_partitioning(),
        filters=[("site", "==", "beta")],
    )
    assert len(frame) == 12 and list(frame.columns) == [*RECORD_FIELDS, "month"]
    sql = (
        f"SELECT count(*) FROM read_parquet('{tmp_path}/a/parquet/*/*/*.parquet') "
        f"WHERE site='beta' AND date = '{DAYS[1]}'"
    )
    assert duckdb.sql(sql).fetchall() == [(3,)]


def test_extra_record_fields_of_one_site(tmp_path: Path) -> None:
    storage = open_storage(str(tmp_path / "b"))
    storage.check(create=True)
    put(storage, record("solo", "2024-01-31", 1, title=None, text="Ünïcode straße text"))
    arch = open_archive(str(tmp_path / "b"))
    assert [r.text for r in arch.articles(query="STRASSE")] == []  # words, not folding tricks
    assert [r.text for r in arch.articles(query="straße ünïcode")] == ["Ünïcode straße text"]
