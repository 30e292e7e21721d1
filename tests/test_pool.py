"""Extraction in worker processes: the same records as in-process, and a dead worker loses no page."""

from __future__ import annotations

import os
import signal
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from newsarchive.demo import DemoSites
from tests.crawl_helpers import archived, run_cli

START = date(2026, 11, 18)
VARYING = ("fetched_at", "run_id", "raw", "discovered_via")  # timing: when, where, found first by


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with DemoSites(start_date=START, days=2, per_day=4, seed=5) as sites:
        sites.config_path = sites.write_config(tmp_path_factory.mktemp("cfg") / "sites.yaml")
        yield sites


def _crawl(demo: Any, tmp: Path, workers: str) -> tuple[dict[str, dict[str, Any]], list[Any]]:
    uri = str(tmp / "archive")
    args = ["crawl", "--config", str(demo.config_path), "--archive", uri]
    args += ["--since", START.isoformat(), "--until", "2026-11-19"]
    result = run_cli(args, tmp, env={"NEWSARCHIVE_EXTRACT_WORKERS": workers})
    assert result.code == 0, result.stderr[-3000:]
    records = {
        r.canonical_url: {k: v for k, v in asdict(r).items() if k not in VARYING}
        for r in archived(uri).values()
    }
    return records, result.reports


def _outcomes(reports: list[Any]) -> list[tuple[str, int, int]]:
    return sorted((r["site"], r["articles_archived"], r["pages_fetched"]) for r in reports)


@pytest.fixture(scope="module")
def inline_crawl(demo: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The crawl with extraction in the crawl process itself."""
    return _crawl(demo, tmp_path_factory.mktemp("inline"), "0")


def test_pool_crawl_archives_the_same_records_as_in_process(
    demo: Any, inline_crawl: Any, tmp_path: Path
) -> None:
    inline, inline_reports = inline_crawl
    pooled, pooled_reports = _crawl(demo, tmp_path, "2")
    assert len(inline) >= 0.9 * len(demo.expected_articles())  # syndicated copies are aliases
    assert sorted(pooled) == sorted(inline)
    for url, record in inline.items():
        assert pooled[url] == record, url
    assert _outcomes(pooled_reports) == _outcomes(inline_reports)


def test_a_killed_worker_loses_no_page(demo: Any, inline_crawl: Any, tmp_path: Path) -> None:
    """Workers are killed (SIGKILL, as the OOM killer does) while the crawl runs: every article
    is still archived, and the crawl ends."""
    import threading

    import psutil

    stop = threading.Event()
    killed: list[int] = []

    def killer() -> None:
        me = psutil.Process()
        while not stop.wait(0.3):
            for child in me.children(recursive=True):
                try:
                    # a pool worker: the forkserver's child (python -m newsarchive's grandchild)
                    if child.ppid() != me.pid and child.parent().parent().pid != me.pid:
                        os.kill(child.pid, signal.SIGKILL)
                        killed.append(child.pid)
                        return
                except (psutil.Error, AttributeError, ProcessLookupError):
                    continue

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    try:
        records, reports = _crawl(demo, tmp_path, "2")
    finally:
        stop.set()
        thread.join()
    assert killed, "no worker was seen to kill"
    assert sorted(records) == sorted(inline_crawl[0])
    assert sum(r["articles_archived"] for r in reports) == len(records)


def test_workers_exit_when_the_crawl_process_is_killed(demo: Any, tmp_path: Path) -> None:
    """A SIGKILLed crawl leaves no extraction worker, forkserver or resource tracker behind."""
    import subprocess
    import sys
    import time

    import psutil

    env = {**os.environ, "NEWSARCHIVE_SPOOL": str(tmp_path / "spool")}
    env["NEWSARCHIVE_EXTRACT_WORKERS"] = "2"
    cmd = [sys.executable, "-m", "newsarchive", "crawl", "--config", str(demo.config_path)]
    cmd += ["--archive", str(tmp_path / "archive"), "--since", START.isoformat()]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    crawl = psutil.Process(proc.pid)
    family: list[psutil.Process] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        family = crawl.children(recursive=True)
        if sum("forkserver" in " ".join(p.cmdline()) for p in family) >= 3:  # server + workers
            break
        time.sleep(0.2)
    assert proc.poll() is None, "the crawl ended before its workers were seen"
    proc.kill()
    proc.wait()
    _gone, alive = psutil.wait_procs(family, timeout=15)
    assert not alive, f"left behind: {[p.cmdline()[-1][:60] for p in alive]}"
