"""A naive page time is read at the UTC offset the site's own feed writes its times with.

A regional site prints "5-03-2017, 00:51" in its own zone and no offset anywhere on the page;
its RSS feed writes '+0300'. A story found through a listing link (no date of its own) is
dated in that zone once the feed has shown it: 00:51 at +03:00 is the day before in UTC.
A story dated with a day and no time is dated no later than its own sitemap lastmod.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import yaml

from tests.crawl_helpers import archived, path_of, run_cli
from tests.loopback_site import Site

WORDS = [f"{a}{b}" for a in ("gor", "vest", "dom", "rek", "mos", "tra") for b in ("a", "ov", "in")]
STORIES = {1: "2026-11-20 14:05", 2: "2026-11-21 00:51", 3: "2026-11-21 23:40"}


def _story(n: int) -> str:
    rng = random.Random(n)
    paras = "".join(
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(40)) + f" story {n} part {i}.</p>"
        for i in range(4)
    )
    day, clock = STORIES[n].split()
    return f"""<!doctype html><html lang="en"><head><title>City story {n} - City News</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="{day}T{clock}:00"></head><body>
<header><a href="/">City News</a></header><main><article><h1>City story {n}</h1>
{paras}</article></main><footer><a href="/about/">About</a></footer></body></html>"""


def _home() -> str:
    items = "".join(
        f'<li><a href="/news/{n}-city-story.html">City story {n}</a></li>' for n in STORIES
    )
    return (
        '<!doctype html><html><head><title>City News</title><link rel="alternate" '
        'type="application/rss+xml" href="/rss.xml"></head>'
        f"<body><ul>{items}</ul></body></html>"
    )


# the feed names only the first story: the others are found by the home page's links alone
FEED = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>City News</title>
<link>/</link><item><title>City story 1</title><link>{base}news/1-city-story.html</link>
<pubDate>Fri, 20 Nov 2026 14:05:00 +0300</pubDate></item></channel></rss>"""


class ZonedSite(Site):
    """A home page linking three stories with naive times, and a feed at +03:00."""

    def __init__(self) -> None:
        super().__init__(pages=1, per_page=0)

    def page(self, path: str) -> str | None:
        if path == "/":
            return _home()
        if path == "/rss.xml":
            return FEED.format(base=self.url)
        for n in STORIES:
            if path == f"/news/{n}-city-story.html":
                time.sleep(0.5)  # the feed, asked first, is read before any story
                return _story(n)
        return None


def test_naive_times_are_read_at_the_offset_of_the_sites_feed(tmp_path: Path) -> None:
    with ZonedSite() as site:
        path = tmp_path / "sites.yaml"
        path.write_text(yaml.safe_dump(site.config("city")))
        archive = tmp_path / "archive"
        result = run_cli(["crawl", "--config", str(path), "--archive", str(archive)], tmp_path)
    assert result.code == 0, result.stderr[-3000:]
    got = {path_of(r.url): r.date for r in archived(str(archive)).values()}
    assert got == {
        "/news/1-city-story.html": "2026-11-20",
        "/news/2-city-story.html": "2026-11-20",  # 00:51 at +03:00 is 21:51 UTC the day before
        "/news/3-city-story.html": "2026-11-21",
    }


DATED = {
    1: "2026-11-20T14:07:00+03:00",
    2: "2026-11-21T00:20:00+03:00",
    3: "2026-11-21T23:50:00+03:00",
}


class DateOnlySite(Site):
    """Stories dated with a day and no time; the sitemap gives each its lastmod at +03:00."""

    def __init__(self) -> None:
        super().__init__(pages=1, per_page=0)

    def page(self, path: str) -> str | None:
        if path == "/":
            return "<!doctype html><html><head><title>City News</title></head><body></body></html>"
        if path == "/sitemap.xml":
            urls = "".join(
                f"<url><loc>{self.url}news/{n}-city-story.html</loc><lastmod>{m}</lastmod></url>"
                for n, m in DATED.items()
            )
            return (
                '<?xml version="1.0" encoding="UTF-8"?><urlset '
                f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
            )
        for n, modified in DATED.items():
            if path == f"/news/{n}-city-story.html":
                return _story(n).replace(STORIES[n].replace(" ", "T") + ":00", modified[:10])
        return None


def test_a_story_dated_without_a_time_is_dated_no_later_than_its_sitemap_lastmod(
    tmp_path: Path,
) -> None:
    # the page says 21 November; its lastmod, 00:20 at +03:00 that day, is 20 November in UTC:
    # published no later than that, and not before 21 November began where it was written
    with DateOnlySite() as site:
        path = tmp_path / "sites.yaml"
        path.write_text(yaml.safe_dump(site.config("city")))
        archive = tmp_path / "archive"
        result = run_cli(["crawl", "--config", str(path), "--archive", str(archive)], tmp_path)
    assert result.code == 0, result.stderr[-3000:]
    got = {path_of(r.url): (r.published, r.date) for r in archived(str(archive)).values()}
    assert got == {
        "/news/1-city-story.html": ("2026-11-20", "2026-11-20"),
        "/news/2-city-story.html": ("2026-11-21", "2026-11-20"),
        "/news/3-city-story.html": ("2026-11-21", "2026-11-21"),
    }


class ListedFirstSite(DateOnlySite):
    """The same stories linked from the home page too, the sitemap read after those links."""

    def page(self, path: str) -> str | None:
        if path == "/":
            return _home()
        if path == "/sitemap.xml":
            time.sleep(0.3)  # the home page's links (no dates) ask for the stories first
        elif path.startswith("/news/"):
            time.sleep(1.0)  # the sitemap is read before any story comes back
        return super().page(path)


def test_a_sitemap_read_after_a_dateless_link_still_dates_the_story(tmp_path: Path) -> None:
    # the requests carry the home page link's dates (none); the sitemap's lastmod, met later
    # for the same URL, travels with the story all the same
    with ListedFirstSite() as site:
        path = tmp_path / "sites.yaml"
        path.write_text(yaml.safe_dump(site.config("city")))
        archive = tmp_path / "archive"
        result = run_cli(["crawl", "--config", str(path), "--archive", str(archive)], tmp_path)
    assert result.code == 0, result.stderr[-3000:]
    got = {path_of(r.url): (r.published, r.date) for r in archived(str(archive)).values()}
    assert got["/news/2-city-story.html"] == ("2026-11-21", "2026-11-20")
    assert got["/news/3-city-story.html"] == ("2026-11-21", "2026-11-21")
