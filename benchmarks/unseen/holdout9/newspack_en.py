"""WordPress with the Newspack theme: a nonprofit local newsroom (en-US, America/Chicago).

Followed: Newspack theme `single.php` (`section#primary` > `main#main` > `header.entry-header`
from `template-parts/header/entry-header.php`: `span.cat-links`, `h1.entry-title`,
`div.entry-subhead` > `div.entry-meta` with `newspack_posted_by()` avatar + "by" byline and
`newspack_posted_on()` `time.entry-date.published` / `time.updated` with W3C datetimes, then the
share row; `div.main-content` with the featured image, `template-parts/content/content-single.php`
`div.entry-content` and `footer.entry-footer` tags, `template-parts/post/author-bio.php`
(`div.author-bio` > `h2.accent-header`, "More by …"), `get_sidebar()`), the Newspack blocks in
post content (newsletter sign-up block after the third paragraph, `wp-block-newspack-blocks-donate`
at the end) and a `homepage-articles` block "More in {section}" under the post,
`content-archive.php` / `content-excerpt.php` for lists, the Newspack footer ("Proudly powered by
Newspack by Automattic"), a Newspack Campaigns overlay and the Cookie Notice banner. Yoast
JSON-LD graph (`Article`, `datePublished` with the site's offset). WordPress comments
(`ol.comment-list`, `article.comment-body`, "says:", reply links `?replytocom=N#respond`).

Permalinks `/YYYY/MM/DD/slug/` (local date). Twins: the AMP plugin's Reader-mode `?amp` view
(canonical; classic `amp-wp-article` template, relative "years ago" date, schema.org JSON with
the ISO date), and `?replytocom=N` for each comment (the whole post again, `noindex`);
`/?p=N` shortlinks answer 301. Lists: homepage blocks, `/category/…/page/N/`, `/tag/…/`,
`/author/…/`, `/2017/03/page/N/`. Discovery: Yoast `/sitemap_index.xml` (post, page, category,
author sitemaps) and the 10-item `/feed/`.
"""

from __future__ import annotations

import random
from datetime import timedelta
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
    sitemap_index,
    thread,
)
from benchmarks.unseen.holdout9 import translit
from benchmarks.unseen.server import Resp

NAME = "newspack_en"
SITE = "The Prairie Ledger"
CATS = {
    "politics": "Politics",
    "education": "Education",
    "transportation": "Transportation",
    "environment": "Environment",
}
TAGS = {
    "city-council": "city council",
    "budget": "budget",
    "schools": "schools",
    "transit": "transit",
    "public-health": "public health",
    "county-board": "county board",
}
AUTHORS = {
    "mdelgado": (
        "Maria Delgado",
        "Maria Delgado covers city hall and the county board. She joined the Ledger in 2016 after six years at the Herald-Review.",
    ),
    "jkowalski": (
        "Jake Kowalski",
        "Jake Kowalski reports on schools and transportation. Reach him at jake@prairieledger.example.",
    ),
    "tnguyen": (
        "Tran Nguyen",
        "Tran Nguyen is the Ledger's environment reporter, a Report for America corps member.",
    ),
}
READERS = ["Linda K.", "Bob Harmon", "concerned_parent", "Dave", "Rita Alvarez", "M. Okafor"]
REMARKS = [
    "Thanks for covering this. None of the TV stations showed up to that meeting.",
    "Who is actually paying for this? The article doesn't say.",
    "I was there and this is an accurate summary of what was said.",
    "We need more reporting like this in our town.",
    "Can you follow up on what happened with last year's plan?",
]
PAGES = {
    "about": (
        "About us",
        "The Prairie Ledger is a nonprofit, nonpartisan newsroom covering Central Illinois since 2015.",
    ),
    "donate": (
        "Donate",
        "Your tax-deductible gift keeps our journalism free for everyone. Choose monthly, annual or one-time giving.",
    ),
    "newsletters": (
        "Newsletters",
        "Get The Ledger Daily every weekday morning, and the Friday Week in Review.",
    ),
    "support-us": (
        "Support us",
        "Become a member, sponsor a beat or volunteer as a community reader.",
    ),
    "privacy-policy": (
        "Privacy Policy",
        "We collect as little personal data as possible. This policy explains what we collect and why.",
    ),
}


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(9303, "en", 34, "America/Chicago", list(CATS), list(AUTHORS), list(TAGS))
    rng = random.Random(9303)
    pid = {p.idx: 2200 + p.idx * 7 for p in posts}
    slug = {p.idx: translit(p.title, f"story-{p.idx}") for p in posts}
    url = {p.idx: p.published.strftime("/%Y/%m/%d/") + slug[p.idx] + "/" for p in posts}
    amp = {p.idx: url[p.idx] + "?amp" for p in posts}
    modified = {p.idx: p.published + timedelta(hours=rng.randint(1, 30)) for p in posts}
    coms = {
        p.idx: thread(rng, READERS, REMARKS, p.published, 0, 3) if p.idx % 5 in (1, 3) else []
        for p in posts
    }
    cid = {p.idx: [9000 + p.idx * 10 + j for j in range(len(coms[p.idx]))] for p in posts}

    def nice(d):
        return f"{d:%B} {d.day}, {d.year}"

    def byline(q):
        a = AUTHORS[q.author][0]
        return f'<span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n" href="/author/{q.author}/">{escape(a)}</a></span></span>'

    def shell(title, main, body_class, head="", sidebar=True):
        nav = "".join(
            f'<li class="menu-item menu-item-type-taxonomy"><a href="/category/{c}/">{n}</a></li>'
            for c, n in CATS.items()
        )
        side = (
            '<aside id="secondary" class="widget-area"><section id="newspack-popular-posts" class="widget"><h2 class="widget-title">Most read</h2><ol>'
            + "".join(f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>' for q in posts[3:8])
            + '</ol></section><section class="widget widget_text"><h2 class="widget-title">Our newsletters</h2><div class="textwidget"><p>The Ledger Daily lands in your inbox every weekday at 6 a.m.</p><p><a href="/newsletters/">Sign up for free</a></p></div></section></aside>'
            if sidebar
            else ""
        )
        return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{escape(title)}</title>{head}
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="{base}/feed/" />
<link rel='stylesheet' id='newspack-style-css' href='{base}/wp-content/themes/newspack-theme/style.css?ver=1.0.0' type='text/css' media='all' />
<meta name="generator" content="WordPress 5.3.2" />
</head>
<body class="{body_class} wp-embed-responsive has-sidebar h-nsub h-db h-ll h-dh">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header hide-header-search">
<div class="top-header-contain desktop-only"><div class="wrapper"><div id="secondary-nav-contain"><nav class="secondary-menu" aria-label="Secondary Menu"><ul id="menu-secondary" class="secondary-menu"><li class="menu-item"><a href="/about/">About</a></li><li class="menu-item"><a href="/newsletters/">Newsletters</a></li><li class="menu-item"><a href="/support-us/">Support us</a></li></ul></nav></div>
<div id="social-nav-contain"><nav class="social-navigation" aria-label="Social Links Menu"><ul class="social-links-menu"><li><a href="https://twitter.com/prairieledger"><span class="screen-reader-text">Twitter</span></a></li><li><a href="https://www.facebook.com/prairieledger"><span class="screen-reader-text">Facebook</span></a></li></ul></nav></div></div></div>
<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><a href="{base}/" class="custom-logo-link" rel="home"><img width="400" height="100" src="{base}/wp-content/uploads/2017/01/ledger-logo.png" class="custom-logo" alt="{SITE}"></a><div class="site-identity"><p class="site-title"><a href="{base}/" rel="home">{SITE}</a></p><p class="site-description">Nonprofit news for Central Illinois</p></div></div>
<div class="nav-wrapper desktop-only"><div id="tertiary-nav-contain"><nav class="tertiary-menu" aria-label="Tertiary Menu"><ul id="menu-tertiary" class="tertiary-menu"><li class="menu-item"><a class="button" href="/donate/">Donate</a></li></ul></nav></div></div></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><div id="site-navigation"><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul id="menu-primary" class="main-menu">{nav}</ul></nav></div></div></div>
</header>
<div id="content" class="site-content">
{main}
{side}
</div>
<footer id="colophon" class="site-footer">
<div class="footer-branding"><div class="wrapper"><a href="{base}/" class="custom-logo-link" rel="home">{SITE}</a><nav class="social-navigation"><ul class="social-links-menu"><li><a href="https://twitter.com/prairieledger">Twitter</a></li></ul></nav></div></div>
<div class="footer-widgets"><div class="wrapper"><section class="widget widget_text"><h2 class="widget-title">About the Ledger</h2><div class="textwidget"><p>{SITE} is a 501(c)(3) nonprofit newsroom. Our reporting is free to read and free to republish.</p></div></section><section class="widget widget_text"><h2 class="widget-title">Contact</h2><div class="textwidget"><p>210 N. Main St., Suite 4, Bloomington, IL<br>tips@prairieledger.example</p></div></section></div></div>
<div class="site-info"><div class="wrapper"><span class="copyright">&copy; 2017 {SITE}.</span><a class="imprint" href="https://newspack.blog/">Proudly powered by Newspack by Automattic</a><a class="privacy-policy-link" href="/privacy-policy/">Privacy Policy</a></div></div>
</footer>
</div>
<div class="newspack-popup-container newspack-lightbox" role="button" tabindex="0" data-popup-status="publish"><div class="newspack-popup"><div class="newspack-popup-wrapper"><h2>Local news you can trust</h2><p>Join 12,000 readers who get The Ledger Daily. It's free.</p><form class="newspack-newsletters-subscribe"><input type="email" name="npe" placeholder="Email address"><input type="submit" value="Sign up"></form><button class="newspack-lightbox__close">I'm not interested</button></div></div></div>
<div id="cookie-notice" role="banner" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button bootstrap button">Ok</a><a href="/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button bootstrap button">Privacy policy</a></span></div></div>
</body>
</html>"""

    def jsonld(p):
        a = AUTHORS[p.author][0]
        return (
            '\n<script type="application/ld+json" class="yoast-schema-graph yoast-schema-graph--main">'
            f'{{"@context":"https://schema.org","@graph":[{{"@type":"Organization","@id":"{base}/#organization","name":"{SITE}","url":"{base}/"}},'
            f'{{"@type":"WebPage","@id":"{base}{url[p.idx]}#webpage","url":"{base}{url[p.idx]}","name":"{escape(p.title)} - {SITE}","datePublished":"{p.published.isoformat()}","dateModified":"{modified[p.idx].isoformat()}"}},'
            f'{{"@type":"Article","@id":"{base}{url[p.idx]}#article","isPartOf":{{"@id":"{base}{url[p.idx]}#webpage"}},"author":{{"@id":"{base}/#/schema/person/{p.author}"}},"headline":"{escape(p.title)}","datePublished":"{p.published.isoformat()}","dateModified":"{modified[p.idx].isoformat()}","commentCount":{len(coms[p.idx])},"publisher":{{"@id":"{base}/#organization"}},"articleSection":"{CATS[p.section]}"}},'
            f'{{"@type":["Person"],"@id":"{base}/#/schema/person/{p.author}","name":"{a}"}}]}}</script>'
        )

    def comments_html(p):
        if not coms[p.idx]:
            return '<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a comment</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div></div>'
        items = "".join(
            f"""<li id="comment-{c}" class="comment even thread-even depth-1"><article id="div-comment-{c}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/0?s=60&amp;d=mm" class="avatar avatar-60 photo" height="60" width="60"><b class="fn">{escape(w)}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="{url[p.idx]}#comment-{c}"><time datetime="{t.isoformat()}">{nice(t)} at {t:%-I:%M %p}</time></a></div></footer><div class="comment-content"><p>{escape(x)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="{url[p.idx]}?replytocom={c}#respond" data-commentid="{c}" data-postid="{pid[p.idx]}" aria-label="Reply to {escape(w)}">Reply</a></div></article></li>"""
            for c, (w, t, x) in zip(cid[p.idx], coms[p.idx], strict=True)
        )
        n = len(coms[p.idx])
        return f'<div id="comments" class="comments-area"><div class="comments-title-wrap"><h2 class="comments-title">{n} {"reply" if n == 1 else "replies"} on &ldquo;{escape(p.title)}&rdquo;</h2></div><ol class="comment-list">{items}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a comment</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div></div>'

    def article(p, noindex=False):
        d, m = p.published, modified[p.idx]
        a, bio = AUTHORS[p.author]
        share = "".join(
            f'<li class="share-{s}"><a rel="nofollow noopener noreferrer" class="share-{s} sd-button share-icon no-text" href="{h}" target="_blank" title="Click to share on {n}"><span></span><span class="sharing-screen-reader-text">Click to share on {n} (Opens in new window)</span></a></li>'
            for s, n, h in (
                ("twitter", "Twitter", f"https://twitter.com/intent/tweet?url={base}{url[p.idx]}"),
                (
                    "facebook",
                    "Facebook",
                    f"https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}",
                ),
                ("email", "Email", f"mailto:?subject={escape(p.title)}"),
            )
        )
        paras = [f"<p>{escape(x)}</p>" for x in p.paras]
        newsletter = '<div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe"><h2 class="newspack-newsletters-subscribe__title">Sign up for The Ledger Daily</h2><p class="newspack-newsletters-subscribe__description">Get the news that matters in Central Illinois delivered to your inbox every weekday morning.</p><form><input type="email" name="npe" placeholder="Enter your email address" /><input type="submit" value="Sign up" /></form></div>'
        paras.insert(3, newsletter)
        donate = '<div class="wp-block-newspack-blocks-donate wpbnbd tiered"><form><div class="wp-block-newspack-blocks-donate__options"><div class="wp-block-newspack-blocks-donate__frequency frequency"><input type="radio" value="month" id="newspack-donate-month" name="donation_frequency" checked /><label for="newspack-donate-month" class="donation-frequency-label freq-label">Monthly</label><input type="radio" value="year" id="newspack-donate-year" name="donation_frequency" /><label for="newspack-donate-year" class="donation-frequency-label freq-label">Annually</label><input type="radio" value="once" id="newspack-donate-once" name="donation_frequency" /><label for="newspack-donate-once" class="donation-frequency-label freq-label">One-time</label></div></div><p class="wp-block-newspack-blocks-donate__thanks">Support independent local journalism. Your donation keeps our reporting free for everyone.</p><button type="submit">Donate now!</button></form></div>'
        tags = ", ".join(f'<a href="/tag/{t}/" rel="tag">{TAGS[t]}</a>' for t in p.tags)
        more = [q for q in posts if q.section == p.section and q is not p][:3]
        more_html = "".join(
            f'<article class="post-has-image"><div class="entry-wrapper"><h3 class="entry-title"><a href="{url[q.idx]}" rel="bookmark">{escape(q.title)}</a></h3><div class="entry-meta">{byline(q)}<time class="entry-date published" datetime="{q.published.isoformat()}">{nice(q.published)}</time></div></div></article>'
            for q in more
        )
        main = f"""<section id="primary" class="content-area category-{p.section}">
<main id="main" class="site-main">
<header class="entry-header">
<span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="/category/{p.section}/" rel="category tag">{CATS[p.section]}</a></span>
<h1 class="entry-title">{escape(p.title)}</h1>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{p.author}?s=80&amp;d=mm" class="avatar avatar-80 photo" height="80" width="80"></span>{byline(p)}<span class="posted-on"><time class="entry-date published" datetime="{d.isoformat()}">{nice(d)}</time><time class="updated" datetime="{m.isoformat()}">{nice(m)}</time></span></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>{share}</ul></div></div></div></div>
</header>
<div class="main-content">
<figure class="post-thumbnail"><img width="1200" height="800" src="{base}/wp-content/uploads/2017/0{d.month}/photo-{pid[p.idx]}.jpg" class="attachment-newspack-featured-image size-newspack-featured-image wp-post-image" alt=""><figcaption><span class="image-credit"><span class="credit-label-wrapper">Credit:</span> {escape(a)} / {SITE}</span></figcaption></figure>
<article id="post-{pid[p.idx]}" class="post-{pid[p.idx]} post type-post status-publish format-standard has-post-thumbnail hentry category-{p.section} entry">
<div class="entry-content">
{"".join(paras)}
{donate}
</div>
<footer class="entry-footer"><span class="tags-links"><span>Tagged: </span>{tags}</span></footer>
<div class="author-bio"><img alt="" src="https://secure.gravatar.com/avatar/{p.author}?s=80&amp;d=mm" class="avatar avatar-80 photo" height="80" width="80"><div class="author-bio-text"><div class="author-bio-header"><div><h2 class="accent-header">{escape(a)}<span></span></h2></div></div><p>{escape(bio)} <a class="author-link" href="/author/{p.author}/" rel="author">More by {escape(a)}</a></p></div></div>
{comments_html(p)}
</article>
<div class="wp-block-newspack-blocks-homepage-articles is-style-default ts-3 is-grid columns-3 show-image"><h2 class="article-section-title"><span>More in {CATS[p.section]}</span></h2><div data-posts>{more_html}</div></div>
</div>
</main>
</section>"""
        head = (
            (
                '\n<meta name="robots" content="noindex,follow" />'
                if noindex
                else '\n<meta name="robots" content="index, follow, max-snippet:-1, max-image-preview:large, max-video-preview:-1" />'
            )
            + f'\n<link rel="canonical" href="{base}{url[p.idx]}" />'
            + f'\n<meta property="og:locale" content="en_US" />\n<meta property="og:type" content="article" />\n<meta property="og:title" content="{escape(p.title)} - {SITE}" />'
            + f'\n<meta property="article:published_time" content="{d.isoformat()}" />\n<meta property="article:modified_time" content="{m.isoformat()}" />'
            + jsonld(p)
            + f"\n<link rel='shortlink' href='{base}/?p={pid[p.idx]}' />"
            + f'\n<link rel="amphtml" href="{base}{amp[p.idx]}">'
        )
        return shell(
            f"{p.title} - {SITE}",
            main,
            f"post-template-default single single-post postid-{pid[p.idx]} single-format-standard singular",
            head,
        )

    def amp_page(p):
        a = AUTHORS[p.author][0]
        meta = f'{{"@context":"http://schema.org","publisher":{{"@type":"Organization","name":"{SITE}"}},"@type":"BlogPosting","mainEntityOfPage":"{base}{url[p.idx]}","headline":"{escape(p.title)}","datePublished":"{p.published.isoformat()}","dateModified":"{modified[p.idx].isoformat()}","author":{{"@type":"Person","name":"{a}"}}}}'
        return f"""<!doctype html>
<html amp lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{escape(p.title)} &#8211; {SITE}</title>
<link rel="canonical" href="{base}{url[p.idx]}" />
<script type="application/ld+json">{meta}</script>
<style amp-custom>.amp-wp-article{{color:#353535}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{base}/"><span class="amp-site-title">{SITE}</span></a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{escape(p.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><amp-img src="https://secure.gravatar.com/avatar/{p.author}?s=72&amp;d=mm" alt="{escape(a)}" width="24" height="24" layout="fixed"></amp-img><span class="amp-wp-author author vcard">{escape(a)}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{p.published.isoformat()}">8 years ago</time></div>
</header>
<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1200" height="800" src="{base}/wp-content/uploads/2017/0{p.published.month}/photo-{pid[p.idx]}.jpg" layout="intrinsic"></amp-img></figure>
<div class="amp-wp-article-content">
{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="{base}/category/{p.section}/" rel="category tag">{CATS[p.section]}</a></div>
<div class="amp-wp-meta amp-wp-tax-tag">Tags: {", ".join(f'<a href="{base}/tag/{t}/" rel="tag">{TAGS[t]}</a>' for t in p.tags)}</div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="{base}{url[p.idx]}#respond">Leave a Comment</a></div>
</footer>
</article>
<footer class="amp-wp-footer"><div><h2>{SITE}</h2><a href="#top" class="back-to-top">Back to top</a></div></footer>
</body>
</html>"""

    pages: dict = {}
    aliases: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(article(p))
        pages[amp[p.idx]] = html(amp_page(p))
        aliases[p.idx] = [amp[p.idx]]
        for c in cid[p.idx]:
            pages[f"{url[p.idx]}?replytocom={c}"] = html(article(p, noindex=True))
            aliases[p.idx].append(f"{url[p.idx]}?replytocom={c}")
        pages[f"/?p={pid[p.idx]}"] = Resp(
            b"", "text/html; charset=UTF-8", 301, {"Location": f"{base}{url[p.idx]}"}
        )

    def excerpt_item(q):
        return f"""<article id="post-{pid[q.idx]}" class="post-{pid[q.idx]} post type-post status-publish format-standard has-post-thumbnail hentry category-{q.section} entry">
<figure class="post-thumbnail"><a class="post-thumbnail-inner" href="{url[q.idx]}" aria-hidden="true" tabindex="-1"><img width="400" height="300" src="{base}/wp-content/uploads/2017/0{q.published.month}/photo-{pid[q.idx]}-400x300.jpg" class="attachment-newspack-archive-image size-newspack-archive-image wp-post-image" alt=""></a></figure>
<div class="entry-container"><span class="cat-links"><a href="/category/{q.section}/" rel="category tag">{CATS[q.section]}</a></span>
<header class="entry-header"><h2 class="entry-title"><a href="{url[q.idx]}" rel="bookmark">{escape(q.title)}</a></h2></header>
<div class="entry-meta">{byline(q)}<span class="posted-on"><time class="entry-date published" datetime="{q.published.isoformat()}">{nice(q.published)}</time></span></div>
<p>{escape(q.paras[0][:160].rsplit(" ", 1)[0])} [&hellip;]</p></div>
</article>"""

    def archive(root, items, heading, body_class, intro=""):
        def nth(k):
            return root if not k else f"{root}page/{k + 1}/"

        def render(chunk, k, n):
            links = "".join(
                f'<span aria-current="page" class="page-numbers current">{j + 1}</span>'
                if j == k
                else f'<a class="page-numbers" href="{nth(j)}">{j + 1}</a>'
                for j in range(n)
            )
            if k + 1 < n:
                links += (
                    f'<a class="next page-numbers" href="{nth(k + 1)}"><span>Older posts</span></a>'
                )
            nav = (
                f'<nav class="navigation pagination" role="navigation"><h2 class="screen-reader-text">Posts navigation</h2><div class="nav-links">{links}</div></nav>'
                if n > 1
                else ""
            )
            main = f'<section id="primary" class="content-area"><header class="page-header"><h1 class="page-title article-section-title">{heading}</h1>{intro}</header><main id="main" class="site-main">{"".join(excerpt_item(q) for q in chunk)}{nav}</main></section>'
            return shell(
                f"{heading}{f' - Page {k + 1} of {n}' if k else ''} - {SITE}", main, body_class
            )

        paged(pages, nth, items, 8, render)

    for c, items in by_key(posts, lambda p: p.section).items():
        archive(
            f"/category/{c}/",
            items,
            f'<span class="page-description">{CATS[c]}</span>',
            f"archive category category-{c}",
        )
    for t, items in by_key(posts, lambda p: p.tags).items():
        archive(
            f"/tag/{t}/",
            items,
            f'<span class="page-description">{TAGS[t]}</span>',
            f"archive tag tag-{t}",
        )
    for u, items in by_key(posts, lambda p: p.author).items():
        a, bio = AUTHORS[u]
        archive(
            f"/author/{u}/",
            items,
            f'<span class="page-subtitle">Author:</span> <span class="page-description">{a}</span>',
            f"archive author author-{u}",
            f'<div class="taxonomy-description author-bio"><p>{escape(bio)}</p></div>',
        )
    for (y, m), items in by_month(posts).items():
        archive(
            f"/{y}/{m:02d}/",
            items,
            f'<span class="page-subtitle">Month:</span> <span class="page-description">{items[0].published:%B} {y}</span>',
            "archive date",
        )

    def block(title, items, cls):
        arts = "".join(
            f'<article class="post-has-image"><div class="entry-wrapper">{f"""<span class="cat-links"><a href="/category/{q.section}/">{CATS[q.section]}</a></span>""" if cls == "top" else ""}<h3 class="entry-title"><a href="{url[q.idx]}" rel="bookmark">{escape(q.title)}</a></h3>{f"<p>{escape(q.paras[0])}</p>" if cls == "top" else ""}<div class="entry-meta">{byline(q)}<time class="entry-date published" datetime="{q.published.isoformat()}">{nice(q.published)}</time></div></div></article>'
            for q in items
        )
        head = f'<h2 class="article-section-title"><span>{title}</span></h2>' if title else ""
        return f'<div class="wp-block-newspack-blocks-homepage-articles is-style-default {cls}">{head}<div data-posts>{arts}</div></div>'

    home = [block("", posts[:1], "top"), block("Latest news", posts[1:7], "latest")]
    for c, items in by_key(posts, lambda p: p.section).items():
        home.append(block(f'<a href="/category/{c}/">{CATS[c]}</a>', items[:3], "section"))
    pages["/"] = html(
        shell(
            f"{SITE} - Nonprofit news for Central Illinois",
            f'<section id="primary" class="content-area"><main id="main" class="site-main"><article class="page type-page entry"><div class="entry-content">{"".join(home)}</div></article></main></section>',
            "home page-template page-template-single-wide",
            sidebar=False,
        )
    )
    for s, (title, text) in PAGES.items():
        pages[f"/{s}/"] = html(
            shell(
                f"{title} - {SITE}",
                f'<section id="primary" class="content-area"><main id="main" class="site-main"><header class="entry-header"><h1 class="entry-title">{title}</h1></header><div class="main-content"><article class="page type-page entry"><div class="entry-content"><p>{text}</p></div></article></div></main></section>',
                "page-template-default page",
            )
        )
    pages["/feed/"] = rss(base, SITE, [(url[p.idx], p) for p in posts[:10]], "en-US")
    pages["/post-sitemap.xml"] = sitemap(
        base, [(url[p.idx], modified[p.idx].isoformat()) for p in posts]
    )
    pages["/page-sitemap.xml"] = sitemap(base, [("/", None)] + [(f"/{s}/", None) for s in PAGES])
    pages["/category-sitemap.xml"] = sitemap(base, [(f"/category/{c}/", None) for c in CATS])
    pages["/author-sitemap.xml"] = sitemap(base, [(f"/author/{u}/", None) for u in AUTHORS])
    pages["/sitemap_index.xml"] = sitemap_index(
        base,
        ["/post-sitemap.xml", "/page-sitemap.xml", "/category-sitemap.xml", "/author-sitemap.xml"],
    )
    pages["/robots.txt"] = robots(base, ["/sitemap_index.xml"], ["/wp-admin/"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: aliases[p.idx])
