"""Site profiles in a real crawl: collect, then extract; `newsarchive profile`; reextract with it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from newsarchive.archive.profiles import load_profile
from newsarchive.archive.storage import open_storage
from newsarchive.schema import ArticleRecord
from tests.crawl_helpers import archived, path_of, run_cli
from tests.heldout.server import HeldoutServer, Resp
from tests.profile_sitegen import make_site

SITE = "gen"


def _serve(style: str, lang: str) -> tuple[HeldoutServer, dict[str, Any]]:
    """A generated site on loopback: a home page listing the archive pages, which list articles."""
    server = HeldoutServer()
    pages = make_site(style, lang=lang, pages=18, seed=3)
    host = pages[0].url.split("/", 3)[:3]
    old = "/".join(host)
    truth: dict[str, Any] = {}
    listings = []
    for page in pages:
        path = path_of(page.url)
        html = page.html.replace(old, server.base_url)
        server.pages[path] = Resp(html.encode("utf-8"))
        if page.kind == "article":
            truth[path] = page
        else:
            listings.append(path)
    # two articles also served under a second path, same text, no canonical link (a CMS's
    # /index.php/ twin): linked from a page of their own so both URLs are fetched
    twins = sorted(truth)[:2]
    for path in twins:
        server.pages["/index.php" + path] = server.pages[path]
    items = "".join(f'<li><a href="/index.php{p}">{truth[p].title}</a></li>' for p in twins)
    server.pages["/more"] = Resp(f"<html><body><ul>{items}</ul></body></html>".encode())
    listings.append("/more")
    links = "".join(f'<li><a href="{p}">Archive {n}</a></li>' for n, p in enumerate(listings))
    server.pages["/"] = Resp(f"<html><body><ul>{links}</ul></body></html>".encode())
    server.start()
    return server, truth


def _config(tmp: Path, server: HeldoutServer) -> Path:
    site = {
        "name": SITE,
        "url": server.base_url + "/",
        "allow_private_network": True,
        "download_delay": 0.0,
        "autothrottle": False,
        "concurrency": 2,
        "timeout": 5.0,
        "retries": 1,
    }
    path = tmp / "sites.yaml"
    path.write_text(yaml.safe_dump({"contact": "https://example.org/t", "sites": [site]}))
    return path


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Any:
    tmp = tmp_path_factory.mktemp("profilecrawl")
    server, truth = _serve("legacy", "de")
    try:
        config = _config(tmp, server)
        uri = str(tmp / "archive")
        result = run_cli(["crawl", "--config", str(config), "--archive", uri], tmp)
        yield tmp, config, uri, truth, result, archived(uri)
    finally:
        server.shutdown()


def _by_path(records: dict[str, ArticleRecord]) -> dict[str, ArticleRecord]:
    """Records by every path they are known by (the /index.php/ twin folded)."""
    return {
        path_of(u).removeprefix("/index.php"): r
        for r in records.values()
        for u in (r.canonical_url, *r.aliases)
    }


CHROME = ("Druckversion", "Artikel per E-Mail versenden", "Weitere Meldungen", "Geschrieben von")


def test_a_new_sites_first_crawl_leaks_no_chrome_in_any_record(crawled: Any) -> None:
    _tmp, _config, uri, truth, result, records = crawled
    assert result.code == 0, result.stderr[-2000:]
    by_path = _by_path(records)
    assert set(truth) <= set(by_path)
    profile = load_profile(open_storage(uri), SITE)
    assert profile is not None and profile.trusted
    for path, page in truth.items():
        record = by_path[path]
        assert record.profile_version == profile.version, path
        leaked = [c for c in CHROME if c in record.text]
        assert not leaked, (path, leaked)
        assert page.paragraphs[0][:60] in record.text


def test_the_run_learns_its_profile_as_it_goes_and_decides_its_first_pages_again(
    crawled: Any,
) -> None:
    _tmp, _config, uri, truth, result, records = crawled
    stats = result.reports[0]["stats"]
    version = load_profile(open_storage(uri), SITE).version  # type: ignore[union-attr]
    # learned at 12 articles (EarlyProfile) and again at the end (18 articles: too few to fix
    # it earlier); the pages extracted with no or another version were decided again with it
    # (that only those are is tests/test_profile_early.py's)
    assert stats["newsarchive/profile_learned_in_run"] >= 1
    assert stats["newsarchive/profile_used"] == version
    assert 12 <= stats["newsarchive/profile_second_pass"] <= len(truth)
    assert len(records) == len(truth)
    assert result.reports[0]["articles_archived"] == len(truth)


def test_a_twin_url_without_canonical_is_an_alias_of_one_record(crawled: Any) -> None:
    _tmp, _config, _uri, truth, _result, records = crawled
    for path in sorted(truth)[:2]:
        holding = [
            r
            for r in records.values()
            if path in {path_of(u) for u in (r.canonical_url, *r.aliases)}
            or path_of(r.canonical_url) == "/index.php" + path
        ]
        assert len(holding) == 1, [r.canonical_url for r in holding]
        urls = {path_of(u) for u in (holding[0].canonical_url, *holding[0].aliases)}
        assert {path, "/index.php" + path} <= urls


def test_profile_command_shows_what_was_learned(crawled: Any) -> None:
    tmp, _config, uri, _truth, _result, records = crawled
    shown = run_cli(["profile", SITE, "--archive", uri], tmp)
    assert shown.code == 0, shown.stderr
    version = load_profile(open_storage(uri), SITE).version  # type: ignore[union-attr]
    assert version in shown.stdout
    assert "Chrome" in shown.stdout and "druckversion" in shown.stdout.lower()
    as_json = run_cli(["profile", SITE, "--archive", uri, "--json"], tmp)
    assert '"learned"' in as_json.stdout
    missing = run_cli(["profile", "nosuchsite", "--archive", uri], tmp)
    assert missing.code != 0 and "no profile" in missing.stderr
    # every version a record names is kept
    named = {r.profile_version for r in records.values()}
    for kept in named:
        shown = run_cli(["profile", SITE, "--archive", uri, "--version", str(kept)], tmp)
        assert shown.code == 0 and str(kept) in shown.stdout, shown.stderr
    bad = run_cli(["profile", SITE, "--archive", uri, "--version", "../x"], tmp)
    assert bad.code == 2 and "not a profile version" in bad.stderr
    gone = run_cli(["profile", SITE, "--archive", uri, "--version", "0" * 16], tmp)
    assert gone.code == 1 and "no profile version" in gone.stderr


def test_reextract_uses_the_stored_profile(crawled: Any) -> None:
    tmp, config, uri, truth, _result, _records = crawled
    again = run_cli(["reextract", "--config", str(config), "--archive", uri], tmp)
    assert again.code == 0, again.stderr[-2000:]
    version = load_profile(open_storage(uri), SITE).version  # type: ignore[union-attr]
    stored = archived(uri)
    assert len(stored) == len(truth)
    records = _by_path(stored)
    for path in truth:
        assert records[path].profile_version == version
        assert not [c for c in CHROME if c in records[path].text]
