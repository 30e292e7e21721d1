"""Collect, then extract: the profile a run extracts with, and deciding again the pages
another version shaped.

A crawl extracts each page with a site profile and keeps a bounded sample of its article pages'
features. A site with a trusted stored profile is extracted with it for the whole run. A new
site (or one whose profile is not trusted yet) has its profile learned from the run's sample at
doubling counts of articles (12, 24, 48, 96), and later pages are extracted with it; from 96
articles on it stays fixed for the run. When the run is closed, the profile learned from the
whole sample is stored for the next run, and the pages extracted with another version than the
run's last one (the first dozen of a new site, and those of a provisional profile) are read back
from the run's WARC parts (nothing is refetched) and decided again with it. So the first pages
of a new site come out as clean as the later ones, and each page is extracted about once.
Every version a record names is kept in the archive (`newsarchive profile SITE --version V`).
"""

from __future__ import annotations

import logging
import random
from typing import TYPE_CHECKING

from newsarchive.archive.profiles import save_profile, update_profile
from newsarchive.decide import Decision, decide
from newsarchive.extraction.extract import reset_caches
from newsarchive.extraction.profile import PageFeatures, SiteProfile, learn_profile
from newsarchive.urls import canonicalize

if TYPE_CHECKING:
    from newsarchive.archive.writer import ArchiveWriter

__all__ = ["EarlyProfile", "FeatureSample", "relearn"]

log = logging.getLogger(__name__)
SAMPLE_SIZE = 300  # article pages kept per run (~10 KB of features each)
RESET_EVERY = 500
FIRST_CHECK = 12  # articles sampled before the profile is first learned during a run
FREEZE_AT = 96  # articles: the profile learned from them is the run's from there on


class FeatureSample:
    """A bounded, reproducible reservoir sample of a run's article-page features."""

    def __init__(self, size: int = SAMPLE_SIZE, seed: str = "") -> None:
        self.size = size
        self.pages: list[PageFeatures] = []
        self.offered = 0
        self._random = random.Random(seed)

    def __len__(self) -> int:
        return len(self.pages)

    def wants_next(self) -> bool:
        """Whether the next article page offered will be kept, so that its features are worth
        working out: always until the sample is full, then as the draw `add` will make says
        (looked at here without being consumed). Pages `add` does not keep need none."""
        if len(self.pages) < self.size:
            return True
        state = self._random.getstate()
        slot = self._random.randrange(self.offered + 1)
        self._random.setstate(state)
        return slot < self.size

    def add(self, decision: Decision, featured: bool = True) -> None:
        """Keep the features of an article page (the profile learns from articles only).
        FEATURED False: the page was extracted without features because `wants_next` said it
        would not be kept; an article still counts as offered and takes its draw."""
        feats = decision.features
        if not featured and feats is None and decision.record is not None:
            self.offered += 1
            if len(self.pages) >= self.size:
                self._random.randrange(self.offered)  # the draw wants_next looked at
            return
        if feats is None or decision.record is None or feats.kind not in ("", "article"):
            return
        self.offered += 1
        if len(self.pages) < self.size:
            self.pages.append(feats)
            return
        slot = self._random.randrange(self.offered)
        if slot < self.size:
            self.pages[slot] = feats


class _Rewrite:
    """Memory for the second pass: every article of the run is written again (new profile)."""

    def __init__(self, writer: ArchiveWriter) -> None:
        self._memory = writer.memory

    def sha_of(self, article_id: str) -> str | None:
        return None

    def simhash_of(self, article_id: str) -> str | None:
        return None  # nothing counts as archived, so no canonical claim is set aside

    def article_of(self, url: str) -> str | None:
        return self._memory.article_of(url)

    def seen_in_run(self, article_id: str) -> bool:
        return self._memory.seen_in_run(article_id)

    def article_of_sha(self, sha: str) -> str | None:
        return self._memory.article_of_sha(sha)

    def article_near(
        self,
        simhash: str | None,
        title: str | None,
        day: str | None = None,
        text: str | None = None,
    ) -> str | None:
        return self._memory.article_near(simhash, title, day, text)

    def unclaimed_in_run(self, article_id: str) -> bool:
        return self._memory.unclaimed_in_run(article_id)


class EarlyProfile:
    """The profile a running crawl extracts with: the stored one when trusted, else learned
    from the run's sample at doubling counts of articles until FREEZE_AT; remembers which
    version shaped each page."""

    def __init__(
        self, writer: ArchiveWriter, first_check: int = FIRST_CHECK, freeze_at: int = FREEZE_AT
    ) -> None:
        self.writer = writer
        self.stored = writer.profile  # as open() loaded it: every learning starts from it
        self.current = writer.profile
        self.version = _version(writer.profile)
        self.frozen = writer.profile is not None and writer.profile.trusted
        self.next_check = max(1, first_check)
        self.freeze_at = freeze_at
        self.used: dict[str, str | None] = {}  # page URL -> version that extracted it
        self.learned = 0

    def for_page(self, url: str) -> SiteProfile | None:
        """The profile to extract URL with now (noted as the one that shaped it)."""
        self.used[url] = self.version
        return self.current

    def after_apply(self) -> bool:
        """Learn again when the sample reached the next count; True when the profile changed.
        A profile that is not trusted yet (too few distinct articles) is not used."""
        sample = self.writer.sample
        if self.frozen or sample.offered < self.next_check:
            return False
        self.next_check = sample.offered * 2
        profile = learn_profile(sample.pages, previous=self.stored, site=self.writer.site.name)
        self.learned += 1
        if not profile.trusted:
            return False
        self.frozen = sample.offered >= self.freeze_at
        if profile.version == self.version:
            return False
        self.current, self.version = profile, profile.version
        self.writer.profile = profile
        log.debug("%s: profile %s in use from here on", self.writer.site.name, self.version)
        return True

    def stale(self, version: str) -> set[str]:
        """URLs of the run's pages that were extracted with another version than VERSION."""
        return {url for url, used in self.used.items() if used != version}


def _version(profile: SiteProfile | None) -> str | None:
    return profile.version if profile is not None else None


def relearn(writer: ArchiveWriter, early: EarlyProfile | None = None) -> SiteProfile | None:
    """Learn the profile from a closed run's sample and store it for the next run; decide
    again the run's pages that another version than the run's own shaped (with EARLY: the
    fixed one when the run got that far, else the one just learned; without: all pages,
    when the learned version is new).

    Blocking (storage reads and extraction): call it off the reactor thread, after close() and
    before write_report(). Returns the stored profile (None when nothing was learned).
    """
    report = writer.report
    if not writer.sample or report.status == "failed" or report.spooled_pending:
        return None
    try:
        learned = update_profile(writer.storage, writer.site.name, writer.sample.pages)
        run_profile = early.current if early is not None and early.frozen else learned
        if run_profile is not None and run_profile is not learned:
            save_profile(writer.storage, run_profile, writer.site.name, current=False)
    except Exception:  # a profile that cannot be stored costs cleanliness, never the run
        log.warning("site profile of %s not updated", writer.site.name, exc_info=True)
        return None
    report.stats["newsarchive/profile_version"] = learned.version
    if run_profile is None or not run_profile.trusted:
        return learned
    report.stats["newsarchive/profile_used"] = run_profile.version
    if early is None:
        if learned.version == _version(writer.profile):
            return learned
        only = None
    else:
        only = early.stale(run_profile.version)
        report.stats["newsarchive/profile_learned_in_run"] = early.learned
        if not only:
            return learned
    rewritten = _second_pass(writer, run_profile, only)
    report.stats["newsarchive/profile_second_pass"] = rewritten
    return learned


def _retract_first_pass(writer: ArchiveWriter, again: ArchiveWriter, url: str) -> bool:
    """A page the first pass archived as a new article is, with the learned profile, not an
    article (a listing the site's template gives away): its record goes, and the run's report
    counts it as not_article. Articles archived by earlier runs are never touched here."""
    article_id = again.state.urls.get(canonicalize(url) or url)
    if article_id is None or article_id not in writer.new_ids:
        return False
    day = again.retract(article_id)
    if day is None:
        return False
    writer.recount(article_id, day, "not_article", [url])
    log.info(
        "%s: %s is not an article after all (record of this run removed)", writer.site.name, url
    )
    return True


def _merge_first_pass(writer: ArchiveWriter, again: ArchiveWriter, url: str) -> bool:
    """A page the first pass archived as a new article serves, with the learned profile, the
    text of another article of the site: it becomes that one's alias (the writer deletes its
    own record), and the run's report counts it as a duplicate."""
    article_id = again.state.urls.get(canonicalize(url) or url)
    if article_id is None or article_id not in writer.new_ids:
        return False
    entry = again.state.articles.get(article_id)
    writer.recount(article_id, entry.day if entry is not None else None, "duplicate", [url])
    return True


def _second_pass(writer: ArchiveWriter, profile: SiteProfile, only: set[str] | None) -> int:
    """Decide this run's stored pages again with PROFILE through a writer sharing the spool
    (only those whose URL is in ONLY, when given)."""
    from newsarchive.archive.writer import ArchiveWriter
    from newsarchive.reextract import stored_pages

    again = ArchiveWriter(
        writer.site,
        writer.storage,
        run_id=writer.run_id,
        spool_root=writer.spool.dir,
        spool=writer.spool,
        window=writer.window,
        upload_wait=writer.upload_wait,
        part_max_records=writer.part_max_records,
        part_max_bytes=writer.part_max_bytes,
        kind="reextract",
    )
    if not again.open():
        return 0
    again.first_pass = writer  # a print view the first pass kept apart is merged into its article
    memory = _Rewrite(again)
    rewritten = retracted = merged = 0

    # a page decided again takes its article's other URLs along (aliases live on the record)
    def article(url: str) -> str | None:
        return memory.article_of(canonicalize(url) or url)

    stale_ids = {article(url) for url in only or ()} - {None}
    done = 0
    for page in stored_pages(writer.storage, writer.site.name, writer.run_id):
        if only is not None and page.url not in only and article(page.url) not in stale_ids:
            continue
        done += 1
        decision = decide(page, writer.site, writer.window, memory, profile=profile)
        if decision.kind == "not_article":
            retracted += _retract_first_pass(writer, again, page.url)
        elif decision.kind == "alias" and decision.alias_of != article(page.url):
            merged += _merge_first_pass(writer, again, page.url)
            again.apply(decision)
        elif again.apply(decision) in ("archived", "updated"):
            rewritten += 1
        if done % RESET_EVERY == 0:
            reset_caches()
    again.close()
    merged += again.absorbed
    if retracted or merged:  # the per-day account made when the run closed says what they are
        writer.report.coverage = writer.ledger.rows()
    if retracted:
        writer.report.stats["newsarchive/profile_retracted"] = retracted
    if merged:
        writer.report.stats["newsarchive/profile_merged"] = merged
    writer.partitions |= again.partitions
    writer.report.partitions = sorted(set(writer.report.partitions) | again.partitions)
    log.info(
        "%s: %d pages of this run decided again with profile %s",
        writer.site.name,
        rewritten,
        profile.version,
    )
    return rewritten
