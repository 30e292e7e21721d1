"""Storage outages: the loopback S3 server is stopped mid-crawl and started again; nothing is lost."""

from __future__ import annotations

import shutil
import time
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from newsarchive.archive.storage import open_storage
from newsarchive.demo import DemoSites
from tests.conftest import point_boto3_at
from tests.fault_helpers import (
    Crawl,
    DurableS3,
    assert_nothing_lost,
    count_keys,
    fault_row,
    leaks,
    losses,
    wait_for,
    warc_responses,
    write_config,
)

pytestmark = pytest.mark.s3
START = date(2026, 11, 1)


@pytest.fixture(scope="module")
def demo() -> Iterator[Any]:
    # ~110 pages: at 0.1 s apart a crawl of about 12 s, long enough to pull the plug midway
    with DemoSites(styles=("wordpress",), start_date=START, days=8, per_day=5, seed=5) as sites:
        yield sites


@pytest.fixture
def s3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[DurableS3]:
    server = DurableS3(tmp_path / "moto-recording.jsonl")
    server.start()
    point_boto3_at(server, monkeypatch)
    try:
        yield server
    finally:
        server.stop()


def _outputs(tmp_path: Path) -> list[Path]:
    """Reports, stdout/stderr and spool files: not the server's own request recording."""
    return [p for p in tmp_path.rglob("*") if p.is_file() and "moto-recording" not in p.name]


def _copy_files(folder: Path, to: Path) -> None:
    """Keep copies of the spool's files (the next run removes them once uploaded)."""
    to.mkdir()
    for i, path in enumerate(p for p in folder.rglob("*") if p.is_file()):
        shutil.copyfile(path, to / f"{i:04d}-{path.name}")


def _setup(
    demo: Any, s3: DurableS3, tmp_path: Path, *, wait: float, delay: float
) -> tuple[str, list[str], dict[str, str]]:
    bucket = f"outage-{uuid.uuid4().hex[:10]}"
    s3.client().create_bucket(Bucket=bucket)
    uri = f"s3://{bucket}/archive"
    cfg = write_config(tmp_path / "sites.yaml", demo.config(), download_delay=delay)
    env = {
        "NEWSARCHIVE_SPOOL": str(tmp_path / "spool"),
        "NEWSARCHIVE_PART_RECORDS": "5",  # a batch every 5 pages: many uploads to interrupt
        "NEWSARCHIVE_UPLOAD_WAIT": str(wait),
    }
    return uri, ["--config", str(cfg), "--archive", uri], env


def test_outage_mid_crawl_recovers_in_the_same_run(
    demo: Any, s3: DurableS3, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    uri, args, env = _setup(demo, s3, tmp_path, wait=60, delay=0.1)
    store = open_storage(uri)
    crawl = Crawl(args, tmp_path, env, "run")
    wait_for(lambda: count_keys(store, "articles/") > 0, 60, "the first uploaded batch")
    s3.stop()
    down_at = time.monotonic()
    time.sleep(3)
    assert crawl.proc.poll() is None, "the crawl ended before the outage was over"
    s3.restore()
    down_for = time.monotonic() - down_at
    assert crawl.wait() == 0, crawl.stderr[-3000:]
    (report,) = crawl.reports
    assert report["status"] == "ok" and report["spooled_pending"] == 0
    assert report["stats"].get("newsarchive/upload_failures", 0) > 0, "no upload met the outage"
    assert "unreachable for a while" in (report["message"] or "")
    found = losses(uri, demo)
    assert_nothing_lost(found)
    assert warc_responses(store, report["site"], report["run_id"]) == report["pages_fetched"]
    assert any(store.list(f"runs/site={report['site']}/adhoc/{report['run_id']}"))
    assert not leaks(_outputs(tmp_path)), "a credential leaked into an output"
    fault_row(
        request,
        "S3 outage, back during the run",
        f"moto_server stopped after the first batch, restarted {down_for:.0f} s later; "
        f"{report['stats']['newsarchive/upload_failures']} failed upload attempts; exit 0, "
        f"status ok after {crawl.seconds:.0f} s; {found['records']} records, "
        f"{report['pages_fetched']} raw responses",
        f"nothing ({len(found['missing'])} missing, {len(found['twice'])} twice, "
        f"{len(found['verify_problems'])} verify problems)",
    )


def test_outage_past_the_run_is_finished_by_the_next_run(
    demo: Any, s3: DurableS3, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    uri, args, env = _setup(demo, s3, tmp_path, wait=2, delay=0.04)
    store = open_storage(uri)
    first = Crawl(args, tmp_path, env, "first")
    wait_for(lambda: count_keys(store, "articles/") > 0, 60, "the first uploaded batch")
    s3.stop()
    assert first.wait() == 3, first.stderr[-3000:]  # partial: kept locally, uploads pending
    (partial,) = first.reports
    assert partial["status"] == "partial" and partial["spooled_pending"] > 0
    assert "the next run uploads" in partial["message"]
    assert any(e["reason"] == "storage" for e in partial["errors"])
    assert "partial" in first.stderr and "local spool" in first.stderr
    spool = tmp_path / "spool"
    assert any(p.name == "manifest.json" for p in spool.rglob("*"))
    _copy_files(spool, tmp_path / "spool-copies")  # searched for credentials at the end

    # the archive is still down when the next run starts: it fails at once, fetching nothing
    down = Crawl(args, tmp_path, env, "down")
    assert down.wait() == 1, down.stderr[-3000:]
    (refused,) = down.reports
    assert refused["status"] == "failed" and refused["pages_fetched"] == 0
    assert "archive unreachable at the start" in refused["message"]

    s3.restore()
    second = Crawl(args, tmp_path, env, "second")
    assert second.wait() == 0, second.stderr[-3000:]
    (done,) = second.reports
    assert done["status"] == "ok"
    # everything the first run spooled (its report included) plus the refused run's report
    assert done["recovered_from_spool"] == partial["spooled_pending"] + refused["spooled_pending"]
    assert "left in the local spool" in done["message"]
    assert not [p for p in spool.rglob("*") if p.name == "manifest.json"], "spool not emptied"
    found = losses(uri, demo)
    assert_nothing_lost(found)
    site = partial["site"]
    assert warc_responses(store, site, partial["run_id"]) == partial["pages_fetched"]
    for run in (partial, refused, done):
        assert store.exists(f"runs/site={site}/adhoc/{run['run_id']}.json"), run["run_id"]
    assert not leaks(_outputs(tmp_path)), "a credential leaked into an output"
    fault_row(
        request,
        "S3 outage past the end of the run",
        f"moto_server stopped after the first batch and left down: run 1 exit 3 (partial, "
        f"{partial['spooled_pending']} objects spooled); run 2 while down exit 1 (failed, 0 "
        f"pages); after restart run 3 exit 0, uploaded {done['recovered_from_spool']} "
        f"spooled objects; {found['records']} records, all {partial['pages_fetched']} raw "
        "responses of run 1 present",
        f"nothing ({len(found['missing'])} missing, {len(found['twice'])} twice, "
        f"{len(found['verify_problems'])} verify problems)",
    )
