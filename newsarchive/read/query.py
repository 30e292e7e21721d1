"""Reading the archive: select articles by site, days, language and words; Arrow, pandas, DuckDB."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc

from newsarchive.archive import keys
from newsarchive.archive.storage import Storage, open_storage
from newsarchive.errors import NewsarchiveError
from newsarchive.read.parquet_index import (
    MonthFile,
    Problems,
    has_day_files,
    keyed_table,
    read_keyed,
    read_records,
    source_fingerprint,
)
from newsarchive.schema import ARROW_SCHEMA, ArticleRecord

if TYPE_CHECKING:
    import duckdb
    import pandas

_WORD = re.compile(r"\w+")
_LISTERS = 16
_NOT_WORD = r"[^\pL\pN_]"  # RE2 classes: a word boundary that also holds for non-ASCII letters
_log = logging.getLogger("newsarchive.read")


class QueryError(NewsarchiveError):
    """A selection that cannot be answered as asked (bad date, unknown site, since > until)."""


def _day(value: str | date | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise QueryError(f"{name} must be a day as YYYY-MM-DD, got {value!r}") from None


@dataclass(frozen=True)
class Selection:
    """Which articles: sites (all if empty), inclusive days of record `date`, language, words."""

    sites: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    language: str | None = None
    query: str | None = None

    @classmethod
    def make(
        cls,
        site: str | Iterable[str] | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        language: str | None = None,
        query: str | None = None,
    ) -> Selection:
        sites = (site,) if isinstance(site, str) else tuple(site or ())
        first, last = _day(since, "since"), _day(until, "until")
        if first and last and first > last:
            raise QueryError(f"since ({first}) is after until ({last})")
        lang = (language or "").strip().lower() or None
        if lang and not re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]+)*", lang):
            raise QueryError(f"language must be a code like 'en' or 'pt-br', got {language!r}")
        return cls(tuple(dict.fromkeys(sites)), first, last, lang, (query or "").strip() or None)

    def words(self) -> list[str]:
        return _WORD.findall(self.query or "")

    def has_day(self, day: str) -> bool:
        return (self.since is None or day >= self.since) and (
            self.until is None or day <= self.until
        )


@dataclass
class Partition:
    """One (site, day) as listed now: its record ids and the listing's fingerprint."""

    site: str
    day: str
    ids: pa.StringArray  # compact: ~36 bytes an article, however large the archive
    fingerprint: str | None
    has_parquet: bool
    drop: set[str] = field(default_factory=set)  # stale duplicates of articles kept elsewhere

    @property
    def count(self) -> int:
        return len(self.ids) - len(self.drop)

    @property
    def month(self) -> str:
        return self.day[:7]


@dataclass
class ScanLog:
    """What the last scan touched: for tests and for `--verbose` style reports."""

    partitions: list[tuple[str, str]] = field(default_factory=list)
    from_parquet: list[tuple[str, str]] = field(default_factory=list)
    from_json: list[tuple[str, str]] = field(default_factory=list)
    bad_parquet: list[str] = field(default_factory=list)  # unreadable index files (JSON used)
    old_layout: list[str] = field(default_factory=list)  # sites whose index is still per day
    unreadable: Problems = field(default_factory=list)  # records skipped: (key, what is wrong)


def _filter(table: pa.Table, sel: Selection, drop: set[str]) -> pa.Table:
    mask: Any = None

    def both(expr: Any) -> None:
        nonlocal mask
        mask = expr if mask is None else pc.and_kleene(mask, expr)

    if drop:
        both(pc.invert(pc.is_in(table["article_id"], value_set=pa.array(sorted(drop)))))
    if sel.language:
        lang = pc.utf8_lower(pc.fill_null(table["language"], ""))
        both(pc.or_(pc.equal(lang, sel.language), pc.starts_with(lang, sel.language + "-")))
    for word in sel.words():
        pattern = f"(?i)(?:^|{_NOT_WORD}){word}(?:$|{_NOT_WORD})"
        title = pc.match_substring_regex(pc.fill_null(table["title"], ""), pattern)
        text = pc.match_substring_regex(pc.fill_null(table["text"], ""), pattern)
        both(pc.or_(title, text))
    return table if mask is None else table.filter(mask)


class Archive:
    """An archive opened for reading: JSON records are the truth, Parquet a fresh-only cache.

    A record that cannot be read is skipped and named through `warn` (one line each; default:
    the `newsarchive.read` logger) and in `last_scan.unreadable`; the rest is still read.
    """

    def __init__(self, storage: Storage, warn: Callable[[str], None] | None = None) -> None:
        self.storage = storage
        self.last_scan = ScanLog()
        self.warn: Callable[[str], None] = warn or _log.warning
        self._months: dict[tuple[str, str], MonthFile | None] = {}  # month files being read
        self._wanted: dict[tuple[str, str], list[str]] = {}  # their days the scan reads

    def _skipped(self, bad: Problems) -> None:
        for key, why in bad:
            if (key, why) not in self.last_scan.unreadable:
                self.last_scan.unreadable.append((key, why))
                self.warn(f"skipped unreadable record {key} ({why}); `newsarchive verify` lists it")

    def _records(self, json_keys: list[str]) -> list[ArticleRecord]:
        bad: Problems = []
        found = read_records(self.storage, json_keys, bad)
        self._skipped(bad)
        return found

    # -- catalogue ------------------------------------------------------------------------
    def sites(self) -> list[str]:
        """Sites that have article records."""
        names = self.storage.children(f"{keys.ARTICLES}/")
        return [n.split("=", 1)[1] for n in names if n.startswith("site=")]

    def _days(self, root: str, site: str) -> list[str]:
        names = self.storage.children(f"{root}/site={site}/")
        return [n.split("=", 1)[1] for n in names if n.startswith("date=")]

    def _index_months(self, site: str) -> set[str]:
        """Months with a Parquet file; a per-day file of the earlier layout is only noted (the
        days it covers are read from their JSON records until `reindex` migrates them)."""
        names = self.storage.children(f"{keys.PARQUET}/site={site}/")
        legacy = any(n.startswith("date=") for n in names)  # (a local folder may be empty)
        if legacy and site not in self.last_scan.old_layout and has_day_files(self.storage, site):
            self.last_scan.old_layout.append(site)
            self.warn(
                f"the Parquet index of {site} is in the per-day layout of earlier versions: "
                "its days are read from the JSON records; `newsarchive reindex` rewrites it "
                "per month"
            )
        return {n.split("=", 1)[1] for n in names if n.startswith("month=")}

    def check_sites(self, sel: Selection) -> list[str]:
        known = self.sites()
        unknown = [s for s in sel.sites if s not in known]
        if unknown:
            have = ", ".join(known) or "none"
            raise QueryError(f"unknown site {', '.join(unknown)} (sites in the archive: {have})")
        return list(sel.sites) or known

    def partitions(self, sel: Selection) -> list[Partition]:
        """The in-range partitions, date-major; only their folders are listed, never others'."""
        wanted: list[tuple[str, str, bool]] = []
        for site in self.check_sites(sel):
            months = self._index_months(site)
            days = [d for d in self._days(keys.ARTICLES, site) if sel.has_day(d)]
            wanted += [(site, day, day[:7] in months) for day in days]

        def one(item: tuple[str, str, bool]) -> Partition | None:
            site, day, has_parquet = item
            listing = self.storage.list_versions(keys.articles_prefix(site, day))
            listing = [(k, t) for k, t in listing if k.endswith(".json")]
            if not listing:
                return None
            ids = pa.array([k.rsplit("/", 1)[1][: -len(".json")] for k, _ in listing], pa.string())
            return Partition(site, day, ids, source_fingerprint(listing), has_parquet)

        with ThreadPoolExecutor(_LISTERS) as pool:  # one list call per day: overlap the waits
            found = [p for p in pool.map(one, wanted) if p is not None]
        found.sort(key=lambda p: (p.day, p.site))
        self._resolve_duplicates(found)
        return found

    def _resolve_duplicates(self, parts: list[Partition]) -> None:
        """An id in two partitions (a crawl stopped between writing the new day and deleting the
        old one): keep the copy fetched last. Found by sorting 64-bit hashes of the ids."""
        if len(parts) < 2:
            return
        # 64-bit hashes, sorted: equal neighbours are candidates (a few MiB for millions of ids)
        hashes = pa.chunked_array(
            [pa.array([hash(i) for i in p.ids.to_pylist()], pa.int64()) for p in parts], pa.int64()
        ).combine_chunks()
        ordered = pc.take(hashes, pc.sort_indices(hashes))
        same = pc.equal(ordered[1:], ordered[:-1])
        candidates = set(ordered[1:].filter(same).to_pylist())
        if not candidates:
            return
        copies: dict[str, list[tuple[str, str, Partition]]] = {}
        for part in parts:
            for article_id in part.ids.to_pylist():
                if hash(article_id) not in candidates:
                    continue
                key = keys.article_key(part.site, part.day, article_id)
                for rec in self._records([key]):
                    copies.setdefault(article_id, []).append((rec.fetched_at, part.day, part))
        for article_id, found in copies.items():
            if len(found) < 2:  # a hash collision, not a duplicate
                continue
            found.sort(key=lambda c: (c[0], c[1]))
            for _, _, part in found[:-1]:
                part.drop.add(article_id)

    # -- reading --------------------------------------------------------------------------
    def _month(self, site: str, month: str) -> MonthFile | None:
        """The site's month file, fetched once while the scan is in that month.

        The index is a cache: a file that cannot be read counts as missing (the JSON records
        are read instead) and is named in `last_scan.bad_parquet`; `reindex` rewrites it.
        """
        if (site, month) in self._months:
            return self._months[(site, month)]
        for old in [k for k in self._months if k[1] < month]:  # scans go in date order
            del self._months[old]
        key = keys.parquet_key(site, month)
        found: MonthFile | None = None
        try:
            found = MonthFile.from_bytes(key, self.storage.get_bytes(key))
        except KeyError:
            pass
        except (pa.ArrowException, OSError, ValueError) as exc:
            self.last_scan.bad_parquet.append(key)
            self.warn(
                f"unreadable index file {key} ({type(exc).__name__}): read the JSON records "
                "instead; `newsarchive reindex` rewrites it"
            )
        if found is not None:
            found.preload(self._wanted.get((site, month), ()))
        self._months[(site, month)] = found
        return found

    def _parquet(self, part: Partition) -> pa.Table | None:
        """The day's rows from its month file if they were built from exactly its records."""
        if not part.has_parquet or part.fingerprint is None:
            return None
        month = self._month(part.site, part.month)
        if month is None or not month.fresh(part.day, part.fingerprint):
            return None
        try:
            return month.day_table(part.day)
        except (KeyError, ValueError, TypeError, OSError, pa.ArrowException):
            return None

    def _read(self, part: Partition) -> pa.Table:
        table = self._parquet(part)
        where = (part.site, part.day)
        self.last_scan.partitions.append(where)
        if table is not None:
            self.last_scan.from_parquet.append(where)
            return table
        self.last_scan.from_json.append(where)
        json_keys = [keys.article_key(part.site, part.day, i) for i in part.ids.to_pylist()]
        bad: Problems = []
        table = keyed_table(read_keyed(self.storage, json_keys, bad), bad)
        self._skipped(bad)
        return table

    def tables(
        self, sel: Selection, progress: Callable[[int, int], None] | None = None
    ) -> Iterator[pa.Table]:
        """One filtered table per partition, in date order: the stream every export reads."""
        self.last_scan = ScanLog()
        self._months.clear()
        parts = self.partitions(sel)
        self._wanted = {}
        for part in parts:
            self._wanted.setdefault((part.site, part.month), []).append(part.day)
        total = sum(len(p.ids) for p in parts)
        if progress:
            progress(0, total)
        for part in parts:
            table = _filter(self._read(part), sel, part.drop)
            if progress:
                progress(len(part.ids), total)
            if table.num_rows:
                yield table.replace_schema_metadata(None)
        self._months.clear()

    def reader(self, sel: Selection | None = None, **kw: Any) -> pa.RecordBatchReader:
        """The selection as a one-pass Arrow stream."""
        sel = sel or Selection.make(**kw)
        batches = (b for t in self.tables(sel) for b in t.to_batches())
        return pa.RecordBatchReader.from_batches(ARROW_SCHEMA, batches)

    # -- the Python API -------------------------------------------------------------------
    def articles(self, **kw: Any) -> Iterator[ArticleRecord]:
        """Records of the selection (site=, since=, until=, language=, query=), streamed."""
        for table in self.tables(Selection.make(**kw)):
            for row in table.to_pylist():
                yield ArticleRecord.from_dict(row)

    def to_arrow(self, sel: Selection | None = None, **kw: Any) -> pa.Table:
        return self.reader(sel, **kw).read_all()

    def to_pandas(self, sel: Selection | None = None, **kw: Any) -> pandas.DataFrame:
        # on this thread: Arrow pool threads still alive at interpreter exit can abort it
        return self.to_arrow(sel, **kw).to_pandas(use_threads=False)

    def duckdb(
        self,
        sel: Selection | None = None,
        con: duckdb.DuckDBPyConnection | None = None,
        **kw: Any,
    ) -> duckdb.DuckDBPyConnection:
        """A DuckDB connection with the selection as table `articles` (no extensions).

        The selection is read into one Arrow table that DuckDB scans in place (no copy into
        DuckDB's own storage, which cost more CPU than reading the archive), so it can be
        queried many times; it is held in memory: narrow the selection for big archives.
        """
        import duckdb

        con = con or duckdb.connect()
        con.register("articles", self.to_arrow(sel, **kw))
        return con

    def get(self, ref: str) -> ArticleRecord:
        """One article by id or URL (its latest copy)."""
        candidates = {ref} if re.fullmatch(r"[0-9a-f]{32}", ref) else set(_ids_for_url(ref))
        for part in self.partitions(Selection()):  # listings only, in parallel; the copy kept
            for article_id in candidates & set(part.ids.to_pylist()) - part.drop:
                key = keys.article_key(part.site, part.day, article_id)
                for rec in self._records([key]):
                    return rec
        raise QueryError(f"no article {ref!r} in {self.storage.uri}")

    def counts(self, sel: Selection) -> dict[str, dict[str, int]]:
        """Articles per site and day from the listing alone, zeros filled in for gap days."""
        parts = self.partitions(sel)
        sites = list(sel.sites) or self.sites()
        out: dict[str, dict[str, int]] = {s: {} for s in sites}
        if not parts and not (sel.since and sel.until):
            return out
        first = sel.since or min(p.day for p in parts)
        last = sel.until or max(p.day for p in parts)
        for site in sites:
            out[site] = {d: 0 for d in _days_between(first, last)}
        for part in parts:
            out[part.site][part.day] = part.count
        return out


def lock_down(con: duckdb.DuckDBPyConnection) -> None:
    """No more file or network access for this connection, and no way to turn it back on:
    `COPY ... TO`, `read_csv('/any/file')`, `ATTACH`, `INSTALL` and `LOAD` fail from now on.
    Call it after the archive's own tables are loaded."""
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")


def one_line(message: str) -> str:
    """A multi-line engine message (DuckDB's LINE 1 / caret lines) as one plain line."""
    lines = [ln.strip() for ln in message.splitlines()]
    return " ".join(ln for ln in lines if ln and set(ln) != {"^"})


def _days_between(first: str, last: str) -> list[str]:
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return [(start + timedelta(n)).isoformat() for n in range((end - start).days + 1)]


def _ids_for_url(url: str) -> list[str]:
    from newsarchive.urls import canonicalize

    forms = [url.strip()]
    canonical = canonicalize(url)
    if canonical:
        forms.append(canonical)
    forms += [f.rstrip("/") if f.endswith("/") else f + "/" for f in list(forms)]
    return list(dict.fromkeys(keys.article_id_for(f) for f in forms))


def open_archive(uri: str | None = None, *, check: bool = True) -> Archive:
    """Open an archive for reading: path, file:///... or s3://bucket/prefix (default: settings)."""
    if uri is None:
        from newsarchive.settings import Settings

        uri = Settings.from_env().archive_uri
    storage = open_storage(uri)
    if check:
        storage.check()
    return Archive(storage)
