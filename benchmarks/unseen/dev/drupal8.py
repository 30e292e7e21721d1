"""Drupal 8 Bartik site (en): undated /content/slug aliases of /node/N, paged sitemap, ?page=N."""
# ruff: noqa: RUF001  (typographic and non-Latin characters are the point of this fixture)

from __future__ import annotations

import random
from datetime import UTC
from html import escape

from benchmarks.unseen.common import (
    Site,
    Truth,
    chunks,
    comments,
    html,
    make_posts,
    paras_html,
    robots,
    rss,
    sitemap,
    sitemap_index,
)

NAME = "drupal8"
TZ = "America/Chicago"
SECTIONS = ["Local", "Schools", "Business", "Opinion"]
TAGS = ["council", "transport", "budget", "housing", "weather", "health"]
COMMENTERS = ["jdoe62", "Marcia T.", "riverside_dad", "Ken Albers", "anon"]
REMARKS = [
    "This has been dragging on for years, nobody is surprised.",
    "Thanks for covering the meeting, the local TV never does.",
    "Who is going to pay for the upkeep once it is built?",
    "My street floods every spring and nothing ever changes.",
]


def _d8date(dt) -> str:
    return dt.strftime("%a, %m/%d/%Y - %H:%M")


def _page(
    base: str, title: str, main: str, extra_head: str = "", bodycls: str = "path-frontpage"
) -> str:
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ schema: http://schema.org/">
<head><meta charset="utf-8" /><meta name="Generator" content="Drupal 8 (https://www.drupal.org)" />
<title>{escape(title)} | Prairie Ledger</title>{extra_head}
<link rel="alternate" type="application/rss+xml" title="Prairie Ledger" href="{base}/rss.xml" /></head>
<body class="layout-one-sidebar layout-sidebar-first {bodycls}">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><div id="page-wrapper"><div id="page">
<header id="header" class="header" role="banner"><div class="section layout-container clearfix">
<div id="block-bartik-branding" class="clearfix site-branding"><a href="/" title="Home" rel="home" class="site-branding__name">Prairie Ledger</a>
<div class="site-branding__slogan">News from the county since 1998</div></div>
<nav role="navigation" id="block-bartik-main-menu"><ul class="clearfix menu"><li class="menu-item"><a href="/">Home</a></li>
{"".join(f'<li class="menu-item"><a href="/taxonomy/term/{i + 1}">{s}</a></li>' for i, s in enumerate(SECTIONS))}
<li class="menu-item"><a href="/about">About us</a></li><li class="menu-item"><a href="/contact">Contact</a></li></ul></nav></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container clearfix"><div id="main" class="layout-main clearfix">
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Home</a></li></ol></nav></div>
<main id="content" class="column main-content" role="main"><section class="section"><a id="main-content" tabindex="-1"></a>
{main}
</section></main>
<div id="sidebar-first" class="column sidebar"><aside class="section" role="complementary">
<div class="search-block-form block block-search" id="block-bartik-search" role="search"><h2 class="visually-hidden">Search</h2>
<form action="/search/node" method="get"><input title="Enter the terms you wish to search for." type="search" name="keys" /><input type="submit" value="Search" /></form></div>
<div class="block block-views"><h2>Most read this week</h2><div class="content"><p>Subscribe to the Ledger for unlimited access. Print and digital bundles start at $4.99 a month.</p></div></div>
</aside></div></div></div>
<footer class="site-footer"><div class="layout-container"><div class="site-footer__bottom"><p>© 2017 Prairie Ledger Publishing Co. All rights reserved. Reproduction without permission is prohibited.</p>
<p><a href="/contact">Contact the newsroom</a> · <a href="/rss.xml">RSS feed</a> · Powered by <a href="https://www.drupal.org">Drupal</a></p></div></div></footer>
</div></div></div></body></html>"""


def build(base: str) -> Site:
    """All pages and the ground truth."""
    posts = make_posts(801, "en", 36, TZ, SECTIONS, ["admin", "Dana Whitfield", "Lou Paskey"], TAGS)
    rng = random.Random(8)
    pages, truth = {}, []
    nid = {p.idx: 100 + p.idx * 3 for p in posts}
    path = {p.idx: f"/content/{p.slug}" for p in posts}
    for p in posts:
        n = nid[p.idx]
        head = f'<link rel="canonical" href="{path[p.idx]}" /><link rel="shortlink" href="/node/{n}" />'
        tags = "".join(
            f'<li class="field__item"><a href="/taxonomy/term/{10 + TAGS.index(t)}" property="schema:about" hreflang="en">{t}</a></li>'
            for t in p.tags
        )
        com = "".join(
            f'<article data-comment-user-id="0" role="article" class="comment js-comment by-anonymous clearfix"><span class="hidden" data-comment-timestamp="1"></span>'
            f'<footer class="comment__meta"><p class="comment__author"><span>{escape(who)}</span></p><p class="comment__time">{_d8date(when)}</p>'
            f'<p class="comment__permalink"><a href="/comment/{n * 10 + j}#comment-{n * 10 + j}" hreflang="en">Permalink</a></p></footer>'
            f'<div class="content"><h3><a href="/comment/{n * 10 + j}#comment-{n * 10 + j}" class="permalink" rel="bookmark" hreflang="en">{escape(txt[:20])}…</a></h3>'
            f'<div class="clearfix text-formatted field field--name-comment-body field__item"><p>{escape(txt)}</p></div>'
            f'<ul class="links inline"><li class="comment-reply"><a href="/comment/reply/node/{n}/comment/{n * 10 + j}">Reply</a></li></ul></div></article>'
            for j, (who, when, txt) in enumerate(comments(rng, COMMENTERS, REMARKS, p.published))
        )
        main = f"""<div class="region region-content">
<div id="block-bartik-page-title" class="block block-core block-page-title-block"><div class="content">
<h1 class="title page-title"><span property="schema:name" class="field field--name-title field--type-string field--label-hidden">{escape(p.title)}</span></h1></div></div>
<div id="block-bartik-content" class="block block-system block-system-main-block"><div class="content">
<article role="article" about="{path[p.idx]}" typeof="schema:Article" class="node node--type-article node--promoted node--view-mode-full">
<span property="schema:name" content="{escape(p.title)}" class="rdf-meta hidden"></span>
<footer class="node__meta"><div class="node__submitted">Submitted by <span rel="schema:author" class="field field--name-uid"><span lang="" typeof="schema:Person" property="schema:name">{escape(p.author)}</span></span>
 on <span property="schema:dateCreated" content="{p.published.astimezone(UTC).isoformat()}" class="field field--name-created">{_d8date(p.published)}</span>
<span property="schema:dateCreated" content="{p.published.astimezone(UTC).isoformat()}" class="rdf-meta hidden"></span></div></footer>
<div class="node__content clearfix">
<div property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{paras_html(p.paras)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3><ul class="links field__items">{tags}</ul></div>
<section rel="schema:comment" class="field field--name-comment field--type-comment field--label-above comment-wrapper">
<h2 class="title comment-section-title">Comments</h2>{com}
<h2 class="title comment-form__title">Add new comment</h2><form class="comment-comment-form comment-form" action="/comment/reply/node/{n}/comment" method="post">
<label for="edit-name">Your name</label><input type="text" id="edit-name" name="name" /><label>Comment</label><textarea name="comment_body"></textarea>
<div class="description">Allowed HTML tags: &lt;a href&gt; &lt;em&gt; &lt;strong&gt;. Lines and paragraphs break automatically.</div><input type="submit" value="Save" /></form></section>
</div></article></div></div></div>"""
        page = html(_page(base, p.title, main, head, "path-node page-node-type-article"))
        pages[path[p.idx]] = page
        pages[f"/node/{n}"] = page
        cids = [
            f"/comment/{n * 10 + j}" for j in range(3)
        ]  # comment permalinks render the node page
        for c in cids:
            pages[c] = page
        truth.append(Truth(path[p.idx], p.title, p.day, p.paras, "en", [f"/node/{n}", *cids]))

    def teaser(p) -> str:
        return (
            f'<article role="article" about="{path[p.idx]}" class="node node--type-article node--promoted node--view-mode-teaser">'
            f'<h2><a href="{path[p.idx]}" rel="bookmark"><span class="field field--name-title">{escape(p.title)}</span></a></h2>'
            f'<footer class="node__meta"><div class="node__submitted">Submitted by {escape(p.author)} on {_d8date(p.published)}</div></footer>'
            f'<div class="node__content"><div class="field--name-body"><p>{escape(p.paras[0])}</p></div>'
            f'<ul class="links inline"><li class="node-readmore"><a href="{path[p.idx]}" rel="tag">Read more<span class="visually-hidden"> about {escape(p.title)}</span></a></li></ul></div></article>'
        )

    def listing(prefix: str, items: list, heading: str) -> None:
        pgs = chunks(items, 10)
        for k, chunk in enumerate(pgs):
            pager = '<nav class="pager" role="navigation"><ul class="pager__items js-pager__items">'
            if k + 1 < len(pgs):
                pager += f'<li class="pager__item pager__item--next"><a href="{prefix}?page={k + 1}" title="Go to next page" rel="next"><span>Next page</span> ››</a></li>'
            if k:
                pager += f'<li class="pager__item pager__item--previous"><a href="{prefix}?page={k - 1}" rel="prev">‹‹ Previous page</a></li>'
            pager += "</ul></nav>"
            body = f'<h1 class="title page-title">{escape(heading)}</h1><div class="views-element-container">{"".join(teaser(p) for p in chunk)}</div>{pager}'
            pages[prefix + (f"?page={k}" if k else "")] = html(
                _page(base, heading, body, bodycls="path-taxonomy")
            )

    listing("/", posts, "Latest news")
    listing("/node", posts, "Latest news")
    for i, s in enumerate(SECTIONS):
        listing(f"/taxonomy/term/{i + 1}", [p for p in posts if p.section == s], s)
    for t in TAGS:
        listing(f"/taxonomy/term/{10 + TAGS.index(t)}", [p for p in posts if t in p.tags], t)
    for u, a in enumerate(["admin", "Dana Whitfield", "Lou Paskey"]):
        listing(f"/user/{u + 1}", [p for p in posts if p.author == a], a)
    pages["/about"] = html(
        _page(
            base,
            "About us",
            '<h1 class="title page-title">About us</h1><article class="node node--type-page"><div class="field--name-body"><p>The Prairie Ledger has covered the county since 1998. Our newsroom of six reporters works from the old bank building on Main Street.</p><p>Send news tips to the editor by mail or through the contact form.</p></div></article>',
            bodycls="path-node page-node-type-page",
        )
    )
    pages["/node/7"] = pages["/about"]
    pages["/contact"] = html(
        _page(
            base,
            "Contact",
            '<h1 class="title page-title">Contact</h1><form class="contact-message-feedback-form"><label>Your name</label><input name="name"/><label>Message</label><textarea></textarea><input type="submit" value="Send message"/></form>',
        )
    )
    pages["/search/node"] = html(
        _page(base, "Search", '<h1 class="title page-title">Search</h1><p>Enter your keywords.</p>')
    )
    pages["/rss.xml"] = rss(base, "Prairie Ledger", [(path[p.idx], p) for p in posts[:10]])
    entries = [(path[p.idx], p.published.astimezone(UTC).isoformat()) for p in posts] + [
        ("/", None),
        ("/about", None),
    ]
    for k, part in enumerate(chunks(entries, 15)):
        pages[f"/sitemap.xml?page={k + 1}"] = sitemap(base, part)
    pages["/sitemap.xml"] = sitemap_index(
        base, [f"/sitemap.xml?page={k + 1}" for k in range(len(chunks(entries, 15)))]
    )
    pages["/robots.txt"] = robots(
        base, ["/sitemap.xml"], ["/search/", "/user/login", "/comment/reply/"]
    )
    return Site(NAME, pages, truth)
