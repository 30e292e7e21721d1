"""Page + extraction -> ArticleRecord: identity, the article's day, and fingerprints."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC

from newsarchive import dates
from newsarchive.archive.keys import article_id_for
from newsarchive.config import SiteConfig
from newsarchive.extraction.extract import Extraction
from newsarchive.extraction.fingerprint import content_sha256, simhash, word_count
from newsarchive.page import Page
from newsarchive.schema import ArticleRecord
from newsarchive.urls import canonicalize, same_site, url_date


def canonical_for(page: Page, extraction: Extraction, site: SiteConfig) -> str:
    """The article's canonical URL: the page's own claim if it stays on the site, else its URL."""
    claimed = canonicalize(extraction.canonical_url, page.url) if extraction.canonical_url else None
    if claimed and same_site(claimed, site.url):
        return claimed
    return canonicalize(page.url) or page.url


def aliases_for(page: Page, canonical: str) -> list[str]:
    """Every other URL this article was reached by, canonicalized, in first-seen order."""
    out: list[str] = []
    for url in (page.requested_url, *page.redirects, page.url):
        folded = canonicalize(url)
        if folded and folded != canonical and folded not in out:
            out.append(folded)
    return out


def own_identity(record: ArticleRecord, page: Page) -> ArticleRecord:
    """The record as an article of its own URL (its canonical claim set aside)."""
    own = canonicalize(page.url) or page.url
    return replace(
        record, canonical_url=own, article_id=article_id_for(own), aliases=aliases_for(page, own)
    )


def article_day(page: Page, extraction: Extraction, site: SiteConfig) -> tuple[str, str]:
    """(YYYY-MM-DD, source) of an article page: see `dates.article_day`."""
    return dates.article_day(
        extraction.published,
        url_date(page.url, month_ok=False),  # /2026/11/ says the month, not the day
        page.hint_published,
        page.fetched_at,
        site.timezone,
        zone=page.zone_hint,
        modified=page.modified_hint,
        language=extraction.language,
        stated=(
            dates.stated_offset(page.body, extraction.text)
            if site.timezone == "UTC" and dates.is_naive(extraction.published)
            else None
        ),
    )


def build_record(
    page: Page, extraction: Extraction, site: SiteConfig, run_id: str
) -> ArticleRecord:
    """The archived record for an article page (raw pointer taken from the page)."""
    canonical = canonical_for(page, extraction, site)
    day, source = article_day(page, extraction, site)
    published = extraction.published
    if not published and page.hint_published and source == "feed":
        published = page.hint_published.isoformat()
    text = extraction.text
    return ArticleRecord(
        article_id=article_id_for(canonical),
        url=page.url,
        canonical_url=canonical,
        site=site.name,
        title=extraction.title,
        author=extraction.author,
        published=published,
        modified=extraction.modified,
        date=day,
        date_source=source,
        language=extraction.language,
        text=text,
        fetched_at=page.fetched_at.astimezone(UTC).isoformat(timespec="seconds"),
        content_sha256=content_sha256(text),
        word_count=word_count(text),
        description=extraction.description,
        site_name=extraction.site_name,
        tags=list(extraction.tags),
        image=extraction.image,
        aliases=aliases_for(page, canonical),
        discovered_via=page.via,
        http_status=page.status,
        raw=page.raw,
        run_id=run_id,
        simhash=simhash(text) if text else None,
        profile_version=extraction.profile_version,
    )
