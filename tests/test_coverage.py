"""The per-day account: expected URLs by their most trusted date, and what became of each."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newsarchive.coverage import Claim, account_json, day_account, expected_days

DAYS = [date(2017, 3, 30), date(2017, 3, 31), date(2017, 4, 1)]
BASE = "http://127.0.0.1:8080"


def u(path: str) -> str:
    return f"{BASE}{path}"


def test_each_day_counts_expected_archived_already_skipped_and_lists_missing() -> None:
    claims = [
        Claim(u("/a"), DAYS[0], "news_sitemap"),
        Claim(u("/a"), DAYS[2], "sitemap_lastmod"),  # modified later: still expected on day 1
        Claim(u("/b"), DAYS[0], "feed"),
        Claim(u("/c?utm_source=rss"), DAYS[0], "feed"),  # same article as /c below
        Claim(u("/2017/03/31/d"), DAYS[1], "url_date"),
        Claim(u("/e"), DAYS[1], "listing"),
        Claim(u("/f"), DAYS[1], "listing"),
        Claim(u("/g"), date(2017, 3, 29), "feed"),  # before the window: not expected in it
    ]
    outcomes = {
        u("/a"): "archived",
        u("/b"): "known",
        u("/c"): "updated",
        u("/2017/03/31/d"): "not_article",
        u("/e"): "not_fetched",
        u("/g"): "archived",
        u("/unclaimed"): "archived",  # found by a link only: archived, but never expected
    }
    rows = account_json(day_account(claims, outcomes, DAYS[0], DAYS[2]))
    assert rows == [
        {
            "day": "2017-03-30",
            "expected": 3,
            "archived": 2,
            "already": 1,
            "skipped": {},
            "missing": [],
        },
        {
            "day": "2017-03-31",
            "expected": 3,
            "archived": 0,
            "already": 0,
            "skipped": {"not_article": 1},
            "missing": [u("/e"), u("/f")],  # told not fetched, or no outcome at all
        },
        {
            "day": "2017-04-01",
            "expected": 0,
            "archived": 0,
            "already": 0,
            "skipped": {},
            "missing": [],
        },
    ]
    json.dumps(rows)  # the --json form is plain JSON


def test_every_url_is_expected_once_on_its_most_trusted_then_earliest_day() -> None:
    claims = [
        Claim(u("/x"), DAYS[2], "sitemap_lastmod"),
        Claim(u("/x"), DAYS[1], "listing"),
        Claim(u("/y"), DAYS[2], "feed"),
        Claim(u("/y"), DAYS[1], "feed"),
        Claim(u("/z"), DAYS[0], "sitemap_lastmod"),
    ]
    days = {url.removeprefix(BASE): day for url, (day, _) in _by_url(claims).items()}
    assert days == {"/x": DAYS[1], "/y": DAYS[1], "/z": DAYS[0]}
    rows = day_account(claims, {}, DAYS[0], DAYS[2])
    assert [r.expected for r in rows] == [1, 2, 0]
    assert sum(r.expected for r in rows) == len({c.url for c in claims})


def _by_url(claims: list[Claim]) -> dict[str, tuple[date, str]]:
    return {url: (day, url) for _, (day, url) in expected_days(claims).items()}


def test_already_covers_known_unchanged_and_duplicate_and_other_reasons_are_kept() -> None:
    fates = ["known", "unchanged", "duplicate", "http_error", "http_error", "robots", "archived"]
    claims = [Claim(u(f"/{i}"), DAYS[0], "feed") for i in range(len(fates))]
    outcomes = {u(f"/{i}"): fate for i, fate in enumerate(fates)}
    [row] = day_account(claims, outcomes, DAYS[0], DAYS[0])
    assert (row.expected, row.archived, row.already) == (7, 1, 3)
    assert row.skipped == {"http_error": 2, "robots": 1} and row.missing == []


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown date source 'rumour'"):
        Claim(u("/a"), DAYS[0], "rumour")
    with pytest.raises(ValueError, match="after until"):
        day_account([], {}, DAYS[1], DAYS[0])


def test_a_ledger_keeps_only_window_days_and_bounded_claims() -> None:
    from newsarchive.coverage import Ledger

    ledger = Ledger(date(2017, 3, 30), date(2017, 3, 31), max_claims=2)
    ledger.claim("https://a.example/1", date(2017, 3, 29), "feed")  # outside: not kept
    ledger.claim("https://a.example/2", date(2017, 3, 30), "feed")
    ledger.claim("https://a.example/3", date(2017, 3, 31), "url_date")
    ledger.claim("https://a.example/4", date(2017, 3, 31), "url_date")  # over the bound
    ledger.outcome("https://a.example/2", "archived")
    ledger.outcome("https://a.example/2", "duplicate")  # an alias met later: still archived
    rows = ledger.rows(cap=0)
    assert [(r["day"], r["expected"], r["archived"], r["missing_count"]) for r in rows] == [
        ("2017-03-30", 1, 1, 0),
        ("2017-03-31", 1, 0, 1),
    ]
    assert ledger.dropped == 1 and rows[1]["missing"] == [] and rows[1]["missing_cap"] == 0
    windowless = Ledger(None, None)
    windowless.claim("https://a.example/5", date(1999, 1, 1), "page")
    windowless.claim("https://a.example/6", date(2017, 3, 30), "page")
    assert [r["day"] for r in windowless.rows()] == ["1999-01-01", "2017-03-30"]


def test_a_ledger_keeps_outcomes_of_claimed_urls_and_a_bounded_number_of_others() -> None:
    from newsarchive.coverage import Ledger

    ledger = Ledger(date(2017, 3, 30), date(2017, 3, 30), max_claims=2)
    for n in range(10):  # known URLs of a big site, no source dated them
        ledger.outcome(f"https://a.example/old-{n}", "known")
    ledger.claim("https://a.example/new", date(2017, 3, 30), "feed")
    ledger.outcome("https://a.example/new", "archived")
    ledger.outcome("https://a.example/old-1", "unchanged")  # one it kept: updated in place
    assert len(ledger.outcomes) == 3
    assert ledger.rows()[0]["archived"] == 1
