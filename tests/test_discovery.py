"""Tests for discovery: robots.txt, sitemaps, feeds, page links, pagination, dates and windows."""

from __future__ import annotations

import gzip
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsarchive.discovery import (
    COMMON_FEED_PATHS,
    COMMON_SITEMAP_PATHS,
    Link,
    SitemapResult,
    feed_urls_in_html,
    in_window,
    page_links,
    pagination_links,
    parse_feed,
    parse_sitemap,
    parse_when,
    robots_sitemaps,
)

SITE = "http://127.0.0.1:8080"

# --- robots.txt --------------------------------------------------------------------------------

ROBOTS = """\
User-agent: *
Disallow: /wp-admin/
sitemap: /sitemap_index.xml
SITEMAP:   http://127.0.0.1:8080/news-sitemap.xml   # the news one
Sitemap: http://127.0.0.1:8080/news-sitemap.xml
Sitemap:
Sitemap: mailto:x@example.com
Crawl-delay: 2
"""


def test_robots_sitemaps() -> None:
    assert robots_sitemaps(ROBOTS, SITE + "/robots.txt") == [
        SITE + "/sitemap_index.xml",
        SITE + "/news-sitemap.xml",
    ]
    assert robots_sitemaps("", SITE) == []


def test_common_paths() -> None:
    assert "/feed/" in COMMON_FEED_PATHS and "/feeds/posts/default" in COMMON_FEED_PATHS
    assert "/sitemap.xml" in COMMON_SITEMAP_PATHS and "/news-sitemap.xml" in COMMON_SITEMAP_PATHS
    assert all(p.startswith("/") for p in COMMON_FEED_PATHS + COMMON_SITEMAP_PATHS)


# --- sitemaps ----------------------------------------------------------------------------------

SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap>
    <loc>http://127.0.0.1:8080/post-sitemap1.xml</loc>
    <lastmod>2026-11-20T08:15:00+02:00</lastmod>
  </sitemap>
  <sitemap><loc> /post-sitemap2.xml.gz </loc></sitemap>
  <sitemap><lastmod>2026-11-01</lastmod></sitemap>
</sitemapindex>
"""

NEWS_URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url>
    <loc>http://127.0.0.1:8080/2026/11/20/first-story/</loc>
    <lastmod>2026-11-20T10:00:00Z</lastmod>
    <news:news>
      <news:publication>
        <news:name>Loopback Times</news:name>
        <news:language>en</news:language>
      </news:publication>
      <news:publication_date>2026-11-20T09:30:00-05:00</news:publication_date>
      <news:title>First &amp; foremost</news:title>
    </news:news>
    <image:image><image:loc>http://127.0.0.1:8080/a.jpg</image:loc></image:image>
  </url>
  <url>
    <loc>http://127.0.0.1:8080/about/</loc>
    <lastmod>2026-01-02</lastmod>
  </url>
  <url><loc>javascript:alert(1)</loc></url>
</urlset>
"""


def test_parse_sitemap_index() -> None:
    result = parse_sitemap(SITEMAP_INDEX, SITE + "/sitemap_index.xml")
    assert result.urls == []
    assert result.sitemaps == [
        Link(
            SITE + "/post-sitemap1.xml",
            "sitemap",
            modified=datetime(2026, 11, 20, 6, 15, tzinfo=UTC),
        ),
        Link(SITE + "/post-sitemap2.xml.gz", "sitemap"),
    ]


def test_parse_news_urlset() -> None:
    result = parse_sitemap(NEWS_URLSET, SITE + "/news-sitemap.xml")
    assert result.sitemaps == []
    news, page = result.urls
    assert news.url == SITE + "/2026/11/20/first-story/"
    assert news.via == "newsmap"
    assert news.published == datetime(2026, 11, 20, 14, 30, tzinfo=UTC)
    assert news.modified == datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    assert page == Link(SITE + "/about/", "sitemap", modified=datetime(2026, 1, 2, tzinfo=UTC))


def test_parse_sitemap_gzip_and_no_namespace() -> None:
    body = b"<urlset><url><loc>http://127.0.0.1:8080/a</loc></url></urlset>"
    result = parse_sitemap(gzip.compress(body), SITE + "/sitemap.xml.gz")
    assert [link.url for link in result.urls] == [SITE + "/a"]
    assert result.urls[0].via == "sitemap"


def test_parse_sitemap_tolerates_junk() -> None:
    body = b"\xef\xbb\xbf\n  " + NEWS_URLSET.replace(b"</urlset>", b"<url><loc>broken")
    result = parse_sitemap(body, SITE + "/news-sitemap.xml")
    assert result.urls[0].url == SITE + "/2026/11/20/first-story/"


def test_parse_sitemap_text_and_feed() -> None:
    text = b"http://127.0.0.1:8080/a\n\nhttp://127.0.0.1:8080/b\nnot a url\n"
    assert [u.url for u in parse_sitemap(text, SITE + "/sitemap.txt").urls] == [
        SITE + "/a",
        SITE + "/b",
    ]
    assert [u.url for u in parse_sitemap(RSS2, SITE + "/feed/").urls][:1] == [
        SITE + "/2026/11/20/rss-one/"
    ]


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"\x1f\x8b\x08garbage",
        b"<html><body>not a sitemap</body></html>",
        b"\x00\x01\x02",
        b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        b"<urlset><url><loc>&b;</loc></url></urlset>",
        b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b"<urlset><url><loc>http://127.0.0.1:8080/&xxe;</loc></url></urlset>",
    ],
)
def test_parse_sitemap_garbage_and_entities(body: bytes) -> None:
    result = parse_sitemap(body, SITE + "/sitemap.xml")
    assert result.sitemaps == []
    assert all("root:" not in link.url and "aaaa" not in link.url for link in result.urls)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_parse_sitemap_never_raises(body: bytes) -> None:
    assert isinstance(parse_sitemap(body, SITE + "/sitemap.xml"), SitemapResult)
    assert isinstance(parse_feed(body, SITE + "/feed/"), list)


# --- feeds -------------------------------------------------------------------------------------

RSS2 = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Loopback Times</title>
  <link>http://127.0.0.1:8080/</link>
  <item>
    <title>RSS one</title>
    <link>http://127.0.0.1:8080/2026/11/20/rss-one/</link>
    <pubDate>Fri, 20 Nov 2026 09:30:00 -0500</pubDate>
  </item>
  <item>
    <title>  Relative
      link </title>
    <link>/2026/11/19/relative/</link>
    <pubDate>Thu, 19 Nov 2026 23:00:00 GMT</pubDate>
  </item>
  <item>
    <title>Guid only</title>
    <guid isPermaLink="true">http://127.0.0.1:8080/guid-only/</guid>
  </item>
  <item><title>No link at all</title></item>
</channel>
</rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://127.0.0.1:8080/blog/">
  <title>Loopback Blog</title>
  <id>tag:loopback,2026:blog</id>
  <updated>2026-11-20T12:00:00Z</updated>
  <entry>
    <title>Atom post</title>
    <link rel="alternate" type="text/html" href="2026/11/atom-post.html"/>
    <id>tag:loopback,2026:post-1</id>
    <published>2026-11-20T08:00:00+03:00</published>
    <updated>2026-11-20T11:00:00+03:00</updated>
  </entry>
  <entry>
    <title>Updated only</title>
    <link href="http://127.0.0.1:8080/blog/updated-only.html"/>
    <id>tag:loopback,2026:post-2</id>
    <updated>2026-11-18T00:00:00Z</updated>
  </entry>
</feed>
"""

RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://127.0.0.1:8080/"><title>T</title><link>http://127.0.0.1:8080/</link>
  </channel>
  <item rdf:about="http://127.0.0.1:8080/rdf-item">
    <title>RDF item</title>
    <link>http://127.0.0.1:8080/rdf-item</link>
    <dc:date>2026-11-17T10:00:00Z</dc:date>
  </item>
</rdf:RDF>
"""

JSON_FEED = b"""{"version": "https://jsonfeed.org/version/1.1", "title": "J",
 "items": [{"id": "1", "url": "/json-item", "title": "JSON item",
            "date_published": "2026-11-16T10:00:00+01:00"}, {"id": "no-url"}]}"""


def test_parse_rss2() -> None:
    links = parse_feed(RSS2, SITE + "/feed/")
    assert [link.url for link in links] == [
        SITE + "/2026/11/20/rss-one/",
        SITE + "/2026/11/19/relative/",
        SITE + "/guid-only/",
    ]
    assert links[0] == Link(
        SITE + "/2026/11/20/rss-one/",
        "feed",
        published=datetime(2026, 11, 20, 14, 30, tzinfo=UTC),
    )
    assert links[1].published == datetime(2026, 11, 19, 23, 0, tzinfo=UTC)
    assert links[2].published is None


def test_parse_atom() -> None:
    first, second = parse_feed(ATOM, SITE + "/blog/atom.xml")
    assert first.url == SITE + "/blog/2026/11/atom-post.html"
    assert first.via == "feed"
    assert first.published == datetime(2026, 11, 20, 5, 0, tzinfo=UTC)
    assert first.modified == datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    assert second.published is None
    assert second.modified == datetime(2026, 11, 18, tzinfo=UTC)


def test_parse_rss1_and_json_feed() -> None:
    (rdf,) = parse_feed(RSS1, SITE + "/index.rdf")
    assert rdf.url == SITE + "/rdf-item"
    assert rdf.published == datetime(2026, 11, 17, 10, 0, tzinfo=UTC)
    (item,) = parse_feed(JSON_FEED, SITE + "/feed.json")
    assert item == Link(SITE + "/json-item", "feed", datetime(2026, 11, 16, 9, 0, tzinfo=UTC))


def test_parse_feed_gzip_and_garbage() -> None:
    assert len(parse_feed(gzip.compress(RSS2), SITE + "/feed/")) == 3
    assert parse_feed(b"", SITE) == []
    assert parse_feed(b"/etc/passwd", SITE) == []  # a body is never taken for a file name
    assert parse_feed(b"{not json", SITE) == []


# --- HTML --------------------------------------------------------------------------------------

HOME = """<!DOCTYPE html>
<html><head>
  <base href="http://127.0.0.1:8080/news/">
  <link rel="alternate" type="application/rss+xml" title="RSS" href="/feed/">
  <link rel="Alternate" type="application/atom+xml; charset=utf-8" href="atom.xml">
  <link rel="alternate" type="application/feed+json" href="http://127.0.0.1:8080/feed.json">
  <link rel="alternate" hreflang="de" href="/de/">
  <link rel="stylesheet" type="text/css" href="/style.css">
  <link rel="next" href="/news/page/2/">
</head><body>
  <a href="2026/11/20/story-a/">A</a>
  <a href="2026/11/20/story-a/#comments">A comments</a>
  <a href="/2026/11/19/story-b/" rel="nofollow">B</a>
  <a href="mailto:desk@example.com">mail</a>
  <a href="javascript:void(0)">js</a>
  <a href="#top">top</a>
  <a>no href</a>
  <map><area href="http://127.0.0.1:9090/other-site" alt=""></map>
  <a href="/news/page/3/">3</a>
  <a href="/news/page/1/">1</a>
  <a href="/sport/page/2/">sport 2</a>
</body></html>
"""


def test_feed_urls_in_html() -> None:
    assert feed_urls_in_html(HOME, SITE + "/") == [
        SITE + "/feed/",
        SITE + "/news/atom.xml",
        SITE + "/feed.json",
    ]
    assert feed_urls_in_html("", SITE) == []


def test_page_links_respects_base_href() -> None:
    assert page_links(HOME, SITE + "/index.html") == [
        SITE + "/news/2026/11/20/story-a/",
        SITE + "/2026/11/19/story-b/",
        SITE + "/news/",
        "http://127.0.0.1:9090/other-site",
        SITE + "/news/page/3/",
        SITE + "/news/page/1/",
        SITE + "/sport/page/2/",
    ]


def test_page_links_without_base_and_odd_input() -> None:
    html = '<?xml version="1.0" encoding="utf-8"?><html><a href=" /x ">x</a></html>'
    assert page_links(html, SITE + "/dir/page") == [SITE + "/x"]
    assert page_links("", SITE) == []
    assert page_links("<a href='http://[::1'>bad</a>", SITE) == []


def test_pagination_links() -> None:
    assert pagination_links(HOME, SITE + "/news/") == [
        SITE + "/news/page/2/",
        SITE + "/news/page/3/",
    ]


@pytest.mark.parametrize(
    ("page", "href", "expected"),
    [
        ("/category/world/", "/category/world/page/2/", True),
        ("/category/world/page/2/", "/category/world/page/3/", True),
        ("/category/world/page/2/", "/category/world/page/2/", False),
        ("/", "/page/2/", True),
        ("/news", "/news?page=2", True),
        ("/news?page=2", "/news?page=3", True),
        ("/news?page=2&sort=new", "/news?page=3", False),
        ("/?s=x", "/?s=x&paged=2", True),
        ("/section/politics/", "/section/politics/2/", True),
        ("/section/politics/", "/section/politics/12345/", False),
        ("/", "/2/", False),
        # pages named in other ways: Kirby/Grav "page:2", EE "P10", offsets, unnamed parameters
        ("/blog", "/blog/page:2", True),
        ("/blog/page:2", "/blog/page:3", True),
        ("/blog/tag:x", "/blog/tag:x/page:2", True),
        ("/blog", "/blog/tag:x", False),
        ("/news/", "/news/P10", True),
        ("/news/", "/news/covid-19", False),
        ("/index.php/news", "/index.php/news?start=10", True),
        ("/news.html", "/news.html?page_n12=2", True),
        ("/news.html?page_n12=2", "/news.html?page_n12=3", True),
        ("/news.html?page_n12=2", "/news.html?page_n12=1", False),
        ("/article.php?id=41", "/article.php?id=41&print=1", False),
        ("/article.php?id=41522", "/article.php?id=41523", False),
        ("/2026/11/", "/2026/11/12/", False),
        ("/news/", "/sport/page/2/", False),
        ("/news/", "/news/some-story/", False),
        ("/", "/search?updated-max=2026-11-19T10:00:00%2B03:00&max-results=7", True),
        (
            "/search?updated-max=2026-11-19T10:00:00%2B03:00&max-results=7",
            "/search?updated-max=2026-11-10T10:00:00%2B03:00&max-results=7",
            True,
        ),
    ],
)
def test_pagination_patterns(page: str, href: str, expected: bool) -> None:
    html = f'<html><body><a href="{href}">more</a></body></html>'
    found = pagination_links(html, SITE + page)
    assert (found == [SITE + href]) is expected, found


# --- parse_when / in_window --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-20T09:30:00Z", datetime(2026, 11, 20, 9, 30, tzinfo=UTC)),
        ("2026-11-20T09:30:00+02:00", datetime(2026, 11, 20, 7, 30, tzinfo=UTC)),
        ("2026-11-20T09:30:00.123456-05:00", datetime(2026, 11, 20, 14, 30, 0, 123456, UTC)),
        ("2026-11-20", datetime(2026, 11, 20, tzinfo=UTC)),
        ("  2026-11-20 09:30  ", datetime(2026, 11, 20, 9, 30, tzinfo=UTC)),
        ("Fri, 20 Nov 2026 09:30:00 GMT", datetime(2026, 11, 20, 9, 30, tzinfo=UTC)),
        ("Fri, 20 Nov 2026 09:30:00 +0100", datetime(2026, 11, 20, 8, 30, tzinfo=UTC)),
        ("20 Nov 2026 09:30 EST", datetime(2026, 11, 20, 14, 30, tzinfo=UTC)),
        ("20261120", datetime(2026, 11, 20, tzinfo=UTC)),
        (None, None),
        ("", None),
        ("yesterday-ish", None),
        ("2026-13-45", None),  # feedparser alone would roll it over into 2027
        ("2026-11-20T25:00:00Z", None),
        ("1763630000", None),
        ("9999-12-31T23:59:59-01:00", None),
        ("2026/11/20", datetime(2026, 11, 20, tzinfo=UTC)),
        ("20.11.2026", datetime(2026, 11, 20, tzinfo=UTC)),
        ("November 20, 2026", datetime(2026, 11, 20, tzinfo=UTC)),
        ("2026-11-20 09:30:00 +0100", datetime(2026, 11, 20, 8, 30, tzinfo=UTC)),
    ],
)
def test_parse_when(value: str | None, expected: datetime | None) -> None:
    assert parse_when(value) == expected
    if expected is not None:
        assert parse_when(value).tzinfo is not None  # type: ignore[union-attr]


def test_parse_when_naive_in_zone() -> None:
    when = parse_when("2026-11-20T23:30:00", tz="Europe/Berlin")
    assert when == datetime(2026, 11, 20, 22, 30, tzinfo=UTC)
    assert parse_when("2026-11-20", tz="No/Such_Zone") == datetime(2026, 11, 20, tzinfo=UTC)
    explicit = parse_when("2026-11-20T23:30:00+00:00", tz="Europe/Berlin")
    assert explicit == datetime(2026, 11, 20, 23, 30, tzinfo=UTC)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.sampled_from(["UTC", "Asia/Tokyo", "bogus"]))
def test_parse_when_never_raises(value: str, tz: str) -> None:
    when = parse_when(value, tz)
    assert when is None or when.tzinfo is not None


def test_in_window() -> None:
    since, until = date(2026, 11, 10), date(2026, 11, 20)
    assert in_window(None, since, until) is None
    assert in_window(date(2026, 11, 10), since, until) is True
    assert in_window(date(2026, 11, 20), since, until) is True
    assert in_window(date(2026, 11, 21), since, until) is False
    assert in_window(date(2026, 11, 9), since, until) is False
    assert in_window(date(2026, 11, 21), since, until, slack_days=1) is True
    assert in_window(date(2026, 11, 8), since, until, slack_days=1) is False
    assert in_window(date(1999, 1, 1), None, until) is True
    assert in_window(date(2999, 1, 1), since, None) is True
    # aware datetimes count by their UTC date
    late_local = datetime(2026, 11, 21, 1, 0, tzinfo=timezone(timedelta(hours=3)))
    assert in_window(late_local, since, until) is True  # 2026-11-20 22:00 UTC
    assert in_window(datetime(2026, 11, 20, 23, 59, tzinfo=UTC), since, until) is True
    assert in_window(datetime(2026, 11, 21, 0, 0), since, until) is False
    far = datetime(9999, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=-2)))
    assert in_window(far, since, None) is True  # no OverflowError
