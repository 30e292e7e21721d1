"""WordPress 4.7 with the tagDiv Newspaper 8 theme (it): in-content ad and "Leggi anche", AMP, Yoast."""
# ruff: noqa: RUF001  (typographic quotes are the point here)

from __future__ import annotations

import random
from html import escape
from urllib.parse import quote

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
from benchmarks.unseen.dev2 import ascii_slug
from benchmarks.unseen.server import Resp

NAME = "wordpress_newspaper_it"
SITE = "Il Corriere di Borgo"
CATS = {"cronaca": "Cronaca", "politica": "Politica", "mobilita": "Mobilità", "scuola": "Scuola"}
TAGS = ["consiglio-comunale", "bilancio", "cantieri", "tram", "quartieri", "sindaco"]
AUTHORS = {"giulia-rossi": "Giulia Rossi", "marco-ferri": "Marco Ferri", "redazione": "Redazione"}
BIOS = {
    "giulia-rossi": "Giornalista professionista, segue la politica cittadina dal 2009.",
    "marco-ferri": "Cronista, si occupa di trasporti, cantieri e quartieri.",
    "redazione": "La redazione del Corriere di Borgo: notizie dalla città e dalla provincia.",
}
READERS = ["Franco B.", "Lucia", "Antonio62", "Paola Neri", "Gianni", "Elisa M."]
REMARKS = [
    "Come al solito si decide senza ascoltare i cittadini.",
    "Grazie per il resoconto, ero presente alla seduta ed è tutto corretto.",
    "E chi paga alla fine? Noi contribuenti, ovviamente.",
    "Finalmente qualcosa si muove in questa città.",
    "Dove si possono consultare i progetti completi?",
    "Vedremo, tanto i tempi si allungheranno come sempre.",
]
MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno"]


def build(base: str):
    """All pages and the ground truth."""
    slug_of = {v: k for k, v in AUTHORS.items()}
    posts = make_posts(2404, "it", 36, "Europe/Rome", list(CATS), list(AUTHORS.values()), TAGS)
    rng = random.Random(2404)
    comments = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 4) for p in posts}
    wpid = {p.idx: 3100 + p.idx * 11 for p in posts}
    url = {p.idx: f"/{p.section}/{ascii_slug(p.title, str(wpid[p.idx]))}/" for p in posts}
    cid = {p.idx: [wpid[p.idx] * 3 + j for j in range(len(comments[p.idx]))] for p in posts}

    def twins(p):
        return [
            f"{url[p.idx]}amp/",
            f"/?p={wpid[p.idx]}",
            *(f"{url[p.idx]}?replytocom={c}" for c in cid[p.idx]),
        ]

    def idate(d):
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"

    def tdate(d):
        return f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{d.isoformat()}" >{idate(d)}</time></span>'

    def thumb(q, size="218x150"):
        return f'<div class="td-module-thumb"><a href="{url[q.idx]}" rel="bookmark" class="td-image-wrap" title="{escape(q.title)}"><img width="218" height="150" class="entry-thumb" src="/wp-content/uploads/2017/0{q.published.month}/foto-{wpid[q.idx]}-{size}.jpg" alt="" title="{escape(q.title)}"/></a></div>'

    def module(q, cls="td_module_6 td_module_wrap td-animation-stack"):
        return f"""<div class="{cls}"><div class="td-module-image">{thumb(q)}</div><div class="item-details"><h3 class="entry-title td-module-title"><a href="{url[q.idx]}" rel="bookmark" title="{escape(q.title)}">{escape(q.title)}</a></h3><div class="td-module-meta-info">{tdate(q.published)}</div></div></div>"""

    def shell(title, main, head="", body_cls="home"):
        mega = "".join(
            f"""<li id="menu-item-{i}" class="menu-item menu-item-type-taxonomy menu-item-object-category td-menu-item td-mega-menu"><a href="/category/{c}/">{v}</a><ul class="sub-menu"><li class="menu-item-0"><div class="td-container-border"><div class="td-mega-grid"><div class="td_block_wrap td_block_mega_menu"><div class="td_block_inner"><div class="td-mega-row">{"".join(f'<div class="td-mega-span"><div class="td_module_mega_menu td_mod_mega_menu">{thumb(q)}<div class="item-details"><h3 class="entry-title td-module-title"><a href="{url[q.idx]}" rel="bookmark" title="{escape(q.title)}">{escape(q.title)}</a></h3></div></div></div>' for q in [x for x in posts if x.section == c][:4])}</div></div></div></div></div></li></ul></li>"""
            for i, (c, v) in enumerate(CATS.items(), 20)
        )
        latest = "".join(module(q, "td_module_8 td_module_wrap") for q in posts[:5])
        return f"""<!doctype html >
<html lang="it-IT">
<head>
    <title>{escape(title)}</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="{base}/xmlrpc.php" />{head}
    <link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="{base}/feed/" />
    <link rel='stylesheet' id='td-theme-css' href='{base}/wp-content/themes/Newspaper/style.css?ver=8.1' type='text/css' media='all' />
    <meta name="generator" content="WordPress 4.7.3" />
</head>
<body class="{body_cls} global-block-template-1 td-newspaper-pro white-menu td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1 ">
    <div class="td-header-top-menu-full td-container-wrap "><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time"><div >lunedì, 1 maggio 2017</div></div><div class="menu-top-container"><ul id="menu-top" class="top-header-menu"><li class="menu-item"><a href="/chi-siamo/">Chi siamo</a></li><li class="menu-item"><a href="/contatti/">Contatti</a></li><li class="menu-item"><a href="/pubblicita/">Pubblicità</a></li></ul></div></div></div></div></div>
    <div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap "><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo"><h1 class="td-logo"><a class="td-main-logo" href="{base}/"><img class="td-retina-data" src="/wp-content/uploads/2016/11/logo.png" alt="{SITE}"/><span class="td-visual-hidden">{SITE}</span></a></h1></div><div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header"><span class="td-adspot-title">- Pubblicità -</span><img src="/wp-content/uploads/2017/01/banner-728x90.jpg" alt="" /></div></div></div></div></div>
    <div class="td-header-menu-wrap-full td-container-wrap "><div class="td-header-menu-wrap td-header-gradient "><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation"><div class="menu-main-container"><ul id="menu-main-1" class="sf-menu"><li class="menu-item menu-item-first td-menu-item td-normal-menu"><a href="{base}/">Home</a></li>{mega}</ul></div></div>
    <div class="td-search-wrapper"><div id="td-top-search"><div class="header-search-wrap"><div class="dropdown header-search"><a id="td-header-search-button" href="#" role="button" class="dropdown-toggle " data-toggle="dropdown"><i class="td-icon-search"></i></a></div></div></div></div></div></div></div>
</div>
<div class="td-main-content-wrap td-container-wrap">
    <div class="td-container">
{main}
    </div>
</div>
<div class="td-footer-wrapper td-container-wrap td-footer-template-2">
    <div class="td-container"><div class="td-pb-row">
        <div class="td-pb-span4"><div class="td_block_wrap td_block_7"><h4 class="block-title"><span class="td-pulldown-size">ULTIME NOTIZIE</span></h4><div class="td_block_inner">{latest}</div></div></div>
        <div class="td-pb-span4"><aside class="footer-text-wrap"><div class="block-title"><span>CHI SIAMO</span></div>{SITE} è una testata giornalistica online registrata presso il Tribunale. Direttore responsabile: Anna Conti.<div class="footer-email-wrap">Contattaci: <a href="mailto:redazione@corrieredib.it">redazione@corrieredib.it</a></div></aside></div>
        <div class="td-pb-span4"><div class="td_block_wrap td_block_popular_categories widget widget_categories"><h4 class="block-title"><span>CATEGORIE POPOLARI</span></h4><ul class="td-pb-padding-side">{"".join(f'<li><a href="/category/{c}/"><span class="td-cat-name">{v}</span><span class="td-cat-no">{sum(q.section == c for q in posts)}</span></a></li>' for c, v in CATS.items())}</ul></div></div>
    </div></div>
</div>
<div class="td-sub-footer-container td-container-wrap "><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-menu"><div class="menu-footer-container"><ul id="menu-footer" class="td-subfooter-menu"><li class="menu-item"><a href="/privacy-policy/">Privacy Policy</a></li><li class="menu-item"><a href="/cookie-policy/">Cookie Policy</a></li></ul></div></div><div class="td-pb-span td-sub-footer-copy">&copy; Copyright 2017 - {SITE}. P.IVA 01234567890</div></div></div></div>
</div><!--close td-outer-wrap-->
<div id="cookie-law-info-bar"><span>Questo sito utilizza cookie tecnici e di terze parti. Proseguendo nella navigazione accetti l’utilizzo dei cookie. <a href="#" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button">Accetto</a> <a href="/cookie-policy/" id="CONSTANT_OPEN_URL" class="cli-plugin-main-link">Leggi di più</a></span></div>
</body>
</html>"""

    def share(where, p):
        u = f"{base}{url[p.idx]}"
        return f"""<div class="td-post-sharing-{where}"><div id="td_social_sharing_article_{where}" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 "><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php?u={u}"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-twitter" href="https://twitter.com/intent/tweet?text={quote(p.title)}&amp;url={u}"><div class="td-social-but-icon"><i class="td-icon-twitter"></i></div><div class="td-social-but-text">Twitter</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-whatsapp" href="whatsapp://send?text={quote(p.title)}%20%0A%0A%20{u}"><div class="td-social-but-icon"><i class="td-icon-whatsapp"></i></div><div class="td-social-but-text">WhatsApp</div></a></div></div></div>"""

    def content(p):
        others = [q for q in posts if q.section != p.section]
        also = others[(p.idx * 7) % len(others)]
        ad = '<div class="td-a-rec td-a-rec-id-content_inline  tdi_3 td_block_template_1"><span class="td-adspot-title">- Pubblicità -</span><div class="td-all-devices"><a href="#"><img src="/wp-content/uploads/2017/01/banner-468x60.jpg" alt=""/></a></div></div>'
        out = []
        for j, x in enumerate(p.paras):
            out.append(f"<p>{escape(x)}</p>")
            if j == 1:
                out.append(ad)
            if j == 2:
                out.append(
                    f'<p><strong>Leggi anche:</strong> <a href="{url[also.idx]}">{escape(also.title)}</a></p>'
                )
        return "\n".join(out)

    def comment_list(p):
        items = "".join(
            f"""<li class="comment {"even" if j % 2 == 0 else "odd"} thread-{"even" if j % 2 == 0 else "odd"} depth-1" id="li-comment-{c}">
<article><footer><img alt='' src='{base}/wp-content/uploads/avatar-50.png' class='avatar avatar-50 photo' height='50' width='50' /><cite>{escape(w)}</cite><a class="comment-link" href="#li-comment-{c}"><time pubdate="{int(t.timestamp())}">{idate(t)} alle {t:%H:%M}</time></a></footer>
<div class="comment-content"><p>{escape(x)}</p></div>
<div class="comment-meta" id="comment-{c}"><a rel='nofollow' class='comment-reply-link' href='{url[p.idx]}?replytocom={c}#respond' onclick='return addComment.moveForm( "comment-{c}", "{c}", "respond", "{wpid[p.idx]}" )' aria-label='Rispondi a {escape(w)}'>Rispondi</a></div></article></li>"""
            for j, ((w, t, x), c) in enumerate(zip(comments[p.idx], cid[p.idx], strict=True))
        )
        n = len(comments[p.idx])
        title = (
            f'<div class="td-comments-title-wrap td_block_template_1"><h4 class="td-comments-title block-title"><span>{n} COMMENTI</span></h4></div><ol class="comment-list">{items}</ol>'
            if n
            else ""
        )
        return f"""<div class="comments" id="comments">{title}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LASCIA UN COMMENTO <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url[p.idx]}#respond" style="display:none;">Cancella la risposta</a></small></h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Commento:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea><div class="td-warning-comment">Please enter your comment!</div></div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Nome:*" type="text" value="" size="30"  aria-required='true' /><div class="td-warning-author">Please enter your name here</div></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Invia commento" /></p></form></div>
</div>"""

    def article(p, reply=None):
        a = slug_of[p.author]
        i = posts.index(p)
        prev = posts[i + 1] if i + 1 < len(posts) else None
        nxt = posts[i - 1] if i else None
        pn = (
            (
                f'<div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Articolo precedente</span><a href="{url[prev.idx]}">{escape(prev.title)}</a></div></div>'
                if prev
                else ""
            )
            + '<div class="td-next-prev-separator"></div>'
            + (
                f'<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Articolo successivo</span><a href="{url[nxt.idx]}">{escape(nxt.title)}</a></div></div>'
                if nxt
                else ""
            )
        )
        rel = [q for q in posts if q.section == p.section and q is not p][:3]
        related = "".join(
            f'<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image">{thumb(q)}<a href="/category/{q.section}/" class="td-post-category">{CATS[q.section]}</a></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="{url[q.idx]}" rel="bookmark" title="{escape(q.title)}">{escape(q.title)}</a></h3></div></div></div>'
            for q in rel
        )
        tags = "".join(f'<li><a href="/tag/{t}/">{t.replace("-", " ")}</a></li>' for t in p.tags)
        side = "".join(
            module(q, "td_module_6 td_module_wrap td-animation-stack")
            for q in posts[:4]
            if q is not p
        )
        main = f"""        <div class="td-crumb-container"><div class="entry-crumbs" itemscope itemtype="http://schema.org/BreadcrumbList"><span><a title="" class="entry-crumb" href="{base}/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="Vedi tutti gli articoli in {CATS[p.section]}" class="entry-crumb" href="/category/{p.section}/">{CATS[p.section]}</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{escape(p.title)}</span></div></div>
        <div class="td-pb-row">
            <div class="td-pb-span8 td-main-content" role="main">
                <div class="td-ss-main-content">
<article id="post-{wpid[p.idx]}" class="post-{wpid[p.idx]} post type-post status-publish format-standard has-post-thumbnail hentry category-{p.section}" itemscope itemtype="https://schema.org/Article">
    <div class="td-post-header">
        <ul class="td-category"><li class="entry-category"><a href="/category/{p.section}/">{CATS[p.section]}</a></li></ul>
        <header class="td-post-title">
            <h1 class="entry-title">{escape(p.title)}</h1>
            <div class="td-module-meta-info">
                <div class="td-post-author-name"><div class="td-author-by">Di</div> <a href="/author/{a}/">{escape(p.author)}</a><div class="td-author-line"> - </div> </div>
                {tdate(p.published)}
                <div class="td-post-comments"><a href="{url[p.idx]}#respond"><i class="td-icon-comments"></i>{len(comments[p.idx])}</a></div>
                <div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{wpid[p.idx]}">{p.idx * 137 % 3000 + 211}</span></div>
            </div>
        </header>
    </div>
    {share("top", p)}
    <div class="td-post-content">
        <div class="td-post-featured-image"><figure><a href="/wp-content/uploads/2017/0{p.published.month}/foto-{wpid[p.idx]}.jpg" data-caption="Foto d’archivio"><img width="696" height="392" class="entry-thumb td-modal-image" src="/wp-content/uploads/2017/0{p.published.month}/foto-{wpid[p.idx]}-696x392.jpg" alt="" title="{escape(p.title)}"/></a><figcaption class="wp-caption-text">Foto d’archivio</figcaption></figure></div>
{content(p)}
    </div>
    <footer>
        <div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>{tags}</ul></div>
        {share("bottom", p)}
        <div class="td-block-row td-post-next-prev">{pn}</div>
        <div class="author-box-wrap"><a href="/author/{a}/"><img alt='' src='{base}/wp-content/uploads/avatar-96.png' class='avatar avatar-96 photo' height='96' width='96' /></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="/author/{a}/">{escape(p.author)}</a></span></div><div class="td-author-description">{BIOS[a]}</div><div class="td-author-social"><span class="td-social-icon-wrap"><a target="_blank" href="https://twitter.com/corrieredib" title="Twitter"><i class="td-icon-font td-icon-twitter"></i></a></span></div><div class="clearfix"></div></div></div>
        <span style="display: none;" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{escape(p.author)}"></span><meta itemprop="datePublished" content="{p.published.isoformat()}"><meta itemprop="headline " content="{escape(p.title)}">
    </footer>
</article>
<div class="td_block_wrap td_block_related_posts tdi_5_{wpid[p.idx]} td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="tdi_5_{wpid[p.idx]}"><h4 class="td-related-title td-block-title"><a id="tdi_6" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_5_{wpid[p.idx]}" href="#">ARTICOLI CORRELATI</a><a id="tdi_7" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_5_{wpid[p.idx]}" href="#">ALTRO DALL'AUTORE</a></h4><div id="tdi_5_{wpid[p.idx]}" class="td_block_inner"><div class="td-related-row">{related}</div></div><div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" id="prev-page-tdi_5" data-td_block_id="tdi_5"><i class="td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page" id="next-page-tdi_5" data-td_block_id="tdi_5"><i class="td-icon-font td-icon-menu-right"></i></a></div></div>
{comment_list(p)}
                </div>
            </div>
            <div class="td-pb-span4 td-main-sidebar" role="complementary">
                <div class="td-ss-main-sidebar">
                    <div class="td_block_wrap td_block_social_counter"><div class="td-social-list"><div class="td_social_type td-pb-margin-side td_social_facebook"><span class="td_social_info">12.480</span><span class="td_social_info td_social_info_name">Fans</span><span class="td_social_button"><a href="https://www.facebook.com/corrieredib">Like</a></span></div></div></div>
                    <div class="td_block_wrap td_block_1 widget"><h4 class="block-title"><span class="td-pulldown-size">DA NON PERDERE</span></h4><div class="td_block_inner">{side}</div></div>
                    <div class="td_block_wrap td_block_text_with_title widget widget_text"><h4 class="block-title"><span>NEWSLETTER</span></h4><div class="td_mod_wrap"><p>Iscriviti alla newsletter: ogni mattina le notizie della città nella tua casella di posta.</p><form action="/newsletter/" method="get"><input type="email" name="email" placeholder="La tua email"><input type="submit" value="Iscriviti"></form></div></div>
                </div>
            </div>
        </div>"""
        robots_meta = "\n    <meta name='robots' content='noindex,follow' />" if reply else ""
        head = (
            f'{robots_meta}\n    <link rel="canonical" href="{base}{url[p.idx]}" />'
            f'\n    <meta name="description" content="{escape(p.paras[0][:155])}"/>'
            f'\n    <meta property="og:locale" content="it_IT" />\n    <meta property="og:type" content="article" />\n    <meta property="og:title" content="{escape(p.title)} - {SITE}" />'
            f'\n    <meta property="article:section" content="{CATS[p.section]}" />\n    <meta property="article:published_time" content="{p.published.isoformat()}" />'
            f"\n    <link rel='shortlink' href='{base}/?p={wpid[p.idx]}' />"
            f'\n    <link rel="amphtml" href="{base}{url[p.idx]}amp/" />'
        )
        return shell(
            f"{p.title} - {SITE}",
            main,
            head,
            f"post-template-default single single-post postid-{wpid[p.idx]} single-format-standard",
        )

    def amp(p):
        return f"""<!doctype html>
<html amp lang="it-IT">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no">
    <title>{escape(p.title)} - {SITE}</title>
    <link rel="canonical" href="{base}{url[p.idx]}" />
    <script custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js" async></script>
    <style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><script async src="https://cdn.ampproject.org/v0.js"></script>
</head>
<body class="single-post amp-single">
<header id="#top" class="amp-wp-header"><div><a href="{base}/">{SITE}</a></div></header>
<article class="amp-wp-article">
    <header class="amp-wp-article-header">
        <h1 class="amp-wp-title">{escape(p.title)}</h1>
        <div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{escape(p.author)}</span></div>
        <div class="amp-wp-meta amp-wp-posted-on"><time datetime="{p.published.isoformat()}">{idate(p.published)}</time></div>
    </header>
    <div class="amp-wp-article-content">
{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}
    </div>
    <footer class="amp-wp-article-footer">
        <div class="amp-wp-meta amp-wp-tax-category">Categorie: <a href="{base}/category/{p.section}/" rel="category tag">{CATS[p.section]}</a></div>
        <div class="amp-wp-meta amp-wp-comments-link"><a href="{base}{url[p.idx]}#respond">Lascia un commento</a></div>
    </footer>
</article>
<footer class="amp-wp-footer"><div><h2>{SITE}</h2><p>&copy; 2017 {SITE}</p><a href="#top" class="back-to-top">Torna su</a></div></footer>
</body>
</html>"""

    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(article(p))
        t = twins(p)
        pages[t[0]] = html(amp(p))
        pages[t[1]] = html(article(p))
        for c, u in zip(cid[p.idx], t[2:], strict=True):
            pages[u] = html(article(p, reply=c))

    def lister(path0, heading, items, kind, per=8):
        def nth(k):
            return path0 if not k else f"{path0}page/{k + 1}/"

        def render(chunk, k, n):
            rows = "".join(
                f"""<div class="td-block-row"><div class="td-block-span12"><div class="td_module_10 td_module_wrap td-animation-stack"><div class="td-module-thumb">{thumb(q)}</div><div class="item-details"><h3 class="entry-title td-module-title"><a href="{url[q.idx]}" rel="bookmark" title="{escape(q.title)}">{escape(q.title)}</a></h3><div class="td-module-meta-info"><a href="/category/{q.section}/" class="td-post-category">{CATS[q.section]}</a><span class="td-post-author-name"><a href="/author/{slug_of[q.author]}/">{escape(q.author)}</a> <span>-</span> </span>{tdate(q.published)}<div class="td-module-comments"><a href="{url[q.idx]}#respond">{len(comments[q.idx])}</a></div></div><div class="td-excerpt">{escape(q.paras[0][:140])}...</div></div></div></div></div>"""
                for q in chunk
            )
            pagenav = "".join(
                f'<span class="current">{j + 1}</span>'
                if j == k
                else f'<a href="{nth(j)}" class="page" title="{j + 1}">{j + 1}</a>'
                for j in range(n)
            )
            nxt = (
                f'<a href="{nth(k + 1)}"><i class="td-icon-menu-right"></i></a>'
                if k + 1 < n
                else ""
            )
            main = f"""        <div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{base}/">Home</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{escape(heading)}</span></div></div>
        <h1 class="entry-title td-page-title"><span>{escape(heading)}</span></h1>
        <div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">{rows}
        <div class="page-nav td-pb-padding-side">{pagenav}{nxt}<span class="pages">Pagina {k + 1} di {n}</span><div class="clearfix"></div></div>
        </div></div></div>"""
            head = f'\n    <link rel="canonical" href="{base}{nth(k)}" />' + (
                f'\n    <link rel="next" href="{base}{nth(k + 1)}" />' if k + 1 < n else ""
            )
            return shell(
                f"{heading} Archivi - {SITE}" + (f" - Pagina {k + 1} di {n}" if k else ""),
                main,
                head,
                kind,
            )

        paged(pages, nth, items, per, render)

    for c, items in by_key(posts, lambda p: p.section).items():
        lister(f"/category/{c}/", CATS[c], items, "archive category")
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(f"/tag/{t}/", t.replace("-", " ").title(), items, "archive tag")
    for a, items in by_key(posts, lambda p: slug_of[p.author]).items():
        lister(f"/author/{a}/", AUTHORS[a], items, "archive author")
    for (y, m), items in by_month(posts).items():
        lister(f"/{y}/{m:02d}/", f"{MONTHS[m - 1].title()} {y}", items, "archive date", 10)

    def home(chunk, k, n):
        if k:
            grid = ""
        else:
            big = posts[:4]
            grid = (
                '<div class="td_block_wrap td_block_big_grid_1 td-grid-style-1 td-hover-1"><div class="td_block_inner"><div class="td-big-grid-wrapper">'
                + "".join(
                    f'<div class="td_module_mx{5 if j == 0 else 6} td-animation-stack td-big-grid-post-{j} td-big-grid-post td-{"big" if j == 0 else "small"}-thumb">{thumb(q, "534x360")}<div class="td-meta-info-container"><div class="td-meta-align"><div class="td-big-grid-meta"><a href="/category/{q.section}/" class="td-post-category">{CATS[q.section]}</a><h3 class="entry-title td-module-title"><a href="{url[q.idx]}" rel="bookmark" title="{escape(q.title)}">{escape(q.title)}</a></h3></div><div class="td-module-meta-info">{tdate(q.published)}</div></div></div></div>'
                    for j, q in enumerate(big)
                )
                + "</div></div></div>"
            )
        mods = "".join(module(q, "td_module_4 td_module_wrap td-animation-stack") for q in chunk)
        pagenav = "".join(
            f'<span class="current">{j + 1}</span>'
            if j == k
            else f'<a href="{"/" if not j else f"/page/{j + 1}/"}" class="page" title="{j + 1}">{j + 1}</a>'
            for j in range(n)
        )
        main = f"""{grid}
        <div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td_block_wrap td_block_11"><h4 class="block-title"><span class="td-pulldown-size">ULTIME NOTIZIE</span></h4><div class="td_block_inner">{mods}</div></div>
        <div class="page-nav td-pb-padding-side">{pagenav}<span class="pages">Pagina {k + 1} di {n}</span></div></div></div>"""
        return shell(
            SITE + (f" - Pagina {k + 1} di {n}" if k else " - Notizie dalla città"),
            main,
            f'\n    <link rel="canonical" href="{base}{"/" if not k else f"/page/{k + 1}/"}" />',
            "home blog",
        )

    paged(pages, lambda k: "/" if not k else f"/page/{k + 1}/", posts, 10, home)
    for slug, heading, text in (
        (
            "chi-siamo",
            "Chi siamo",
            "Il Corriere di Borgo racconta la città dal 2012 con una redazione di quattro giornalisti.",
        ),
        ("contatti", "Contatti", "Per segnalazioni scrivete a redazione@corrieredib.it."),
        (
            "pubblicita",
            "Pubblicità",
            "Per la pubblicità sul sito contattate l’ufficio commerciale.",
        ),
        (
            "privacy-policy",
            "Privacy Policy",
            "Informativa sul trattamento dei dati personali degli utenti del sito.",
        ),
        (
            "cookie-policy",
            "Cookie Policy",
            "Questo sito utilizza cookie tecnici e di profilazione di terze parti.",
        ),
        ("newsletter", "Newsletter", "Grazie per esserti iscritto alla newsletter."),
    ):
        pages[f"/{slug}/"] = html(
            shell(
                f"{heading} - {SITE}",
                f'        <div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-page-header"><h1 class="entry-title td-page-title"><span>{heading}</span></h1></div><div class="td-page-content"><p>{text}</p></div></div></div>',
                f'\n    <link rel="canonical" href="{base}/{slug}/" />',
                "page-template-default page",
            )
        )
    pages["/xmlrpc.php"] = Resp(
        b"XML-RPC server accepts POST requests only.", "text/plain; charset=UTF-8"
    )
    pages["/wp-comments-post.php"] = html(
        shell(f"Errore - {SITE}", "<p>ERRORE: compila i campi obbligatori.</p>", "", "error")
    )
    pages["/sitemap_index.xml"] = sitemap_index(
        base,
        [
            "/post-sitemap.xml",
            "/page-sitemap.xml",
            "/category-sitemap.xml",
            "/post_tag-sitemap.xml",
            "/author-sitemap.xml",
        ],
    )
    pages["/post-sitemap.xml"] = sitemap(
        base, [(url[p.idx], p.published.isoformat()) for p in reversed(posts)]
    )
    pages["/page-sitemap.xml"] = sitemap(
        base,
        [("/", None)]
        + [
            (f"/{s}/", "2017-01-10T09:00:00+01:00")
            for s in ("chi-siamo", "contatti", "pubblicita", "privacy-policy", "cookie-policy")
        ],
    )
    pages["/category-sitemap.xml"] = sitemap(base, [(f"/category/{c}/", None) for c in CATS])
    pages["/post_tag-sitemap.xml"] = sitemap(
        base, [(f"/tag/{t}/", None) for t in by_key(posts, lambda p: p.tags)]
    )
    pages["/author-sitemap.xml"] = sitemap(base, [(f"/author/{a}/", None) for a in AUTHORS])
    pages["/robots.txt"] = robots(base, ["/sitemap_index.xml"], ["/wp-admin/"])
    pages["/feed/"] = rss(base, SITE, [(url[p.idx], p) for p in posts[:10]], "it")
    return site_from(NAME, posts, lambda p: url[p.idx], pages, twins)
