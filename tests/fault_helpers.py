"""Helpers for the fault tests: a restartable S3 server that keeps its data, crawl subprocesses."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import subprocess
import sys
import time
import urllib.request
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsarchive.archive.storage import Storage, open_storage
from newsarchive.archive.verify import verify_archive
from newsarchive.archive.warc import iter_responses
from tests.conftest import FAKE_KEY_ID, FAKE_SECRET, S3Server
from tests.crawl_helpers import archived, path_of


class DurableS3(S3Server):
    """moto_server with its request recorder on: after stop() and start(), restore() replays
    what the old process was sent, so the restarted endpoint holds the same objects (a real
    S3 keeps its data through an outage; moto alone would come back empty)."""

    def __init__(self, recording: Path) -> None:
        super().__init__()
        self.recording = recording

    def start(self) -> None:
        saved = {k: os.environ.get(k) for k in ("MOTO_ENABLE_RECORDING", "MOTO_RECORDER_FILEPATH")}
        os.environ["MOTO_ENABLE_RECORDING"] = "true"
        os.environ["MOTO_RECORDER_FILEPATH"] = str(self.recording)
        try:
            super().start()
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value

    def restore(self) -> None:
        """Start again on the same port and replay the recorded requests."""
        self.start()
        url = f"{self.endpoint}/moto-api/recorder/replay-recording"
        with urllib.request.urlopen(urllib.request.Request(url, method="POST"), timeout=60):
            pass

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None


def write_config(path: Path, config: dict[str, Any], **overrides: Any) -> Path:
    """The demo config with per-site overrides (e.g. a download delay to make crawls last)."""
    config = {**config, "sites": [{**s, **overrides} for s in config["sites"]]}
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


class Crawl:
    """`python -m newsarchive crawl ...` as a child process, its output kept in files."""

    def __init__(self, args: list[str], tmp: Path, env: dict[str, str], name: str) -> None:
        self.report_path = tmp / f"{name}-report.json"
        self.out_path, self.err_path = tmp / f"{name}.out", tmp / f"{name}.err"
        cmd = [sys.executable, "-m", "newsarchive", "crawl", *args]
        cmd += ["--report-json", str(self.report_path)]
        with open(self.out_path, "wb") as out, open(self.err_path, "wb") as err:
            self.proc = subprocess.Popen(cmd, stdout=out, stderr=err, env={**os.environ, **env})
        self.started = time.monotonic()
        self.seconds = 0.0

    def wait(self, timeout: float = 120) -> int:
        code = self.proc.wait(timeout)
        self.seconds = time.monotonic() - self.started
        return code

    @property
    def stdout(self) -> str:
        return self.out_path.read_text(errors="replace")

    @property
    def stderr(self) -> str:
        return self.err_path.read_text(errors="replace")

    @property
    def reports(self) -> list[dict[str, Any]]:
        if not self.report_path.exists():
            return []
        return list(json.loads(self.report_path.read_text()))


def wait_for(check: Callable[[], bool], timeout: float, what: str) -> float:
    """Poll until check() is true; returns the seconds it took."""
    start = time.monotonic()
    while not check():
        if time.monotonic() - start > timeout:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.1)
    return time.monotonic() - start


def count_keys(storage: Storage, prefix: str) -> int:
    try:
        return sum(1 for _ in storage.list(prefix))
    except Exception:  # the endpoint may be down while we poll
        return 0


def warc_responses(storage: Storage, site: str, run_id: str) -> int:
    """Response records in one run's WARC parts, read through to the end."""
    total = 0
    for key in storage.list(f"raw/site={site}/run={run_id}/"):
        with storage.open_read(key) as stream:
            total += len(iter_responses(stream))
    return total


def losses(uri: str, demo: Any) -> dict[str, Any]:
    """What the archive lacks or holds twice, against what the demo sites published."""
    records = archived(uri)
    per_article = Counter((r.site, path_of(r.canonical_url)) for r in records.values())
    expected = {(e["site"], path_of(e["url"])) for e in demo.expected_articles()}
    check = verify_archive(open_storage(uri), deep=True)
    return {
        "expected": len(expected),
        "records": len(records),
        "missing": sorted(expected - set(per_article)),
        "twice": sorted(k for k, n in per_article.items() if n > 1),
        "verify_problems": [f"{p.kind} {p.key} {p.detail}" for p in check.problems],
        "pointers_ok": check.pointers_ok,
    }


def assert_nothing_lost(found: dict[str, Any]) -> None:
    assert not found["missing"], f"articles missing: {found['missing'][:5]}"
    assert not found["twice"], f"articles archived twice: {found['twice'][:5]}"
    assert not found["verify_problems"], found["verify_problems"][:5]
    assert found["pointers_ok"] == found["records"]


def fault_row(request: pytest.FixtureRequest, fault: str, did: str, lost: str) -> None:
    """Print one row of the fault table (docs/FAULTS.md) into pytest's output (on stderr: a
    pytest-xdist worker's stdout is not the terminal, its stderr is)."""
    capture = request.config.pluginmanager.getplugin("capturemanager")
    line = f"FAULT | {fault} | {did} | lost: {lost}"
    if capture is not None:
        with capture.global_and_fixture_disabled():
            print("\n" + line, file=sys.stderr, flush=True)
    else:
        print(line, file=sys.stderr)


def _texts(blob: bytes) -> list[bytes]:
    """The bytes as stored and, for gzip (WARC parts, state), every member decompressed."""
    out = [blob]
    if blob[:2] == b"\x1f\x8b":
        with contextlib.suppress(OSError, EOFError, zlib.error):
            out.append(gzip.decompress(blob))
    return out


def leaks(
    files: list[Path], objects: dict[str, bytes] | None = None, extra: tuple[str, ...] = ()
) -> list[str]:
    """Where the fake credentials (and `extra` secrets) occur in files or stored objects."""
    found = []
    blobs = [(str(p), p.read_bytes()) for p in files if p.is_file()]
    blobs += list((objects or {}).items())
    for where, blob in blobs:
        for text in _texts(blob):
            for secret in (FAKE_KEY_ID, FAKE_SECRET, *extra):
                if secret.encode() in text:
                    found.append(f"{secret[:6]}... in {where}")
    return found
