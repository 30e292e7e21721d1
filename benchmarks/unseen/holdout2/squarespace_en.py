"""HOLDOUT2: do not read or tune against this module. Squarespace 7.0 blog (en): BlogItem / sqs-block markup, ?offset= pagination, ?format=amp and email-campaign twins, query-string category/tag/author lists."""

from __future__ import annotations

import hashlib
import random
from html import escape

from benchmarks.unseen.common import (
    by_key,
    by_month,
    html,
    make_posts,
    robots,
    rss,
    site_from,
    sitemap,
    thread,
)

NAME = "squarespace_en"
SITE = "Riverside Gazette"
CATS = ["News", "Opinion", "Community"]
TAGS = ["transport", "schools", "budget", "housing", "parks", "elections"]
READERS = [
    "Margaret Olsen",
    "Kevin D.",
    "Sam Whitaker",
    "Rosa Delgado",
    "anonymous neighbor",
    "Chris Boyle",
]
LINES = [
    "Thank you for covering this, nobody else did.",
    "I was at the meeting and this is an accurate summary.",
    "Does anyone know when the next public hearing is?",
    "The numbers in the third paragraph don't match what the council posted.",
    "Great to see local reporting like this.",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _id(s: str) -> str:
    return "58" + hashlib.md5(s.encode()).hexdigest()[:22]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        6303,
        "en",
        34,
        "America/New_York",
        CATS,
        ["Ellen Park", "David Moreau", "Riverside Gazette Staff"],
        TAGS,
    )
    rng = random.Random(6303)
    url = {
        p.idx: f"/blog/{p.published.year}/{p.published.month}/{p.published.day}/{p.slug}"
        for p in posts
    }
    amp = {p.idx: url[p.idx] + "?format=amp" for p in posts}
    camp = {
        p.idx: url[p.idx]
        + f"?ss_source=sscampaigns&ss_campaign_id=58d{p.idx:03d}&ss_email_id=58e{p.idx:03d}&ss_campaign_name=Weekly+Digest"
        for p in posts
        if p.idx % 3 == 1
    }
    aid = {a: _id(a) for a in {p.author for p in posts}}
    threads = {p.idx: thread(rng, READERS, LINES, p.published, 0, 5) for p in posts}
    ms = {p.idx: int(p.published.timestamp() * 1000) for p in posts}
    pages: dict = {}

    def long_date(d):
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"

    def shell(title, main, cls="collection-type-blog view-list", head=""):
        nav = "".join(
            f'<div class="Header-nav-item"><a href="{h}" class="Header-nav-item">{n}</a></div>'
            for h, n in [
                ("/blog", "News"),
                ("/blog?category=Opinion", "Opinion"),
                ("/archive", "Archive"),
                ("/about", "About"),
                ("/subscribe", "Subscribe"),
            ]
        )
        return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="initial-scale=1">
<!-- This is Squarespace. --><!-- riverside-gazette -->
<base href="">
<meta charset="utf-8" />
<title>{escape(title)}</title>
<link rel="alternate" type="application/rss+xml" title="RSS Feed" href="{base}/blog?format=rss" />
{head}
<script type="text/javascript" src="//assets.squarespace.com/universal/scripts-compressed/common-1a2b3c.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {{"facebookAppId":"314192535267336","rollups":{{}},"pageType":2,"website":{{"id":"58a1f0c2e3b1","identifier":"riverside-gazette","websiteType":1,"siteTitle":"{SITE}","timeZone":"America/New_York"}}}};</script>
<link rel="stylesheet" type="text/css" href="//static1.squarespace.com/static/sitecss/58a1f0c2e3b1/12/5a0b/site.css?&filterFeatures=false"/>
</head>
<body id="collection-58a1f0c2e3b1" class="tweak-social-icons-style-solid tweak-blog-list-style-stacked tweak-blog-item-pagination-show ancillary-header-top-left-layout-horizontal {cls}">
<div class="Site" data-nc-base="header" data-controller="AncillaryLayout">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/subscribe" class="sqs-announcement-bar-url"></a><div class="sqs-announcement-bar-text"><p>Get the Riverside Gazette in your inbox every Friday — subscribe today.</p></div><span class="sqs-announcement-bar-close" role="button">Close</span></div></div>
<header class="Header Header--top"><div class="Header-inner Header-inner--top" data-nc-group="top"><div data-nc-container="top-left"><nav class="Header-nav Header-nav--primary" data-nc-element="primary-nav" data-content-field="navigation">{nav}</nav></div>
<div data-nc-container="top-center"><a href="/" class="Header-branding" data-nc-element="branding" data-content-field="site-title">{SITE}</a></div></div></header>
<div class="Site-inner Site-inner--index" data-controller="HeaderOverlay"><div class="Content-outer"><main class="Main Main--blog-list" data-content-field="main-content">
{main}
</main>
<footer class="Footer" role="contentinfo" data-controller="FooterBreakpoints"><div class="Footer-inner clear"><div class="sqs-layout sqs-grid-12 columns-12" data-type="block-field" data-updated-on="1488300000000" id="footerBlocks"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><p>The Riverside Gazette is a reader-supported community newspaper. 120 Mill Street, Riverside. Tips: news@riversidegazette.example</p><p><a href="/privacy">Privacy</a> · <a href="/about">About us</a></p></div></div></div></div></div></div>
<p class="Footer-branding"><a href="http://www.squarespace.com?channel=word_of_mouth&amp;subchannel=customer&amp;source=footer&amp;campaign=4fd1028ee4b02be53c65dfb3" target="_blank" class="Footer-branding-link">Powered by Squarespace</a></p></footer>
</div></div></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2"><p>This website uses cookies to improve your experience. By continuing to browse, you agree to our use of cookies.</p><button class="sqs-cookie-banner-v2-accept">Accept</button></div></div>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {{if(window.ImageLoader) {{ window.ImageLoader.bootstrap({{}}, document); }}}})();</script>
<script>Squarespace.afterBodyLoad(Y);</script>
</body></html>"""

    def block(inner, kind="html", bt=2):
        bid = "block-yui_3_17_2_1_" + hashlib.md5(inner.encode()).hexdigest()[:14]
        return f'<div class="sqs-block {kind}-block sqs-block-{kind}" data-block-type="{bt}" id="{bid}"><div class="sqs-block-content">{inner}</div></div>'

    def summary(items):
        cards = "".join(
            f'<div class="summary-item summary-item-record-type-text sqs-gallery-design-carousel-slide"><div class="summary-content sqs-gallery-meta-container"><div class="summary-metadata-container summary-metadata-container--above-title"><div class="summary-metadata summary-metadata--primary"><time class="summary-metadata-item summary-metadata-item--date" datetime="{q.published.strftime("%Y-%m-%d")}">{MONTHS[q.published.month - 1][:3]} {q.published.day}, {q.published.year}</time></div></div>'
            f'<div class="summary-title"><a href="{url[q.idx]}" class="summary-title-link">{escape(q.title)}</a></div><div class="summary-excerpt"><p>{escape(q.paras[0][:100])}…</p></div></div></div>'
            for q in items
        )
        return block(
            f'<div class="summary-v2-block"><h3 class="summary-heading">Recent Stories</h3><div class="summary-item-list-container sqs-gallery-container"><div class="summary-item-list">{cards}</div></div></div>',
            "summary-v2",
            55,
        )

    def item(p):
        d = p.published
        i = posts.index(p)
        aurl = f"/blog?author={aid[p.author]}"
        cut = max(1, len(p.paras) // 2)
        body = (
            block("".join(f"<p>{escape(x)}</p>" for x in p.paras[:cut]))
            + block(
                f'<div class="image-block-outer-wrapper layout-caption-below design-layout-inline"><figure class="sqs-block-image-figure intrinsic"><img class="thumb-image" data-src="https://static1.squarespace.com/static/58a1f0c2e3b1/t/{_id(p.title)}/{ms[p.idx]}/photo.jpg" alt=""/><figcaption class="image-caption-wrapper"><div class="image-caption"><p>Photo: {escape(p.author)} / {SITE}</p></div></figcaption></figure></div>',
                "image",
                5,
            )
            + block("".join(f"<p>{escape(x)}</p>" for x in p.paras[cut:]))
            + block(
                '<div class="newsletter-form-wrapper"><form class="newsletter-form"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Subscribe to the Friday Digest</h2><div class="newsletter-form-header-description"><p>Sign up with your email address to receive news and updates.</p></div></div><input type="email" name="email" placeholder="Email Address"><button class="newsletter-form-button" type="submit">Sign Up</button><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div>',
                "newsletter",
                51,
            )
        )
        tags = ", ".join(f'<a href="/blog?tag={t}" rel="tag">{t}</a>' for t in p.tags)
        coms = "".join(
            f'<div class="comment"><div class="comment-header"><span class="comment-author">{escape(w)}</span> <span class="comment-date">{long_date(t)}</span></div><div class="comment-body"><p>{escape(x)}</p></div><div class="comment-actions"><a class="reply">Reply</a> · <a class="like">Like</a></div></div>'
            for w, t, x in threads[p.idx]
        )
        prev = (
            f'<a href="{url[posts[i + 1].idx]}" class="BlogItem-pagination-link BlogItem-pagination-link--prev"><div class="BlogItem-pagination-link-label">Previous</div><h2 class="BlogItem-pagination-link-title">{escape(posts[i + 1].title)}</h2></a>'
            if i + 1 < len(posts)
            else ""
        )
        nxt = (
            f'<a href="{url[posts[i - 1].idx]}" class="BlogItem-pagination-link BlogItem-pagination-link--next"><div class="BlogItem-pagination-link-label">Next</div><h2 class="BlogItem-pagination-link-title">{escape(posts[i - 1].title)}</h2></a>'
            if i
            else ""
        )
        main = f"""<article class="BlogItem hentry category-{p.section.lower()} {" ".join(f"tag-{t}" for t in p.tags)} author-{p.author.split()[0].lower()} post-type-text article-index-1" data-item-id="{_id(p.title)}" id="article-{_id(p.title)}">
<div class="BlogItem-meta"><div class="BlogItem-meta-item--date"><time class="Blog-meta-item Blog-meta-item--date" datetime="{d.strftime("%Y-%m-%d")}">{long_date(d)}</time></div><a href="{aurl}" class="Blog-meta-item Blog-meta-item--author">{escape(p.author)}</a><a href="/blog?category={p.section}" class="Blog-meta-item Blog-meta-item--categories">{p.section}</a></div>
<h1 class="BlogItem-title" data-content-field="title">{escape(p.title)}</h1>
<div class="sqs-layout sqs-grid-12 columns-12" data-layout-label="Post Body" data-type="item" data-updated-on="{ms[p.idx]}" id="item-{_id(p.title)}"><div class="row sqs-row"><div class="col sqs-col-12 span-12">{body}</div></div></div>
<div class="BlogItem-meta BlogItem-meta--footer"><span class="BlogItem-meta-tags">Tags: {tags}</span></div>
<div class="BlogItem-share"><div class="squarespace-social-buttons inline-style" data-system-data-id="{_id(p.title)}" data-asset-url="" data-record-type="1" data-full-url="{url[p.idx]}" data-title="{escape(p.title)}"><a href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}" class="ss-social-button facebook">Facebook</a> <a href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}" class="ss-social-button twitter">Twitter</a> <a href="mailto:?subject={escape(p.title)}" class="ss-social-button email">Email</a></div></div>
<div class="BlogItem-comments"><div class="squarespace-comments" id="comments-{_id(p.title)}"><div class="comment-count-header"><h3>{len(threads[p.idx])} Comments</h3></div><div class="comment-sort">Newest First · Oldest First</div>{coms}<div class="comment-input"><p>Preview</p><textarea placeholder="Add a comment…"></textarea><button>Post Comment…</button></div></div></div>
<div class="BlogItem-pagination">{prev}{nxt}</div>
</article>
{summary([q for q in posts if q is not p][:4])}"""
        head = (
            f'<link rel="canonical" href="{base}{url[p.idx]}"/><meta property="og:type" content="article" /><meta property="og:title" content="{escape(p.title)}" />'
            f'<link rel="amphtml" href="{base}{amp[p.idx]}"/><meta itemprop="name" content="{escape(p.title)}"><meta itemprop="author" content="{escape(p.author)}"><meta itemprop="datePublished" content="{d.strftime("%Y-%m-%dT%H:%M:%S%z")}"><meta itemprop="headline" content="{escape(p.title)}">'
        )
        return shell(f"{p.title} — {SITE}", main, "collection-type-blog view-item", head)

    def amp_page(p):
        d = p.published
        return f"""<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>{escape(p.title)} — {SITE}</title><link rel="canonical" href="{base}{url[p.idx]}"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1"><script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{{visibility:hidden}}</style></head>
<body><header class="amp-header"><a href="{base}/">{SITE}</a></header><article class="amp-blog-item"><div class="amp-meta"><time datetime="{d.strftime("%Y-%m-%d")}">{long_date(d)}</time> <span>{escape(p.author)}</span></div><h1 class="amp-title">{escape(p.title)}</h1><div class="amp-body">{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}</div></article><footer class="amp-footer"><a href="{base}{url[p.idx]}">View full site</a></footer></body></html>"""

    for p in posts:
        page = html(item(p))
        pages[url[p.idx]] = page
        pages[amp[p.idx]] = html(amp_page(p))
        if p.idx in camp:
            pages[camp[p.idx]] = page

    def teaser(p):
        return f"""<article class="BlogList-item hentry category-{p.section.lower()} post-type-text" id="article-{_id(p.title)}" data-item-id="{_id(p.title)}">
<a href="{url[p.idx]}" class="BlogList-item-image-link"><img data-src="https://static1.squarespace.com/static/58a1f0c2e3b1/t/{_id(p.title)}/photo.jpg" alt=""></a>
<a href="{url[p.idx]}" class="BlogList-item-title" data-content-field="title">{escape(p.title)}</a>
<div class="BlogList-item-excerpt"><p>{escape(p.paras[0][:170])}…</p></div>
<a href="{url[p.idx]}" class="BlogList-item-readmore"><span>Read More</span></a>
<div class="Blog-meta BlogList-item-meta"><time class="Blog-meta-item Blog-meta-item--date" datetime="{p.published.strftime("%Y-%m-%d")}">{long_date(p.published)}</time><a href="/blog?author={aid[p.author]}" class="Blog-meta-item Blog-meta-item--author">{escape(p.author)}</a><a href="{url[p.idx]}#comments-{_id(p.title)}" class="Blog-meta-item Blog-meta-item--comments">{len(threads[p.idx])} Comments</a></div></article>"""

    def blog_list(path0, items, title, per=10):
        parts = [items[i : i + per] for i in range(0, len(items), per)] or [[]]
        sep = "&" if "?" in path0 else "?"
        keys = [path0] + [
            f"{path0}{sep}offset={ms[parts[k - 1][-1].idx]}" for k in range(1, len(parts))
        ]
        for k, chunk in enumerate(parts):
            older = (
                f'<a href="{keys[k + 1]}" class="BlogList-pagination-link BlogList-pagination-link--older"><span class="BlogList-pagination-link-label">Older Posts</span></a>'
                if k + 1 < len(parts)
                else ""
            )
            newer = (
                f'<a href="{keys[k - 1]}" class="BlogList-pagination-link BlogList-pagination-link--newer"><span class="BlogList-pagination-link-label">Newer Posts</span></a>'
                if k
                else ""
            )
            head = f'<h1 class="BlogList-filter">{escape(title)}</h1>' if title else ""
            pages[keys[k]] = html(
                shell(
                    f"{title or 'News'} — {SITE}",
                    f'<section class="BlogList BlogList--posts-excerpt sqs-blog-list clear">{head}{"".join(teaser(p) for p in chunk)}<nav class="BlogList-pagination">{newer}{older}</nav></section>',
                )
            )

    blog_list("/blog", posts, "")
    for c in CATS:
        blog_list(f"/blog?category={c}", [p for p in posts if p.section == c], f"Category: {c}", 8)
    for t, items in by_key(posts, lambda p: p.tags).items():
        blog_list(f"/blog?tag={t}", items, f"Tag: {t}", 8)
    for a, i in aid.items():
        blog_list(f"/blog?author={i}", [p for p in posts if p.author == a], f"Author: {a}", 10)
    months = by_month(posts)
    arch = "".join(
        f'<li class="archive-group"><a href="/blog?month={MONTHS[m - 1]}-{y}" class="archive-group-name-link">{MONTHS[m - 1]} {y}</a> <span class="archive-group-count">{len(v)}</span><ul class="archive-item-list">'
        + "".join(
            f'<li class="archive-item"><span class="archive-item-date-before">{q.published.strftime("%b %d")}</span> <a href="{url[q.idx]}" class="archive-item-link">{escape(q.title)}</a></li>'
            for q in v
        )
        + "</ul></li>"
        for (y, m), v in months.items()
    )
    pages["/archive"] = html(
        shell(
            f"Archive — {SITE}",
            block(
                f'<div class="sqs-archive-block"><ul class="archive-block-list archive-block-list--type-list">{arch}</ul></div>',
                "archive",
                22,
            ),
            "collection-type-page",
        )
    )
    for (y, m), v in months.items():
        blog_list(f"/blog?month={MONTHS[m - 1]}-{y}", v, f"Month: {MONTHS[m - 1]} {y}", 10)
    home = (
        block(
            f"<h2>Your neighborhood, reported.</h2><p>{SITE} covers the city council, schools and streets of Riverside.</p>"
        )
        + summary(posts[:6])
        + block(
            '<p><a href="/blog" class="sqs-block-button-element">All News</a></p>', "button", 53
        )
    )
    pages["/"] = html(
        shell(
            SITE,
            f'<div class="sqs-layout sqs-grid-12 columns-12" data-type="page" id="page-58a1">{home}</div>',
            "collection-type-page homepage",
        )
    )
    for path, title, text in [
        (
            "/about",
            "About",
            "The Riverside Gazette was founded in 2012 by a group of volunteer reporters. We are funded by our readers.",
        ),
        (
            "/subscribe",
            "Subscribe",
            "Join 4,000 neighbors who get the Friday Digest. Sign up with your email address below.",
        ),
        (
            "/privacy",
            "Privacy Policy",
            "We use cookies and collect the email addresses you give us only to send the newsletter.",
        ),
    ]:
        pages[path] = html(
            shell(
                f"{title} — {SITE}", block(f"<h1>{title}</h1><p>{text}</p>"), "collection-type-page"
            )
        )
    pages["/search"] = html(
        shell(
            f"Search — {SITE}",
            '<div class="sqs-search-page"><form class="sqs-search-page-input"><input type="search" name="q" placeholder="Search"></form><div class="sqs-search-page-notice">Enter a search term above.</div></div>',
            "collection-type-search",
        )
    )
    pages["/blog?format=rss"] = rss(base, SITE, [(url[p.idx], p) for p in posts[:20]], "en")
    pages["/sitemap.xml"] = sitemap(
        base,
        [("/", "2017-04-30"), ("/blog", "2017-04-30"), ("/archive", None), ("/about", None)]
        + [(url[p.idx], p.published.strftime("%Y-%m-%d")) for p in posts],
    )
    pages["/robots.txt"] = robots(
        base, ["/sitemap.xml"], ["/config", "/search", "/account$", "/api/", "/*?format=amp"]
    )
    return site_from(
        NAME,
        posts,
        lambda p: url[p.idx],
        pages,
        lambda p: [amp[p.idx], *([camp[p.idx]] if p.idx in camp else [])],
    )
