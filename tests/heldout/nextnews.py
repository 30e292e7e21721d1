"""A modern publisher on Next.js: NewsArticle JSON-LD, paywall, rails, modals, news sitemap."""

from __future__ import annotations

import json
from typing import Any

from tests.heldout.common import (
    Built,
    Post,
    e,
    expected,
    html,
    ld,
    make_posts,
    sitemapindex,
    text,
    urlset,
    xml,
)
from tests.heldout.server import Resp

NAME = "The Meridian Ledger"
SPECS = [
    (
        "4412907",
        "Port strike enters second week as talks stall",
        "2026-11-02T06:30:00+00:00",
        "dock strike",
    ),
    (
        "4412951",
        "Regulator opens inquiry into water bills",
        "2026-11-02T14:05:00+00:00",
        "water pricing inquiry",
    ),
    (
        "4413020",
        "Rail operator to cut 40 weekend services",
        "2026-11-02T23:58:00+00:00",
        "rail timetable cut",
    ),
    (
        "4413102",
        "Housing starts fall for third straight quarter",
        "2026-11-03T09:20:00+00:00",
        "housing market slowdown",
    ),
    (
        "4413188",
        "Hospital trust names new chief executive",
        "2026-11-03T17:45:00+00:00",
        "hospital leadership change",
    ),
    (
        "4413240",
        "Analysis: what the budget means for renters",
        "2026-11-04T00:05:00+00:00",
        "rental budget measures",
    ),
    (
        "4413311",
        "Wind farm approved despite local objections",
        "2026-11-04T12:40:00+00:00",
        "offshore wind approval",
    ),
    (
        "4413399",
        "Courts backlog reaches record 71,000 cases",
        "2026-11-04T21:15:00+00:00",
        "court backlog",
    ),
]
SECTIONS = ["business", "politics"]
BOILER = [
    "We use cookies",
    "Accept all",
    "Read more",
    "Subscribe to keep reading",
    "$1 a week",
    "Already a subscriber",
    "Most popular",
    "Get the Morning Ledger",
    "delivered to your inbox",
    "Advertisement",
    "All rights reserved",
]


def _head(title: str, url: str, og: str, desc: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{e(title)} | {NAME}</title><meta name="description" content="{e(desc)}"/><link rel="canonical" href="{url}"/>
<meta property="og:type" content="{og}"/><meta property="og:title" content="{e(title)}"/><meta property="og:url" content="{url}"/><meta property="og:site_name" content="{NAME}"/>
<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@meridianledger"/>
{extra}
<link rel="preload" href="/_next/static/css/8a1f2c0b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8a1f2c0b.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-5f3a.js" defer=""></script><script src="/_next/static/chunks/pages/_app-91c2.js" defer=""></script>
</head><body><div id="__next">
<div class="ConsentBanner_root__Q2x1" role="region" aria-label="Cookie consent"><p class="ConsentBanner_text__1bd">We use cookies and similar technologies to personalise content and ads and to analyse our traffic. By clicking &quot;Accept all&quot; you agree to our use of cookies.</p><button class="Button_primary__kd2">Accept all</button><button class="Button_secondary__z1">Manage preferences</button></div>
<header class="Header_header__3kdWq"><a class="Header_logo__x" href="/">{NAME}</a><nav class="Nav_nav__2"><ul>{"".join(f'<li><a href="/{s}">{s.title()}</a></li>' for s in SECTIONS)}<li><a href="/newsletters">Newsletters</a></li></ul></nav><div class="Header_actions__p"><a href="/subscribe" class="Button_primary__kd2">Subscribe</a><a href="/login">Sign in</a></div></header>
<main id="main-content" class="Layout_main__8sLq">"""


def _tail(rail: str, data: dict[str, Any]) -> str:
    return f"""{rail}
<section class="NewsletterModal_modal__k2" role="dialog" aria-modal="true" aria-labelledby="nl-title"><h2 id="nl-title">Get the Morning Ledger</h2><p>Our editors&#x27; pick of the day&#x27;s most important stories, delivered to your inbox every weekday at 6am.</p><form class="NewsletterModal_form__j"><input type="email" placeholder="Your email address" aria-label="Email"/><button type="submit">Sign up</button></form><button class="NewsletterModal_close__9" aria-label="Close">&#xd7;</button></section>
</main>
<footer class="Footer_footer__Z1"><nav><a href="/about-us">About us</a><a href="/newsletters">Newsletters</a><a href="/subscribe">Subscribe</a><a href="/terms">Terms</a></nav><p>&#xa9; 2026 Meridian Ledger Media Ltd. All rights reserved.</p></footer>
</div><script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script></body></html>"""


def _rail(items: list[tuple[Post, str]]) -> str:
    lis = "".join(
        f'<li class="MostPopular_item__r"><a href="{u}"><span class="MostPopular_rank__a">{i + 1}</span><span>{e(p.title)}</span></a></li>'
        for i, (p, u) in enumerate(items[:5])
    )
    return f'<section class="MostPopular_rail__3Hk" aria-label="Most popular"><h2 class="MostPopular_title__v">Most popular</h2><ol>{lis}</ol></section>'


def _article(
    base: str,
    post: Post,
    url: str,
    section: str,
    other: tuple[Post, str],
    popular: list[tuple[Post, str]],
) -> str:
    pub = post.published.isoformat().replace("+00:00", ".000Z")
    author_slug = post.author.lower().replace(" ", "-")
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": post.title,
        "description": post.excerpt,
        "datePublished": pub,
        "dateModified": pub,
        "author": [{"@type": "Person", "name": post.author, "url": f"{base}/people/{author_slug}"}],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": NAME,
            "logo": {"@type": "ImageObject", "url": f"{base}/logo.png"},
        },
        "articleSection": section.title(),
        "keywords": post.tags,
        "articleBody": " ".join(post.paras),
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".paywall",
        },
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": 1,
                "name": section.title(),
                "item": f"{base}/{section}",
            }
        ],
    }
    extra = (
        f'<meta property="article:published_time" content="{pub}"/><meta property="article:section" content="{section.title()}"/>'
        f'<script type="application/ld+json">{ld(data)}</script><script type="application/ld+json">{ld(crumbs)}</script>'
    )
    oth, oth_url = other
    free = "".join(f'<p class="Paragraph_p__x9">{e(p)}</p>' for p in post.paras[:2])
    locked = [f'<p class="Paragraph_p__x9">{e(p)}</p>' for p in post.paras[2:]]
    locked.insert(
        1,
        '<div class="AdSlot_ad__q1" data-ad-slot="mid-article-1"><span class="AdSlot_label__e">Advertisement</span><div id="gpt-mid-1"></div></div>',
    )
    card = f'<aside class="ReadMore_card__z7" data-component="read-more"><span class="ReadMore_label__c">Read more</span><a href="{oth_url}"><h4>{e(oth.title)}</h4><p>{e(oth.excerpt)}</p></a></aside>'
    next_data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": post.key,
                    "headline": post.title,
                    "body": [{"type": "paragraph", "text": p} for p in post.paras],
                }
            }
        },
        "page": "/article/[id]",
        "query": {"id": post.key},
        "buildId": "x1y2z3",
        "isFallback": False,
    }
    return (
        _head(post.title, url, "article", post.excerpt, extra)
        + f"""<article class="ArticlePage_article__h2XbQ">
<div class="ArticleHeader_kicker__Lx"><a href="/{section}">{section.title()}</a></div>
<h1 class="ArticleHeader_headline__Xk2" data-testid="headline">{e(post.title)}</h1>
<p class="ArticleHeader_standfirst__sF">{e(post.excerpt)}</p>
<div class="Byline_root__aA">By <a href="/people/{author_slug}" class="Byline_author__k">{e(post.author)}</a><time dateTime="{pub}" class="Byline_time__p">{post.published:%-d %B %Y, %H:%M} GMT</time></div>
<figure class="ArticleImage_figure__f"><img alt="" src="/_next/image?url=%2Fimg%2F{post.key}.jpg&amp;w=1200&amp;q=75" width="1200" height="675"/><figcaption>File picture. Photo: Agency</figcaption></figure>
<div class="ArticleBody_body__9qP" data-testid="article-body">{free}{card}<div class="paywall">{"".join(locked)}</div></div>
<div class="PaywallTeaser_root__pW" data-testid="paywall"><h3>Subscribe to keep reading</h3><p>Get unlimited access to {NAME} for $1 a week. Cancel anytime.</p><a href="/subscribe" class="Button_primary__kd2">Subscribe now</a><p>Already a subscriber? <a href="/login">Sign in</a></p></div>
<div class="Tags_root__t">{"".join(f'<a href="/topic/{t}" class="Tags_tag__g">{t.title()}</a>' for t in post.tags)}</div>
</article>"""
        + _tail(_rail(popular), next_data)
    )


def _front(
    base: str,
    title: str,
    url: str,
    items: list[tuple[Post, str]],
    nav: str,
    popular: list[tuple[Post, str]],
) -> str:
    cards = "".join(
        f'<article class="Card_card__m"><a href="{u}" class="Card_link__b"><h3 class="Card_headline__h">{e(p.title)}</h3></a><p class="Card_dek__q">{e(p.excerpt)}</p><time dateTime="{p.published.isoformat()}">{p.published:%-d %b}</time></article>'
        for p, u in items
    )
    data = {"props": {"pageProps": {"section": title}}, "page": "/[section]", "buildId": "x1y2z3"}
    return (
        _head(title, url, "website", f"The latest {title} news")
        + f'<h1 class="SectionFront_title__s">{e(title)}</h1><div class="SectionFront_grid__g">{cards}</div><nav class="Pagination_root__p">{nav}</nav>'
        + _tail(_rail(popular), data)
    )


def _static(
    base: str, title: str, url: str, paras: list[str], popular: list[tuple[Post, str]]
) -> str:
    body = "".join(f"<p>{e(p)}</p>" for p in paras)
    return (
        _head(title, url, "website", title)
        + f'<div class="StaticPage_root__s"><h1>{e(title)}</h1>{body}</div>'
        + _tail(_rail(popular), {"props": {}, "page": "/[static]", "buildId": "x1y2z3"})
    )


ABOUT = [
    "The Meridian Ledger is an independent news organisation covering politics, business and public services. It was founded in 2014 by a group of regional journalists and is owned by its staff and a reader cooperative.",
    "Our journalism is funded by subscriptions. We do not accept money from political parties, and our editorial decisions are made by the editor alone, under a charter published on this page.",
    "We have newsrooms in three cities and correspondents in every region. To contact the newsroom, to complain, or to ask about syndication, write to the addresses listed below.",
]
NEWSLETTERS = [
    "The Morning Ledger arrives at 6am every weekday with the five stories you need to read, chosen by our editors.",
    "Ledger Money is a weekly letter on markets, housing and personal finance, sent every Saturday to subscribers.",
]


def build(base: str) -> Built:
    posts = make_posts("nextnews", SPECS)
    urls = {p.key: f"{base}/article/{p.key}" for p in posts}
    sec = {p.key: SECTIONS[i % 2] for i, p in enumerate(posts)}
    newest = sorted(posts, key=lambda p: p.published, reverse=True)
    items = [(p, urls[p.key]) for p in newest]
    pages: dict[str, Resp] = {}
    arts = []
    for i, post in enumerate(posts):
        other = posts[(i + 3) % len(posts)]
        popular = [x for x in items if x[0] is not post]
        pages[f"/article/{post.key}"] = html(
            _article(base, post, urls[post.key], sec[post.key], (other, urls[other.key]), popular)
        )
        arts.append(expected(urls[post.key], post, [*BOILER, other.title, other.excerpt]))
    non = ["/", "/about-us", "/newsletters"]
    pages["/"] = html(_front(base, "Home", f"{base}/", items[:5], "", items))
    for s in SECTIONS:
        mine = [x for x in items if sec[x[0].key] == s]
        first, rest = mine[:2], mine[2:]
        pages[f"/{s}"] = html(
            _front(
                base,
                s.title(),
                f"{base}/{s}",
                first,
                f'<a href="/{s}?page=2" rel="next">Next page</a>',
                items,
            )
        )
        pages[f"/{s}?page=2"] = html(
            _front(
                base,
                s.title(),
                f"{base}/{s}?page=2",
                rest,
                f'<a href="/{s}" rel="prev">Previous page</a>',
                items,
            )
        )
        non += [f"/{s}", f"/{s}?page=2"]
    for t in sorted({t for p in posts for t in p.tags}):
        pages[f"/topic/{t}"] = html(
            _front(
                base,
                t.title(),
                f"{base}/topic/{t}",
                [x for x in items if t in x[0].tags],
                "",
                items,
            )
        )
        non.append(f"/topic/{t}")
    for name in sorted({p.author for p in posts}):
        slug = name.lower().replace(" ", "-")
        pages[f"/people/{slug}"] = html(
            _front(
                base,
                name,
                f"{base}/people/{slug}",
                [x for x in items if x[0].author == name],
                "",
                items,
            )
        )
        non.append(f"/people/{slug}")
    pages["/about-us"] = html(_static(base, "About us", f"{base}/about-us", ABOUT, items))
    pages["/newsletters"] = html(
        _static(base, "Newsletters", f"{base}/newsletters", NEWSLETTERS, items)
    )
    news = "".join(
        f"<url><loc>{u}</loc><news:news><news:publication><news:name>{NAME}</news:name><news:language>en</news:language></news:publication>"
        f"<news:publication_date>{p.published.isoformat()}</news:publication_date><news:title>{e(p.title)}</news:title></news:news></url>"
        for p, u in items
    )
    pages["/news-sitemap.xml"] = xml(
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{news}</urlset>'
    )
    pages["/sitemap.xml"] = sitemapindex([f"{base}/sitemaps/sections.xml"])
    pages["/sitemaps/sections.xml"] = urlset(
        [(f"{base}/{s}", None) for s in SECTIONS]
        + [(f"{base}/about-us", None), (f"{base}/newsletters", None)]
    )
    pages["/robots.txt"] = text(
        f"User-agent: *\nDisallow: /api/\nDisallow: /login\nDisallow: /subscribe\n\nSitemap: {base}/news-sitemap.xml\nSitemap: {base}/sitemap.xml\n"
    )
    return Built("ho-nextnews", pages, arts, [base + p for p in non])
