"""Nothing lost without a word: over-long links are counted, big feeds and sitemaps have their
own size limit, and a cut one still yields the links of the part received (real crawls)."""

from __future__ import annotations

from pathlib import Path

from tests.crawl_helpers import archived, path_of, run_cli
from tests.news_site import NewsSite, article

LONG = "/x?q=" + "a" * 10_050


def rss(paths: list[str], padding: int) -> str:
    items = "".join(f"<item><title>{p}</title><link>{{base}}{p}</link></item>" for p in paths)
    pad = f"<item><title>pad</title><description>{'p' * padding}</description></item>"
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>{items}{pad}</channel></rss>"


def sitemap(paths: list[str], padding: int, tail: list[str]) -> str:
    def urls(ps: list[str]) -> str:
        return "".join(f"<url><loc>{{base}}{p}</loc></url>" for p in ps)

    return (
        "<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        f"{urls(paths)}<!-- {'z' * padding} -->{urls(tail)}</urlset>"
    )


def test_long_links_are_counted_and_cut_lists_still_yield_links(tmp_path: Path) -> None:
    with NewsSite() as site:
        base = site.url
        site.pages["/robots.txt"] = (
            200,
            {"Content-Type": "text/plain"},
            f"User-agent: *\nSitemap: {base}/sitemap.xml\n",
        )
        site.pages["/"] = (
            "<html><head><link rel='alternate' type='application/rss+xml' href='/feed.xml'>"
            f"</head><body><a href='/a1'>one</a> <a href='{LONG}'>long</a></body></html>"
        )
        paths = ["/a1", "/f1", "/f2", "/s1", "/s2", "/s4"]
        for p in paths:
            site.pages[p] = article(f"Story {p}", f"Story {p} text. " * 40, "2026-11-02")
        feed = rss(["/f1", "/f2"], padding=20_000).replace("{base}", base)
        site.pages["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, feed)
        big = sitemap(["/s1", "/s2"], padding=400_000, tail=["/s4"]).replace("{base}", base)
        site.pages["/sitemap.xml"] = (200, {"Content-Type": "application/xml"}, big)
        config = site.config(tmp_path / "sites.yaml", max_page_bytes=16384, max_feed_bytes=65536)
        uri = str(tmp_path / "archive")
        result = run_cli(["crawl", "--config", str(config), "--archive", uri], tmp_path)
        hits = dict(site.hits)
    assert result.code == 0, result.stderr
    report = result.reports[0]
    assert len(feed) > 16384  # bigger than a page may be: read whole under max_feed_bytes
    assert len(big) > 4 * 65536  # declared far past the cut, yet its first part is read
    assert report["skipped"].get("url_too_long") == 1
    assert not any(p.startswith("/x?") for p in hits)  # never requested
    assert report["truncated"] == 1
    assert "cut at max_feed_bytes" in report["message"]
    titles = sorted(path_of(r.url) for r in archived(uri).values())
    assert titles == ["/a1", "/f1", "/f2", "/s1", "/s2"]
    assert "/s4" not in hits  # past the cut: not seen (and the report says the list was cut)
    assert not report["errors"], report["errors"]
