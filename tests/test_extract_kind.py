"""Page kinds by structure: listings are repeated cards linking to the site's articles."""

from __future__ import annotations

from newsarchive.extraction.extract import extract_page

HOST = "http://127.0.0.1:8233"
SENTENCE = (
    "The council voted on the harbour plan after a long debate about costs, delays and the "
    "families who live along the old quay, and promised a report before the summer. "
)


def _cards(n: int, href: str) -> str:
    return "".join(
        f'<table width="100%"><tr><td class="d">0{1 + i % 9}.03.2017</td></tr><tr><td>'
        f'<a href="{href.format(i=4100 + i)}"><b>Harbour story number {i} of the week</b></a>'
        f'<br>{SENTENCE[: 60 + i]}… <a href="{href.format(i=4100 + i)}">More »</a></td></tr></table>'
        for i in range(n)
    )


def _page(inner: str) -> bytes:
    return (
        "<html><head><title>Town news</title></head><body><div class=nav>"
        "<a href='/'>Home</a> | <a href='/news.php?cat=2'>Sport</a></div>"
        f"{inner}<div class=foot>Town news, since 1998.</div></body></html>"
    ).encode()


def test_a_category_page_of_query_urls_is_a_listing_whatever_its_url() -> None:
    # the page's own path is the articles' script: the query tells the articles apart
    got = extract_page(_page(_cards(8, "/news.php?id={i}")), f"{HOST}/news.php?cat=1")
    assert (got.page_kind, got.kind_reason) == ("listing", "structure:items")
    # the same cards at a URL with no listing word in it
    got = extract_page(_page(_cards(8, "/{i}-harbour-story.html")), f"{HOST}/stadt")
    assert (got.page_kind, got.kind_reason) == ("listing", "structure:items")


def test_an_article_with_a_rail_of_other_stories_stays_an_article() -> None:
    body = "".join(f"<p>{SENTENCE}{i}</p>" for i in range(6))
    rail = "<h4>Other stories</h4><ul>" + "".join(
        f'<li><a href="/news.php?id={4200 + i}">Another harbour story number {i}</a></li>'
        for i in range(8)
    )
    html = _page(f"<h1>The harbour plan</h1><p class=d>05.03.2017</p>{body}{rail}</ul>")
    got = extract_page(html, f"{HOST}/news.php?id=4100")
    assert got.page_kind == "article", got.kind_reason


def test_comments_rendered_as_nested_articles_are_not_listing_cards() -> None:
    body = "".join(f"<p>{SENTENCE}{i}</p>" for i in range(4))
    comments = "".join(
        f'<article class="comment"><h3>Re: harbour {i}</h3><p>Reader {i} agrees.</p></article>'
        for i in range(6)
    )
    html = _page(
        f'<article class="node"><h1>The harbour plan</h1><time datetime="2017-03-05">5 March'
        f"</time>{body}<section class=comments>{comments}</section></article>"
    )
    got = extract_page(html, f"{HOST}/content/the-harbour-plan")
    assert got.page_kind == "article", got.kind_reason
