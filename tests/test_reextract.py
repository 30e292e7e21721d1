"""Re-extraction from WARC rebuilds the records a crawl wrote, with the site gone."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

from newsarchive.demo import DemoSites
from newsarchive.extraction.fingerprint import content_sha256
from newsarchive.schema import ArticleRecord
from tests.crawl_helpers import archived, run_cli


def test_reextract_rebuilds_records_without_fetching(tmp_path: Path) -> None:
    uri = str(tmp_path / "archive")
    with DemoSites(
        styles=("wordpress", "legacy"), start_date=date(2026, 11, 18), days=2, per_day=2
    ) as demo:
        config = demo.write_config(tmp_path / "sites.yaml")
        crawl = run_cli(["crawl", "--config", str(config), "--archive", uri], tmp_path)
        assert crawl.code == 0, crawl.stderr[-2000:]
    # the sites are gone now: nothing can be fetched
    before = archived(uri)
    assert len(before) == 8

    # an old extraction left a worse text in one record, and another record was lost
    damaged_key, damaged = next(iter(before.items()))
    worse_text = damaged.text + "\nPost a Comment"
    worse = ArticleRecord.from_dict(
        {**damaged.to_dict(), "text": worse_text, "content_sha256": content_sha256(worse_text)}
    )
    (tmp_path / "archive" / damaged_key).write_text(worse.to_json())
    lost_key = list(before)[1]
    (tmp_path / "archive" / lost_key).unlink()
    shutil.rmtree(tmp_path / "archive" / "state")

    result = run_cli(["reextract", "--config", str(config), "--archive", uri], tmp_path)
    assert result.code == 0, result.stderr[-2000:]
    after = archived(uri)
    assert after.keys() == before.keys()
    for key, record in after.items():
        assert record.text == before[key].text
        assert record.article_id == before[key].article_id
        assert record.raw == before[key].raw
    assert "Post a Comment" not in after[damaged_key].text


def _report(root: Path, name: str) -> dict:
    (path,) = root.glob(f"runs/site=*/**/{name}")
    return json.loads(path.read_text())


COUNTS = ("articles_archived", "empty_text", "missing_title", "missing_date")
DECIDED = ("not_article", "not_html", "empty_text", "out_of_window")


def test_reextract_of_a_crawl_gives_its_records_and_counts(tmp_path: Path) -> None:
    crawled, rebuilt = tmp_path / "crawled", tmp_path / "rebuilt"
    since, until = "2026-11-18", "2026-11-19"
    with DemoSites(styles=("jsonld",), start_date=date(2026, 11, 17), days=4, per_day=2) as demo:
        config = demo.write_config(tmp_path / "sites.yaml")
        window = ["--since", since, "--until", until]
        crawl = run_cli(
            ["crawl", "--config", str(config), "--archive", str(crawled), *window], tmp_path
        )
        assert crawl.code == 0, crawl.stderr[-2000:]
    # only the raw pages survive, in a fresh archive: rebuild everything from them
    shutil.copytree(crawled / "raw", rebuilt / "raw")
    result = run_cli(
        ["reextract", "--config", str(config), "--archive", str(rebuilt), *window], tmp_path
    )
    assert result.code == 0, result.stderr[-2000:]

    def plain(records: dict[str, ArticleRecord]) -> dict[str, dict]:
        return {k: {**r.to_dict(), "run_id": None} for k, r in records.items()}

    before, after = plain(archived(str(crawled))), plain(archived(str(rebuilt)))
    assert len(before) == 4 and after == before  # same keys, texts, days, sources, raw pointers

    crawl_report = _report(crawled, "report.json")
    re_report = _report(rebuilt, "reextract.json")  # its own key: never read as crawl history
    assert not list(rebuilt.glob("runs/**/report.json"))
    assert re_report["kind"] == "reextract" and crawl_report["kind"] == "crawl"
    for name in COUNTS:
        assert re_report[name] == crawl_report[name], name
    for reason in DECIDED:
        assert re_report["skipped"].get(reason, 0) == crawl_report["skipped"].get(reason, 0), reason
    assert crawl_report["skipped"].get("not_article", 0) > 0  # the comparison is not vacuous
