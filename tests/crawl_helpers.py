"""Helpers for crawl tests: run the real CLI in a subprocess and read back what it archived."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsarchive.archive.storage import open_storage
from newsarchive.schema import ArticleRecord


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str
    reports: list[dict[str, Any]]


def run_cli(
    args: list[str],
    tmp: Path,
    *,
    env: dict[str, str] | None = None,
    timeout: float = 240,
    preexec_fn: Callable[[], None] | None = None,
) -> CliResult:
    """`python -m newsarchive ARGS` with its own spool folder; returns exit code, output, reports."""
    report_path = tmp / f"report-{len(list(tmp.glob('report-*.json')))}.json"
    full_env = {**os.environ, "NEWSARCHIVE_SPOOL": str(tmp / "spool"), **(env or {})}
    cmd = [sys.executable, "-m", "newsarchive", *args]
    if args and args[0] == "crawl":
        cmd += ["--report-json", str(report_path)]
    proc = subprocess.run(
        cmd, capture_output=True, text=True, timeout=timeout, env=full_env, preexec_fn=preexec_fn
    )
    reports = json.loads(report_path.read_text()) if report_path.exists() else []
    return CliResult(proc.returncode, proc.stdout, proc.stderr, reports)


def archived(uri: str) -> dict[str, ArticleRecord]:
    """Every article record in the archive, by key."""
    store = open_storage(uri)
    return {
        key: ArticleRecord.from_json(store.get_bytes(key))
        for key in store.list("articles/")
        if key.endswith(".json")
    }


def path_of(url: str) -> str:
    """A URL without its scheme and host:port (demo ports differ between runs)."""
    return "/" + url.split("/", 3)[3] if url.count("/") >= 3 else "/"
