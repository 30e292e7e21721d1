"""`newsarchive crawl --since` before a site's `earliest` is refused naming site and date."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.crawl_helpers import run_cli


def test_crawl_since_before_earliest_exits_2_naming_site_and_date(tmp_path: Path) -> None:
    config = tmp_path / "sites.yaml"
    site = {"name": "old-news", "url": "http://127.0.0.1:9/", "earliest": "2017-03-01"}
    config.write_text(yaml.safe_dump({"sites": [site]}))
    archive = tmp_path / "archive"
    args = ["crawl", "--config", str(config), "--archive", str(archive), "--until", "2017-03-05"]
    result = run_cli([*args, "--since", "2017-02-27"], tmp_path)
    assert result.code == 2, result.stderr[-2000:]
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "old-news" in lines[0] and "2017-02-27" in lines[0], lines
    assert "2017-03-01" in lines[0] and "Traceback" not in result.stderr
    assert not (archive / "runs").exists()
