"""Fetch-side faults: a real crawl of the demo site's /faults/ pages; each ends archived or recorded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsarchive.demo import DemoSites
from newsarchive.demo.faults import ARTICLE_FAULTS, EXTERNAL, PATHS
from newsarchive.schema import ArticleRecord
from tests.crawl_helpers import CliResult, archived, path_of, run_cli

START = date(2026, 11, 18)
TIMEOUT = 2.0  # seconds per request; the slow page answers after SLOW
SLOW = 6.0
RETRIES = 2  # the flaky page fails twice, then answers
MAX_DEPTH = 3
# The gzip bomb inflates to 1.06 GiB: a process that held it would pass this bound. Alone the
# crawl peaks near 265 MiB; 900 MiB leaves room for a loaded machine (seen: 618 MiB).
MAX_RSS_BYTES = 900 * 1024**2
# Reasons counted when a link is met (before it is discovered), not when a page is fetched.
LINK_TIME = ("offsite", "filtered")


@dataclass
class FaultCrawl:
    demo: DemoSites
    result: CliResult
    report: dict[str, Any]
    log: list[dict[str, Any]]
    records: dict[str, ArticleRecord]  # by URL path
    peak_rss: int
    seconds: float

    def hits(self, path: str) -> list[int]:
        """Statuses the site answered for one path, in order."""
        return [e["status"] for e in self.log if e["path"] == path]

    def errors_for(self, path: str) -> list[dict[str, str]]:
        return [e for e in self.report["errors"] if path_of(e["url"]) == path]


def _crawl_measured(args: list[str], tmp: Path, timeout: float = 120) -> tuple[CliResult, int]:
    """Like run_cli, but also the crawl process's own peak RSS in bytes (from wait4)."""
    report_path = tmp / "report-measured.json"
    env = {**os.environ, "NEWSARCHIVE_SPOOL": str(tmp / "spool")}
    cmd = [sys.executable, "-m", "newsarchive", *args, "--report-json", str(report_path)]
    with open(tmp / "out.txt", "w+") as out, open(tmp / "err.txt", "w+") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        reports = json.loads(report_path.read_text()) if report_path.exists() else []
        result = CliResult(proc.returncode, out.read(), err.read(), reports)
    return result, usage.ru_maxrss * 1024  # KiB on Linux


def _stable_log(demo: DemoSites, name: str) -> list[dict[str, Any]]:
    """The request log once the server threads finished logging (slow answers log late)."""
    log = demo.requests(name)
    for _ in range(30):
        time.sleep(0.1)
        again = demo.requests(name)
        if len(again) == len(log):
            return [e for e in again if not e["path"].startswith("/__")]
        log = again
    return log


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Any:
    tmp = tmp_path_factory.mktemp("faults")
    with DemoSites(
        styles=("wordpress",), start_date=START, days=2, per_day=2, faults=True, slow_seconds=SLOW
    ) as demo:
        config = demo.config()
        config["sites"][0].update(timeout=TIMEOUT, retries=RETRIES, max_depth=MAX_DEPTH)
        path = tmp / "sites.yaml"
        path.write_text(yaml.safe_dump(config, sort_keys=False))
        uri = str(tmp / "archive")
        started = time.monotonic()
        result, peak = _crawl_measured(["crawl", "--config", str(path), "--archive", uri], tmp)
        seconds = time.monotonic() - started
        assert result.code == 0, result.stderr[-3000:]
        assert len(result.reports) == 1
        log = _stable_log(demo, "wordpress")
        records = {path_of(r.canonical_url): r for r in archived(uri).values()}
        yield FaultCrawl(demo, result, result.reports[0], log, records, peak, seconds)


def test_crawl_finishes_and_loses_nothing(crawl: FaultCrawl) -> None:
    report = crawl.report
    assert report["status"] == "ok" and report["stats"]["finish_reason"] == "finished"
    # every real article, fault articles included, is archived once with its own text
    expected = {path_of(e["url"]): e for e in crawl.demo.expected_articles()}
    assert sorted(crawl.records) == sorted(expected)
    for path, e in expected.items():
        assert crawl.records[path].title == e["title"], path
        assert e["text_sample"] in crawl.records[path].text, path
    # every page request ends counted: archived or a skip reason (no silent drop)
    requested = sum(report["discovered"].values()) + 1  # + the home page
    skipped = Counter(report["skipped"])
    at_fetch = sum(n for r, n in skipped.items() if r not in LINK_TIME) - len(EXTERNAL)
    assert requested == report["articles_archived"] + at_fetch, report
    # every request the downloader sent reached the site (none left loopback)
    assert report["stats"]["downloader/request_count"] == len(crawl.log)


def test_flaky_page_is_retried_then_archived(crawl: FaultCrawl) -> None:
    assert crawl.hits(PATHS["flaky"]) == [503, 503, 200]
    assert crawl.report["stats"]["retry/count"] >= 2
    assert PATHS["flaky"] in crawl.records
    assert not crawl.errors_for(PATHS["flaky"])


def test_slow_page_times_out_and_is_recorded(crawl: FaultCrawl) -> None:
    hits = crawl.hits(PATHS["slow"])
    assert len(hits) == RETRIES + 1 and 200 not in hits  # gave up each time before the answer
    [error] = crawl.errors_for(PATHS["slow"])
    assert error["reason"] == "fetch_error" and error["detail"].startswith("timeout")
    assert crawl.report["skipped"]["fetch_error"] >= 1
    assert PATHS["slow"] not in crawl.records


def test_huge_page_and_gzip_bomb_are_cut_off(crawl: FaultCrawl) -> None:
    for name in ("huge", "gzip_bomb"):
        [error] = crawl.errors_for(PATHS[name])
        assert error["reason"] == "too_large", error
        assert PATHS[name] not in crawl.records
    assert "decompress" in crawl.errors_for(PATHS["gzip_bomb"])[0]["detail"]
    assert crawl.report["skipped"]["too_large"] == 2
    # nothing near the inflated size was held: the crawl process stayed small
    assert crawl.peak_rss < MAX_RSS_BYTES, f"peak RSS {crawl.peak_rss / 1024**2:.0f} MiB"
    assert crawl.report["bytes_fetched"] < 10 * 1024**2


def test_binary_served_as_html_is_not_html(crawl: FaultCrawl) -> None:
    for name in ("png_as_html", "zip_as_html"):
        assert crawl.hits(PATHS[name]) == [200]
        assert PATHS[name] not in crawl.records
    assert crawl.report["skipped"]["not_html"] == 2


def _fault_article(crawl: FaultCrawl, name: str) -> tuple[ArticleRecord, Any]:
    faults = crawl.demo.sites["wordpress"].faults
    assert faults is not None
    return crawl.records[PATHS[name]], faults.articles[name]


@pytest.mark.parametrize("name", ARTICLE_FAULTS)
def test_odd_html_and_charsets_are_archived(crawl: FaultCrawl, name: str) -> None:
    record, article = _fault_article(crawl, name)
    assert record.title == article.title
    assert article.paragraphs[0] in record.text
    assert "Ã" not in record.text and "\ufffd" not in record.text  # no mojibake
    if name != "malformed":
        assert article.paragraphs[-1] in record.text  # the whole text, to its last paragraph
    if name.startswith("latin1"):
        assert record.language == "fr"
        assert any(c in record.text for c in "éèàçôÉ")


def test_malformed_page_keeps_every_paragraph(crawl: FaultCrawl) -> None:
    record, article = _fault_article(crawl, "malformed")
    missing = [p[:40] for p in article.paragraphs if p not in record.text]
    assert not missing, f"{len(missing)} of {len(article.paragraphs)} paragraphs lost"


def test_redirect_loop_is_recorded_once(crawl: FaultCrawl) -> None:
    assert crawl.hits("/faults/loop/a") == [302] and crawl.hits("/faults/loop/b") == [302]
    [error] = crawl.errors_for(PATHS["redirect_loop"])
    assert error["reason"] == "fetch_error" and "redirect loop" in error["detail"]


def test_hostile_links_and_redirects_are_refused(crawl: FaultCrawl) -> None:
    assert crawl.hits(PATHS["redirect_metadata"]) == [302]
    # the metadata redirect, file: and ftp: links; none of them reached the downloader
    assert crawl.report["skipped"]["unsafe_url"] == 1 + len(EXTERNAL)
    assert not any(e["reason"] == "unsafe_url" for e in crawl.report["errors"])


def test_robots_disallowed_pages_are_never_requested(crawl: FaultCrawl) -> None:
    assert not [e for e in crawl.log if e["path"].startswith("/private/")]
    assert crawl.report["skipped"]["robots"] == 2  # /private/drafts/ and /private/fault-report/
    assert crawl.report["stats"]["robotstxt/forbidden"] == 2


def test_calendar_trap_is_bounded_by_depth(crawl: FaultCrawl) -> None:
    calendar = [e for e in crawl.log if e["path"].startswith("/calendar/")]
    assert 1 <= len(calendar) <= 2 * MAX_DEPTH  # one month, then +-1 per hop left


def test_calendar_trap_is_bounded_by_page_budget(tmp_path: Path) -> None:
    """With a depth that would walk centuries of months, the page budget stops it."""
    with DemoSites(styles=("wordpress",), start_date=START, days=1, per_day=1) as demo:
        config = demo.config()
        config["sites"][0].update(max_depth=20, max_articles=25)
        path = tmp_path / "sites.yaml"
        path.write_text(yaml.safe_dump(config, sort_keys=False))
        result = run_cli(
            ["crawl", "--config", str(path), "--archive", str(tmp_path / "a")], tmp_path
        )
        assert result.code == 0, result.stderr[-3000:]
        report = result.reports[0]
        log = _stable_log(demo, "wordpress")
    calendar = [e for e in log if e["path"].startswith("/calendar/")]
    assert calendar and len(calendar) <= 25
    assert report["skipped"]["budget"] > 0
    assert report["stats"]["finish_reason"] == "finished"
    assert len(archived(str(tmp_path / "a"))) == 1  # the one real article still got in
