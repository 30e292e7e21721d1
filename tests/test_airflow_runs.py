"""The crawl subprocess as Airflow runs it: timeout and kill, report read-back, history, window."""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from newsarchive.airflow.runs import CrawlProcess, load_history, site_config_yaml
from newsarchive.archive.storage import open_storage
from newsarchive.config import SiteConfig, load_config

SITE = SiteConfig(name="demo-site", url="http://127.0.0.1:9/")


class ScriptedCrawl(CrawlProcess):
    """CrawlProcess whose child is a small Python script instead of the real crawl."""

    script = ""

    def command(self, config: Path, report: Path) -> list[str]:
        return [sys.executable, "-c", self.script, str(config), str(report)]


def crawl(script: str, timeout_s: float = 30) -> ScriptedCrawl:
    proc = ScriptedCrawl(
        SITE, date(2026, 1, 9), date(2026, 1, 10), archive=None, timeout_s=timeout_s, env={}
    )
    proc.script = script
    return proc


def test_report_is_read_back_from_the_list_the_cli_writes() -> None:
    script = (
        "import json, sys, os; "
        "print('spool', os.environ['NEWSARCHIVE_SPOOL']); "
        "print('config', open(sys.argv[1]).read().count('demo-site')); "
        "json.dump([{'site': 'other'}, {'site': 'demo-site', 'status': 'ok'}], "
        "open(sys.argv[2], 'w'))"
    )
    result = crawl(script).run()
    assert result.returncode == 0 and not result.timed_out
    assert result.report == {"site": "demo-site", "status": "ok"}
    assert "config 1" in result.tail
    spool = next(line for line in result.tail if line.startswith("spool"))
    assert not Path(spool.split()[1]).exists(), "the spool must not outlive the task"


def test_timeout_kills_the_crawl_and_its_children() -> None:
    script = (
        "import subprocess, sys, time; "
        "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']); "
        "print(child.pid, flush=True); time.sleep(60)"
    )
    started = time.monotonic()
    result = crawl(script, timeout_s=2).run()
    assert result.timed_out and time.monotonic() - started < 30
    child = int(result.tail[0])
    time.sleep(0.5)
    assert not Path(f"/proc/{child}").exists() or "Z" in _state(child)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"


def test_failed_crawl_without_report() -> None:
    result = crawl("import sys; print('boom'); sys.exit(1)").run()
    assert result.returncode == 1 and result.report is None and result.tail == ["boom"]


def test_one_site_config_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "site.yaml"
    path.write_text(site_config_yaml(SITE, "https://example.org/contact", None))
    config = load_config(path)
    assert config.sites == [SITE] and config.contact == "https://example.org/contact"


def _report(until: str, archived: int) -> dict[str, Any]:
    return {"site": "demo-site", "since": until, "until": until, "articles_archived": archived}


def test_history_is_earlier_windows_newest_first(tmp_path: Path) -> None:
    storage = open_storage(str(tmp_path / "archive"))
    for day, n in (("2026-01-07", 7), ("2026-01-08", 8), ("2026-01-09", 9), ("2026-01-10", 10)):
        key = f"runs/site=demo-site/window={day}_{day}/report.json"
        storage.put_bytes(key, json.dumps(_report(day, n)).encode())
    storage.put_bytes("runs/site=demo-site/adhoc/20260101T000000Z-abcdef.json", b"{}")
    history = load_history(storage, "demo-site", "2026-01-10", limit=2)
    assert [h["articles_archived"] for h in history] == [9, 8]


@pytest.mark.parametrize("limit", [0, 10])
def test_history_limit(tmp_path: Path, limit: int) -> None:
    storage = open_storage(str(tmp_path / "archive"))
    storage.put_bytes(
        "runs/site=demo-site/window=2026-01-01_2026-01-01/report.json",
        json.dumps(_report("2026-01-01", 1)).encode(),
    )
    assert len(load_history(storage, "demo-site", "2026-01-10", limit=limit)) == min(limit, 1)
