"""A WordPress block-theme site with Yoast, Jetpack and core sitemaps, as WordPress 6 emits it."""

from __future__ import annotations

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

NAME = "Riverside Courier"
SPECS = [
    (
        "council-backs-new-footbridge",
        "Council backs new footbridge over the Wend",
        "2026-11-02T09:15:00+01:00",
        "footbridge plan",
    ),
    (
        "flood-wardens-recruited",
        "Flood wardens recruited after October storms",
        "2026-11-02T17:40:00+01:00",
        "flood defence scheme",
    ),
    (
        "late-night-bus-trial",
        "Late-night bus trial extended to Sundays",
        "2026-11-03T00:20:00+01:00",
        "night bus service",
    ),
    (
        "market-hall-roof",
        "Market hall roof: repairs to start in January",
        "2026-11-03T11:05:00+01:00",
        "market hall repair",
    ),
    (
        "school-meals-price",
        "School meals price freeze \u2018not sustainable\u2019, says head",
        "2026-11-03T15:30:00+01:00",
        "school meals budget",
    ),
    (
        "library-hours-cut",
        "Library opening hours cut at three branches",
        "2026-11-04T08:45:00+01:00",
        "library hours review",
    ),
    (
        "allotment-waiting-list",
        "Allotment waiting list tops 400 names",
        "2026-11-04T23:50:00+01:00",
        "allotment expansion",
    ),
]
BOILER = [
    "Share this:",
    "Like this:",
    "Loading\u2026",
    "Leave a Reply",
    "Your email address will not be published",
    "Save my name, email, and website",
    "Sign up to our free morning briefing",
    "Type your email",
    "responses to",
    "Proudly powered by WordPress",
    "Cancel reply",
    "What a shame the council",
]


def _head(title: str, url: str, og_type: str, extra: str, graph: list[Any]) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1' />
<title>{e(title)} &#8211; {NAME}</title>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="en_GB" />
<meta property="og:type" content="{og_type}" />
<meta property="og:title" content="{e(title)} - {NAME}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{NAME}" />
{extra}
<script type="application/ld+json" class="yoast-schema-graph">{ld({"@context": "https://schema.org", "@graph": graph})}</script>
<link rel="alternate" type="application/rss+xml" title="{NAME} &raquo; Feed" href="/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />
<style id='global-styles-inline-css'>:root{{--wp--preset--color--base: #f9f9f9;}}</style>
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.6.2" />
</head>
"""


def _header() -> str:
    items = "".join(
        f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{h}"><span class="wp-block-navigation-item__label">{t}</span></a></li>'
        for h, t in [
            ("/category/news/", "News"),
            ("/category/community/", "Community"),
            ("/about/", "About"),
            ("/contact/", "Contact"),
        ]
    )
    return f"""<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flex">
<p class="wp-block-site-title"><a href="/" rel="home">{NAME}</a></p>
<p class="wp-block-site-tagline">News from the Wend valley since 1887</p>
<nav class="is-responsive wp-block-navigation" aria-label="Header navigation"><ul class="wp-block-navigation__container">{items}</ul></nav>
</div></header>
"""


def _footer() -> str:
    return """<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained">
<div class="wp-block-columns"><div class="wp-block-column"><h2 class="wp-block-heading">Archives</h2><ul class="wp-block-archives-list wp-block-archives"><li><a href='/2026/11/'>November 2026</a></li></ul></div>
<div class="wp-block-column"><h2 class="wp-block-heading">About</h2><ul><li><a href="/about/">Team</a></li><li><a href="/contact/">Contact</a></li></ul></div></div>
<p class="has-small-font-size">Proudly powered by <a href="https://wordpress.org" rel="nofollow">WordPress</a></p>
</div></footer></div>
<script id="wp-block-navigation-view-js" src="/wp-includes/js/dist/interactivity.min.js?ver=6.6.2"></script>
</body></html>"""


def _card(post: Post, url: str) -> str:
    return f"""<li class="wp-block-post post-{len(post.key) * 7} post type-post status-publish format-standard hentry category-{post.section.lower()}">
<h2 class="wp-block-post-title has-x-large-font-size"><a href="{url}" target="_self">{e(post.title)}</a></h2>
<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{e(post.excerpt)} </p><p class="wp-block-post-excerpt__more-text"><a class="wp-block-post-excerpt__more-link" href="{url}">Continue reading</a></p></div>
<div class="wp-block-post-date"><time datetime="{post.published.isoformat()}">{post.published:%B %-d, %Y}</time></div>
</li>"""


def _listing(title: str, url: str, cards: str, more: str = "") -> str:
    graph = [
        {
            "@type": "CollectionPage",
            "@id": url,
            "url": url,
            "name": f"{title} - {NAME}",
            "isPartOf": {"@id": "/#website"},
        },
        {"@type": "WebSite", "@id": "/#website", "url": "/", "name": NAME},
    ]
    return (
        _head(title, url, "website", "", graph)
        + '<body class="archive category wp-embed-responsive">'
        + _header()
        + f"""<main class="wp-block-group is-layout-constrained">
<h1 class="wp-block-query-title">{e(title)}</h1>
<div class="wp-block-query is-layout-flow"><ul class="columns-3 wp-block-post-template is-layout-grid">{cards}</ul>
<nav class="wp-block-query-pagination" aria-label="Pagination">{more}</nav></div>
</main>"""
        + _footer()
    )


def _article(base: str, post: Post, url: str, pid: int, other: tuple[Post, str]) -> str:
    pub = post.published.isoformat()
    graph = [
        {
            "@type": "Article",
            "@id": f"{url}#article",
            "isPartOf": {"@id": url},
            "author": {"name": post.author, "@id": f"{base}/#/schema/person/{pid}"},
            "headline": post.title,
            "datePublished": pub,
            "dateModified": pub,
            "mainEntityOfPage": {"@id": url},
            "wordCount": sum(len(p.split()) for p in post.paras),
            "commentCount": 2,
            "publisher": {"@id": f"{base}/#organization"},
            "articleSection": [post.section],
            "inLanguage": "en-GB",
        },
        {
            "@type": "WebPage",
            "@id": url,
            "url": url,
            "name": f"{post.title} - {NAME}",
            "datePublished": pub,
            "dateModified": pub,
            "breadcrumb": {"@id": f"{url}#breadcrumb"},
        },
        {
            "@type": "BreadcrumbList",
            "@id": f"{url}#breadcrumb",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{base}/"},
                {"@type": "ListItem", "position": 2, "name": post.title},
            ],
        },
        {"@type": "Organization", "@id": f"{base}/#organization", "name": NAME, "url": f"{base}/"},
        {
            "@type": "Person",
            "@id": f"{base}/#/schema/person/{pid}",
            "name": post.author,
            "url": f"{base}/author/{post.author.split()[0].lower()}/",
        },
    ]
    extra = (
        f'<meta property="article:published_time" content="{pub}" />\n'
        f'<meta property="article:modified_time" content="{pub}" />\n'
        f'<meta name="author" content="{e(post.author)}" />\n'
        f'<meta name="twitter:label1" content="Written by" /><meta name="twitter:data1" content="{e(post.author)}" />'
    )
    paras = [f"<p>{e(p)}</p>" for p in post.paras]
    paras.insert(2, '<h2 class="wp-block-heading">What happens next</h2>')
    paras.insert(
        4,
        f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/2026/11/{post.key}-1024x683.jpg" alt="" class="wp-image-{pid + 7}" /><figcaption class="wp-element-caption">The site in late October. Photo: {e(post.author)}</figcaption></figure>',
    )
    body = "\n".join(paras)
    oth, oth_url = other
    author_slug = post.author.split()[0].lower()
    return (
        _head(post.title, url, "article", extra, graph)
        + f'<body class="post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive">'
        + _header()
        + f"""<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group has-global-padding is-layout-constrained">
<h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">{e(post.title)}</h1>
<div class="wp-block-template-part"><div class="wp-block-group is-content-justification-left is-layout-flex">
<div class="wp-block-post-date"><time datetime="{pub}">{post.published:%B %-d, %Y}</time></div>
<p>&mdash;</p><p>by</p><div class="wp-block-post-author-name"><a href="/author/{author_slug}/" target="_self" class="wp-block-post-author-name__link">{e(post.author)}</a></div>
<p>in</p><div class="taxonomy-category wp-block-post-terms"><a href="/category/{post.section.lower()}/" rel="tag">{post.section}</a></div>
</div></div></div>
<figure class="wp-block-post-featured-image"><img width="1200" height="800" src="/wp-content/uploads/2026/11/{post.key}.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></figure>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-flow wp-block-post-content-is-layout-flow">
{body}
<p><strong>Sign up to our free morning briefing</strong> and get the valley&#8217;s top stories in your inbox before 7am.</p>
<div class="wp-block-jetpack-subscriptions__container is-not-subscriber"><form action="#" method="post" accept-charset="utf-8" data-blog="1234" data-post_access_level="everybody" id="subscribe-blog"><p id="subscribe-email"><label id="subscribe-field-label" for="subscribe-field" class="screen-reader-text">Type your email&hellip;</label><input type="email" name="email" class="no-border-radius" placeholder="Type your email&hellip;" value="" id="subscribe-field" required /></p><p id="subscribe-submit"><button type="submit" class="wp-block-button__link">Subscribe</button></p></form></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-x"><a rel="nofollow noopener noreferrer" class="share-x sd-button share-icon" href="{url}?share=x" target="_blank" title="Click to share on X"><span>X</span></a></li><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="{url}?share=facebook" target="_blank"><span>Facebook</span></a></li><li class="share-end"></li></ul></div></div></div>
<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-1234-{pid}' data-name='like-post-frame-1234-{pid}' data-title='Like or Reblog'><h3 class="sd-title">Like this:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>Like</span></span> <span class="loading">Loading&hellip;</span></div><span class='sd-text-color'></span><a class='sd-link-color'></a></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual"><div class="jp-relatedposts-post jp-relatedposts-post0" data-post-id="{pid + 1}" data-post-format="false"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{oth_url}" title="{e(oth.title)}">{e(oth.title)}</a></h4><p class="jp-relatedposts-post-excerpt">{e(oth.excerpt)}</p><p class="jp-relatedposts-post-date">{oth.published:%B %-d, %Y}</p><p class="jp-relatedposts-post-context">In &quot;{oth.section}&quot;</p></div></div></div>
</div>
<div class="wp-block-group has-global-padding is-layout-constrained"><nav class="wp-block-post-navigation-link post-navigation-link-previous"><a href="{oth_url}" rel="prev">{e(oth.title)}</a></nav></div>
<div class="wp-block-comments wp-block-comments-query-loop">
<h2 class="wp-block-comments-title">2 responses to &#8220;{e(post.title)}&#8221;</h2>
<ol class="wp-block-comment-template">
<li id="comment-{pid}1" class="comment even thread-even depth-1"><div class="wp-block-columns"><div class="wp-block-column"><div class="wp-block-comment-author-name"><a rel="external nofollow ugc" href="https://example.org/">Margaret T.</a></div><div class="wp-block-comment-date"><time datetime="{post.published.replace(hour=23, minute=59).isoformat()}"><a href="{url}#comment-{pid}1">{post.published:%B %-d, %Y} at 11:59 pm</a></time></div><div class="wp-block-comment-content"><p>What a shame the council waited this long. We raised all of this at the ward meeting two years ago and nobody listened.</p></div><div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={pid}1#respond">Reply</a></div></div></div></li>
<li id="comment-{pid}2" class="comment odd alt thread-odd depth-1"><div class="wp-block-comment-author-name">Dev</div><div class="wp-block-comment-content"><p>Thanks for reporting this.</p></div></li>
</ol>
<div id="respond" class="comment-respond wp-block-post-comments-form">
<h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="aiowps-captcha"><label for="aiowps-captcha-answer">Please enter an answer in digits:</label><div class="aiowps-captcha-equation"><strong>6 &#215; five = <input type="hidden" name="aiowps-captcha-string-info" value="x" /><input type="text" size="2" id="aiowps-captcha-answer" name="aiowps-captcha-answer" value="" autocomplete="off" /></strong></div></p>
<p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Post Comment" /> <input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' /></p>
</form></div></div>
</main>"""
        + _footer()
    )


def _page(base: str, title: str, url: str, paras: list[str], pid: int, form: bool = False) -> str:
    graph = [
        {
            "@type": "WebPage",
            "@id": url,
            "url": url,
            "name": f"{title} - {NAME}",
            "datePublished": "2019-03-01T10:00:00+00:00",
            "dateModified": "2026-10-20T08:12:44+00:00",
            "inLanguage": "en-GB",
        },
        {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/", "name": NAME},
    ]
    extra = '<meta property="article:modified_time" content="2026-10-20T08:12:44+00:00" />'
    body = "\n".join(f"<p>{e(p)}</p>" for p in paras)
    if form:
        body += '<div class="wpcf7 js" id="wpcf7-f5-p9-o1" lang="en-GB" dir="ltr"><form action="/contact/#wpcf7-f5-p9-o1" method="post" class="wpcf7-form init"><p><label> Your name<br /><input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name" /></label></p><p><label> Your message<br /><textarea cols="40" rows="10" name="your-message"></textarea></label></p><p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Submit" /></p></form></div>'
    return (
        _head(title, url, "article", extra, graph)
        + f'<body class="page-template-default page page-id-{pid} wp-embed-responsive">'
        + _header()
        + f"""<main class="wp-block-group is-layout-flow">
<div class="wp-block-group has-global-padding is-layout-constrained"><h1 class="wp-block-post-title">{e(title)}</h1></div>
<div class="entry-content wp-block-post-content has-global-padding is-layout-flow">
{body}
</div></main>"""
        + _footer()
    )


ABOUT = [
    "The Riverside Courier has reported on the towns and villages of the Wend valley since 1887, first as a weekly broadsheet and since 2009 online.",
    "Our newsroom of six reporters covers the county council, the courts, schools, health services, local business and sport. We are owned by a community trust and carry no paid-for editorial content.",
    "We follow the Editors' Code of Practice. If you think we have got something wrong, please write to the editor; corrections are published at the foot of the article concerned.",
    "The newspaper is funded by readers, advertising and a small grant from the valley heritage fund. Our annual accounts are available on request from the trust secretary.",
]
CONTACT = [
    "Got a story? Call the newsdesk on 01632 960 441 between 8am and 6pm, Monday to Friday.",
    "For advertising enquiries, subscriptions and back issues please use the form below and we will reply within two working days.",
]


def build(base: str) -> Built:
    posts = make_posts("wordpress", SPECS)
    urls = {p.key: f"{base}/{p.published:%Y/%m/%d}/{p.key}/" for p in posts}
    pages: dict[str, Resp] = {}
    newest = sorted(posts, key=lambda p: p.published, reverse=True)

    def add(path: str, resp: Resp) -> None:
        pages[path] = resp

    arts = []
    for i, post in enumerate(posts):
        other = posts[(i + 1) % len(posts)]
        path = urls[post.key][len(base) :]
        add(path, html(_article(base, post, urls[post.key], 100 + i, (other, urls[other.key]))))
        arts.append(expected(urls[post.key], post, [*BOILER, other.excerpt]))
    cards = lambda ps: "".join(_card(p, urls[p.key]) for p in ps)  # noqa: E731
    non = [
        "/",
        "/page/2/",
        "/category/news/",
        "/category/community/",
        "/about/",
        "/contact/",
        "/2026/11/",
    ]
    add(
        "/",
        html(
            _listing(
                "Latest",
                f"{base}/",
                cards(newest[:4]),
                '<a class="wp-block-query-pagination-next" href="/page/2/">Older Posts</a>',
            )
        ),
    )
    add(
        "/page/2/",
        html(
            _listing(
                "Latest",
                f"{base}/page/2/",
                cards(newest[4:]),
                '<a class="wp-block-query-pagination-previous" href="/">Newer Posts</a>',
            )
        ),
    )
    add("/2026/11/", html(_listing("Month: November 2026", f"{base}/2026/11/", cards(newest))))
    for sec in ("News", "Community"):
        add(
            f"/category/{sec.lower()}/",
            html(
                _listing(
                    f"Category: {sec}",
                    f"{base}/category/{sec.lower()}/",
                    cards([p for p in newest if p.section == sec]),
                )
            ),
        )
    tags = sorted({t for p in posts for t in p.tags})
    for tag in tags:
        add(
            f"/tag/{tag}/",
            html(
                _listing(
                    f"Tag: {tag}", f"{base}/tag/{tag}/", cards([p for p in newest if tag in p.tags])
                )
            ),
        )
        non.append(f"/tag/{tag}/")
    authors = sorted({p.author for p in posts})
    for name in authors:
        slug = name.split()[0].lower()
        add(
            f"/author/{slug}/",
            html(
                _listing(
                    f"Author: {name}",
                    f"{base}/author/{slug}/",
                    cards([p for p in newest if p.author == name]),
                )
            ),
        )
        non.append(f"/author/{slug}/")
    add("/about/", html(_page(base, "About the Courier", f"{base}/about/", ABOUT, 2)))
    add("/contact/", html(_page(base, "Contact us", f"{base}/contact/", CONTACT, 9, form=True)))
    add("/feed/", rss(NAME, f"{base}/", [(p, urls[p.key]) for p in newest]))
    add(
        "/robots.txt",
        text(
            f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {base}/wp-sitemap.xml\n"
        ),
    )
    add(
        "/wp-sitemap.xml",
        sitemapindex(
            [
                f"{base}/wp-sitemap-posts-post-1.xml",
                f"{base}/wp-sitemap-posts-page-1.xml",
                f"{base}/wp-sitemap-taxonomies-category-1.xml",
                f"{base}/wp-sitemap-users-1.xml",
            ]
        ),
    )
    add(
        "/wp-sitemap-posts-post-1.xml",
        urlset([(urls[p.key], p.published.isoformat()) for p in posts]),
    )
    add(
        "/wp-sitemap-posts-page-1.xml",
        urlset([(f"{base}/about/", "2026-10-20T08:12:44+00:00"), (f"{base}/contact/", None)]),
    )
    add(
        "/wp-sitemap-taxonomies-category-1.xml",
        urlset([(f"{base}/category/news/", None), (f"{base}/category/community/", None)]),
    )
    add(
        "/wp-sitemap-users-1.xml",
        urlset([(f"{base}/author/{n.split()[0].lower()}/", None) for n in authors]),
    )
    return Built("ho-wordpress", pages, arts, [base + p for p in non])
