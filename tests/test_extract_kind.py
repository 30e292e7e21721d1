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


def test_the_last_page_of_a_listing_with_three_cards_is_a_listing() -> None:
    # fewer cards than a full page, but all of the page's text is theirs
    got = extract_page(_page(_cards(3, "/blog/{i}-harbour-story")), f"{HOST}/blog/tag:x/page:3")
    assert (got.page_kind, got.kind_reason) == ("listing", "structure:items")


def test_a_last_page_of_two_cards_is_a_listing() -> None:
    # (without the site's chrome, which its profile removes in a crawl)
    html = f"<html><body><h1>Archive</h1>{_cards(2, '/blog/{i}-harbour-story')}</body></html>"
    got = extract_page(html.encode(), f"{HOST}/blog/index6.html")
    assert (got.page_kind, got.kind_reason) == ("listing", "structure:items")


def test_cards_in_a_script_without_spaces_are_items() -> None:
    """Thai headlines have no spaces between words; the tags after each are two links the
    extractor joins without one, and the date it drops: the page is still all its cards."""
    headlines = [
        "ชาวนครสวรรค์เสียงแตกเรื่องการขยายห้องสมุดประชาชน",
        "โครงการบ้านเอื้ออาทรริมท่าเรือมีความหมายอย่างไรต่อขอนแก่น",
        "สะพานคนเดินข้ามแม่น้ำแห่งใหม่มีความหมายอย่างไรต่อนครสวรรค์",
        "การสร้างโรงเรียนประจำตำบลมีความหมายอย่างไรต่อสงขลา",
        "ตั้งคำถามงบประมาณการบูรณะตลาดเก่า",
        "ชาวอุดรธานีเสียงแตกเรื่องโครงการบ้านเอื้ออาทรริมท่าเรือ",
    ]
    items = "".join(
        f'<li class="postlist-item"><a href="/posts/2017-04-{20 + i}-{30 - i}/">{h}</a> '
        f'<time datetime="2017-04-{20 + i}">{20 + i} เมษายน 2560</time> '
        f'<a href="/tags/tag-{i % 3}/" class="tag">ที่อยู่อาศัย</a><a href="/tags/tag-5/" '
        f'class="tag">ผังเมือง</a></li>'
        for i, h in enumerate(headlines)
    )
    html = _page(f'<main><h1>คลังข่าว</h1><ol class="postlist">{items}</ol></main>')
    got = extract_page(html, f"{HOST}/posts/")
    assert (got.page_kind, got.kind_reason) == ("listing", "structure:items")


def test_a_short_story_with_three_related_cards_stays_an_article() -> None:
    # a brief (just long enough to be a story): most of the page's text is its own
    body = (
        f"<p>{SENTENCE}</p><p>The mayor said the first works could start in the autumn, once "
        "the tender has closed, and that the quay would stay open to fishing boats.</p>"
        "<p>Residents will see the plans at the library until the end of the month.</p>"
    )
    html = _page(
        f"<h1>The harbour plan</h1><p class=d>05.03.2017</p>{body}"
        f"<h4>Read also</h4>{_cards(3, '/blog/{i}-harbour-story')}"
    )
    got = extract_page(html, f"{HOST}/blog/the-harbour-plan")
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


def _story(paragraphs: str, extra: str = "") -> bytes:
    return _page(
        "<h1>The harbour plan</h1><p class=d>Published 05.03.2017</p>"
        f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "The harbour'
        f' plan", "datePublished": "2017-03-05T09:00:00+01:00"}}</script>{paragraphs}{extra}'
    )


def test_a_numeric_permalink_under_an_archive_word_is_an_article() -> None:
    # WordPress "/archives/%post_id%" permalinks: the page is one dated story of prose
    body = "".join(f"<p>{SENTENCE}{i}</p>" for i in range(5))
    got = extract_page(_story(body), f"{HOST}/archives/60007")
    assert got.page_kind == "article", got.kind_reason


def test_a_story_whose_path_has_a_listing_word_is_still_an_article() -> None:
    # the URL word is a hint the page's structure overrules: prose, dated, no cards
    body = "".join(f"<p>{SENTENCE}{i}</p>" for i in range(5))
    got = extract_page(_story(body), f"{HOST}/archive/2017/03/")
    assert got.page_kind == "article", got.kind_reason
    # a dated archive page of cards stays a listing
    got = extract_page(_page(_cards(8, "/news/{i}-harbour-story.html")), f"{HOST}/archive/2017/03/")
    assert got.page_kind == "listing", got.kind_reason


def test_a_body_written_with_br_breaks_is_read_as_paragraphs_not_its_comments() -> None:
    # legacy portals: <font>para<br><br>para</font>, then reader comments in tables
    body = "<br><br>".join(f"{SENTENCE}{i}" for i in range(5))
    comments = "".join(
        f"<table><tr><td><b>Re: The harbour plan</b><br><font>by reader{i} on 0{i + 1}.03.2017"
        f" 10:0{i}</font></td></tr><tr><td><font>Well said, number {i}.<br><br>"
        f'[ <a href="/news.php?op=reply&amp;pid={i}">Reply</a> ]</font></td></tr></table>'
        for i in range(6)
    )
    html = _page(
        f"<table><tr><td><font class=title><b>The harbour plan</b></font><br><font class=tiny>"
        f'Posted 05.03.2017</font></td></tr><tr><td><a href="/news.php?topic=2"><img src=t.gif>'
        f"</a><font class=content>{body}</font></td></tr></table>{comments}"
    )
    got = extract_page(html, f"{HOST}/news.php?id=4100")
    assert got.page_kind == "article", got.kind_reason
    assert SENTENCE.strip()[:60] in got.text
    assert got.text.count("council voted") == 5


def test_a_list_of_links_one_per_line_is_a_listing() -> None:
    # search results and topic pages written as lines: link, <br>, byline, <br><br>
    lines = "".join(
        f'<a href="/news.php?id={4100 + i}"><b>Harbour story number {i} of the week</b></a><br>'
        f"<font class=tiny>Posted by editor on 0{1 + i % 9}.03.2017 10:00</font><br><br>"
        for i in range(8)
    )
    got = extract_page(
        _page(f"<table><tr><td><b>8 results:</b><br>{lines}</td></tr></table>"),
        f"{HOST}/search.php?topic=1",
    )
    assert got.page_kind == "listing", got.kind_reason


def test_cards_whose_link_is_an_empty_overlay_are_items() -> None:
    # Hugo PaperMod archives: <div class=entry><h3>title</h3><a class=entry-link href=…></a>
    cards = "".join(
        f'<div class="archive-entry"><h3>Harbour story number {i} of the week</h3>'
        f'<a class="entry-link" href="/posts/harbour-story-{i}/"></a></div>'
        for i in range(10)
    )
    got = extract_page(_page(f"<h1>Archives</h1><p>March 2017</p>{cards}"), f"{HOST}/overview/")
    assert (got.page_kind, got.kind_reason) == ("listing", "structure:items")


def test_cjk_cards_count_as_items() -> None:
    # unspaced script: a headline is one "word" to split(); its characters count instead
    cards = "".join(
        f'<li class="item">2017年04月{10 + i}日: <a href="/2017/04/entry-{300 + i}.html">'
        f"松本、駅前再開発計画で議論{i}</a></li>"
        for i in range(10)
    )
    got = extract_page(_page(f"<h2>ブログ記事一覧</h2><ul>{cards}</ul>"), f"{HOST}/archives.html")
    assert got.page_kind == "listing", got.kind_reason


def _definition_cards(n: int) -> str:
    items = "".join(
        f'<dt><a href="/news/harbour-story-{4100 + i}">Harbour story number {i} of the week</a>'
        f'</dt><dd><span class="by">by the desk, 0{1 + i % 9}.03.2017</span>'
        f"<p>{SENTENCE[: 90 + 3 * i]}…</p></dd>"
        for i in range(n)
    )
    return f"<h1>Results</h1><p>{n} items match.</p><dl class=results>{items}</dl>"


def test_search_results_as_a_definition_list_are_a_listing() -> None:
    # each result: the headline's link in <dt>, its date and teaser in the <dd> after it
    got = extract_page(_page(_definition_cards(7)), f"{HOST}/@@search?Subject%3Alist=Harbour")
    assert (got.page_kind, got.kind_reason) == ("listing", "structure:items")


def test_an_article_with_a_glossary_list_stays_an_article() -> None:
    terms = "".join(
        f'<dt><a href="/news/term-{i}">Term number {i}</a></dt><dd>{SENTENCE[:80]}</dd>'
        for i in range(6)
    )
    body = "".join(f"<p>{SENTENCE * 2}</p>" for _ in range(6))
    html = _page(f"<article><h1>The harbour plan explained</h1>{body}<dl>{terms}</dl></article>")
    got = extract_page(html, f"{HOST}/news/the-harbour-plan-explained")
    assert got.page_kind == "article", got.kind_reason


def test_a_forum_topic_list_with_reply_and_view_counts_is_a_listing() -> None:
    # each row: the topic's link, its last post's date and poster, then bare counts (replies,
    # views) that are nobody's prose; the counts must not make the page a story
    rows = "".join(
        f'<tr><td class="alt1"><a href="/showthread.php?t={2100 + i}">Harbour wall topic {i} '
        f"and the new quay</a><div class=smallfont>Poster{i % 3}</div></td>"
        f'<td class="alt2"><div class=smallfont>{1 + i:02d}-03-2017, 1{i % 10}:35 by '
        f"Poster{i % 3}</div></td><td>{i % 7}</td><td>{100 + 37 * i}</td></tr>"
        for i in range(14)
    )
    table = (
        f"<table class=tborder><tr><td colspan=4>Topics in forum: Harbour</td></tr>{rows}</table>"
    )
    got = extract_page(_page(table), f"{HOST}/forumdisplay.php?f=14")
    assert (got.page_kind, got.kind_reason) == ("listing", "structure:items")


def test_bare_counts_in_a_row_of_an_item_are_not_own_text() -> None:
    from newsarchive.extraction.kind import own_text

    card = "24-04-2017, 18:35 by Ana Ruiz"
    assert own_text("| | 24-04-2017, 18:35 by Ana Ruiz | 1 | 139 |", [card]) == 0
    assert own_text("| The council met | 139 |", [card]) > 0  # words of its own still count


def _blog_entries(n: int) -> str:
    """Dotclear-style entries: a date, the linked headline, a teaser of prose, 'read more' and
    a comment count linking to the entry's #comments; positional classes on the entries."""
    flags = ("odd first", "", "odd", "", "odd last")
    return "".join(
        f'<div id="p{300 + i}" class="post {flags[i % 5]} short"><p class="day-date">'
        f'dimanche {16 - i} avril 2017</p><h2 class="post-title"><a href="/index.php?post/'
        f'2017/04/{16 - i}/Harbour-story-{i}">Harbour story {i} and the new quay</a></h2>'
        f'<div class="post-content">{SENTENCE * 2}</div><p class="read-it"><a href="/index.php?'
        f'post/2017/04/{16 - i}/Harbour-story-{i}">Read more</a></p><p class="post-info-co">'
        f'<a href="/index.php?post/2017/04/{16 - i}/Harbour-story-{i}#comments">{i} comments'
        f"</a></p></div>"
        for i in range(n)
    )


def test_a_tag_page_of_three_blog_entries_with_teasers_is_a_listing() -> None:
    # each entry links its article three times (headline, read more, #comments): one item,
    # however its entry's classes alternate; the teasers are the items' text, not the page's
    got = extract_page(_page(_blog_entries(3)), f"{HOST}/index.php?tag/harbour")
    assert (got.page_kind, got.kind_reason) == ("listing", "structure:items")


def test_an_entry_whose_url_is_a_query_route_is_not_the_home_page() -> None:
    url = f"{HOST}/index.php?post/2017/04/16/Harbour-story-0"
    got = extract_page(_story("".join(f"<p>{SENTENCE}</p>" for _ in range(5))), url)
    assert got.page_kind == "article"


def test_linked_headlines_without_spaces_count_as_teasers() -> None:
    from lxml import html as lxml_html

    from newsarchive.extraction.kind import teaser_headlines

    tree = lxml_html.fromstring(
        '<html><body><h2><a href="/archives/40/">地铁三号线延伸段获批</a></h2></body></html>'
    )
    assert teaser_headlines(tree) == ["地铁三号线延伸段获批"]


def test_relative_links_are_resolved_against_the_page_like_a_browser_does() -> None:
    # phpBB writes every link './viewtopic.php?…'; a board under /forum/ lists its topics so
    from lxml import html as lxml_html

    from newsarchive.extraction.kind import item_links
    from newsarchive.extraction.profile import url_shape

    rows = "".join(
        f'<li class="row"><dl><dt><a class="topictitle" href="./viewtopic.php?f=2&amp;t={2100 + i}">'
        f"Harbour wall topic {i} and the new quay</a><br>by Poster{i % 3} » {1 + i:02d} Mar 2017"
        f"</dt><dd>{i % 7}</dd></dl></li>"
        for i in range(6)
    )
    tree = lxml_html.fromstring(_page(f"<ul class=topics>{rows}</ul>"))
    topic = url_shape(f"{HOST}/forum/viewtopic.php?f=2&t=2100")
    shaped = lambda path: url_shape(HOST + path) == topic  # noqa: E731  (the site's profile)
    assert len(item_links(tree, f"{HOST}/forum/viewforum.php?f=2", shaped)) == 6
    # '../' climbs, a bare name sits beside the page, '//host' keeps the scheme
    tree = lxml_html.fromstring(
        _page(
            "<ul>"
            + "".join(
                f'<li class=c><a href="{href}">Harbour story {i} of the week</a> {i + 1} Mar</li>'
                for i, href in enumerate(
                    [
                        "../forum/viewtopic.php?t=7",
                        "viewtopic.php?t=8",
                        "//127.0.0.1:8233/forum/viewtopic.php?t=9",
                    ]
                )
            )
            + "</ul>"
        )
    )
    single = url_shape(f"{HOST}/forum/viewtopic.php?t=1")
    got = item_links(
        tree, f"{HOST}/forum/viewforum.php?f=2", lambda p: url_shape(HOST + p) == single
    )
    assert len(got) == 3, got


def test_a_few_cards_at_an_address_not_shaped_like_the_sites_articles_is_a_listing() -> None:
    # a section's second page: three cards under the section's own intro line, at an address
    # (the section's, with a paging parameter) no article of the site has
    from newsarchive.extraction.kind import PageSignals, classify_page

    signals = PageSignals(
        text_length=608, has_date=True, item_links=3, own_text=63, site_prose=1448, text_chars=608
    )
    url = f"{HOST}/-Transports-?debut_articles=6"
    assert classify_page(url, signals)[0] == "article"  # the page alone: its own text is 10 %
    signals.article_shape = False
    assert classify_page(url, signals) == ("listing", "structure:items")
    signals.article_shape, signals.own_text = False, 400  # a short story of its own: no listing
    assert classify_page(url, signals)[0] == "article"


def _whole_posts(titles: list[str]) -> bytes:
    """A blog's home page showing whole posts (no excerpts, as many themes do): each post
    under its linked headline, with author and category links of the site's article shape."""
    posts = "".join(
        f'<article class="post"><h2 class="post-title"><a href="/2017/03/{t.lower().replace(" ", "-")}/">'
        f"{t}</a></h2><ul class=meta><li>By <a href='/author/ana-maria-ruiz/'>Ana Maria Ruiz</a>"
        f"</li><li>0{1 + i}.03.2017</li><li><a href='/topics/harbour-and-quay-works/'>Harbour</a>"
        f"</li></ul><div class=content>{''.join(f'<p>{SENTENCE}{k}</p>' for k in range(4))}</div>"
        "</article>"
        for i, t in enumerate(titles)
    )
    return _page(f"<div id=main>{posts}</div>")


def test_a_page_of_whole_posts_under_their_linked_headlines_is_a_listing() -> None:
    titles = ["Harbour wall opens", "Quay works begin again", "Ferry returns in May"]
    got = extract_page(_whole_posts(titles), f"{HOST}/page/2/")
    assert (got.page_kind, got.kind_reason) == ("listing", "structure:items")


def test_a_forum_topic_whose_replies_link_their_own_permalinks_stays_an_article() -> None:
    # the replies' headlines repeat the topic's ('Re: …'): posts of one story, not a list
    posts = "".join(
        f'<div class="post"><h3><a href="/forum/harbour-wall-opens-msg-{40 + n}/">Re: Harbour '
        f"wall opens</a></h3><p class=author>by <a href='/member/ana-maria-ruiz/'>Ana Maria "
        f"Ruiz</a> » 0{1 + n}.03.2017, 10:0{n}</p><div class=content>"
        f"{''.join(f'<p>{SENTENCE}{k}</p>' for k in range(3))}</div></div>"
        for n in range(2)
    )
    html = _page(f"<h1>Harbour wall opens</h1><div id=posts>{posts}</div>")
    got = extract_page(html, f"{HOST}/forum/harbour-wall-opens/")
    assert got.page_kind == "article", got.kind_reason


def test_comments_rendered_as_articles_beside_the_story_are_not_listing_cards() -> None:
    # HTML5 themes and forum-style CMSs write each reader comment as an <article> of its own
    # after the story's <article>: a short story with four comments is one story, not a list
    body = "".join(f"<p>{SENTENCE}{i}</p>" for i in range(4))
    comments = "".join(
        f'<article id="comment-{50 + i}" class="comment"><footer><b><a href="/user/{30 + i}/">'
        f'Reader{i}</a></b> <a href="/content/the-harbour-plan?comment={50 + i}#comment-'
        f'{50 + i}"><time datetime="2017-03-0{6 + i}T10:00:00Z">{6 + i} March</time></a>'
        f"</footer><p>Reader {i} agrees with the plan.</p></article>"
        for i in range(4)
    )
    html = _page(
        f'<article class="story"><h1>The harbour plan</h1><time datetime="2017-03-05">5 March'
        f'</time>{body}</article><section id="comments"><h2>4 comments</h2>{comments}</section>'
    )
    got = extract_page(html, f"{HOST}/content/the-harbour-plan")
    assert got.page_kind == "article", got.kind_reason
    # the same number of <article> cards, each only a linked headline and a date: a listing
    cards = "".join(
        f'<article class="teaser"><h2><a href="/content/harbour-story-{i}">Harbour story number'
        f' {i} of the week</a></h2><time datetime="2017-03-0{1 + i}">{1 + i} March</time>'
        "</article>"
        for i in range(5)
    )
    got = extract_page(_page(f"<h1>News</h1>{cards}"), f"{HOST}/news")
    assert got.page_kind == "listing", got.kind_reason


def test_a_brief_at_an_articles_address_with_rails_of_other_stories_is_one_story() -> None:
    from newsarchive.extraction.kind import PageSignals, classify_page

    # a 570-character story on a site whose stories run to 2,400: three related cards and a
    # most-read list link eight other stories, none of their headlines in its text
    brief = PageSignals(
        jsonld_types=["NewsArticle"],
        og_type="article",
        text_length=571,
        text_chars=571,
        has_date=True,
        teasers_in_text=0,
        item_links=8,
        own_text=571,
        site_prose=2400,
        article_shape=True,
    )
    url = f"{HOST}/aktuelles/politik/weilheim-grundsteuer.html"
    assert classify_page(url, brief)[0] == "article"
    # the same page at an address not shaped like the site's articles is its section's listing
    brief.article_shape = False
    assert classify_page(url, brief) == ("listing", "structure:items")
    # and at an article's address, a page whose text is its cards' is a listing still
    brief.article_shape, brief.own_text = True, 120
    assert classify_page(url, brief) == ("listing", "structure:items")
