"""Unit tests for decoding, page kinds, boilerplate filters, robustness and fingerprints."""

from __future__ import annotations

import codecs
import random

import pytest

from newsarchive.extraction.boilerplate import filter_lines, is_boilerplate_line
from newsarchive.extraction.extract import Extraction, decode_html, extract_page, reset_caches
from newsarchive.extraction.fingerprint import content_sha256, hamming, normalize_text, simhash
from newsarchive.extraction.kind import PageSignals, classify_page, classify_url, linked_line_share
from newsarchive.extraction.metadata import clean_title, normalize_date, text_date

PARAS = [
    "The regional council approved a new budget for road repairs on Tuesday after a long debate "
    "about the state of rural bridges and the cost of winter maintenance.",
    "Engineers told councillors that eleven bridges need new bearings within two years, and that "
    "three of them already carry weight limits for heavy lorries.",
    "Opposition members argued that the money should come from the reserve fund rather than from "
    "cuts to bus subsidies, but the amendment was defeated by a narrow margin.",
    "Work on the first bridges is expected to start in the spring, once the tender for the "
    "contractors has closed and the designs have been checked by an independent reviewer.",
]


def article_html(
    extra: str = "", head: str = "", charset_meta: str = '<meta charset="utf-8">'
) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f"<html><head>{charset_meta}<title>Council approves bridge repairs | County Times</title>"
        f'<meta property="og:site_name" content="County Times">{head}</head><body>'
        f"<h1>Council approves bridge repairs</h1><div class='entry-content'>{body}{extra}</div>"
        "</body></html>"
    )


# --- decode_html -------------------------------------------------------------------------


def test_header_charset_wins_over_meta() -> None:
    html = article_html(charset_meta='<meta charset="utf-8">').replace("bridge", "café")
    text, charset = decode_html(html.encode("cp1252"), "text/html; charset=ISO-8859-1")
    assert charset == "windows-1252"
    assert "café" in text


def test_meta_charset_used_without_header() -> None:
    html = article_html(
        charset_meta='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    )
    body = html.replace("bridge", "Brücke").encode("latin-1")
    text, charset = decode_html(body, "text/html")
    assert charset == "windows-1252"
    assert "Brücke" in text


def test_meta_charset_attribute_form() -> None:
    body = '<html><head><meta charset="koi8-r"></head><body>Привет</body></html>'.encode("koi8-r")
    text, charset = decode_html(body)
    assert charset == "koi8-r"
    assert "Привет" in text


def test_bom_beats_meta() -> None:
    body = codecs.BOM_UTF8 + '<meta charset="iso-8859-1"><p>naïve</p>'.encode()
    text, charset = decode_html(body)
    assert charset == "utf-8"
    assert "naïve" in text and not text.startswith("\ufeff")


def test_utf16_bom() -> None:
    body = codecs.BOM_UTF16_LE + "<p>Grüße</p>".encode("utf-16-le")
    text, charset = decode_html(body)
    assert charset == "utf-16-le" and "Grüße" in text


def test_detection_without_declarations() -> None:
    text, charset = decode_html("<p>déjà vu, ça va très bien</p>".encode())
    assert charset == "utf-8" and "déjà" in text
    legacy = ("<p>" + "Les élèves ont reçu leurs diplômes à la mairie. " * 20 + "</p>").encode(
        "cp1252"
    )
    text, charset = decode_html(legacy)
    assert "élèves" in text and "reçu" in text


def test_wrong_meta_utf8_falls_back_to_detection() -> None:
    body = ('<meta charset="utf-8"><p>' + "Straße und Brücke über den Fluß. " * 20 + "</p>").encode(
        "cp1252"
    )
    text, _ = decode_html(body)
    assert "Straße" in text and "\ufffd" not in text


@pytest.mark.parametrize(
    "content_type",
    [None, "", "text/html; charset=bogus-label", "text/html; charset=", "garbage;;;"],
)
def test_decode_never_raises_on_bad_labels(content_type: str | None) -> None:
    text, charset = decode_html(b"<p>hello \xff\xfe world</p>", content_type)
    assert "hello" in text and charset


def test_cp1252_undefined_bytes_do_not_raise() -> None:
    text, charset = decode_html(
        b"<p>a\x81b\x8dc\x93quoted\x94</p>", "text/html; charset=windows-1252"
    )
    assert charset == "windows-1252"
    assert "\u201cquoted\u201d" in text


# --- page kinds --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://127.0.0.1:8123/", "listing"),
        ("http://127.0.0.1:8123/tag/elections/", "listing"),
        ("http://127.0.0.1:8123/category/politics/page/3/", "listing"),
        ("http://127.0.0.1:8123/author/jane-doe/", "listing"),
        ("http://127.0.0.1:8123/?s=flood", "listing"),
        ("http://127.0.0.1:8123/search?q=flood", "listing"),
        ("http://127.0.0.1:8123/search/label/Politics", "listing"),
        ("http://127.0.0.1:8123/page/2/", "listing"),
        ("http://127.0.0.1:8123/2024/05/", "listing"),
        ("http://127.0.0.1:8123/news/archive/2019/", "listing"),
        ("http://127.0.0.1:8123/about-us/", "other"),
        ("http://127.0.0.1:8123/contact", "other"),
        ("http://127.0.0.1:8123/p/contact.html", "other"),
    ],
)
def test_listing_and_other_urls(url: str, kind: str) -> None:
    result = classify_url(url)
    assert result is not None and result[0] == kind


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8123/2024/05/12/council-approves-bridge-repairs/",
        "https://www.example.com/politics/archive/2019/11/long-story-slug/602144/",
        "https://example.org/news/world-europe-50421021",
        "https://blog.example.net/2017/03/floodwaters-reach-old-market.html",
        "http://127.0.0.1:8123/?p=123",
        "http://127.0.0.1:8123/story.asp?id=4411",
    ],
)
def test_article_urls_are_not_listings(url: str) -> None:
    assert classify_url(url) is None


def test_page_signals_decide_without_url_hints() -> None:
    url = "https://example.org/water/"
    assert (
        classify_page(url, PageSignals(jsonld_types=["CollectionPage"], text_length=3000))[0]
        == "listing"
    )
    assert classify_page(url, PageSignals(article_count=8, text_length=1500))[0] == "listing"
    # a link-heavy page is a listing when its extracted text is link-heavy too ...
    links = PageSignals(link_density=0.8, text_length=600, linked_lines=0.4)
    assert classify_page(url, links)[0] == "listing"
    # ... but an article in heavy navigation keeps its prose: the links are the menus
    nav = PageSignals(link_density=0.8, text_length=600, has_date=True, linked_lines=0.0)
    assert classify_page(url, nav) == ("article", "dated-text")
    # related-story <article> cards do not outvote the page's own og:type=article
    cards_og = PageSignals(og_type="article", article_count=12, text_length=2500)
    assert classify_page(url, cards_og) == ("article", "og:article")
    # ... nor does a CMS that tags every page as an article hide a page of headlines
    headlines = PageSignals(og_type="article", text_length=2500, linked_lines=0.9)
    assert classify_page(url, headlines) == ("listing", "linked-lines")
    assert classify_page(url, PageSignals(text_length=80))[0] == "other"
    cards = PageSignals(teaser_count=6, distinct_dates=4, text_length=900, has_date=True)
    assert classify_page(url, cards) == ("listing", "teasers")
    article = classify_page(
        url, PageSignals(jsonld_types=["NewsArticle"], text_length=3000, has_date=True)
    )
    assert article == ("article", "jsonld:newsarticle")


def test_linked_line_share_tells_headlines_from_prose() -> None:
    heads = [f"Council approves plan number {i} for the harbour" for i in range(8)]
    html = (
        "<html><body>"
        + "".join(f'<p>{i + 1}: <a href="/a{i}">{h}</a></p>' for i, h in enumerate(heads))
        + "</body></html>"
    )
    from newsarchive.extraction.extract import parse_html

    tree = parse_html(html)
    listing_text = "\n".join(f"{i + 1}: {h}" for i, h in enumerate(heads))
    assert linked_line_share(listing_text, tree) == 1.0
    prose = "\n".join(
        f"The council met on day {i} and argued about the harbour for hours." for i in range(8)
    )
    assert linked_line_share(prose, tree) == 0.0
    assert linked_line_share("too short", tree) == 0.0


def test_extract_page_kinds_end_to_end() -> None:
    html = article_html(head='<meta property="og:type" content="article">').encode()
    assert extract_page(html, "http://127.0.0.1:8123/2024/05/12/bridges/").page_kind == "article"
    assert extract_page(html, "http://127.0.0.1:8123/tag/bridges/").page_kind == "listing"
    assert extract_page(html, "http://127.0.0.1:8123/about/").page_kind == "other"


# --- extraction behaviour ----------------------------------------------------------------


def test_loopback_url_keeps_metadata_and_resolves_relative_urls() -> None:
    head = (
        '<link rel="canonical" href="/2024/05/12/bridges/">'
        '<meta property="og:image" content="img/bridge.jpg">'
        '<meta property="article:published_time" content="2024-05-12T08:30:00+02:00">'
    )
    got = extract_page(
        article_html(head=head).encode(), "http://127.0.0.1:8123/2024/05/12/bridges/?ref=x"
    )
    assert got.canonical_url == "http://127.0.0.1:8123/2024/05/12/bridges/"
    assert got.image == "http://127.0.0.1:8123/2024/05/12/bridges/img/bridge.jpg"
    assert got.published == "2024-05-12T08:30:00+02:00"
    assert got.title == "Council approves bridge repairs"
    assert got.site_name == "County Times"
    assert PARAS[0] in got.text


def test_date_from_url_on_loopback() -> None:
    got = extract_page(article_html().encode(), "http://127.0.0.1:8123/2023/11/05/bridges-repairs/")
    assert got.published is not None and got.published.startswith("2023-11-05")


def test_drop_selectors_css_and_xpath() -> None:
    extra = (
        '<p class="promo-box">Read our special report on rural roads in the county.</p>'
        '<p id="legal">This story was produced with support from the regional transport fund.</p>'
    )
    html = article_html(extra=extra).encode()
    plain = extract_page(html, "https://example.org/2024/05/12/bridges/")
    assert "support from the regional transport fund" in plain.text
    got = extract_page(
        html,
        "https://example.org/2024/05/12/bridges/",
        drop_selectors=["p#legal", "//p[@class='x']", "<<bad"],
    )
    assert "support from the regional transport fund" not in got.text
    assert PARAS[-1] in got.text


def test_sibling_paragraph_boilerplate_is_removed() -> None:
    extra = "".join(
        f"<p>{x}</p>"
        for x in (
            "ADVERTISEMENT",
            "Follow us on Twitter",
            "Sign up for our daily newsletter",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "12 + seven =",
            "A reader writes: this comment should never reach the archive.",
        )
    )
    got = extract_page(
        article_html(extra=extra).encode(), "https://example.org/2024/05/12/bridges/"
    )
    assert PARAS[-1] in got.text
    for junk in (
        "ADVERTISEMENT",
        "Follow us",
        "newsletter",
        "Leave a Reply",
        "seven =",
        "reader writes",
    ):
        assert junk not in got.text


@pytest.mark.parametrize(
    "line",
    [
        "19 \u2212 fourteen =",
        "3 + 4 = ?",
        "Post a Comment",
        "Previous Post Next Post",
        "ADS",
        "Advertisement",
        "Anzeige",
        "Related Items",
        "You may also like",
        "Most read",
        "For the latest news follow us on Twitter",
        "Join our Weekly Newsletter",
        "We use cookies to improve your experience on our site.",
        "Your email address will not be published. Required fields are marked *",
        "Votre adresse e-mail ne sera pas publiée.",
        "READ MORE: Mayor unveils tram plan for the old docks",
        "- Print Article",
        "Imprimer cet article | Envoyer à un ami",
        "Reporting by: Jane Roe | Source: County Times",
        "2019-11-19T08:57:40+01:00",
        "https://cdn.example.com/img/lead-photo-500x250.jpg",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council said the related items on the agenda would be discussed next week.",
        "Readers who follow us on Twitter asked whether the bridge would close during repairs, "
        "and the engineers said it would stay open for cars.",
        "He added 3 + 4 = 7 was not the hardest question.",
        "Comments from residents were broadly supportive of the plan.",
        "© 2019 Associated Press. All Rights Reserved.",
        "https://amzn.to/2hYzHgP",
    ],
)
def test_article_sentences_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_leading_headline_is_not_body() -> None:
    got = extract_page(
        article_html(extra="")
        .replace(
            "<div class='entry-content'>",
            "<div class='entry-content'><p>Council approves bridge repairs</p>",
        )
        .encode(),
        "https://example.org/2024/05/12/bridges/",
    )
    assert got.text.split("\n")[0] == PARAS[0]
    assert got.title == "Council approves bridge repairs"


def test_comment_area_cut_only_late_in_text() -> None:
    text = "\n".join([*PARAS, "3 Comments", "Nice article!", "I disagree with the council."])
    assert filter_lines(text) == "\n".join(PARAS)
    early = "\n".join(["Comments", *PARAS])
    assert filter_lines(early) == "\n".join(PARAS)


GARBAGE: list[bytes | str] = [
    b"",
    "",
    b"\x00" * 1000,
    bytes(random.Random(7).randrange(256) for _ in range(20000)),
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b"<html><head><title>x</title></head><body></body></html>",
    b'{"not": "html"}',
    b"<" * 5000,
    b"<div>" * 20000,
    "<html><body><p>unterminated <b><i>tags<table><tr><td>cell",
    '<?xml version="1.0" encoding="utf-8"?><rss><channel><item>x</item></channel></rss>',
    b"\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00",
]


@pytest.mark.parametrize("body", GARBAGE, ids=range(len(GARBAGE)))
@pytest.mark.parametrize("url", ["http://127.0.0.1:8123/x", "", "not a url", "http://[::1"])
def test_extract_page_never_raises(body: bytes | str, url: str) -> None:
    got = extract_page(body, url, content_type="application/octet-stream; charset=nope")
    assert isinstance(got, Extraction)
    assert isinstance(got.text, str)
    assert got.page_kind in ("article", "listing", "other")
    assert got.charset


def test_reset_caches_runs() -> None:
    reset_caches()


# --- metadata helpers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Bridges to be repaired | County Times", "County Times", "Bridges to be repaired"),
        ("Bridges to be repaired - County Times", None, "Bridges to be repaired"),
        ("County Times :: Bridges to be repaired", "County Times", "Bridges to be repaired"),
        ("Q&A - What the budget means for you", None, "Q&A - What the budget means for you"),
    ],
)
def test_clean_title(title: str, site: str | None, expected: str) -> None:
    assert clean_title(title, site, "www.countytimes.example") == expected


def test_a_heading_written_as_a_table_row_is_the_headline_without_its_bars() -> None:
    # trafilatura writes a one-cell table row (a forum post's subject) as "| text |"
    got = clean_title(
        "Bridges to be repaired - County Forum",
        None,
        "forum.example",
        headings=["| Bridges to be repaired |", "County Forum"],
    )
    assert got == "Bridges to be repaired"


_PERMALINKS = {
    # Python-Markdown's toc permalink (MkDocs) and Sphinx: a pilcrow after the words
    "pilcrow": '{h}<a class="headerlink" href="#{id}" title="Permanent link">&para;</a>',
    # Docusaurus: a zero-width space in a labelled in-page link
    "hash-link": '{h}<a href="#{id}" class="hash-link" aria-label="Direct link">&#8203;</a>',
    # GitHub-style rendering: a hidden anchor with an svg icon before the words
    "icon": '<a class="anchor" aria-hidden="true" href="#{id}"><svg viewBox="0 0 16 16">'
    '<title>link</title><path d="M4 9h1v1H4"></path></svg></a>{h}',
    # Hugo themes: a "#" that shows on hover
    "hash": '{h} <a class="heading-anchor" href="#{id}" aria-hidden="true">#</a>',
}


@pytest.mark.parametrize("style", sorted(_PERMALINKS))
def test_a_headings_permalink_mark_is_not_part_of_the_title(style: str) -> None:
    headline = "Council approves the harbour bridge repairs"
    heading = _PERMALINKS[style].format(h=headline, id="council-approves")
    paragraphs = "".join(
        f"<p>The council voted {n} to 2 on Tuesday to fund the repairs of the harbour bridge, "
        f"which engineers closed to lorries in the winter after finding cracks.</p>"
        for n in range(5, 10)
    )
    html = (
        f"<html><head><title>{headline} - County Times</title></head><body>"
        f'<nav><a href="/">County Times</a></nav><article><h1 id="council-approves">{heading}</h1>'
        f"{paragraphs}</article></body></html>"
    )
    got = extract_page(html.encode(), "http://127.0.0.1:8123/2024/05/12/council-approves/")
    assert got.title == headline


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-05-12", "2024-05-12"),
        ("2024-05-12T08:30:00Z", "2024-05-12T08:30:00+00:00"),
        ("2024-05-12T08:30:00+0200", "2024-05-12T08:30:00+02:00"),
        ("2024-05-12 08:30", "2024-05-12T08:30:00"),
        ("not a date", None),
        ("", None),
    ],
)
def test_normalize_date(raw: str, expected: str | None) -> None:
    assert normalize_date(raw) == expected


# --- fingerprints --------------------------------------------------------------------------


def test_normalize_and_sha256() -> None:
    composed, decomposed = "Caf\u00e9  au\tlait\n\nnoir", "Cafe\u0301 au lait noir"
    assert normalize_text(composed) == normalize_text(decomposed) == "Café au lait noir"
    assert content_sha256(composed) == content_sha256(decomposed)
    assert len(content_sha256("x")) == 64
    assert content_sha256("a b") != content_sha256("a c")


def test_simhash_near_duplicates() -> None:
    story = " ".join(PARAS)
    variant = story.replace("Tuesday", "Wednesday") + " Reporting by County Times staff."
    other = (
        "Scientists have discovered a new species of frog in the rainforest canopy, where it lives "
        "in water collected by bromeliad plants and sings at night during the rainy season."
    )
    a, b, c = simhash(story), simhash(variant), simhash(other)
    assert len(a) == 16 and int(a, 16) >= 0
    assert simhash(story) == a
    assert hamming(a, b) <= 10
    assert hamming(a, c) > 16
    assert hamming(a, a) == 0
    assert simhash("") == "0000000000000000"


# --- structure repair ----------------------------------------------------------------------


def test_body_split_into_chunks_between_ads_is_rejoined() -> None:
    chunks = "".join(
        f"<div class='grid'><div class='body article-body body__container'><p>{p}</p><p>{p[::-1]}</p></div></div>"
        f"<div class='ad-slot'></div>"
        for p in PARAS
    )
    html = (
        "<html><head><title>Council approves bridge repairs</title></head><body>"
        f"<h1>Council approves bridge repairs</h1><div class='chunks'>{chunks}</div></body></html>"
    )
    got = extract_page(html.encode(), "https://example.org/2024/05/12/bridges/")
    for para in PARAS:
        assert para in got.text
    positions = [got.text.index(p) for p in PARAS]
    assert positions == sorted(positions)


def test_body_split_into_site_builder_text_blocks_is_rejoined() -> None:
    # site builders write a long read as one record per block: text blocks of inline content
    # (paragraphs cut by <br>s, no <p>) with image records between them
    def record(inner: str) -> str:
        return f"<div class='r t-rec'><div class='t-container'><div class='t-col'>{inner}</div></div></div>"

    blocks = [
        PARAS[0],
        f"{PARAS[1]}<br><br>{PARAS[2]}",
        "The repairs are expected to cost about 27 million, the finance committee confirmed.",
    ]
    records = "".join(
        record(f"<div class='t-text t-text_md'>{b}</div>") + record("<img src='/p.jpg' alt=''>")
        for b in blocks
    )
    html = (
        "<html><head><title>Council approves bridge repairs</title></head><body>"
        f"<div class='t-records'>{record('<h1>Council approves bridge repairs</h1>')}{records}"
        "</div></body></html>"
    )
    got = extract_page(html.encode(), "https://example.org/news/bridges")
    assert got.text.splitlines() == [PARAS[0], PARAS[1], PARAS[2], blocks[2]]


def test_link_only_list_after_article_is_dropped() -> None:
    links = "".join(
        f"<li><a href='/s{i}'>Another story headline number {i}</a></li>" for i in range(5)
    )
    got = extract_page(
        article_html(extra=f"<ul>{links}</ul>").encode(), "https://example.org/2024/05/12/bridges/"
    )
    assert PARAS[-1] in got.text and "Another story headline" not in got.text


def test_data_table_is_kept_layout_table_is_unwrapped() -> None:
    from newsarchive.extraction.extract import parse_html
    from newsarchive.extraction.structure import unwrap_layout_tables

    data = "<table><tr><th>Team</th><th>Points</th></tr><tr><td>Rovers</td><td>31</td></tr></table>"
    layout = f"<table><tr><td><a href='/'>Home</a></td><td>{'<br>'.join(PARAS)}</td></tr></table>"
    tree = parse_html(f"<html><body>{data}{layout}</body></html>")
    assert tree is not None
    assert unwrap_layout_tables(tree) == 1
    assert len(tree.xpath("//table")) == 1 and tree.xpath("//table//th")


# --- paragraphs re-parented by stray end tags ----------------------------------------------

MORE = [
    f"Paragraph {n} of the report goes on about the bridge programme, the contractors chosen "
    "for the work and what the council expects to spend over the next three years."
    for n in range(6)
]


def _stray_end_tags_page(footer: str = "<div class='footer'><a href='/'>Home</a></div>") -> str:
    """An article whose body is cut by stray </div>s: the parser moves the rest of its paragraphs
    up to the article, the wrapper and the body."""
    paras = [*PARAS, *MORE]
    body = "".join(f"<p>{p}" + ("</div>" if i in (1, 4, 6) else "") for i, p in enumerate(paras))
    return (
        "<html><head><title>Council approves bridge repairs</title></head><body>"
        "<div class='top'><a href='/'>County Times</a></div><div class='wrap'><div class='main'>"
        "<article><h1>Council approves bridge repairs</h1>"
        f"<div class='story-body'>{body}{footer}</body></html>"
    )


def test_stray_end_tags_keep_every_paragraph_in_order() -> None:
    got = extract_page(_stray_end_tags_page().encode(), "https://example.org/2024/05/12/bridges/")
    paras = [*PARAS, *MORE]
    missing = [i for i, p in enumerate(paras) if p not in got.text]
    assert not missing
    positions = [got.text.index(p) for p in paras]
    assert positions == sorted(positions)
    assert "Home" not in got.text


def test_rejoin_orphans_moves_the_run_back_and_stops_at_the_next_block() -> None:
    from newsarchive.extraction.extract import parse_html
    from newsarchive.extraction.structure import rejoin_orphan_paragraphs

    footer = (
        "<div class='footer'><p>Copyright County Times, every word of this site belongs to us "
        "and our partners.</p></div><p>A loose paragraph after the footer that is not article "
        "text at all but long enough.</p>"
    )
    tree = parse_html(_stray_end_tags_page(footer))
    assert tree is not None
    [container] = tree.xpath("//div[@class='story-body']")
    assert len(container.findall("p")) == 2
    assert rejoin_orphan_paragraphs(tree) == len(PARAS) + len(MORE) - 2
    texts = [p.text_content() for p in container.findall("p")]
    assert texts == [*PARAS, *MORE]
    # the footer and what follows it are not article
    assert not container.xpath(".//p[contains(., 'loose paragraph') or contains(., 'Copyright')]")


def test_rejoin_orphans_leaves_embeds_and_well_formed_pages_alone() -> None:
    from lxml.html import tostring

    from newsarchive.extraction.extract import parse_html
    from newsarchive.extraction.structure import rejoin_orphan_paragraphs

    quote = (
        "<blockquote class='embed'><div class='embed-content'><p>An embedded post quoted in the "
        "story, with a few words of its own text.</p></div></blockquote>"
    )
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    pages = [
        article_html(),  # well formed
        f"<html><body><div class='body'><p>{PARAS[0]}</p>{quote}{paras}</div></body></html>",
        f"<html><body><div class='body'>{paras}</div><p class='note'>{MORE[0]}</p></body></html>",
    ]
    for html in pages:
        tree = parse_html(html)
        assert tree is not None
        before = tostring(tree)
        assert rejoin_orphan_paragraphs(tree) == 0
        assert tostring(tree) == before


def test_control_characters_do_not_break_pruning(caplog: pytest.LogCaptureFixture) -> None:
    """XML-forbidden characters parse, but lxml refuses them when pruning moves text around."""
    html = article_html(extra="<div class='share'>Share</div>\x08 tail \x0b text")
    with caplog.at_level("WARNING", logger="newsarchive.extraction.extract"):
        got = extract_page(html.encode(), "https://example.org/2024/05/12/bridges/")
    assert not caplog.records
    assert PARAS[0] in got.text and "\x08" not in got.text


# --- held-out CMS patterns (see tests/heldout/) ------------------------------------------


@pytest.mark.parametrize(
    ("byline", "language", "expected"),
    [
        (
            "Publié le 3 novembre 2026 à 00h35 | Mis à jour le 3 novembre 2026 à 14h05",
            "fr",
            "2026-11-03T00:35:00",
        ),
        ("Mis à jour le 4 nov. 2026 à 14h05 - Publié le 3 novembre 2026", "fr", "2026-11-03"),
        ("03.11.2026 01:15 | Ирина Соколова", None, "2026-11-03T01:15:00"),
        ("By Ann Lee, November 3, 2026 at 2:05 pm", None, "2026-11-03T14:05:00"),
        ("3 ноября 2026, 12:40", "ru", "2026-11-03T12:40:00"),
        ("no date here, only 12.5 percent", "en", None),
        # month names of any language CLDR knows, in the cases bylines use (genitive too)
        ("14 Maret 2017 · oleh Rina", "id", "2017-03-14"),
        ("Publikováno 14. března 2017", "cs", "2017-03-14"),
        ("14 Μαρτίου 2017, 09:30", "el", "2017-03-14T09:30:00"),
        ("14 marca 2017", "pl", "2017-03-14"),
        ("2017年3月14日 10:05", "ja", "2017-03-14T10:05:00"),
        ("2017. március 14.", "hu", "2017-03-14"),
        ("14 Maret 2017", None, None),  # not English, and no language named
        ("English too: 3 March 2017", "id", "2017-03-03"),
        ("14 March, 2017", "en", "2017-03-14"),
        # the digits of other scripts are digits
        ("প্রকাশ: ১৪ মার্চ ২০১৭, ১৮:৩০", "bn", "2017-03-14T18:30:00"),
        ("١٤ مارس ٢٠١٧", "ar", "2017-03-14"),
        ("۱۴ مارس ۲۰۱۷", "fa", "2017-03-14"),
        ("१४.०३.२०१७", "hi", "2017-03-14"),
        ("２０１７年３月１４日", "ja", "2017-03-14"),
    ],
)
def test_text_date_reads_bylines(byline: str, language: str | None, expected: str | None) -> None:
    assert text_date(byline, language) == expected


def test_a_story_dated_only_in_bengali_digits_gets_its_date() -> None:
    para = "পৌরসভা মঙ্গলবার নতুন সেতুর কাজ শুরু করেছে, যা দুই বছরের মধ্যে শেষ হওয়ার কথা। "
    html = (
        "<html lang='bn'><head><title>নতুন সেতুর কাজ শুরু</title></head><body>"
        "<article><h1>নতুন সেতুর কাজ শুরু</h1><p class='meta'>১২ মার্চ ২০১৭</p>"
        + "".join(f"<p>{para * 3}</p>" for _ in range(4))
        + "</article></body></html>"
    )
    got = extract_page(html.encode(), "https://example.org/news/notun-setu/")
    assert got.published == "2017-03-12"
    assert "১২ মার্চ ২০১৭" not in got.text  # the date line is no body line either


def test_byline_date_after_the_headline_beats_the_portal_date() -> None:
    html = (
        "<html><head><title>Portail - Le pont rouvre</title></head><body>"
        "<table><tr><td>Jeudi 5 novembre 2026</td></tr><tr><td>"
        "<font size=4><b>Le pont rouvre</b></font><br>"
        "<font size=1>Publié le 3 novembre 2026 à 00h35</font><br><br>"
        + "Le conseil a voté les travaux du pont après des mois de débats publics. " * 12
        + "</td></tr></table></body></html>"
    )
    assert extract_page(html, "https://example.org/article.php?id=9").published == (
        "2026-11-03T00:35:00"
    )


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://example.org/rubrique.php?id=3", "listing"),
        ("https://example.org/archives.php?mois=2026-11", "listing"),
        ("https://example.org/mentions.php", "other"),
        ("https://example.org/rubric/city/", "listing"),
    ],
)
def test_legacy_script_urls(url: str, kind: str) -> None:
    result = classify_url(url)
    assert result is not None and result[0] == kind


def test_legacy_article_script_is_not_a_listing() -> None:
    assert classify_url("https://example.org/page.php?id=12") is None
    # a print view is no verdict by its URL: it is the article's text, folded by content identity
    assert classify_url("https://example.org/print.php?id=3101") is None
    assert classify_url("https://example.org/article.php?id=12") is None


def test_a_dated_story_with_a_card_rail_is_an_article() -> None:
    rail = PageSignals(teaser_count=3, distinct_dates=2, text_length=860, has_date=True)
    assert classify_page("https://example.org/x", rail) == ("listing", "teasers")
    rail.teasers_in_text = 0  # none of the cards' headlines is in the text: it is one story
    assert classify_page("https://example.org/x", rail) == ("article", "dated-text")


@pytest.mark.parametrize(
    "line",
    [
        "Lire aussi : Le pont de la Sèvre fermé jusqu\u2019à Noël",
        "Читайте также: Ремонт набережной начался",
        "If you enjoyed this post, share it with a friend and follow the blog for more!",
    ],
)
def test_multilingual_teasers_and_prompts_are_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    ("line", "date_only"),
    [
        ("| 01-03-2017, 10:24 |", True),  # a forum post's header row
        ("March 3, 2017", True),
        ("05.03.2017 14:20", True),
        ("Sunday, March 5, 2017", True),  # weekday names of English and the page's language
        ("Sunday 5 people came, March 2017", False),
        ("The vote on 01-03-2017 passed by a wide margin.", False),
        ("2016-2017", False),
    ],
)
def test_a_line_that_is_only_a_date_is_not_body(line: str, date_only: bool) -> None:
    assert is_boilerplate_line(line) is date_only


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("onsdag 1 mars 2017", "sv"),  # MediaWiki news: the date line opening the body
        ("Mittwoch, 1. März 2017, 10:24", "de"),
        ("mercredi 1 mars 2017", "fr"),
        ("2017年3月1日 星期三", "zh"),
    ],
)
def test_a_date_line_in_the_pages_language_with_its_weekday_is_not_body(
    line: str, language: str
) -> None:
    assert is_boilerplate_line(line, language)
    body = "\n".join(
        [f"Paragraph {i} of the story, long enough to be prose here." for i in range(4)]
    )
    assert filter_lines(f"{line}\n{body}", language) == body


def test_reader_reactions_heading_ends_the_article() -> None:
    body = "\n".join(["Paragraphe de l'article avec assez de mots pour compter."] * 6)
    text = body + "\nVos réactions (2)\nGérard : Enfin ! Il était temps."
    assert filter_lines(text) == body


def test_bare_div_paragraphs_are_kept() -> None:
    paras = [
        f"Paragraph {i} of a blog post written in the editor with bare divs." for i in range(4)
    ]
    body = "".join(f"<div>{p}</div><div><br /></div>" for p in paras[:3]) + f"<p>{paras[3]}</p>"
    html = (
        "<html><body><div class='post-body entry-content'>" + body + "</div>"
        "<div class='sidebar'><h3><a href='/a'>Other post title here</a></h3></div></body></html>"
    )
    text = extract_page(html, "https://blog.example.org/2026/11/post.html").text
    assert all(p in text for p in paras)


def test_the_date_line_above_the_headline_beats_dated_lists_of_other_stories() -> None:
    # legacy portals: "01.04.2017 16:19 | Views: 916" above the headline, no machine date,
    # and a list "Other news" with each story's date further down
    others = "".join(
        f'<li><a href="/news.php?id={90 + i}">Another story number {i} of the month</a> '
        f"<span>({18 + i}.04.2017)</span></li>"
        for i in range(6)
    )
    body = "".join(
        f"<p>The council voted on the harbour plan after a long debate, part {i}.</p>"
        for i in range(8)
    )
    html = (
        "<html><head><title>Town news :: The harbour plan is voted</title></head><body>"
        "<div>Today: 27.04.2017</div><div>Home / City</div>"
        "<table><tr><td class=d>01.04.2017 16:19 | Views: 916</td></tr><tr><td>"
        f"<b>The harbour plan is voted</b>{body}</td></tr></table>"
        f"<h3>Other news</h3><ul>{others}</ul></body></html>"
    )
    got = extract_page(html, "http://127.0.0.1:8123/news.php?id=4148")
    assert (got.published or "").startswith("2017-04-01"), got.published


def test_headline_date_takes_the_byline_after_the_headline_first() -> None:
    from newsarchive.extraction.metadata import headline_date

    flat = "Today 27.04.2017 Home 01.04.2017 The plan is voted By Ana, 02.04.2017 10:00 Text"
    assert headline_date(flat, "The plan is voted") == "2017-04-02T10:00:00"
    assert (
        headline_date("Home 01.04.2017 16:19 | Views The plan is voted Text", "The plan is voted")
        == "2017-04-01T16:19:00"
    )
    assert headline_date("No date here at all", "No date") is None


@pytest.mark.parametrize(
    ("paragraph", "byline", "expected"),
    [
        (
            "Zastupitelstvo města ve čtvrtek schválilo rekonstrukci městské knihovny, která "
            "potrvá nejméně dva roky a bude stát přes osmdesát milionů korun.",
            "Publikováno 14. března 2017",
            ("cs", "2017-03-14"),
        ),
        (
            "Міська рада в четвер схвалила реконструкцію бібліотеки, яка триватиме щонайменше "
            "два роки і коштуватиме понад вісімдесят мільйонів гривень.",  # noqa: RUF001
            "14 березня 2017, 09:30",
            ("uk", "2017-03-14T09:30:00"),
        ),
    ],
)
def test_a_page_without_a_declared_language_is_dated_in_its_own(
    paragraph: str, byline: str, expected: tuple[str, str]
) -> None:
    """The language is identified from the text, and the byline's month names read in it."""
    html = (
        "<html><head><title>Knihovna</title></head><body><h1>Rekonstrukce knihovny</h1>"
        f"<p class=meta>{byline}</p>" + f"<p>{paragraph}</p>" * 4 + "</body></html>"
    )
    got = extract_page(html.encode(), "https://example.org/zpravy/rekonstrukce-knihovny")
    assert (got.language, got.published) == expected


def test_dublin_core_created_date_is_the_publication_date_with_its_zone() -> None:
    # Plone writes DC.date.created with the offset; the visible date line has none
    body = " ".join(["The council met on the harbour plan and agreed the costs."] * 12)
    page = (
        "<html><head><title>Harbour plan agreed</title>"
        '<meta name="DC.date.created" content="2017-03-06T00:49:00+01:00"></head>'
        f"<body><h1>Harbour plan agreed</h1><p>06.03.2017 00:49</p><p>{body}</p></body></html>"
    )
    got = extract_page(page.encode(), "http://127.0.0.1:8233/news/harbour-plan-agreed")
    assert got.published == "2017-03-06T00:49:00+01:00"


def test_persian_half_spaces_survive_extraction() -> None:
    # U+200C (the Persian half-space) is part of words: trafilatura's cleaning dropped it
    sentence = (
        "شورای شهر روز سه\u200cشنبه اعلام کرد که هزینه طرح کنار ایستگاه راه\u200cآهن بالا رفت. "  # noqa: RUF001
    )
    page = f'<html lang="fa"><body><article><p>{sentence * 6}</p></article></body></html>'
    got = extract_page(page.encode(), "http://127.0.0.1:8233/News/2017/03/tarh-maskan.aspx")
    assert "سه\u200cشنبه" in got.text and "راه\u200cآهن" in got.text  # noqa: RUF001


def test_a_headline_line_carrying_its_date_is_not_body() -> None:
    # Nucleus writes the item's heading as "Headline (25/03/2017)"; the page's <title> is the
    # headline: the line is metadata, whatever order the date's numbers come in
    from newsarchive.extraction.extract import strip_leading_headings

    head = "Rovigo divisa su la nuova linea del tram"
    body = "Il sindaco ha ricordato che 39 famiglie hanno presentato osservazioni."
    for dated in (f"{head} (25/03/2017)", f"{head} | 03/25/17 10:24", f"{head} \u2013 25.03.2017"):
        assert strip_leading_headings(f"{dated}\n{body}", [head]) == body, dated
    # a lead sentence that opens with the headline's words is body
    lead = f"{head} dopo il voto di ieri sera in consiglio comunale."
    assert strip_leading_headings(f"{lead}\n{body}", [head]) == f"{lead}\n{body}"


def test_reader_comments_marked_up_as_articles_do_not_date_the_story() -> None:
    """Invision and many WordPress themes make each comment an <article>; the story's own
    stamp sits in the page header, outside any <article>."""
    body = "".join(
        f"<p>Paragraph {i} of the story about the new bus depot, with enough words to count.</p>"
        for i in range(6)
    )
    comments = "".join(
        f"<article class='comment'><p>Comment {i}: I agree with this.</p>"
        f"<time datetime='2017-03-0{2 + i}T00:54:00Z'>March {2 + i}</time></article>"
        for i in range(2)
    )
    html = (
        "<html><body><div class='header'><h1>What the new bus depot means for the town</h1>"
        "<time datetime='2017-03-01T20:08:00Z'>March 1, 2017</time></div>"
        f"<article class='story'>{body}</article>{comments}</body></html>"
    )
    got = extract_page(html, "https://news.example.org/articles/bus-depot-r101/")
    assert (got.published or "").startswith("2017-03-01T20:08")


def test_the_one_day_a_page_writes_dates_it_when_no_date_line_is_near_the_headline() -> None:
    """Bolt's base theme writes its byline under the body ('Geschreven door … op zondag maart
    19, 2017'); the only other date-like thing is the month in an image's path."""
    body = "".join(
        f"<p>Alinea {i} over het nieuwe busstation in Helmond, met genoeg woorden om te tellen.</p>"
        for i in range(6)
    )
    html = (
        "<html lang='nl'><body><article><h1>Wat het nieuwe busstation betekent voor Helmond</h1>"
        "<p><img src='/thumbs/800x600r/2017-03/wat-het-nieuwe.jpg' alt='busstation'></p>"
        f"{body}<p class='meta'>Geschreven door <em>Sanne Kuipers</em> op zondag maart 19, 2017."
        "</p></article><footer>&copy; 2017 Het Amstelblad</footer></body></html>"
    )
    got = extract_page(html, "https://amstelblad.example.nl/entry/wat-het-nieuwe-busstation")
    assert (got.published or "")[:10] == "2017-03-19"
