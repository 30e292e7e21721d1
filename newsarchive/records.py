"""Page + extraction -> ArticleRecord: identity, the article's day, and fingerprints."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from newsarchive.archive.keys import article_id_for
from newsarchive.config import SiteConfig
from newsarchive.discovery import parse_when
from newsarchive.extraction.extract import Extraction, extract_page
from newsarchive.extraction.fingerprint import content_sha256, simhash
from newsarchive.extraction.sniff import looks_binary
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


def utc_day(when: datetime, tz: str) -> date:
    """The UTC calendar day of an instant; a naive time is read in the site's time zone."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=ZoneInfo(tz))
    return when.astimezone(UTC).date()


def article_day(page: Page, extraction: Extraction, site: SiteConfig) -> tuple[str, str]:
    """(YYYY-MM-DD, source): the UTC day it was published, else a date in its URL, the day
    its feed or news sitemap gave, or the day it was fetched. A date without a time is kept
    as it is written."""
    published = extraction.published
    if published:
        if len(published) == 10:  # a date without a time: take it as the site's local day
            try:
                return date.fromisoformat(published).isoformat(), "published"
            except ValueError:
                pass
        when = parse_when(published, site.timezone)
        if when:
            return utc_day(when, site.timezone).isoformat(), "published"
    in_url = url_date(page.url, month_ok=False)  # /2026/11/ says the month, not the day
    if in_url:
        return in_url.isoformat(), "url"
    if page.hint_published:
        return utc_day(page.hint_published, site.timezone).isoformat(), "feed"
    return utc_day(page.fetched_at, site.timezone).isoformat(), "fetched"


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
        word_count=len(text.split()),
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
    )


def page_outcome(
    page: Page, site: SiteConfig, run_id: str
) -> tuple[str | None, ArticleRecord | None]:
    """What one fetched page becomes: (skip reason or None, record or None).

    The crawl pipeline and re-extraction from WARC both decide here, so they never differ.
    Raises only if extraction breaks its promise not to; callers count that as extract_error.
    """
    if page.status != 200 or looks_binary(page.body, page.content_type):
        return "not_html", None
    extraction = extract_page(
        page.body, page.url, content_type=page.content_type, drop_selectors=site.drop_selectors
    )
    if extraction.page_kind != "article":
        return "not_article", None
    record = build_record(page, extraction, site, run_id)
    return ("empty_text" if not record.text.strip() else None), record
