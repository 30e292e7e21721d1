"""Crawl progress off a terminal: one plain stderr line per site every --progress-every seconds."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

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
