"""HOLDOUT: do not read or tune against this module. Arabic RTL WordPress news theme: Yoast, replytocom, AMP, shortlink, campaign-tagged feed."""

from __future__ import annotations

import json
import random
from html import escape

from benchmarks.unseen.common import (
    by_key,
    by_month,
    html,
    make_posts,
    news_sitemap,
    paged,
    robots,
    site_from,
    sitemap,
    sitemap_index,
    thread,
    xml,
)

NAME = "arabic_news"
SITE = "الغد المحلي"
CATS = {"local": "محليات", "economy": "اقتصاد", "governorates": "محافظات"}
TAGS = {
    "baladiyat": "بلديات",
    "mashari": "مشاريع",
    "miyah": "مياه",
    "naql": "النقل العام",
    "taaleem": "التعليم",
}
AUTHORS = {"ahmad-khatib": "أحمد الخطيب", "sara-ali": "سارة العلي", "editor": "المحرر"}
MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
READERS = ["محمد", "أم خالد", "أبو سامي", "ليلى", "مواطن غيور", "عمر الزعبي"]
LINES = [
    "نتمنى الإسراع في التنفيذ، فقد طال الانتظار.",
    "الوعود كثيرة والتنفيذ قليل.",
    "شكراً للصحيفة على متابعة هذا الملف.",
    "أين كانت هذه الخطط في السنوات الماضية؟",
    "خطوة جيدة إذا تمت بشفافية.",
]


def _ar_date(d, with_time=True) -> str:
    s = f"{d.day} {MONTHS[d.month - 1]}، {d.year}"
    if with_time:
        h = d.hour % 12 or 12
        s = f"{DAYS[d.weekday()]} {s} - {h}:{d.minute:02d} {'ص' if d.hour < 12 else 'م'}"
    return s


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        1505,
        "ar",
        32,
        "Asia/Amman",
        list(CATS.values()),
        list(AUTHORS.values()),
        list(TAGS.values()),
    )
    rng = random.Random(1505)
    cat_slug = {v: k for k, v in CATS.items()}
    tag_slug = {v: k for k, v in TAGS.items()}
    auth_slug = {v: k for k, v in AUTHORS.items()}
    pid = {p.idx: 60000 + p.idx * 7 for p in posts}
    u = {p.idx: f"/archives/{pid[p.idx]}" for p in posts}
    amp = {p.idx: u[p.idx] + "/amp" for p in posts}
    short = {p.idx: f"/?p={pid[p.idx]}" for p in posts}
    campaign = {
        p.idx: f"{u[p.idx]}?utm_source=rss&utm_medium=rss&utm_campaign={pid[p.idx]}" for p in posts
    }
    threads = {p.idx: thread(rng, READERS, LINES, p.published, 0, 5) for p in posts}
    cids = {p.idx: [pid[p.idx] * 10 + j for j in range(len(threads[p.idx]))] for p in posts}
    reply = {p.idx: [f"{u[p.idx]}?replytocom={c}" for c in cids[p.idx]] for p in posts}
    pages: dict = {}

    def shell(title, main, head="", body_class="archive"):
        ticker = "".join(f'<li><a href="{u[q.idx]}">{escape(q.title)}</a></li>' for q in posts[:5])
        menu = "".join(
            f'<li class="menu-item"><a href="/category/{k}/">{v}</a></li>' for k, v in CATS.items()
        )
        return f"""<!DOCTYPE html>
<html dir="rtl" lang="ar" class=""><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>{escape(title)}</title>{head}
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; الخلاصة" href="{base}/feed/" /><link rel='stylesheet' id='tie-css-base-css' href='/wp-content/themes/jannah/assets/css/base.min.css' type='text/css' media='all' /><meta name="generator" content="WordPress 4.7.3" /></head>
<body id="tie-body" class="rtl {body_class} wrapper-has-shadow block-head-1 is-thumb-overlay-disabled is-desktop is-header-layout-3">
<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">
<div id="top-nav" class="top-nav header-nav"><div class="container"><div class="topbar-wrapper"><div class="topbar-today-date">{_ar_date(posts[0].published, False)}</div>
<div class="breaking controls-is-active"><span class="breaking-title"><span class="breaking-title-text">عاجل</span></span><ul id="breaking-news-in-header" class="breaking-news" data-type="reveal">{ticker}</ul></div></div></div></div>
<header id="theme-header" class="theme-header header-layout-3"><div class="container"><div class="logo-wrapper"><div id="logo" class="image-logo"><a title="{SITE}" href="/"><img src="/wp-content/uploads/logo.png" alt="{SITE}"><h1 class="h1-off">{SITE}</h1></a></div></div></div>
<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav"><ul id="menu-main" class="menu"><li class="menu-item"><a href="/">الرئيسية</a></li>{menu}<li class="menu-item"><a href="/2017/04/">الأرشيف</a></li><li class="menu-item"><a href="/?s=">بحث</a></li></ul></nav></div></header>
<div id="content" class="site-content container"><div class="tie-row main-content-row">{main}
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side" aria-label="القائمة الجانبية الرئيسية"><div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><h4>الأكثر قراءة</h4></div><ul class="posts-list-items">{"".join(f'<li class="widget-post-list"><a href="{u[q.idx]}">{escape(q.title)}</a></li>' for q in posts[6:11])}</ul></div>
<div id="tie-newsletter-1" class="container-wrapper widget subscribe-widget"><div class="widget-inner-wrap"><span class="tie-icon-envelope newsletter-icon"></span><div class="subscribe-widget-content"><h4>النشرة البريدية</h4><p>اشترك ليصلك ملخص أخبار المحافظة كل صباح.</p></div><form method="post" class="subscribe-form"><input class="subscribe-input required email" type="email" placeholder="بريدك الإلكتروني"><input class="button subscribe-submit" type="submit" value="اشترك"></form></div></div></aside></div></div>
<footer id="footer" class="site-footer dark-skin"><div id="site-info" class="site-info"><div class="container"><div class="copyright-text">جميع الحقوق محفوظة © 2017 {SITE}. يمنع النقل أو الاقتباس دون ذكر المصدر.</div><ul id="menu-footer" class="menu"><li><a href="/about/">من نحن</a></li><li><a href="/contact/">اتصل بنا</a></li><li><a href="/privacy-policy/">سياسة الخصوصية</a></li></ul></div></div></footer>
</div></div></div>
<div id="cookie-law-info-bar" data-cli-style="cli-style-v2"><span>يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على ذلك.<a role="button" class="cli_action_button" id="cookie_action_close_header">موافق</a> <a href="/privacy-policy/" id="CONSTANT_OPEN_URL" class="cli-plugin-main-link">اقرأ المزيد</a></span></div></body></html>"""

    def item(p):
        return (
            f'<li class="post-item tie-standard"><a aria-label="{escape(p.title)}" href="{u[p.idx]}" class="post-thumb"><span class="post-cat-wrap"><span class="post-cat">{p.section}</span></span></a>'
            f'<div class="post-details"><div class="post-meta clearfix"><span class="date meta-item tie-icon">{_ar_date(p.published, False)}</span></div>'
            f'<h2 class="post-title"><a href="{u[p.idx]}">{escape(p.title)}</a></h2><p class="post-excerpt">{escape(p.paras[0][:110])}…</p><a class="more-link button" href="{u[p.idx]}">أكمل القراءة »</a></div></li>'
        )

    def yoast(p, title_url):
        d = p.published
        g = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "NewsArticle",
                    "@id": base + title_url + "#article",
                    "headline": p.title,
                    "datePublished": d.isoformat(),
                    "dateModified": d.isoformat(),
                    "author": {"name": p.author},
                    "articleSection": p.section,
                    "inLanguage": "ar",
                },
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {"@type": "ListItem", "position": 1, "name": "الرئيسية"},
                        {"@type": "ListItem", "position": 2, "name": p.section},
                        {"@type": "ListItem", "position": 3, "name": p.title},
                    ],
                },
            ],
        }
        return f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(g, ensure_ascii=False)}</script>'

    def article(p):
        d = p.published
        i = posts.index(p)
        cs = cat_slug[p.section]
        com = threads[p.idx]
        body = []
        for k, x in enumerate(p.paras):
            body.append(f"<p>{escape(x)}</p>")
            if k == 1:
                q = posts[(i + 3) % len(posts)]
                body.append(
                    f'<p class="read-also"><strong>اقرأ أيضاً: <a href="{u[q.idx]}">{escape(q.title)}</a></strong></p><div class="stream-item stream-item-in-post stream-item-inline-post aligncenter"><span class="stream-title">إعلان</span></div>'
                )
        coms = "".join(
            f'<li id="comment-{c}" class="comment even thread-even depth-1"><article id="div-comment-{c}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(w)}</b> <span class="says">says:</span></div>'
            f'<div class="comment-metadata"><a href="{u[p.idx]}#comment-{c}"><time datetime="{t.isoformat()}">{_ar_date(t, False)} في {t.strftime("%H:%M")}</time></a></div></footer><div class="comment-content"><p>{escape(x)}</p></div>'
            f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{r}#respond" aria-label="الرد على {escape(w)}">رد</a></div></article></li>'
            for (w, t, x), c, r in zip(com, cids[p.idx], reply[p.idx], strict=True)
        )
        prv = posts[i + 1] if i + 1 < len(posts) else None
        nxt = posts[i - 1] if i else None
        head = (
            f'<link rel="canonical" href="{base}{u[p.idx]}" /><meta property="og:locale" content="ar_AR" /><meta property="og:type" content="article" /><meta property="og:title" content="{escape(p.title)}" />'
            f'<meta property="article:section" content="{p.section}" /><meta property="article:published_time" content="{d.isoformat()}" />{yoast(p, u[p.idx])}'
            f"<link rel='shortlink' href='{base}{short[p.idx]}' /><link rel=\"amphtml\" href=\"{base}{amp[p.idx]}\">"
        )
        main = f"""<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard"><header class="entry-header-outer"><nav id="breadcrumb"><a href="/"><span class="tie-icon-home" aria-hidden="true"></span> الرئيسية</a><em class="delimiter">/</em><a href="/category/{cs}/">{p.section}</a><em class="delimiter">/</em><span class="current">{escape(p.title)}</span></nav>
<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-{cs}" href="/category/{cs}/">{p.section}</a></span><h1 class="post-title entry-title">{escape(p.title)}</h1>
<div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper"><span class="meta-author"><a href="/author/{auth_slug[p.author]}/" class="author-name tie-icon" title="{p.author}">{p.author}</a></span></span></span><span class="date meta-item tie-icon">{_ar_date(d)}</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">{len(com)}</span><span class="meta-views meta-item">{rng.randint(120, 9000)} </span></div></div></div></header>
<div id="share-buttons-top" class="share-buttons share-buttons-top"><div class="share-links"><a href="https://www.facebook.com/sharer.php?u={base}{short[p.idx]}" rel="external noopener nofollow" class="facebook-share-btn"><span class="share-btn-icon tie-icon-facebook"></span> <span class="social-text">فيسبوك</span></a><a href="https://twitter.com/intent/tweet?text={escape(p.title)}&url={base}{short[p.idx]}" class="twitter-share-btn"><span class="social-text">تويتر</span></a><a href="https://api.whatsapp.com/send?text={base}{short[p.idx]}" class="whatsapp-share-btn"><span class="social-text">واتساب</span></a><a href="https://telegram.me/share/url?url={base}{short[p.idx]}" class="telegram-share-btn"><span class="social-text">تيلقرام</span></a><a href="#" class="print-share-btn"><span class="social-text">طباعة</span></a></div></div>
<div class="entry-content entry clearfix">{"".join(body)}</div>
<div id="post-extra-info"><div class="theiaStickySidebar"></div></div>
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> الوسوم</div><span class="tagcloud">{"".join(f'<a href="/tag/{tag_slug[t]}/" rel="tag">{t}</a>' for t in p.tags)}</span></div>
</article>
<div class="post-components"><div class="about-author container-wrapper about-author-author"><div class="author-info"><h3 class="author-name"><a href="/author/{auth_slug[p.author]}/">{p.author}</a></h3><div class="author-bio">صحفي في قسم {p.section}، يغطي شؤون البلديات والخدمات.</div></div></div>
<div class="prev-next-post-nav container-wrapper media-overlay">{f'<div class="tie-col-xs-6 prev-post"><a href="{u[prv.idx]}" class="post-thumb"><span class="post-nav-title">المقال السابق</span></a><h3 class="post-title">{escape(prv.title)}</h3></div>' if prv else ""}{f'<div class="tie-col-xs-6 next-post"><a href="{u[nxt.idx]}" class="post-thumb"><span class="post-nav-title">المقال التالي</span></a><h3 class="post-title">{escape(nxt.title)}</h3></div>' if nxt else ""}</div>
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>مقالات ذات صلة</h3></div><div class="related-posts-list">{"".join(f'<div class="related-item"><a href="{u[q.idx]}" class="post-thumb"></a><h3 class="post-title"><a href="{u[q.idx]}">{escape(q.title)}</a></h3><div class="post-meta"><span class="date meta-item">{_ar_date(q.published, False)}</span></div></div>' for q in [q for q in posts if q.section == p.section and q is not p][:4])}</div></div>
<div id="comments" class="comments-area"><div id="add-comment-block" class="container-wrapper"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">اترك تعليقاً</h3><form method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.</span> الحقول الإلزامية مشار إليها بـ <span class="required">*</span></p><p class="comment-form-comment"><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /></p></form></div></div>
{f'<div id="comments-box" class="container-wrapper"><div class="block-head"><h3 id="comments-title" class="the-global-title has-block-head-4">{len(com)} تعليقات</h3></div><ol class="comment-list">{coms}</ol></div>' if com else ""}</div></div></div>"""
        return shell(
            f"{p.title} - {SITE}",
            main,
            head,
            f"post-template-default single single-post postid-{pid[p.idx]} single-format-standard",
        )

    def amp_page(p):
        return f"""<!doctype html><html amp lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{escape(p.title)} - {SITE}</title><link rel="canonical" href="{base}{u[p.idx]}"><meta name="viewport" content="width=device-width">{yoast(p, u[p.idx])}
<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{{visibility:hidden}}</style></head>
<body class="amp-single"><header id="#top" class="amp-wp-header"><div><a href="{base}/">{SITE}</a></div></header>
<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">{escape(p.title)}</h1><div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{p.author}</span></div><div class="amp-wp-meta amp-wp-posted-on"><time datetime="{p.published.isoformat()}">{_ar_date(p.published)}</time></div></header>
<div class="amp-wp-article-content">{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">التصنيفات: <a href="{base}/category/{cat_slug[p.section]}/" rel="category tag">{p.section}</a></div><div class="amp-wp-meta amp-wp-comments-link"><a href="{base}{u[p.idx]}#respond">اترك تعليقاً</a></div></footer></article>
<footer class="amp-wp-footer"><div><h2>{SITE}</h2><a href="#top" class="back-to-top">العودة للأعلى ↑</a></div></footer></body></html>"""

    for p in posts:
        page = html(article(p))
        pages[u[p.idx]] = page
        pages[short[p.idx]] = page
        pages[campaign[p.idx]] = page
        for r in reply[p.idx]:
            pages[r] = page
        pages[amp[p.idx]] = html(amp_page(p))

    def listing(path0, title, items, per, desc=""):
        nth = lambda k: path0 if not k else f"{path0}page/{k + 1}/"  # noqa: E731

        def render(chunk, k, n):
            nav = "".join(
                f'<li class="{"current" if j == k else ""}"><a href="{nth(j)}">{j + 1}</a></li>'
                for j in range(n)
            )
            return shell(
                f"{title} - {SITE}" + (f" - الصفحة {k + 1}" if k else ""),
                f'<div class="main-content tie-col-md-8 tie-col-xs-12" role="main"><header class="entry-header-outer container-wrapper"><nav id="breadcrumb"><a href="/">الرئيسية</a><em class="delimiter">/</em><span class="current">{escape(title)}</span></nav><h1 class="page-title">{escape(title)}</h1>{desc}</header>'
                f'<div class="mag-box wide-post-box"><div class="container-wrapper"><div class="mag-box-container clearfix"><ul id="posts-container" class="posts-items">{"".join(item(p) for p in chunk)}</ul>'
                f'<div class="pages-nav"><div class="pages-numbers pages-standard"><ul>{nav}</ul></div></div></div></div></div></div>',
                f'<link rel="canonical" href="{base}{nth(k)}" />',
            )

        paged(pages, nth, items, per, render)

    listing("/", SITE, posts, 10)
    for k, v in CATS.items():
        listing(f"/category/{k}/", v, [p for p in posts if p.section == v], 8)
    for t, items in by_key(posts, lambda p: p.tags).items():
        listing(f"/tag/{tag_slug[t]}/", f"الوسم: {t}", items, 8)
    for a, items in by_key(posts, lambda p: p.author).items():
        listing(
            f"/author/{auth_slug[a]}/",
            a,
            items,
            8,
            '<p class="archive-description">جميع مقالات الكاتب.</p>',
        )
    for (y, m), items in by_month(posts).items():
        listing(f"/{y}/{m:02d}/", f"الأرشيف الشهري: {MONTHS[m - 1]} {y}", items, 10)
    pages["/?s="] = html(
        shell(
            f"نتائج البحث - {SITE}",
            '<div class="main-content tie-col-md-8" role="main"><h1 class="page-title">البحث</h1><form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" name="s"><input type="submit" value="بحث"></form><p>اكتب كلمة للبحث في أرشيف الأخبار.</p></div>',
        )
    )
    for path, title, text in [
        (
            "/about/",
            "من نحن",
            "صحيفة إلكترونية مستقلة تعنى بأخبار البلديات والمحافظات منذ عام 2012.",
        ),
        (
            "/contact/",
            "اتصل بنا",
            "للتواصل مع هيئة التحرير يرجى استخدام النموذج أدناه أو الاتصال بمكتب الأخبار.",
        ),
        (
            "/privacy-policy/",
            "سياسة الخصوصية",
            "نحترم خصوصيتك ولا نشارك بياناتك مع أي طرف ثالث دون إذنك.",
        ),
    ]:
        pages[path] = html(
            shell(
                f"{title} - {SITE}",
                f'<div class="main-content tie-col-md-8" role="main"><article class="container-wrapper post-content"><h1 class="post-title">{title}</h1><div class="entry-content"><p>{text}</p></div></article></div>',
                body_class="page",
            )
        )

    feed = [
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{SITE}</title><link>{base}</link><description>أخبار البلديات والمحافظات</description><language>ar</language>'
    ]
    for p in posts[:10]:
        feed.append(
            f"<item><title>{escape(p.title)}</title><link>{base}{escape(campaign[p.idx])}</link><comments>{base}{u[p.idx]}#respond</comments><pubDate>{p.published.strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate>"
            f'<dc:creator><![CDATA[{p.author}]]></dc:creator><category><![CDATA[{p.section}]]></category><guid isPermaLink="false">{base}{short[p.idx]}</guid><description><![CDATA[{p.paras[0][:140]} [&#8230;]]]></description></item>'
        )
    feed.append("</channel></rss>")
    pages["/feed/"] = xml("".join(feed), "application/rss+xml")
    pages["/post-sitemap.xml"] = sitemap(base, [(u[p.idx], p.published.isoformat()) for p in posts])
    pages["/category-sitemap.xml"] = sitemap(base, [(f"/category/{k}/", None) for k in CATS])
    pages["/sitemap_index.xml"] = sitemap_index(
        base, ["/post-sitemap.xml", "/category-sitemap.xml"]
    )
    pages["/news-sitemap.xml"] = news_sitemap(base, SITE, "ar", [(u[p.idx], p) for p in posts[:8]])
    pages["/robots.txt"] = robots(base, ["/sitemap_index.xml", "/news-sitemap.xml"], ["/wp-admin/"])
    return site_from(
        NAME,
        posts,
        lambda p: u[p.idx],
        pages,
        lambda p: [short[p.idx], campaign[p.idx], amp[p.idx], *reply[p.idx]],
    )
