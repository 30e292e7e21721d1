"""The Parquet index: one file per (site, month), one row group per day, rebuilt incrementally."""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsarchive.archive import keys
from newsarchive.archive.storage import Storage

if TYPE_CHECKING:
    import pyarrow.dataset as ds
from newsarchive.schema import ARROW_SCHEMA, SCHEMA_VERSION, ArticleRecord, records_to_table

SOURCE_META = b"newsarchive.source"  # fingerprint of the JSON listing the file was built from
DAYS_META = b"newsarchive.days"  # JSON: day -> {"fingerprint", "row_group"} (the day's listing)
_READERS = 16


def hive_partitioning() -> ds.Partitioning:
    """The parquet/ folder's hive layout with the same (string) types as the columns in the files.

    pyarrow's default hive discovery types site/month as dictionaries, which clash with the
    string `site` column every file carries; pass this instead (pandas: `partitioning=`).
    The files keep a `date` column: filter on it for days."""
    import pyarrow.dataset as ds  # a second of start-up on a small machine: only when asked

    fields = [("site", pa.string()), ("month", pa.string())]
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


def day_listing(storage: Storage, site: str, day: str) -> list[tuple[str, str]]:
    """(key, version token) of the day's JSON records."""
    listing = storage.list_versions(keys.articles_prefix(site, day))
    return [(k, t) for k, t in listing if k.endswith(".json")]


@dataclass
class MonthFile:
    """One month's Parquet file, decoded lazily: its days' fingerprints and row groups."""

    key: str
    parquet: pq.ParquetFile
    days: dict[str, dict[str, Any]]  # day -> {"fingerprint": str | None, "row_group": int}
    _groups: dict[int, pa.Table] = field(default_factory=dict, repr=False)

    @classmethod
    def from_bytes(cls, key: str, data: bytes) -> MonthFile:
        """Raises pa.ArrowException, OSError or ValueError when the file cannot be read."""
        parquet = pq.ParquetFile(pa.BufferReader(data), pre_buffer=False)
        meta = parquet.schema_arrow.metadata or {}
        days = json.loads(meta.get(DAYS_META, b"{}"))
        if not isinstance(days, dict):
            raise ValueError(f"{DAYS_META.decode()} is not a mapping")
        return cls(key, parquet, days)

    def fresh(self, day: str, fingerprint: str | None) -> bool:
        """Whether the day's rows were built from exactly the records listed now."""
        entry = self.days.get(day)
        return bool(entry and fingerprint and entry.get("fingerprint") == fingerprint)

    def _group(self, day: str) -> int | None:
        entry = self.days.get(day) or {}
        group = entry.get("row_group")
        return None if group is None else int(group)

    def preload(self, days: Iterable[str]) -> None:
        """Decode the row groups of these days in one read (cheaper than one read a day), on
        this thread only (no Arrow pool: see query)."""
        groups = sorted({g for g in map(self._group, days) if g is not None} - set(self._groups))
        if not groups:
            return
        table = self.parquet.read_row_groups(groups, use_threads=False)
        table = table.select(list(ARROW_SCHEMA.names)).cast(ARROW_SCHEMA)
        offset = 0
        for group in groups:
            rows = self.parquet.metadata.row_group(group).num_rows
            self._groups[group] = table.slice(offset, rows)
            offset += rows

    def day_table(self, day: str) -> pa.Table:
        """The day's rows (its row group)."""
        group = self._group(day)
        if group is None:
            return ARROW_SCHEMA.empty_table()
        self.preload([day])
        return self._groups[group]


def _load_month(storage: Storage, key: str) -> MonthFile | None:
    try:
        return MonthFile.from_bytes(key, storage.get_bytes(key))
    except KeyError:
        return None
    except (pa.ArrowException, OSError, ValueError):
        return None  # unreadable: rebuilt from the JSON records


def _days_of_month(storage: Storage, site: str, month: str) -> list[str]:
    names = storage.children(keys.articles_prefix(site))
    days = [keys.parse_partition(n).get("date", "") for n in names]
    return [d for d in days if d.startswith(month + "-")]


def rebuild_month(storage: Storage, site: str, month: str) -> bool:
    """(Re)write one month's Parquet file, or delete it when the month has none; True if changed.

    Incremental: a day whose records are listed exactly as when the file was built keeps its
    row group; only changed or new days are read from their JSON records. A file already fresh
    is left alone. Per-day files of the earlier layout within the month are deleted."""
    month = keys.month_of(month)
    target = keys.parquet_key(site, month)
    changed = _drop_day_files(storage, site, month)
    days = _days_of_month(storage, site, month)
    # List, then read: a record rewritten after the listing makes a day stale, never fresh.
    with ThreadPoolExecutor(min(_READERS, max(1, len(days)))) as pool:
        listings = dict(
            zip(days, pool.map(lambda d: day_listing(storage, site, d), days), strict=True)
        )
    listings = {d: lst for d, lst in listings.items() if lst}
    if not listings:
        existed = storage.exists(target)
        storage.delete(target)
        return existed or changed
    old = _load_month(storage, target)
    prints = {d: source_fingerprint(lst) for d, lst in listings.items()}
    if (
        old is not None
        and set(old.days) == set(prints)
        and all(old.fresh(d, fp) for d, fp in prints.items())
    ):
        return changed
    tables: list[tuple[str, pa.Table, str | None]] = []
    for day in sorted(listings):
        if old is not None and old.fresh(day, prints[day]):
            tables.append((day, old.day_table(day), prints[day]))
            continue
        bad: Problems = []
        table = keyed_table(read_keyed(storage, [k for k, _ in listings[day]], bad), bad)
        # a day with bad records gets no fingerprint: readers go to its JSON and name them
        tables.append((day, table, None if bad else prints[day]))
    _write_month(storage, target, tables, listings)
    return True


def _write_month(
    storage: Storage,
    target: str,
    tables: list[tuple[str, pa.Table, str | None]],
    listings: dict[str, list[tuple[str, str]]],
) -> None:
    days: dict[str, dict[str, Any]] = {}
    group = 0
    for day, table, fingerprint in tables:
        days[day] = {"fingerprint": fingerprint, "row_group": group if table.num_rows else None}
        group += 1 if table.num_rows else 0
    meta = {
        b"newsarchive.schema_version": str(SCHEMA_VERSION).encode(),
        DAYS_META: json.dumps(days, sort_keys=True).encode(),
    }
    if all(fp for _, _, fp in tables):  # the whole month's listing, for outside tools
        whole = [item for day in sorted(listings) for item in listings[day]]
        meta[SOURCE_META] = source_fingerprint(whole).encode()
    schema = ARROW_SCHEMA.with_metadata(meta)
    with tempfile.TemporaryDirectory(prefix="newsarchive-pq-") as tmp:
        path = Path(tmp) / "articles.parquet"
        with pq.ParquetWriter(path, schema, compression="zstd") as writer:
            for _, table, _ in tables:  # one row group per day: a reader decodes only its days
                if table.num_rows:
                    writer.write_table(table.cast(ARROW_SCHEMA), row_group_size=table.num_rows)
        storage.put_file(target, path, content_type="application/vnd.apache.parquet")


def _drop_day_files(storage: Storage, site: str, month: str) -> bool:
    """Delete the month's per-day files of the earlier layout; True if there were any."""
    found = [
        k for k in storage.list(keys.day_parquet_prefix(site, month)) if k.endswith(".parquet")
    ]
    for key in found:
        storage.delete(key)
    return bool(found)


def rebuild_partition(storage: Storage, site: str, day: str) -> bool:
    """Rebuild the month file that holds this day (see rebuild_month); True if changed."""
    return rebuild_month(storage, site, keys.month_of(day))


def rebuild_partitions(storage: Storage, partitions: Iterable[tuple[str, str]]) -> int:
    """Rebuild the month files of these (site, day or month) pairs; how many changed."""
    months = sorted({(site, keys.month_of(when)) for site, when in partitions})
    return sum(rebuild_month(storage, site, month) for site, month in months)


def all_partitions(storage: Storage, sites: Iterable[str] | None = None) -> list[tuple[str, str]]:
    """Every (site, month) that has JSON records or a Parquet file of either layout (so that
    orphans get deleted and per-day files migrated)."""
    chosen = list(sites) if sites is not None else None
    out: set[tuple[str, str]] = set()
    for root in (keys.ARTICLES, keys.PARQUET):
        for site_dir in storage.children(f"{root}/"):
            site = keys.parse_partition(site_dir).get("site")
            if not site or (chosen is not None and site not in chosen):
                continue
            for sub in storage.children(f"{root}/{site_dir}/"):
                part = keys.parse_partition(sub)
                when = part.get("month") or part.get("date")
                if when:
                    out.add((site, keys.month_of(when)))
    return sorted(out)


def has_day_files(storage: Storage, site: str) -> bool:
    """Whether some of the site's index is still in the per-day layout of earlier versions."""
    return any(k.endswith(".parquet") for k in storage.list(keys.day_parquet_prefix(site)))


def reindex(storage: Storage, sites: Iterable[str] | None = None) -> int:
    """Bring the Parquet index of the whole archive (or of some sites) up to date: months whose
    file is stale are rewritten; how many files were written or deleted."""
    return rebuild_partitions(storage, all_partitions(storage, sites))


__all__ = [
    "hive_partitioning",
    "rebuild_month",
    "rebuild_partition",
    "rebuild_partitions",
    "reindex",
]
