"""A Jimdo Creator site's blog (tr): /YYYY/MM/DD/slug/ posts built of modules, sitemap only."""
# ruff: noqa: RUF001  (non-Latin scripts and typographic quotes are the point here)

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import (
    by_key,
    by_month,
    html,
    make_posts,
    robots,
    site_from,
    sitemap,
    thread,
)
from benchmarks.unseen.holdout8 import ascii_slug

NAME = "jimdo_tr"
SITE = "Kadıköy Mahalle Haberleri"
CATS = {"belediye": "Belediye", "ulasim": "Ulaşım", "egitim": "Eğitim", "kultur": "Kültür"}
TAGS = ["meclis", "bütçe", "metro", "okullar", "park", "imar"]
AUTHORS = ["Elif Yıldız", "Murat Kaya"]
DAYS = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs"]
READERS = ["Ayşe", "Mehmet B.", "moda sakini", "Zeynep", "Hakan", "Selin T."]
REMARKS = [
    "Nihayet biri bu konuyu yazdı, teşekkürler.",
    "Peki bu işin parası nereden çıkacak?",
    "Bizim sokakta hâlâ hiçbir çalışma yok.",
    "Toplantı tarihi belli mi, bilen var mı?",
    "Güzel haber, umarım bu sefer gerçekleşir.",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(986, "tr", 28, "Europe/Istanbul", list(CATS), AUTHORS, TAGS)
    rng = random.Random(986)
    threads = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 4) for p in posts}
    url = {p.idx: f"/{p.published:%Y/%m/%d}/{ascii_slug(p.title, p.slug)}/" for p in posts}
    mod = {p.idx: 9140000000 + 1000 * p.idx for p in posts}
    order = {p.idx: i for i, p in enumerate(posts)}

    def fdate(d):
        return f"{DAYS[d.weekday()]}, {d:%d} {MONTHS[d.month - 1]} {d.year}"

    def shell(title, content, active="/blog/", head=""):
        def li(href, label):
            cur = " current" if href == active else ""
            return f'<li class="jmd-nav__list-item-0{cur}"><a href="{href}" data-link-title="{label}">{label}</a></li>'

        nav = (
            li("/", "Ana Sayfa")
            + li("/blog/", "Haberler")
            + li("/hakkimizda/", "Hakkımızda")
            + li("/iletisim/", "İletişim")
        )
        recent = "".join(
            f'<div class="blogselection"><p class="datetime">{q.published:%d.%m.%Y}</p><h2 class="blogtitle"><a href="{url[q.idx]}">{escape(q.title)}</a></h2></div>'
            for q in posts[:4]
        )
        return f"""<!DOCTYPE html>
<html lang="tr-TR" class="jimdo-creator">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8"/>
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="description" content="{SITE}: Kadıköy'den yerel haberler"/>
<meta name="robots" content="index, follow, archive"/>
<meta property="st:section" content="{SITE}"/>
<meta name="generator" content="Jimdo Creator"/>{head}
<link rel="stylesheet" type="text/css" href="https://assets.jimstatic.com/web_layout.css.7a5b0f3c.css" media="all"/>
<link rel="stylesheet" type="text/css" href="https://assets.jimstatic.com/web.css.94d1e8c2.css" media="all"/>
</head>
<body class="body cc-page cc-page-blog j-m-gallery-styles j-m-video-styles j-m-hr-styles j-m-header-styles j-m-text-styles j-m-emotionheader-styles j-m-htmlCode-styles j-m-rss-styles j-m-form-styles j-m-table-styles j-m-textWithImage-styles j-m-downloadDocument-styles j-m-imageSubtitle-styles j-m-flickr-styles j-m-googlemaps-styles j-m-blogSelection-styles j-m-comment-styles-disabled j-m-jimdo-styles j-m-profile-styles j-m-guestbook-styles j-m-promotion-styles j-m-twitter-styles j-m-hgrid-styles j-m-shoppingcart-styles j-m-catalog-styles j-m-product-styles-disabled j-m-facebook-styles j-m-sharebuttons-styles j-m-formnew-styles-disabled j-m-callToAction-styles j-m-turbo-styles j-m-spacing-styles j-m-googleplus-styles j-m-dummy-styles j-m-search-styles j-footer-styles cc-pagemode-default cc-content-parent" id="page-2711309911">
<div id="cc-inner" class="cc-content-parent">
<div class="jtpl-main cc-content-parent">
<div class="jtpl-header"><div class="jtpl-logo"><a href="/"><span class="jtpl-title">{SITE}</span></a></div>
<nav class="jtpl-navigation" data-container="navigation"><div class="j-nav-variant-nested"><ul class="j-nav-level-0">{nav}</ul></div></nav></div>
<div class="jtpl-content content-options cc-content-parent">
<div id="content_area" data-container="content">
<div id="content_start"></div>
{content}
</div>
</div>
<div class="jtpl-sidebar" data-container="sidebar"><div id="cc-matrix-3712200811">
<div id="cc-m-13990140711" class="j-module n j-header "><h2 class="">Son Haberler</h2></div>
<div id="cc-m-13990140811" class="j-module n j-blogSelection ">{recent}</div>
<div id="cc-m-13990140911" class="j-module n j-text "><p><strong>Bülten</strong></p><p>Haftalık mahalle bültenimize e-posta adresinizle abone olun.</p></div>
<div id="cc-m-13990141011" class="j-module n j-formnew "><form action="/app/module/webproduct/goto/m/m13990141011/" method="post"><input type="email" name="email" placeholder="E-posta"/><input type="submit" value="Abone ol"/></form></div>
</div></div>
<div class="jtpl-footer" data-container="footer">
<div id="contentfooter" data-container="footer">
<div class="leftrow"><a rel="nofollow" href="javascript:window.print();"><span class="print-link"></span>Yazdır</a> | <a href="/sitemap/">Site haritası</a></div>
<div class="rightrow"><span class="loggedout"><a rel="nofollow" id="login" href="/login">Giriş</a></span> | <a href="/hakkimizda/">Künye</a> | <a href="/gizlilik/">Gizlilik Politikası</a> | <span class="footer-powered">Powered by <a href="https://www.jimdo.com/tr/" rel="nofollow">Jimdo</a></span></div>
</div>
</div>
</div>
</div>
<div class="cc-individual-cookie-settings" id="cc-individual-cookie-settings" style="display: none" data-nosnippet="true"></div>
<div id="cookie-law-bar" class="cc-cookie-bar">Bu web sitesi çerezleri kullanmaktadır. Siteyi kullanmaya devam ederek çerez kullanımını kabul etmiş olursunuz. <a href="/gizlilik/">Daha fazla bilgi</a> <button class="cc-cookie-bar-accept">Tamam</button></div>
<script type="text/javascript">var jimdoData = {{"isTestserver":false,"isLcJimdoCom":false,"isJimdoHelpCenter":false,"isProtectedPage":false,"cstok":"","cacheJsKey":"c3f1","cacheCssKey":"c3f1","cdnUrl":"https:\\/\\/assets.jimstatic.com\\/","minUrl":"https:\\/\\/assets.jimstatic.com\\/app\\/cdn\\/min\\/file\\/","webPath":"{base}\\/","appPath":"https:\\/\\/assets.jimstatic.com\\/","cmsLanguage":"tr_TR","pageId":2711309911,"isPremium":false}};</script>
</body>
</html>"""

    def post_html(p):
        paras = p.paras
        split = max(1, len(paras) // 2)
        first = "".join(f"<p>{escape(x)}</p>" for x in paras[:split])
        second = "".join(f"<p>{escape(x)}</p>" for x in paras[split:])
        m = mod[p.idx]
        th = threads[p.idx]
        cms = "".join(
            f'<li id="commentEntry{m + 50 + k}" class="commentstd clearover cc-m-comment-loaded"><div class="com-list-noava"><p class="com-meta"><strong>{escape(n)}</strong> <span class="com-meta-date">({fdate(w)} {w:%H:%M})</span></p><p class="commententry">{escape(t)}</p></div></li>'
            for k, (n, w, t) in enumerate(th)
        )
        i = order[p.idx]
        prev = posts[i + 1] if i + 1 < len(posts) else None
        nxt = posts[i - 1] if i else None
        pn = ""
        if nxt:
            pn += f'<a class="j-blog-post--pagination-link j-blog-post--pagination-link--prev" href="{url[nxt.idx]}">« Yeni yazı</a> '
        if prev:
            pn += f'<a class="j-blog-post--pagination-link j-blog-post--pagination-link--next" href="{url[prev.idx]}">Eski yazı »</a>'
        tags = ", ".join(
            f'<a href="/blog/kategori/{ascii_slug(t, t)}/">{escape(t)}</a>' for t in p.tags
        )
        return f"""<div class="j-blog" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<div class="n j-blog-meta j-blog-post--header">
    <div class="j-text j-module n">
        <a href="/blog/kategori/{p.section}/" class="j-blog-post--category">{CATS[p.section]}</a>
        <span class="j-text j-blog-post--date">{fdate(p.published)}</span>
    </div>
    <h1 class="j-blog-header j-blog-headline j-blog-post--headline">{escape(p.title)}</h1>
</div>
<div class="post j-blog-content">
<div id="cc-matrix-{m}">
<div id="cc-m-{m + 1}" class="j-module n j-text ">{first}</div>
<div id="cc-m-{m + 2}" class="j-module n j-imageSubtitle "><figure class="cc-imagewrapper cc-m-image-align-1"><img srcset="https://image.jimcdn.com/app/cms/image/transf/dimension=320x10000:format=jpg/path/s1a2b3/image/i{m}/version/1490000000/image.jpg 320w" src="https://image.jimcdn.com/app/cms/image/transf/none/path/s1a2b3/image/i{m}/version/1490000000/image.jpg" alt="" class=""/></figure><div class="cc-clear"></div></div>
<div id="cc-m-{m + 3}" class="j-module n j-text ">{second}</div>
<div id="cc-m-{m + 4}" class="j-module n j-hr "><hr/></div>
<div id="cc-m-{m + 5}" class="j-module n j-sharebuttons "><div class="cc-sharebuttons-element cc-sharebuttons-size-32 cc-sharebuttons-style-colored cc-sharebuttons-design-square cc-sharebuttons-align-left"><a class="cc-sharebuttons-facebook" href="http://www.facebook.com/sharer.php?u={base}{url[p.idx]}" title="Facebook" target="_blank"></a><a class="cc-sharebuttons-twitter" href="https://twitter.com/share?text={escape(p.title)}&amp;url={base}{url[p.idx]}" title="Twitter" target="_blank"></a><a class="cc-sharebuttons-mail" href="mailto:?subject={escape(p.title)}&amp;body={base}{url[p.idx]}" title="E-posta" target=""></a></div></div>
</div>
</div>
<div class="j-module n j-text j-blog-post--tags-wrapper"><span class="j-blog-post--tags--template">Etiketler: </span><span class="j-blog-post--tags-list">{tags}</span></div>
<div class="j-blog-post--pagination">{pn}</div>
<div class="j-module n j-comment ">
<div class="commententry">
<h2 class="commentstitle">Yorumlar: {len(th)}</h2>
<ul class="com-list-noava">{cms}</ul>
<div class="commentform"><form action="/app/module/comment/add/m/{m + 6}/" method="post"><label>Ad *</label><input type="text" name="name"/><label>Yorum *</label><textarea name="text"></textarea><input type="submit" value="Gönder"/></form></div>
</div>
</div>
</div>"""

    pages: dict = {}
    twins: dict = {}
    for p in posts:
        head = (
            f'\n<link rel="canonical" href="{base}{url[p.idx]}"/>'
            f'\n<meta property="og:title" content="{escape(p.title)}"/>\n<meta property="og:type" content="article"/>'
            f'\n<meta property="og:url" content="{base}{url[p.idx]}"/>'
        )
        page = html(shell(f"{escape(p.title)} - {SITE}", post_html(p), "/blog/", head))
        pages[url[p.idx]] = page
        tw = url[p.idx].rstrip("/")
        pages[tw] = page
        twins[p.idx] = [tw]

    def article_teaser(q):
        return f"""<div class="j-blogarticle">
<div class="n j-blog-meta j-blog-post--header"><div class="j-text j-module n"><span class="j-text j-blog-post--date">{fdate(q.published)}</span></div>
<h2 class="j-blog-header j-blog-headline j-blog-post--headline"><a href="{url[q.idx]}">{escape(q.title)}</a></h2></div>
<div class="j-blog-content"><p>{escape(" ".join(q.paras[0].split()[:35]))} …</p></div>
<a class="blogreadmore" href="{url[q.idx]}">Devamını oku</a>
<span class="comment"><a href="{url[q.idx]}#commentsModule{mod[q.idx] + 6}">{len(threads[q.idx])} Yorum</a></span>
</div>"""

    def blog_list(path0, items, heading, per=6):
        parts = [items[i : i + per] for i in range(0, len(items), per)]

        def nth(k):
            return path0 if not k else f"{path0}?page={k + 1}"

        for k, chunk in enumerate(parts):
            nav = ""
            if k:
                nav += f'<a class="j-blog-pagination-prev" href="{nth(k - 1)}">« Daha yeni yazılar</a> '
            if k + 1 < len(parts):
                nav += (
                    f'<a class="j-blog-pagination-next" href="{nth(k + 1)}">Daha eski yazılar »</a>'
                )
            content = f"""<div id="cc-matrix-3712100611"><div id="cc-m-13990100711" class="j-module n j-header "><h1 class="">{escape(heading)}</h1></div>
<div id="cc-m-13990100811" class="j-module n j-blogSelection ">{"".join(article_teaser(q) for q in chunk)}
<div class="j-blog-pagination">{nav}</div></div></div>"""
            pages[nth(k)] = html(shell(f"{escape(heading)} - {SITE}", content))

    blog_list("/blog/", posts, "Haberler")
    for c, items in by_key(posts, lambda p: p.section).items():
        blog_list(f"/blog/kategori/{c}/", items, f"Kategori: {CATS[c]}")
    for t, items in by_key(posts, lambda p: p.tags).items():
        blog_list(f"/blog/kategori/{ascii_slug(t, t)}/", items, f"Etiket: {t}")
    months = by_month(posts)
    for (y, m), items in months.items():
        blog_list(f"/blog/arsiv/{y}-{m:02d}/", items, f"Arşiv: {MONTHS[m - 1]} {y}")
    lead = posts[0]
    home = f"""<div id="cc-matrix-3712000511">
<div id="cc-m-13990000611" class="j-module n j-header "><h1 class="">Hoş geldiniz</h1></div>
<div id="cc-m-13990000711" class="j-module n j-text "><p>Kadıköy'ün mahallelerinden haberler, gönüllü muhabirlerimizden.</p></div>
<div id="cc-m-13990000811" class="j-module n j-blogSelection ">{"".join(article_teaser(q) for q in [lead, *posts[1:4]])}<p><a href="/blog/">Tüm haberler »</a></p></div>
<div id="cc-m-13990000911" class="j-module n j-text "><p><strong>Arşiv:</strong> {" · ".join(f'<a href="/blog/arsiv/{y}-{m:02d}/">{MONTHS[m - 1]} {y}</a>' for (y, m) in months)}</p></div>
</div>"""
    pages["/"] = html(shell(SITE, home, "/"))
    for s, t, txt in [
        (
            "hakkimizda",
            "Hakkımızda",
            "Bu site gönüllüler tarafından hazırlanan bağımsız bir mahalle haber sitesidir.",
        ),
        ("iletisim", "İletişim", "Haber ipuçlarınızı ve düzeltme taleplerinizi bize iletin."),
        (
            "gizlilik",
            "Gizlilik Politikası",
            "Bu sitede yalnızca teknik olarak gerekli çerezler ve ziyaret istatistikleri kullanılır.",
        ),
    ]:
        pages[f"/{s}/"] = html(
            shell(
                f"{t} - {SITE}",
                f'<div id="cc-matrix-1"><div class="j-module n j-header "><h1 class="">{t}</h1></div><div class="j-module n j-text "><p>{txt}</p></div></div>',
                f"/{s}/",
            )
        )
    smap = "".join(
        f'<li><a href="{u}">{t}</a></li>'
        for u, t in [
            ("/", "Ana Sayfa"),
            ("/blog/", "Haberler"),
            ("/hakkimizda/", "Hakkımızda"),
            ("/iletisim/", "İletişim"),
            ("/gizlilik/", "Gizlilik Politikası"),
        ]
    )
    pages["/sitemap/"] = html(
        shell(
            f"Site haritası - {SITE}",
            f'<div class="n j-sitemap"><h1>Site haritası</h1><ul>{smap}</ul></div>',
        )
    )
    pages["/login"] = html(
        shell(
            f"Giriş - {SITE}",
            '<div class="j-module n"><h1>Giriş</h1><form method="post" action="/login"><input type="password" name="password"/><input type="submit" value="Giriş"/></form></div>',
        )
    )
    entries = [("/", None), ("/blog/", None), ("/hakkimizda/", None), ("/iletisim/", None)]
    entries += [(url[p.idx], p.published.isoformat()) for p in posts]
    pages["/sitemap.xml"] = sitemap(base, entries)
    pages["/robots.txt"] = robots(base, ["/sitemap.xml"], ["/app/", "/login"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: twins[p.idx])
