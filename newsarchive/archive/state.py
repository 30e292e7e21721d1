"""A site's crawl memory: archived articles, their URL aliases, and listing-page validators."""

from __future__ import annotations

import gzip
import json
import logging
from dataclasses import dataclass, field
from typing import Any

from newsarchive.archive import keys
from newsarchive.archive.storage import Storage

log = logging.getLogger(__name__)

STATE_NAME = "state.json.gz"
STATE_VERSION = 1


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
    articles: dict[str, ArticleEntry] = field(default_factory=dict)
    urls: dict[str, str] = field(default_factory=dict)  # canonical URL or alias -> article_id
    pages: dict[str, PageEntry] = field(default_factory=dict)
    # content sha -> article_id: one entry per archived article (bounded by `articles`), rebuilt
    # from the persisted entries on load; pages serving the same text are the same article
    shas: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for article_id, entry in self.articles.items():
            self.shas.setdefault(entry.sha, article_id)

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
        data = {
            "version": STATE_VERSION,
            "site": self.site,
            "articles": {k: vars(v) for k, v in self.articles.items()},
            "urls": self.urls,
            "pages": {k: vars(v) for k, v in self.pages.items()},
        }
        return gzip.compress(json.dumps(data, separators=(",", ":")).encode("utf-8"), mtime=0)

    @classmethod
    def from_bytes(cls, site: str, blob: bytes) -> CrawlState:
        data = json.loads(gzip.decompress(blob))
        return cls(
            site=site,
            articles={k: ArticleEntry(**v) for k, v in data.get("articles", {}).items()},
            urls=dict(data.get("urls", {})),
            pages={k: PageEntry(**v) for k, v in data.get("pages", {}).items()},
        )


def load_state(storage: Storage, site: str) -> CrawlState:
    """The saved state, or one rebuilt from the archived records when none was saved."""
    try:
        return CrawlState.from_bytes(site, storage.get_bytes(keys.state_key(site, STATE_NAME)))
    except KeyError:
        pass
    except (OSError, ValueError) as exc:
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
