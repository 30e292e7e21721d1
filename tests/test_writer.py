"""ArchiveWriter without Scrapy: the API a WARC import drives (open, write_raw, apply, close)."""

from __future__ import annotations

import json
from pathlib import Path

from newsarchive.archive.storage import open_storage
from newsarchive.archive.warc import read_response
from newsarchive.archive.writer import ArchiveWriter
from newsarchive.decide import decide
from newsarchive.settings import Settings
from tests.crawl_helpers import archived
from tests.test_decide import SITE, _page


def _writer(tmp_path: Path, **overrides: object) -> ArchiveWriter:
    settings = Settings.from_env(
        archive_uri=str(tmp_path / "archive"), spool_dir=tmp_path / "spool", **overrides
    )
    return ArchiveWriter.from_settings(SITE, settings, kind="reextract")


def _import(writer: ArchiveWriter, cases: list[str]) -> list[str]:
    assert writer.open()
    outcomes = []
    for case in cases:
        page = _page(case)
        page.raw = writer.write_raw(page)
        outcomes.append(writer.apply(decide(page, SITE, writer.window, writer.memory)))
    writer.close()
    writer.write_report()
    return outcomes


def test_import_writes_records_state_and_its_own_report(tmp_path: Path) -> None:
    writer = _writer(tmp_path)
    outcomes = _import(writer, ["wordpress_post", "tag_listing", "wordpress_post"])
    assert outcomes == ["archived", "not_article", "duplicate"]
    (record,) = archived(str(tmp_path / "archive")).values()
    assert record.run_id == writer.run_id
    assert record.raw is not None
    raw = read_response(open_storage(str(tmp_path / "archive")), record.raw)
    assert raw.digest_ok and raw.url == record.url
    assert json.loads(raw.found or "{}")["role"] == "page"  # how it was found, kept in the WARC
    report = writer.report
    assert (report.articles_archived, report.pages_fetched, report.status) == (1, 3, "ok")
    assert dict(report.skipped) == {"not_article": 1, "duplicate": 1}
    (stored,) = (tmp_path / "archive" / "runs").glob("site=golden/reextract/*.json")
    assert json.loads(stored.read_text())["kind"] == "reextract"

    again = _writer(tmp_path)  # the state remembers: the same page is now unchanged
    assert _import(again, ["wordpress_post"]) == ["unchanged"]
    assert again.report.articles_archived == 0


def test_part_size_bounds_batches(tmp_path: Path) -> None:
    writer = _writer(tmp_path, part_max_records=1)
    _import(writer, ["wordpress_post", "blogger_post", "tag_listing"])
    warc_parts = list((tmp_path / "archive" / "raw").rglob("*.warc.gz"))
    assert len(warc_parts) == 3  # one response per part


def test_retract_removes_a_first_pass_record_and_the_state_forgets_it(tmp_path: Path) -> None:
    """What the profile's second pass does with a page it finds is not an article after all."""
    uri = str(tmp_path / "archive")
    first = _writer(tmp_path)
    assert _import(first, ["wordpress_post"]) == ["archived"]
    (record,) = archived(uri).values()
    assert first.new_ids == {record.article_id}

    again = _writer(tmp_path)
    assert again.open()
    assert again.state.known(record.canonical_url) is not None
    assert again.retract(record.article_id) == record.date
    assert again.retract(record.article_id) is None  # already gone
    assert again.state.known(record.canonical_url) is None
    assert record.date in again.partitions  # its day's index is rebuilt without it
    again.close()
    assert archived(uri) == {}

    third = _writer(tmp_path)  # nothing remembers it: the page is a new article again
    assert _import(third, ["wordpress_post"]) == ["archived"]
