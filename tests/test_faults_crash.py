"""Crash: the crawl process is SIGKILLed midway; the rerun of the same window completes it once."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from newsarchive.archive.report import EXIT_INTERRUPTED
from newsarchive.archive.storage import open_storage
from newsarchive.archive.verify import verify_archive
from newsarchive.demo import DemoSites
from tests.crawl_helpers import archived
from tests.fault_helpers import (
    Crawl,
    assert_nothing_lost,
    count_keys,
    fault_row,
    losses,
    wait_for,
    write_config,
)

START = date(2026, 10, 1)
DAYS = 8


@pytest.fixture(scope="module")
def demo() -> Iterator[Any]:
    with DemoSites(styles=("wordpress",), start_date=START, days=DAYS, per_day=5, seed=9) as sites:
        yield sites


def _temp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob(".tmp-*") if p.is_file()]


def _open_part(spool: Path) -> bool:
    """Whether the running crawl's spool holds an open WARC part (a folder the crawl removes
    while it is being listed is no error)."""
    try:
        return any(spool.rglob("*.part"))
    except FileNotFoundError:
        return False


def test_sigkill_midway_then_rerun_archives_every_article_once(
    demo: Any, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    root = tmp_path / "archive"
    uri = str(root)
    store = open_storage(uri)
    since, until = START.isoformat(), (START + timedelta(days=DAYS - 1)).isoformat()
    cfg = write_config(tmp_path / "sites.yaml", demo.config(), download_delay=0.1)
    args = ["--config", str(cfg), "--archive", uri, "--since", since, "--until", until]
    state = tmp_path / "user-state"
    env = {
        "NEWSARCHIVE_SPOOL": str(tmp_path / "spool"),
        "NEWSARCHIVE_PART_RECORDS": "5",
        "XDG_STATE_HOME": str(state),
    }

    killed = Crawl(args, tmp_path, env, "killed")
    wait_for(lambda: count_keys(store, "articles/") >= 3, 60, "three uploaded records")
    # and a WARC part is open: its pages were fetched but are not sealed into a batch yet
    wait_for(lambda: _open_part(tmp_path / "spool"), 30, "an open WARC part")
    os.kill(killed.proc.pid, signal.SIGKILL)
    assert killed.wait() == -signal.SIGKILL
    assert not killed.reports, "a killed run cannot have written its report"
    assert any((tmp_path / "spool").rglob("*.part"))
    # no remote-control server ran in the crawl, so the kill left no token file behind
    assert not list(state.rglob("*")), sorted(state.rglob("*"))

    # what a reader sees right after the crash: whole objects only, every pointer resolves
    before = archived(uri)
    expected = len(demo.expected_articles())
    assert 0 < len(before) < expected, "the kill did not land midway"
    listed = list(store.list(""))
    assert not [k for k in listed if ".tmp-" in k]
    mid = verify_archive(store, deep=True)
    assert mid.ok, [f"{p.kind} {p.key} {p.detail}" for p in mid.problems[:5]]
    state = [k for k in listed if k.startswith("state/") and not k.endswith("/crawl.lock")]
    assert not state, "a crashed run saved its state"  # (its lease stays: a dead pid's, taken over)
    spool = list((tmp_path / "spool").rglob("*"))
    batches = [p for p in spool if p.name == "manifest.json"]
    unsealed = [p for p in spool if p.name.endswith((".part", ".staging"))]
    spooled = sum(len(json.loads(b.read_text())) for b in batches)

    rerun = Crawl(args, tmp_path, env, "rerun")
    assert rerun.wait() == 0, rerun.stderr[-3000:]
    (report,) = rerun.reports
    assert report["status"] == "ok"
    assert report["recovered_from_spool"] == spooled
    found = losses(uri, demo)
    assert_nothing_lost(found)
    after = archived(uri)
    # records the killed run uploaded were kept as they were: same key, still pointing at its WARC
    kept = [k for k, r in before.items() if after[k].raw == r.raw]
    temp_on_disk = _temp_files(root)
    assert not [k for k in store.list("") if ".tmp-" in k]
    assert store.exists(f"runs/site={report['site']}/window={since}_{until}/report.json")
    assert not [
        p for p in (tmp_path / "spool").rglob("*") if p.name.endswith((".part", ".staging"))
    ]
    fault_row(
        request,
        "SIGKILL mid-crawl",
        f"crawl killed after {len(before)} of {expected} records were uploaded, leaving "
        f"{len(batches)} sealed batches and {len(unsealed)} unsealed files in the spool; "
        f"verify right after the kill: {mid.records} records, 0 problems; rerun of the same "
        f"window exit 0: {report['recovered_from_spool']} spooled objects uploaded first, "
        f"{report['articles_archived']} archived, "
        f"{report['skipped'].get('known', 0)} known ({len(kept)} records of the killed run kept); "
        f"{len(temp_on_disk)} .tmp- files on disk, 0 listed",
        f"nothing ({len(found['missing'])} missing, {len(found['twice'])} twice, "
        f"{len(found['verify_problems'])} verify problems)",
    )


def test_sigterm_midway_ends_interrupted_then_rerun_completes(demo: Any, tmp_path: Path) -> None:
    root = tmp_path / "archive"
    uri = str(root)
    store = open_storage(uri)
    since, until = START.isoformat(), (START + timedelta(days=DAYS - 1)).isoformat()
    cfg = write_config(tmp_path / "sites.yaml", demo.config(), download_delay=0.1)
    args = ["--config", str(cfg), "--archive", uri, "--since", since, "--until", until]
    env = {"NEWSARCHIVE_SPOOL": str(tmp_path / "spool"), "NEWSARCHIVE_PART_RECORDS": "5"}

    stopped = Crawl(args, tmp_path, env, "stopped")
    wait_for(lambda: count_keys(store, "articles/") >= 3, 60, "three uploaded records")
    os.kill(stopped.proc.pid, signal.SIGTERM)
    assert stopped.wait() == EXIT_INTERRUPTED, stopped.stderr[-3000:]
    (report,) = stopped.reports
    assert report["status"] == "interrupted" and report["stats"]["finish_reason"] == "shutdown"
    assert "stopped before its end" in report["message"]
    stored = json.loads(
        store.get_bytes(f"runs/site={report['site']}/window={since}_{until}/report.json")
    )
    assert stored["status"] == "interrupted"
    # what it fetched was sealed and uploaded, its state saved: nothing waits in the spool
    assert not [p for p in (tmp_path / "spool").rglob("*") if p.name == "manifest.json"]
    assert any(k.startswith("state/") for k in store.list(""))
    kept = len(archived(uri))
    assert 0 < kept < len(demo.expected_articles()), "the SIGTERM did not land midway"

    rerun = Crawl(args, tmp_path, env, "rerun")
    assert rerun.wait() == 0, rerun.stderr[-3000:]
    (again,) = rerun.reports
    assert again["status"] == "ok"
    assert_nothing_lost(losses(uri, demo))
