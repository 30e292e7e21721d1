"""Weebly blog (a 2017 Weebly theme's blog page): a Luxembourgish local news blog.

Followed: Weebly's generated blog markup as it appears on published Weebly sites: `div.blog-post`
with `id="blog-post-<id>"`, `blog-header` / `h2.blog-title` / `a.blog-title-link.blog-link` with
protocol-relative hrefs, `p.blog-date` > `span.date-text` in Weebly's default M/D/YYYY format (local
day, no time), the text element `div.paragraph` whose line breaks are `<br>`s, `wsite-image` blocks
whose upload URLs carry a `?<unix time>` cache key, `blog-social` like buttons, `blog-footer` with
categories and the comment count, the post page's `#commentArea` with `blogCommentWrap` comments,
the sidebar (`blog-sidebar-title` "Archives"/"Categories", `blog-archive-list`, `blog-category-list`,
"RSS Feed") in Weebly's untranslated English, slugs in which accented letters become their HTML
entity names (é -> "eacute"), `/blog/previous/N` paging, `/blog/category/<x>` (with `all`),
`/blog/archives/MM-YYYY`, the `/1/feed` RSS feed and `sitemap.xml` (lastmod date only).
"""

from __future__ import annotations

import random
from datetime import UTC
from html import escape

from benchmarks.unseen.common import (
    by_key,
    by_month,
    html,
    make_posts,
    paged,
    robots,
    rss,
    site_from,
    sitemap,
    thread,
)

NAME = "weebly_lb"
SITE = "Noriichten aus dem Süden"
CATS = {"gemeng": "Gemeng", "verkeier": "Verkéier", "schoul": "Schoul a Kultur", "wunnen": "Wunnen"}
AUTHORS = ["Claudine Weber", "Marc Schmit", "Tessy Hoffmann"]
READERS = ["Jemp", "Nathalie K.", "Paul", "Monique", "Gilles R.", "Sandy"]
REMARKS = [
    "Merci fir d'Informatioun, dat wousst ech nach net.",
    "Et gëtt Zäit, datt eppes geschitt!",
    "Wien bezillt dat dann um Enn?",
    "Mir hunn datselwecht Problem an eisem Quartier.",
    "Ech sinn gespaant ob den Zäitplang gehal gëtt.",
]
ENT = {
    "ë": "euml",
    "é": "eacute",
    "ä": "auml",
    "ü": "uuml",
    "ö": "ouml",
    "è": "egrave",
    "à": "agrave",
    "ç": "ccedil",
}
MONTHS = ["January", "February", "March", "April", "May", "June"]
PER = 5


def weebly_slug(title: str) -> str:
    """Weebly's post URL: lower case, spaces and dashes kept as dashes, accents as entity names."""
    out = []
    for c in title.lower():
        if c.isascii() and c.isalnum():
            out.append(c)
        elif c in " -":
            out.append("-")
        elif c in ENT:
            out.append(ENT[c])
    return "".join(out)


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1405, "lb", 33, "Europe/Luxembourg", list(CATS), AUTHORS, ["x"])
    rng = random.Random(1405)
    host = base.split(":", 1)[1]  # protocol-relative, as Weebly writes its links
    pid = {p.idx: 7_100_000_000_000_000_000 + rng.getrandbits(50) for p in posts}
    url = {p.idx: f"/blog/{weebly_slug(p.title)}" for p in posts}
    comments = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 4) for p in posts}
    upload = {p.idx: int(p.published.timestamp()) - rng.randint(600, 5400) for p in posts}
    months = by_month(posts)

    def mdY(d):
        return f"{d.month}/{d.day}/{d.year}"

    def sidebar():
        arch = "".join(
            f'<a href="{host}/blog/archives/{m:02d}-{y}">{MONTHS[m - 1]} {y}</a><br>'
            for (y, m) in months
        )
        cats = '<li><a href="/blog/category/all">All</a></li>' + "".join(
            f'<li><a href="/blog/category/{c}">{v}</a></li>' for c, v in CATS.items()
        )
        return f"""<td class="blog-sidebar"><div class="column-blog second">
<div class="paragraph"><strong>Iwwer dëse Blog</strong><br>Nei Saachen aus de Gemengen am Süde vum Land, zesummegedroen vun dräi Noperen.</div>
<h2 class="blog-sidebar-title">Archives</h2><div class="blog-sidebar-separator"></div><div class="blog-archive-list">{arch}</div>
<h2 class="blog-sidebar-title">Categories</h2><div class="blog-sidebar-separator"></div><ul class="blog-category-list">{cats}</ul>
<br><a href="{host}/1/feed" class="blog-rss-link">RSS Feed</a>
<div class="wsite-form-container"><h2 class="wsite-content-title">Newsletter</h2><form action="/ajax/apps/formSubmitAjax.php" method="post"><input class="wsite-form-input" type="text" name="_u123" placeholder="E-Mail"><a class="wsite-button" href="#"><span class="wsite-button-inner">Umellen</span></a></form></div>
</div></td>"""

    def shell(title, main, head=""):
        return f"""<!DOCTYPE html>
<html lang="lb">
<head>
<title>{escape(title)}</title><meta property="og:site_name" content="{SITE}">{head}
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1489011234">
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1490012345" title="wsite-theme-css">
<link rel="alternate" type="application/rss+xml" title="RSS" href="{host}/1/feed">
<script>var STATIC_BASE = '//cdn1.editmysite.com/';</script>
</head>
<body class="no-header-page wsite-blog-index wsite-theme-light">
<div class="wrapper"><div class="dusk-header"><div class="nav-wrap"><div class="container"><div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">{SITE}</span></a></span></div>
<div class="nav desktop-nav"><ul class="wsite-menu-default"><li id="pg101" class="wsite-menu-item-wrap"><a href="/" class="wsite-menu-item">Doheem</a></li><li id="active" class="wsite-menu-item-wrap"><a href="/blog" class="wsite-menu-item">Blog</a></li><li class="wsite-menu-item-wrap"><a href="/iwwer-eis" class="wsite-menu-item">Iwwer eis</a></li><li class="wsite-menu-item-wrap"><a href="/kontakt" class="wsite-menu-item">Kontakt</a></li></ul></div></div></div></div>
<div class="main-wrap"><div class="container"><div id="wsite-content" class="wsite-elements wsite-not-footer">
<div id="blogTable" class="blogTable"><table class="wsite-blog-table" style="width:100%"><tr><td class="blog-body">
{main}
</td>{sidebar()}</tr></table></div>
</div></div></div>
<div class="footer-wrap"><div class="container"><div class="footer"><div class="wsite-elements wsite-footer"><div class="paragraph" style="text-align:center;">© 2017 {SITE} · <a href="/dateschutz">Dateschutz</a></div></div></div></div></div>
</div>
<div id="weebly-footer-signup-container-v3" class="weebly-footer-signup-container-v3"><a class="weebly-footer-signup-link" href="https://www.weebly.com/signup?utm_source=internal&amp;utm_medium=footer" target="_blank" rel="nofollow">Powered by <span class="link weebly-icon"></span> Create your own unique website with customizable templates.</a> <a class="weebly-footer-signup-btn" href="https://www.weebly.com/signup?utm_source=internal&amp;utm_medium=footer" target="_blank" rel="nofollow">Get Started</a></div>
<div id="cookie-banner" class="wsite-cookie-banner"><p>Dës Websäit benotzt Cookien. <a href="/dateschutz">Méi gewuer ginn</a></p><button class="wsite-button">OK</button></div>
<script src="//cdn2.editmysite.com/js/site/main.js?buildTime=1489011234"></script>
</body>
</html>"""

    def post_block(p, single=False):
        n = len(comments[p.idx])
        text = (
            "<br><br>".join(escape(x) for x in p.paras)
            if single
            else escape(p.paras[0]) + "<br><br>" + escape(p.paras[1])
        )
        img = f'<div><div class="wsite-image wsite-image-border-none" style="padding-top:10px;padding-bottom:10px;margin-left:0;margin-right:0;text-align:center"><a><img src="/uploads/1/0/9/8/109831427/published/bild-{p.idx}.jpg?{upload[p.idx]}" alt="Picture" style="width:auto;max-width:100%"></a><div style="display:block;font-size:90%">Foto: {escape(p.author)}</div></div></div>'
        more = (
            ""
            if single
            else f'<div class="blog-read-more"><a class="blog-link" href="{host}{url[p.idx]}">Weiderliesen</a></div>'
        )
        return f"""<div id="blog-post-{pid[p.idx]}" class="blog-post">
<div class="blog-header"><h2 class="blog-title"><a class="blog-title-link blog-link" href="{host}{url[p.idx]}">{escape(p.title)}</a></h2>
<p class="blog-date"><span class="date-text">{mdY(p.published)}</span> <span class="blog-separator">|</span> <span class="blog-comments-bottom"><a href="{host}{url[p.idx]}#comments" class="blog-link">{n} Comments</a></span></p></div>
<div class="blog-separator">&nbsp;</div>
<div class="blog-content"><div class="paragraph" style="text-align:justify;">{text}</div>{img if single else ""}{more}</div>
<div class="blog-social "><div class="blog-social-item blog-fb-like"><iframe src="//www.facebook.com/plugins/like.php?href={host}{url[p.idx]}&amp;send=false&amp;layout=button_count&amp;width=100" style="border:none;overflow:hidden;width:100px;height:20px"></iframe></div><div class="blog-social-item blog-twitter"><a href="https://twitter.com/share" class="twitter-share-button" data-url="{host}{url[p.idx]}">Tweet</a></div></div>
<div class="blog-footer"><p class="blog-category">Categories: <a href="/blog/category/{p.section}" class="blog-link">{CATS[p.section]}</a></p><p class="blog-comments"><a class="blog-link" href="{host}{url[p.idx]}#comments">{n} Comments</a></p></div>
</div>"""

    def post_page(p):
        cs = "".join(
            f'<div id="{t:%Y%m%d%H%M%S}" class="blogCommentWrap"><div class="blogCommentHeading"><span class="blogCommentAuthor"><span class="name">{escape(w)}</span></span><span class="blogCommentDate">{mdY(t)} {t:%I:%M:%S} {t.strftime("%p").lower()}</span></div><div class="blogCommentText"><div>{escape(x)}</div></div><div class="blogCommentReply"><a class="blog-link" href="#">Reply</a></div></div>'
            for w, t, x in comments[p.idx]
        )
        main = (
            post_block(p, True)
            + f"""<div id="commentArea"><h2 id="comments" class="blog-comments-title">{len(comments[p.idx])} Comments</h2><div class="blog-comment-area">{cs}</div>
<div id="commentPostDiv"><h2 class="blog-comment-title">Leave a Reply.</h2><form id="commentForm" class="blogCommentForm" method="post" action="/ajax/apps/postComment.php"><label for="name">Name (required)</label><input id="name" name="name" type="text"><label for="email">Email (not published)</label><input id="email" name="email" type="text"><label for="comment">Comments (required)</label><textarea id="comment" name="comment" rows="7"></textarea><input type="submit" class="submit" value="Submit"></form></div></div>"""
        )
        head = f'\n<meta property="og:title" content="{escape(p.title)}"><meta property="og:description" content="{escape(p.paras[0][:160])}"><meta property="og:url" content="http:{host}{url[p.idx]}">'
        return shell(f"{p.title} - {SITE}", main, head)

    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(post_page(p))

    def lister(path, later, items, heading=""):
        def nth(k):
            return path if not k else later.format(k + 1)

        def render(chunk, k, n):
            nav = ""
            if k + 1 < n:
                nav += f'<div class="blog-page-nav-previous"><a href="{host}{nth(k + 1)}" class="blog-link">&lt;&lt;Previous</a></div>'
            if k:
                nav += f'<div class="blog-page-nav-next"><a href="{host}{nth(k - 1)}" class="blog-link">Next&gt;&gt;</a></div>'
            head_html = f'<h2 class="blog-archive-title">{escape(heading)}</h2>' if heading else ""
            return shell(
                f"{heading or 'Blog'} - {SITE}",
                head_html
                + "".join(post_block(q) for q in chunk)
                + f'<div class="blog-page-nav">{nav}</div>',
            )

        paged(pages, nth, items, PER, render)

    lister("/blog", "/blog/previous/{}", posts)
    lister("/blog/category/all", "/blog/category/all/{}", posts)
    for c, items in by_key(posts, lambda p: p.section).items():
        lister(f"/blog/category/{c}", f"/blog/category/{c}/{{}}", items, CATS[c])
    for (y, m), items in months.items():
        lister(
            f"/blog/archives/{m:02d}-{y}",
            f"/blog/archives/{m:02d}-{y}/{{}}",
            items,
            f"{MONTHS[m - 1]} {y}",
        )
    home = f"""<div class="paragraph" style="text-align:center;"><font size="5">Moien a wëllkomm!</font><br>Hei fannt Dir d'Noriichte vun de Gemengerotssëtzungen, Chantieren a Veräiner.</div>
<div class="wsite-spacer" style="height:30px;"></div><h2 class="wsite-content-title">Déi lescht Artikelen</h2>
<div class="wsite-blog-feed"><ul>{"".join(f'<li><a href="{host}{url[q.idx]}">{escape(q.title)}</a> <span class="date-text">{mdY(q.published)}</span></li>' for q in posts[:6])}</ul><a href="/blog">All Artikelen</a></div>"""
    pages["/"] = html(shell(SITE, home))
    for path, heading, text in (
        (
            "/iwwer-eis",
            "Iwwer eis",
            "Mir sinn dräi Noperen, déi zënter 2014 iwwer hir Gemengen schreiwen.",
        ),
        ("/kontakt", "Kontakt", "Schreift eis op noriichten@example.lu."),
        (
            "/dateschutz",
            "Dateschutz",
            "Mir späicheren nëmmen déi Donnéeën, déi Dir eis selwer gitt.",
        ),
    ):
        pages[path] = html(
            shell(
                f"{heading} - {SITE}",
                f'<h2 class="wsite-content-title">{heading}</h2><div class="paragraph">{text}</div>',
            )
        )
    pages["/1/feed"] = rss(base, SITE, [(url[p.idx], p) for p in posts[:20]], "lb")
    pages["/sitemap.xml"] = sitemap(
        base,
        [("/", None), ("/blog", None), ("/iwwer-eis", None), ("/kontakt", None)]
        + [(url[p.idx], p.published.astimezone(UTC).strftime("%Y-%m-%d")) for p in posts],
    )
    pages["/robots.txt"] = robots(base, ["/sitemap.xml"], ["/ajax/", "/apps/"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages)
