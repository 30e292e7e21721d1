"""The per-day account of a crawl: what dated sources offered, what was archived or missed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import yaml

from newsarchive.demo import DemoSites
from tests.crawl_helpers import path_of, run_cli

START = date(2026, 3, 2)
WINDOW = ["--since", "2026-03-03", "--until", "2026-03-04"]


def _crawl(tmp: Path, demo: DemoSites, root: Path, **site: object) -> dict:
    config = demo.config()
    config["sites"][0].update(site)
    path = tmp / f"sites-{len(list(tmp.glob('sites-*')))}.yaml"
    path.write_text(yaml.safe_dump(config))
    result = run_cli(["crawl", "--config", str(path), "--archive", str(root), *WINDOW], tmp)
    assert result.code == 0, result.stderr[-3000:]
    (report,) = result.reports
    return report


def test_a_crawl_accounts_for_every_day_of_its_window(tmp_path: Path) -> None:
    with DemoSites(styles=("wordpress",), start_date=START, days=4, per_day=3, seed=5) as demo:
        days = {"2026-03-03", "2026-03-04"}
        articles = demo.expected_articles()
        expected = {path_of(a["url"]) for a in articles if a["date"] in days}
        # a URL's own date is the site's local day, which may be the UTC day before or after
        dated = {
            path_of(a["url"])
            for a in articles
            if any(d.replace("-", "/") in a["url"] for d in days)
        }
        full = _crawl(tmp_path, demo, tmp_path / "full")
        starved = _crawl(tmp_path, demo, tmp_path / "starved", max_articles=3)
    rows = {row["day"]: row for row in full["coverage"]}
    assert sorted(rows) == sorted(days)
    assert sum(r["archived"] for r in rows.values()) == len(expected) == full["articles_archived"]
    assert all(r["expected"] >= r["archived"] > 0 and r["missing"] == [] for r in rows.values())
    assert all(r["missing_cap"] > 0 for r in rows.values())  # the cap is stated

    # a budget too small for the window: what was not fetched is listed as missing, per day
    rows = {row["day"]: row for row in starved["coverage"]}
    missing = {path_of(u) for r in rows.values() for u in r["missing"]}
    assert missing and missing <= expected | dated
    assert all(r["missing_count"] == len(r["missing"]) for r in rows.values())
    assert len(missing) == sum(r["missing_count"] for r in rows.values())

    # `coverage --json` reads it back from the stored reports
    shown = run_cli(
        [
            "coverage",
            "--site",
            "demo-wordpress",
            *WINDOW,
            "--json",
            "--archive",
            str(tmp_path / "starved"),
        ],
        tmp_path,
    )
    assert shown.code == 0, shown.stderr
    listed = json.loads(shown.stdout)
    assert [r["day"] for r in listed] == sorted(days)
    assert {path_of(u) for r in listed for u in r["missing"]} == missing
    assert all({"day", "expected", "archived", "missing"} <= set(r) for r in listed)
    stats = run_cli(["stats", "--archive", str(tmp_path / "starved")], tmp_path)
    assert stats.code == 0, stats.stderr
    assert "exp" in stats.stdout and "miss" in stats.stdout, stats.stdout


def test_the_task_log_day_table_shows_expected_and_missing() -> None:
    from newsarchive.airflow.runs import day_table

    report = {
        "days": {"2026-03-03": {"discovered": 4, "archived": 3, "skipped": {"not_article": 1}}},
        "coverage": [
            {"day": "2026-03-03", "expected": 5, "missing": ["u"], "missing_count": 2},
            {"day": "2026-03-04", "expected": 2, "missing": ["v", "w"]},
        ],
    }
    head, first, second = day_table(report)
    assert head.split()[-2:] == ["expected", "missing"]
    assert first.split()[:1] + first.split()[6:8] == ["2026-03-03", "5", "2"]
    assert second.split()[:1] + second.split()[6:8] == ["2026-03-04", "2", "2"]
