"""Brightspot CMS news site (az), Asia/Baku.

Modelled on Perfect Sense's Brightspot base styleguide Handlebars views
(perfectsense/brightspot-base `assets/base/main/ArticleMain.hbs`: `article.Article` with
`meta itemprop="datePublished"`, `Article-breadcrumbs`, `Article-headline`, `Article-subHeadline`,
`Article-byline`, `Article-lead`, `Article-body` of `Article-body-section`s, `Article-tags`,
`Article-socialSharing`, `Article-comments`, `Article-relatedContent`; `PublishDate.hbs`:
`<time class="PublishDate" dateTime="{{isoFormat}}">{{readableFormat}}</time>`;
`promo/ListPromo.hbs` + `ListPromoItem.hbs` for section lists and rails; `page/Page.hbs` header
and footer). Brightspot output around it: `/<section>/<slug>` permalinks, section pages with
`?p=N` paging, tag pages `/tag/<slug>`, author pages, the AMP twin `/amp/<section>/<slug>`
(canonical to the article), `/rss` (25 newest) and a sitemap index of monthly sitemaps.
The readable date is local Baku time without zone; `dateTime` and the meta are UTC.
"""
# ruff: noqa: RUF001

from __future__ import annotations

import random
from datetime import UTC
from email.utils import format_datetime
from html import escape

from benchmarks.unseen.common import (
    by_key,
    by_month,
    html,
    make_posts,
    paged,
    robots,
    site_from,
    sitemap,
    sitemap_index,
    thread,
    xml,
)
from benchmarks.unseen.dev2 import ascii_slug

NAME = "brightspot_az"
SITE = "Region Xəbər"
SECTIONS = {
    "seher": "Şəhər",
    "neqliyyat": "Nəqliyyat",
    "sehiyye": "Səhiyyə",
    "iqtisadiyyat": "İqtisadiyyat",
}
TAGS = ["bələdiyyə", "tikinti", "büdcə", "sakinlər", "layihə"]
AUTHORS = ["Aynur Məmmədova", "Rəşad Əliyev", "Leyla Hüseynova"]
READERS = ["Elvin", "Günay M.", "Tural", "Səbinə", "Orxan Q."]
REMARKS = [
    "Çox yaxşı yazı, təşəkkürlər.",
    "Hər il eyni vəd verilir.",
    "Layihənin sənədlərini harada görmək olar?",
    "Nəhayət ki, bir iş görülür.",
]
MONTHS = ["yanvar", "fevral", "mart", "aprel", "may", "iyun"]
PER = 9
TRANSLIT = str.maketrans(
    {
        "ə": "e",
        "Ə": "E",
        "ı": "i",
        "ş": "s",
        "Ş": "S",
        "ç": "c",
        "Ç": "C",
        "ğ": "g",
        "ö": "o",
        "ü": "u",
        "İ": "I",
    }
)


def slug(text: str, fallback: str) -> str:
    """Brightspot's Utils.toNormalized-style slug: Azerbaijani letters folded to ASCII."""
    return ascii_slug(text.translate(TRANSLIT), fallback)


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1304, "az", 35, "Asia/Baku", list(SECTIONS), AUTHORS, TAGS)
    rng = random.Random(1304)
    talk = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 3) for p in posts}
    url = {p.idx: f"/{p.section}/{slug(p.title, str(p.idx))}" for p in posts}

    def tag_url(t):
        return f"/tag/{slug(t, 'x')}"

    def author_url(a):
        return f"/muellif/{slug(a, 'x')}"

    def iso(d):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def readable(d):
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"

    def publish_date(d):
        return f'<time class="PublishDate" itemprop="datePublished" dateTime="{iso(d)}">{readable(d)}</time>'

    def promo(q, lead=False):
        desc = (
            f'<div class="ListPromoItem-description">{escape(q.paras[0][:140].rsplit(" ", 1)[0])}…</div>'
            if lead
            else ""
        )
        return (
            f'<div class="ListPromoItem"><div class="ListPromoItem-image"><a href="{url[q.idx]}"><img class="Image" src="https://cdn.regionxeber.az/dims4/default/1a2b3c/2147483647/resize/400x/quality/90/?url=https%3A%2F%2Fregionxeber.az%2F{q.idx}.jpg" alt=""></a></div>'
            f'<div class="ListPromoItem-content"><div class="ListPromoItem-category"><a href="/{q.section}">{SECTIONS[q.section]}</a></div>'
            f'<div class="ListPromoItem-title"><a class="Link" href="{url[q.idx]}">{escape(q.title)}</a></div>{desc}'
            f'<div class="ListPromoItem-date">{publish_date(q.published)}</div></div></div>'
        )

    def rail():
        most = "".join(promo(q) for q in posts[3:8])
        return f"""<aside class="Page-aside">
            <div class="ListPromo ListPromo-mostRead"><div class="ListPromo-title">Ən çox oxunan</div><div class="ListPromo-items">{most}</div></div>
            <div class="NewsletterModule"><div class="NewsletterModule-title">Gündəlik bülleten</div><div class="NewsletterModule-description">Günün əsas xəbərləri hər səhər poçt qutunuzda.</div><form class="NewsletterModule-form" action="/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="E-poçt ünvanınız"><button type="submit">Abunə ol</button></form></div>
        </aside>"""

    def shell(title, main, head="", canonical=None, aside=True):
        nav = "".join(
            f'<li class="NavigationItem"><a class="NavigationItem-text-link" href="/{k}">{v}</a></li>'
            for k, v in SECTIONS.items()
        )
        canon = f'\n    <link rel="canonical" href="{base}{canonical}">' if canonical else ""
        return f"""<!DOCTYPE html>
<html class="Page" lang="az" itemscope itemtype="http://schema.org/WebPage">
<head>
    <meta charset="UTF-8">
    <title>{escape(title)}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="brightspot.contentId" content="0000015a-8c3d-d1f2-a97e-8d7f5b6c0000">{canon}{head}
    <link rel="alternate" type="application/rss+xml" title="{SITE}" href="{base}/rss">
    <link rel="stylesheet" href="/resource/00000159-3f1e-d6d4-a5dd-7f7f95c30000/styleguide/All.min.e1c4b2e0a.gz.css">
    <script src="/resource/00000159-3f1e-d6d4-a5dd-7f7f95c30000/styleguide/All.min.7a3a1b2c.gz.js" async></script>
</head>
<body class="Page-body">
    <header class="Page-header">
        <div class="Page-header-bar"><div class="Page-header-logo"><a href="/"><img src="/resource/logo-regionxeber.svg" alt="{SITE}"></a></div>
        <div class="Page-header-search"><form class="SearchOverlay-search-form" action="/axtaris" method="get"><input class="SearchOverlay-search-input" name="q" placeholder="Axtarış"><button class="SearchOverlay-search-submit">Axtar</button></form></div>
        <div class="Page-header-social"><a href="https://facebook.com/regionxeber">Facebook</a> <a href="https://twitter.com/regionxeber">Twitter</a></div></div>
        <nav class="Page-header-navigation"><ul class="Navigation-items"><li class="NavigationItem"><a class="NavigationItem-text-link" href="/">Əsas səhifə</a></li>{nav}</ul></nav>
    </header>
    <div class="Page-content">
        <main class="Page-main">
{main}
        </main>
        {rail() if aside else ""}
    </div>
    <footer class="Page-footer">
        <div class="Page-footer-navigation"><ul><li><a href="/haqqimizda">Haqqımızda</a></li><li><a href="/elaqe">Əlaqə</a></li><li><a href="/mexfilik-siyaseti">Məxfilik siyasəti</a></li><li><a href="/rss">RSS</a></li></ul></div>
        <div class="Page-footer-disclaimer">© 2017 {SITE}. Materiallardan istifadə zamanı istinad mütləqdir.</div>
        <div class="Page-footer-poweredBy">Powered by <a href="https://www.brightspot.com">Brightspot</a></div>
    </footer>
    <div class="PushNotificationPrompt" data-prompt><div class="PushNotificationPrompt-text">Son xəbərlərdən dərhal xəbərdar olmaq istəyirsiniz?</div><button class="PushNotificationPrompt-accept">Bəli</button><button class="PushNotificationPrompt-decline">Xeyr</button></div>
</body>
</html>"""

    def article(p):
        i = posts.index(p)
        related = "".join(promo(q) for q in (posts[i + 1 : i + 4] or posts[:3]) if q is not p)
        tags = "".join(
            f'<li class="Tags-item"><a class="Link" href="{tag_url(t)}">{escape(t)}</a></li>'
            for t in p.tags
        )
        sections = "\n        ".join(
            f'<div class="Article-body-section"><div class="RichTextBody"><p>{escape(x)}</p></div></div>'
            for x in p.paras
        )
        cs = talk[p.idx]
        comments = "".join(
            f'<li class="Comment"><div class="Comment-author">{escape(w)}</div><div class="Comment-date">{readable(t)}</div><div class="Comment-body">{escape(x)}</div></li>'
            for w, t, x in cs
        )
        return f"""<article class="Article" itemprop="mainEntity" itemscope itemtype="http://schema.org/NewsArticle">
    <meta itemprop="datePublished" content="{iso(p.published)}">
    <meta itemprop="dateModified" content="{iso(p.published)}">
    <div class="Article-breadcrumbs"><ul class="Breadcrumbs"><li class="Breadcrumbs-item"><a href="/">Əsas səhifə</a></li><li class="Breadcrumbs-item"><a href="/{p.section}">{SECTIONS[p.section]}</a></li></ul></div>
    <div class="Article-headline" itemprop="headline">
        <h1>{escape(p.title)}</h1>
    </div>
    <div class="Article-byline">
        <div class="Byline"><span class="Byline-by">Müəllif:</span> <a class="Byline-author" href="{author_url(p.author)}" itemprop="author">{escape(p.author)}</a></div>
        <div class="Article-dates">{publish_date(p.published)}</div>
    </div>
    <div class="Article-lead"><figure class="Figure"><img class="Image" src="https://cdn.regionxeber.az/dims4/default/9f8e7d/2147483647/resize/1200x/quality/90/?url=https%3A%2F%2Fregionxeber.az%2F{p.idx}.jpg" alt=""><figcaption class="Figure-caption">Foto: {SITE} arxivi</figcaption></figure></div>
    <div class="Article-body" itemprop="articleBody">
        {sections}
    </div>
    <div class="Article-tags"><ul class="Tags">{tags}</ul></div>
    <div class="Article-socialSharing"><div class="SocialBar"><a class="SocialLink" data-social-service="facebook" href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}">Paylaş</a><a class="SocialLink" data-social-service="twitter" href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}">Tvit</a><a class="SocialLink" data-social-service="whatsapp" href="whatsapp://send?text={base}{url[p.idx]}">WhatsApp</a></div></div>
    <div class="Article-comments"><div class="CommentsModule"><div class="CommentsModule-title">Şərhlər ({len(cs)})</div><ul class="CommentsModule-list">{comments}</ul><a class="CommentsModule-login" href="/giris">Şərh yazmaq üçün daxil olun</a></div></div>
    <div class="Article-relatedContent"><div class="ListPromo"><div class="ListPromo-title">Digər xəbərlər</div><div class="ListPromo-items">{related}</div></div></div>
</article>"""

    def amp(p):
        body = "".join(f"<p>{escape(x)}</p>" for x in p.paras)
        return f"""<!doctype html>
<html amp lang="az">
<head>
    <meta charset="utf-8">
    <title>{escape(p.title)} | {SITE}</title>
    <link rel="canonical" href="{base}{url[p.idx]}">
    <meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
    <script async src="https://cdn.ampproject.org/v0.js"></script>
</head>
<body class="AmpPage">
    <header class="AmpPage-header"><a href="{base}/">{SITE}</a></header>
    <article class="AmpArticle">
        <div class="AmpArticle-headline"><h1>{escape(p.title)}</h1></div>
        <div class="AmpArticle-byline">{escape(p.author)} · {publish_date(p.published)}</div>
        <div class="AmpArticle-body">{body}</div>
    </article>
    <footer class="AmpPage-footer">© 2017 {SITE}</footer>
</body>
</html>"""

    pages: dict = {}
    for p in posts:
        head = (
            f'\n    <meta property="og:type" content="article">\n    <meta property="og:title" content="{escape(p.title)}">'
            f'\n    <meta property="article:published_time" content="{iso(p.published)}">'
            f'\n    <link rel="amphtml" href="{base}/amp{url[p.idx]}">'
        )
        pages[url[p.idx]] = html(shell(f"{p.title} | {SITE}", article(p), head, url[p.idx]))
        pages["/amp" + url[p.idx]] = html(amp(p))

    def lister(root, heading, items):
        def nth(k):
            return root + (f"?p={k + 1}" if k else "")

        def render(chunk, k, n):
            more = (
                f'<div class="ListPromo-nextPage"><a class="Link" href="{nth(k + 1)}">Daha çox</a></div>'
                if k + 1 < n
                else ""
            )
            prev = (
                f'<div class="ListPromo-previousPage"><a class="Link" href="{nth(k - 1)}">Əvvəlki</a></div>'
                if k
                else ""
            )
            main = f"""<div class="SectionPage"><h1 class="SectionPage-title">{escape(heading)}</h1>
            <div class="ListPromo ListPromo-list"><div class="ListPromo-items">{"".join(promo(q, True) for q in chunk)}</div>{prev}{more}</div></div>"""
            return shell(f"{heading} | {SITE}", main, canonical=nth(k))

        paged(pages, nth, items, PER, render)

    for s, items in by_key(posts, lambda p: p.section).items():
        lister(f"/{s}", SECTIONS[s], items)
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(tag_url(t), f"Teq: {t}", items)
    for a, items in by_key(posts, lambda p: p.author).items():
        lister(author_url(a), a, items)
    home = f"""<div class="HomePage">
            <div class="ListPromo ListPromo-lead"><div class="ListPromo-title">Əsas xəbərlər</div><div class="ListPromo-items">{"".join(promo(q, True) for q in posts[:4])}</div></div>
            <div class="ListPromo ListPromo-latest"><div class="ListPromo-title">Son xəbərlər</div><div class="ListPromo-items">{"".join(promo(q) for q in posts[4:12])}</div></div>
        </div>"""
    pages["/"] = html(shell(SITE, home, canonical="/"))
    for slug_, h, txt in (
        ("haqqimizda", "Haqqımızda", "Region Xəbər bölgələrdən müstəqil xəbər portalıdır."),
        ("elaqe", "Əlaqə", "Redaksiya ilə əlaqə: info@regionxeber.az"),
        (
            "mexfilik-siyaseti",
            "Məxfilik siyasəti",
            "Şəxsi məlumatlarınız yalnız bülleten göndərilməsi üçün istifadə olunur.",
        ),
    ):
        pages[f"/{slug_}"] = html(
            shell(
                f"{h} | {SITE}",
                f'<div class="Page-main-content"><h1 class="PageTitle">{h}</h1><div class="RichTextBody"><p>{txt}</p></div></div>',
                canonical=f"/{slug_}",
            )
        )
    items = "".join(
        f'<item><title>{escape(p.title)}</title><link>{base}{url[p.idx]}</link><guid isPermaLink="false">{base}{url[p.idx]}</guid>'
        f"<pubDate>{format_datetime(p.published.astimezone(UTC), usegmt=True)}</pubDate><dc:creator>{escape(p.author)}</dc:creator>"
        f"<category>{SECTIONS[p.section]}</category><description>{escape(p.paras[0])}</description></item>"
        for p in posts[:25]
    )
    pages["/rss"] = xml(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
        f'<channel><title>{SITE}</title><link>{base}/</link><atom:link href="{base}/rss" rel="self" type="application/rss+xml"/><description>Bölgələrdən xəbərlər</description><language>az</language>{items}</channel></rss>',
        "application/rss+xml",
    )
    maps = []
    for (y, m), group in by_month(posts).items():
        path = f"/sitemap/{y}/{m:02d}.xml"
        maps.append(path)
        pages[path] = sitemap(base, [(url[p.idx], iso(p.published)) for p in group])
    pages["/sitemap.xml"] = sitemap_index(base, maps)
    pages["/robots.txt"] = robots(base, ["/sitemap.xml"], ["/axtaris", "/_preview", "/giris"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: ["/amp" + url[p.idx]])
