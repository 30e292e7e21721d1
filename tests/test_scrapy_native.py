"""`scrapy crawl news -a site=NAME` works in the project: same spider, pipelines and report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from newsarchive.archive import keys
from newsarchive.demo import DemoSites
from tests.crawl_helpers import archived

ROOT = Path(__file__).resolve().parents[1]


def _scrapy(args: list[str], tmp: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEWSARCHIVE_SPOOL": str(tmp / "spool")}
    env.pop("SCRAPY_SETTINGS_MODULE", None)  # scrapy.cfg in the project root names it
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )


def test_scrapy_crawl_news_archives_a_window(tmp_path: Path) -> None:
    assert _scrapy(["list"], tmp_path).stdout.split() == ["news"]
    archive = tmp_path / "archive"
    with DemoSites(styles=("wordpress",), start_date=date(2026, 11, 17), days=3, per_day=2) as demo:
        config = demo.write_config(tmp_path / "sites.yaml")
        (site,) = [s["name"] for s in demo.config()["sites"]]
        proc = _scrapy(
            [
                "crawl",
                "news",
                "-a",
                f"site={site}",
                "-a",
                "since=2026-11-18",
                "-a",
                "until=2026-11-18",
                "-s",
                f"NEWSARCHIVE_CONFIG={config}",
                "-s",
                f"NEWSARCHIVE_ARCHIVE={archive}",
            ],
            tmp_path,
        )
    assert proc.returncode == 0, proc.stderr[-3000:]
    records = archived(str(archive))
    assert len(records) == 2 and {r.date for r in records.values()} == {"2026-11-18"}
    (report_path,) = archive.glob(f"runs/site={site}/window=2026-11-18_2026-11-18/report.json")
    report = json.loads(report_path.read_text())
    assert report["status"] == "ok" and report["articles_archived"] == 2
    assert report["stats"]["finish_reason"] == "finished"
    assert (archive / keys.state_base_key(site)).is_file()


def test_no_callback_is_a_generator_returning_a_value() -> None:
    """The project turns Scrapy's per-response check off (WARN_ON_GENERATOR_RETURN_VALUE):
    the same check, once, on every callback the spider hands Scrapy."""
    from scrapy.utils.misc import is_generator_with_return_value

    from spiders.news import NewsSpider

    callbacks = [getattr(NewsSpider, n) for n in dir(NewsSpider) if n.startswith(("parse", "on_"))]
    assert {c.__name__ for c in callbacks} >= {"parse_page", "parse_feed", "parse_sitemap"}
    assert not [c.__name__ for c in callbacks if is_generator_with_return_value(c)]
