"""A site's crawl memory: archived articles, their URL aliases, and listing-page validators.

Stored as a base snapshot plus a journal, so that a run's cost follows what it changed, not
the archive's size:

- the base, `state-base.sqlite.zst`: an SQLite database (zstd-compressed) with the articles,
  URLs and listing pages of the site, looked up by key when asked (nothing is decoded at load
  beyond the bytes), and the number of the last delta it covers;
- the deltas, `state-delta-<seq>.json.gz`: what one run changed (new or changed entries,
  deleted ones as null), one object each, put once at the run's end;
- a compaction writes a new base covering every delta when the journal grows past a share of
  the base (or past MAX_DELTAS objects), then deletes the deltas it covers. A reader that
  finds deltas the base covers (a compaction that died before its deletes) skips them.

`state.json.gz` (version 1 or 2, the whole state as one JSON object) is still read as a base;
the first save after it writes the SQLite base and deletes it.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import sqlite3
import zlib
from collections.abc import Callable, ItemsView, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import pyarrow as pa

from newsarchive.archive import keys
from newsarchive.archive.storage import Storage
from newsarchive.errors import StorageError, UnsafeKeyError

log = logging.getLogger(__name__)

STATE_NAME = "state.json.gz"  # versions 1 and 2: the whole state as one JSON object (read)
STATE_VERSION = 3  # 1: one JSON object per article; 2: one JSON list per article
_LEVEL = 1  # gzip level: level 9 took seconds at 100,000 articles for a few % less
_MAGIC = b"newsarchive-state"
_CODEC = "zstd"
# compact when the journal holds more rows than this share of the base (at least MIN_JOURNAL)
# or more deltas than MAX_DELTAS (each one is a GET at load)
JOURNAL_SHARE = 0.05
MIN_JOURNAL = 1000
MAX_DELTAS = 16


@dataclass
class ArticleEntry:
    """Where an archived article lies and what its text was."""

    key: str
    sha: str
    day: str
    fetched: str
    version: int = 1
    etag: str | None = None  # the article response's validators, for conditional re-checks
    last_modified: str | None = None
    simhash: str | None = None


# an entry as stored: a list in this order, `key` None when it is the usual one
_ROW = ("key", "sha", "day", "fetched", "version", "etag", "last_modified", "simhash")
_SHA = _ROW.index("sha")


@dataclass
class PageEntry:
    """HTTP validators of a listing, feed or sitemap, and the links it gave then."""

    etag: str | None
    last_modified: str | None
    links: list[list[Any]]  # [url, via, published ISO | None, modified ISO | None]


# -- a snapshot's tables -----------------------------------------------------------------------

# Columns without a type: a lowercase hex string (article id, sha, simhash) is stored as the
# bytes it spells (half the size; read back as the same string), anything else as it is.
_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE articles (id PRIMARY KEY, key TEXT, sha, day TEXT, fetched TEXT,
    version INTEGER, etag TEXT, last_modified TEXT, simhash);
CREATE TABLE urls (url TEXT PRIMARY KEY, id);
CREATE TABLE pages (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, links TEXT);
"""
_INDEXES = (
    "CREATE INDEX IF NOT EXISTS articles_sha ON articles (sha)",
    "CREATE INDEX IF NOT EXISTS urls_id ON urls (id)",
)
_HEX = re.compile(r"(?:[0-9a-f]{2})+")


def _packed(value: Any) -> Any:
    """A lowercase hex string as its bytes (for the base's hex columns), else VALUE."""
    return bytes.fromhex(value) if isinstance(value, str) and _HEX.fullmatch(value) else value


def _unpacked(value: Any) -> Any:
    return value.hex() if isinstance(value, bytes) else value


# table: (key column, value columns, indexed value column)
_PACKED = (_ROW.index("sha"), _ROW.index("simhash"))  # article row fields stored packed
_TABLES = {
    "articles": ("id", _ROW, "sha"),
    "urls": ("url", ("id",), "id"),
    "pages": ("url", ("etag", "last_modified", "links"), None),
}


class _Table:
    """One table of a snapshot: stored rows by key, in the order they were written."""

    def get(self, key: str) -> Any | None:
        return None

    def items(self) -> Iterator[tuple[str, Any]]:
        return iter(())

    def having(self, value: str) -> list[str]:
        """Keys whose indexed value (an article's sha, a URL's article) is VALUE, in order."""
        return []

    def count(self) -> int:
        return 0


class _DictTable(_Table):
    """Rows held in memory (a version 1 or 2 file)."""

    def __init__(self, rows: dict[str, Any], value: Callable[[Any], str] | None = None) -> None:
        self._rows = rows
        self._value = value
        self._index: dict[str, list[str]] | None = None

    def get(self, key: str) -> Any | None:
        return self._rows.get(key)

    def items(self) -> Iterator[tuple[str, Any]]:
        return iter(list(self._rows.items()))

    def having(self, value: str) -> list[str]:
        if self._value is None:
            return []
        if self._index is None:
            self._index = {}
            for key, row in self._rows.items():
                self._index.setdefault(self._value(row), []).append(key)
        return list(self._index.get(value, ()))

    def count(self) -> int:
        return len(self._rows)


class _SqlTable(_Table):
    """Rows of the base's SQLite database, read by key through its indexes."""

    def __init__(self, con: sqlite3.Connection, name: str) -> None:
        self._con = con
        self._name = name
        key, cols, indexed = _TABLES[name]
        self._cols = cols
        self._get = f"SELECT {', '.join(cols)} FROM {name} WHERE {key} = ?"
        self._all = f"SELECT {key}, {', '.join(cols)} FROM {name} ORDER BY rowid"
        self._having = f"SELECT {key} FROM {name} WHERE {indexed} = ? ORDER BY rowid"

    def _row(self, values: tuple[Any, ...]) -> Any:
        if self._name == "urls":
            return _unpacked(values[0])
        if self._name == "pages":
            return [values[0], values[1], json.loads(values[2])]
        row = list(values)
        for i in _PACKED:
            row[i] = _unpacked(row[i])
        return row

    def _key(self, key: str) -> Any:
        return _packed(key) if self._name == "articles" else key

    def get(self, key: str) -> Any | None:
        found = self._con.execute(self._get, (self._key(key),)).fetchone()
        return None if found is None else self._row(found)

    def items(self) -> Iterator[tuple[str, Any]]:
        for values in self._con.execute(self._all):
            yield _unpacked(values[0]), self._row(values[1:])

    def having(self, value: str) -> list[str]:
        if _TABLES[self._name][2] is None:
            return []
        return [_unpacked(k) for (k,) in self._con.execute(self._having, (_packed(value),))]

    def count(self) -> int:
        return int(self._con.execute(f"SELECT count(*) FROM {self._name}").fetchone()[0])


@dataclass
class _Base:
    """A base snapshot: its tables, its SQLite database (None for a JSON file or none)."""

    articles: _Table = field(default_factory=_Table)
    urls: _Table = field(default_factory=_Table)
    pages: _Table = field(default_factory=_Table)
    con: sqlite3.Connection | None = None

    @classmethod
    def of(cls, con: sqlite3.Connection) -> _Base:
        return cls(_SqlTable(con, "articles"), _SqlTable(con, "urls"), _SqlTable(con, "pages"), con)

    def rows(self) -> int:
        return self.articles.count() + self.urls.count() + self.pages.count()


def _new_db() -> sqlite3.Connection:
    con = sqlite3.connect(":memory:", check_same_thread=False)
    con.executescript(_SCHEMA)
    return con


def _decode_base(site: str, blob: bytes) -> tuple[_Base, int]:
    """The base snapshot in BLOB and the last delta it covers; ValueError when unreadable."""
    end = blob.find(b"\n", 0, 200)
    head, sep, body = blob[: max(end, 0)], end >= 0, memoryview(blob)[end + 1 :]
    parts = head.split(b" ")
    if not sep or len(parts) != 4 or parts[0] != _MAGIC or parts[1] != str(STATE_VERSION).encode():
        raise ValueError(f"not a crawl state base (starts {head[:40]!r})")
    try:
        raw = pa.decompress(body, int(parts[3]), codec=parts[2].decode(), asbytes=True)
    except (pa.ArrowException, UnicodeDecodeError) as exc:
        raise ValueError(f"crawl state base not decompressed: {exc}") from None
    con = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        con.deserialize(raw)
        meta = dict(con.execute("SELECT name, value FROM meta").fetchall())
    except sqlite3.Error as exc:
        raise ValueError(f"crawl state base unreadable: {exc}") from None
    if meta.get("site") != site or meta.get("fields") != json.dumps(list(_ROW)):
        raise ValueError(f"crawl state base of {meta.get('site')!r} with other fields")
    return _Base.of(con), int(meta.get("covers", "0"))


def _encode_base(con: sqlite3.Connection) -> bytes:
    raw = con.serialize()
    body = pa.compress(raw, codec=_CODEC, asbytes=True)
    return b" ".join([_MAGIC, str(STATE_VERSION).encode(), _CODEC.encode(), b"%d" % len(raw)]) + (
        b"\n" + body
    )


# -- layered mappings --------------------------------------------------------------------------

V = TypeVar("V")
_GONE: Any = None  # a deleted key, in a journal or among this run's changes


class _Layered(MutableMapping[str, V], Generic[V]):
    """A mapping over a base table, the journal's rows (deltas loaded or saved since the base)
    and this run's changes. Values read from the base or the journal are decoded once and kept
    with the row they came from: one changed in place is saved like one set anew.

    Order: the base's keys where they were, then the journal's new keys, then this run's."""

    def __init__(
        self,
        base: _Table,
        decode: Callable[[str, Any], V],
        encode: Callable[[str, V], Any],
        mutable: bool = True,
    ) -> None:
        self.base = base
        self._decode = decode
        self._encode = encode
        self._mutable = mutable
        self.journal: dict[str, Any] = {}  # key -> stored row, _GONE when deleted
        self._changed: dict[str, V | None] = {}  # this run's: key -> value, None when deleted
        self._cache: dict[str, tuple[V, Any]] = {}  # decoded: key -> (value, row as stored)
        self.stamp = 0  # counts the journal's changes

    def _stored(self, key: str) -> Any | None:
        if key in self.journal:
            return self.journal[key]
        return self.base.get(key)

    def __getitem__(self, key: str) -> V:
        if key in self._changed:
            value = self._changed[key]
            if value is None:
                raise KeyError(key)
            return value
        cached = self._cache.get(key)
        if cached is not None:
            return cached[0]
        row = self._stored(key)
        if row is None:
            raise KeyError(key)
        value = self._decode(key, row)
        if self._mutable:
            self._cache[key] = (value, row)
        return value

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        if key in self._changed:
            return self._changed[key] is not None
        return key in self._cache or self._stored(key) is not None

    def __setitem__(self, key: str, value: V) -> None:
        self._changed[key] = value
        self._cache.pop(key, None)

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        self._changed[key] = None
        self._cache.pop(key, None)

    def _overlaid(self) -> list[str]:
        """Keys of the journal and of this run's changes, in order, each once."""
        return list(dict.fromkeys([*self.journal, *self._changed]))

    def __iter__(self) -> Iterator[str]:
        for key, _ in self.rows():
            yield key

    def __len__(self) -> int:
        n = self.base.count()
        for key in self._overlaid():
            n += (key in self) - (self.base.get(key) is not None)
        return n

    def rows(self) -> Iterator[tuple[str, Any]]:
        """(key, row as stored) of every entry, in order, undecoded where untouched."""
        over = self._overlaid()
        overlaid = set(over)
        for key, row in self.base.items():
            if key in overlaid or key in self._cache:
                current = self.row(key)
                if current is not None:
                    yield key, current
            else:
                yield key, row
        for key in over:
            if self.base.get(key) is None:
                current = self.row(key)
                if current is not None:
                    yield key, current

    def row(self, key: str) -> Any | None:
        """The entry as it would be stored now, None when there is none."""
        try:
            value = self[key]
        except KeyError:
            return None
        return self._encode(key, value)

    def items_of(self) -> Iterator[tuple[str, V]]:
        for key, row in self.rows():
            cached = self._cache.get(key)
            changed = self._changed.get(key)
            yield (
                key,
                changed
                if changed is not None
                else (cached[0] if cached is not None else self._decode(key, row)),
            )

    def items(self) -> ItemsView[str, V]:
        return _Items(self)

    def changes(self) -> dict[str, Any]:
        """Rows this run set, changed in place or deleted (_GONE), as a delta stores them."""
        out: dict[str, Any] = {}
        for key, value in self._changed.items():
            out[key] = _GONE if value is None else self._encode(key, value)
        for key, (value, row) in self._cache.items():
            if key not in out:
                now = self._encode(key, value)
                if now != row:
                    out[key] = now
        return out

    def pending(self) -> dict[str, Any]:
        """Rows of the journal and this run's changes: what a new base adds to the old one."""
        return {**self.journal, **self.changes()}

    def commit(self, rows: dict[str, Any]) -> None:
        """ROWS (this run's changes) were saved: they are the journal's now."""
        for key, row in rows.items():
            self.journal[key] = row
            value = self._changed.pop(key, None)
            if value is None and key in self._cache:
                value = self._cache[key][0]
            if row is not _GONE and value is not None and self._mutable:
                self._cache[key] = (value, row)
            elif row is _GONE:
                self._cache.pop(key, None)
        self._changed.clear()
        self.stamp += 1

    def rebase(self, base: _Table) -> None:
        """The journal went into BASE (a compaction)."""
        self.base = base
        self.journal = {}
        self.stamp += 1


class _Items(ItemsView[str, V]):
    """items() of a layered mapping: streamed from the base, not one lookup per key."""

    def __init__(self, mapping: _Layered[V]) -> None:
        super().__init__(mapping)
        self._layered = mapping

    def __iter__(self) -> Iterator[tuple[str, V]]:
        return self._layered.items_of()


class _Shas(MutableMapping[str, str]):
    """content sha -> article_id: the first article (in the state's order) with that sha among
    the saved entries, looked up through the base's index; a run's own settings and deletions
    on top (`CrawlState.remember` and the writer keep it as they change articles)."""

    def __init__(self, articles: _Layered[ArticleEntry]) -> None:
        self._articles = articles
        self._set: dict[str, str] = {}
        self._gone: set[str] = set()
        self._journal_index: dict[str, str] | None = None
        self._journal_seen = -1  # the articles' stamp the index was made at

    def _saved(self, sha: str) -> str | None:
        """The first saved article with this sha: a base row the journal left alone or set
        to the same sha, else the first journal row with it."""
        arts = self._articles
        for article_id in arts.base.having(sha):
            if article_id not in arts.journal:
                return article_id
            row = arts.journal[article_id]
            if row is not _GONE and row[_SHA] == sha:
                return article_id
        if arts.stamp != self._journal_seen or self._journal_index is None:
            index: dict[str, str] = {}
            for article_id, row in arts.journal.items():
                if row is not _GONE:
                    index.setdefault(row[_SHA], article_id)
            self._journal_index, self._journal_seen = index, arts.stamp
        return self._journal_index.get(sha)

    def __getitem__(self, sha: str) -> str:
        if sha in self._set:
            return self._set[sha]
        found = None if sha in self._gone else self._saved(sha)
        if found is None:
            raise KeyError(sha)
        return found

    def __setitem__(self, sha: str, article_id: str) -> None:
        self._set[sha] = article_id
        self._gone.discard(sha)

    def __delitem__(self, sha: str) -> None:
        if sha not in self:
            raise KeyError(sha)
        self._set.pop(sha, None)
        self._gone.add(sha)

    def _all(self) -> dict[str, str]:
        out: dict[str, str] = {}
        arts = self._articles
        for article_id, row in arts.base.items():
            row = arts.journal.get(article_id, row)
            if row is not _GONE:
                out.setdefault(row[_SHA], article_id)
        for article_id, row in arts.journal.items():
            if row is not _GONE and arts.base.get(article_id) is None:
                out.setdefault(row[_SHA], article_id)
        for sha in self._gone:
            out.pop(sha, None)
        out.update(self._set)
        return out

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


def _entry_decoder(site: str) -> Callable[[str, Any], ArticleEntry]:
    def decode(article_id: str, row: Any) -> ArticleEntry:
        data = dict(zip(_ROW, row, strict=True))
        if data["key"] is None:
            data["key"] = keys.article_key(site, data["day"], article_id)
        return ArticleEntry(**data)

    return decode


def _entry_encoder(site: str) -> Callable[[str, ArticleEntry], Any]:
    def encode(article_id: str, entry: ArticleEntry) -> Any:
        row = [getattr(entry, name) for name in _ROW]
        try:
            usual = keys.article_key(site, entry.day, article_id)
        except UnsafeKeyError:
            usual = None
        if entry.key == usual:
            row[0] = None
        return row

    return encode


def _page_row(url: str, page: PageEntry) -> Any:
    return [page.etag, page.last_modified, page.links]


def _page(url: str, row: Any) -> PageEntry:
    return PageEntry(row[0], row[1], row[2])


def _same(key: str, value: str) -> str:
    return value


@dataclass
class _Journal:
    """Where a loaded state stands in its storage: the base's cover, the deltas after it."""

    covers: int = 0  # the last delta the base holds
    deltas: list[int] = field(default_factory=list)  # the deltas read after it
    stale: list[int] = field(default_factory=list)  # deltas the base covers (left by a crash)
    legacy: bool = False  # the base is a version 1 or 2 file
    journal_rows: int = 0

    @property
    def last(self) -> int:
        return max([self.covers, *self.deltas, *self.stale])


@dataclass
class CrawlState:
    """Loaded at the start of a run, saved at its end as a delta of what the run changed (a
    crashed run saves nothing). The mappings read the base snapshot on demand."""

    site: str
    articles: MutableMapping[str, ArticleEntry] = field(default_factory=dict)
    urls: MutableMapping[str, str] = field(default_factory=dict)  # canonical URL/alias -> id
    pages: MutableMapping[str, PageEntry] = field(default_factory=dict)
    # content sha -> article_id: one entry per archived article (bounded by `articles`), derived
    # from the saved entries; pages serving the same text are the same article
    shas: MutableMapping[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._base = _Base()
        self._saved: _Journal | None = None  # None: never saved or loaded, saved whole
        given: tuple[Mapping[str, Any], ...] = (self.articles, self.urls, self.pages, self.shas)
        self._layers(self._base)
        for mapping, values in zip((self.articles, self.urls, self.pages), given, strict=False):
            assert isinstance(mapping, _Layered)
            for key, value in values.items():
                mapping.journal[key] = mapping._encode(key, value)
                mapping.stamp += 1
                if mapping._mutable:
                    mapping._cache[key] = (value, mapping.journal[key])
        self.shas.update(given[3])

    def _layers(self, base: _Base) -> None:
        self._base = base
        self.articles = _Layered(
            base.articles, _entry_decoder(self.site), _entry_encoder(self.site)
        )
        self.urls = _Layered(base.urls, _same, _same, mutable=False)
        self.pages = _Layered(base.pages, _page, _page_row)
        self.shas = _Shas(self.articles)

    def _tables(self) -> dict[str, _Layered[Any]]:
        assert isinstance(self.articles, _Layered)
        assert isinstance(self.urls, _Layered) and isinstance(self.pages, _Layered)
        return {"articles": self.articles, "urls": self.urls, "pages": self.pages}

    def article_of_sha(self, sha: str) -> str | None:
        """The archived article whose text has this sha, None if none."""
        return self.shas.get(sha)

    def known(self, url: str) -> ArticleEntry | None:
        article_id = self.urls.get(url)
        return self.articles.get(article_id) if article_id else None

    def urls_of(self, article_id: str) -> list[str]:
        """The URLs (canonical and aliases) that name ARTICLE_ID, in the state's order."""
        urls = self._tables()["urls"]
        found = [u for u in urls.base.having(article_id) if urls.get(u) == article_id]
        for url in urls._overlaid():
            if urls.base.get(url) is None and urls.get(url) == article_id:
                found.append(url)
        return found

    def remember(self, article_id: str, entry: ArticleEntry, urls: list[str]) -> None:
        old = self.articles.get(article_id)
        if old is not None and old.sha != entry.sha and self.shas.get(old.sha) == article_id:
            del self.shas[old.sha]
        self.shas.setdefault(entry.sha, article_id)
        self.articles[article_id] = entry
        for url in urls:
            self.urls[url] = article_id
            self.pages.pop(url, None)

    # -- the whole state as one JSON object (versions 1 and 2) -------------------------------
    def to_bytes(self) -> bytes:
        """The whole state as a version 2 file (`state.json.gz` of earlier versions)."""
        tables = self._tables()
        data = {
            "version": 2,
            "site": self.site,
            "fields": list(_ROW),
            "articles": dict(tables["articles"].rows()),
            "urls": dict(tables["urls"].rows()),
            "pages": {
                k: dict(zip(("etag", "last_modified", "links"), row, strict=True))
                for k, row in tables["pages"].rows()
            },
        }
        text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
        return gzip.compress(text.encode("utf-8"), compresslevel=_LEVEL, mtime=0)

    @classmethod
    def from_bytes(cls, site: str, blob: bytes) -> CrawlState:
        """A state from a version 1 or 2 file."""
        data = json.loads(gzip.decompress(blob))
        stored = data.get("articles", {})
        if data.get("version", 1) >= 2:
            if data.get("fields") != list(_ROW):
                raise ValueError(f"crawl state fields {data.get('fields')!r} are not {_ROW!r}")
            rows = dict(stored)
        else:
            encode = _entry_encoder(site)
            rows = {k: encode(k, ArticleEntry(**v)) for k, v in stored.items()}
        for row in rows.values():
            if not isinstance(row, list) or len(row) != len(_ROW):
                raise ValueError(f"crawl state row {str(row)[:80]} is not {len(_ROW)} fields")
        pages = {
            k: [v["etag"], v["last_modified"], v["links"]] for k, v in data.get("pages", {}).items()
        }
        state = cls(site=site)
        state._layers(
            _Base(
                _DictTable(rows, lambda row: row[_SHA]),
                _DictTable(dict(data.get("urls", {})), lambda article_id: article_id),
                _DictTable(pages),
            )
        )
        return state


# -- loading and saving ------------------------------------------------------------------------


class _Missing(Exception):
    """No state was ever saved for the site."""


def load_state(storage: Storage, site: str) -> CrawlState:
    """The saved state (base and deltas), or one rebuilt from the archived records when none
    was saved or a part of it cannot be read."""
    try:
        return _load(storage, site)
    except _Missing:
        pass
    except (OSError, EOFError, zlib.error, ValueError, TypeError, KeyError, IndexError) as exc:
        log.warning("crawl state of %s unreadable (%s); rebuilding it from the records", site, exc)
    return rebuild_state(storage, site)


def _load(storage: Storage, site: str) -> CrawlState:
    found = sorted(
        (seq, key)
        for key in storage.list(keys.state_deltas_prefix(site))
        if (seq := keys.state_delta_seq(key)) is not None
    )
    journal = _Journal()
    try:
        base, journal.covers = _decode_base(site, storage.get_bytes(keys.state_base_key(site)))
        state = CrawlState(site=site)
        state._layers(base)
    except KeyError:
        try:
            state = CrawlState.from_bytes(site, storage.get_bytes(keys.state_key(site, STATE_NAME)))
            journal.legacy = True
        except KeyError:
            if found:
                raise ValueError(f"{len(found)} state deltas but no base") from None
            raise _Missing from None
    tables = state._tables()
    for seq, key in found:
        if seq <= journal.covers:
            journal.stale.append(seq)
            continue
        try:
            data = json.loads(gzip.decompress(storage.get_bytes(key)))
            if data.get("version") != STATE_VERSION or data.get("fields") != list(_ROW):
                raise ValueError("not a version 3 delta")
            for name, layer in tables.items():
                for k, row in data[name].items():
                    if name == "articles" and row is not None and len(row) != len(_ROW):
                        raise ValueError(f"article row of {len(row)} fields")
                    if name == "pages" and row is not None:
                        _page(k, row)
                    if name == "urls" and not isinstance(row, str | None):
                        raise ValueError(f"URL row {str(row)[:60]} is not an article id")
                    layer.journal[k] = row
                    layer.stamp += 1
                    journal.journal_rows += 1
        except (OSError, EOFError, zlib.error, ValueError, TypeError, KeyError, IndexError) as exc:
            raise ValueError(f"state delta {key} damaged: {str(exc)[:200]}") from None
        journal.deltas.append(seq)
    state._saved = journal
    return state


def rebuild_state(storage: Storage, site: str) -> CrawlState:
    """Re-derive the article part of the state from the records (after a crash or a lost file)."""
    from newsarchive.schema import ArticleRecord

    state = CrawlState(site=site)
    for key in storage.list(keys.articles_prefix(site)):
        if not key.endswith(".json"):
            continue
        try:
            record = ArticleRecord.from_json(storage.get_bytes(key))
        except (KeyError, ValueError, TypeError):
            continue
        entry = ArticleEntry(
            key, record.content_sha256, record.date, record.fetched_at, record.version
        )
        entry.simhash = record.simhash
        state.remember(record.article_id, entry, [record.canonical_url, *record.aliases])
    return state


def save_state(storage: Storage, state: CrawlState) -> None:
    """Save what changed since the state was loaded (or last saved): one delta object, or a
    new base when the journal has grown past its share (see the module's docstring). A state
    that was never loaded from STORAGE is saved whole, as a new base."""
    journal = state._saved
    tables = state._tables()
    if journal is None or journal.legacy:
        _save_base(storage, state)
        return
    changes = {name: layer.changes() for name, layer in tables.items()}
    n = sum(len(rows) for rows in changes.values())
    rows = journal.journal_rows + n
    if len(journal.deltas) + 1 > MAX_DELTAS or (
        rows > MIN_JOURNAL and rows > JOURNAL_SHARE * state._base.rows()
    ):
        _save_base(storage, state)
        return
    if n:
        seq = journal.last + 1
        data = {"version": STATE_VERSION, "site": state.site, "fields": list(_ROW), **changes}
        text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
        blob = gzip.compress(text.encode("utf-8"), compresslevel=_LEVEL, mtime=0)
        storage.put_bytes(
            keys.state_delta_key(state.site, seq), blob, content_type="application/gzip"
        )
        for name, layer in tables.items():
            layer.commit(changes[name])
        journal.deltas.append(seq)
        journal.journal_rows = rows
    _delete_covered(storage, state.site, journal.stale)  # a dead compaction's leftovers
    journal.stale = []


def _save_base(storage: Storage, state: CrawlState) -> None:
    """Write the whole state as a new base covering every delta there is, then delete those
    deltas (and a version 1 or 2 file): a reader between the two skips the covered deltas."""
    site = state.site
    found = [
        seq
        for key in storage.list(keys.state_deltas_prefix(site))
        if (seq := keys.state_delta_seq(key)) is not None
    ]
    covers = max([*found, state._saved.last if state._saved else 0])
    tables = state._tables()
    changes = {name: layer.changes() for name, layer in tables.items()}
    con = state._base.con
    if con is None:  # first base (or one from a JSON file): every row goes in
        con = _new_db()
        rows = {name: dict(layer.rows()) for name, layer in tables.items()}
    else:  # the loaded base, updated in place by the journal and this run's changes
        rows = {name: layer.pending() for name, layer in tables.items()}
    with con:
        for name, (key, cols, _indexed) in _TABLES.items():
            delete = f"DELETE FROM {name} WHERE {key} = ?"
            upsert = (
                f"INSERT INTO {name} ({key}, {', '.join(cols)}) VALUES "
                f"({', '.join('?' * (len(cols) + 1))}) ON CONFLICT ({key}) DO UPDATE SET "
                + ", ".join(f"{c} = excluded.{c}" for c in cols)
            )
            gone = [
                (_packed(k) if name == "articles" else k,)
                for k, r in rows[name].items()
                if r is _GONE
            ]
            con.executemany(delete, gone)
            con.executemany(
                upsert,
                (_sql_row(name, k, row) for k, row in rows[name].items() if row is not _GONE),
            )
        meta = {
            "version": str(STATE_VERSION),
            "site": site,
            "fields": json.dumps(list(_ROW)),
            "covers": str(covers),
        }
        con.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
        for index in _INDEXES:  # after the rows: a first base is built faster
            con.execute(index)
    storage.put_bytes(keys.state_base_key(site), _encode_base(con), content_type="application/zstd")
    base = _Base.of(con)
    for name, layer in tables.items():
        layer.commit(changes[name])
        layer.rebase(getattr(base, name))
    state._base = base
    state._saved = _Journal(covers=covers)
    _delete_covered(storage, site, sorted(seq for seq in found if seq <= covers), legacy=True)


def _delete_covered(storage: Storage, site: str, seqs: list[int], legacy: bool = False) -> None:
    """Delete deltas a saved base covers (and a version 1 or 2 file): one that stays is skipped
    by readers and deleted by the next save, so a failure here is only logged."""
    doomed = [keys.state_delta_key(site, seq) for seq in seqs]
    if legacy:
        doomed.append(keys.state_key(site, STATE_NAME))
    for key in doomed:
        try:
            storage.delete(key)
        except StorageError as exc:
            log.warning(
                "covered crawl state part %s not deleted (the next save retries): %s", key, exc
            )
            return


def _sql_row(name: str, key: str, row: Any) -> tuple[Any, ...]:
    if name == "urls":
        return (key, _packed(row))
    if name == "pages":
        return (key, row[0], row[1], json.dumps(row[2], separators=(",", ":"), ensure_ascii=False))
    packed = list(row)
    for i in _PACKED:
        packed[i] = _packed(packed[i])
    return (_packed(key), *packed)
