"""What a fetched page becomes: archive, alias of an archived article, skip (a reason) or not one.

`decide` is the one place this is decided, for a live crawl, a re-extraction from WARC and a
WARC import alike. It is pure: no I/O, no Scrapy, nothing written; what the archive already
knows comes in as a read-only `Memory`, and the caller hands the `Decision` to the writer.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol
from urllib.parse import urlsplit, urlunsplit

from newsarchive.config import SiteConfig
from newsarchive.dates import Window
from newsarchive.extraction.extract import extract_page
from newsarchive.extraction.fingerprint import NearTwins, hamming
from newsarchive.extraction.profile import PageFeatures, SiteProfile
from newsarchive.extraction.sniff import looks_binary
from newsarchive.page import Page
from newsarchive.records import build_record, own_identity
from newsarchive.schema import ArticleRecord
from newsarchive.urls import canonicalize

__all__ = [
    "Decision",
    "Kind",
    "Memory",
    "NearTwins",
    "Recall",
    "Staged",
    "decide",
    "settle",
    "stage",
]

NEAR_BITS = 10  # simhashes this close are the same story (unrelated texts differ by ~32 bits)

Kind = Literal["archive", "alias", "skip", "not_article", "raw"]


class Memory(Protocol):
    """A read-only view of what the archive already knows about a site."""

    def sha_of(self, article_id: str) -> str | None:
        """The content sha of the archived article, None if it is not archived."""

    def article_of(self, url: str) -> str | None:
        """The article id a canonical URL or alias belongs to, None if unknown."""

    def seen_in_run(self, article_id: str) -> bool:
        """Whether this run has already decided this article (an alias met again)."""

    def simhash_of(self, article_id: str) -> str | None:
        """The simhash of the archived article's text, None if unknown."""

    def article_of_sha(self, sha: str) -> str | None:
        """The site's archived article whose text has this content sha, None if none."""

    def article_near(
        self,
        simhash: str | None,
        title: str | None,
        day: str | None = None,
        text: str | None = None,
    ) -> str | None:
        """An article met in this run with this headline and a simhash within TWIN_BITS of
        this one or a TEXT holding its lines or held in it, or of this DAY and closer still
        (`NearTwins.find`: the same text served with less or other chrome), None if none."""

    def unclaimed_in_run(self, article_id: str) -> bool:
        """Whether this run archived the article from a page naming no canonical URL."""


@dataclass(frozen=True)
class Recall:
    """A Memory over plain mappings (crawl state, or nothing for a fresh archive)."""

    shas: Mapping[str, str] = field(default_factory=dict)
    urls: Mapping[str, str] = field(default_factory=dict)
    seen: Container[str] = frozenset()
    simhashes: Mapping[str, str] = field(default_factory=dict)
    by_sha: Mapping[str, str] = field(default_factory=dict)
    twins: NearTwins | None = None

    def sha_of(self, article_id: str) -> str | None:
        return self.shas.get(article_id)

    def article_of(self, url: str) -> str | None:
        return self.urls.get(url)

    def seen_in_run(self, article_id: str) -> bool:
        return article_id in self.seen

    def simhash_of(self, article_id: str) -> str | None:
        return self.simhashes.get(article_id)

    def article_of_sha(self, sha: str) -> str | None:
        return self.by_sha.get(sha)

    def article_near(
        self,
        simhash: str | None,
        title: str | None,
        day: str | None = None,
        text: str | None = None,
    ) -> str | None:
        return self.twins.find(simhash, title, day, text) if self.twins is not None else None

    def unclaimed_in_run(self, article_id: str) -> bool:
        return False


@dataclass(frozen=True)
class Decision:
    """The verdict on one page.

    kind: archive (a new or changed article: `record` is written), alias (an article already
    archived or already met in this run: `alias_of` names it, the record's URLs join it), skip
    (`outcome` is a report skip reason; `record` is set when the page was an article),
    not_article, or raw (robots.txt, feeds, sitemaps: kept in the WARC only, not counted).
    outcome: what the run report counts: archived, updated, unchanged, duplicate, a skip reason,
    not_article, or raw.
    """

    page: Page
    kind: Kind
    outcome: str
    record: ArticleRecord | None = None
    alias_of: str | None = None
    detail: str = ""  # why extraction failed (extract_error)
    features: PageFeatures | None = None  # what the page teaches the site profile (on request)
    claimed: bool = False  # the page names its canonical URL: its article is the one it names

    @property
    def urls(self) -> list[str]:
        """The URLs the article is known by: canonical first, then its aliases."""
        if self.record is None:
            return []
        return [self.record.canonical_url, *self.record.aliases]

    @property
    def day(self) -> str | None:
        """The article's day (YYYY-MM-DD) when the page was an article."""
        return self.record.date if self.record is not None else None


@dataclass(frozen=True)
class Staged:
    """What the CPU-heavy stage makes of a page, before the archive's memory is consulted.

    Picklable and without the page (its body stays with the caller): a worker process hands
    it back and `settle` finishes the decision. kind/outcome are final unless kind is "article".
    """

    kind: Kind | Literal["article"]
    outcome: str
    record: ArticleRecord | None = None
    claimed: bool = False  # the page names its own canonical URL
    detail: str = ""
    features: PageFeatures | None = None


def stage(
    page: Page,
    site: SiteConfig,
    *,
    run_id: str = "",
    profile: SiteProfile | None = None,
    features: bool = False,
) -> Staged:
    """The pure, CPU-heavy part of `decide`: extraction and the record. Never raises."""
    if page.role != "page":
        return Staged("raw", "raw")
    if page.status != 200 or looks_binary(page.body, page.content_type):
        return Staged("skip", "not_html")
    try:
        extraction = extract_page(
            page.body,
            page.url,
            content_type=page.content_type,
            drop_selectors=site.drop_selectors,
            profile=profile,
            features=features,
        )
        feats = extraction.features
        if extraction.page_kind != "article":
            return Staged("not_article", "not_article", features=feats)
        record = build_record(page, extraction, site, run_id)
        claimed = bool(extraction.canonical_url)
    except Exception as exc:  # extraction promises not to raise; one bad page never stops a run
        return Staged("skip", "extract_error", detail=repr(exc)[:300])
    return Staged("article", "", record, claimed=claimed, features=feats)


def settle(page: Page, staged: Staged, window: Window | None, memory: Memory) -> Decision:
    """The cheap part of `decide`: the staged page checked against the window and `memory`."""
    feats = staged.features
    if staged.kind != "article" or staged.record is None:
        kind: Kind = "skip" if staged.kind == "article" else staged.kind
        return Decision(page, kind, staged.outcome, detail=staged.detail, features=feats)
    record = staged.record
    claimed = staged.claimed
    if not record.text.strip():
        return Decision(page, "skip", "empty_text", record, features=feats)
    if _claims_another(page, record, memory):  # e.g. a comment permalink naming its story
        record = own_identity(record, page)
        claimed = False  # its claim set aside, it is found by its text like any other page
    if window is not None and not window.holds(record.date):
        return Decision(page, "skip", "out_of_window", record, features=feats)
    article_id = record.article_id
    twin = None
    if not claimed or _names_itself(page, record):
        # a page naming no canonical URL, or only its own (a link that echoes whatever address
        # was asked: print, mobile and section copies name themselves too), is the archived
        # article whose text it serves
        twin = memory.article_of_sha(record.content_sha256) or memory.article_near(
            record.simhash, record.title, record.date, record.text
        )
        if claimed and twin is not None and memory.unclaimed_in_run(twin):
            twin = None  # a copy archived in this run naming nothing: this page takes it over
    if twin is None and claimed:  # the same address written another way, with its text
        twin = _address_twin(record, memory)
    if twin is not None and twin != article_id:
        # another URL of this site serves the same text and names no other canonical: one article
        return Decision(page, "alias", "duplicate", record, alias_of=twin, features=feats)
    if memory.seen_in_run(article_id):
        return Decision(page, "alias", "duplicate", record, alias_of=article_id, features=feats)
    archived_sha = memory.sha_of(article_id)
    if archived_sha == record.content_sha256:
        return Decision(page, "alias", "unchanged", record, alias_of=article_id, features=feats)
    outcome = "updated" if archived_sha else "archived"
    return Decision(page, "archive", outcome, record, features=feats, claimed=claimed)


def decide(
    page: Page,
    site: SiteConfig,
    window: Window | None,
    memory: Memory,
    *,
    run_id: str = "",
    profile: SiteProfile | None = None,
    features: bool = False,
) -> Decision:
    """Decide what `page` becomes, extracting with the site's PROFILE (None: none learned yet);
    FEATURES asks for the page's profile features in the Decision. Never raises.

    `stage` (extraction, record) then `settle` (window, memory): a crawl may run the first in
    a worker process."""
    staged = stage(page, site, run_id=run_id, profile=profile, features=features)
    return settle(page, staged, window, memory)


_INDEX_FILES = ("index.html", "index.htm", "index.php")


def _names_itself(page: Page, record: ArticleRecord) -> bool:
    """The page's canonical link names the address it was fetched at (or asked for)."""
    return record.canonical_url in {canonicalize(page.url), canonicalize(page.requested_url)}


def _address_forms(url: str) -> list[str]:
    """URL's address written the other ways servers answer alike: with or without its trailing
    slash, with or without a directory's index file ('/a', '/a/', '/a/index.html')."""
    parts = urlsplit(url)
    path = parts.path
    for name in _INDEX_FILES:
        if path.endswith("/" + name):
            path = path[: -len(name)]
            break
    if path in ("", "/"):
        return []
    stem = path.rstrip("/")
    paths = [stem, stem + "/", *(f"{stem}/{name}" for name in _INDEX_FILES)]
    return [urlunsplit(parts._replace(path=p)) for p in paths if p != parts.path]


def _address_twin(record: ArticleRecord, memory: Memory) -> str | None:
    """The archived article at the record's canonical address written another way
    (`_address_forms`) whose text is this text or a near copy of it (NEAR_BITS: extracted
    before and after the site's profile was learned): a canonical link that echoes whichever
    address was requested names both forms; they are one article."""
    for form in _address_forms(record.canonical_url):
        found = memory.article_of(form)
        if not found or found == record.article_id:
            continue
        if memory.sha_of(found) == record.content_sha256:
            return found
        near = memory.simhash_of(found)
        if near and record.simhash and hamming(near, record.simhash) <= NEAR_BITS:
            return found
    return None


def _claims_another(page: Page, record: ArticleRecord, memory: Memory) -> bool:
    """The page names an archived article's URL as its canonical, yet its text is neither that
    article's nor near it: it is not that article (its claim is set aside)."""
    own = canonicalize(page.url) or page.url
    if own == record.canonical_url or memory.article_of(own) == record.article_id:
        return False
    archived = memory.sha_of(record.article_id)
    if archived is None or archived == record.content_sha256:
        return False
    near = memory.simhash_of(record.article_id)
    return not (near and record.simhash and hamming(near, record.simhash) <= NEAR_BITS)
