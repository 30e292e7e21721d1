"""Test archives written the crawler's way: one JSON record per article under keys.article_key."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from newsarchive.archive import keys
from newsarchive.archive.storage import Storage
from newsarchive.schema import ArticleRecord


def record(
    site: str,
    day: str,
    n: int,
    *,
    title: str | None = None,
    text: str | None = None,
    language: str = "en",
    fetched_at: str | None = None,
) -> ArticleRecord:
    url = f"https://{site}.example/{day}/story-{n}"
    body = text or f"Story {n} of {site} on {day}. The council met again."
    return ArticleRecord(
        article_id=keys.article_id_for(url),
        url=url,
        canonical_url=url,
        site=site,
        title=title or f"{site} story {n}",
        author="A. Writer",
        published=f"{day}T08:00:00+00:00",
        modified=None,
        date=day,
        date_source="published",
        language=language,
        text=body,
        fetched_at=fetched_at or f"{day}T09:{n % 60:02d}:00Z",
        content_sha256=hashlib.sha256(body.encode()).hexdigest(),
        word_count=len(body.split()),
        tags=["news", site],
        aliases=[url + "?amp=1"],
        discovered_via="sitemap",
    )


def put(storage: Storage, rec: ArticleRecord) -> str:
    key = keys.article_key(rec.site, rec.date, rec.article_id)
    storage.put_bytes(key, rec.to_json().encode(), content_type="application/json")
    return key


def move_day(storage: Storage, rec: ArticleRecord, new_day: str, fetched_at: str) -> ArticleRecord:
    """What the crawler does when a re-crawl finds another date: write the new key, drop the old."""
    moved = replace(rec, date=new_day, published=f"{new_day}T07:00:00+00:00", fetched_at=fetched_at)
    put(storage, moved)
    storage.delete(keys.article_key(rec.site, rec.date, rec.article_id))
    return moved


DAYS = ["2024-03-01", "2024-03-02", "2024-03-04", "2024-03-05"]  # 03-03 is a gap


def standard(storage: Storage) -> list[ArticleRecord]:
    """Two sites, four days (one gap day), three articles a day; a few with words to search."""
    out: list[ArticleRecord] = []
    for site in ("alpha", "beta"):
        for day in DAYS:
            for n in range(3):
                out.append(record(site, day, n))
    out[0] = replace(out[0], title="Harbour Flooding in Northfield")
    out[1] = replace(out[1], text="The mayor spoke about flooding. The harbour wall held.")
    out[2] = replace(out[2], text="Harbourside cafes reopened.", language="fr")  # not the word
    out[-1] = replace(out[-1], title="HARBOUR news", text="Flooding, again.", language="en-GB")
    for rec in out:
        put(storage, rec)
    return out
