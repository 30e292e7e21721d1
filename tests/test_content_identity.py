"""Identity from content: a page with no canonical link serving an archived text is an alias."""

from __future__ import annotations

from datetime import UTC, datetime

from newsarchive.archive.state import ArticleEntry, CrawlState
from newsarchive.config import SiteConfig
from newsarchive.decide import Recall, decide
from newsarchive.extraction.fingerprint import NearTwins
from newsarchive.page import Page
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


def test_a_page_claiming_its_own_canonical_is_not_folded_by_text() -> None:
    url, _ = _article()
    other = url.replace("/2017/", "/other/2017/")
    _, html = _article(canonical=other)
    first = decide(_page(url, _article()[1]), SITE, None, Recall())
    assert first.record is not None
    memory = Recall(by_sha={first.record.content_sha256: first.record.article_id})
    claimed = decide(_page(other, html), SITE, None, memory)
    assert claimed.kind == "archive"


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
