"""HOLDOUT: do not read or tune against this module. Jekyll minima blog (en): jekyll-seo-tag, h-entry, Staticman comments, jekyll-feed."""

from __future__ import annotations

import json
import random
from html import escape

from benchmarks.unseen.common import (
    atom,
    by_key,
    by_month,
    html,
    make_posts,
    paged,
    site_from,
    thread,
)

NAME = "jekyll_minima"
SITE = "Harbourside Notes"
TAGS = ["ferries", "planning", "foreshore", "council", "housing", "bushcare"]
READERS = [
    "Kylie M",
    "Dan O'Rourke",
    "westside_resident",
    "Priya S.",
    "Mick",
    "Helen from Birchgrove",
]
LINES = [
    "Thanks for writing this up, the official notice was impossible to follow.",
    "Does anyone know if the submissions period has been extended?",
    "Walked past there this morning and the fencing is already up.",
    "Good summary. The second option seems the least bad to me.",
    "I'd be keen to hear what the residents' association thinks.",
]


def _d(d) -> str:
    return d.strftime("%b %-d, %Y")


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1303, "en", 26, "Australia/Sydney", ["news", "notes"], ["Tom Archer"], TAGS)
    rng = random.Random(1303)
    url = {p.idx: f"/{p.section}/{p.published.strftime('%Y/%m/%d')}/{p.slug}.html" for p in posts}
    bare = {p.idx: url[p.idx][: -len(".html")] for p in posts}
    pages: dict = {}

    def shell(
        title,
        main,
        head="",
        desc="Neighbourhood news from the inner west harbour suburbs, written up on weekends.",
    ):
        return f"""<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v2.1.0 -->
<title>{escape(title)}</title>
<meta property="og:title" content="{escape(title.split(" | ")[0])}" />
<meta property="og:locale" content="en_US" />
<meta name="description" content="{escape(desc)}" />
<meta property="og:site_name" content="{SITE}" />
{head}<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="{base}/feed.xml" title="{SITE}" /></head>
<body><header class="site-header" role="banner">
  <div class="wrapper"><a class="site-title" rel="author" href="/">{SITE}</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger"><span class="menu-icon"></span></label>
        <div class="trigger"><a class="page-link" href="/about/">About</a><a class="page-link" href="/archive/">Archive</a><a class="page-link" href="/tags/">Tags</a><a class="page-link" href="/search/">Search</a></div></nav></div>
</header>
<main class="page-content" aria-label="Content"><div class="wrapper">{main}</div></main>
<footer class="site-footer h-card"><data class="u-url" href="/"></data>
  <div class="wrapper"><h2 class="footer-heading">{SITE}</h2>
    <div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">Tom Archer</li><li><a class="u-email" href="mailto:tom@example.org">tom@example.org</a></li></ul></div>
      <div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://github.com/tarcher"><span class="username">tarcher</span></a></li><li><a href="https://www.twitter.com/tarcher"><span class="username">tarcher</span></a></li></ul></div>
      <div class="footer-col footer-col-3"><p>{escape(desc)}</p></div></div></div>
</footer><div id="cookie-notice"><span>This blog uses Google Analytics cookies to count visitors.</span> <a id="cookie-notice-accept" class="btn">OK</a> <a href="/privacy/" class="btn">Details</a></div></body></html>"""

    def li(p):
        return f'<li><span class="post-meta">{_d(p.published)}</span><h3><a class="post-link" href="{url[p.idx]}">{escape(p.title)}</a></h3></li>'

    def article(p):
        d = p.published
        i = posts.index(p)
        com = thread(rng, READERS, LINES, d, 0, 4)
        ld = {
            "@type": "BlogPosting",
            "headline": p.title,
            "dateModified": d.isoformat(),
            "datePublished": d.isoformat(),
            "url": base + url[p.idx],
            "mainEntityOfPage": {"@type": "WebPage", "@id": base + url[p.idx]},
            "author": {"@type": "Person", "name": "Tom Archer"},
            "description": p.paras[0][:160],
            "@context": "http://schema.org",
        }
        head = (
            f'<meta property="og:description" content="{escape(p.paras[0][:160])}" />\n<link rel="canonical" href="{base}{url[p.idx]}" />\n<meta property="og:url" content="{base}{url[p.idx]}" />\n'
            f'<meta property="og:type" content="article" />\n<meta property="article:published_time" content="{d.isoformat()}" />\n<meta name="twitter:card" content="summary" />\n'
            f'<script type="application/ld+json">\n{json.dumps(ld)}</script>\n'
        )
        coms = "".join(
            f'<article class="comment" id="comment-{k + 1}"><div class="comment__meta"><strong class="comment__author">{escape(w)}</strong> <a href="{url[p.idx]}#comment-{k + 1}"><time datetime="{t.isoformat()}">{t.strftime("%B %-d, %Y at %-I:%M %p")}</time></a></div><div class="comment__content"><p>{escape(x)}</p></div></article>'
            for k, (w, t, x) in enumerate(com)
        )
        prv = posts[i + 1] if i + 1 < len(posts) else None
        nxt = posts[i - 1] if i else None
        pn = (
            f'<a class="prev" href="{url[prv.idx]}">&laquo; {escape(prv.title)}</a>' if prv else ""
        ) + (
            f'<a class="next" href="{url[nxt.idx]}">{escape(nxt.title)} &raquo;</a>' if nxt else ""
        )
        related = "".join(li(q) for q in [q for q in posts[:4] if q is not p][:3])
        main = f"""<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">

  <header class="post-header">
    <h1 class="post-title p-name" itemprop="name headline">{escape(p.title)}</h1>
    <p class="post-meta">
      <time class="dt-published" datetime="{d.isoformat()}" itemprop="datePublished">{_d(d)}
      </time>• <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Tom Archer</span></span></p>
  </header>

  <div class="post-content e-content" itemprop="articleBody">
    {"".join(f"<p>{escape(x)}</p>" for x in p.paras)}

  </div>
  <p class="post-tags">Tagged: {", ".join(f'<a href="/tags/#{t}">{t}</a>' for t in p.tags)}</p>
  <div class="share-page">Share this post: <a href="https://twitter.com/intent/tweet?text={escape(p.title)}&url={base}{url[p.idx]}" rel="nofollow" target="_blank">Twitter</a> <a href="https://facebook.com/sharer.php?u={base}{url[p.idx]}" rel="nofollow" target="_blank">Facebook</a> <a href="https://www.linkedin.com/shareArticle?mini=true&url={base}{url[p.idx]}" rel="nofollow" target="_blank">LinkedIn</a></div>
  <div class="newsletter"><h4>Get new posts by email</h4><form action="https://example.us15.list-manage.com/subscribe/post" method="post"><input type="email" name="EMAIL" placeholder="you@example.com"><input type="submit" value="Sign up"></form><p class="newsletter-small">Roughly one email a week. Unsubscribe any time.</p></div>
  <nav class="post-nav">{pn}</nav>
  <section class="comments" id="comments"><h3>{len(com) or "No"} comment{"" if len(com) == 1 else "s"}</h3>{coms}
  <form class="js-form form" method="post" action="https://api.staticman.net/v2/entry/tarcher/harbourside/master/comments"><h3>Leave a comment</h3><input name="fields[name]" type="text" placeholder="Name"><textarea name="fields[message]" placeholder="Comment (markdown is fine)"></textarea><button type="submit">Submit comment</button><p class="note">Comments are moderated and appear after the site rebuilds.</p></form></section>
  <aside class="related"><h3>You might also enjoy</h3><ul class="post-list">{related}</ul></aside>
  <a class="u-url" href="{url[p.idx]}" hidden></a>
</article>"""
        return shell(f"{p.title} | {SITE}", main, head, p.paras[0][:160])

    for p in posts:
        pages[url[p.idx]] = html(article(p))
        pages[bare[p.idx]] = pages[url[p.idx]]

    def pager(k, n, nth):
        prev = (
            f'<a class="previous" href="{nth(k - 1)}">Newer posts</a>'
            if k
            else '<span class="previous">Newer posts</span>'
        )
        nxt = (
            f'<a class="next" href="{nth(k + 1)}">Older posts</a>'
            if k + 1 < n
            else '<span class="next">Older posts</span>'
        )
        return f'<div class="pagination">{prev}<span class="page_number">Page: {k + 1} of {n}</span>{nxt}</div>'

    home_nth = lambda k: "/" if not k else f"/page{k + 1}/"  # noqa: E731
    paged(
        pages,
        home_nth,
        posts,
        8,
        lambda chunk, k, n: shell(
            SITE if not k else f"Page {k + 1} | {SITE}",
            f'<div class="home"><h2 class="post-list-heading">Posts</h2><ul class="post-list">{"".join(li(p) for p in chunk)}</ul>{pager(k, n, home_nth)}'
            f'<p class="rss-subscribe">subscribe <a href="/feed.xml">via RSS</a></p></div>',
            f'<link rel="canonical" href="{base}{home_nth(k)}" />',
        ),
    )
    months = by_month(posts)
    for (y, m), items in months.items():
        path = f"/{y}/{m:02d}/"
        pages[path] = html(
            shell(
                f"{items[0].published.strftime('%B %Y')} | {SITE}",
                f'<div class="archive"><h1 class="page-heading">{items[0].published.strftime("%B %Y")}</h1><ul class="post-list">{"".join(li(p) for p in items)}</ul></div>',
            )
        )
    arch = "".join(
        f'<h2 id="{y}-{m:02d}"><a href="/{y}/{m:02d}/">{items[0].published.strftime("%B %Y")}</a></h2><ul class="post-list">{"".join(li(p) for p in items)}</ul>'
        for (y, m), items in months.items()
    )
    pages["/archive/"] = html(
        shell(
            f"Archive | {SITE}",
            f'<div class="archive"><h1 class="page-heading">Archive</h1>{arch}</div>',
        )
    )
    tags = "".join(
        f'<h2 id="{t}">{t}</h2><ul class="post-list">{"".join(li(p) for p in items)}</ul>'
        for t, items in sorted(by_key(posts, lambda p: p.tags).items())
    )
    cloud = " ".join(f'<a href="#{t}">{t}</a>' for t in sorted(TAGS))
    pages["/tags/"] = html(
        shell(
            f"Tags | {SITE}",
            f'<div class="tags-page"><h1 class="page-heading">Tags</h1><p class="tag-cloud">{cloud}</p>{tags}</div>',
        )
    )
    pages["/search/"] = html(
        shell(
            f"Search | {SITE}",
            '<h1 class="page-heading">Search</h1><div id="search-container"><input type="text" id="search-input" placeholder="search..."><ul id="results-container"></ul></div><script src="/assets/simple-jekyll-search.min.js"></script>',
        )
    )
    pages["/about/"] = html(
        shell(
            f"About | {SITE}",
            '<article class="post"><header class="post-header"><h1 class="post-title">About</h1></header><div class="post-content"><p>I write up what happens at local meetings so my neighbours do not have to sit through them. Opinions are mine.</p></div></article>',
        )
    )
    pages["/privacy/"] = html(
        shell(
            f"Privacy | {SITE}",
            '<article class="post"><header class="post-header"><h1 class="post-title">Privacy</h1></header><div class="post-content"><p>Visitor counts come from Google Analytics with anonymised addresses. Comments store the name you give.</p></div></article>',
        )
    )
    pages["/feed.xml"] = atom(base, SITE, [(url[p.idx], p) for p in posts[:10]])
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: [bare[p.idx]])
