"""Craft CMS 2 news site with SEOmatic (en, America/Chicago): Matrix body blocks, /news/p2 paging."""
# ruff: noqa: RUF001  (typographic characters are the point of this fixture)

from __future__ import annotations

import json
import random
from datetime import UTC
from html import escape

from benchmarks.unseen.common import (
    Site,
    by_key,
    by_month,
    chunks,
    html,
    make_posts,
    rss,
    site_from,
    sitemap,
    sitemap_index,
)
from benchmarks.unseen.server import Resp

NAME = "craft_en"
TZ = "America/Chicago"
SITE = "The Lakeshore Courier"
SECTIONS = ["City Hall", "Transportation", "Health", "Neighborhoods", "Schools"]
AUTHORS = ["Renee Kowalczyk", "Marcus Bell", "Tom Osei", "Courier Staff"]
TAGS = ["budget", "zoning", "transit", "hospital", "parks", "public-safety", "housing"]
CAPTIONS = [
    "Residents fill the council chambers during Tuesday's hearing.",
    "Crews work along the lakefront on Monday morning.",
    "A rendering released by the city's planning department.",
    "The site as it looked last fall.",
]


def _h(s: str) -> str:
    return s.lower().replace(" ", "-")


def _date(dt) -> str:
    return dt.strftime("%B %-d, %Y")


def _layout(title: str, main: str, head: str = "", body_cls: str = "") -> str:
    nav = "".join(f'<li><a href="/news/category/{_h(s)}">{escape(s)}</a></li>' for s in SECTIONS)
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title>
<link rel="stylesheet" href="/assets/css/site.min.css?v=1490000000">
<link rel="alternate" type="application/rss+xml" title="{SITE}" href="/news.rss">{head}
</head><body class="{body_cls}">
<div class="cc-banner" role="dialog" aria-label="cookieconsent"><span class="cc-message">We use cookies to understand how you use our site and to improve your experience. By continuing to use our site, you accept our use of cookies.</span> <a class="cc-link" href="/privacy-policy">Learn more</a> <a class="cc-btn cc-dismiss" role="button" tabindex="0">Got it!</a></div>
<header class="site-header"><div class="wrap"><a class="site-logo" href="/"><img src="/assets/img/courier-logo.svg" alt="{SITE}"></a>
<nav class="site-nav" aria-label="Primary"><ul><li><a href="/news">Latest</a></li>{nav}<li><a href="/about">About</a></li></ul></nav>
<form class="site-search" action="/search" method="get"><input type="search" name="q" placeholder="Search the Courier"><button type="submit">Search</button></form>
<a class="btn btn--subscribe" href="/subscribe">Subscribe</a></div></header>
<main id="main" class="site-main">{main}</main>
<footer class="site-footer"><div class="wrap"><div class="footer-cols">
<div class="footer-col"><h4>{SITE}</h4><p>Independent, nonprofit local news for the north lakeshore since 2009.</p></div>
<div class="footer-col"><h4>Sections</h4><ul>{nav}</ul></div>
<div class="footer-col"><h4>Company</h4><ul><li><a href="/about">About us</a></li><li><a href="/about/ethics-policy">Ethics policy</a></li><li><a href="/privacy-policy">Privacy policy</a></li><li><a href="/news.rss">RSS</a></li></ul></div></div>
<p class="copyright">© 2017 Lakeshore Community Media. All rights reserved.</p></div></footer>
<script src="/assets/js/site.min.js?v=1490000000"></script></body></html>"""


def build(base: str) -> Site:
    """All pages and the ground truth."""
    posts = make_posts(3101, "en", 34, TZ, SECTIONS, AUTHORS, TAGS)
    rng = random.Random(31)
    url = {p.idx: f"/news/{p.slug}" for p in posts}
    pages: dict = {}
    order = sorted(posts, key=lambda p: p.published)
    by_section = by_key(posts, lambda p: p.section)

    def card(p, cls: str = "card") -> str:
        return (
            f'<article class="{cls}"><a class="{cls}__link" href="{url[p.idx]}">'
            f'<span class="{cls}__kicker">{escape(p.section)}</span>'
            f'<h3 class="{cls}__title">{escape(p.title)}</h3></a>'
            f'<time class="{cls}__date" datetime="{p.published.isoformat()}">{_date(p.published)}</time></article>'
        )

    for p in posts:
        u = url[p.idx]
        pos = order.index(p)
        mid = max(1, len(p.paras) // 2)
        pull = p.paras[1].split(". ")[0].rstrip(".") + "."
        ld = {
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": base + u},
            "headline": p.title,
            "datePublished": p.published.isoformat(),
            "dateModified": p.published.isoformat(),
            "author": {"@type": "Person", "name": p.author},
            "publisher": {"@type": "Organization", "name": SITE},
            "description": p.paras[0][:150],
        }
        head = (
            f'<meta name="description" content="{escape(p.paras[0][:150])}">'
            f'<meta name="generator" content="SEOmatic">'
            f'<link rel="canonical" href="{base}{u}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{escape(p.title)}">'
            f'<meta property="og:url" content="{base}{u}"><meta property="og:site_name" content="{SITE}">'
            f'<meta property="article:published_time" content="{p.published.isoformat()}">'
            f'<meta property="article:section" content="{escape(p.section)}">'
            f'<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@lakeshorecourier">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        )
        tags = "".join(f'<li><a href="/tags/{t}">#{t}</a></li>' for t in p.tags)
        share = (
            '<ul class="share"><li><a class="share__fb" href="https://www.facebook.com/sharer/sharer.php?u='
            f'{base}{u}" target="_blank" rel="noopener">Share on Facebook</a></li>'
            f'<li><a class="share__tw" href="https://twitter.com/intent/tweet?url={base}{u}" target="_blank" rel="noopener">Tweet</a></li>'
            f'<li><a class="share__mail" href="mailto:?subject={escape(p.title)}&amp;body={base}{u}">Email</a></li>'
            '<li><button class="share__print" onclick="window.print()">Print</button></li></ul>'
        )
        more = [q for q in by_section[p.section] if q is not p][:3]
        related = "".join(card(q, "related-card") for q in more)
        prev_ = order[pos - 1] if pos else None
        next_ = order[pos + 1] if pos + 1 < len(order) else None
        pager = (
            '<nav class="entry-pager">'
            + (
                f'<a class="entry-pager__prev" href="{url[prev_.idx]}"><span>Previous story</span> {escape(prev_.title)}</a>'
                if prev_
                else ""
            )
            + (
                f'<a class="entry-pager__next" href="{url[next_.idx]}"><span>Next story</span> {escape(next_.title)}</a>'
                if next_
                else ""
            )
            + "</nav>"
        )
        body = "".join(f"<p>{escape(x)}</p>" for x in p.paras[:mid])
        rest = "".join(f"<p>{escape(x)}</p>" for x in p.paras[mid:])
        main = f"""<article class="entry entry--news" itemscope itemtype="http://schema.org/NewsArticle">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/news/category/{_h(p.section)}">{escape(p.section)}</a></li></ol></nav>
<header class="entry__header"><a class="entry__kicker" href="/news/category/{_h(p.section)}">{escape(p.section)}</a>
<h1 class="entry__title" itemprop="headline">{escape(p.title)}</h1>
<div class="entry__meta"><span class="entry__byline">By <a href="/authors/{_h(p.author)}" rel="author">{escape(p.author)}</a></span>
<time class="entry__date" datetime="{p.published.isoformat()}" itemprop="datePublished">{_date(p.published)} at {p.published.strftime("%-I:%M %p").lower()}</time></div>
{share}</header>
<figure class="entry__hero"><img src="/uploads/images/news/{p.idx}-hero.jpg" alt=""><figcaption>{escape(rng.choice(CAPTIONS))} <span class="credit">Photo: {escape(rng.choice(AUTHORS))}</span></figcaption></figure>
<div class="entry__body" itemprop="articleBody">
<div class="block block--text">{body}</div>
<blockquote class="block block--pullquote"><p>{escape(pull)}</p></blockquote>
<div class="block block--text">{rest}</div>
</div>
<footer class="entry__footer"><ul class="entry__tags">{tags}</ul>
<aside class="newsletter-signup"><h2>Get the Courier in your inbox</h2><p>Our free morning newsletter rounds up the day's local news. Sign up now.</p>
<form action="//lakeshorecourier.us15.list-manage.com/subscribe/post" method="post"><input type="email" name="EMAIL" placeholder="Email address"><button type="submit">Sign up</button></form></aside>
<aside class="donate-box"><p>The Courier is a nonprofit newsroom. If you value this reporting, please consider a donation.</p><a class="btn" href="/donate">Donate</a></aside>
{pager}</footer></article>
<section class="related"><h2 class="related__heading">More from {escape(p.section)}</h2>{related}</section>
<div id="disqus_thread"></div><noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript>"""
        page = html(_layout(f"{p.title} | {SITE}", main, head, "entry-page"))
        pages[u] = page
        pages[u + "/"] = page  # Craft answers the trailing-slash form too (canonical points home)

    def teaser(p, slash: bool = False) -> str:
        return (
            f'<article class="teaser"><a class="teaser__img" href="{url[p.idx]}{"/" if slash else ""}"><img src="/uploads/images/news/_thumb/{p.idx}-hero.jpg" alt=""></a>'
            f'<div class="teaser__text"><a class="teaser__kicker" href="/news/category/{_h(p.section)}">{escape(p.section)}</a>'
            f'<h2 class="teaser__title"><a href="{url[p.idx]}{"/" if slash else ""}">{escape(p.title)}</a></h2>'
            f'<p class="teaser__meta">By {escape(p.author)} · <time datetime="{p.published.isoformat()}">{_date(p.published)}</time></p>'
            f'<p class="teaser__summary">{escape(p.paras[0][:160])}…</p></div></article>'
        )

    def paged(prefix: str, items: list, heading: str, slash: bool = False, per: int = 10) -> None:
        parts = chunks(items, per)
        for k, chunk in enumerate(parts):
            nav = '<nav class="pagination" aria-label="Pagination">'
            if k:
                prv = prefix if k == 1 else f"{prefix}/p{k}"
                nav += f'<a class="pagination__prev" href="{prv}" rel="prev">← Newer</a>'
            nav += "".join(
                f'<a class="pagination__num{" is-current" if j == k else ""}" href="{prefix if j == 0 else f"{prefix}/p{j + 1}"}">{j + 1}</a>'
                for j in range(len(parts))
            )
            if k + 1 < len(parts):
                nav += (
                    f'<a class="pagination__next" href="{prefix}/p{k + 2}" rel="next">Older →</a>'
                )
            nav += "</nav>"
            main = f'<header class="page-header"><h1 class="page-title">{escape(heading)}</h1></header><div class="teasers">{"".join(teaser(p, slash) for p in chunk)}</div>{nav}'
            title = heading + (f" – Page {k + 1}" if k else "")
            pages[prefix if k == 0 else f"{prefix}/p{k + 1}"] = html(
                _layout(f"{title} | {SITE}", main, body_cls="listing-page")
            )

    top = posts[:4]
    home = (
        f'<section class="home-lead">{teaser(top[0])}</section><section class="home-top"><h2 class="section-heading">Top stories</h2>{"".join(card(p) for p in top[1:])}</section>'
        + "".join(
            f'<section class="home-section"><h2 class="section-heading"><a href="/news/category/{_h(s)}">{escape(s)}</a></h2>{"".join(card(p) for p in by_section.get(s, [])[:3])}</section>'
            for s in SECTIONS
        )
        + '<section class="home-newsletter"><h2>The Morning Courier</h2><p>Local news, every weekday at 6 a.m. Free.</p><a class="btn" href="/subscribe">Sign up</a></section>'
    )
    pages["/"] = html(
        _layout(f"{SITE} | Local news for the north lakeshore", home, body_cls="home")
    )
    paged("/news", posts, "Latest news")
    for s in SECTIONS:
        paged(f"/news/category/{_h(s)}", by_section.get(s, []), s)
    for t, items in by_key(posts, lambda p: p.tags).items():
        paged(f"/tags/{t}", items, f"Stories tagged “{t}”", slash=True)
    for a, items in by_key(posts, lambda p: p.author).items():
        paged(f"/authors/{_h(a)}", items, a)
    months = by_month(posts)
    for (y, m), items in months.items():
        paged(
            f"/news/archive/{y}/{m:02d}",
            items,
            f"Archive: {items[0].published.strftime('%B %Y')}",
            per=20,
        )
    archive_links = "".join(
        f'<li><a href="/news/archive/{y}/{m:02d}">{items[0].published.strftime("%B %Y")}</a> ({len(items)})</li>'
        for (y, m), items in months.items()
    )
    pages["/news/archive"] = html(
        _layout(
            f"Archive | {SITE}",
            f'<h1 class="page-title">Archive</h1><ul class="archive-months">{archive_links}</ul>',
        )
    )
    static = {
        "/about": (
            "About us",
            "<p>The Lakeshore Courier is an independent, nonprofit newsroom covering the cities of the north lakeshore. We are funded by readers, foundations and local sponsors.</p><p>Our staff of five reporters and two editors works from a storefront office on Sheridan Road.</p>",
        ),
        "/about/ethics-policy": (
            "Ethics policy",
            "<p>We correct errors promptly and note corrections at the bottom of the story. Sponsors have no say in our coverage.</p>",
        ),
        "/privacy-policy": (
            "Privacy policy",
            "<p>We collect as little personal data as we can. Newsletter addresses are stored with our e-mail provider and never sold.</p>",
        ),
        "/subscribe": (
            "Subscribe",
            '<p>Choose the newsletters you would like to receive.</p><form><input type="email" name="email"><button>Subscribe</button></form>',
        ),
        "/donate": (
            "Support the Courier",
            "<p>Your tax-deductible gift keeps local reporting free for everyone.</p>",
        ),
        "/search": ("Search", "<p>Enter a word or phrase to search the Courier.</p>"),
    }
    for path, (t, body) in static.items():
        pages[path] = html(
            _layout(
                f"{t} | {SITE}",
                f'<article class="page"><h1 class="page-title">{t}</h1>{body}</article>',
            )
        )
    pages["/news.rss"] = rss(base, SITE, [(url[p.idx], p) for p in posts[:15]])
    entries = [(url[p.idx], p.published.astimezone(UTC).isoformat()) for p in posts]
    parts = chunks(entries, 20)
    maps = [f"/sitemaps-1-section-news-1-sitemap-p{k + 1}.xml" for k in range(len(parts))]
    for path, part in zip(maps, parts, strict=True):
        pages[path] = sitemap(base, part)
    pages["/sitemaps-1-section-pages-1-sitemap.xml"] = sitemap(
        base, [("/", None), ("/about", None), ("/about/ethics-policy", None), ("/subscribe", None)]
    )
    pages["/sitemaps-1-sitemap.xml"] = sitemap_index(
        base, [*maps, "/sitemaps-1-section-pages-1-sitemap.xml"]
    )
    pages["/robots.txt"] = Resp(
        f"User-agent: *\nDisallow: /cpresources/\nDisallow: /admin/\nDisallow: /search\n\nSitemap: {base}/sitemaps-1-sitemap.xml\n".encode(),
        "text/plain; charset=utf-8",
    )
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: [url[p.idx] + "/"])
