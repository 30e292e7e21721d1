"""Classic Blogger template (en): h1 = blog name, h3.post-title, <br> paragraphs, ?m=1, label/archive pages."""

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import (
    Site,
    Truth,
    atom,
    comments,
    html,
    listing,
    make_posts,
    month_key,
    robots,
    sitemap,
    sitemap_index,
)

NAME = "blogger_classic"
LABELS = ["gardening", "town life", "recipes", "council watch", "walks"]
NAMES = ["Anonymous", "Barb in Ohio", "Rick Sorensen", "the_hedgehog", "Mary-Lou"]
REMARKS = [
    "Great post, I had no idea about this!",
    "We had the same thing happen on our street last year.",
    "Keep us posted please, following this one closely.",
    "Lovely write-up as always.",
]


def _shell(title: str, main: str, posts, mobile: bool = False) -> str:
    arch = "".join(
        f'<li class="archivedate"><a class="post-count-link" href="/2017/{m}/">{n}</a> <span class="post-count" dir="ltr">({sum(p.published.strftime("%m") == m for p in posts)})</span></li>'
        for m, n in [("04", "April"), ("03", "March")]
    )
    side = (
        ""
        if mobile
        else f"""<div id="sidebar-wrapper"><div class="sidebar section" id="sidebar"><div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/0815" rel="author">Ruth Calloway</a></dt><dd class="profile-textblock">Retired teacher, allotment holder, writing about our little town since 2009.</dd></dl><a class="profile-link" href="https://www.blogger.com/profile/0815" rel="author">View my complete profile</a></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><div id="ArchiveList"><ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">▼&#160;</span></a><a class="post-count-link" href="/2017/">2017</a><ul class="hierarchy">{arch}</ul></li></ul></div></div></div>
<div class="widget Label" id="Label1"><h2>Labels</h2><div class="widget-content list-label-widget-content"><ul>{"".join(f'<li><a dir="ltr" href="/search/label/{escape(lb)}">{lb}</a></li>' for lb in LABELS)}</ul></div></div>
<div class="widget Followers" id="Followers1"><h2 class="title">Followers</h2><div class="widget-content">Join this site with Google Friend Connect</div></div></div></div>"""
    )
    return f"""<!DOCTYPE html>
<html dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b"><head>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/><meta content="blogger" name="generator"/>
<title>{escape(title)}</title><link rel="alternate" type="application/atom+xml" title="Notes from Harrow Lane - Atom" href="/feeds/posts/default" /></head>
<body><div id="outer-wrapper"><div id="header-wrapper"><div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner"><div class="titlewrapper">
<h1 class="title"><a href="/">Notes from Harrow Lane</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Small-town news, gardens and gossip</span></p></div></div></div></div></div>
<div id="content-wrapper"><div id="main-wrapper"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
{main}
</div></div></div></div>{side}</div>
<div id="footer-wrapper"><div class="footer section" id="footer"><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">Simple theme. Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></div></div>
<div id="cookieChoiceInfo">This site uses cookies from Google to deliver its services and to analyze traffic. <a href="https://policies.google.com/technologies/cookies">Learn more</a> <a id="cookieChoiceDismiss">Got it</a></div></body></html>"""


def _post(p, url, rng, full: bool) -> str:
    pid = 7000 + p.idx
    body = "<br /><br />".join(escape(x) for x in p.paras)
    out = f"""<div class="date-outer"><h2 class="date-header"><span>{p.published.strftime("%A, %B %-d, %Y")}</span></h2><div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting"><a name="{pid}"></a>
<h3 class="post-title entry-title" itemprop="name"><a href="{url}">{escape(p.title)}</a></h3><div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{pid}" itemprop="description articleBody">{body}<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><span itemprop="name">Ruth Calloway</span></span></span>
<span class="post-timestamp">at <a class="timestamp-link" href="{url}" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="{p.published.isoformat(timespec="milliseconds")}">{p.published.strftime("%-I:%M %p")}</abbr></a></span>
<span class="post-comment-link"><a class="comment-link" href="{url}#comment-form">3 comments:</a></span>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="https://www.blogger.com/share-post.g?postID={pid}&amp;target=email" title="Email This"><span class="share-button-link-text">Email This</span></a><a class="share-button sb-blog" title="BlogThis!"><span class="share-button-link-text">BlogThis!</span></a><a class="share-button sb-twitter"><span class="share-button-link-text">Share to Twitter</span></a><a class="share-button sb-facebook"><span class="share-button-link-text">Share to Facebook</span></a></div></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: {", ".join(f'<a href="/search/label/{escape(t)}" rel="tag">{t}</a>' for t in p.tags)}</span></div></div></div>"""
    if full:
        cs = "".join(
            f'<dt class="comment-author" id="c{pid}{j}"><a name="c{pid}{j}"></a>{escape(w)} said...</dt><dd class="comment-body" id="Blog1_cmt-{pid}{j}"><p>{escape(t)}</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="{url}?showComment={pid}{j}#c{pid}{j}" title="comment permalink">{d.strftime("%B %-d, %Y at %-I:%M %p")}</a></span></dd>'
            for j, (w, d, t) in enumerate(comments(rng, NAMES, REMARKS, p.published))
        )
        out += f'<div class="comments" id="comments"><a name="comments"></a><h4>3 comments:</h4><div id="Blog1_comments-block-wrapper"><dl class="avatar-comment-indent" id="comments-block">{cs}</dl></div><p class="comment-footer"><a href="https://www.blogger.com/comment.g?blogID=42&amp;postID={pid}" onclick="">Post a Comment</a></p></div>'
    return out + "</div></div></div>"


def build(base: str) -> Site:
    """All pages and the ground truth."""
    posts = make_posts(403, "en", 30, "America/Los_Angeles", ["blog"], ["Ruth Calloway"], LABELS)
    rng = random.Random(4)
    pages, truth = {}, []
    url = {p.idx: f"/{p.published.strftime('%Y/%m')}/{p.slug}.html" for p in posts}
    for i, p in enumerate(posts):
        u = url[p.idx]
        pager = '<div class="blog-pager" id="blog-pager">'
        if i:
            pager += f'<span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="{url[posts[i - 1].idx]}" title="Newer Post">Newer Post</a></span>'
        if i + 1 < len(posts):
            pager += f'<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="{url[posts[i + 1].idx]}" title="Older Post">Older Post</a></span>'
        pager += '<a class="home-link" href="/">Home</a></div><div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="/feeds/posts/default" target="_blank" type="application/atom+xml">Post Comments (Atom)</a></div></div>'
        page = _shell(
            f"Notes from Harrow Lane: {p.title}", _post(p, base + u, rng, True) + pager, posts
        )
        pages[u] = html(
            page.replace("<title>", f'<link rel="canonical" href="{base}{u}" /><title>')
        )
        pages[u + "?m=1"] = html(
            _shell(
                f"Notes from Harrow Lane: {p.title}",
                _post(p, base + u + "?m=1", rng, True),
                posts,
                mobile=True,
            ).replace("<title>", f'<link rel="canonical" href="{base}{u}" /><title>')
        )
        truth.append(Truth(u, p.title, p.day, p.paras, "en", [u + "?m=1"]))

    def render(chunk, k, n):
        older = '<div class="blog-pager" id="blog-pager"><a class="blog-pager-older-link" href="/search?updated-max=2017-03-20T10:00:00-07:00&amp;max-results=7">Older Posts</a></div>'
        return _shell(
            "Notes from Harrow Lane",
            "".join(_post(p, url[p.idx], rng, False) for p in chunk) + older,
            posts,
        )

    listing(pages, lambda k: "/", posts[:7], render, per=7)
    for m in ("03", "04"):
        listing(
            pages,
            lambda k, m=m: f"/2017/{m}/",
            [p for p in posts if month_key(p) == f"2017/{m}"],
            render,
            per=50,
        )
    pages["/2017/"] = pages["/2017/04/"]
    for lb in LABELS:
        listing(
            pages,
            lambda k, lb=lb: f"/search/label/{lb.replace(' ', '%20')}",
            [p for p in posts if lb in p.tags],
            render,
            per=20,
        )
    pages["/p/about.html"] = html(
        _shell(
            "Notes from Harrow Lane: About",
            '<div class="post hentry"><h3 class="post-title entry-title">About</h3><div class="post-body entry-content">I have lived on Harrow Lane for thirty years. This blog is my notebook.</div></div>',
            posts,
        )
    )
    pages["/feeds/posts/default"] = atom(
        base, "Notes from Harrow Lane", [(url[p.idx], p) for p in posts[:25]]
    )
    pages["/sitemap.xml?page=1"] = sitemap(
        base, [(url[p.idx], p.published.isoformat()) for p in posts]
    )
    pages["/sitemap.xml"] = sitemap_index(base, ["/sitemap.xml?page=1"])
    pages["/robots.txt"] = robots(base, ["/sitemap.xml"], ["/search"])
    return Site(NAME, pages, truth)
