"""`newsarchive extract` shows what the pipeline would archive for one saved page."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

GOLDEN = Path(__file__).parent / "fixtures" / "golden"


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsarchive", "extract", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
    )


def test_extract_text_and_json_from_a_saved_page() -> None:
    case = json.loads((GOLDEN / "flat_markup.json").read_text())
    page = GOLDEN / "flat_markup.html"
    text = _run(str(page), "--url", case["url"])
    assert text.returncode == 0, text.stderr
    out = text.stdout.decode()
    assert out.startswith(case["title"])
    assert all(s in out for s in case["must_contain"])
    assert not any(s in out for s in case["must_not_contain"])

    full = _run("-", "--url", case["url"], "--format", "json", stdin=page.read_bytes())
    assert full.returncode == 0, full.stderr
    record = json.loads(full.stdout)
    assert record["title"] == case["title"]
    assert record["page_kind"] == "article"
    assert record["canonical_url"].endswith("/news/2019/09/02/northgate-primary-reopens")
    assert len(record["article_id"]) == 32 and record["content_sha256"]


def test_extract_honours_the_header_charset(tmp_path: Path) -> None:
    page = tmp_path / "latin1.html"
    page.write_bytes(
        "<html><body><article><h1>Café à Zürich</h1>".encode("latin-1")
        + "".join(f"<p>Le marché de Noël ouvre à Zürich, été {i}.</p>" for i in range(30)).encode(
            "latin-1"
        )
        + b"</article></body></html>"
    )
    out = _run(str(page), "--content-type", "text/html; charset=ISO-8859-1")
    assert out.returncode == 0, out.stderr
    assert "marché de Noël" in out.stdout.decode()


def test_extract_bad_input() -> None:
    missing = _run("/nonexistent/page.html")
    assert missing.returncode == 2 and b"cannot read" in missing.stderr
    bad_format = _run("-", "--format", "xml", stdin=b"<html></html>")
    assert bad_format.returncode == 2 and b"--format" in bad_format.stderr
