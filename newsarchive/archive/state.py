"""A site's crawl memory: archived articles, their URL aliases, and listing-page validators."""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from newsarchive.archive import keys
from newsarchive.archive.storage import Storage
from newsarchive.errors import UnsafeKeyError

log = logging.getLogger(__name__)

STATE_NAME = "state.json.gz"
STATE_VERSION = 2  # 1: one JSON object per article (still read)
_LEVEL = 1  # gzip level: level 9 took seconds at 100,000 articles for a few % less


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


# an entry as stored (version 2): a list in this order, `key` None when it is the usual one
_ROW = ("key", "sha", "day", "fetched", "version", "etag", "last_modified", "simhash")
_SHA = _ROW.index("sha")


class Entries(MutableMapping[str, ArticleEntry]):
    """article_id -> ArticleEntry, decoded on first use: loading and saving a large state costs
    one JSON pass over rows nobody touched, not an object per archived article."""

    def __init__(self, site: str, rows: dict[str, list[Any]] | None = None) -> None:
        self._site = site
        self._rows = rows or {}  # as loaded, untouched
        self._live: dict[str, ArticleEntry] = {}

    def __getitem__(self, article_id: str) -> ArticleEntry:
        found = self._live.get(article_id)
        if found is not None:
            return found
        row = self._rows.pop(article_id)  # KeyError when unknown
        data = dict(zip(_ROW, row, strict=True))
        if data["key"] is None:
            data["key"] = keys.article_key(self._site, data["day"], article_id)
        entry = self._live[article_id] = ArticleEntry(**data)
        return entry

    def __setitem__(self, article_id: str, entry: ArticleEntry) -> None:
        self._rows.pop(article_id, None)
        self._live[article_id] = entry

    def __delitem__(self, article_id: str) -> None:
        if self._live.pop(article_id, None) is None:
            del self._rows[article_id]

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._live or article_id in self._rows

    def __iter__(self) -> Iterator[str]:
        yield from list(self._live)
        yield from list(self._rows)

    def __len__(self) -> int:
        return len(self._live) + len(self._rows)

    def shas(self) -> Iterator[tuple[str, str]]:
        """(sha, article_id) of every entry, without decoding the untouched ones."""
        for article_id, entry in self._live.items():
            yield entry.sha, article_id
        for article_id, row in self._rows.items():
            yield row[_SHA], article_id

    def _usual_key(self, day: str, article_id: str) -> str | None:
        try:
            return keys.article_key(self._site, day, article_id)
        except UnsafeKeyError:
            return None

    def rows(self) -> dict[str, list[Any]]:
        """Every entry as stored: the untouched rows as they were loaded."""
        out = dict(self._rows)
        for article_id, entry in self._live.items():
            row = [getattr(entry, name) for name in _ROW]
            if entry.key == self._usual_key(entry.day, article_id):
                row[0] = None
            out[article_id] = row
        return out


@dataclass
class PageEntry:
    """HTTP validators of a listing, feed or sitemap, and the links it gave then."""

    etag: str | None
    last_modified: str | None
    links: list[list[Any]]  # [url, via, published ISO | None, modified ISO | None]


@dataclass
class CrawlState:
    """Loaded at the start of a run, saved whole at its end (a crashed run saves nothing)."""

    site: str
    articles: MutableMapping[str, ArticleEntry] = field(default_factory=dict)
    urls: dict[str, str] = field(default_factory=dict)  # canonical URL or alias -> article_id
    pages: dict[str, PageEntry] = field(default_factory=dict)
    # content sha -> article_id: one entry per archived article (bounded by `articles`), rebuilt
    # from the persisted entries on load; pages serving the same text are the same article
    shas: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.articles, Entries):
            given, self.articles = self.articles, Entries(self.site)
            self.articles.update(given)
        for sha, article_id in self.articles.shas():
            self.shas.setdefault(sha, article_id)

    def article_of_sha(self, sha: str) -> str | None:
        """The archived article whose text has this sha, None if none."""
        return self.shas.get(sha)

    def known(self, url: str) -> ArticleEntry | None:
        article_id = self.urls.get(url)
        return self.articles.get(article_id) if article_id else None

    def remember(self, article_id: str, entry: ArticleEntry, urls: list[str]) -> None:
        old = self.articles.get(article_id)
        if old is not None and old.sha != entry.sha and self.shas.get(old.sha) == article_id:
            del self.shas[old.sha]
        self.shas.setdefault(entry.sha, article_id)
        self.articles[article_id] = entry
        for url in urls:
            self.urls[url] = article_id
            self.pages.pop(url, None)

    def to_bytes(self) -> bytes:
        assert isinstance(self.articles, Entries)
        data = {
            "version": STATE_VERSION,
            "site": self.site,
            "fields": list(_ROW),
            "articles": self.articles.rows(),
            "urls": self.urls,
            "pages": {k: vars(v) for k, v in self.pages.items()},
        }
        text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
        return gzip.compress(text.encode("utf-8"), compresslevel=_LEVEL, mtime=0)

    @classmethod
    def from_bytes(cls, site: str, blob: bytes) -> CrawlState:
        data = json.loads(gzip.decompress(blob))
        stored = data.get("articles", {})
        if data.get("version", 1) >= 2:
            if data.get("fields") != list(_ROW):
                raise ValueError(f"crawl state fields {data.get('fields')!r} are not {_ROW!r}")
            articles = Entries(site, stored)
        else:
            articles = Entries(site)
            articles.update({k: ArticleEntry(**v) for k, v in stored.items()})
        return cls(
            site=site,
            articles=articles,
            urls=dict(data.get("urls", {})),
            pages={k: PageEntry(**v) for k, v in data.get("pages", {}).items()},
        )


def load_state(storage: Storage, site: str) -> CrawlState:
    """The saved state, or one rebuilt from the archived records when none was saved."""
    try:
        return CrawlState.from_bytes(site, storage.get_bytes(keys.state_key(site, STATE_NAME)))
    except KeyError:
        pass
    except (OSError, ValueError, TypeError) as exc:
        log.warning("crawl state of %s unreadable (%s); rebuilding it from the records", site, exc)
    return rebuild_state(storage, site)


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
    storage.put_bytes(
        keys.state_key(state.site, STATE_NAME), state.to_bytes(), content_type="application/gzip"
    )
