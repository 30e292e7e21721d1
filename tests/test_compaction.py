"""The Parquet index per site and month: incremental rebuilds, month bounds, the per-day migration."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pyarrow.parquet as pq
import pytest
from archive_builder import DAYS, put, record, standard

from newsarchive.archive import keys
from newsarchive.archive.storage import Storage, open_storage
from newsarchive.read.parquet_index import partition_table, rebuild_partitions, reindex
from newsarchive.read.query import open_archive


@pytest.fixture
def storage(archive_uri: str) -> Storage:
    found = open_storage(archive_uri)
    found.check(create=True)
    return found


def reads_of(storage: Storage) -> list[str]:
    """Record every key read from now on (the instance's own get_bytes is wrapped)."""
    seen: list[str] = []
    real: Callable[[str], bytes] = storage.get_bytes

    def get_bytes(key: str) -> bytes:
        seen.append(key)
        return real(key)

    storage.get_bytes = get_bytes  # type: ignore[method-assign]
    return seen


def test_a_new_day_reads_only_its_own_records(storage: Storage) -> None:
    recs = standard(storage)
    assert reindex(storage) == 2
    new = [record("alpha", "2024-03-07", n) for n in range(2)]
    for rec in new:
        put(storage, rec)
    seen = reads_of(storage)
    assert rebuild_partitions(storage, [("alpha", "2024-03-07")]) == 1
    article_reads = sorted(k for k in seen if k.startswith("articles/"))
    assert article_reads == sorted(keys.article_key("alpha", r.date, r.article_id) for r in new)
    arch = open_archive(storage.uri)
    got = list(arch.articles(site="alpha"))
    assert len(got) == 14 and not arch.last_scan.from_json
    assert {r.article_id: r for r in got}[recs[4].article_id] == recs[4]  # kept rows intact


def test_a_rewritten_record_rereads_only_its_day(storage: Storage) -> None:
    recs = standard(storage)
    reindex(storage)
    newer = replace(recs[4], title="Corrected", fetched_at="2024-03-09T00:00:00Z")
    put(storage, newer)
    seen = reads_of(storage)
    assert rebuild_partitions(storage, [("alpha", newer.date)]) == 1
    assert {k.split("/")[2] for k in seen if k.startswith("articles/")} == {f"date={newer.date}"}
    arch = open_archive(storage.uri)
    assert {r.article_id: r.title for r in arch.articles(site="alpha")}[newer.article_id] == (
        "Corrected"
    )
    assert not arch.last_scan.from_json


def test_months_are_separate_files_and_read_in_date_order(storage: Storage) -> None:
    days = ["2024-02-28", "2024-02-29", "2024-03-01", "2024-04-30"]
    for site in ("alpha", "beta"):
        for day in days:
            put(storage, record(site, day, 0))
    assert reindex(storage) == 6
    names = storage.children("parquet/site=alpha/")
    assert names == ["month=2024-02", "month=2024-03", "month=2024-04"]
    arch = open_archive(storage.uri)
    got = list(arch.articles(since="2024-02-29", until="2024-03-01"))
    assert [(r.date, r.site) for r in got] == [
        ("2024-02-29", "alpha"),
        ("2024-02-29", "beta"),
        ("2024-03-01", "alpha"),
        ("2024-03-01", "beta"),
    ]
    assert len(arch.last_scan.from_parquet) == 4 and not arch.last_scan.from_json
    counts = arch.counts(arch_sel(since="2024-02-28", until="2024-03-01"))
    assert counts["alpha"] == {"2024-02-28": 1, "2024-02-29": 1, "2024-03-01": 1}


def arch_sel(**kw: Any) -> Any:
    from newsarchive.read.query import Selection

    return Selection.make(**kw)


def test_an_archive_indexed_per_day_is_read_then_migrated(storage: Storage) -> None:
    recs = standard(storage)
    for site in ("alpha", "beta"):  # the earlier layout: one file per site and day
        for day in DAYS:
            table = partition_table([r for r in recs if r.site == site and r.date == day])
            sink = pq_bytes(table)
            storage.put_bytes(keys.day_parquet_key(site, day), sink)
    warnings: list[str] = []
    arch = open_archive(storage.uri)
    arch.warn = warnings.append
    assert len(list(arch.articles())) == 24  # read from the JSON records meanwhile
    assert len(arch.last_scan.from_json) == 8 and sorted(arch.last_scan.old_layout) == [
        "alpha",
        "beta",
    ]
    assert len(warnings) == 2 and all("newsarchive reindex" in w for w in warnings)
    assert reindex(storage) == 2
    assert not [k for k in storage.list("parquet/") if "/date=" in k]
    assert storage.exists(keys.parquet_key("alpha", DAYS[0]))
    warnings.clear()
    assert len(list(arch.articles())) == 24
    assert len(arch.last_scan.from_parquet) == 8 and not warnings


def test_a_daily_rebuild_migrates_its_month(storage: Storage) -> None:
    recs = standard(storage)
    old = partition_table([r for r in recs if r.site == "alpha" and r.date == DAYS[0]])
    storage.put_bytes(keys.day_parquet_key("alpha", DAYS[0]), pq_bytes(old))
    put(storage, record("alpha", DAYS[3], 9))
    assert rebuild_partitions(storage, [("alpha", DAYS[3])]) == 1
    assert list(storage.list("parquet/site=alpha/")) == [keys.parquet_key("alpha", DAYS[0])]


def pq_bytes(table: Any) -> bytes:
    import io

    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()
