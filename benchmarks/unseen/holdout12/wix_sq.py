"""A Wix site with the Wix Blog app, server-rendered (Thunderbolt) post pages, sq, Europe/Tirane.

Modelled on exported Wix Blog post pages: the Thunderbolt shell (`SITE_CONTAINER`, `SITE_HEADER`,
`PAGES_CONTAINER`, `SITE_FOOTER`, `comp-...` ids, the consent banner component), the blog's
`data-hook` markup (`post-page`, `post`, `post-header` with `user-name`, `time-ago` carrying the
date as a title and `time-to-read`, `post-title`, `post-description` holding the Ricos
`rich-content-viewer` paragraphs with `viewer-xxxxx` ids, `post-footer` with `post-tags`,
`view-count`, `comment-count`, `like-button`, `share-buttons`, the `recent-posts` widget and the
comments widget header), the feed page `blog/page/N` pager, category pages `blog/categories/x`
and hashtag pages `blog/hashtags/x`, a JSON-LD `BlogPosting` with UTC `datePublished`, Wix's
Unicode post slugs (`/post/...`, percent-encoded on the wire), the 2017-era
`/single-post/yyyy/MM/dd/Title` URLs answered with a 301 to the new slug, `blog-feed.xml`
(RSS, 20 newest) and the sitemap index with `blog-posts-sitemap.xml`.
"""

from __future__ import annotations

import hashlib
import random
import re
from datetime import UTC
from email.utils import format_datetime
from html import escape
from urllib.parse import quote

from benchmarks.unseen.common import (
    by_key,
    html,
    make_posts,
    paged,
    site_from,
    sitemap,
    sitemap_index,
    xml,
)
from benchmarks.unseen.server import Resp

NAME = "wix_sq"
SITE = "Zëri i Qytetit"
CATS = ["Bashkia", "Transporti", "Arsimi", "Ekonomia", "Shëndetësia"]
TAGS = ["këshilli", "buxheti", "ndërtimi", "shkodra", "qyteti"]
AUTHORS = ["Elira Hoxha", "Arben Kola", "Besa Dervishi"]
MONTHS = ["jan", "shk", "mar", "pri", "maj", "qer", "korr", "gush", "sht", "tet", "nën", "dhj"]
PER = 9


def _slug(title: str) -> str:
    """Wix keeps letters of any script, drops punctuation and joins words with dashes."""
    return "-".join(re.findall(r"\w+", title.lower()))


def _legacy(title: str) -> str:
    """The 2017 blog's slug: words in title case joined by dashes, accents dropped."""
    flat = title.replace("ë", "e").replace("Ë", "E").replace("ç", "c").replace("Ç", "C")
    return "-".join(w[:1].upper() + w[1:] for w in re.findall(r"[A-Za-z0-9]+", flat))


def _vid(seed: str) -> str:
    return "viewer-" + hashlib.sha1(seed.encode()).hexdigest()[:5]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1203, "sq", 30, "Europe/Tirane", CATS, AUTHORS, TAGS)
    rng = random.Random(1203)
    views = {p.idx: rng.randint(40, 900) for p in posts}
    slug = {p.idx: _slug(p.title) for p in posts}

    def url(p):
        return "/post/" + quote(slug[p.idx])

    def legacy(p):
        d = p.published
        return f"/single-post/{d.year}/{d.month:02d}/{d.day:02d}/{_legacy(p.title)}"

    def cat_url(c):
        return "/blog/categories/" + quote(_slug(c))

    def tag_url(t):
        return "/blog/hashtags/" + quote(t)

    def ddate(d):
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"

    def minutes(p):
        return max(1, round(sum(len(x.split()) for x in p.paras) / 200))

    def shell(title, main, head=""):
        menu = "".join(
            f'<li><a data-testid="linkElement" href="{h}" class="UiHGGO"><div class="_pfxlW"><p class="zKbzSQ">{t}</p></div></a></li>'
            for h, t in (
                ("/", "Kreu"),
                ("/blog", "Lajme"),
                ("/rreth-nesh", "Rreth nesh"),
                ("/kontakt", "Kontakt"),
                ("/arkivi", "Arkivi"),
            )
        )
        return f"""<!DOCTYPE html>
<html lang="sq">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>
  <title>{escape(title)}</title>{head}
  <link rel="alternate" type="application/rss+xml" title="{SITE} - RSS" href="{base}/blog-feed.xml">
  <script type="text/javascript">window.viewerModel = {{"site": {{"metaSiteId": "7d1e0c4a", "siteId": "b2c1"}}, "language": {{"siteLanguage": "sq"}}}};</script>
  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.4b3c2e1a.bundle.min.js" async></script>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
  <div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
  <div id="site-root" class="site-root">
    <div id="masterPage" class="mesh-layout">
      <header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
        <div class="_C0cVf"><div id="comp-j0q1a2b3" class="comp-j0q1a2b3 wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"><a href="/" class="wixui-rich-text__text">{SITE}</a></p></div>
        <nav id="comp-j0q1menu" aria-label="Site" class="wixui-dropdown-menu"><ul class="rRy6Zb">{menu}</ul></nav></div>
      </header>
      <main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true">
        <div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
{main}
        </div>
      </main>
      <footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1">
        <div id="comp-j0q1foot" class="wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">© 2017 nga {SITE}. Krijuar me Wix.com</p><p class="font_9 wixui-rich-text__text">Rruga Kole Idromeno 14, Shkodër · info@zeriqytetit.al</p></div>
        <div id="comp-j0q1subs" class="wixui-form"><form><p class="font_8">Abonohu në buletinin tonë javor</p><input type="email" placeholder="Email *" aria-label="Email"/><button data-testid="buttonElement">Abonohu</button></form></div>
        <ul class="wixui-social-bar" aria-label="Social Bar"><li><a href="https://www.facebook.com/zeriqytetit" target="_blank">Facebook</a></li><li><a href="https://www.instagram.com/zeriqytetit" target="_blank">Instagram</a></li></ul>
      </footer>
    </div>
  </div>
  <div id="consent-banner-root" class="consent-banner-root"><div data-hook="consent-banner-root" role="dialog" aria-label="Banner për cookies"><p data-hook="consent-banner-text">Kjo faqe përdor cookies. Duke vazhduar shfletimin, ju pranoni përdorimin e tyre. <a href="/politika-e-privatesise">Politika e privatësisë</a></p><button data-hook="consent-banner-apply-button">Prano</button><button data-hook="consent-banner-settings-button">Cilësimet</button></div></div>
</div></div>
</body>
</html>"""

    def card(p):
        return f"""            <div data-hook="post-list-item" class="gsdSvQ blog-post-homepage-description-font">
              <div data-hook="post-list-item__header"><span data-hook="user-name" class="tQ0Q1A">{escape(p.author)}</span> <span data-hook="time-ago" class="post-metadata__date time-ago" title="{ddate(p.published)}">{ddate(p.published)}</span> <span data-hook="time-to-read" class="post-metadata__readTime">{minutes(p)} min lexim</span></div>
              <a href="{url(p)}" data-hook="post-list-item__title"><h2 data-hook="post-title" class="bD0vt9 blog-post-homepage-title-font"><p class="post-title__text">{escape(p.title)}</p></h2></a>
              <div data-hook="post-description" class="BOlnTh"><div class="BOlnTh post-description">{escape(p.paras[0][:120].rsplit(" ", 1)[0])} ...</div></div>
              <div data-hook="post-list-item__footer"><span data-hook="view-count">{views[p.idx]} shikime</span> <a data-hook="comment-count" href="{url(p)}#comments">0 komente</a> <button data-hook="like-button" aria-label="Pëlqe">♡</button></div>
            </div>"""

    def feed_page(first, heading, items, later):
        def nth(k):
            return first if not k else later.format(k + 1)

        def render(chunk, k, n):
            nav = "".join(
                f'<a data-hook="pagination__page" href="{nth(j)}" class="{"is-active" if j == k else ""}">{j + 1}</a>'
                for j in range(n)
            )
            nxt = (
                f'<a data-hook="pagination__next" href="{nth(k + 1)}" aria-label="Faqja tjetër">&rsaquo;</a>'
                if k + 1 < n
                else ""
            )
            prv = (
                f'<a data-hook="pagination__previous" href="{nth(k - 1)}" aria-label="Faqja e mëparshme">&lsaquo;</a>'
                if k
                else ""
            )
            cats = "".join(
                f'<li><a data-hook="category-menu-item" href="{cat_url(c)}">{c}</a></li>'
                for c in CATS
            )
            main = f"""          <div id="TPAMultiSection_blog" class="wixui-tpa"><div data-hook="blog-desktop-header-container"><nav data-hook="category-menu"><ul><li><a data-hook="category-menu-item" href="/blog">Të gjitha postimet</a></li>{cats}</ul></nav><button data-hook="search-button" aria-label="Kërko">Kërko</button><a data-hook="login-button" href="/account/login">Hyr / Regjistrohu</a></div>
          <section data-hook="feed-page-container"><h1 class="visually-hidden">{escape(heading)}</h1>
{"".join(card(q) for q in chunk)}
          </section>
          <nav data-hook="blog-pagination" class="pagination">{prv}{nav}{nxt}</nav></div>"""
            return shell(f"{heading} | {SITE}", main)

        paged(pages, nth, items, PER, render)

    def post_page(p):
        d = p.published
        paras = "\n".join(
            f'<p id="{_vid(f"{p.idx}-{i}")}" class="mm8Nw _1j-51 roLFQS _1FoOD Ia4pz4 public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-ltr"><span class="_2PHJq public-DraftStyleDefault-ltr">{escape(x)}</span></p>'
            for i, x in enumerate(p.paras)
        )
        recent = [q for q in posts if q is not p][:3]
        rec = "".join(
            f'<div data-hook="post-list-item" class="recent-post"><a href="{url(q)}"><h3 data-hook="post-title">{escape(q.title)}</h3></a><div data-hook="post-footer"><span data-hook="view-count">{views[q.idx]}</span> <span data-hook="comment-count">0</span></div></div>'
            for q in recent
        )
        iso = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        ld = (
            '{"@context":"https://schema.org","@type":"BlogPosting","headline":"'
            + escape(p.title)
            + f'","datePublished":"{iso}","dateModified":"{iso}","author":{{"@type":"Person","name":"{escape(p.author)}"}},"publisher":{{"@type":"Organization","name":"{SITE}"}},"mainEntityOfPage":{{"@type":"WebPage","@id":"{base}{url(p)}"}}}}'
        )
        head = (
            f'\n  <link rel="canonical" href="{base}{url(p)}"/>'
            f'\n  <meta property="og:title" content="{escape(p.title)}"/>'
            f'\n  <meta property="og:description" content="{escape(p.paras[0][:150])}"/>'
            f'\n  <meta property="og:url" content="{base}{url(p)}"/>'
            f'\n  <meta property="og:type" content="article"/>'
            f'\n  <meta property="article:author" content="{escape(p.author)}"/>'
            f'\n  <script type="application/ld+json">{ld}</script>'
        )
        tags = "".join(f'<li><a data-hook="tag" href="{tag_url(t)}">{t}</a></li>' for t in p.tags)
        main = f"""          <div id="TPAMultiSection_post" class="wixui-tpa"><div data-hook="post-page" class="post-page">
            <article data-hook="post" class="blog-post-page-font">
              <div data-hook="post-header" class="post-header">
                <div data-hook="avatar-image" class="avatar"><img src="https://static.wixstatic.com/media/nsplsh_a1b2.jpg/v1/fill/w_32,h_32/avatar.jpg" alt="{escape(p.author)}"/></div>
                <span data-hook="user-name" class="user-name">{escape(p.author)}</span>
                <ul class="post-metadata"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="{ddate(d)}">{ddate(d)}</span></li><li><span data-hook="time-to-read" class="post-metadata__readTime">{minutes(p)} min lexim</span></li></ul>
                <button data-hook="more-button" aria-label="Më shumë veprime">···</button>
              </div>
              <h1 data-hook="post-title" class="post-title blog-post-title-font"><span class="post-title__text blog-post-title-font">{escape(p.title)}</span></h1>
              <div data-hook="post-description" class="post-content__body">
                <div data-rce-version="8.71.0" class="rich-content-viewer" data-id="rich-content-viewer" dir="ltr">
{paras}
                </div>
              </div>
              <div data-hook="post-footer" class="post-footer">
                <ul data-hook="post-tags" class="post-tags">{tags}</ul>
                <div data-hook="share-buttons" class="share-buttons"><a data-hook="share-button" href="https://www.facebook.com/sharer/sharer.php?u={base}{url(p)}" aria-label="Ndaj në Facebook">f</a><a data-hook="share-button" href="https://twitter.com/intent/tweet?url={base}{url(p)}" aria-label="Ndaj në Twitter">t</a><a data-hook="share-button" href="https://www.linkedin.com/shareArticle?url={base}{url(p)}" aria-label="Ndaj në LinkedIn">in</a><button data-hook="share-button" aria-label="Kopjo lidhjen">🔗</button></div>
                <div class="post-stats"><span data-hook="view-count">{views[p.idx]} shikime</span> <span data-hook="comment-count">0 komente</span> <button data-hook="like-button" aria-label="Pëlqe postimin">♡</button></div>
                <a data-hook="category-label" href="{cat_url(p.section)}">{p.section}</a>
              </div>
            </article>
            <section data-hook="recent-posts" class="recent-posts"><h2 class="recent-posts__title">Postimet e fundit</h2><a href="/blog" data-hook="recent-posts__see-all">Shiko të gjitha</a><div class="recent-posts__list">{rec}</div></section>
            <section data-hook="comments-widget" id="comments"><h2 data-hook="comments-title">Komentet</h2><div data-hook="comment-box"><button data-hook="comment-box-placeholder">Shkruani një koment...</button></div></section>
          </div></div>"""
        return shell(f"{p.title}", main, head)

    pages: dict = {}
    for p in posts:
        pages[url(p)] = html(post_page(p))
        pages[legacy(p)] = Resp(
            b"", "text/html; charset=utf-8", 301, {"Location": f"{base}{url(p)}"}
        )
    feed_page("/blog", "Lajme", posts, "/blog/page/{}")
    for c, items in by_key(posts, lambda p: p.section).items():
        feed_page(cat_url(c), c, items, cat_url(c) + "/page/{}")
    for t, items in by_key(posts, lambda p: p.tags).items():
        feed_page(tag_url(t), f"#{t}", items, tag_url(t) + "/page/{}")
    strip = "".join(card(q) for q in posts[:3])
    pages["/"] = html(
        shell(
            f"{SITE} | Lajme nga Shkodra",
            f'<section id="comp-home1" class="wixui-section"><div class="wixui-rich-text"><h1 class="font_0">Lajme nga Shkodra dhe rrethinat</h1><p class="font_8">Gazetë e pavarur online që nga viti 2015.</p></div><div class="wixui-tpa" data-hook="post-list">{strip}</div><a data-testid="linkElement" href="/blog">Të gjitha lajmet</a></section>',
        )
    )
    old = "".join(
        f'<li><a href="{legacy(q)}">{escape(q.title)}</a></li>' for q in posts if q.idx % 3 == 0
    )
    for path, heading, text in (
        ("/rreth-nesh", "Rreth nesh", "Jemi një ekip i vogël gazetarësh vendorë në Shkodër."),
        (
            "/kontakt",
            "Kontakt",
            "Na shkruani në info@zeriqytetit.al ose telefononi +355 22 240 100.",
        ),
        (
            "/politika-e-privatesise",
            "Politika e privatësisë",
            "Të dhënat tuaja përdoren vetëm për buletinin.",
        ),
        ("/account/login", "Hyr", "Hyni me email ose me llogarinë tuaj në Facebook."),
        ("/arkivi", "Arkivi", f"Lidhje të ruajtura nga faqja e vjetër:</p><ul>{old}</ul><p>"),
    ):
        pages[path] = html(
            shell(
                f"{heading} | {SITE}",
                f'<section class="wixui-section"><div class="wixui-rich-text" data-testid="richTextElement"><h1 class="font_0">{heading}</h1><p class="font_8">{text}</p></div></section>',
            )
        )
    items = "".join(
        f"<item><title><![CDATA[{p.title}]]></title><description><![CDATA[{p.paras[0][:200]}]]></description>"
        f'<link>{base}{url(p)}</link><guid isPermaLink="false">{hashlib.md5(str(p.idx).encode()).hexdigest()[:24]}</guid>'
        f"<category><![CDATA[{p.section}]]></category><dc:creator><![CDATA[{p.author}]]></dc:creator>"
        f"<pubDate>{format_datetime(p.published.astimezone(UTC), usegmt=True)}</pubDate></item>"
        for p in posts[:20]
    )
    pages["/blog-feed.xml"] = xml(
        '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">'
        f"<channel><title><![CDATA[{SITE}]]></title><description><![CDATA[{SITE}]]></description><link>{base}/blog</link>"
        f"<generator>RSS for Node</generator><lastBuildDate>{format_datetime(posts[0].published.astimezone(UTC), usegmt=True)}</lastBuildDate>{items}</channel></rss>",
        "application/rss+xml",
    )
    pages["/sitemap.xml"] = sitemap_index(
        base, ["/pages-sitemap.xml", "/blog-posts-sitemap.xml", "/blog-categories-sitemap.xml"]
    )
    pages["/pages-sitemap.xml"] = sitemap(
        base, [(p, None) for p in ("/", "/blog", "/rreth-nesh", "/kontakt", "/arkivi")]
    )
    pages["/blog-posts-sitemap.xml"] = sitemap(
        base, [(url(p), p.published.astimezone(UTC).date().isoformat()) for p in posts]
    )
    pages["/blog-categories-sitemap.xml"] = sitemap(base, [(cat_url(c), None) for c in CATS])
    pages["/robots.txt"] = Resp(
        f"# By Wix\nUser-agent: *\nAllow: /\n\n# Optimization for Google Ads Bot\nUser-agent: AdsBot-Google-Mobile\nUser-agent: AdsBot-Google\nDisallow: /_api/*\nDisallow: /_partials*\nDisallow: /pro-gallery-webapp/v1/galleries/*\n\nSitemap: {base}/sitemap.xml\n".encode(),
        "text/plain; charset=utf-8",
    )
    return site_from(NAME, posts, url, pages)
