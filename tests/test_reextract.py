"""Re-extraction from WARC rebuilds the records a crawl wrote, with the site gone."""

from __future__ import annotations

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
