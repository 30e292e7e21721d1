"""One crawl per site and archive: the lease lives with the archive, not with the spool path.

The first crawl is held mid-run by the test site (a request that waits until the test lets it
go), so the second one always meets a live holder, however slow the machine is.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from newsarchive.archive.lock import lock_key
from newsarchive.archive.storage import open_storage
from tests.crawl_helpers import archived, run_cli
from tests.fault_helpers import Crawl, wait_for
from tests.news_site import NewsSite, article


def settle(site: NewsSite, quiet: float = 3.0, limit: float = 120.0) -> None:
    """Wait until the site has had no request for QUIET seconds (a loaded machine makes a
    running crawl's other fetches land late, and they must not count as the refused run's)."""
    deadline = time.monotonic() + limit
    last, since = sum(site.hits.values()), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.2)
        now = sum(site.hits.values())
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return


def test_second_crawl_of_a_site_is_refused_whatever_its_spool_or_path(
    archive_uri: str, tmp_path: Path
) -> None:
    with NewsSite() as site:
        site.pages["/"] = "<html><body><a href='/a1'>one</a> <a href='/a2'>two</a></body></html>"
        for n in (1, 2):
            site.pages[f"/a{n}"] = article(f"Story {n}", f"Story {n} text. " * 40, "2026-11-02")
        gate = site.hold("/a1")
        config = site.config(tmp_path / "sites.yaml", timeout=600)
        args = ["--config", str(config)]
        first = Crawl(
            [*args, "--archive", archive_uri],
            tmp_path,
            {"NEWSARCHIVE_SPOOL": str(tmp_path / "spool-1")},
            "first",
        )
        wait_for(site.arrived["/a1"].is_set, 300, "the first crawl to reach the held page")
        settle(site)  # the first crawl's other fetches are over: only /a1 is left, held
        others = [(archive_uri, "spool-2")]
        if not archive_uri.startswith("s3://"):
            (tmp_path / "link").symlink_to(archive_uri)
            others.append((str(tmp_path / "link"), "spool-3"))
        for uri, spool in others:
            before = sum(site.hits.values())
            second = run_cli(
                ["crawl", *args, "--archive", uri],
                tmp_path,
                env={"NEWSARCHIVE_SPOOL": str(tmp_path / spool)},
            )
            assert second.code == 2, second.stderr
            lines = [line for line in second.stderr.splitlines() if line.strip()]
            assert len(lines) == 1, second.stderr
            assert lines[0].startswith("error: another crawl of lab holds the archive lock since")
            assert "(owner crawl " in lines[0]
            assert sum(site.hits.values()) == before  # nothing fetched by the refused run
            assert second.reports[0]["status"] == "refused"
        gate.set()
        assert first.wait(300) == 0, first.stderr
    records = archived(archive_uri)
    assert sorted(r.title for r in records.values()) == ["Story 1", "Story 2"]
    store = open_storage(archive_uri)
    assert not store.exists(lock_key("lab"))  # released at the end
    reports = [k for k in store.list("runs/") if k.endswith(".json")]
    assert len(reports) == 1  # the refused runs stored nothing


@pytest.mark.parametrize("archive_uri", ["local"], indirect=True)
def test_lease_is_released_when_the_run_fails(archive_uri: str, tmp_path: Path) -> None:
    """An unreachable site ends the run failed, and the next run is not locked out."""
    with NewsSite() as site:
        config = site.config(tmp_path / "sites.yaml")
        url = site.url
    # the server is gone now: the home page is refused
    result = run_cli(["crawl", "--config", str(config), "--archive", archive_uri], tmp_path)
    assert result.code == 1, result.stderr
    assert not open_storage(archive_uri).exists(lock_key("lab")), url
    again = run_cli(["crawl", "--config", str(config), "--archive", archive_uri], tmp_path)
    assert again.code == 1 and "archive lock" not in again.stderr


@pytest.mark.parametrize("archive_uri", ["local"], indirect=True)
def test_a_run_whose_lease_is_taken_over_stops_writing_and_fails(
    archive_uri: str, tmp_path: Path
) -> None:
    """The lease is overwritten by another holder mid-run: the run notices on its next renewal,
    uploads nothing more, ends failed; what it fetched waits in the spool for the next run."""
    spool = {"NEWSARCHIVE_SPOOL": str(tmp_path / "spool"), "NEWSARCHIVE_LOCK_TTL": "3"}
    with NewsSite() as site:
        site.pages["/"] = "<html><body><a href='/a1'>one</a></body></html>"
        site.pages["/a1"] = article("Story 1", "Story 1 text. " * 40, "2026-11-02")
        gate = site.hold("/a1")
        config = site.config(tmp_path / "sites.yaml", timeout=600)
        args = ["--config", str(config), "--archive", archive_uri]
        run = Crawl(args, tmp_path, spool, "taken")
        wait_for(site.arrived["/a1"].is_set, 300, "the crawl to reach the held page")
        lock_file = Path(archive_uri) / lock_key("lab")
        thief = {"owner": "crawl elsewhere", "token": "not-yours", "expires_at": 4e9}
        lock_file.write_text(json.dumps(thief))
        wait_for(lambda: "stopped writing" in run.stderr, 300, "the run to notice")
        gate.set()
        assert run.wait(300) == 1, run.stderr
        report = run.reports[0]
        assert report["status"] == "failed" and "archive lock lost" in report["message"]
        assert report["spooled_pending"] > 0
        assert json.loads(lock_file.read_text())["token"] == "not-yours"  # left alone
        assert not archived(archive_uri)
        lock_file.unlink()  # the other holder is done
        after = run_cli(["crawl", *args], tmp_path, env=spool)
    assert after.code == 0, after.stderr
    assert after.reports[0]["recovered_from_spool"] > 0
    assert [r.title for r in archived(archive_uri).values()] == ["Story 1"]
