"""Golden-file tests: saved pages under tests/fixtures/golden/ and their expected extraction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive.extraction.extract import Extraction, extract_page

GOLDEN = Path(__file__).parent / "fixtures" / "golden"
CASES = sorted(p.stem for p in GOLDEN.glob("*.json"))


def _run(case: str) -> tuple[dict, Extraction]:
    expected = json.loads((GOLDEN / f"{case}.json").read_text(encoding="utf-8"))
    body = (GOLDEN / f"{case}.html").read_bytes()
    return expected, extract_page(body, expected["url"], content_type=expected.get("content_type"))


def test_cases_exist() -> None:
    assert {
        "blogger_post",
        "wordpress_post",
        "flat_markup",
        "jsonld_news",
        "legacy_header_latin1",
        "legacy_meta_latin1",
        "tag_listing",
        "malformed",
    } <= set(CASES)


@pytest.mark.parametrize("case", CASES)
def test_golden_metadata(case: str) -> None:
    expected, got = _run(case)
    assert got.page_kind == expected["page_kind"], got.kind_reason
    if "kind_reason" in expected:
        assert got.kind_reason == expected["kind_reason"]
    if "title" in expected:
        assert got.title == expected["title"]
    if "author" in expected:
        assert got.author is not None and expected["author"] in got.author
    for key in ("published", "modified"):
        if key in expected:
            value = getattr(got, key)
            assert value is not None and value.startswith(expected[key]), (key, value)
    for key in ("language", "charset", "site_name", "canonical_url"):
        if key in expected:
            assert getattr(got, key) == expected[key], key
    if "tags" in expected:
        assert set(expected["tags"]) <= set(got.tags)


@pytest.mark.parametrize("case", CASES)
def test_golden_text(case: str) -> None:
    expected, got = _run(case)
    if expected["page_kind"] == "article":
        assert len(got.text) > 300
    for sentence in expected["must_contain"]:
        assert sentence in got.text, sentence
    for boilerplate in expected["must_not_contain"]:
        assert boilerplate not in got.text, boilerplate
    # paragraphs are separated by single newlines, with no blank or padded lines
    for line in got.text.split("\n"):
        assert line and line == line.strip()
