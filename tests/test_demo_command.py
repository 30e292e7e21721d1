"""The README's first command: `newsarchive demo` serves, crawls and shows archived articles."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.crawl_helpers import archived


def test_demo_archives_articles_from_every_bundled_site(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsarchive",
            "demo",
            "--archive",
            str(archive),
            "--days",
            "2",
            "--per-day",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env={
            **__import__("os").environ,
            "NEWSARCHIVE_SPOOL": str(tmp_path / "spool"),
            "COLUMNS": "160",
        },
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    records = archived(str(archive))
    sites = {r.site for r in records.values()}
    assert sites == {"demo-wordpress", "demo-blogger", "demo-jsonld", "demo-legacy"}
    assert "crawl report" in proc.stdout
    shown = [r.title for r in records.values() if r.title and r.title in proc.stdout]
    assert shown, "the demo should print archived articles"
