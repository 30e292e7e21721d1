"""The demo news sites themselves: pages, feeds, sitemaps, caching, charsets, layout, faults."""

from __future__ import annotations

import gzip
import http.client
import json
import re
import signal
import socket
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from datetime import date, datetime
from email.utils import format_datetime, parsedate_to_datetime
from html import unescape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser
import pytest
import trafilatura
from lxml import etree, html

from newsarchive.config import load_config
from newsarchive.demo import DemoSites
from newsarchive.demo.corpus import STYLES, generate

START = date(2026, 11, 18)
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


@pytest.fixture(scope="module")
def demo() -> Iterator[DemoSites]:
    with DemoSites(start_date=START, days=3, per_day=3, seed=7, faults=True, slow_seconds=3) as d:
        yield d


def fetch(
    url: str, headers: dict[str, str] | None = None, method: str = "GET", timeout: float = 10
) -> tuple[int, http.client.HTTPMessage, bytes]:
    """One request, no redirects followed, no decoding."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=timeout)
    try:
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        conn.request(method, path or "/", headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.msg, resp.read()
    finally:
        conn.close()


def decode(headers: http.client.HTTPMessage, body: bytes) -> str:
    """Decode as a browser would: header charset, else the meta tag, else UTF-8."""
    charset = headers.get_content_charset()
    if charset is None:
        m = re.search(rb'charset=([\w-]+)"', body[:2000])
        charset = m.group(1).decode() if m else "utf-8"
    return body.decode(charset)


def text_of(url: str) -> str:
    status, headers, body = fetch(url)
    assert status == 200, url
    return decode(headers, body)


def extract(url: str) -> str:
    _, headers, body = fetch(url)
    return trafilatura.extract(decode(headers, body), include_comments=False) or ""


# -- content --------------------------------------------------------------------------------


def test_corpus_is_deterministic_and_sized() -> None:
    a = generate(STYLES, START, 3, 3, 7)
    assert a == generate(STYLES, START, 3, 3, 7)
    assert a["wordpress"][0].title != generate(STYLES, START, 3, 3, 8)["wordpress"][0].title
    for style, articles in a.items():
        assert len(articles) == 9
        for art in articles:
            assert 250 <= art.words <= 760, (style, art.words)
            assert art.published.tzinfo is not None
    samples = [art.sample for arts in a.values() for art in arts]
    assert len(samples) - len(set(samples)) == 1  # only the syndicated copy repeats


def test_expected_articles_are_served(demo: DemoSites) -> None:
    expected = demo.expected_articles()
    by_site: dict[str, int] = {}
    for e in expected:
        by_site[e["site"]] = by_site.get(e["site"], 0) + (e["fault"] is None)
        if e["fault"] == "flaky":
            continue
        page = text_of(e["url"])
        assert html.fromstring(page).findtext(".//title") is not None
        assert e["title"] in unescape(page), e["url"]
        assert e["text_sample"] in unescape(page), e["url"]
        assert datetime.fromisoformat(e["published"]).tzinfo is not None
    assert by_site == {f"demo-{s}": 9 for s in STYLES}
    # dates are UTC dates: a WordPress post at 23:30-05:00 belongs to the next day
    assert any(e["date"] != e["published"][:10] for e in expected)


def test_syndicated_and_shared_stories(demo: DemoSites) -> None:
    expected = demo.expected_articles()
    synd = [e for e in expected if e["syndicated"]]
    assert sorted(e["site"] for e in synd) == ["demo-jsonld", "demo-wordpress"]
    assert extract(synd[0]["url"]) and synd[0]["text_sample"] == synd[1]["text_sample"]
    shared = [e for e in expected if e["story"] == "shared-flood"]
    assert len(shared) == 2 and shared[0]["text_sample"] != shared[1]["text_sample"]
    assert shared[0]["title"] != shared[1]["title"]


def test_extraction_sees_article_and_flat_boilerplate_leaks(demo: DemoSites) -> None:
    arts = [e for e in demo.expected_articles() if e["site"] == "demo-wordpress" and not e["fault"]]
    flat = next(e for e in arts if e["flat_boilerplate"])
    boxed = next(e for e in arts if not e["flat_boilerplate"])
    flat_text, boxed_text = extract(flat["url"]), extract(boxed["url"])
    assert flat["text_sample"] in flat_text and boxed["text_sample"] in boxed_text
    assert "Leave a Reply" in flat_text  # the hard case the project must clean up
    assert not any(b in boxed_text for b in boxed["boilerplate"])


def test_non_articles_and_404(demo: DemoSites) -> None:
    for url in demo.non_articles():
        status, _, body = fetch(url)
        assert status == 200, url
        assert b"/__" not in body
    assert fetch(demo.urls["wordpress"] + "no/such/page/")[0] == 404
    assert fetch(demo.urls["legacy"] + "article.php?id=99999")[0] == 404


# -- discovery: feeds, sitemaps, robots -------------------------------------------------------


def test_feeds_parse_and_are_linked(demo: DemoSites) -> None:
    for style, feed_path in (("wordpress", "/feed/"), ("blogger", "/feeds/posts/default")):
        home = html.fromstring(text_of(demo.urls[style]))
        links = home.xpath('//link[@rel="alternate"]/@href')
        assert demo.urls[style].rstrip("/") + feed_path in links
        parsed = feedparser.parse(fetch(demo.urls[style].rstrip("/") + feed_path)[2])
        assert not parsed.bozo, parsed.get("bozo_exception")
        assert len(parsed.entries) == 9
        for entry in parsed.entries:
            assert entry.published_parsed is not None
            assert entry.link.startswith(demo.urls[style])
    wp = feedparser.parse(fetch(demo.urls["wordpress"] + "feed/")[2])
    assert all(e.link.endswith("?utm_source=rss&utm_medium=rss") for e in wp.entries)


def _xml(url: str) -> etree._Element:
    status, headers, body = fetch(url)
    assert status == 200 and "xml" in headers["Content-Type"], url
    return etree.fromstring(body)


def test_wordpress_sitemaps(demo: DemoSites) -> None:
    robots = text_of(demo.urls["wordpress"] + "robots.txt")
    assert "Disallow: /private/" in robots
    index_url = re.search(r"Sitemap: (\S+)", robots).group(1)  # type: ignore[union-attr]
    children = [loc.text for loc in _xml(index_url).iter(f"{SM}loc")]
    assert len(children) == 2
    posts = _xml(children[0])
    lastmods = [datetime.fromisoformat(x.text) for x in posts.iter(f"{SM}lastmod")]
    assert len(lastmods) == 10 and all(x.tzinfo for x in lastmods)
    news = _xml(children[1])
    dates = [datetime.fromisoformat(x.text) for x in news.iter(f"{NEWS}publication_date")]
    assert len(dates) == 9 and len(list(news.iter(f"{NEWS}title"))) == 9


def test_blogger_and_jsonld_sitemaps(demo: DemoSites) -> None:
    index = _xml(demo.urls["blogger"] + "sitemap.xml")
    child = next(index.iter(f"{SM}loc")).text
    assert child and child.endswith("/sitemap.xml?page=1")
    assert len(list(_xml(child).iter(f"{SM}lastmod"))) == 9
    robots = text_of(demo.urls["jsonld"] + "robots.txt")
    news_url = re.search(r"Sitemap: (\S+)", robots).group(1)  # type: ignore[union-attr]
    assert "news.xml" not in text_of(demo.urls["jsonld"])  # only robots.txt names it
    assert len(list(_xml(news_url).iter(f"{NEWS}publication_date"))) == 9
    assert fetch(demo.urls["legacy"] + "sitemap.xml")[0] == 404


def test_variants_point_to_canonical(demo: DemoSites) -> None:
    wp = next(e for e in demo.expected_articles() if e["site"] == "demo-wordpress")
    for variant in (wp["url"] + "amp/", wp["url"] + "?print=1"):
        doc = html.fromstring(text_of(variant))
        assert doc.xpath('//link[@rel="canonical"]/@href') == [wp["url"]]
    bl = next(e for e in demo.expected_articles() if e["site"] == "demo-blogger")
    doc = html.fromstring(text_of(bl["url"] + "?m=1"))
    assert doc.xpath('//link[@rel="canonical"]/@href') == [bl["url"]]
    assert doc.findtext(".//title") == f"{bl['title']} | Northern Dispatch"
    jl = next(e for e in demo.expected_articles() if e["site"] == "demo-jsonld")
    ld = html.fromstring(text_of(jl["url"])).xpath('//script[@type="application/ld+json"]/text()')
    data = json.loads(ld[0])
    assert data["@type"] == "NewsArticle" and data["datePublished"] == jl["published"]


def test_calendar_is_an_endless_trap(demo: DemoSites) -> None:
    url = demo.urls["wordpress"] + "calendar/?month=2026-11"
    for _ in range(25):
        doc = html.fromstring(text_of(url))
        nxt = doc.xpath('//a[contains(., "Next month")]/@href')[0]
        url = urljoin(url, nxt)
    assert url.endswith("month=2028-12")


# -- HTTP behaviour ---------------------------------------------------------------------------


def test_conditional_requests_and_gzip(demo: DemoSites) -> None:
    url = demo.expected_articles()[0]["url"]
    status, headers, body = fetch(url)
    etag, last_mod = headers["ETag"], headers["Last-Modified"]
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert fetch(url, {"If-None-Match": etag})[0] == 304
    assert fetch(url, {"If-Modified-Since": last_mod})[0] == 304
    earlier = format_datetime(parsedate_to_datetime(last_mod).replace(year=2020), usegmt=True)
    assert fetch(url, {"If-Modified-Since": earlier})[0] == 200
    assert fetch(url, {"If-None-Match": '"nope"', "If-Modified-Since": last_mod})[0] == 200
    status, gz_headers, gz_body = fetch(url, {"Accept-Encoding": "gzip"})
    assert gz_headers["Content-Encoding"] == "gzip" and gzip.decompress(gz_body) == body
    assert fetch(url, {"If-None-Match": gz_headers["ETag"]})[0] == 304


def test_request_log(demo: DemoSites) -> None:
    demo.reset_requests("demo-jsonld")
    section = next(u for u in demo.non_articles() if "/news/" in u and demo.urls["jsonld"] in u)
    path = urlsplit(section).path
    url = demo.urls["jsonld"] + path.lstrip("/")
    fetch(url)
    etag = fetch(url)[1]["ETag"]
    fetch(url, {"If-None-Match": etag})
    fetch(demo.urls["jsonld"] + "missing")
    log = demo.requests("demo-jsonld")
    assert [(e["path"], e["status"], e["conditional"]) for e in log] == [
        (path, 200, False),
        (path, 200, False),
        (path, 304, True),
        ("/missing", 404, False),
    ]


def test_legacy_charsets(demo: DemoSites) -> None:
    arts = [e for e in demo.expected_articles() if e["site"] == "demo-legacy"]
    seen = set()
    for e in arts:
        _, headers, body = fetch(e["url"])
        assert e["charset"] == "iso-8859-1"
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        text = body.decode("iso-8859-1")
        in_header = headers.get_content_charset() == "iso-8859-1"
        in_meta = 'http-equiv="Content-Type" content="text/html; charset=iso-8859-1"' in text
        assert in_header != in_meta, e["url"]
        seen.add(in_header)
        assert e["text_sample"] in unescape(text)
        assert re.search(r"Publié le \d\d/\d\d/\d{4}|\d\d\.\d\d\.\d{4}", text)
    assert seen == {True, False}


def test_layout_switch(demo: DemoSites) -> None:
    e = next(e for e in demo.expected_articles() if e["site"] == "demo-blogger")
    before = fetch(e["url"])
    assert e["text_sample"] in extract(e["url"])
    demo.set_layout("demo-blogger", "broken")
    try:
        after = fetch(e["url"])
        assert after[0] == 200 and after[1]["ETag"] != before[1]["ETag"]
        assert e["title"] in after[2].decode()
        assert e["text_sample"] not in extract(e["url"])
        assert len(extract(e["url"])) < 100
        assert fetch(e["url"], {"If-None-Match": before[1]["ETag"]})[0] == 200
    finally:
        demo.set_layout("demo-blogger", "normal")
    assert e["text_sample"] in extract(e["url"])


def test_config_and_cli(tmp_path: Path, demo: DemoSites) -> None:
    path = demo.write_config(tmp_path / "sites.yaml")
    config = load_config(path)
    assert [s.name for s in config.sites] == [f"demo-{s}" for s in STYLES]
    assert all(s.allow_private_network for s in config.sites)
    out = tmp_path / "cli.yaml"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsarchive.demo", "serve", "--styles", "legacy,jsonld",
         "--days", "2", "--per-day", "2", "--write-config", str(out)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        info = json.loads(proc.stdout.readline())
        assert info["pid"] == proc.pid and info["config"] == str(out)
        assert set(info["urls"]) == {"legacy", "jsonld"}
        assert fetch(info["urls"]["legacy"])[0] == 200
        assert len(load_config(out).sites) == 2
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0


# -- faults -----------------------------------------------------------------------------------


def test_fault_links_and_robots(demo: DemoSites) -> None:
    home = text_of(demo.urls["wordpress"])
    for link in ("/faults/", "file:///etc/passwd", "ftp://", "/private/"):
        assert link in home
    assert "/faults/" not in text_of(demo.urls["blogger"])  # only the first site has faults


def test_flaky_then_ok(demo: DemoSites) -> None:
    demo.reset_requests("demo-wordpress")
    url = demo.urls["wordpress"] + "faults/flaky-article/"
    assert [fetch(url)[0] for _ in range(3)] == [503, 503, 200]
    flaky = next(e for e in demo.expected_articles() if e["fault"] == "flaky")
    assert flaky["text_sample"] in fetch(url)[2].decode()


def test_redirects_and_binary(demo: DemoSites) -> None:
    base = demo.urls["wordpress"]
    status, headers, _ = fetch(base + "faults/loop/a")
    assert status == 302 and headers["Location"] == "/faults/loop/b"
    assert fetch(base + "faults/loop/b")[1]["Location"] == "/faults/loop/a"
    status, headers, _ = fetch(base + "faults/metadata/")
    assert headers["Location"] == "http://169.254.169.254/latest/meta-data/"
    status, headers, body = fetch(base + "faults/image.html")
    assert headers["Content-Type"].startswith("text/html") and body.startswith(b"\x89PNG")
    assert fetch(base + "faults/download.html")[2].startswith(b"PK\x03\x04")


def test_fault_charsets_and_malformed(demo: DemoSites) -> None:
    base = demo.urls["wordpress"]
    _, h1, b1 = fetch(base + "faults/latin1-header/")
    _, h2, b2 = fetch(base + "faults/latin1-meta/")
    assert h1.get_content_charset() == "iso-8859-1" and b"http-equiv" not in b1
    assert h2.get_content_charset() is None and b"charset=iso-8859-1" in b2
    malformed = next(e for e in demo.expected_articles() if e["fault"] == "malformed")
    body = fetch(malformed["url"])[2].decode()
    assert body.count("</div>") > body.count("<div")
    assert malformed["text_sample"] in extract(malformed["url"])


def test_huge_page_and_gzip_bomb(demo: DemoSites) -> None:
    base = demo.urls["wordpress"]
    status, headers, _ = fetch(base + "faults/huge/", method="HEAD")
    assert status == 200
    assert int(headers["Content-Length"]) > 6 * 1024 * 1024
    assert len(fetch(base + "faults/huge/")[2]) == int(headers["Content-Length"])
    _, headers, body = fetch(base + "faults/gzip-bomb/", {"Accept-Encoding": "gzip"})
    assert headers["Content-Encoding"] == "gzip" and len(body) < 2 * 1024 * 1024
    assert int.from_bytes(body[-4:], "little") > 1024**3 % 2**32  # ISIZE field
    inflater = zlib.decompressobj(31)
    total, data = 0, body
    while data:
        total += len(inflater.decompress(data, 64 * 1024 * 1024))
        data = inflater.unconsumed_tail
    assert total > 1024**3 and inflater.eof  # and the CRC checked out


def test_slow_page_stops_when_client_leaves(demo: DemoSites) -> None:
    demo.reset_requests("demo-wordpress")
    url = demo.urls["wordpress"] + "faults/slow/"
    started = time.monotonic()
    with pytest.raises((TimeoutError, socket.timeout)):
        fetch(url, timeout=0.5)
    deadline = time.monotonic() + 2
    log: list[dict[str, object]] = []
    while time.monotonic() < deadline and not log:
        log = [e for e in demo.requests("demo-wordpress") if e["path"] == "/faults/slow/"]
        time.sleep(0.05)
    assert log and log[0]["status"] == 499
    assert time.monotonic() - started < 3  # slow_seconds is 3: it gave up early
