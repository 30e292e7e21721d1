"""A redirect the scheduler drops (its target already requested) leaves the target's fate alone."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import scrapy

from newsarchive.coverage import Ledger, day_account
from spiders.news import NewsSpider

STORY = "https://news.example/articles/harbour-plan-r108/"
PERMALINK = STORY + "?do=findComment&comment=579"
DAY = date(2017, 3, 9)


def _dropped(ledger: Ledger, origin: str, target: str) -> None:
    counts: list[str] = []
    writer = SimpleNamespace(ledger=ledger, count=lambda outcome, day, n=1: counts.append(outcome))
    fake = SimpleNamespace(writer=writer, report=None)
    request = scrapy.Request(target, meta={"role": "page", "redirect_urls": [origin]})
    NewsSpider.on_dropped(fake, request)  # type: ignore[arg-type]
    assert counts == ["duplicate"]


def test_a_comment_permalink_redirecting_to_its_story_keeps_the_storys_outcome() -> None:
    ledger = Ledger(DAY, DAY)
    ledger.claim(STORY, DAY, "sitemap_lastmod")
    ledger.outcome(STORY, "not_article")  # the story was fetched first and judged no article
    _dropped(ledger, PERMALINK, STORY + "#comment-579")
    [row] = day_account(ledger.claims, ledger.outcomes, DAY, DAY)
    assert (row.already, dict(row.skipped)) == (0, {"not_article": 1})


def test_a_dated_alias_redirecting_to_a_fetched_page_is_counted_as_a_duplicate() -> None:
    alias = "https://news.example/index.php?/articles/harbour-plan-r108/"
    ledger = Ledger(DAY, DAY)
    ledger.claim(alias, DAY, "sitemap_lastmod")  # a sitemap names the alias of STORY
    ledger.outcome(STORY, "archived")
    _dropped(ledger, alias, STORY)
    [row] = day_account(ledger.claims, ledger.outcomes, DAY, DAY)
    assert (row.already, row.missing) == (1, [])
