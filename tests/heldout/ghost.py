"""A Ghost (Casper-style) blog: post-full articles, cards, /rss/, tag and author pages, sitemaps."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from tests.heldout.common import (
    Built,
    Post,
    e,
    expected,
    html,
    ld,
    make_posts,
    rss,
    sitemapindex,
    text,
    urlset,
)
from tests.heldout.server import Resp

NAME = "Field Notes"
SPECS = [
    (
        "monsoon-leftovers-in-the-western-ghats",
        "Monsoon leftovers in the Western Ghats",
        "2026-11-02T07:00:00+05:30",
        "ghats trek",
    ),
    (
        "the-tea-estates-after-the-rain",
        "The tea estates after the rain",
        "2026-11-02T21:15:00+05:30",
        "tea harvest",
    ),
    (
        "a-night-train-to-the-coast",
        "A night train to the coast",
        "2026-11-03T02:10:00+05:30",
        "coastal railway",
    ),
    (
        "counting-birds-at-the-lake",
        "Counting birds at the lake",
        "2026-11-03T16:45:00+05:30",
        "bird census",
    ),
    (
        "what-the-fishermen-told-me",
        "What the fishermen told me",
        "2026-11-04T05:20:00+05:30",
        "fishing cooperative",
    ),
    (
        "notes-on-a-forgotten-fort",
        "Notes on a forgotten fort",
        "2026-11-04T23:30:00+05:30",
        "fort restoration",
    ),
]
BOILER = [
    "Enjoying Field Notes?",
    "Sign up for Field Notes",
    "One essay a week",
    "Email sent! Check your inbox",
    "You might also like",
    "min read",
    "Powered by Ghost",
    "Subscribe",
]


def _head(title: str, url: str, og: str, schema: dict[str, Any], extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{e(title)}</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7b2c4e1f09">
<link rel="icon" href="/favicon.png" type="image/png">
<link rel="canonical" href="{url}">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="{NAME}">
<meta property="og:type" content="{og}">
<meta property="og:title" content="{e(title)}">
<meta property="og:url" content="{url}">
{extra}
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">
{ld(schema)}
</script>
<meta name="generator" content="Ghost 5.96">
<link rel="alternate" type="application/rss+xml" title="{NAME}" href="/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="/" data-key="f3a9" data-api="/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{{border-radius:3px}}</style>
</head>
"""


HEADER = f"""<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="/">{NAME}</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-about"><a href="/about/">About</a></li><li class="nav-travel"><a href="/tag/travel/">Travel</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
</div></header>
<div class="site-content">"""
FOOTER = f"""</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">{NAME}</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li><a href="/about/">About</a></li><li><a href="/rss/">RSS</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="/assets/built/casper.js?v=7b2c4e1f09"></script>
</body></html>"""


def _card(p: Post, u: str) -> str:
    return f"""<article class="post-card post tag-{p.tags[0]}"><a class="post-card-image-link" href="{u}"><img class="post-card-image" src="/content/images/2026/11/{p.key}.jpg" alt="" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="{u}"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">{p.tags[0].title()}</span></div><h2 class="post-card-title">{e(p.title)}</h2></header>
<div class="post-card-excerpt">{e(p.excerpt)}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="{p.published:%Y-%m-%d}">{p.published:%b %-d, %Y}</time><span class="post-card-meta-length">4 min read</span></footer></div></article>"""


def _post(base: str, post: Post, url: str, more: list[tuple[Post, str]]) -> str:
    utc = post.published.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    slug = post.author.split()[0].lower()
    schema = {
        "@context": "https://schema.org",
        "@type": "Article",
        "publisher": {"@type": "Organization", "name": NAME, "url": f"{base}/"},
        "author": {
            "@type": "Person",
            "name": post.author,
            "url": f"{base}/author/{slug}/",
            "sameAs": [],
        },
        "headline": post.title,
        "url": url,
        "datePublished": utc,
        "dateModified": utc,
        "keywords": ", ".join(t.title() for t in post.tags),
        "description": post.excerpt,
        "mainEntityOfPage": url,
    }
    extra = (
        f'<meta property="og:description" content="{e(post.excerpt)}">\n<meta property="article:published_time" content="{utc}">\n'
        f'<meta property="article:modified_time" content="{utc}">\n'
        + "".join(f'<meta property="article:tag" content="{t.title()}">\n' for t in post.tags)
    )
    paras = [f"<p>{e(p)}</p>" for p in post.paras]
    paras.insert(
        2,
        f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/11/{post.key}-2.jpg" class="kg-image" alt="" loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">Early morning, looking west.</span></figcaption></figure>',
    )
    paras.insert(4, f"<blockquote>{e(post.paras[1].split('. ')[0])}.</blockquote>")
    cards = "".join(_card(p, u) for p, u in more[:3])
    return (
        _head(post.title, url, "article", schema, extra)
        + f'<body class="post-template tag-{post.tags[0]} is-head-left-logo has-cover">'
        + HEADER
        + f"""<main id="site-main" class="site-main">
<article class="article post-full post tag-{post.tags[0]}">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/{post.tags[0]}/">{post.tags[0].title()}</a></span></div>
<h1 class="article-title post-full-title">{e(post.title)}</h1>
<p class="article-excerpt">{e(post.excerpt)}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/{slug}/" class="author-avatar"><img class="author-profile-image" src="/content/images/{slug}.jpg" alt="{e(post.author)}"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/{slug}/">{e(post.author)}</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="{post.published:%Y-%m-%d}">{post.published:%b %-d, %Y}</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/11/{post.key}.jpg" alt="{e(post.title)}"></figure>
</header>
<section class="gh-content gh-canvas post-full-content">
{"".join(paras)}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">&#x1F48C;</div><div class="kg-callout-text">Enjoying Field Notes? Forward this post to a friend who likes long walks.</div></div>
<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form style="background-color: #F0F0F0; display: none;"><div class="kg-signup-card-content"><div class="kg-signup-card-text"><h2 class="kg-signup-card-heading">Sign up for Field Notes</h2><p class="kg-signup-card-subheading">One essay a week from the road. No spam, unsubscribe any time.</p>
<form class="kg-signup-card-form" data-members-form="signup"><div class="kg-signup-card-fields"><input class="kg-signup-card-input" id="email" data-members-email type="email" required placeholder="Your email"><button class="kg-signup-card-button kg-style-accent" type="submit"><span class="kg-signup-card-button-default">Subscribe</span></button></div>
<div class="kg-signup-card-success">Email sent! Check your inbox to complete your signup.</div></form></div></div></div>
</section>
<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js" data-ghost-comments="/" data-api="/ghost/api/content/" data-admin="/ghost/" data-key="f3a9" data-post-id="{post.key[:6]}"></script></section>
</article>
</main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">You might also like</h3>{cards}</div></aside>"""
        + FOOTER
    )


def _list(
    base: str,
    title: str,
    url: str,
    items: list[tuple[Post, str]],
    body_class: str,
    intro: str = "",
    nav: str = "",
) -> str:
    schema = {
        "@context": "https://schema.org",
        "@type": "WebSite" if url == f"{base}/" else "Series",
        "url": url,
        "name": title,
    }
    cards = "".join(_card(p, u) for p, u in items)
    return (
        _head(title, url, "website", schema)
        + f'<body class="{body_class} is-head-left-logo">'
        + HEADER
        + f'<main id="site-main" class="site-main outer"><div class="inner posts"><header class="post-card-header"><h1>{e(title)}</h1>{intro}</header><div class="post-feed">{cards}</div>{nav}</div></main>'
        + FOOTER
    )


ABOUT = [
    "Field Notes is a newsletter and blog about slow travel in southern India: long walks, slow trains and the people met along the way.",
    "It is written by two former newspaper reporters who left the desk in 2022. There is no advertising; the work is paid for by readers who choose to become members.",
    "New essays arrive roughly once a week. Members get every essay by email and can join the comment threads under each post.",
]


def build(base: str) -> Built:
    posts = make_posts("ghost", SPECS)
    urls = {p.key: f"{base}/{p.key}/" for p in posts}
    newest = sorted(posts, key=lambda p: p.published, reverse=True)
    items = [(p, urls[p.key]) for p in newest]
    pages: dict[str, Resp] = {}
    arts = []
    for post in posts:
        more = [x for x in items if x[0] is not post]
        pages[f"/{post.key}/"] = html(_post(base, post, urls[post.key], more))
        arts.append(expected(urls[post.key], post, [*BOILER, more[0][0].excerpt]))
    non = ["/", "/page/2/", "/about/"]
    pages["/"] = html(
        _list(
            base,
            NAME,
            f"{base}/",
            items[:4],
            "home-template",
            nav='<nav class="pagination"><a class="older-posts" href="/page/2/">Older Posts &rarr;</a></nav>',
        )
    )
    pages["/page/2/"] = html(
        _list(base, NAME, f"{base}/page/2/", items[4:], "paged archive-template")
    )
    for t in sorted({t for p in posts for t in p.tags}):
        pages[f"/tag/{t}/"] = html(
            _list(
                base,
                t.title(),
                f"{base}/tag/{t}/",
                [x for x in items if t in x[0].tags],
                f"tag-template tag-{t}",
                f"<p>Posts about {t}.</p>",
            )
        )
        non.append(f"/tag/{t}/")
    authors = sorted({p.author for p in posts})
    for a in authors:
        s = a.split()[0].lower()
        pages[f"/author/{s}/"] = html(
            _list(
                base,
                a,
                f"{base}/author/{s}/",
                [x for x in items if x[0].author == a],
                f"author-template author-{s}",
                "<p>Writer, walker, train enthusiast.</p>",
            )
        )
        non.append(f"/author/{s}/")
    about_schema = {
        "@context": "https://schema.org",
        "@type": "Article",
        "publisher": {"@type": "Organization", "name": NAME},
        "headline": "About Field Notes",
        "url": f"{base}/about/",
        "datePublished": "2022-06-01T09:00:00.000Z",
        "dateModified": "2026-01-12T10:30:00.000Z",
        "mainEntityOfPage": f"{base}/about/",
    }
    pages["/about/"] = html(
        _head("About Field Notes", f"{base}/about/", "website", about_schema)
        + '<body class="page-template page-about is-head-left-logo">'
        + HEADER
        + '<main id="site-main" class="site-main"><article class="article post-full page no-image"><header class="article-header gh-canvas"><h1 class="article-title post-full-title">About Field Notes</h1></header><section class="gh-content gh-canvas post-full-content">'
        + "".join(f"<p>{e(p)}</p>" for p in ABOUT)
        + "</section></article></main>"
        + FOOTER
    )
    pages["/rss/"] = rss(NAME, f"{base}/", items)
    pages["/robots.txt"] = text(
        f"User-agent: *\nSitemap: {base}/sitemap.xml\nDisallow: /ghost/\nDisallow: /email/\nDisallow: /members/api/comments/counts/\nDisallow: /r/\nDisallow: /webmentions/receive/\n"
    )
    pages["/sitemap.xml"] = sitemapindex(
        [
            f"{base}/sitemap-pages.xml",
            f"{base}/sitemap-posts.xml",
            f"{base}/sitemap-authors.xml",
            f"{base}/sitemap-tags.xml",
        ]
    )
    pages["/sitemap-posts.xml"] = urlset(
        [
            (
                u,
                p.published.astimezone(UTC)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z"),
            )
            for p, u in items
        ]
    )
    pages["/sitemap-pages.xml"] = urlset([(f"{base}/about/", "2026-01-12T10:30:00.000Z")])
    pages["/sitemap-authors.xml"] = urlset(
        [(f"{base}/author/{a.split()[0].lower()}/", None) for a in authors]
    )
    pages["/sitemap-tags.xml"] = urlset(
        [(f"{base}/tag/{t}/", None) for t in sorted({t for p in posts for t in p.tags})]
    )
    return Built("ho-ghost", pages, arts, [base + p for p in non])
