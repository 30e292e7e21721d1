"""Site profiles learned from generated sites: chrome, labels, comment regions, titles, kinds."""

from __future__ import annotations

import json
import random

import pytest

from newsarchive.extraction.extract import extract_page
from newsarchive.extraction.profile import (
    MIN_ARTICLES,
    PageFeatures,
    SiteProfile,
    learn_profile,
)
from tests.profile_sitegen import STYLES, GenPage, make_site

LANGS = ("en", "de", "es", "fr")


def _learn(pages: list[GenPage]) -> SiteProfile:
    return learn_profile([(p.url, p.html.encode()) for p in pages], site="gen")


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


def _assert_bodies_only(pages: list[GenPage], profile: SiteProfile) -> None:
    """Each article page extracts to its body paragraphs, all of them and nothing else."""
    for page in pages:
        if page.kind == "article":
            got = extract_page(page.html.encode(), page.url, profile=profile)
            assert _lines(got.text) == page.paragraphs, page.url


@pytest.mark.parametrize(
    ("style", "lang", "seed"),
    [(s, lang, i) for i, s in enumerate(STYLES) for lang in LANGS[i % 2 :: 2]],
)
def test_profile_removes_the_sites_chrome_and_keeps_every_body_paragraph(
    style: str, lang: str, seed: int
) -> None:
    pages = make_site(style, lang, pages=20, seed=seed)
    profile = _learn(pages)
    assert profile.trusted
    for page in pages:
        got = extract_page(page.html.encode(), page.url, profile=profile)
        if page.kind != "article":
            continue
        # the text is the body paragraphs, all of them, in order, and nothing else: no share
        # row, "other stories", label rows, sign-up box, footer or reader comments
        assert _lines(got.text) == page.paragraphs, page.url
        assert got.title == page.title, page.url
        assert got.profile_version == profile.version


@pytest.mark.parametrize("style", ["plain", "joomla"])
def test_a_body_cut_into_grid_rows_keeps_its_second_half(style: str) -> None:
    """A dated row between a body's halves looks like a thread of dated items; a region is
    never where the body itself is, so the second half is kept."""
    pages = make_site(style, "en", pages=20, seed=15, grid=True)
    profile = _learn(pages)
    assert profile.trusted
    _assert_bodies_only(pages, profile)


def test_a_body_sentence_on_two_articles_is_not_chrome() -> None:
    pages = make_site("plain", "en", pages=20, seed=7)
    shared = pages[1].paragraphs[1]
    assert shared == pages[2].paragraphs[1]  # the generator's quote carried by two stories
    profile = _learn(pages)
    assert not any(shared.casefold().startswith(c[:40]) for c in profile.chrome)
    for page in pages[1:3]:
        assert shared in extract_page(page.html.encode(), page.url, profile=profile).text


@pytest.mark.parametrize(
    ("style", "credit"),
    [("plain", "line"), ("legacy", "tail"), ("blogger", "line"), ("joomla", "tail")],
)
def test_credit_lines_at_the_body_end_are_learned_from_their_recurring_words(
    style: str, credit: str
) -> None:
    # "Name label name@paper.example" or "(label: Name)" closing every body: the name and the
    # address change, the label word and the domain recur at the body's edge, never inside it
    pages = make_site(style, "en", pages=20, seed=11, credit=credit)
    articles = [p for p in pages if p.kind == "article"]
    alone = extract_page(articles[0].html.encode(), articles[0].url)
    assert _lines(alone.text) != articles[0].paragraphs  # without the profile, the credit leaks
    profile = _learn(pages)
    assert profile.edge_words
    _assert_bodies_only(pages, profile)


def test_short_closing_sentences_are_kept() -> None:
    # a short last paragraph of ordinary words is the article's: its words also occur inside
    # bodies, so they are no credit line's label
    pages = make_site("plain", "en", pages=20, seed=12, closing=True)
    profile = _learn(pages)
    _assert_bodies_only(pages, profile)


@pytest.mark.parametrize("style", ["plain", "joomla", "blogger"])
def test_an_info_row_whose_words_after_the_colon_vary_is_a_label_row(style: str) -> None:
    # "Label: weekday, date | author": seven weekdays, so the lead before the first digit
    # recurs on a seventh of the articles only; the label up to its colon recurs on all
    pages = make_site(style, "en", pages=21, seed=13, dated_info=True)
    profile = _learn(pages)
    _assert_bodies_only(pages, profile)


def test_a_recurring_lead_inside_the_body_is_content() -> None:
    # an interview's "Question: ..." paragraphs sit between the body's prose on every article:
    # their lead recurs at one path, yet they are the article's
    pages = make_site("plain", "en", pages=20, seed=14, interview=True)
    profile = _learn(pages)
    _assert_bodies_only(pages, profile)


def test_aliases_of_one_article_count_once() -> None:
    """Print variants and URL twins serve the same text: it must not become the site's chrome."""
    pages = [p for p in make_site("joomla", "de", pages=4, seed=3) if p.kind == "article"]
    served = [
        (f"{p.url}{suffix}", p.html.encode()) for p in pages for suffix in ("", "?print=1", "#x")
    ]
    profile = learn_profile(served)
    assert profile.articles == 4
    assert profile.pages == 12
    assert not profile.trusted  # four articles are not enough to trust
    assert profile.chrome == set()


def test_too_few_pages_give_no_profile_and_the_page_alone_decides() -> None:
    pages = make_site("blogger", "en", pages=MIN_ARTICLES - 1, seed=2, listings=0)
    profile = _learn(pages)
    assert not profile.trusted
    page = pages[0]
    alone = extract_page(page.html.encode(), page.url)
    with_small = extract_page(page.html.encode(), page.url, profile=profile)
    assert (with_small.text, with_small.title) == (alone.text, alone.title)
    assert with_small.profile_version is None


def test_without_the_profile_the_template_leaks() -> None:
    """The generated sites are hard for a single-page extractor (else the tests prove nothing)."""
    pages = make_site("blogger", "en", pages=20, seed=5)
    titles = [extract_page(p.html.encode(), p.url).title for p in pages if p.kind == "article"]
    assert sum(t == p.title for t, p in zip(titles, pages, strict=False)) < len(titles) // 2
    legacy = make_site("legacy", "en", pages=20, seed=5)
    leaked = [
        p
        for p in legacy
        if p.kind == "article" and _lines(extract_page(p.html, p.url).text) != p.paragraphs
    ]
    assert leaked


def test_profile_is_small_json_with_a_content_version() -> None:
    pages = make_site("legacy", "fr", pages=60, seed=4)
    profile = _learn(pages)
    raw = profile.to_json()
    assert len(raw) < 64_000
    data = json.loads(raw)
    assert data["version"] == profile.version and data["trusted"] is True
    assert data["articles"] == 60 and data["pages"] == 62  # the 2 archive pages teach nothing
    assert data["learned"]["regions"], "the reader-comment thread is learned as a region"
    again = SiteProfile.from_dict(data)
    assert again.version == profile.version
    assert again.to_dict() == data
    # a profile learned elsewhere decides otherwise: another version
    other = _learn(make_site("blogger", "fr", pages=20, seed=4))
    assert other.version != profile.version


def test_features_stored_per_page_learn_the_same_profile() -> None:
    pages = make_site("joomla", "es", pages=20, seed=6)
    stored = []
    for p in pages:
        feats = extract_page(p.html.encode(), p.url, features=True).features
        assert feats is not None
        stored.append(PageFeatures.from_dict(json.loads(json.dumps(feats.to_dict()))))
    assert learn_profile(stored).version == _learn(pages).version


def test_merging_with_an_earlier_profile_adds_up() -> None:
    pages = make_site("legacy", "de", pages=30, seed=8, listings=0)
    first = _learn(pages[:12])
    merged = learn_profile([(p.url, p.html.encode()) for p in pages[12:]], previous=first)
    whole = _learn(pages)
    assert merged.articles == whole.articles == 30
    assert merged.chrome == whole.chrome
    assert merged.comment_regions == whole.comment_regions


def test_listing_pages_are_told_by_structure() -> None:
    pages = make_site("legacy", "en", pages=20, seed=9, listings=3)
    profile = _learn(pages)
    for page in pages:
        alone = extract_page(page.html.encode(), page.url)
        learned = extract_page(page.html.encode(), page.url, profile=profile)
        assert learned.page_kind == page.kind, (page.url, learned.kind_reason)
        assert alone.page_kind == page.kind, (page.url, alone.kind_reason)
        if page.kind == "listing":
            assert learned.kind_reason == "structure:items"


def _mt_page(i: int, n: int) -> tuple[str, str]:
    """A Movable Type-like entry: body cut into body and "more" blocks, a sidebar widget of
    long paragraphs, and a prev/next row whose text changes on every page."""
    words = ["harbour", "bridge", "tram", "school", "market", "library", "museum", "hospital"]
    w = words[i % len(words)]
    body = "".join(
        f"<p>The council of {w}ton debated the {w} plan for the {k + 1}th time this spring, and "
        f"promised a decision on the {w} works before the end of the season, after residents "
        f"of the old quarter asked for a public hearing on its costs.</p>"
        for k in range(2)
    )
    more = "".join(
        f"<p>Residents of the {w} district wrote many letters about the {w} and its costs, "
        f"which the opposition called far too high, while the mayor said the {w} plan was "
        f"the cheapest of the {k + 3} offers the town had received.</p>"
        for k in range(2)
    )
    nav = (
        f'<p class="content-nav"><a href="/e/{i - 1}.html">« Story {i - 1} about the {words[(i - 1) % 8]}</a>'
        f' | <a href="/">Main</a> | <a href="/e/{i + 1}.html">Story {i + 1} about the '
        f"{words[(i + 1) % 8]} »</a></p>"
    )
    about = "<p>" + "This blog has covered the town council since 2004 with care. " * 4 + "</p>"
    html = (
        f"<html><head><title>Story {i} - Town blog</title></head><body><div id=alpha>"
        f'<h1>Story {i} about the {w}</h1><div class="asset-content"><div class="asset-body">'
        f'{body}</div><div class="asset-more">{more}</div></div>{nav}</div>'
        f'<div id=beta><div class="widget-about">{about}</div></div></body></html>'
    )
    return f"http://127.0.0.1:8123/e/{i}.html", html


def test_a_row_of_links_after_the_body_that_changes_per_page_is_learned_as_a_region() -> None:
    pages = [_mt_page(i, 12) for i in range(1, 13)]
    profile = learn_profile(pages)
    assert any(r.startswith("p.content-nav") for r in profile.comment_regions)
    url, html = pages[4]
    alone = extract_page(html, url)
    got = extract_page(html, url, profile=profile)
    assert "»" not in got.text and "«" not in got.text, got.text
    assert "»" in alone.text  # without a profile the row leaks
    assert got.text.count("\n") + 1 == 4  # all four body paragraphs stay


def test_comments_stamped_in_a_calendar_the_date_reader_does_not_know_are_a_region() -> None:
    # Solar Hijri dates in Persian digits: the date reader cannot convert them, but each
    # comment's time of day marks it as a dated item after the body
    from lxml import html as lxml_html

    from newsarchive.extraction.profile import page_features

    body = "".join(
        f"<p>{'شورای شهر اعلام کرد که هزینه طرح بالا رفت. ' * 4}{i}</p>" for i in range(4)
    )
    comments = "".join(
        f'<div class="comment"><span class="name">نرگس {i}</span> '
        f"<span>سه\u200cشنبه ۱۷ اسفند ۱۳۹۵ - ۱۰:۳{i}</span><p>نقشه کامل طرح کجاست؟ {i}</p></div>"  # noqa: RUF001
        for i in range(3)
    )
    page = (
        f'<html lang="fa"><body><div class="news"><h1>طرح</h1><div class="text">{body}</div></div>'
        f'<div class="comments">{comments}</div></body></html>'
    )
    feats = page_features(lxml_html.fromstring(page), "http://127.0.0.1:8233/News/1.aspx")
    assert any("comments" in region for region in feats.regions), feats.regions


def test_url_shapes_tell_apart_pages_under_one_script_by_their_query() -> None:
    from newsarchive.extraction.profile import url_shape

    article = url_shape("http://127.0.0.1:8233/modules.php?name=News&file=article&sid=925")
    assert article == "/a.a?file&name&sid"
    # another article and its print view: the same shape (values do not count)
    assert url_shape("http://127.0.0.1:8233/modules.php?name=News&file=print&sid=9") == article
    # the site's navigation and topic lists under the same script are other shapes
    assert url_shape("http://127.0.0.1:8233/modules.php?name=Stories_Archive") != article
    assert url_shape("http://127.0.0.1:8233/modules.php?name=News&new_topic=3") != article
    # a route written as the query is shaped like a path
    assert url_shape("http://127.0.0.1:8233/index.php?post/2017/03/05/Le-pont") == "/a.a?a/9/9/9/s"
    assert url_shape("http://127.0.0.1:8233/news/2017/my-story.html") == "/a/9/s.a"


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_date_written_alike_on_many_articles_is_nobodys_own_date(lang: str) -> None:
    """phpBB writes each poster's join date in the profile column beside the post, before the
    post's own date: the date nearest the headline is the join date on every topic. Written
    the same on many articles, to the minute, the profile learns it is nobody's own date."""
    pages = [p for p in make_site("phpbb", lang, pages=20, seed=5) if p.kind == "article"]
    profile = _learn(pages)
    assert profile.fixed_dates
    for page in pages:
        day = f"2017-03-{int(page.url.rsplit('-', 1)[1][:3]) - 99:02d}"
        got = extract_page(page.html.encode(), page.url, profile=profile)
        assert (got.published or "")[:10] == day, page.url


def test_the_newest_articles_keep_their_own_dates_when_every_page_lists_them() -> None:
    """A rail on every page lists the three newest stories with their stamps: those rows are
    learned as fixed dates, yet each of the three keeps its own byline's date, which is
    written alike but sits elsewhere in the page."""
    import random

    rng = random.Random(7)
    host = "http://127.0.0.1:8155"
    stamps = [f"2017-03-{1 + i:02d} 1{i % 10}:{10 + i}" for i in range(12)]
    titles = [
        f"Story number {i} about the {rng.choice(['bridge', 'port', 'mill'])}" for i in range(12)
    ]
    rail = "<ul class=latest>" + "".join(
        f"<li><span class=when>{stamps[i]}</span> <a href='/news/story-{i}.html'>{titles[i]}</a></li>"
        for i in (9, 10, 11)
    )
    rail += "</ul>"
    pages = []
    for i in range(12):
        body = "".join(
            "<p>"
            + " ".join(
                rng.choice(["Lorem", "ipsum", "dolor", "sit", "amet", "vox"]) for _ in range(60)
            )
            + ".</p>"
            for _ in range(4)
        )
        html = (
            f"<html><head><title>{titles[i]}</title></head><body><main><article>"
            f"<h1>{titles[i]}</h1><p class=byline><span class=when>{stamps[i]}</span></p>"
            f"{body}</article></main><aside><h3>Latest</h3>{rail}</aside></body></html>"
        )
        pages.append((f"{host}/news/story-{i}.html", html))
    profile = learn_profile([(u, h.encode()) for u, h in pages], site="gen")
    assert profile.fixed_dates  # the rail's rows, on every page
    for i, (url, html) in enumerate(pages):
        got = extract_page(html.encode(), url, profile=profile)
        assert (got.published or "")[:10] == stamps[i][:10], url


def test_articles_in_chinese_teach_the_sites_article_address_shape() -> None:
    """A Chinese article of a few hundred characters says as much as a Latin one several
    times longer: prose is weighed (`text_weight`), so a CJK site's article URL shape is
    learned (the listings' links are then known for the site's articles)."""
    words = "市政府表示新建的跨河大桥将于明年通车多名代表在表决时投了弃权票部分资金来自专项补助"
    pages = []
    for i in range(8):
        paras = "".join(
            f"<p>{words[(i + k) % 9 :]}{words[: (i + k) % 9]}{words[k:40]}。</p>" for k in range(5)
        )
        html = (
            f"<html lang=zh-CN><head><title>新闻 {i} - 城市日报</title></head><body>"
            f"<nav><a href='/'>首页</a></nav><article><h1>新闻标题 {i}</h1>"
            f"<p class=date>2017-03-0{i + 1} 10:00</p>{paras}</article>"
            "<footer>城市日报 版权所有</footer></body></html>"
        )
        pages.append((f"http://127.0.0.1:8166/archives/{40 + i}/", html.encode()))
    profile = learn_profile(pages, site="gen")
    assert profile.trusted
    assert profile.article_shape("http://127.0.0.1:8166/archives/77/") is True
    assert profile.article_shape("http://127.0.0.1:8166/category/shizheng/") is False


def _sectioned_site(kicker: str) -> list[tuple[str, str, str]]:
    """(url, html, headline) of 30 articles in six sections (five each, a sixth of the site:
    fewer than a learned block needs), each <title> 'Headline - Section - Site', the sections
    in the site's menu; every third headline opens with the same KICKER."""
    sections = ["Harbour", "Schools", "Transport", "Culture", "Council", "Sport"]
    menu = "<ul class=menu>" + "".join(f"<li><a href='/s/{s}'>{s}</a></li>" for s in sections)
    out = []
    for i in range(30):
        section = sections[i % 6]
        headline = f"{kicker}: " if i % 3 == 0 else ""
        headline += (
            f"The {section.lower()} plan number {i} gets a {['vote', 'date', 'budget'][i % 3]}"
        )
        body = "".join(
            f"<p>{'The council met again about the plan and its costs. ' * 4}{i} {k}</p>"
            for k in range(3)
        )
        html = (
            f"<html><head><title>{headline} - {section} - Town Daily</title></head><body>"
            f"{menu}</ul><main><article><p class=date>{1 + i % 28:02d}.03.2017</p>{body}</article>"
            "</main><footer>Town Daily</footer>"
            "</body></html>"
        )
        out.append((f"http://127.0.0.1:8167/news/{i}-plan.html", html, headline))
    return out


def test_a_sections_name_in_the_title_is_an_affix_however_many_sections_there_are() -> None:
    site = _sectioned_site("Explainer")
    profile = learn_profile([(u, h.encode()) for u, h, _ in site], site="gen")
    for url, html, headline in site:
        got = extract_page(html.encode(), url, profile=profile)
        # the section is dropped, the recurring kicker (in no menu) stays the headline's
        assert got.title == headline, url


def test_the_title_wins_over_a_heading_that_writes_it_between_labels() -> None:
    """SMF's topic header: 'Author Topic: <title> (Read 876 times)' in an h3 under the forum's
    h1; the page's <title> is the topic's own."""
    pages = []
    for i in range(8):
        title = f"Harbour wall number {i} opens in {['May', 'June', 'July'][i % 3]}"
        posts = "".join(
            f"<div class=post><p class=date>0{1 + i}.03.2017, 1{k}:00</p><p>"
            + "The council met again about the harbour wall and its costs. " * 4
            + f"{i} {k}</p></div>"
            for k in range(3)
        )
        html = (
            f"<html><head><title>{title}</title></head><body><h1 class=forumtitle>Town Forum</h1>"
            f"<h3 class=catbg><span>Author</span> Topic: {title} &nbsp;(Read {100 + 37 * i} times)"
            f"</h3>{posts}</body></html>"
        )
        pages.append((f"http://127.0.0.1:8168/index.php?topic={400 + i}.0", html, title))
    profile = learn_profile([(u, h.encode()) for u, h, _ in pages], site="gen")
    for url, html, title in pages:
        assert extract_page(html.encode(), url, profile=profile).title == title, url


WORDS = [
    "council",
    "harbour",
    "budget",
    "vote",
    "plan",
    "bridge",
    "school",
    "river",
    "market",
    "tram",
    "station",
    "mayor",
    "report",
    "residents",
    "street",
    "park",
    "library",
    "tax",
    "museum",
    "hospital",
    "ferry",
    "road",
    "housing",
    "water",
    "power",
]


@pytest.mark.parametrize(
    ("lang", "row"),
    [
        (
            "zh",
            "{date}<span>|</span>发布者: <a href='/u/{who}'>{name}</a><span>|</span>查看: <em>{n}</em>",
        ),
        ("en", "By <a href='/u/{who}'>{name}</a> · {date} · <a href='#c'>{n} comments</a>"),
    ],
)
def test_an_info_row_whose_links_dates_and_counts_vary_is_learned_by_its_shape(
    lang: str, row: str
) -> None:
    """A row above the body with another author link, date and count on every article: its
    text never recurs, its shape with those masked does, at the same place."""
    rng = random.Random(lang)
    # many authors (one article in six has none): no name recurs on enough articles to
    # make the row, name and all, a learned block
    names = ["Ana Ruiz", "编辑部", "Li Wei", "Tom Berg", "", "Eva Lind", "王芳", "Jon Sæther"]
    months = ["March", "April"] if lang == "en" else ["3", "4"]
    site = []
    for i in range(12):
        day = 1 + (i * 5) % 28
        date = (
            f"{months[i % 2]} {day}, 2017"
            if lang == "en"
            else f"2017-{months[i % 2]}-{day} 1{i % 10}:3{i % 6}"
        )
        name = names[i % 8] if i < 8 else f"{names[i % 8]} Jr"
        info = row.format(date=date, who=i, name=name, n=17 * i + 3)
        headline = " ".join(rng.choice(WORDS) for _ in range(6)).capitalize()
        paras = [
            " ".join(rng.choice(WORDS) for _ in range(22)).capitalize() + "." for k in range(4)
        ]
        html = (
            f"<html lang={lang}><head><title>{headline} - Town Daily</title></head>"
            f"<body><nav><a href='/'>Home</a></nav><div class=main><div class=head>"
            f"<h1>{headline}</h1><p class=info>{info}</p></div>"
            f"<div class=body>{''.join(f'<p>{p}</p>' for p in paras)}</div></div>"
            "<footer>Town Daily</footer></body></html>"
        )
        site.append((f"http://127.0.0.1:8168/article-{100 + i}-1.html", html, paras))
    profile = learn_profile([(u, h.encode()) for u, h, _ in site], site="gen")
    assert profile.trusted
    for url, html, paras in site:
        got = extract_page(html.encode(), url, profile=profile)
        assert _lines(got.text) == paras, url
