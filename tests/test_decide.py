"""decide() is pure and total: saved pages in, one verdict out, with the one window rule."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsarchive.config import SiteConfig
from newsarchive.dates import Window, article_day
from newsarchive.decide import Decision, Recall, decide
from newsarchive.page import Page

GOLDEN = Path(__file__).parent / "fixtures" / "golden"
SITE = SiteConfig(name="golden", url="http://127.0.0.1:8123/")
FETCHED = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _page(case: str, **changes: object) -> Page:
    meta = json.loads((GOLDEN / f"{case}.json").read_text(encoding="utf-8"))
    page = Page(
        url=meta["url"],
        requested_url=meta["url"],
        status=200,
        headers=[("Content-Type", meta.get("content_type") or "text/html")],
        body=(GOLDEN / f"{case}.html").read_bytes(),
        fetched_at=FETCHED,
    )
    for name, value in changes.items():
        setattr(page, name, value)
    return page


def _archived() -> Decision:
    return decide(_page("wordpress_post"), SITE, None, Recall())


def test_an_article_is_archived_with_its_day() -> None:
    got = _archived()
    assert (got.kind, got.outcome) == ("archive", "archived")
    assert got.record is not None and got.record.date == "2018-06-14"
    assert got.record.date_source == "published" and got.record.text.strip()
    assert got.urls[0] == got.record.canonical_url


def test_memory_turns_it_into_an_alias_or_an_update() -> None:
    first = _archived()
    assert first.record is not None
    article_id, sha = first.record.article_id, first.record.content_sha256
    unchanged = decide(_page("wordpress_post"), SITE, None, Recall(shas={article_id: sha}))
    assert (unchanged.kind, unchanged.outcome, unchanged.alias_of) == (
        "alias",
        "unchanged",
        article_id,
    )
    changed = decide(_page("wordpress_post"), SITE, None, Recall(shas={article_id: "0" * 64}))
    assert (changed.kind, changed.outcome) == ("archive", "updated")
    again = decide(_page("wordpress_post"), SITE, None, Recall(seen={article_id}))
    assert (again.kind, again.outcome, again.alias_of) == ("alias", "duplicate", article_id)


def test_window_is_the_article_day_without_slack() -> None:
    inside = Window(date(2018, 6, 14), date(2018, 6, 14))
    assert decide(_page("wordpress_post"), SITE, inside, Recall()).outcome == "archived"
    for window in (
        Window(date(2018, 6, 15), date(2018, 6, 20)),
        Window(date(2018, 6, 1), date(2018, 6, 13)),
    ):
        got = decide(_page("wordpress_post"), SITE, window, Recall())
        assert (got.kind, got.outcome) == ("skip", "out_of_window")
        assert got.record is not None  # still counted for its day and its quality


@pytest.mark.parametrize(
    ("case", "changes", "kind", "outcome"),
    [
        ("tag_listing", {}, "not_article", "not_article"),
        ("wordpress_post", {"status": 404}, "skip", "not_html"),
        ("wordpress_post", {"body": b"%PDF-1.7\n\x00\x01binary"}, "skip", "not_html"),
        ("wordpress_post", {"role": "feed"}, "raw", "raw"),
    ],
)
def test_other_pages(case: str, changes: dict[str, object], kind: str, outcome: str) -> None:
    got = decide(_page(case, **changes), SITE, None, Recall())
    assert (got.kind, got.outcome, got.record) == (kind, outcome, None)


def test_hints_rule_a_page_out_only_when_surely_outside() -> None:
    window = Window(date(2026, 11, 10), date(2026, 11, 12))
    at = datetime(2026, 11, 13, 3, 0, tzinfo=UTC)  # a local evening of the 12th, maybe
    assert not window.rules_out(published=at)
    assert window.rules_out(published=datetime(2026, 11, 14, 3, 0, tzinfo=UTC))
    assert window.rules_out(modified=datetime(2026, 11, 8, tzinfo=UTC))
    assert not window.rules_out(modified=datetime(2026, 11, 20, tzinfo=UTC))  # edited later
    assert not window.rules_out(url_day=date(2026, 11, 9))
    assert window.rules_out(url_day=date(2026, 11, 8))
    assert not window.rules_out(url_month=date(2026, 11, 1))  # the whole month may hold it
    assert window.rules_out(url_month=date(2026, 9, 1))
    assert not window.rules_out()  # nothing known: fetch it
    assert window.holds("2026-11-12") and not window.holds("2026-11-13")


def test_article_day_sources_in_order() -> None:
    hint = datetime(2026, 11, 3, 23, 30, tzinfo=UTC)
    assert article_day("2026-11-05T01:00:00+02:00", None, hint, FETCHED, "UTC") == (
        "2026-11-04",
        "published",
    )
    assert article_day("2026-11-05", None, None, FETCHED, "Asia/Tokyo") == (
        "2026-11-05",
        "published",
    )
    assert article_day(None, date(2026, 11, 2), hint, FETCHED, "UTC") == ("2026-11-02", "url")
    assert article_day(None, None, hint, FETCHED, "UTC") == ("2026-11-03", "feed")
    assert article_day(None, None, None, FETCHED, "UTC") == ("2026-11-20", "fetched")
    naive = datetime(2026, 11, 3, 23, 30)  # read in the site's zone
    assert article_day(None, None, naive, FETCHED, "America/New_York")[0] == "2026-11-04"


def test_a_naive_page_time_takes_the_zone_its_feed_timestamp_shows() -> None:
    """The page prints "2017-03-06 00:33" (Shanghai); its feed said 2017-03-05T16:33Z: the
    article was published on the UTC day 2017-03-05, whatever zone the site's config names."""
    feed = datetime(2017, 3, 5, 16, 33, tzinfo=UTC)
    assert article_day("2017-03-06T00:33:00", None, feed, FETCHED, "UTC") == (
        "2017-03-05",
        "published",
    )
    # a half-hour zone (India) too
    feed = datetime(2017, 3, 5, 19, 15, tzinfo=UTC)
    assert article_day("2017-03-06T00:45", None, feed, FETCHED, "UTC")[0] == "2017-03-05"
    # a feed time that is not the same clock time in any zone, or a date-only one, says nothing
    odd = datetime(2017, 3, 5, 16, 40, tzinfo=UTC)
    assert article_day("2017-03-06T00:33:00", None, odd, FETCHED, "UTC")[0] == "2017-03-06"
    day_only = datetime(2017, 3, 5, tzinfo=UTC)
    assert article_day("2017-03-06T00:30:00", None, day_only, FETCHED, "UTC")[0] == "2017-03-06"
    # a page time with an offset is an instant already
    assert article_day("2017-03-06T00:33:00+01:00", None, feed, FETCHED, "UTC")[0] == "2017-03-05"


def test_a_page_whose_canonical_claim_is_set_aside_is_found_by_its_text() -> None:
    # the page names an archived article as its canonical, but that article's text is another
    # (e.g. archived with the site's chrome before the profile was learned): the claim is set
    # aside, and the page is then the alias of the article that has its very text
    first = _archived()
    assert first.record is not None
    claimed_id, sha = first.record.article_id, first.record.content_sha256
    far = "f" * 16 if first.record.simhash != "f" * 16 else "0" * 16
    memory = Recall(
        shas={claimed_id: "0" * 64},
        simhashes={claimed_id: far},
        by_sha={sha: "print-view-article"},
    )
    other = first.record.canonical_url + "?p=51480"  # another address of the page
    got = decide(_page("wordpress_post", url=other, requested_url=other), SITE, None, memory)
    assert (got.kind, got.outcome, got.alias_of) == ("alias", "duplicate", "print-view-article")
    assert not got.claimed


def test_a_naive_page_time_is_read_at_the_offset_its_sitemap_entry_is_written_with() -> None:
    """Istanbul: the page prints "06.03.2017 01:30"; its sitemap's lastmod (an edit, hours
    later) is written "+03:00". With no zone configured, the page's time is read at that offset:
    the UTC day 2017-03-05. A configured zone, an offset-less or UTC entry change nothing."""
    lastmod = datetime(2017, 3, 6, 9, 12, tzinfo=timezone(timedelta(hours=3)))
    naive = "2017-03-06T01:30:00"
    assert article_day(naive, None, None, FETCHED, "UTC", zone=lastmod) == (
        "2017-03-05",
        "published",
    )
    assert article_day(naive, None, None, FETCHED, "Asia/Tokyo", zone=lastmod)[0] == "2017-03-05"
    assert article_day(naive, None, None, FETCHED, "Europe/Lisbon", zone=lastmod)[0] == "2017-03-06"
    utc_entry = datetime(2017, 3, 6, 9, 12, tzinfo=UTC)
    assert article_day(naive, None, None, FETCHED, "UTC", zone=utc_entry)[0] == "2017-03-06"
    assert article_day(naive, None, None, FETCHED, "UTC")[0] == "2017-03-06"
    # a page time written with its offset is an instant whatever the entry says
    assert article_day("2017-03-06T01:30:00+00:00", None, None, FETCHED, "UTC", zone=lastmod)[
        0
    ] == ("2017-03-06")


def test_a_pages_zone_hint_survives_its_warc_line() -> None:
    stamp = datetime(2017, 3, 6, 9, 12, tzinfo=timezone(timedelta(hours=3)))
    page = Page(
        url="http://127.0.0.1:1/a",
        requested_url="http://127.0.0.1:1/a",
        status=200,
        headers=[],
        body=b"",
        fetched_at=FETCHED,
        zone_hint=stamp,
    )
    again = Page.from_found(page.url, 200, [], b"", FETCHED, page.found())
    assert again.zone_hint == stamp and again.zone_hint.utcoffset() == timedelta(hours=3)


def test_a_naive_page_time_is_read_at_the_one_offset_of_where_its_language_is_written() -> None:
    """A Japanese portal prints "2017/3/11 7:58" and gives no zone anywhere (no feed, no
    sitemap, no offset): Japanese is written in one zone, so that is 2017-03-10 22:58 UTC.
    A language written across several offsets (English, Spanish, Russian) or a region with
    several (mainland China's Urumqi time) guesses nothing; a configured zone, a page time
    with its offset or a sitemap entry's offset come first."""
    naive = "2017-03-11T07:58:00"
    assert article_day(naive, None, None, FETCHED, "UTC", language="ja") == (
        "2017-03-10",
        "published",
    )
    assert article_day("2017-03-06T00:30:00", None, None, FETCHED, "UTC", language="de-AT")[0] == (
        "2017-03-05"
    )
    # summer time: Berlin is at +02:00 in July
    assert article_day("2017-07-06T01:30:00", None, None, FETCHED, "UTC", language="de")[0] == (
        "2017-07-05"
    )
    for language in ("en", "es", "ru", "zh-CN", "pt", None, "xx"):
        assert article_day(naive, None, None, FETCHED, "UTC", language=language)[0] == "2017-03-11"
    assert article_day(naive, None, None, FETCHED, "Europe/London", language="ja")[0] == (
        "2017-03-11"
    )
    assert article_day(naive + "+00:00", None, None, FETCHED, "UTC", language="ja")[0] == (
        "2017-03-11"
    )
    lastmod = datetime(2017, 3, 11, 9, 12, tzinfo=timezone(timedelta(hours=-5)))
    assert article_day(naive, None, None, FETCHED, "UTC", zone=lastmod, language="ja")[0] == (
        "2017-03-11"
    )


def _forum_page(footer: str, story_extra: str = "") -> Page:
    paras = "".join(
        f"<p>The harbour authority said on Sunday that ferry number {i} will run again from next "
        f"week after repairs to its engine and the landing stage took longer than planned.{story_extra}</p>"
        for i in range(4)
    )
    body = (
        "<html lang='en'><head><title>Ferries back next week</title>"
        "<meta property='article:published_time' content='2017-03-12T07:30:00'></head><body>"
        f"<article><h1>Ferries back next week</h1><p class='info'>2017-3-12 07:30</p>{paras}"
        f"</article><div id='ft'><p>{footer}</p></div></body></html>"
    )
    url = "http://127.0.0.1:8123/2017/03/ferries-back.html"
    return Page(
        url=url, requested_url=url, status=200, headers=[], body=body.encode(), fetched_at=FETCHED
    )


def test_a_naive_page_time_is_read_at_the_offset_the_pages_chrome_states() -> None:
    """Forum and portal software print the offset of the times they show ("GMT+8, 2017-5-2
    09:31" under every Discuz page, "All times are UTC+01:00" under phpBB's): with no zone
    configured a naive 07:30 there is 23:30 UTC the day before. An offset the story itself
    mentions, or two different ones, say nothing of the page's times."""
    stated = decide(_forum_page("GMT+8, 2017-5-2 09:31"), SITE, None, Recall())
    assert stated.record is not None and stated.record.date == "2017-03-11"
    phpbb = decide(_forum_page("All times are <span>UTC+10:00</span>"), SITE, None, Recall())
    assert phpbb.record is not None and phpbb.record.date == "2017-03-11"
    told = decide(_forum_page("", " Clocks there are at UTC+9."), SITE, None, Recall())
    assert told.record is not None and told.record.date == "2017-03-12"
    two = decide(_forum_page("GMT+8 | mirror: GMT-5"), SITE, None, Recall())
    assert two.record is not None and two.record.date == "2017-03-12"
    tokyo = SiteConfig(name="golden", url="http://127.0.0.1:8123/", timezone="Asia/Tokyo")
    configured = decide(_forum_page("GMT+8, 2017-5-2 09:31"), tokyo, None, Recall())
    assert configured.record is not None and configured.record.date == "2017-03-11"


def test_a_story_dated_without_a_time_takes_the_utc_day_of_its_feed_time_on_that_date() -> None:
    """The page says "12 March 2017" only; its feed item says 2017-03-12T00:40+06:00 (Dhaka):
    the story was published on 11 March in UTC. A feed time on another date, at midnight (a
    date-only feed) or in UTC leaves the day as the page writes it; a URL's day alike."""
    dhaka = timezone(timedelta(hours=6))
    hint = datetime(2017, 3, 12, 0, 40, tzinfo=dhaka)
    assert article_day("2017-03-12", None, hint, FETCHED, "UTC") == ("2017-03-11", "published")
    assert article_day(None, date(2017, 3, 12), hint, FETCHED, "UTC") == ("2017-03-11", "url")
    for other in (
        datetime(2017, 3, 13, 0, 40, tzinfo=dhaka),
        datetime(2017, 3, 12, 0, 0, tzinfo=dhaka),
        datetime(2017, 3, 12, 0, 40, tzinfo=UTC),
        datetime(2017, 3, 12, 0, 40),
    ):
        assert article_day("2017-03-12", None, other, FETCHED, "UTC")[0] == "2017-03-12"
    assert article_day("2017-03-12", None, None, FETCHED, "UTC")[0] == "2017-03-12"


def test_a_story_dated_without_a_time_is_no_later_than_its_lastmod_when_that_is_earlier() -> None:
    """A lastmod may be a later edit, so it only ever moves a date-only story back: already the
    day before in UTC (however it is written) but after the story's date began somewhere, the
    story was published then too; any other lastmod leaves the date as written."""
    plus1 = timezone(timedelta(hours=1))
    early = datetime(2017, 3, 6, 0, 32, tzinfo=plus1)
    assert article_day("2017-03-06", None, None, FETCHED, "UTC", modified=early) == (
        "2017-03-05",
        "published",
    )
    # a sitemap writing its lastmods in UTC: 22:30Z on the 5th is the 6th from UTC+01:30 east
    in_utc = datetime(2017, 3, 5, 22, 30, tzinfo=UTC)
    assert article_day("2017-03-06", None, None, FETCHED, "UTC", modified=in_utc)[0] == (
        "2017-03-05"
    )
    assert article_day(None, date(2017, 3, 6), None, FETCHED, "UTC", modified=early)[0] == (
        "2017-03-05"
    )
    for later in (
        datetime(2017, 3, 6, 9, 0, tzinfo=plus1),  # the same day in UTC
        datetime(2017, 3, 6, 22, 0, tzinfo=timezone(timedelta(hours=-5))),  # the day after
        datetime(2017, 3, 7, 0, 32, tzinfo=plus1),  # another date where written
        datetime(2017, 3, 5, 8, 0, tzinfo=UTC),  # before the 6th began anywhere: not the story's
    ):
        assert article_day("2017-03-06", None, None, FETCHED, "UTC", modified=later)[0] == (
            "2017-03-06"
        )
    page = Page(
        url="http://127.0.0.1:1/a",
        requested_url="http://127.0.0.1:1/a",
        status=200,
        headers=[],
        body=b"",
        fetched_at=FETCHED,
        modified_hint=early,
    )
    again = Page.from_found(page.url, 200, [], b"", FETCHED, page.found())
    assert again.modified_hint == early
