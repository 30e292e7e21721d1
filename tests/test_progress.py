"""Crawl progress off a terminal: one plain stderr line per site every --progress-every seconds."""

from __future__ import annotations

import io
import logging
import re
import sys
import threading
from pathlib import Path

import pytest
import yaml

from spiders.progress import Snapshot, emit
from tests.crawl_helpers import archived, run_cli
from tests.loopback_site import Site

LINE = re.compile(
    r"^progress (?P<site>[a-z0-9_-]+): (?P<pages>\d+) pages, (?P<articles>\d+) articles, "
    r"(?P<queue>\d+) queued, \d+\.\d pages/s(?P<done>, done)?$"
)


def _crawl(tmp_path: Path, site: Site, *extra: str) -> tuple[list[str], int]:
    path = tmp_path / "sites.yaml"
    path.write_text(yaml.safe_dump(site.config("progress")))
    archive = tmp_path / "archive"
    result = run_cli(["crawl", "--config", str(path), "--archive", str(archive), *extra], tmp_path)
    assert result.code == 0, result.stderr[-3000:]
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("progress")]
    return lines, len(archived(str(archive)))


def test_off_a_terminal_progress_is_plain_lines_per_site(tmp_path: Path) -> None:
    with Site(pages=3, per_page=4) as site:
        lines, n_archived = _crawl(tmp_path, site, "--progress-every", "0.05")
        fetched = len(site.log)
    assert lines, "no progress line"
    matches = [LINE.match(ln) for ln in lines]
    assert all(matches), [ln for ln, m in zip(lines, matches, strict=True) if not m]
    assert {m["site"] for m in matches if m} == {"progress"}
    done = [m for m in matches if m and m["done"]]
    assert len(done) == 1 and matches[-1] is done[0]  # the closing line comes last, once
    assert int(done[0]["pages"]) == fetched  # every response the site served
    assert int(done[0]["articles"]) == n_archived == 12
    assert int(done[0]["queue"]) == 0
    counts = [int(m["pages"]) for m in matches if m]
    assert counts == sorted(counts)  # pages only grow


def test_progress_every_zero_prints_none(tmp_path: Path) -> None:
    with Site(pages=1, per_page=2) as site:
        lines, n_archived = _crawl(tmp_path, site, "--progress-every", "0")
    assert n_archived == 2
    assert lines == []


def test_a_progress_line_is_never_split_by_a_log_record_from_another_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stream = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", line_buffering=True)
    monkeypatch.setattr(sys, "stderr", stream)
    log = logging.getLogger("test.progress.interleave")
    handler = logging.StreamHandler(stream)
    log.addHandler(handler)
    log.propagate = False
    stop = threading.Event()

    def chatter() -> None:
        while not stop.is_set():
            log.warning("discarding data: http://127.0.0.1/page/3")

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as CPython allows
    worker = threading.Thread(target=chatter)
    worker.start()
    try:
        line = Snapshot("progress", 26, 12, 0, 0.0).line()
        for _ in range(3000):
            emit(line)
    finally:
        stop.set()
        worker.join()
        sys.setswitchinterval(old)
        log.removeHandler(handler)
    stream.flush()
    out = stream.buffer.getvalue().decode().splitlines()  # type: ignore[attr-defined]
    ours = [ln for ln in out if ln.startswith("progress")]
    assert len(ours) == 3000 and all(LINE.match(ln) for ln in ours)
