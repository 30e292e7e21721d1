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


Problems = list[tuple[str, str]]  # (key, what is wrong): records skipped as unreadable
_UNREADABLE = (ValueError, TypeError, AttributeError)  # bad JSON, bad UTF-8, wrong fields/types


def _why(exc: BaseException) -> str:
    detail = " ".join(str(exc).split())[:200]
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def read_keyed(
    storage: Storage, json_keys: list[str], bad: Problems | None = None
) -> list[tuple[str, ArticleRecord]]:
    """(key, record) for these keys, read in parallel. Keys that vanished meanwhile are skipped;
    objects that are not valid JSON article records are skipped and listed in `bad`."""

    def one(key: str) -> tuple[str, ArticleRecord | str] | None:
        try:
            return key, ArticleRecord.from_json(storage.get_bytes(key))
        except KeyError:
            return None
        except _UNREADABLE as exc:
            return key, _why(exc)

    if len(json_keys) < 4:
        found = [one(k) for k in json_keys]
    else:
        with ThreadPoolExecutor(min(_READERS, len(json_keys))) as pool:
            found = list(pool.map(one, json_keys))
    out: list[tuple[str, ArticleRecord]] = []
    for item in found:
        if item is None:
            continue
        key, value = item
        if isinstance(value, ArticleRecord):
            out.append((key, value))
        elif bad is not None:
            bad.append((key, value))
    return out


def read_records(
    storage: Storage, json_keys: list[str], bad: Problems | None = None
) -> list[ArticleRecord]:
    """The records at these keys (see read_keyed: unreadable ones are listed in `bad`)."""
    return [rec for _, rec in read_keyed(storage, json_keys, bad)]


def keyed_table(pairs: list[tuple[str, ArticleRecord]], bad: Problems | None = None) -> pa.Table:
    """Records as a table with ARROW_SCHEMA, ordered by published time then id. A record whose
    values do not fit the schema (a number given as text...) is left out and listed in `bad`."""
    pairs = sorted(pairs, key=lambda p: (str(p[1].published or p[1].fetched_at), p[1].article_id))
    try:
        return records_to_table([rec for _, rec in pairs])
    except (pa.ArrowException, *_UNREADABLE):
        pass
    kept = []
    for key, rec in pairs:  # find the culprits one by one: only on this rare path
        try:
            records_to_table([rec])
            kept.append(rec)
        except (pa.ArrowException, *_UNREADABLE) as exc:
            if bad is not None:
                bad.append((key, _why(exc)))
    return records_to_table(kept)


def partition_table(records: list[ArticleRecord]) -> pa.Table:
    """Records as a table with ARROW_SCHEMA, ordered by published time then id."""
    return keyed_table([(r.article_id, r) for r in records])


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
    bad: Problems = []
    table = keyed_table(read_keyed(storage, [k for k, _ in listing], bad), bad)
    meta = {b"newsarchive.schema_version": str(SCHEMA_VERSION).encode()}
    if not bad:  # else no fingerprint: readers go to the JSON records and name the bad ones
        meta[SOURCE_META] = source_fingerprint(listing).encode()
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
