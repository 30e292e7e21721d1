"""Textpattern 4.6 (en): /section/id/title permlinks with id-only and ?id= twins, comments, ?pg=N, RSS + Atom."""

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import atom, by_key, html, make_posts, paged, rss, site_from, thread
from benchmarks.unseen.holdout4 import slugify
from benchmarks.unseen.server import Resp

NAME = "textpattern_en"
SITE = "The Foothills Ledger"
SECTIONS = {"news": "News", "county": "County", "schools": "Schools"}
CATEGORIES = {
    "council": "Council",
    "transport": "Transport",
    "budget": "Budget",
    "environment": "Environment",
}
AUTHORS = ["Dana Whitfield", "Marcus Ortega", "Ruth Abernathy"]
READERS = ["Bill H.", "canyonrunner", "Patty Lund", "J. Serrano", "oldtimer58", "Lisa M."]
REMARKS = [
    "Thanks for covering this, the daily paper never shows up to these meetings.",
    "Same story every spring. I'll believe it when the crews show up.",
    "Does anyone know whether the full report is online?",
    "My kids ride that route, so this matters a lot to us.",
    "Good reporting. Please follow up after the vote.",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(4505, "en", 36, "America/Denver", list(SECTIONS), AUTHORS, list(CATEGORIES))
    rng = random.Random(4505)
    threads = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 4) for p in posts}
    aid = {p.idx: 88 + 2 * p.idx for p in posts}
    url = {p.idx: f"/{p.section}/{aid[p.idx]}/{slugify(p.title)}" for p in posts}
    pages: dict = {}

    def posted(d):
        return f"{d.day} {d.strftime('%B %Y')}"

    def page_tpl(title, main, head="", section=""):
        nav = "".join(
            f'<li{" class=active" if s == section else ""}><a href="/{s}/">{n}</a></li>'
            for s, n in SECTIONS.items()
        )
        recent = "".join(
            f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>' for q in posts[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="en-us" dir="ltr">
<head>
<meta charset="utf-8">
<title>{escape(title)}</title>
<meta name="generator" content="Textpattern CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="alternate" type="application/rss+xml" title="RSS feed" href="{base}/rss/">
<link rel="alternate" type="application/atom+xml" title="Atom feed" href="{base}/atom/">
<link rel="stylesheet" href="/css.php?n=default">
</head>
<body class="{section or "front"}-page" itemscope itemtype="http://schema.org/WebPage">
<div class="wrapper"><header class="site-header"><p class="site-name" itemprop="name"><a rel="home" href="/">{SITE}</a></p><h3 class="site-slogan">Independent news for the county since 2009</h3></header></div>
<div class="wrapper"><nav class="site-navigation" aria-label="Navigation"><div><ul class="section-list"><li><a href="/">Home</a></li>{nav}<li><a href="/about/">About</a></li></ul>
<form class="search-form" role="search" method="get" action="/"><input name="q" type="search" placeholder="Search…"><button type="submit">Search</button></form></div></nav></div>
<div class="wrapper"><div class="container">
<main aria-label="Main content">{main}</main>
<aside class="complementary-content">
<h4>Recent articles</h4><ul class="recent-articles">{recent}</ul>
<h4>Categories</h4><ul class="category-list">{"".join(f'<li><a href="/category/{c}/">{n}</a></li>' for c, n in CATEGORIES.items())}</ul>
<h4>Newsletter</h4><form class="newsletter" method="post" action="/newsletter/"><p>The week's stories in your inbox every Friday.</p><input type="email" name="email" placeholder="you@example.com"><button>Sign up</button></form>
</aside>
</div></div>
<footer class="site-footer"><div class="wrapper"><p><small>© 2017 {SITE} · 211 Main Street, Salida · <a href="/about/">Contact us</a> · Published with <a href="https://textpattern.com" rel="external">Textpattern CMS</a>.</small></p></div></footer>
<div class="consent-banner" role="dialog">We use cookies for basic analytics. <a href="/about/privacy">Privacy policy</a> <button>OK</button></div>
</body></html>"""

    def article(p):
        i = posts.index(p)
        d = p.published
        comms = "".join(
            f'<li class="comment" id="c{aid[p.idx] * 100 + j:06d}"><p class="comment-meta"><span class="comment-anchor"><a href="{url[p.idx]}#c{aid[p.idx] * 100 + j:06d}">#</a></span> <cite>{escape(w)}</cite> <time datetime="{t.isoformat()}">{posted(t)} at {t.strftime("%I:%M %p").lstrip("0")}</time></p><div class="comment-content"><p>{escape(x)}</p></div></li>'
            for j, (w, t, x) in enumerate(threads[p.idx])
        )
        n = len(threads[p.idx])
        nav = ""
        if i + 1 < len(posts):
            nav += f'<a rel="prev" href="{url[posts[i + 1].idx]}" title="{escape(posts[i + 1].title)}">Previous</a> '
        if i:
            nav += f'<a rel="next" href="{url[posts[i - 1].idx]}" title="{escape(posts[i - 1].title)}">Next</a>'
        main = f"""<article class="article" itemprop="mainEntity" itemscope itemtype="http://schema.org/Article">
<h1 itemprop="headline">{escape(p.title)}</h1>
<p><strong>Posted</strong> <time datetime="{d.isoformat()}" itemprop="datePublished">{posted(d)}</time></p>
<p><strong>Comments</strong> <a href="{url[p.idx]}#comments-head" title="View comments">{n}</a></p>
<div itemprop="articleBody">
{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}
</div>
<p class="author"><strong>Author</strong> <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name"><a rel="author" href="/author/{escape(p.author.replace(" ", "+"))}">{escape(p.author)}</a></span></span></p>
<p><strong>Categories</strong> <span itemprop="keywords">{", ".join(f'<a href="/category/{c}/">{CATEGORIES[c]}</a>' for c in p.tags)}</span></p>
</article>
<nav class="paginator" aria-label="Article navigation">{nav}</nav>
<section class="comments-wrapper"><h2 id="comments-head">Comments</h2><ol class="comments-list" id="comments">{comms}</ol>
<form id="txpCommentInputForm" method="post" action="{url[p.idx]}#cpreview"><fieldset><legend>Add a comment</legend><p class="comment-name-wrapper"><label for="name">Name</label><input id="name" name="name" type="text" required></p><p class="comment-message-wrapper"><label for="message">Message</label><textarea id="message" name="message" cols="40" rows="8" required></textarea></p><p class="comments-controls"><input type="submit" name="preview" value="Preview"> <input type="submit" name="submit" value="Submit" disabled></p></fieldset></form></section>"""
        head = f'<link rel="canonical" href="{base}{url[p.idx]}"><meta name="description" content="{escape(p.paras[0][:150])}">'
        return page_tpl(f"{SITE} | {p.title}", main, head, p.section)

    aliases = {}
    for p in posts:
        body = article(p)
        pages[url[p.idx]] = html(body)
        twins = [f"/{p.section}/{aid[p.idx]}", f"/?id={aid[p.idx]}"]
        for a in twins:
            pages[a] = html(body)
        aliases[p.idx] = twins

    def summary(p):
        return f'<article class="article"><h2 itemprop="headline"><a href="{url[p.idx]}" rel="bookmark">{escape(p.title)}</a></h2><p><strong>Posted</strong> <time datetime="{p.published.isoformat()}">{posted(p.published)}</time> · <strong>Comments</strong> {len(threads[p.idx])}</p><p>{escape(p.paras[0][:200])}…</p><p><a href="{url[p.idx]}">Read more</a></p></article>'

    def lister(path, title, items, per=8):
        sep = "&" if "?" in path else "?"

        def nth(k):
            return path if not k else f"{path}{sep}pg={k + 1}"

        def render(chunk, k, n):
            nav = ""
            if k:
                nav += f'<a rel="prev" href="{escape(nth(k - 1))}">Newer</a> '
            if k + 1 < n:
                nav += f'<a rel="next" href="{escape(nth(k + 1))}">Older</a>'
            return page_tpl(
                f"{SITE} | {title}",
                f'<h1 class="list-title">{escape(title)}</h1>{"".join(summary(p) for p in chunk)}<nav class="paginator" aria-label="List navigation">{nav}</nav>',
            )

        paged(pages, nth, items, per, render)

    lister("/", "Latest", posts)
    for s, items in by_key(posts, lambda p: p.section).items():
        lister(f"/{s}/", SECTIONS[s], items)
    for c, items in by_key(posts, lambda p: p.tags).items():
        lister(f"/category/{c}/", f"Category: {CATEGORIES[c]}", items)
    for a, items in by_key(posts, lambda p: p.author).items():
        lister(f"/author/{a.replace(' ', '+')}", f"Author: {a}", items)
    pages["/about/"] = html(
        page_tpl(
            f"{SITE} | About",
            f"<h1>About</h1><p>{SITE} is a reader-supported weekly covering Chaffee and Lake counties.</p>",
        )
    )
    pages["/about/privacy"] = html(
        page_tpl(
            f"{SITE} | Privacy",
            "<h1>Privacy</h1><p>We keep server logs for thirty days and never sell reader data.</p>",
        )
    )
    pages["/rss/"] = rss(base, SITE, [(url[p.idx], p) for p in posts[:5]], "en")
    pages["/atom/"] = atom(base, SITE, [(url[p.idx], p) for p in posts[:5]])
    pages["/css.php?n=default"] = Resp(b"body{font-family:serif}", "text/css; charset=utf-8")
    pages["/robots.txt"] = Resp(
        b"User-agent: *\nDisallow: /textpattern/\nDisallow: /?q=\n", "text/plain"
    )
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: aliases[p.idx])
