"""Collect, then extract: learn the site profile at a run's end and decide its pages again.

A crawl extracts each page with the profile stored by earlier runs (none for a new site) and
keeps a bounded sample of its article pages' features. When the run is closed, the profile is
learned from that sample on top of the stored one; if its version changed, the run's own pages
are read back from the run's WARC parts (nothing is refetched) and decided again with it, so
the first pages of a new site come out as clean as the later ones.
"""

from __future__ import annotations

import logging
import random
from typing import TYPE_CHECKING

from newsarchive.archive.profiles import update_profile
from newsarchive.decide import Decision, decide
from newsarchive.extraction.extract import reset_caches
from newsarchive.extraction.profile import PageFeatures, SiteProfile
from newsarchive.urls import canonicalize

if TYPE_CHECKING:
    from newsarchive.archive.writer import ArchiveWriter

__all__ = ["FeatureSample", "relearn"]

log = logging.getLogger(__name__)
SAMPLE_SIZE = 300  # article pages kept per run (~10 KB of features each)
RESET_EVERY = 500


class FeatureSample:
    """A bounded, reproducible reservoir sample of a run's article-page features."""

    def __init__(self, size: int = SAMPLE_SIZE, seed: str = "") -> None:
        self.size = size
        self.pages: list[PageFeatures] = []
        self.offered = 0
        self._random = random.Random(seed)

    def __len__(self) -> int:
        return len(self.pages)

    def add(self, decision: Decision) -> None:
        """Keep the features of an article page (the profile learns from articles only)."""
        feats = decision.features
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

    def article_near(self, simhash: str | None, title: str | None) -> str | None:
        return self._memory.article_near(simhash, title)


def relearn(writer: ArchiveWriter) -> SiteProfile | None:
    """Learn the profile from a closed run's sample; on a new version re-decide the run's pages.

    Blocking (storage reads and extraction): call it off the reactor thread, after close() and
    before write_report(). Returns the stored profile (None when nothing was learned).
    """
    report = writer.report
    if not writer.sample or report.status == "failed" or report.spooled_pending:
        return None
    old = writer.profile.version if writer.profile is not None else None
    try:
        profile = update_profile(writer.storage, writer.site.name, writer.sample.pages)
    except Exception:  # a profile that cannot be stored costs cleanliness, never the run
        log.warning("site profile of %s not updated", writer.site.name, exc_info=True)
        return None
    report.stats["newsarchive/profile_version"] = profile.version
    if profile.version == old or not profile.trusted:
        return profile
    rewritten = _second_pass(writer, profile)
    report.stats["newsarchive/profile_second_pass"] = rewritten
    return profile


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
    writer.new_ids.discard(article_id)
    report = writer.report
    report.articles_archived -= 1
    if day in report.days:
        report.day(day).archived -= 1
    writer.count("not_article", day)
    writer.ledger.overrule(url, "not_article")
    log.info(
        "%s: %s is not an article after all (record of this run removed)", writer.site.name, url
    )
    return True


def _second_pass(writer: ArchiveWriter, profile: SiteProfile) -> int:
    """Decide this run's stored pages again with PROFILE through a writer sharing the spool."""
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
    memory = _Rewrite(again)
    rewritten = retracted = 0
    for done, page in enumerate(stored_pages(writer.storage, writer.site.name, writer.run_id), 1):
        decision = decide(page, writer.site, writer.window, memory, profile=profile)
        if decision.kind == "not_article":
            retracted += _retract_first_pass(writer, again, page.url)
        elif again.apply(decision) in ("archived", "updated"):
            rewritten += 1
        if done % RESET_EVERY == 0:
            reset_caches()
    again.close()
    if retracted:  # the per-day account, made when the run closed, says what they are now
        writer.report.coverage = writer.ledger.rows()
        writer.report.stats["newsarchive/profile_retracted"] = retracted
    writer.partitions |= again.partitions
    writer.report.partitions = sorted(set(writer.report.partitions) | again.partitions)
    log.info(
        "%s: %d pages of this run decided again with profile %s",
        writer.site.name,
        rewritten,
        profile.version,
    )
    return rewritten
