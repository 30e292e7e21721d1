"""The Parquet index: one file per (site, day), rebuilt from that day's JSON records."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from newsarchive.archive import keys
from newsarchive.archive.storage import Storage
from newsarchive.schema import SCHEMA_VERSION, ArticleRecord, records_to_table

SOURCE_META = b"newsarchive.source"  # fingerprint of the JSON listing the file was built from
_READERS = 16


def hive_partitioning() -> ds.Partitioning:
    """The parquet/ folder's hive layout with the same (string) types as the columns in the files.

    pyarrow's default hive discovery types site/date as dictionaries, which clash with the
    string columns every file carries; pass this instead (pandas: `partitioning=`)."""
    fields = [("site", pa.string()), ("date", pa.string())]
    return ds.partitioning(pa.schema(fields), flavor="hive")


def source_fingerprint(listing: list[tuple[str, str]]) -> str:
    """A digest of (key, version token) pairs: changes whenever a record is added or rewritten."""
    digest = hashlib.sha256()
    for key, token in listing:
        digest.update(f"{key}\0{token}\n".encode())
    return digest.hexdigest()


def read_records(storage: Storage, json_keys: list[str]) -> list[ArticleRecord]:
    """The records at these keys (keys that vanished meanwhile are skipped), read in parallel."""

    def one(key: str) -> ArticleRecord | None:
        try:
            return ArticleRecord.from_json(storage.get_bytes(key))
        except KeyError:
            return None

    if len(json_keys) < 4:
        found = [one(k) for k in json_keys]
    else:
        with ThreadPoolExecutor(min(_READERS, len(json_keys))) as pool:
            found = list(pool.map(one, json_keys))
    return [r for r in found if r is not None]


def partition_table(records: list[ArticleRecord]) -> pa.Table:
    """Records as a table with ARROW_SCHEMA, ordered by published time then id."""
    records = sorted(records, key=lambda r: (r.published or r.fetched_at, r.article_id))
    return records_to_table(records)


def rebuild_partition(storage: Storage, site: str, day: str) -> bool:
    """(Re)write one day's Parquet file, or delete it when the day has none; True if changed."""
    target = keys.parquet_key(site, day)
    # List, then read: a record rewritten after the listing makes the file stale, never fresh.
    listing = storage.list_versions(keys.articles_prefix(site, day))
    listing = [(k, t) for k, t in listing if k.endswith(".json")]
    if not listing:
        existed = storage.exists(target)
        storage.delete(target)
        return existed
    table = partition_table(read_records(storage, [k for k, _ in listing]))
    meta = {b"newsarchive.schema_version": str(SCHEMA_VERSION).encode()}
    fingerprint = source_fingerprint(listing)
    if fingerprint is not None:
        meta[SOURCE_META] = fingerprint.encode()
    table = table.replace_schema_metadata(meta)
    with tempfile.TemporaryDirectory(prefix="newsarchive-pq-") as tmp:
        path = Path(tmp) / "articles.parquet"
        pq.write_table(table, path, compression="zstd", row_group_size=10_000)
        storage.put_file(target, path, content_type="application/vnd.apache.parquet")
    return True


def rebuild_partitions(storage: Storage, partitions: Iterable[tuple[str, str]]) -> int:
    """Rebuild each (site, day) Parquet file from its JSON records; how many changed."""
    return sum(rebuild_partition(storage, site, day) for site, day in sorted(set(partitions)))


def all_partitions(storage: Storage, sites: Iterable[str] | None = None) -> list[tuple[str, str]]:
    """Every (site, day) that has JSON records or a Parquet file (so orphans get deleted)."""
    chosen = list(sites) if sites is not None else None
    out: set[tuple[str, str]] = set()
    for root in (keys.ARTICLES, keys.PARQUET):
        for site_dir in storage.children(f"{root}/"):
            site = keys.parse_partition(site_dir).get("site")
            if not site or (chosen is not None and site not in chosen):
                continue
            for day_dir in storage.children(f"{root}/{site_dir}/"):
                day = keys.parse_partition(day_dir).get("date")
                if day:
                    out.add((site, day))
    return sorted(out)


def reindex(storage: Storage, sites: Iterable[str] | None = None) -> int:
    """Rebuild the Parquet index of the whole archive (or of some sites)."""
    return rebuild_partitions(storage, all_partitions(storage, sites))


__all__ = ["hive_partitioning", "rebuild_partition", "rebuild_partitions", "reindex"]
