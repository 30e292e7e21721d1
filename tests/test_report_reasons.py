"""Every skip reason the code records is one the report documents (report.SKIP_REASONS)."""

from __future__ import annotations

import re
from pathlib import Path

from newsarchive.archive.report import SKIP_REASONS

ROOT = Path(__file__).resolve().parents[1]
# count("x", ...), skip("x", ...), outcome = "x", RefusedRequest("x", ...)
USES = re.compile(r'(?:\.count|\.skip|RefusedRequest)\(\s*"([a-z_]+)"|outcome\s*=\s*"([a-z_]+)"')
# the spider's classify_failure and records.page_outcome return (reason, ...)
FAILURES = re.compile(r'return\s+"([a-z_]+)",')
OUTCOMES = {"archived", "updated"}  # what add_record returns besides skip reasons


def test_recorded_reasons_are_documented() -> None:
    used: set[str] = set()
    for folder in ("newsarchive", "spiders", "pipelines"):
        for path in (ROOT / folder).rglob("*.py"):
            if "demo" in path.parts:
                continue
            source = path.read_text(encoding="utf-8")
            for match in USES.finditer(source):
                used.update(g for g in match.groups() if g)
            if folder == "spiders" or path.name == "records.py":
                used.update(FAILURES.findall(source))
    assert {"known", "out_of_window", "not_article", "unsafe_url"} <= used  # the scan works
    assert used - OUTCOMES <= set(SKIP_REASONS), sorted(used - OUTCOMES - set(SKIP_REASONS))
