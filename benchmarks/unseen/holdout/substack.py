"""HOLDOUT: do not read or tune against this module. Substack-like newsletter (en): subscribe widgets, UFI, comments page, _preloads."""

from __future__ import annotations

import json
import random
from datetime import UTC
from email.utils import format_datetime
from html import escape

from benchmarks.unseen.common import (
    Resp,
    by_key,
    html,
    make_posts,
    paged,
    site_from,
    sitemap,
    sitemap_index,
    thread,
    xml,
)

NAME = "substack"
SITE = "The Valley Ledger"
SECTIONS = {
    "council": "Council Watch",
    "schools": "School Board Notes",
    "dispatch": "Weekend Dispatch",
}
SUBTITLES = [
    "What got decided, what got punted, and who showed up",
    "A closer look at the numbers nobody read out loud",
    "Three things from this week's meetings",
    "The long version, with documents",
]
READERS = [
    "Greg Fulton",
    "Lena K",
    "Marisol Ortega",
    "Dave P.",
    "Anita Rao",
    "J. Whitcomb",
    "Tom H",
]
REPLIES = [
    "Really appreciate the detail here, none of the other outlets covered this.",
    "I was at that meeting and this is exactly how it went.",
    "Would love a follow-up on where the money actually ends up.",
    "Forwarded this to my neighbors. Thanks for doing this work.",
    "Small correction: the vote was at the second reading, not the first.",
]


def _date(d) -> str:
    return d.astimezone(UTC).strftime("%b %d, %Y").replace(" 0", " ")


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1202, "en", 27, "America/New_York", list(SECTIONS), ["Hannah Reyes"], ["x"])
    rng = random.Random(1202)
    url = {p.idx: f"/p/{p.slug}" for p in posts}
    cmt = {p.idx: url[p.idx] + "/comments" for p in posts}
    mail = {p.idx: url[p.idx] + "?utm_source=substack&utm_medium=email" for p in posts}
    share = {p.idx: url[p.idx] + "?s=r" for p in posts}
    threads = {p.idx: thread(rng, READERS, REPLIES, p.published, 0, 6) for p in posts}
    pages: dict = {}

    def sub_widget(kind="inline"):
        return (
            f'<div class="subscription-widget-wrap" data-component-name="SubscribeWidget"><div class="subscription-widget show-subscribe {kind}">'
            f'<div class="preamble"><p class="cta-caption">{SITE} is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div>'
            '<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"></form></div></div>'
        )

    def shell(title, main, head=""):
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title>{head}
<link rel="alternate" type="application/rss+xml" href="{base}/feed" title="{SITE}"></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar"><div class="topbar-content"><a class="navbar-title-link" href="/">{SITE}</a><div class="navbar-buttons"><a class="button primary subscribe-btn" href="/subscribe">Subscribe</a> <a class="button sign-in-link" href="/account/login">Sign in</a></div></div></div>
<div class="container">{main}</div>
<div class="footer-wrap"><div class="footer"><div class="copyright">© 2017 Hannah Reyes</div><div class="footer-terms"><a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a href="/about">About</a></div></div></div>
</div></div><div class="cookie-banner" role="dialog">We use cookies to improve your experience, for analytics, and for marketing. <a href="/privacy">Learn more</a> <button>Accept</button> <button>Reject</button></div></body></html>"""

    def preview(p):
        return (
            f'<div class="post-preview portable-archive-post" data-testid="post-preview"><div class="post-preview-content"><a class="post-preview-title newsletter" href="{url[p.idx]}">{escape(p.title)}</a>'
            f'<a class="post-preview-description" href="{url[p.idx]}">{escape(p.paras[0][:120])}…</a><div class="post-preview-meta"><time datetime="{p.published.astimezone(UTC).isoformat()}">{_date(p.published)}</time> ∙ Hannah Reyes ∙ <a href="{cmt[p.idx]}">{len(threads[p.idx])}</a></div></div></div>'
        )

    def comments_html(p, full):
        th = threads[p.idx] if full else threads[p.idx][:2]
        out = "".join(
            f'<div class="comment" id="comment-{3300000 + p.idx * 10 + j}"><div class="comment-meta"><a class="comment-author" href="/profile/{4100 + READERS.index(w) * 37}">{escape(w)}</a>'
            f'<a class="comment-date" href="{cmt[p.idx]}#comment-{3300000 + p.idx * 10 + j}"><time datetime="{t.astimezone(UTC).isoformat()}">{t.strftime("%b %d")}</time></a></div>'
            f'<div class="comment-body"><p>{escape(x)}</p></div><div class="comment-actions"><button>Like ({rng.randint(0, 9)})</button> <button>Reply</button> <button>Share</button></div></div>'
            for j, (w, t, x) in enumerate(th)
        )
        more = (
            ""
            if full or len(threads[p.idx]) <= 2
            else f'<a class="see-all" href="{cmt[p.idx]}">See all</a>'
        )
        return f'<div class="comments-section" id="discussion"><h4 class="comments-header">Discussion about this post</h4><div class="comment-input"><textarea placeholder="Write a comment…"></textarea></div>{out}{more}</div>'

    def article(p, full_comments=False):
        d = p.published
        i = posts.index(p)
        n = len(threads[p.idx])
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "url": base + url[p.idx],
            "headline": p.title,
            "description": SUBTITLES[p.idx % 4],
            "datePublished": d.astimezone(UTC).isoformat(),
            "author": [{"@type": "Person", "name": "Hannah Reyes"}],
            "publisher": {"@type": "Organization", "name": SITE},
        }
        head = (
            f'<link rel="canonical" href="{base}{url[p.idx]}"><meta property="og:type" content="article"><meta property="og:title" content="{escape(p.title)}">'
            f'<meta name="description" content="{SUBTITLES[p.idx % 4]}"><script type="application/ld+json">{json.dumps(ld)}</script>'
        )
        body = (
            "".join(f"<p>{escape(x)}</p>" for x in p.paras[:2])
            + sub_widget()
            + "".join(f"<p>{escape(x)}</p>" for x in p.paras[2:])
        )
        pre = json.dumps(
            {
                "post": {
                    "id": 5100000 + p.idx,
                    "title": p.title,
                    "slug": p.slug,
                    "post_date": d.astimezone(UTC).isoformat(),
                    "comment_count": n,
                    "audience": "everyone",
                }
            }
        )
        ufi = f'<div class="post-ufi"><a class="like-button" href="{url[p.idx]}">♡ {rng.randint(3, 60)}</a> <a class="post-ufi-comment-button" href="{cmt[p.idx]}">{n}</a> <a class="post-ufi-button share" href="{share[p.idx]}">Share</a></div>'
        nxt = posts[i - 1] if i else None
        prv = posts[i + 1] if i + 1 < len(posts) else None
        main = f"""<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published" dir="auto">{escape(p.title)}</h1><h3 class="subtitle" dir="auto">{SUBTITLES[p.idx % 4]}</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="/about">Hannah Reyes</a></div><div class="post-date" title="{d.astimezone(UTC).isoformat()}">{_date(d)}</div></div>{ufi}</div>
<div class="available-content"><div class="body markup" dir="auto">{body}</div></div>
<div class="post-footer">{ufi}</div>{sub_widget("footer")}
<div class="post-nav">{f'<a class="prev" href="{url[prv.idx]}">← {escape(prv.title)}</a>' if prv else ""}{f'<a class="next" href="{url[nxt.idx]}">{escape(nxt.title)} →</a>' if nxt else ""}</div>
</article></div>
<div class="visibility-check"></div>{comments_html(p, full_comments)}
<div class="ready-for-more"><h3>Ready for more?</h3>{sub_widget("bottom")}</div></div></div>
<script>window._preloads = JSON.parse({json.dumps(pre)})</script>"""
        return shell(p.title + " - by Hannah Reyes", main, head)

    for p in posts:
        page = html(article(p))
        pages[url[p.idx]] = page
        pages[mail[p.idx]] = page
        pages[share[p.idx]] = page
        pages[cmt[p.idx]] = html(article(p, True))

    def listing(path0, title, items, per, extra=""):
        nth = lambda k: path0 if not k else f"{path0}{'&' if '?' in path0 else '?'}page={k + 1}"  # noqa: E731
        paged(
            pages,
            nth,
            items,
            per,
            lambda chunk, k, n: shell(
                f"{title} - {SITE}",
                f'<div class="archive-page"><h1>{title}</h1>{extra}<div class="portable-archive-list">{"".join(preview(p) for p in chunk)}</div>'
                + (
                    f'<a class="button load-more" href="{nth(k + 1)}">Load more</a>'
                    if k + 1 < n
                    else ""
                )
                + "</div>",
            ),
        )

    tabs = '<div class="archive-tabs"><a href="/archive?sort=new">Latest</a> <a href="/archive?sort=top">Top</a> <a href="/archive?sort=discussions">Discussions</a></div>'
    home = (
        f'<div class="home-hero"><h1 class="publication-name">{SITE}</h1><p class="publication-tagline">Local government, read closely. A newsletter by Hannah Reyes.</p>{sub_widget("hero")}</div>'
        f'<div class="home-posts">{"".join(preview(p) for p in posts[:8])}</div><a class="button" href="/archive">See all</a>'
    )
    pages["/"] = html(shell(SITE, home, f'<link rel="canonical" href="{base}/">'))
    listing("/archive", "Archive", posts, 12, tabs)
    listing("/archive?sort=new", "Archive", posts, 12, tabs)
    listing(
        "/archive?sort=top",
        "Archive",
        sorted(posts, key=lambda p: len(threads[p.idx]), reverse=True),
        12,
        tabs,
    )
    listing(
        "/archive?sort=discussions",
        "Archive",
        sorted(posts, key=lambda p: -len(threads[p.idx]) * 100 - p.idx),
        12,
        tabs,
    )
    for s, items in by_key(posts, lambda p: p.section).items():
        listing(f"/s/{s}", SECTIONS[s], items, 12, f"<p>{SECTIONS[s]} from {SITE}.</p>")
    for path, title, text in [
        (
            "/about",
            f"About - {SITE}",
            f"<h1>About {SITE}</h1><p>Hannah Reyes covered city hall for a daily paper for nine years. This newsletter is what she does now.</p>{sub_widget()}",
        ),
        (
            "/subscribe",
            f"Subscribe - {SITE}",
            f"<h1>Choose a plan</h1><p>Free: weekly posts. Paid: everything plus the document archive.</p>{sub_widget()}",
        ),
        (
            "/account/login",
            "Sign in",
            "<h1>Sign in</h1><form><input type='email' placeholder='Email'><button>Continue</button></form>",
        ),
        (
            "/privacy",
            "Privacy policy",
            "<h1>Privacy policy</h1><p>We collect the email address you give us and basic usage data.</p>",
        ),
        (
            "/tos",
            "Terms of use",
            "<h1>Terms of use</h1><p>By using this site you agree to these terms.</p>",
        ),
    ]:
        pages[path] = html(shell(title, text))
    for w in READERS:
        pages[f"/profile/{4100 + READERS.index(w) * 37}"] = html(
            shell(f"{w} - {SITE}", f"<h1>{escape(w)}</h1><p>Reader of {SITE}.</p>")
        )

    items = posts[:20]
    feed = [
        '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">',
        f"<channel><title><![CDATA[{SITE}]]></title><description><![CDATA[Local government, read closely.]]></description><link>{base}</link><generator>Substack</generator>"
        f'<atom:link href="{base}/feed" rel="self" type="application/rss+xml"/>',
    ]
    for p in items:
        feed.append(
            f"<item><title><![CDATA[{p.title}]]></title><description><![CDATA[{SUBTITLES[p.idx % 4]}]]></description><link>{base}{url[p.idx]}</link>"
            f'<guid isPermaLink="false">{base}{url[p.idx]}</guid><dc:creator><![CDATA[Hannah Reyes]]></dc:creator><pubDate>{format_datetime(p.published.astimezone(UTC), usegmt=True)}</pubDate>'
            f"<content:encoded><![CDATA[{''.join(f'<p>{escape(x)}</p>' for x in p.paras)}]]></content:encoded></item>"
        )
    feed.append("</channel></rss>")
    pages["/feed"] = xml("\n".join(feed), "application/rss+xml")
    pages["/sitemap/2017"] = sitemap(
        base, [(url[p.idx], p.published.astimezone(UTC).date().isoformat()) for p in posts]
    )
    pages["/sitemap.xml"] = sitemap_index(base, ["/sitemap/2017"])
    pages["/robots.txt"] = Resp(
        f"User-agent: *\nDisallow: /action/\nDisallow: /account/\nDisallow: /api/\nSitemap: {base}/sitemap.xml\n".encode(),
        "text/plain; charset=utf-8",
    )
    return site_from(
        NAME, posts, lambda p: url[p.idx], pages, lambda p: [cmt[p.idx], mail[p.idx], share[p.idx]]
    )
