"""A local spool that refuses writes (disk full, file size limit) ends the run failed, never ok."""

from __future__ import annotations

import resource
import signal
from datetime import date
from pathlib import Path

from newsarchive.archive.report import EXIT_FAILED
from newsarchive.demo import DemoSites
from tests.crawl_helpers import archived, run_cli

SPOOL_LIMIT = 40_000  # bytes any file of the crawl process may reach: the WARC part passes it


def _refuse_big_files() -> None:
    """In the child: writes past SPOOL_LIMIT fail with an OSError (EFBIG), as on a full disk."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (SPOOL_LIMIT, SPOOL_LIMIT))


def test_spool_write_failure_fails_the_run_and_keeps_nothing_as_known(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    env = {"NEWSARCHIVE_PART_RECORDS": "1000", "NEWSARCHIVE_UPLOAD_WAIT": "1"}
    with DemoSites(styles=("wordpress",), start_date=date(2026, 11, 17), days=3, per_day=3) as demo:
        config = demo.write_config(tmp_path / "sites.yaml")
        args = ["crawl", "--config", str(config), "--archive", str(archive)]
        full = run_cli(args, tmp_path, env=env, preexec_fn=_refuse_big_files)
        assert full.code == EXIT_FAILED, full.stderr[-3000:]
        (report,) = full.reports
        assert report["status"] == "failed"
        assert "local spool not writable" in report["message"]
        assert "spool not writable" in full.stderr and "Traceback" not in full.stderr
        assert not archived(str(archive))
        assert not list(archive.glob("state/**/*.gz")), "a state would call lost pages known"

        again = run_cli(args, tmp_path, env=env)  # room again: the same run archives them all
        assert again.code == 0, again.stderr[-3000:]
        assert len(archived(str(archive))) == len(demo.expected_articles())
