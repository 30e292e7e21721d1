"""Real crawls of the bundled news sites over loopback HTTP, into a local folder and into S3."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from newsarchive.archive.keys import parse_partition
from newsarchive.archive.storage import open_storage
from newsarchive.archive.warc import read_response
from newsarchive.demo import DemoSites
from tests.crawl_helpers import archived, path_of, run_cli

START = date(2026, 11, 18)
# Phrases no archived text may contain, whatever the site: comment forms, captchas, prompts.
NEVER = (
    "Leave a Reply",
    "Your email address will not be published",
    "Post a Comment",
    "Previous Post Next Post",
    "Join our Weekly Newsletter",
    "follow us on Twitter",
    "Related Items",
    "ADVERTISEMENT",
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with DemoSites(start_date=START, days=3, per_day=3, seed=11) as sites:
        sites.config_path = sites.write_config(tmp_path_factory.mktemp("cfg") / "sites.yaml")
        yield sites


def _check_archive(uri: str, demo: Any) -> dict[str, Any]:
    records = archived(uri)
    by_path = {(r.site, path_of(r.canonical_url)): r for r in records.values()}
    expected = {(e["site"], path_of(e["url"])): e for e in demo.expected_articles()}
    assert sorted(by_path) == sorted(expected), "archived articles differ from the site's articles"
    assert len(by_path) == len(records), "an article was archived twice"
    non_articles = {path_of(u) for u in demo.non_articles()}
    assert not non_articles & {p for _, p in by_path}
    for key, e in expected.items():
        r = by_path[key]
        assert r.title == e["title"], key
        assert r.date == e["date"], key
        assert e["text_sample"] in r.text, key
        for phrase in (*NEVER, *e["boilerplate"]):
            assert phrase not in r.text, (key, phrase)
    return by_path


@pytest.mark.s3
def test_crawl_archives_articles_once_with_raw_pages(
    demo: Any, archive_uri: str, tmp_path: Path
) -> None:
    for name in demo.urls:
        demo.reset_requests(name)
    first = run_cli(
        ["crawl", "--config", str(demo.config_path), "--archive", archive_uri], tmp_path
    )
    assert first.code == 0, first.stderr[-3000:]
    by_path = _check_archive(archive_uri, demo)
    reports = {r["site"]: r for r in first.reports}
    assert sum(r["articles_archived"] for r in reports.values()) == len(by_path)

    store = open_storage(archive_uri)
    for (site, _path), record in by_path.items():
        key_parts = parse_partition(
            next(k for k in store.list(f"articles/site={site}/") if record.article_id in k)
        )
        assert key_parts == {"site": site, "date": record.date}
        raw = read_response(store, record.raw)
        assert raw.digest_ok and raw.status == 200
        assert path_of(raw.url) == path_of(record.url)
    # every run leaves its report where the key module says
    assert all(any(store.list(f"runs/site={s}/")) for s in reports)

    # syndication: the same text on two sites is kept on both, linked by its hash
    shared = [e for e in demo.expected_articles() if e["syndicated"]]
    hashes = Counter(by_path[(e["site"], path_of(e["url"]))].content_sha256 for e in shared)
    assert len(shared) >= 2 and len(hashes) == 1

    # a second crawl of the unchanged sites downloads no article again and archives nothing
    for name in demo.urls:
        demo.reset_requests(name)
    second = run_cli(
        ["crawl", "--config", str(demo.config_path), "--archive", archive_uri], tmp_path
    )
    assert second.code == 0, second.stderr[-3000:]
    assert archived(archive_uri).keys() == {k for k in archived(archive_uri)}
    assert len(archived(archive_uri)) == len(by_path)
    assert sum(r["articles_archived"] + r["articles_updated"] for r in second.reports) == 0
    article_paths = {p for _, p in by_path}
    conditional = 0
    for name in demo.urls:
        log = demo.requests(name)
        fetched_again = {e["path"] for e in log if e["status"] == 200} & article_paths
        assert not fetched_again, f"{name} re-downloaded {sorted(fetched_again)[:3]}"
        conditional += sum(1 for e in log if e["status"] == 304)
    assert conditional > 0, "feeds and listings were not fetched conditionally"


def test_window_keeps_only_its_days(demo: Any, tmp_path: Path) -> None:
    uri = str(tmp_path / "archive")
    day = "2026-11-19"
    result = run_cli(
        [
            "crawl",
            "--config",
            str(demo.config_path),
            "--archive",
            uri,
            "--since",
            day,
            "--until",
            day,
        ],
        tmp_path,
    )
    assert result.code == 0, result.stderr[-3000:]
    records = archived(uri).values()
    want = {(e["site"], path_of(e["url"])) for e in demo.expected_articles() if e["date"] == day}
    assert {(r.site, path_of(r.canonical_url)) for r in records} == want
    for report in result.reports:
        assert report["since"] == day and report["until"] == day
        assert report["skipped"].get("out_of_window", 0) > 0
        assert set(report["days"]) >= {day}
    store = open_storage(uri)
    assert any(k.endswith(f"window={day}_{day}/report.json") for k in store.list("runs/"))


def test_one_site_by_name(demo: Any, tmp_path: Path) -> None:
    uri = str(tmp_path / "archive")
    result = run_cli(
        ["crawl", "--site", "demo-blogger", "--config", str(demo.config_path), "--archive", uri],
        tmp_path,
    )
    assert result.code == 0, result.stderr[-3000:]
    assert {r.site for r in archived(uri).values()} == {"demo-blogger"}


def test_bad_input_gives_clear_errors(demo: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("sites:\n  - name: x\n    url: http://127.0.0.1:9/\n    max_depht: 2\n")
    result = run_cli(["crawl", "--config", str(bad), "--archive", str(tmp_path / "a")], tmp_path)
    assert result.code == 2 and "max_depht" in result.stderr and "unknown key" in result.stderr

    result = run_cli(
        [
            "crawl",
            "--site",
            "nope",
            "--config",
            str(demo.config_path),
            "--archive",
            str(tmp_path / "a"),
        ],
        tmp_path,
    )
    assert result.code == 2 and "unknown site 'nope'" in result.stderr

    afile = tmp_path / "not-a-folder"
    afile.write_text("x")
    result = run_cli(
        ["crawl", "--config", str(demo.config_path), "--archive", str(afile)], tmp_path
    )
    assert result.code == 2 and "not a folder" in result.stderr

    result = run_cli(
        [
            "crawl",
            "--config",
            str(demo.config_path),
            "--since",
            "2026-11-20",
            "--until",
            "2026-11-19",
        ],
        tmp_path,
    )
    assert result.code == 2 and "after" in result.stderr

    down = tmp_path / "down.yaml"
    down.write_text(
        "sites:\n  - name: gone\n    url: http://127.0.0.1:9/\n"
        "    allow_private_network: true\n    retries: 0\n    timeout: 3\n"
    )
    result = run_cli(["crawl", "--config", str(down), "--archive", str(tmp_path / "a")], tmp_path)
    assert result.code == 1
    assert "gone unreachable" in result.stderr
    assert result.reports[0]["status"] == "failed"


def test_private_addresses_need_permission(demo: Any, tmp_path: Path) -> None:
    cfg = tmp_path / "strict.yaml"
    url = demo.urls["wordpress"]
    cfg.write_text(f"sites:\n  - name: strict\n    url: {url}\n    retries: 0\n")
    result = run_cli(["crawl", "--config", str(cfg), "--archive", str(tmp_path / "a")], tmp_path)
    assert result.code == 1
    report = result.reports[0]
    assert report["pages_fetched"] == 0
    assert report["skipped"].get("unsafe_url", 0) >= 1
    assert not demo.requests("wordpress") or all(
        e["path"] != "/" or e["time"] < report["started_at"] for e in demo.requests("wordpress")
    )


def test_consecutive_windows_lose_nothing_at_day_boundaries(tmp_path: Path) -> None:
    """Daily runs with a day of lookback: the run for D sees D+1's articles and skips them;
    the run for D+1 must still archive them (no 304 may stand in for an article)."""
    uri = str(tmp_path / "archive")
    with DemoSites(styles=("wordpress",), start_date=START, days=4, per_day=3, seed=5) as demo:
        config = demo.write_config(tmp_path / "sites.yaml")
        expected = {path_of(e["url"]): e["date"] for e in demo.expected_articles()}
        days = sorted(set(expected.values()))
        for prev, day in itertools.pairwise(days):
            result = run_cli(
                [
                    "crawl",
                    "--config",
                    str(config),
                    "--archive",
                    uri,
                    "--since",
                    prev,
                    "--until",
                    day,
                ],
                tmp_path,
            )
            assert result.code == 0, result.stderr[-2000:]
    got = {path_of(r.canonical_url): r.date for r in archived(uri).values()}
    assert got == expected
