"""`newsarchive verify`: a crawled archive checks clean; corrupted WARC bytes and records are found."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from newsarchive.archive.storage import open_storage
from newsarchive.archive.verify import verify_archive
from newsarchive.archive.warc import iter_responses
from newsarchive.demo import DemoSites
from newsarchive.schema import ArticleRecord
from tests.crawl_helpers import run_cli
from tests.fault_helpers import fault_row


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One small real crawl into a local archive, copied afresh for each test."""
    tmp = tmp_path_factory.mktemp("verify")
    with DemoSites(styles=("wordpress",), start_date=date(2026, 8, 3), days=3, per_day=2) as d:
        config = d.write_config(tmp / "sites.yaml")
        result = run_cli(["crawl", "--config", str(config), "--archive", str(tmp / "a")], tmp)
    assert result.code == 0, result.stderr[-3000:]
    yield tmp / "a"


@pytest.fixture
def archive(crawled: Path, tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    shutil.copytree(crawled, root)
    return root


def _records(root: Path) -> dict[str, ArticleRecord]:
    return {
        str(p.relative_to(root)): ArticleRecord.from_json(p.read_bytes())
        for p in sorted((root / "articles").rglob("*.json"))
    }


def _verify(root: Path, *args: str, tmp: Path, table: bool = False) -> tuple[int, Any, str]:
    """Exit code, parsed --json output (or the table when `table`) of `newsarchive verify`."""
    result = run_cli(["verify", "--archive", str(root), *args, *([] if table else ["--json"])], tmp)
    assert result.code in (0, 1), result.stderr[-2000:]
    return result.code, None if table else json.loads(result.stdout), result.stdout


def test_clean_archive_verifies(archive: Path, tmp_path: Path) -> None:
    code, data, _ = _verify(archive, "--deep", tmp=tmp_path)
    records = _records(archive)
    assert code == 0, data
    assert data["ok"] and data["problem_count"] == 0
    assert data["records"] == data["pointers_ok"] == len(records) > 0
    assert data["partitions"] == len({r.date for r in records.values()})
    code, _, table = _verify(archive, tmp=tmp_path, table=True)
    assert code == 0 and "raw pointers ok" in table and "verify: ok" in table


def test_corrupt_warc_and_records_are_reported(
    archive: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    records = _records(archive)
    days = sorted({r.date for r in records.values()})
    by_day = {d: [k for k, r in records.items() if r.date == d] for d in days}
    assert len(days) >= 3

    # 1. WARC: damage the bytes one record points at (day 0)
    bad_warc_key = by_day[days[0]][0]
    pointer = records[bad_warc_key].raw
    assert pointer is not None
    warc = archive / pointer.warc_key
    blob = bytearray(warc.read_bytes())
    middle = pointer.offset + pointer.length // 2
    blob[middle : middle + 8] = bytes(b ^ 0xFF for b in blob[middle : middle + 8])
    warc.write_bytes(bytes(blob))

    # 2. a record whose pointer digest no longer matches its response (day 1)
    digest_key = by_day[days[1]][0]
    data = json.loads((archive / digest_key).read_text())
    data["raw"]["payload_digest"] = "sha1:" + "A" * 32
    (archive / digest_key).write_text(json.dumps(data))

    # 3. a truncated record (day 1) and 4. the same article copied into another day (day 2)
    broken_key = by_day[days[1]][1]
    (archive / broken_key).write_bytes((archive / broken_key).read_bytes()[:50])
    dup_src = by_day[days[2]][0]
    dup_dst = archive / dup_src.replace(f"date={days[2]}", f"date={days[0]}")
    shutil.copyfile(archive / dup_src, dup_dst)

    code, result, _ = _verify(archive, tmp=tmp_path)
    assert code == 1, result
    found = {(p["kind"], p["key"]) for p in result["problems"]}
    assert any(k == bad_warc_key and kind in ("bad_warc", "digest_mismatch") for kind, k in found)
    assert ("digest_mismatch", digest_key) in found
    assert ("unreadable_record", broken_key) in found
    assert any(kind == "duplicate_id" for kind, _ in found)
    assert ("misplaced_record", str(dup_dst.relative_to(archive))) in found
    code, _, table = _verify(archive, tmp=tmp_path, table=True)
    assert code == 1 and f"{result['problem_count']} problems" in table
    assert bad_warc_key in table and broken_key in table

    # a window checks its own partitions; duplicates are looked for across all of them
    store = open_storage(str(archive))
    last = verify_archive(
        store, since=date.fromisoformat(days[2]), until=date.fromisoformat(days[2])
    )
    assert dict(last.by_kind) == {"duplicate_id": 1}  # day 2's article has a copy in day 0
    code, only, _ = _verify(archive, "--since", days[1], "--until", days[1], tmp=tmp_path)
    assert code == 1 and set(only["by_kind"]) == {"digest_mismatch", "unreadable_record"}
    fault_row(
        request,
        "corrupted WARC and records",
        "8 bytes flipped inside one record's WARC response, one pointer digest changed, one "
        "record truncated, one record copied into another day; `verify` exit 1 naming "
        f"{', '.join(sorted(result['by_kind']))}",
        "nothing unnoticed: each damaged key reported",
    )


def test_deep_finds_damage_no_record_points_at(archive: Path, tmp_path: Path) -> None:
    store = open_storage(str(archive))
    pointed = {(r.raw.warc_key, r.raw.offset) for r in _records(archive).values() if r.raw}
    parts = sorted({key for key, _ in pointed})
    # a response (homepage, feed, listing ...) in a part that records point into, but not it
    target = None
    for key in parts:
        with store.open_read(key) as stream:
            offsets = [off for off, _ in iter_responses(stream) if (key, off) not in pointed]
        if offsets:
            target = (key, offsets[0])
            break
    assert target, "every response in the referenced parts is an article's"
    key, offset = target
    path = archive / key
    damaged = bytearray(path.read_bytes())
    damaged[offset + 60 : offset + 68] = bytes(b ^ 0xFF for b in damaged[offset + 60 : offset + 68])
    path.write_bytes(bytes(damaged))

    assert verify_archive(store).ok, "no record points at the damaged response"
    deep = verify_archive(store, deep=True)
    assert not deep.ok and set(deep.by_kind) == {"bad_warc_part"}
    code, data, _ = _verify(archive, "--deep", tmp=tmp_path)
    assert code == 1 and data["by_kind"] == {"bad_warc_part": 1}, data
