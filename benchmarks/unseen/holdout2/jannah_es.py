"""HOLDOUT2: do not read or tune against this module. WordPress + Jannah magazine theme (es, Mexico): mega-menu, breaking ticker, check-also box, related posts, AMP / ?p= / replytocom twins; Yoast paged sitemaps."""

from __future__ import annotations

import json
import random
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

NAME = "jannah_es"
SITE = "El Heraldo del Bajío"
CATS = {"Local": ("local", 3), "Política": ("politica", 4), "Economía": ("economia", 5)}
TAGS = ["Ayuntamiento", "movilidad", "agua potable", "seguridad", "presupuesto", "obras públicas"]
MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
READERS = [
    "Lupita Hernández",
    "Jorge M.",
    "vecino de la colonia Centro",
    "Arturo Sánchez",
    "Mariana",
    "El Profe Ramírez",
]
LINES = [
    "Ojalá ahora sí cumplan, ya van tres administraciones con lo mismo.",
    "¿Y el dinero del año pasado a dónde fue?",
    "Muy buena nota, gracias por informar.",
    "En mi colonia seguimos igual, nadie ha venido.",
    "Hay que estar pendientes de la sesión de cabildo.",
]


def _tslug(t: str) -> str:
    return "-".join(t.lower().replace("ú", "u").replace("í", "i").split())


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        8505,
        "es",
        36,
        "America/Mexico_City",
        list(CATS),
        ["Redacción", "Claudia Ortega", "Luis Fernando Ávila"],
        TAGS,
    )
    rng = random.Random(8505)
    pid = {p.idx: 20310 + 13 * p.idx for p in posts}
    url = {p.idx: f"/{p.published.strftime('%Y/%m/%d')}/{p.slug}/" for p in posts}
    amp = {p.idx: url[p.idx] + "amp/" for p in posts}
    short = {p.idx: f"/?p={pid[p.idx]}" for p in posts}
    threads = {p.idx: thread(rng, READERS, LINES, p.published, 0, 5) for p in posts}
    rtc = {p.idx: f"{url[p.idx]}?replytocom={pid[p.idx] * 10 + 1}" for p in posts if threads[p.idx]}
    views = {p.idx: rng.randint(300, 25000) for p in posts}
    aslug = {a: _tslug(a).replace("á", "a").replace("é", "e") for a in {p.author for p in posts}}
    pages: dict = {}

    def fdate(d):
        return f"{d.day} {MESES[d.month - 1]}, {d.year}"

    def mega():
        out = []
        for c, (s, cid) in CATS.items():
            ps = [q for q in posts if q.section == c][:4]
            boxes = "".join(
                f'<div class="mega-menu-post"><div class="post-thumbnail"><a class="mega-menu-link" href="{url[q.idx]}" title="{escape(q.title)}"><div class="post-thumb"><img src="/wp-content/uploads/2017/03/{q.slug[:12]}-390x220.jpg" alt=""></div></a></div><div class="post-details"><h3 class="post-box-title"><a class="mega-menu-link" href="{url[q.idx]}">{escape(q.title)}</a></h3><div class="post-meta clearfix"><span class="date meta-item tie-icon">{fdate(q.published)}</span></div></div></div>'
                for q in ps
            )
            out.append(
                f'<li id="menu-item-{cid}" class="menu-item menu-item-type-taxonomy menu-item-object-category mega-menu mega-recent-featured"><a href="/category/{s}/">{c}</a><div class="mega-menu-block menu-sub-content"><div class="mega-menu-content"><div class="mega-ajax-content mega-menu-posts-wrapper">{boxes}</div></div></div></li>'
            )
        return "".join(out)

    def sidebar():
        pop = sorted(posts, key=lambda q: -views[q.idx])[:5]
        li = "".join(
            f'<li class="widget-single-post-item widget-post-list"><div class="post-widget-body"><a class="post-title the-subtitle" href="{url[q.idx]}">{escape(q.title)}</a><div class="post-meta"><span class="date meta-item tie-icon">{fdate(q.published)}</span></div></div></li>'
            for q in pop
        )
        cal_days = sorted({q.published.day for q in posts if q.published.month == 4})
        cal = "".join(
            f'<td><a href="/2017/04/{d:02d}/" aria-label="Entradas publicadas el {d} de abril de 2017">{d}</a></td>'
            for d in cal_days
        )
        return (
            f'<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="Barra lateral principal"><div class="theiaStickySidebar">'
            f'<div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">Lo más leído</div></div><div class="widget-posts-list-wrapper"><div class="widget-posts-list-container"><ul class="posts-list-items widget-posts-wrapper">{li}</ul></div></div></div>'
            f'<div id="calendar-2" class="container-wrapper widget widget_calendar"><div class="widget-title the-global-title"><div class="the-subtitle">Calendario</div></div><div id="calendar_wrap" class="calendar_wrap"><table id="wp-calendar" class="wp-calendar-table"><caption>abril 2017</caption><tbody><tr>{cal}</tr></tbody></table><nav aria-label="Meses anteriores y posteriores" class="wp-calendar-nav"><span class="wp-calendar-nav-prev"><a href="/2017/03/">« Mar</a></span></nav></div></div>'
            '<div id="tie-newsletter-3" class="container-wrapper widget subscribe-widget"><div class="widget-inner-wrap"><span class="tie-icon-envelope newsletter-icon" aria-hidden="true"></span><div class="subscribe-widget-content"><h3>Boletín</h3><p>Suscríbete y recibe cada mañana las noticias más importantes del Bajío.</p></div><div id="mc_embed_signup"><form action="/newsletter/" method="post" id="mc-embedded-subscribe-form" class="subscribe-form validate"><input type="email" value="" id="mce-EMAIL" placeholder="Correo electrónico" name="EMAIL" class="subscribe-input required email"><input type="submit" value="Suscribirme" name="subscribe" class="button"></form></div></div></div>'
            "</div></aside>"
        )

    def shell(title, main, cls="home blog", head="", side=True):
        ticker = "".join(
            f'<li class="news-item"><a href="{url[q.idx]}">{escape(q.title)}</a></li>'
            for q in posts[:6]
        )
        return f"""<!DOCTYPE html>
<html lang="es-MX" class="" data-skin="light">
<head>
<meta charset="UTF-8" />
<link rel="profile" href="http://gmpg.org/xfn/11" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<!-- This site is optimized with the Yoast SEO plugin v4.4 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{escape(title)}</title>
{head}
<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="{base}/feed/" />
<link rel='stylesheet' id='tie-css-base-css' href='{base}/wp-content/themes/jannah/assets/css/base.min.css?ver=3.1.2' type='text/css' media='all' />
<meta name="generator" content="WordPress 4.7.3" />
<meta name="generator" content="Jannah 3.1.2" />
</head>
<body id="tie-body" class="{cls} wrapper-has-shadow block-head-1 magazine1 is-thumb-overlay-disabled is-desktop is-header-layout-3 has-header-ad sidebar-right has-sidebar post-layout-1 narrow-title-narrow-media has-mobile-share">
<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below no-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow has-normal-width-logo mobile-header-default">
<nav id="top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="Navegación secundaria"><div class="container"><div class="topbar-wrapper"><div class="topbar-today-date tie-icon">domingo 30 abril 2017</div>
<div class="tie-alignleft"><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">Último momento</span></span><ul id="breaking-news-in-header" class="breaking-news" data-type="reveal" data-arrows="true">{ticker}</ul></div></div>
<div class="tie-alignright"><ul class="components"><li class="social-icons-item"><a class="social-link facebook-social-icon" rel="external noopener nofollow" target="_blank" href="https://www.facebook.com/heraldobajio"><span class="tie-social-icon tie-icon-facebook"></span><span class="screen-reader-text">Facebook</span></a></li></ul></div></div></div></nav>
<div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix"><div id="logo" class="image-logo"><a title="{SITE}" href="{base}/"><img src="{base}/wp-content/uploads/2017/01/logo-heraldo.png" alt="{SITE}" class="logo_normal" width="300" height="49"></a></div></div></div>
<div class="container stream-item stream-item-top-wrapper"><div class="stream-item-top"><a href="https://anunciate.example/" title="" target="_blank"><img src="/wp-content/uploads/2017/01/banner-728x90.png" alt="Publicidad" width="728" height="91"></a></div></div></div></div>
<div class="main-nav-wrapper"><nav id="main-nav" data-skin="search-in-main-nav" class="main-nav header-nav live-search-parent" aria-label="Navegación principal"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu"><ul id="menu-principal" class="menu" role="menubar"><li class="menu-item menu-item-type-custom menu-item-home"><a href="{base}/">Inicio</a></li>{mega()}<li class="menu-item"><a href="/2017/">Archivo</a></li></ul></div></div>
<ul class="components"><li class="search-compact-icon menu-item custom-menu-link"><a href="#" class="tie-search-trigger"><span class="tie-icon-search tie-search-icon" aria-hidden="true"></span><span class="screen-reader-text">Buscar</span></a></li></ul></div></div></div></nav></div>
</header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
{main}
</div>
{sidebar() if side else ""}
</div></div>
<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="footer-widgets-container"><div class="container"><div class="footer-widget-area"><div class="container-wrapper widget widget_text"><div class="widget-title the-global-title"><div class="the-subtitle">Quiénes somos</div></div><div class="textwidget"><p>El Heraldo del Bajío es un diario digital independiente con sede en León, Guanajuato.</p></div></div></div></div></div>
<div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12"><div class="copyright-text copyright-text-first">© Copyright 2017, Todos los derechos reservados | {SITE}</div><div class="footer-menu"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="/aviso-de-privacidad/">Aviso de privacidad</a></li><li class="menu-item"><a href="/contacto/">Contacto</a></li></ul></div></div></div></div></div></footer>
<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="tie-icon-angle-up"></span><span class="screen-reader-text">Botón volver arriba</span></a>
</div></div></div>
<div id="tie-cookie-consent" class="cookie-notice"><p>Utilizamos cookies para asegurar que damos la mejor experiencia al usuario en nuestro sitio web. Si continúa utilizando este sitio asumiremos que está de acuerdo.</p><a class="button" href="#">Estoy de acuerdo</a> <a class="button" href="/aviso-de-privacidad/">Leer más</a></div>
<script type='text/javascript'>var tie = {{"is_rtl":"","ajaxurl":"{base}/wp-admin/admin-ajax.php","is_taqyeem_active":"","is_sticky_video":"","mobile_menu_top":"","mobile_menu_active":"area","mobile_menu_parent":"","lightbox_all":"true","lightbox_gallery":"true","lightbox_skin":"dark","type_to_search":"","lang_no_results":"No se han encontrado resultados","breaking_type":"reveal","breaking_arrows":"true"}};</script>
</body>
</html>"""

    def single(p, replyto=None):
        d = p.published
        i = posts.index(p)
        s, cid = CATS[p.section]
        rel = [q for q in posts if q.section == p.section and q is not p][:6]
        also = posts[(i + 3) % len(posts)]
        body = "".join(f"<p>{escape(x)}</p>" for x in p.paras[:2])
        body += '<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter"><span class="stream-title">Publicidad</span><a href="https://anunciate.example/" target="_blank"><img src="/wp-content/uploads/2017/01/banner-300x250.png" alt="" width="300" height="250"></a></div>'
        body += "".join(f"<p>{escape(x)}</p>" for x in p.paras[2:])
        tags = "".join(f'<a href="/tag/{_tslug(t)}/" rel="tag">{t}</a>' for t in p.tags)
        relh = "".join(
            f'<div class="related-item"><a aria-label="{escape(q.title)}" href="{url[q.idx]}" class="post-thumb"><img width="390" height="220" src="/wp-content/uploads/2017/03/{q.slug[:12]}-390x220.jpg" class="attachment-jannah-image-large size-jannah-image-large wp-post-image" alt=""></a><h3 class="post-title"><a href="{url[q.idx]}">{escape(q.title)}</a></h3><div class="post-meta clearfix"><span class="date meta-item tie-icon">{fdate(q.published)}</span></div></div>'
            for q in rel
        )
        coms = "".join(
            f'<li class="comment even thread-even depth-1" id="li-comment-{pid[p.idx] * 10 + j + 1}"><article id="comment-{pid[p.idx] * 10 + j + 1}" class="comment-body"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/{j}?s=70&amp;d=mm&amp;r=g" class="avatar avatar-70 photo" height="70" width="70"><div class="author-info clearfix"><b class="fn">{escape(w)}</b><span class="says">dice:</span><div class="comment-meta commentmetadata"><a href="{url[p.idx]}#comment-{pid[p.idx] * 10 + j + 1}"><time datetime="{t.isoformat()}">{fdate(t)} a las {t.strftime("%H:%M")}</time></a></div></div></div><div class="comment-content entry clearfix"><p>{escape(x)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="{url[p.idx]}?replytocom={pid[p.idx] * 10 + j + 1}#respond" data-commentid="{pid[p.idx] * 10 + j + 1}" aria-label="Responder a {escape(w)}">Responder</a></div></article></li>'
            for j, (w, t, x) in enumerate(threads[p.idx])
        )
        reply_title = (
            f"Responder a {escape(threads[p.idx][0][0])}" if replyto else "Deja una respuesta"
        )
        prev = (
            f'<div class="tie-col-xs-6 prev-post"><a href="{url[posts[i + 1].idx]}" class="post-thumb" rel="prev"><div class="post-thumb-overlay-wrap"></div></a><a href="{url[posts[i + 1].idx]}" rel="prev"><h3 class="post-title">{escape(posts[i + 1].title)}</h3></a></div>'
            if i + 1 < len(posts)
            else ""
        )
        nxt = (
            f'<div class="tie-col-xs-6 next-post"><a href="{url[posts[i - 1].idx]}" rel="next"><h3 class="post-title">{escape(posts[i - 1].title)}</h3></a></div>'
            if i
            else ""
        )
        main = f"""<div class="container-wrapper"><article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer"><nav id="breadcrumb"><a href="{base}/"><span class="tie-icon-home" aria-hidden="true"></span> Inicio</a><em class="delimiter">/</em><a href="/category/{s}/">{p.section}</a><em class="delimiter">/</em><span class="current">{escape(p.title)}</span></nav>
<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-{cid}" href="/category/{s}/">{p.section}</a></span>
<h1 class="post-title entry-title">{escape(p.title)}</h1>
<div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-{cid}"><span class="meta-author-avatar"><a href="/author/{aslug[p.author]}/"><img alt="Foto de {escape(p.author)}" src="https://secure.gravatar.com/avatar/a{cid}?s=140&amp;d=mm&amp;r=g" class="avatar avatar-140 photo" height="140" width="140"></a></span><span class="meta-author"><a href="/author/{aslug[p.author]}/" class="author-name tie-icon" title="{escape(p.author)}">{escape(p.author)}</a></span></span></span><span class="date meta-item tie-icon">{fdate(d)}</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">{len(threads[p.idx])}</span><span class="meta-views meta-item hot"><span class="tie-icon-fire" aria-hidden="true"></span> {views[p.idx]:,} </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> 2 minutos de lectura</span></div></div></div></header>
<div id="share-buttons-top" class="share-buttons share-buttons-top"><div class="share-links"><a href="https://www.facebook.com/sharer.php?u={base}{short[p.idx]}" rel="external noopener nofollow" title="Facebook" target="_blank" class="facebook-share-btn large-share-button"><span class="share-btn-icon tie-icon-facebook"></span> <span class="social-text">Facebook</span></a><a href="https://twitter.com/intent/tweet?text={escape(p.title)}&amp;url={base}{short[p.idx]}" rel="external noopener nofollow" title="Twitter" target="_blank" class="twitter-share-btn large-share-button"><span class="share-btn-icon tie-icon-twitter"></span> <span class="social-text">Twitter</span></a><a href="https://api.whatsapp.com/send?text={escape(p.title)}%20{base}{short[p.idx]}" rel="external noopener nofollow" title="WhatsApp" target="_blank" class="whatsapp-share-btn"><span class="share-btn-icon tie-icon-whatsapp"></span></a></div></div>
<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="/wp-content/uploads/2017/03/{p.slug[:12]}-780x470.jpg" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt=""><figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> Foto: Archivo / {SITE}</figcaption></figure></div></div>
<div class="entry-content entry clearfix">
{body}
</div>
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> Etiquetas</div><span class="tagcloud">{tags}</span></div>
<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links"><a href="https://www.facebook.com/sharer.php?u={base}{short[p.idx]}" class="facebook-share-btn">Facebook</a><a href="https://twitter.com/intent/tweet?url={base}{short[p.idx]}" class="twitter-share-btn">Twitter</a><a href="mailto:?subject={escape(p.title)}&amp;body={base}{short[p.idx]}" class="email-share-btn">Compartir por correo</a><a href="#" class="print-share-btn">Imprimir</a></div></div>
</article>
<div class="post-components"><div class="about-author container-wrapper about-author-{cid}"><div class="author-avatar"><a href="/author/{aslug[p.author]}/"><img alt="" src="https://secure.gravatar.com/avatar/a{cid}?s=180" class="avatar avatar-180 photo" height="180" width="180"></a></div><div class="author-info"><h3 class="author-name"><a href="/author/{aslug[p.author]}/">{escape(p.author)}</a></h3><div class="author-bio">Periodista de {SITE}. Cubre el Ayuntamiento, movilidad y servicios públicos de la zona metropolitana.</div></div></div>
<div class="prev-next-post-nav container-wrapper media-overlay"><div class="tie-row">{prev}{nxt}</div></div>
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>Artículos relacionados</h3></div><div class="related-posts-list">{relh}</div></div>
<div id="comments" class="comments-area"><div id="comments-box" class="container-wrapper"><div class="block-head theme-notice"><h3 id="comments-title" class="the-global-title">{len(threads[p.idx])} comentarios</h3></div><ol class="comment-list">{coms}</ol></div>
<div id="add-comment-block" class="container-wrapper"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">{reply_title}</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Tu dirección de correo electrónico no será publicada.</span> Los campos obligatorios están marcados con <span class="required">*</span></p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publicar comentario"></p></form></div></div></div></div>
<div id="check-also-box" class="container-wrapper check-also-right"><div class="widget-title the-global-title"><div class="the-subtitle">Mira también</div><a href="#" id="check-also-close" class="remove"><span class="screen-reader-text">Cerrar</span></a></div><div class="widget posts-list-big-first has-first-big-post"><ul class="posts-list-items"><li class="widget-single-post-item widget-post-list tie-standard"><div class="post-widget-body"><a class="post-title the-subtitle" href="{url[also.idx]}">{escape(also.title)}</a><div class="post-meta"><span class="date meta-item tie-icon">{fdate(also.published)}</span></div></div></li></ul></div></div></div>"""
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "WebPage",
                    "@id": f"{base}{url[p.idx]}",
                    "url": f"{base}{url[p.idx]}",
                    "name": f"{p.title} - {SITE}",
                    "datePublished": d.isoformat(),
                    "dateModified": d.isoformat(),
                    "inLanguage": "es-MX",
                },
                {
                    "@type": "Article",
                    "headline": p.title,
                    "datePublished": d.isoformat(),
                    "author": {"@type": "Person", "name": p.author},
                    "articleSection": p.section,
                    "keywords": ",".join(p.tags),
                },
            ],
        }
        robots_meta = '<meta name="robots" content="noindex, follow" />' if replyto else ""
        head = (
            f'{robots_meta}<link rel="canonical" href="{base}{url[p.idx]}" /><meta property="og:locale" content="es_MX" /><meta property="og:type" content="article" /><meta property="og:title" content="{escape(p.title)} - {SITE}" />'
            f'<meta property="article:section" content="{p.section}" /><meta property="article:published_time" content="{d.isoformat()}" /><link rel="amphtml" href="{base}{amp[p.idx]}" /><link rel="shortlink" href="{base}{short[p.idx]}" />'
            f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>'
        )
        return shell(
            f"{p.title} - {SITE}",
            main,
            f"post-template-default single single-post postid-{pid[p.idx]} single-format-standard",
            head,
        )

    def amp_page(p):
        d = p.published
        return f"""<!doctype html><html amp lang="es-MX"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no"><link rel="canonical" href="{base}{url[p.idx]}" /><title>{escape(p.title)} - {SITE}</title><script custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js" async></script><style amp-custom>body{{font-family:sans-serif}}</style></head>
<body class="single-post amp-single"><header class="header"><div class="logo"><a href="{base}/">{SITE}</a></div></header><amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="{base}/category/local/">Local</a></li><li><a href="{base}/category/politica/">Política</a></li></ul></amp-sidebar>
<div class="amp-wp-article"><div class="amp-wp-article-header"><h1 class="amp-wp-title">{escape(p.title)}</h1><div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{escape(p.author)}</span></div><div class="amp-wp-meta amp-wp-posted-on"><time datetime="{d.isoformat()}">{fdate(d)}</time></div></div>
<div class="amp-wp-article-content">{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}</div><footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Categorías: <a href="{base}/category/{CATS[p.section][0]}/">{p.section}</a></div><div class="amp-wp-meta amp-wp-comments-link"><a href="{base}{url[p.idx]}#respond">Deja un comentario</a></div></footer></div>
<footer class="amp-wp-footer"><div><p>© {SITE} 2017</p><a href="#top" class="back-to-top">Volver arriba ↑</a></div></footer></body></html>"""

    for p in posts:
        page = html(single(p))
        pages[url[p.idx]] = page
        pages[short[p.idx]] = page
        pages[amp[p.idx]] = html(amp_page(p))
        if p.idx in rtc:
            pages[rtc[p.idx]] = html(single(p, True))
            for j in range(1, len(threads[p.idx])):
                pages[f"{url[p.idx]}?replytocom={pid[p.idx] * 10 + j + 1}"] = pages[rtc[p.idx]]

    def boxitem(q):
        return (
            f'<li class="post-item tie-standard"><a aria-label="{escape(q.title)}" href="{url[q.idx]}" class="post-thumb"><span class="post-cat-wrap"><span class="post-cat tie-cat-{CATS[q.section][1]}">{q.section}</span></span><img width="390" height="220" src="/wp-content/uploads/2017/03/{q.slug[:12]}-390x220.jpg" class="attachment-jannah-image-large size-jannah-image-large wp-post-image" alt=""></a>'
            f'<div class="post-details"><div class="post-meta clearfix"><span class="author-meta single-author no-avatars"><span class="meta-item meta-author-wrapper"><span class="meta-author"><a href="/author/{aslug[q.author]}/" class="author-name tie-icon">{escape(q.author)}</a></span></span></span><span class="date meta-item tie-icon">{fdate(q.published)}</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">{len(threads[q.idx])}</span></div></div>'
            f'<h2 class="post-title"><a href="{url[q.idx]}">{escape(q.title)}</a></h2><p class="post-excerpt">{escape(q.paras[0][:150])} &hellip;</p><a class="more-link button" href="{url[q.idx]}">Leer más »</a></div></li>'
        )

    def archive(path0, title, items, cls, per=10, desc=""):
        def nth(k):
            if not k:
                return path0
            if path0.startswith("/?"):
                return f"/page/{k + 1}/{path0[1:]}"
            return f"{path0}page/{k + 1}/"

        def render(chunk, k, n):
            nums = "".join(
                f'<li class="{"current" if j == k else ""}">'
                + (
                    f'<span class="pages-nav-item">{j + 1}</span>'
                    if j == k
                    else f'<a href="{nth(j)}">{j + 1}</a>'
                )
                + "</li>"
                for j in range(n)
            )
            older = "" if k + 1 >= n else f'<a href="{nth(k + 1)}">Entradas anteriores</a>'
            nav = f'<div class="pages-nav"><div class="pages-numbers pages-standard"><span class="first-page first-last-pages">{older}</span><ul>{nums}</ul></div></div>'
            head = (
                f'<header class="entry-header-outer container-wrapper"><h1 class="page-title">{escape(title)}</h1>{desc}</header>'
                if title
                else ""
            )
            return shell(
                f"{title or SITE} - {SITE}" + (f" - Página {k + 1}" if k else ""),
                f'{head}<div class="mag-box wide-post-box"><div class="container-wrapper"><div class="mag-box-container clearfix"><ul id="posts-container" class="posts-items">{"".join(boxitem(q) for q in chunk)}</ul></div></div></div>{nav}',
                cls,
            )

        paged(pages, nth, items, per, render)

    archive("/", "", posts, "home blog", 10)
    for c, (s, cid) in CATS.items():
        archive(
            f"/category/{s}/",
            c,
            [p for p in posts if p.section == c],
            f"archive category category-{s} category-{cid}",
            8,
        )
    for t, items in by_key(posts, lambda p: p.tags).items():
        archive(f"/tag/{_tslug(t)}/", f"Etiqueta: {t}", items, "archive tag", 8)
    for a, s in aslug.items():
        archive(
            f"/author/{s}/",
            a,
            [p for p in posts if p.author == a],
            "archive author",
            10,
            f'<div class="taxonomy-description">Artículos de {escape(a)}</div>',
        )
    archive("/2017/", "Año: 2017", posts, "archive date", 12)
    for (y, m), items in by_month(posts).items():
        archive(f"/{y}/{m:02d}/", f"Mes: {MESES[m - 1]} {y}", items, "archive date", 12)
        for dd, ditems in by_key(items, lambda q: q.published.strftime("%d")).items():
            archive(
                f"/{y}/{m:02d}/{dd}/",
                f"Día: {int(dd)} {MESES[m - 1]}, {y}",
                ditems,
                "archive date",
                12,
            )
    pages["/?s="] = html(
        shell(
            f"Has buscado  - {SITE}",
            '<header class="entry-header-outer container-wrapper"><h1 class="page-title">Resultados de búsqueda para: <span></span></h1></header><div class="container-wrapper"><p>Lo sentimos, pero nada coincide con tus términos de búsqueda.</p><form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" name="s"></form></div>',
            "search search-no-results",
        )
    )
    for path, title, text in [
        (
            "/aviso-de-privacidad/",
            "Aviso de privacidad",
            "El Heraldo del Bajío, con domicilio en León, Guanajuato, es responsable del tratamiento de sus datos personales.",
        ),
        (
            "/contacto/",
            "Contacto",
            "Escríbenos a redaccion@heraldobajio.example o llámanos al 477 000 0000.",
        ),
        ("/newsletter/", "Boletín", "¡Gracias por suscribirte! Revisa tu correo para confirmar."),
    ]:
        pages[path] = html(
            shell(
                f"{title} - {SITE}",
                f'<article class="container-wrapper post-content"><h1 class="post-title entry-title">{title}</h1><div class="entry-content entry clearfix"><p>{text}</p></div></article>',
                "page-template-default page",
            )
        )
    # Yoast: sitemap index -> post sitemaps of 15 URLs each, page/category/author sitemaps
    chunks = [posts[i : i + 15] for i in range(0, len(posts), 15)]
    names = ["/post-sitemap.xml"] + [f"/post-sitemap{k + 1}.xml" for k in range(1, len(chunks))]
    for name, chunk in zip(names, chunks, strict=True):
        pages[name] = sitemap(base, [(url[p.idx], p.published.isoformat()) for p in chunk])
    pages["/page-sitemap.xml"] = sitemap(
        base, [("/", None), ("/contacto/", None), ("/aviso-de-privacidad/", None)]
    )
    pages["/category-sitemap.xml"] = sitemap(
        base, [(f"/category/{s}/", None) for s, _ in CATS.values()]
    )
    pages["/author-sitemap.xml"] = sitemap(base, [(f"/author/{s}/", None) for s in aslug.values()])
    pages["/sitemap_index.xml"] = sitemap_index(
        base, [*names, "/page-sitemap.xml", "/category-sitemap.xml", "/author-sitemap.xml"]
    )
    pages["/feed/"] = rss(base, SITE, [(url[p.idx], p) for p in posts[:10]], "es-MX")
    pages["/robots.txt"] = robots(
        base, ["/sitemap_index.xml"], ["/wp-admin/", "/?s=", "/*?replytocom"]
    )
    return site_from(
        NAME,
        posts,
        lambda p: url[p.idx],
        pages,
        lambda p: (
            [amp[p.idx], short[p.idx]]
            + (
                [
                    f"{url[p.idx]}?replytocom={pid[p.idx] * 10 + j + 1}"
                    for j in range(len(threads[p.idx]))
                ]
                if p.idx in rtc
                else []
            )
        ),
    )
