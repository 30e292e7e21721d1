"""Every skip reason the code records is one the report documents (report.SKIP_REASONS)."""

from __future__ import annotations

import re
from pathlib import Path

from newsarchive.archive.report import SKIP_REASONS

ROOT = Path(__file__).resolve().parents[1]
# count("x", ...), skip("x", ...), outcome = "x", RefusedRequest("x", ...)
USES = re.compile(r'(?:\.count|\.skip|RefusedRequest)\(\s*"([a-z_]+)"|outcome\s*=\s*"([a-z_]+)"')
# the spider's classify_failure returns (reason, ...)
FAILURES = re.compile(r'return\s+"([a-z_]+)",')
# decide() returns Decision(page, kind, outcome, ...); its stage returns Staged(kind, outcome, ...)
DECISIONS = re.compile(
    r'(?:Decision\(\s*page,|Staged\()\s*"[a-z_]+",\s*(?:"([a-z_]+)"|"[a-z_]+" if \w+ else "([a-z_]+)")'
)
# what a decision counts besides skip reasons (raw: robots.txt, feeds, sitemaps, not counted)
OUTCOMES = {"archived", "updated", "raw"}


def test_recorded_reasons_are_documented() -> None:
    used: set[str] = set()
    for folder in ("newsarchive", "spiders", "pipelines"):
        for path in (ROOT / folder).rglob("*.py"):
            if "demo" in path.parts:
                continue
            source = path.read_text(encoding="utf-8")
            for match in USES.finditer(source):
                used.update(g for g in match.groups() if g)
            if folder == "spiders":
                used.update(FAILURES.findall(source))
            for match in DECISIONS.finditer(source):
                used.update(g for g in match.groups() if g)
    assert {"known", "out_of_window", "not_article", "unsafe_url", "not_html"} <= used
    assert {"empty_text", "extract_error", "duplicate", "unchanged", "raw"} <= used
    assert {"url_too_long"} <= used
    assert used - OUTCOMES <= set(SKIP_REASONS), sorted(used - OUTCOMES - set(SKIP_REASONS))
