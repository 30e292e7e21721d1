"""Sitecore 8 SXA news site (en): component/field-* markup, language-prefix and .aspx twins, paged sitemap only."""

from __future__ import annotations

import json
import random
from html import escape

from benchmarks.unseen.common import (
    by_key,
    by_month,
    chunks,
    html,
    make_posts,
    paged,
    robots,
    site_from,
    sitemap,
    sitemap_index,
    thread,
)

NAME = "sitecore_en"
SITE = "Lakeshore Herald"
SECTIONS = {"city-hall": "City Hall", "transit": "Transit", "schools": "Schools"}
TAGS = ["budget", "waterfront", "housing", "roads", "ward-4", "library"]
AUTHORS = ["Dana Whitcombe", "Ravi Sandhu", "Marie-Claire Tessier", "Owen Pritchard"]
READERS = ["lakeshore_mom", "Ken D.", "Frank from Mimico", "P. Sousa", "jt1972", "Aileen"]
REMARKS = [
    "This has been dragging on since the last election, nothing new here.",
    "Good reporting, thanks for going to the meeting so we didn't have to.",
    "Who is going to pay for the upkeep once the ribbon is cut?",
    "Would love to see the full staff report linked.",
    "My street has been torn up for two years already.",
]
MONTHS = ["January", "February", "March", "April", "May", "June"]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        951, "en", 34, "America/Toronto", list(SECTIONS), AUTHORS, TAGS, midnight=True
    )
    rng = random.Random(951)
    threads = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 5) for p in posts}
    url = {p.idx: f"/en/news/{p.section}/{p.published:%Y/%m}/{p.slug}" for p in posts}
    twins = {p.idx: [url[p.idx].removeprefix("/en"), url[p.idx] + ".aspx"] for p in posts}

    def link_list(items):
        return "".join(
            f'<li class="item{i} {"odd" if i % 2 == 0 else "even"}{" first" if not i else ""}"><div class="field-link"><a href="{h}" data-variantfieldname="Link">{escape(t)}</a></div></li>'
            for i, (h, t) in enumerate(items)
        )

    def shell(title, main, head="", crumbs=()):
        crumb = "".join(
            f'<li class="breadcrumb-item"><div class="navigation-title field-navigationtitle"><a title="{escape(t)}" href="{h}">{escape(t)}</a></div><div class="separator">&gt;</div></li>'
            for h, t in (("/en", "Home"), *crumbs)
        )
        nav = link_list(
            [("/en/news", "News")]
            + [(f"/en/news/{k}", v) for k, v in SECTIONS.items()]
            + [("/en/about-us", "About us")]
        )
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta charset="utf-8">
<title>{escape(title)} | {SITE}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<link href="/-/media/Base-Themes/Main-Theme/styles/optimized-min.css" rel="stylesheet">{head}</head>
<body class="default-device bodyclass"><div id="wrapper">
<header><div id="header" class="container"><div class="row">
<div class="component image file-type-icon-media-link col-12 col-md-3"><div class="component-content"><a title="{SITE}" href="/en"><img src="/-/media/Project/Herald/logo.png" alt="{SITE}" width="220" height="48"></a></div></div>
<div class="component link-list col-12 col-md-7 main-nav"><div class="component-content"><ul>{nav}</ul></div></div>
<div class="component search-box col-12 col-md-2"><div class="component-content"><input class="search-box-input" type="text" name="textBoxSearch" placeholder="Search the Herald"><button class="search-box-button">Search</button></div></div>
</div></div></header>
<main><div id="content" class="container"><div class="row">
<div class="component breadcrumb navigation-title col-12"><div class="component-content"><nav><ol>{crumb}</ol></nav></div></div>
{main}
</div></div></main>
<footer><div id="footer" class="container"><div class="row">
<div class="component rich-text col-12 col-md-6"><div class="component-content"><p>The {SITE} is an independent community newspaper serving the western lakeshore since 1994.</p></div></div>
<div class="component link-list col-12 col-md-6"><div class="component-content"><h3>Follow us</h3><ul>{link_list([("/en/contact", "Contact the newsroom"), ("/en/advertise", "Advertise with us"), ("/en/privacy", "Privacy policy")])}</ul></div></div>
<div class="component plain-html col-12"><div class="component-content">&copy; 2017 {SITE} Media Inc. All rights reserved.</div></div>
</div></div></footer>
<div class="component privacy-warning"><div class="component-content"><div class="info">We use cookies to understand how readers use this site. By continuing you agree to our <a href="/en/privacy">privacy policy</a>.</div><div class="close">Accept</div></div></div>
</div></body></html>"""

    def teaser_li(p, i, form=0):
        date = f'<div class="field-date">{p.published.month}/{p.published.day}/{p.published.year}</div>'
        href = url[p.idx] if form is None else ([url[p.idx]] + twins[p.idx])[form]
        return f'<li class="item{i} {"odd" if i % 2 == 0 else "even"}"><div class="field-title"><a href="{href}">{escape(p.title)}</a></div>{date}<div class="field-teaser">{escape(p.paras[0][:140])}…</div></li>'

    def article(p, path):
        i = posts.index(p)
        d = p.published
        related = [q for q in posts if q.section == p.section and q is not p][:4]
        ld = json.dumps(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": p.title,
                "datePublished": d.isoformat(),
                "author": {"@type": "Person", "name": p.author},
                "publisher": {"@type": "Organization", "name": SITE},
            }
        )
        head = (
            f'<link rel="canonical" href="{base}{url[p.idx]}"><meta property="og:title" content="{escape(p.title)}">'
            f'<meta property="og:type" content="article"><meta name="description" content="{escape(p.paras[0][:150])}">'
            f'<script type="application/ld+json">{ld}</script>'
        )
        comments = threads[p.idx]
        cm = "".join(
            f'<div class="comment-item"><div class="comment-author">{escape(w)}</div><div class="comment-date">{t.month}/{t.day}/{t.year} {t.strftime("%I:%M %p")}</div><div class="comment-text">{escape(x)}</div></div>'
            for w, t, x in comments
        )
        nxt = posts[i - 1] if i else None
        main = f"""<div class="component title col-12"><div class="component-content"><div class="field-title">{escape(p.title)}</div></div></div>
<div class="component row-splitter"><div class="container-fluid"><div class="row">
<div class="component date col-6"><div class="component-content"><div class="field-date">{MONTHS[d.month - 1]} {d.day}, {d.year}</div></div></div>
<div class="component field-editor col-6"><div class="component-content"><div class="field-author">By {escape(p.author)}</div></div></div>
</div></div></div>
<div class="component image col-12"><div class="component-content"><img src="/-/media/Project/Herald/news/{p.idx}.jpg" alt=""><span class="image-caption field-imagecaption">File photo / {SITE}</span></div></div>
<div class="component rich-text col-12 col-lg-8"><div class="component-content">
{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}
</div></div>
<div class="component social-media-share col-12"><div class="component-content"><ul><li><a class="facebook" href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}" target="_blank">Share on Facebook</a></li><li><a class="twitter" href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}" target="_blank">Share on Twitter</a></li><li><a class="email" href="mailto:?subject={escape(p.title)}">Email this story</a></li></ul></div></div>
<div class="component tag-list col-12"><div class="component-content"><span class="tag-list-label">Tagged:</span>{"".join(f'<a class="tag" href="/en/tags/{t}">{t}</a>' for t in p.tags)}</div></div>
<div class="component comments col-12"><div class="component-content"><h3>Comments ({len(comments)})</h3>{cm}<div class="comment-form"><p>Sign in to join the conversation.</p></div></div></div>
<div class="component page-list col-12 col-lg-4"><div class="component-content"><h3>More from {SECTIONS[p.section]}</h3><ul class="items">{"".join(teaser_li(q, j) for j, q in enumerate(related))}</ul></div></div>
{f'<div class="component link-list col-12 next-story"><div class="component-content"><h3>Next story</h3><ul>{link_list([(url[nxt.idx], nxt.title)])}</ul></div></div>' if nxt else ""}
<div class="component promo col-12 newsletter-promo"><div class="component-content"><div class="field-promotext"><h3>The Herald in your inbox</h3><p>Get the morning briefing every weekday at 6 a.m.</p></div><div class="field-promolink"><a href="/en/newsletter">Sign up now</a></div></div></div>"""
        return shell(
            p.title,
            main,
            head,
            (("/en/news", "News"), (f"/en/news/{p.section}", SECTIONS[p.section]), (path, p.title)),
        )

    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(article(p, url[p.idx]))
        for t in twins[p.idx]:
            pages[t] = html(article(p, t))

    def lister(path0, heading, items, per=8, form=0):
        def nth(k):
            return path0 if not k else f"{path0}?page={k + 1}"

        def render(chunk, k, n):
            pager = "".join(
                f'<a class="page-selector-item-link" href="{nth(j)}">{j + 1}</a>'
                if j != k
                else f'<span class="page-selector-item-link active">{j + 1}</span>'
                for j in range(n)
            )
            main = f"""<div class="component title col-12"><div class="component-content"><h1 class="field-title">{escape(heading)}</h1></div></div>
<div class="component page-list col-12"><div class="component-content"><ul class="items">{"".join(teaser_li(q, j, form) for j, q in enumerate(chunk))}</ul></div></div>
<div class="component pagination col-12"><div class="component-content"><div class="page-selector">{pager}</div></div></div>"""
            return shell(
                heading if not k else f"{heading} - Page {k + 1}", main, crumbs=((path0, heading),)
            )

        paged(pages, nth, items, per, render)

    lister("/en/news", "Latest news", posts)
    for sec, items in by_key(posts, lambda p: p.section).items():
        lister(f"/en/news/{sec}", SECTIONS[sec], items)
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(f"/en/tags/{t}", f"Stories tagged {t}", items, 10, 2)  # tag search links .aspx
    for (y, m), items in by_month(posts).items():
        lister(
            f"/en/news/{y}/{m:02d}", f"News archive: {MONTHS[m - 1]} {y}", items, 20, 1
        )  # archive links lack /en
    top = posts[:3]
    home = f"""<div class="component promo col-12 hero"><div class="component-content"><div class="field-promotext"><h2><a href="{url[top[0].idx]}">{escape(top[0].title)}</a></h2><p>{escape(top[0].paras[0])}</p></div></div></div>
<div class="component page-list col-12"><div class="component-content"><h3>Top stories</h3><ul class="items">{"".join(teaser_li(q, j) for j, q in enumerate(posts[1:9]))}</ul><a href="/en/news">All news</a></div></div>
<div class="component link-list col-12"><div class="component-content"><h3>Archive</h3><ul>{link_list([("/en/news/2017/04", "April 2017"), ("/en/news/2017/03", "March 2017")])}</ul></div></div>"""
    pages["/en"] = html(shell("Home", home))
    pages["/"] = html(shell("Home", home))
    for path, heading, text in (
        (
            "/en/about-us",
            "About us",
            "We are a newsroom of eleven reporters and editors based on Lake Shore Boulevard.",
        ),
        (
            "/en/contact",
            "Contact the newsroom",
            "Send tips to the city desk by phone or through the form below.",
        ),
        (
            "/en/advertise",
            "Advertise with us",
            "Print and digital packages are available for local businesses.",
        ),
        (
            "/en/privacy",
            "Privacy policy",
            "This policy explains which cookies the site sets and why.",
        ),
        ("/en/newsletter", "Newsletter", "Choose the briefings you would like to receive."),
    ):
        pages[path] = html(
            shell(
                heading,
                f'<div class="component title col-12"><div class="component-content"><h1 class="field-title">{heading}</h1></div></div><div class="component rich-text col-12"><div class="component-content"><p>{text}</p></div></div>',
                crumbs=((path, heading),),
            )
        )
    entries = [("/en", None), ("/en/news", None)] + [
        (url[p.idx], p.published.date().isoformat()) for p in posts
    ]
    parts = chunks(entries, 15)  # SXA splits the sitemap into an index of numbered files
    for k, part in enumerate(parts):
        pages[f"/sitemap-{k + 1}.xml"] = sitemap(base, part)
    pages["/sitemap.xml"] = sitemap_index(
        base, [f"/sitemap-{k + 1}.xml" for k in range(len(parts))]
    )
    pages["/robots.txt"] = robots(base, ["/sitemap.xml"], ["/sitecore/", "/-/media/"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: twins[p.idx])
