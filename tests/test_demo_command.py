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


CRAWL_THEN_READ = """
import sys
from newsarchive.config import load_config
from newsarchive.crawl import run_crawl
from newsarchive.demo import DemoSites
from newsarchive.read.query import open_archive
from newsarchive.settings import Settings

archive = sys.argv[1]
with DemoSites(styles=("wordpress",), days=1, per_day=2) as sites:  # the exit is tested
    cfg = load_config(sites.write_config(sys.argv[2]))
    run_crawl(cfg, cfg.sites, Settings.from_env(archive_uri=archive, log_level="ERROR"))
next(iter(open_archive(archive).articles()))  # read one article, then exit at once
"""


def test_crawl_then_read_in_one_process_exits_cleanly(tmp_path: Path) -> None:
    """`demo` crawls and reads in one process; that once aborted at exit about every other
    run (pyarrow released a Python-owned buffer from a worker thread during shutdown)."""
    script = tmp_path / "crawl_then_read.py"
    script.write_text(CRAWL_THEN_READ)
    env = {**__import__("os").environ, "NEWSARCHIVE_SPOOL": str(tmp_path / "spool")}
    codes = []
    for _ in range(6):
        proc = subprocess.run(
            [sys.executable, str(script), str(tmp_path / "a"), str(tmp_path / "sites.yaml")],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        codes.append((proc.returncode, proc.stderr[-200:]))
    assert all(code == 0 for code, _ in codes), codes
