"""Identity from content: a page with no canonical link serving an archived text is an alias."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsarchive.archive.state import ArticleEntry, CrawlState
from newsarchive.archive.writer import ArchiveWriter
from newsarchive.config import SiteConfig
from newsarchive.decide import Recall, decide
from newsarchive.extraction.fingerprint import NearTwins
from newsarchive.page import Page
from newsarchive.settings import Settings
from tests.crawl_helpers import archived
from tests.news_site import article
from tests.profile_sitegen import make_site

SITE = SiteConfig(name="gen", url="http://127.0.0.1:8101/")
FETCHED = datetime(2017, 3, 30, 12, 0, tzinfo=UTC)


def _page(url: str, html: str) -> Page:
    return Page(
        url=url,
        requested_url=url,
        status=200,
        headers=[("Content-Type", "text/html; charset=utf-8")],
        body=html.encode("utf-8"),
        fetched_at=FETCHED,
    )


def _article(canonical: str = "") -> tuple[str, str]:
    page = make_site("plain", pages=6, seed=1)[0]
    html = page.html
    if canonical:
        html = html.replace("<head>", f'<head><link rel="canonical" href="{canonical}">', 1)
    return page.url, html


def test_same_text_at_another_url_without_canonical_is_an_alias() -> None:
    url, html = _article()
    first = decide(_page(url, html), SITE, None, Recall())
    assert first.kind == "archive" and first.record is not None
    memory = Recall(by_sha={first.record.content_sha256: first.record.article_id})
    twin = decide(_page(url.replace("/2017/", "/index.php/2017/"), html), SITE, None, memory)
    assert (twin.kind, twin.outcome, twin.alias_of) == (
        "alias",
        "duplicate",
        first.record.article_id,
    )


def test_a_page_naming_itself_canonical_is_folded_by_text_one_naming_another_is_not() -> None:
    url, html = _article()
    first = decide(_page(url, html), SITE, None, Recall())
    assert first.record is not None
    memory = Recall(by_sha={first.record.content_sha256: first.record.article_id})
    # a canonical link that names the address asked for says nothing of the page's twins
    other = url.replace("/2017/", "/other/2017/")
    _, itself = _article(canonical=other)
    echoed = decide(_page(other, itself), SITE, None, memory)
    assert (echoed.kind, echoed.alias_of) == ("alias", first.record.article_id)
    # one naming another address is that address's article
    elsewhere = url.replace("/2017/", "/print/2017/")
    claimed = decide(_page(elsewhere, itself), SITE, None, memory)
    assert claimed.kind == "archive" and claimed.record is not None
    assert claimed.record.canonical_url == other


def test_state_indexes_content_shas_and_keeps_them_across_save_and_load() -> None:
    state = CrawlState(site="gen")
    state.remember("a1", ArticleEntry("k1", "sha-1", "2017-03-01", "t"), ["http://x/1"])
    assert state.article_of_sha("sha-1") == "a1"
    state.remember("a1", ArticleEntry("k1", "sha-2", "2017-03-01", "t"), ["http://x/1"])
    assert state.article_of_sha("sha-1") is None and state.article_of_sha("sha-2") == "a1"
    loaded = CrawlState.from_bytes("gen", state.to_bytes())
    assert loaded.article_of_sha("sha-2") == "a1"


def _print_view(html: str) -> str:
    """The same story as a CMS's print view: the side rail and footer gone, a line added."""
    rail = html.index("<div class=rail>")
    body = html[:rail].replace(
        "</div><div class=tools>", "<p>Printed from the archive.</p></div><div class=tools>", 1
    )
    return body + "</body></html>"


def test_a_print_view_of_an_article_met_in_the_run_is_an_alias_by_text_and_title() -> None:
    url, html = _article()
    first = decide(_page(url, html), SITE, None, Recall())
    assert first.kind == "archive" and first.record is not None
    view = decide(_page(url + "?print=yes&sid=7", _print_view(html)), SITE, None, Recall())
    assert view.record is not None  # an article of its own when nothing else is known
    assert view.record.content_sha256 != first.record.content_sha256  # not the same text
    twins = NearTwins()
    twins.add(first.record.article_id, first.record.simhash, first.record.title, first.record.text)
    memory = Recall(twins=twins)
    again = decide(_page(url + "?print=yes&sid=7", _print_view(html)), SITE, None, memory)
    assert (again.kind, again.outcome, again.alias_of) == (
        "alias",
        "duplicate",
        first.record.article_id,
    )


def test_another_story_under_the_same_headline_is_not_a_twin() -> None:
    pages = make_site("plain", pages=6, seed=1)
    first = decide(_page(pages[0].url, pages[0].html), SITE, None, Recall())
    assert first.record is not None and first.record.title
    twins = NearTwins()
    twins.add(first.record.article_id, first.record.simhash, first.record.title, first.record.text)
    other = decide(_page(pages[1].url, pages[1].html), SITE, None, Recall())
    assert other.record is not None and other.record.title
    # the second story given the first one's headline: its text is not near, so its own article
    html = pages[1].html.replace(other.record.title, first.record.title)
    same_title = decide(_page(pages[1].url, html), SITE, None, Recall(twins=twins))
    assert same_title.record is not None and same_title.record.title == first.record.title
    assert same_title.kind == "archive"


def _writer_run(tmp_path: Path, pages: list[Page]) -> tuple[list[str], ArchiveWriter]:
    settings = Settings.from_env(
        archive_uri=str(tmp_path / "archive"), spool_dir=tmp_path / "spool"
    )
    writer = ArchiveWriter.from_settings(SITE, settings, kind="crawl")
    assert writer.open()
    outcomes = []
    for page in pages:
        page.raw = writer.write_raw(page)
        outcomes.append(writer.apply(decide(page, SITE, writer.window, writer.memory)))
    writer.close()
    writer.write_report()
    return outcomes, writer


STORY_TEXT = "\n".join(
    f"The council approved the new harbour wall, part {i}, after a long debate on its cost."
    for i in range(12)
)


@pytest.mark.parametrize("order", ["print first", "article first"])
def test_a_print_view_without_canonical_is_an_alias_whichever_is_met_first(
    tmp_path: Path, order: str
) -> None:
    base = SITE.url.rstrip("/")
    view_url, print_url = f"{base}/news/7", f"{base}/print/7"
    view = _page(view_url, article("Harbour wall approved", STORY_TEXT, "2017-03-30", view_url))
    printed = _page(print_url, article("Harbour wall approved", STORY_TEXT, "2017-03-30"))
    pages = [printed, view] if order == "print first" else [view, printed]
    outcomes, writer = _writer_run(tmp_path, pages)
    # met first, the print view was archived as its own article; the page naming its
    # canonical URL then takes it over: one article, the print URL its alias
    assert outcomes == (
        ["archived", "archived"] if order == "print first" else ["archived", "duplicate"]
    )
    (record,) = archived(str(tmp_path / "archive")).values()
    assert record.canonical_url == view_url
    assert print_url in record.aliases
    assert writer.report.articles_archived == 1
    assert writer.report.skipped["duplicate"] == 1
    assert writer.state.urls[print_url] == record.article_id


def test_two_pages_each_naming_itself_canonical_with_one_text_are_one_article(
    tmp_path: Path,
) -> None:
    # the same story filed under two sections, each page's canonical link echoing its address
    base = SITE.url.rstrip("/")
    one, two = f"{base}/news/7", f"{base}/sport/7"
    pages = [
        _page(url, article("Harbour wall approved", STORY_TEXT, "2017-03-30", url))
        for url in (one, two)
    ]
    outcomes, writer = _writer_run(tmp_path, pages)
    assert outcomes == ["archived", "duplicate"]
    assert writer.report.articles_archived == 1
    (record,) = archived(str(tmp_path / "archive")).values()
    assert (record.canonical_url, record.aliases) == (one, [two])


@pytest.mark.parametrize(
    ("first", "second"),
    [("/blog/7/", "/blog/7"), ("/blog/7", "/blog/7/"), ("/blog/7/index.html", "/blog/7/")],
)
def test_one_address_written_two_ways_each_echoed_as_canonical_is_one_article(
    tmp_path: Path, first: str, second: str
) -> None:
    # static hosts answer '/a' and '/a/' alike, and a canonical link built from the requested
    # address names each form its own: the same text there is one article
    base = SITE.url.rstrip("/")
    pages = [
        _page(base + path, article("Harbour wall approved", STORY_TEXT, "2017-03-30", base + path))
        for path in (first, second)
    ]
    outcomes, writer = _writer_run(tmp_path, pages)
    assert outcomes == ["archived", "duplicate"] and writer.report.articles_archived == 1
    (record,) = archived(str(tmp_path / "archive")).values()
    assert record.canonical_url == base + first and record.aliases == [base + second]
    # a near copy (extracted before and after the site's profile dropped a chrome line) too
    pages = [
        _page(base + path, article("Harbour wall approved", text, "2017-03-30", base + path))
        for path, text in ((first, STORY_TEXT + "\nShare this story"), (second, STORY_TEXT))
    ]
    outcomes, _ = _writer_run(tmp_path / "near", pages)
    assert outcomes == ["archived", "duplicate"]
    # another story at the other form is another article
    other = "\n".join(
        f"Ticket prices on the island ferry rise by {i} percent from May, the operator said."
        for i in range(12)
    )
    pages = [
        _page(base + path, article("Harbour wall approved", text, "2017-03-30", base + path))
        for path, text in ((first, STORY_TEXT), (second, other))
    ]
    outcomes, _ = _writer_run(tmp_path / "two", pages)
    assert outcomes == ["archived", "archived"]


def test_the_runs_second_pass_merges_a_print_view_the_first_pass_kept_apart(
    tmp_path: Path,
) -> None:
    # First pass: the article page came out with a line of chrome (shaped by an earlier
    # profile), so its text differed from the print view's: two articles. Decided again with
    # the run's final profile, its text is the print view's: the print view becomes its alias,
    # and the run's own report (the first pass's) counts one article and one duplicate.
    base = SITE.url.rstrip("/")
    view_url, print_url = f"{base}/news/7", f"{base}/print/7"
    chrome = STORY_TEXT + "\nShare this story with your friends on every network today."
    settings = Settings.from_env(
        archive_uri=str(tmp_path / "archive"), spool_dir=tmp_path / "spool"
    )
    first = ArchiveWriter.from_settings(SITE, settings, kind="crawl")
    assert first.open()
    for page in (
        _page(print_url, article("Harbour wall approved", STORY_TEXT, "2017-03-30")),
        _page(view_url, article("Harbour wall approved", chrome, "2017-03-30", view_url)),
    ):
        page.raw = first.write_raw(page)
        assert first.apply(decide(page, SITE, first.window, first.memory)) == "archived"
    first.close()
    assert first.report.articles_archived == 2

    again = ArchiveWriter.from_settings(SITE, settings, kind="reextract", run_id=first.run_id)
    again.first_pass = first
    assert again.open()
    view = _page(view_url, article("Harbour wall approved", STORY_TEXT, "2017-03-30", view_url))
    view.raw = again.write_raw(view)
    again.apply(decide(view, SITE, again.window, again.memory))
    again.close()
    assert again.absorbed == 1
    (record,) = archived(str(tmp_path / "archive")).values()
    assert record.canonical_url == view_url and print_url in record.aliases
    assert first.report.articles_archived == 1
    assert first.report.skipped["duplicate"] == 1
