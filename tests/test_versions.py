"""Article versions with real crawls: a source that says an article changed (sitemap lastmod,
HTTP validators on a re-check) gets it fetched again; the new text is the record, version 2,
and version 1 stays in the archive with its own text. Unchanged articles are never fetched
unconditionally again (requests counted on the site)."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from newsarchive.archive import keys
from newsarchive.archive.storage import open_storage
from newsarchive.schema import ArticleRecord
from tests.crawl_helpers import archived, path_of, run_cli
from tests.news_site import NewsSite, article

HOME = "<html><body><a href='/a1'>one</a> <a href='/a2'>two</a></body></html>"


def by_path(uri: str) -> dict[str, ArticleRecord]:
    return {path_of(r.url): r for r in archived(uri).values()}


def sitemap(base: str, lastmod: dict[str, str]) -> tuple[int, dict[str, str], str]:
    urls = "".join(
        f"<url><loc>{base}{p}</loc><lastmod>{m}</lastmod></url>" for p, m in lastmod.items()
    )
    body = f"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}</urlset>"
    return 200, {"Content-Type": "application/xml"}, body


def show_versions(uri: str, article_id: str, tmp: Path) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-m", "newsarchive", "show", article_id, "--versions", "--archive", uri],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


def test_sitemap_lastmod_brings_a_new_version_of_an_article_first_seen_as_a_link(
    tmp_path: Path,
) -> None:
    uri = str(tmp_path / "archive")
    with NewsSite() as site:
        old_day = "2026-11-02"  # outside lookback_days: only a source's date can bring it back
        site.pages["/robots.txt"] = (
            200,
            {"Content-Type": "text/plain"},
            f"User-agent: *\nSitemap: {site.url}/sitemap.xml\n",
        )
        site.pages["/"] = HOME
        site.pages["/a1"] = article("Harbour", "The harbour opened today. " * 30, old_day)
        site.pages["/a2"] = article("Market", "The market closed early. " * 30, old_day)
        first_mod = {"/a1": old_day, "/a2": old_day}
        site.pages["/sitemap.xml"] = sitemap(site.url, first_mod)
        config = site.config(tmp_path / "sites.yaml")
        args = ["crawl", "--config", str(config), "--archive", uri]
        one = run_cli(args, tmp_path)
        assert one.code == 0, one.stderr
        v1 = by_path(uri)["/a1"]
        assert v1.version == 1 and site.hits["/a1"] == 1

        # the article is corrected, and the sitemap says so
        changed = (datetime.now(UTC) + timedelta(seconds=1)).replace(microsecond=0)
        site.pages["/a1"] = article(
            "Harbour", "The harbour opened late, after a storm. " * 30, old_day
        )
        site.pages["/sitemap.xml"] = sitemap(site.url, {**first_mod, "/a1": changed.isoformat()})
        while datetime.now(UTC) <= changed:  # the next fetch is after the lastmod, by the clock
            time.sleep(0.05)
        two = run_cli(args, tmp_path)
        assert two.code == 0, two.stderr
        assert site.hits["/a1"] == 2 and site.hits["/a2"] == 1  # only the changed one again
        report = two.reports[0]
        assert report["articles_updated"] == 1 and report["articles_archived"] == 0
        assert report["days"][old_day]["updated"] == 1
        assert report["skipped"].get("known") == 1  # /a2 (a1's first "known" was taken back)

        three = run_cli(args, tmp_path)  # nothing changed since
        assert three.code == 0, three.stderr
        assert site.hits["/a1"] == 2 and site.hits["/a2"] == 1
        assert three.reports[0]["skipped"].get("known") == 2

        # a lastmod that moves while the text stays: fetched once, then remembered as fetched
        moved = (datetime.now(UTC) + timedelta(seconds=1)).replace(microsecond=0)
        site.pages["/sitemap.xml"] = sitemap(
            site.url, {"/a1": changed.isoformat(), "/a2": moved.isoformat()}
        )
        while datetime.now(UTC) <= moved:
            time.sleep(0.05)
        four = run_cli(args, tmp_path)
        assert four.code == 0 and four.reports[0]["skipped"].get("unchanged") == 1
        five = run_cli(args, tmp_path)
        assert five.code == 0 and five.reports[0]["skipped"].get("known") == 2
        assert site.hits["/a1"] == 2 and site.hits["/a2"] == 2

    records = by_path(uri)
    current = records["/a1"]
    assert current.version == 2 and "after a storm" in current.text
    store = open_storage(uri)
    kept = ArticleRecord.from_json(store.get_bytes(keys.version_key("lab", v1.article_id, 1)))
    assert kept.version == 1 and kept.text == v1.text and "storm" not in kept.text
    assert records["/a2"].version == 1
    lines = show_versions(uri, current.article_id, tmp_path)
    assert [line.split("\t")[0] for line in lines] == ["v1", "v2"]
    assert lines[0].split("\t")[1] == v1.fetched_at


def test_recent_articles_are_rechecked_conditionally_and_a_changed_one_is_versioned(
    tmp_path: Path,
) -> None:
    uri = str(tmp_path / "archive")
    today = date.today().isoformat()  # within lookback_days: re-checked with its validators
    with NewsSite() as site:
        site.etags = True
        site.pages["/"] = HOME
        site.pages["/a1"] = article("Harbour", "The harbour opened today. " * 30, today)
        site.pages["/a2"] = article("Market", "The market closed early. " * 30, today)
        config = site.config(tmp_path / "sites.yaml")
        args = ["crawl", "--config", str(config), "--archive", uri]
        assert run_cli(args, tmp_path).code == 0
        first = by_path(uri)["/a1"]

        again = run_cli(args, tmp_path)  # nothing changed: only conditional requests, all 304
        assert again.code == 0, again.stderr
        asked = [h for p, h in site.headers if p in ("/a1", "/a2")]
        assert len(asked) == 4
        assert all("If-None-Match" in h for h in asked[2:])  # no unconditional refetch
        assert again.reports[0]["skipped"].get("known") == 2
        assert again.reports[0]["articles_updated"] == 0

        site.pages["/a1"] = article(
            "Harbour", "The harbour opened late, after a storm. " * 30, today
        )
        third = run_cli(args, tmp_path)
        assert third.code == 0, third.stderr
        assert third.reports[0]["articles_updated"] == 1
        assert third.reports[0]["skipped"].get("known") == 1
    current = by_path(uri)["/a1"]
    assert current.version == 2 and "storm" in current.text
    kept = open_storage(uri).get_bytes(keys.version_key("lab", first.article_id, 1))
    assert ArticleRecord.from_json(kept).text == first.text


def test_a_source_dating_a_known_article_later_gets_a_conditional_request_not_a_refetch(
    tmp_path: Path,
) -> None:
    """Sitemaps that stamp every lastmod with their own build time must not make a rerun fetch
    every known article in full: it is asked with its own validators, and a 304 is remembered."""
    uri = str(tmp_path / "archive")
    old_day = "2026-11-02"  # outside lookback_days: without a source's date it is not re-checked
    with NewsSite() as site:
        site.etags = True
        site.pages["/robots.txt"] = (
            200,
            {"Content-Type": "text/plain"},
            f"User-agent: *\nSitemap: {site.url}/sitemap.xml\n",
        )
        site.pages["/"] = HOME
        site.pages["/a1"] = article("Harbour", "The harbour opened today. " * 30, old_day)
        site.pages["/a2"] = article("Market", "The market closed early. " * 30, old_day)
        site.pages["/sitemap.xml"] = sitemap(site.url, {"/a1": old_day, "/a2": old_day})
        args = ["crawl", "--config", str(site.config(tmp_path / "sites.yaml")), "--archive", uri]
        assert run_cli(args, tmp_path).code == 0

        built = (datetime.now(UTC) + timedelta(seconds=1)).replace(microsecond=0)
        stamp = built.isoformat()  # the sitemap's build time on every entry
        site.pages["/sitemap.xml"] = sitemap(site.url, {"/a1": stamp, "/a2": stamp})
        while datetime.now(UTC) <= built:
            time.sleep(0.05)
        again = run_cli(args, tmp_path)
        assert again.code == 0, again.stderr
        asked = [h for p, h in site.headers if p in ("/a1", "/a2")]
        assert len(asked) == 4
        assert all("If-None-Match" in h for h in asked[2:])  # conditional, answered 304
        assert again.reports[0]["skipped"].get("known") == 2
        assert again.reports[0]["articles_updated"] == 0

        third = run_cli(args, tmp_path)  # the same lastmods: the 304 made them no news
        assert third.code == 0, third.stderr
        assert len([p for p, _ in site.headers if p in ("/a1", "/a2")]) == 4
        assert third.reports[0]["skipped"].get("known") == 2
