"""The quality gate's pure logic: a run report against the site's history and thresholds."""

from __future__ import annotations

from typing import Any

from newsarchive.archive.report import RunReport
from newsarchive.config import QualityGate
from newsarchive.gate import RunCounts, evaluate, summarize


def report(
    archived: int = 10,
    *,
    known: int = 0,
    empty: int = 0,
    missing_date: int = 0,
    missing_title: int = 0,
    errors: int = 0,
    pages: int = 40,
    status: str = "ok",
    until: str = "2026-01-10",
    not_article: int = 0,
    lookback_known: int = 0,
) -> dict[str, Any]:
    r = RunReport(run_id="20260111T040000Z-abcdef", site="s", site_url="http://x/", archive="a")
    r.since, r.until = "2026-01-09", until
    r.articles_archived = archived
    r.empty_text, r.missing_date, r.missing_title = empty, missing_date, missing_title
    r.error_count, r.pages_fetched = errors, pages
    if known:
        r.skip("known", day=until, n=known)
        r.day(until).already = known
    if lookback_known:  # articles of the lookback day, archived by the previous run
        r.skip("known", day=r.since, n=lookback_known)
        r.day(r.since).already = lookback_known
    if empty:
        r.skip("empty_text", n=empty)
    if not_article:
        r.skip("not_article", n=not_article)
    r.day(until).archived = archived
    r.finish(status)
    return r.to_dict()


GATE = QualityGate()
HISTORY = [report(12), report(9), report(11)]


def test_normal_run_passes_with_a_message_naming_the_site() -> None:
    result = evaluate("demo-news", report(10), HISTORY, GATE)
    assert result.ok, result.message
    assert "demo-news" in result.message and "passed" in result.message


def test_rerun_with_everything_already_archived_passes() -> None:
    result = evaluate("demo-news", report(0, known=10), HISTORY, GATE)
    assert result.ok, result.message


def test_zero_articles_where_there_usually_are_some_fails() -> None:
    result = evaluate("demo-news", report(0, pages=3), HISTORY, GATE)
    assert not result.ok
    assert "'demo-news'" in result.message
    assert "0 articles dated" in result.message and "usually 11" in result.message
    assert "layout" in result.message


def test_vanished_articles_do_not_hide_behind_the_lookback_day() -> None:
    """A layout change turns new articles into "not an article"; the lookback day is known."""
    history = [report(3, lookback_known=3, not_article=28) for _ in range(3)]
    broken = report(0, lookback_known=3, not_article=33)
    result = evaluate("demo-blogger", broken, history, GATE, lookback_days=1)
    assert not result.ok
    assert "0 articles dated 2026-01-10" in result.message
    assert "usually 3 over the last 3 runs" in result.message
    assert "33 pages taken for non-articles (usually 28)" in result.message
    assert evaluate("demo-blogger", history[0], history, GATE, lookback_days=1).ok


def test_zero_articles_on_a_quiet_site_passes_with_a_note() -> None:
    quiet = [report(0), report(0), report(1)]
    result = evaluate("quiet", report(0), quiet, GATE)
    assert result.ok
    assert result.notes and "usually" in result.notes[0]


def test_zero_articles_without_history_fails_on_the_threshold() -> None:
    result = evaluate("new-site", report(0), [], GATE)
    assert not result.ok and "no history" in result.message


def test_jump_in_empty_texts_fails_and_says_what_changed() -> None:
    result = evaluate("demo-news", report(2, empty=8), HISTORY, GATE)
    assert not result.ok
    assert "empty texts 80% (8 of 10)" in result.message
    assert "0% usual over the last 3 runs" in result.message


def test_a_site_that_always_has_some_empty_pages_is_judged_against_itself() -> None:
    noisy = [report(7, empty=3), report(7, empty=3), report(6, empty=4)]
    assert evaluate("noisy", report(7, empty=3), noisy, GATE).ok
    assert not evaluate("noisy", report(2, empty=8), noisy, GATE).ok


def test_missing_dates_titles_and_errors_fail() -> None:
    assert "missing dates" in evaluate("s", report(10, missing_date=9), HISTORY, GATE).message
    assert "missing titles" in evaluate("s", report(10, missing_title=5), HISTORY, GATE).message
    result = evaluate("s", report(10, errors=30, pages=40), HISTORY, GATE)
    assert not result.ok and "errors 75% (30 of 40)" in result.message


def test_failed_crawl_fails_the_gate() -> None:
    result = evaluate("s", report(10, status="failed"), HISTORY, GATE)
    assert not result.ok and "crawl itself failed" in result.message


def test_thresholds_come_from_config() -> None:
    strict = QualityGate(max_empty_text_ratio=0.05, min_articles=20)
    result = evaluate("s", report(12, empty=1), HISTORY, strict)
    assert not result.ok
    assert "max_empty_text_ratio 0.05" in result.message
    assert "min_articles 20" in evaluate("s", report(12), [], strict).message


def test_history_is_limited_to_history_runs_and_skips_failed_runs() -> None:
    history = [report(0, status="failed")] + [report(0)] * 2 + [report(50)] * 5
    gate = QualityGate(history_runs=2)
    result = evaluate("s", report(0), history, gate)
    assert result.ok  # the last two good runs had none either


def test_summarize_is_small_and_secret_free() -> None:
    data = report(3, known=2)
    data["archive"] = "s3://bucket/prefix"
    counts = summarize(data)
    assert counts["seen"] == 5 and counts["archived"] == 3 and counts["already"] == 2
    assert counts["days"]["2026-01-10"]["archived"] == 3
    assert "archive" not in counts and "errors" in counts
    assert RunCounts.from_report(counts).seen == 5


def test_reextractions_and_interrupted_runs_are_not_history() -> None:
    """A zero-article day fails against real history; re-extractions (and interrupted runs)
    with their own zero counts must not turn that history into 'the site usually has none'."""
    quiet = [{**report(0), "kind": "reextract"} for _ in range(5)]
    quiet += [report(0, status="interrupted") for _ in range(5)]
    result = evaluate("demo-news", report(0), [*quiet, *HISTORY], GATE)
    assert not result.ok, result.message
    assert not evaluate("demo-news", report(0), HISTORY, GATE).ok  # the same verdict without them
    assert evaluate("demo-news", report(0), [report(0)] * 3, GATE).ok  # real quiet history counts


def test_coverage_fails_the_gate_only_when_configured_and_below_the_threshold() -> None:
    data = report(archived=8)
    data["coverage"] = [
        {"day": "2026-01-09", "expected": 4, "archived": 4, "missing": [], "missing_count": 0},
        {"day": "2026-01-10", "expected": 6, "archived": 4, "missing": ["u1", "u2"]},
    ]
    assert evaluate("s", data, [], QualityGate()).ok  # off by default
    assert evaluate("s", data, [], QualityGate(min_coverage=0.8)).ok  # 80% of 10 covered
    strict = evaluate("s", data, [], QualityGate(min_coverage=0.9))
    assert not strict.ok and "coverage 80%: 2 of the 10 URLs" in strict.message
    counts = RunCounts.from_report(data)
    assert (counts.expected, counts.missing) == (10, 2)
