"""Liferay Portal 6.2 news portal (tr, Europe/Istanbul): Asset Publisher full content, `_cur` paging."""
# ruff: noqa: RUF001  (typographic and Turkish characters are the point of this fixture)

from __future__ import annotations

import random
from html import escape
from urllib.parse import quote

from benchmarks.unseen.common import (
    Site,
    by_key,
    chunks,
    html,
    make_posts,
    site_from,
    sitemap,
    thread,
)
from benchmarks.unseen.holdout3 import ascii_slug
from benchmarks.unseen.server import Resp

NAME = "liferay_tr"
TZ = "Europe/Istanbul"
SITE = "Ege Haber Portalı"
INST = "Xy7kLm2pQr9a"
NS = f"_101_INSTANCE_{INST}_"
PRP = "p_r_p_564233524_"
SECTIONS = ["Yerel Yönetim", "Ulaşım", "Sağlık", "Ekonomi", "Kent Yaşamı"]
TAGS = ["belediye", "meclis", "yatırım", "trafik", "hastane", "bütçe"]
AUTHORS = ["Ayşe Demir", "Mehmet Kaya", "Elif Yıldız", "Haber Merkezi"]
NAMES = ["Hasan Çelik", "Zeynep Arslan", "Murat Öztürk", "Fatma Şahin", "Emre Aydın", "Gülay Koç"]
REMARKS = [
    "Yıllardır aynı sözleri dinliyoruz, bakalım bu sefer ne olacak.",
    "Haber için teşekkürler, yerel basında başka hiçbir yerde görmedim.",
    "Bu projenin bakım masraflarını kim karşılayacak?",
    "Mahallemizde de aynı sorun var, kimse ilgilenmiyor.",
    "Meclis toplantısındaydım, tartışma çok daha uzun sürdü.",
]
AYLAR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
         "Ekim", "Kasım", "Aralık"]  # fmt: skip
GUNLER = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]


def _uzun(dt) -> str:
    return f"{dt.day} {AYLAR[dt.month - 1]} {dt.year} {GUNLER[dt.weekday()]} {dt:%H:%M}"


def _list_url(cur: int = 1, extra: str = "") -> str:
    """Liferay 6.2 render URL of the Asset Publisher's page `cur`."""
    if cur == 1 and not extra:
        return "/web/guest/haberler"
    q = (
        f"p_p_id=101_INSTANCE_{INST}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&p_p_col_id=column-1&p_p_col_count=1{extra}"
    )
    if cur > 1:
        q += f"&{NS}delta=10&{NS}keywords=&{NS}advancedSearch=false&{NS}andOperator=true&p_r_p_564233524_resetCur=false&{NS}cur={cur}"
    return f"/web/guest/haberler?{q}"


def _layout(title: str, portlets: str, crumbs: list[tuple[str, str]], head: str = "") -> str:
    nav = "".join(
        f'<li class="{"selected " if i == 1 else ""}lfr-nav-item" role="presentation"><a aria-labelledby="layout_{i + 1}" href="{u}" role="menuitem"><span>{t}</span></a></li>'
        for i, (t, u) in enumerate(
            [
                ("Ana Sayfa", "/web/guest/home"),
                ("Haberler", "/web/guest/haberler"),
                ("Künye", "/web/guest/kunye"),
                ("İletişim", "/web/guest/iletisim"),
            ]
        )
    )
    bc = "".join(
        f'<li class="{"active last" if i == len(crumbs) - 1 else ""}">'
        + (f'<a href="{u}">{escape(t)}</a><span class="divider">/</span>' if u else escape(t))
        + "</li>"
        for i, (t, u) in enumerate(crumbs)
    )
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="tr-TR"><head><title>{escape(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/classic-theme/images/favicon.ico" rel="Shortcut Icon" />{head}
<link class="lfr-css-file" href="/classic-theme/css/main.css?browserId=other&amp;themeId=classic&amp;languageId=tr_TR&amp;b=6205&amp;t=1489500000000" rel="stylesheet" type="text/css" />
<script type="text/javascript">var Liferay={{}};Liferay.ThemeDisplay={{getLanguageId:function(){{return "tr_TR";}},getPathMain:function(){{return "/c";}}}};</script>
</head><body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">İçeriğe Geç</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/web/guest/home" title="Git: {SITE}"><img alt="{SITE}" height="56" src="/image/layout_set_logo?img_id=20811&amp;t=1489500000000" width="220" /></a>
<span class="site-name" title="Git: {SITE}">{SITE}</span></h1></div>
<a href="/c/portal/login?p_l_id=20184" data-redirect="false" id="sign-in" rel="nofollow">Oturum Aç</a>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><h1 class="hide-accessible">Navigasyon</h1><ul aria-label="Site Sayfaları" role="menubar">{nav}</ul></nav></header>
<div id="content"><nav id="breadcrumbs"><ul aria-label="Konum Bilgisi" class="breadcrumb breadcrumb-horizontal">{bc}</ul></nav>
<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid">{portlets}</div></div></div>
<div class="cookie-uyari" id="cookieBar"><p>Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır. Siteyi kullanmaya devam ederek çerez kullanımını kabul etmiş olursunuz.</p><button type="button" class="btn">Kabul Et</button></div>
<footer id="footer" role="contentinfo"><p class="powered-by">© 2017 Ege Haber Portalı – Tüm hakları saklıdır. İzinsiz kullanılamaz. Powered By <a href="http://www.liferay.com" rel="external">Liferay</a></p></footer>
</div></body></html>"""


def _portlet(pid: str, title: str, content: str, col: str = "column-1") -> str:
    return f"""<div class="portlet-boundary portlet-boundary_{pid.split("_")[0]}_ portlet-static portlet-static-end portlet-borderless" id="p_p_id_{pid}_"><span id="p_{pid}"></span>
<section class="portlet" id="portlet_{pid}"><header class="portlet-topper"><h1 class="portlet-title"><span tabindex="0" class="portlet-title-text">{escape(title)}</span></h1></header>
<div class="portlet-content"><div class=" portlet-content-container" style=""><div class="portlet-body">{content}</div></div></div></section></div>"""


def build(base: str) -> Site:
    """All pages and the ground truth."""
    posts = make_posts(3303, "tr", 28, TZ, SECTIONS, AUTHORS, TAGS, midnight=False)
    rng = random.Random(33)
    slug = {p.idx: ascii_slug(p.title) for p in posts}
    url = {
        p.idx: f"/web/guest/haberler/-/asset_publisher/{INST}/content/{slug[p.idx]}" for p in posts
    }
    cat_id = {s: 21501 + 7 * i for i, s in enumerate(SECTIONS)}
    by_sec = by_key(posts, lambda p: p.section)
    by_tag = by_key(posts, lambda p: p.tags)
    pages: dict = {}
    twins: dict[int, list[str]] = {p.idx: [] for p in posts}
    votes = {p.idx: (rng.randint(1, 30), rng.choice(["3,5", "4,0", "4,5", "2,5"])) for p in posts}
    coms = {p.idx: thread(rng, NAMES, REMARKS, p.published, 0, 4) for p in posts}

    def side() -> str:
        cats = "".join(
            f'<li class="tree-node"><a href="{_list_url(1, f"&{PRP}categoryId={cat_id[s]}")}">{escape(s)} ({len(by_sec.get(s, []))})</a></li>'
            for s in SECTIONS
        )
        tags = "".join(
            f'<li class="tag-popularity-{1 + len(v) % 5}"><span><a href="{_list_url(1, f"&{PRP}tag={quote(t)}")}">{escape(t)}</a></span></li>'
            for t, v in by_tag.items()
        )
        return (
            '<div class="aui-w30 portlet-column portlet-column-last span4" id="column-2">'
            + _portlet(
                "122_INSTANCE_Kat0rIler9x",
                "Kategoriler",
                f'<div class="taglib-asset-categories-navigation"><ul class="categories">{cats}</ul></div>',
                "column-2",
            )
            + _portlet(
                "148_INSTANCE_eTiket5Bulut",
                "Etiketler",
                f'<ul class="tag-items tag-list">{tags}</ul>',
                "column-2",
            )
            + _portlet(
                "56_INSTANCE_bulten0Kayit",
                "E-Bülten",
                '<div class="journal-content-article"><p>Günün öne çıkan haberlerini her sabah e-posta kutunuza gönderelim.</p><form class="bulten-form"><input type="email" placeholder="E-posta adresiniz" /><button type="submit" class="btn btn-primary">Abone Ol</button></form></div>',
                "column-2",
            )
            + "</div>"
        )

    def full(p, back: str, printing: bool = False) -> str:
        u = url[p.idx]
        body = "\n".join(f"<p>{escape(x)}</p>" for x in p.paras)
        article = f"""<div class="journal-content-article"><div class="haber-detay">
<div class="haber-tarih">{_uzun(p.published)}</div>
<div class="haber-gorsel"><img alt="" src="/documents/20184/0/{slug[p.idx][:24]}.jpg" /><span class="foto-aciklama">Fotoğraf: {escape(p.author)}</span></div>
<div class="haber-metin">{body}</div></div></div>"""
        if printing:
            return f"""<div class="asset-full-content default-asset-publisher show-asset-title"><h3 class="asset-title">{escape(p.title)}</h3>
<div class="asset-content">{article}</div><script>print();</script></div>"""
        tags = "".join(
            f'<a class="tag" href="{_list_url(1, f"&{PRP}tag={quote(t)}")}">{escape(t)}</a>'
            for t in p.tags
        )
        links = "".join(
            f'<li class="asset-links-list-item"><a class="asset-links-list-item-link" href="{url[q.idx]}">{escape(q.title)}</a></li>'
            for q in [q for q in by_sec[p.section] if q is not p][:3]
        )
        n, avg = votes[p.idx]
        msgs = "".join(
            f"""<div class="lfr-discussion"><div class="lfr-discussion-details"><img alt="{escape(name)}" class="user-status-avatar" src="/image/user_male_portrait?img_id=0" /><span class="user-name">{escape(name)}</span></div>
<div class="lfr-discussion-body"><div class="lfr-discussion-posted-on">{w:%d.%m.%Y %H:%M} tarihinde gönderildi.</div><div class="lfr-discussion-message">{escape(t)}</div>
<ul class="lfr-discussion-actions"><li><a href="javascript:;">Yanıtla</a></li><li><a href="javascript:;">Alıntı yaparak yanıtla</a></li></ul></div></div>"""
            for name, w, t in coms[p.idx]
        )
        return f"""<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="{escape(back)}" id="{NS}TabsBack" title="Geri"><span class="helper-hidden-accessible">Geri</span></a></span>
<h3 class="header-title"><span>{escape(p.title)}</span></h3></div>
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="asset-user-actions"><div class="print-action"><span class=""><a href="{u}?p_p_state=pop_up&amp;{NS}viewMode=print" class="taglib-icon" id="{NS}print"><i class="icon-print"></i><span class="taglib-text ">Yazdır</span></a></span></div></div>
<div class="asset-content" id="{NS}{p.idx + 24300}">{article}
<div class="asset-metadata"><span class="metadata-entry metadata-author">Yazar: {escape(p.author)}</span> <span class="metadata-entry metadata-publish-date">{p.published:%d.%m.%Y}</span> <span class="metadata-entry metadata-categories"><a href="{_list_url(1, f"&{PRP}categoryId={cat_id[p.section]}")}">{escape(p.section)}</a></span> <span class="metadata-entry metadata-view-count">{rng.randint(40, 3000)} Görüntüleme</span></div>
<div class="taglib-asset-tags-summary">{tags}</div>
<div class="taglib-social-bookmarks"><ul class="unstyled inline"><li class="taglib-social-bookmark-facebook"><a href="http://www.facebook.com/sharer.php?u={base}{u}">Facebook</a></li><li class="taglib-social-bookmark-twitter"><a href="https://twitter.com/intent/tweet?text={quote(p.title)}&amp;url={base}{u}">Twitter</a></li><li class="taglib-social-bookmark-plusone"><a href="https://plus.google.com/share?url={base}{u}">Google+</a></li></ul></div>
<div class="taglib-ratings stars"><div class="liferay-rating-vote"><div class="rating-label">Oyunuz</div><div class="rating-content"><a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a></div></div>
<div class="liferay-rating-score"><div class="rating-label">Ortalama ({n} Oy)</div><div class="rating-content">{avg}</div></div></div>
<div class="taglib-asset-links"><h2 class="asset-links-title"><i class="icon-link"></i> İlgili İçerikler</h2><ul class="asset-links-list">{links}</ul></div>
</div>
<div class="asset-ratings"></div>
<div class="taglib-discussion" id="{NS}discussionContainer"><div class="lfr-message-response-container"><h4 class="lfr-discussion-title">Yorumlar</h4></div>
{msgs or '<div class="alert alert-info">Henüz yorum yapılmamış.</div>'}
<fieldset class="add-comment"><legend>Yorum Ekle</legend><a href="/c/portal/login?p_l_id=20184" rel="nofollow">Yorum eklemek için lütfen oturum açın.</a></fieldset>
<p class="subscribe-link"><a href="/c/portal/login?p_l_id=20184" rel="nofollow">Yeni yorumlar için abone ol</a></p></div>
</div>"""

    def article_page(p, back: str) -> str:
        canon = f'\n<link href="{base}{url[p.idx]}" rel="canonical" />\n<meta content="{escape(p.paras[0][:200])}" lang="tr-TR" name="description" />'
        main = (
            '<div class="aui-w70 portlet-column portlet-column-first span8" id="column-1">'
            + _portlet(f"101_INSTANCE_{INST}", "Haberler", full(p, back))
            + "</div>"
            + side()
        )
        return _layout(
            f"{p.title} - Haberler - {SITE}",
            main,
            [("Ana Sayfa", "/web/guest/home"), ("Haberler", "/web/guest/haberler"), (p.title, "")],
            canon,
        )

    def view_url(p, from_list: str) -> str:
        """The link an abstract carries: the content URL plus the list it came from."""
        twin = f"{url[p.idx]}?redirect={quote(from_list, safe='')}"
        if twin not in pages:
            pages[twin] = html(article_page(p, from_list))
            twins[p.idx].append(twin)
        return twin

    for p in posts:
        pages[url[p.idx]] = html(article_page(p, "/web/guest/haberler"))
        printed = f"""<!DOCTYPE html><html class="ltr" dir="ltr" lang="tr-TR"><head><title>{escape(p.title)} - Haberler - {SITE}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" /></head><body class="portal-popup"><div class="portlet-body">{full(p, "", True)}</div></body></html>"""
        twin = f"{url[p.idx]}?p_p_state=pop_up&{NS}viewMode=print"
        pages[twin] = html(printed)
        twins[p.idx].append(twin)

    def abstract(p, from_list: str) -> str:
        v = view_url(p, from_list)
        return f"""<div class="asset-abstract default-asset-publisher"><div class="lfr-meta-actions asset-actions"></div>
<h3 class="asset-title"><a href="{escape(v)}"><img alt="" src="/classic-theme/images/file_system/small/article.png" /> {escape(p.title)}</a></h3>
<div class="asset-content"><div class="asset-summary">{escape(p.paras[0][:200])}...</div>
<div class="asset-more"><a href="{escape(v)}">Devamını Oku <span class="hide-accessible">{escape(p.title)}</span> »</a></div></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{p.published:%d.%m.%Y}</span> <span class="metadata-entry metadata-author">{escape(p.author)}</span></div></div>"""

    def listing(items: list, extra: str, heading: str) -> None:
        parts = chunks(items, 10)
        for k, chunk in enumerate(parts):
            here = _list_url(k + 1, extra)
            if k == 0 and extra:
                here = _list_url(1, extra)
            pager = (
                '<div class="taglib-page-iterator"><div class="search-pages"><div class="page-selector">Sayfa '
                + " ".join(
                    f"<strong>{j + 1}</strong>"
                    if j == k
                    else f'<a href="{escape(_list_url(j + 1, extra))}">{j + 1}</a>'
                    for j in range(len(parts))
                )
                + f" / {len(parts)}</div>"
            )
            if k + 1 < len(parts):
                pager += f'<ul class="pager lfr-pagination-buttons"><li><a href="{escape(_list_url(k + 2, extra))}">Sonraki</a></li></ul>'
            pager += f'</div><small class="search-results">{len(items)} sonuçtan {k * 10 + 1} - {k * 10 + len(chunk)} arası gösteriliyor.</small></div>'
            filt = (
                f'<div class="alert alert-info">{escape(heading)} ile ilgili içerikler gösteriliyor. <a href="/web/guest/haberler">Filtreyi kaldır</a></div>'
                if extra
                else ""
            )
            main = (
                '<div class="aui-w70 portlet-column portlet-column-first span8" id="column-1">'
                + _portlet(
                    f"101_INSTANCE_{INST}",
                    "Haberler",
                    filt + "".join(abstract(p, here) for p in chunk) + pager,
                )
                + "</div>"
                + side()
            )
            pages[here] = html(
                _layout(
                    f"Haberler - {SITE}", main, [("Ana Sayfa", "/web/guest/home"), ("Haberler", "")]
                )
            )

    listing(posts, "", "Haberler")
    for s in SECTIONS:
        listing(by_sec.get(s, []), f"&{PRP}categoryId={cat_id[s]}", s)
    for t, items in by_tag.items():
        listing(items, f"&{PRP}tag={quote(t)}", t)
    headlines = "".join(
        f'<li><span class="saat">{p.published:%d.%m %H:%M}</span> <a href="{escape(view_url(p, "/web/guest/home"))}">{escape(p.title)}</a></li>'
        for p in posts[:8]
    )
    home = (
        '<div class="aui-w70 portlet-column portlet-column-first span8" id="column-1">'
        + _portlet(
            "101_INSTANCE_m4NsEtT3Home",
            "Manşet",
            "".join(abstract(p, "/web/guest/home") for p in posts[:4])
            + '<div class="asset-more"><a href="/web/guest/haberler">Tüm haberler »</a></div>',
        )
        + _portlet(
            "101_INSTANCE_s0nDakika77", "Son Dakika", f'<ul class="son-dakika">{headlines}</ul>'
        )
        + "</div>"
        + side()
    )
    pages["/web/guest/home"] = html(_layout(f"Ana Sayfa - {SITE}", home, [("Ana Sayfa", "")]))
    pages["/"] = Resp(b"", "text/html; charset=UTF-8", 302, {"Location": base + "/web/guest/home"})
    for path, t, text in [
        (
            "/web/guest/kunye",
            "Künye",
            "<p>İmtiyaz Sahibi: Ege Medya Yayıncılık A.Ş. Genel Yayın Yönetmeni: Kemal Aksoy. Adres: Cumhuriyet Bulvarı No: 44, Alsancak / İzmir.</p>",
        ),
        (
            "/web/guest/iletisim",
            "İletişim",
            '<p>Haber ihbarlarınız ve görüşleriniz için bize yazın.</p><form><input name="ad" /><textarea name="mesaj"></textarea><button>Gönder</button></form>',
        ),
    ]:
        main = (
            '<div class="aui-w70 portlet-column portlet-column-first span8" id="column-1">'
            + _portlet(
                "56_INSTANCE_s4yf4" + t[:2], t, f'<div class="journal-content-article">{text}</div>'
            )
            + "</div>"
            + side()
        )
        pages[path] = html(
            _layout(f"{t} - {SITE}", main, [("Ana Sayfa", "/web/guest/home"), (t, "")])
        )
    pages["/sitemap.xml"] = sitemap(
        base,
        [
            ("/web/guest/home", "2017-04-30"),
            ("/web/guest/haberler", "2017-04-30"),
            ("/web/guest/kunye", None),
            ("/web/guest/iletisim", None),
        ],
    )
    pages["/robots.txt"] = Resp(
        f"User-Agent: *\nDisallow: /c/\nDisallow: /group/\n\nSitemap: {base}/sitemap.xml\n".encode(),
        "text/plain; charset=UTF-8",
    )
    pages[
        "/classic-theme/css/main.css?browserId=other&themeId=classic&languageId=tr_TR&b=6205&t=1489500000000"
    ] = Resp(b"body{}", "text/css")
    pages["/c/portal/login?p_l_id=20184"] = html(
        _layout(
            f"Oturum Aç - {SITE}",
            _portlet(
                "58",
                "Oturum Aç",
                '<form><input name="login" /><input type="password" name="password" /><button>Oturum Aç</button></form>',
            ),
            [("Oturum Aç", "")],
        )
    )
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: twins[p.idx])
