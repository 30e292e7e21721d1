"""Shopify store blog used for news, Dawn theme (is), Atlantic/Reykjavik.

Modelled on Shopify's Dawn theme: `sections/main-article.liquid` (`article-template`,
`article-template__title`, `circle-divider` date via `published_at | time_tag: format: 'date'` =
`<time datetime="...Z">` with the shop-zone day, `article-template__content rte`, `share-button`,
`article-template__back`, comments paginated by 5 and the `new_comment` form, `structured_data`
JSON-LD), `sections/main-blog.liquid` + `snippets/article-card.liquid` (`blog-articles`,
`article-card__info`, excerpt, `pagination` with `?page=N`), `layout/theme.liquid` (announcement
bar, `header__icons` with cart, newsletter footer, `localization-form`). Shopify around it:
`/blogs/<blog>/<handle>`, `/blogs/<blog>/tagged/<tag>`, the blog's Atom feed `/blogs/<blog>.atom`,
`sitemap.xml` as an index of `sitemap_*_1.xml`, products in the store, and the Markets
English-language twin `/en/blogs/...` (hreflang alternate; its canonical names itself).
"""

# ruff: noqa: RUF001  (typographic dashes are the point here)

from __future__ import annotations

import json
import random
from datetime import UTC
from html import escape

from benchmarks.unseen.common import (
    by_key,
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

NAME = "shopify_is"
SITE = "Bókabúðin Vestra"
BLOG = "/blogs/frettir"
TAGS = ["Bæjarmál", "Samgöngur", "Heilbrigði", "Skipulag", "Húsnæði"]
AUTHORS = ["Guðrún Jónsdóttir", "Sigurður Þórsson", "Helga Björk"]
READERS = ["Jón Páll", "Anna K.", "Einar", "Sólveig", "Kristján"]
REMARKS = [
    "Takk fyrir góða samantekt.",
    "Þetta er alltaf sama sagan.",
    "Hvar er hægt að sjá teikningarnar?",
    "Loksins gerist eitthvað í þessu máli.",
]
MONTHS = ["janúar", "febrúar", "mars", "apríl", "maí", "júní"]
PRODUCTS = [
    ("kort-af-vestfjordum", "Kort af Vestfjörðum", "2.490 kr"),
    ("dagatal-2017", "Dagatal 2017", "1.990 kr"),
]
PER = 6


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1302, "is", 31, "Atlantic/Reykjavik", TAGS, AUTHORS, TAGS)
    rng = random.Random(1302)
    talk = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 4) for p in posts}
    handle = {p.idx: ascii_slug(p.title, f"frett-{p.idx}") for p in posts}
    url = {p.idx: f"{BLOG}/{handle[p.idx]}" for p in posts}
    aid = {p.idx: 236478201 + p.idx * 17 for p in posts}

    def tag_url(t):
        return f"{BLOG}/tagged/{ascii_slug(t, 'x')}"

    def utc(d):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def time_tag(d):
        return f'<time datetime="{utc(d)}">{d.day}. {MONTHS[d.month - 1]} {d.year}</time>'

    def shell(title, main, path, head="", lang="is", canonical=None):
        prefix = "/en" if lang == "en" else ""
        canon = canonical if canonical is not None else prefix + path
        hreflang = (
            f'\n    <link rel="alternate" hreflang="is" href="{base}{path}">'
            f'\n    <link rel="alternate" hreflang="en" href="{base}/en{path if path != "/" else ""}">'
        )
        menu = [
            ("/", "Forsíða"),
            ("/collections/all", "Vörur"),
            (BLOG, "Fréttir"),
            ("/pages/um-okkur", "Um okkur"),
        ]
        nav = "".join(
            f'<li><a href="{(prefix + h) if h != "/" else (prefix or "/")}" class="header__menu-item list-menu__item link link--text focus-inset"><span>{t}</span></a></li>'
            for h, t in menu
        )
        return f"""<!doctype html>
<html class="no-js" lang="{lang}">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="{base}{canon}">{hreflang}
    <title>{escape(title)}</title>{head}
    <script src="//bokabudinvestra.is/cdn/shop/t/3/assets/constants.js?v=58251544750838685771" defer="defer"></script>
    <link href="//bokabudinvestra.is/cdn/shop/t/3/assets/base.css?v=80029186163426584691" rel="stylesheet" type="text/css" media="all">
    <script>window.Shopify = window.Shopify || {{}};Shopify.shop = "bokabudin-vestra.myshopify.com";Shopify.locale = "{lang}";Shopify.currency = {{"active":"ISK","rate":"1.0"}};Shopify.theme = {{"name":"Dawn","id":120000123,"schema_name":"Dawn","schema_version":"15.0.0"}};</script>
  </head>
  <body class="gradient animate--hover-default">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">Fara í efni</a>
    <div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="Tilkynning"><p class="announcement-bar__message h5"><span>Frí heimsending af pöntunum yfir 8.000 kr.</span></p></div></div></div></div>
    <div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu">
      <a href="{prefix or "/"}" class="header__heading-link link link--text focus-inset"><span class="h2">{SITE}</span></a>
      <nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">{nav}</ul></nav>
      <div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Leita"><span class="svg-wrapper">Leita</span></summary></details></details-modal>
        <a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Innskráning</span></a>
        <a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Karfa</span></a></div>
    </header></sticky-header></div>
    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
{main}
    </main>
    <div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient section-sections--footer-padding">
      <div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Skráðu þig á póstlistann</h2>
        <form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Netfang" required><label class="field__label" for="NewsletterForm--footer">Netfang</label><button type="submit" class="newsletter-form__button field__button" name="commit">Skrá</button></div></div></form></div></div>
        <ul class="footer__list-social list-unstyled list-social" role="list"><li class="list-social__item"><a href="https://facebook.com/bokabudinvestra" class="link list-social__link"><span class="visually-hidden">Facebook</span></a></li><li class="list-social__item"><a href="https://instagram.com/bokabudinvestra" class="link list-social__link"><span class="visually-hidden">Instagram</span></a></li></ul></div>
      <div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate"><localization-form><form method="post" action="/localization" id="FooterLanguageFormNoScriptFooter" accept-charset="UTF-8" class="localization-form"><input type="hidden" name="form_type" value="localization"><h2 class="caption-large text-body">Tungumál</h2><select class="localization-selector link" name="locale_code"><option value="is" lang="is"{" selected" if lang == "is" else ""}>íslenska</option><option value="en" lang="en"{" selected" if lang == "en" else ""}>English</option></select><button class="button button--tertiary">Uppfæra tungumál</button></form></localization-form></div>
        <div class="footer__copyright caption"><small class="copyright__content">&copy; 2017, <a href="{prefix or "/"}" title="">{SITE}</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small><ul class="policies list-unstyled"><li><a href="/policies/privacy-policy">Persónuverndarstefna</a></li><li><a href="/policies/terms-of-service">Skilmálar</a></li></ul></div></div></div>
    </footer></div>
    <div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog"><div class="shopify-pc__banner__body"><p class="shopify-pc__banner__body-title">Vafrakökur</p><p>Við notum vafrakökur til að bæta upplifun þína og greina umferð.</p></div><div class="shopify-pc__banner__btns"><button class="shopify-pc__banner__btn-accept" type="button">Samþykkja</button><button class="shopify-pc__banner__btn-decline" type="button">Hafna</button></div></div>
  </body>
</html>"""

    def article_main(p, lang):
        prefix = "/en" if lang == "en" else ""
        cs = talk[p.idx]
        n = len(cs)
        comments = "".join(
            f'<article id="{aid[p.idx] * 10 + j}" class="article-template__comments-comment"><p>{escape(x)}</p>'
            f'<footer class="right"><span class="circle-divider caption-with-letter-spacing">{escape(w)}</span><span class="caption-with-letter-spacing">{time_tag(t)}</span></footer></article>'
            for j, (w, t, x) in enumerate(cs)
        )
        heading = (
            f'<h2 id="Comments-{aid[p.idx]}" tabindex="-1">{n} athugasemd{"ir" if n != 1 else ""}</h2><div class="article-template__comments">{comments}</div>'
            if n
            else ""
        )
        share = f"{base}{url[p.idx]}"
        ld = {
            "@context": "http://schema.org/",
            "@type": "BlogPosting",
            "articleBody": " ".join(p.paras),
            "author": {"@type": "Person", "name": p.author},
            "dateModified": utc(p.published),
            "datePublished": utc(p.published),
            "headline": p.title,
            "mainEntityOfPage": {"@type": "WebPage", "@id": share},
            "publisher": {"@type": "Organization", "name": SITE},
            "url": share,
        }
        body = "".join(f"<p>{escape(x)}</p>" for x in p.paras)
        return f"""      <section id="shopify-section-template--main" class="shopify-section section"><link href="//bokabudinvestra.is/cdn/shop/t/3/assets/section-blog-post.css?v=1" rel="stylesheet" type="text/css" media="all">
<article class="article-template">
  <div class="article-template__hero-container"><div class="article-template__hero-adapt media" style="padding-bottom: 56.25%;"><img src="//bokabudinvestra.is/cdn/shop/articles/{handle[p.idx]}_1100x.jpg" loading="eager" width="1600" height="900" alt=""></div></div>
  <header class="page-width page-width--narrow">
    <h1 class="article-template__title">{escape(p.title)}</h1>
    <span class="circle-divider caption-with-letter-spacing">{time_tag(p.published)}</span>
    <span class="caption-with-letter-spacing"><span>{escape(p.author)}</span></span>
  </header>
  <div class="article-template__content page-width page-width--narrow rte">
    {body}
  </div>
  <div class="article-template__social-sharing page-width page-width--narrow">
    <share-button id="Share-template--main" class="share-button quick-add-hidden"><button class="share-button__button hidden"><span class="svg-wrapper"></span>Deila</button><details id="Details-share-template--main"><summary class="share-button__button"><span class="svg-wrapper"></span>Deila</summary><div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--main" class="share-button__message hidden" role="status"></span><input type="text" class="field__input" id="ShareUrl-template--main" value="{share}" placeholder="Tengill" onclick="this.select();" readonly><label class="field__label" for="ShareUrl-template--main">Tengill</label></div><button class="share-button__close hidden no-js-hidden"><span class="visually-hidden">Loka</span></button><button class="share-button__copy no-js-hidden"><span class="visually-hidden">Afrita tengil</span></button></div></details></share-button>
  </div>
  <div class="article-template__back element-margin-top center">
    <a href="{prefix}{BLOG}" class="article-template__link link animate-arrow"><span class="icon-wrap"><span class="svg-wrapper"></span></span>Til baka í Fréttir</a>
  </div>
  <div class="article-template__comment-wrapper background-secondary">
    <div id="comments" class="page-width page-width--narrow">
      {heading}
      <form method="post" action="{prefix}{url[p.idx]}/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form"><input type="hidden" name="form_type" value="new_comment"><input type="hidden" name="utf8" value="✓">
        <h2>Skrifa athugasemd</h2>
        <div class="article-template__comments-fields"><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author" class="field__input" autocomplete="name" required placeholder="Nafn"><label class="field__label" for="CommentForm-author">Nafn<span aria-hidden="true">*</span></label></div><div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" required placeholder="Netfang"><label class="field__label" for="CommentForm-email">Netfang<span aria-hidden="true">*</span></label></div></div><div class="field field--with-error"><textarea rows="5" name="comment[body]" id="CommentForm-body" class="text-area field__input" required placeholder="Athugasemd"></textarea><label class="form__label field__label" for="CommentForm-body">Athugasemd<span aria-hidden="true">*</span></label></div></div>
        <p class="article-template__comment-warning caption">Athugið að athugasemdir þurfa samþykki áður en þær birtast.</p>
        <input type="submit" class="button" value="Senda athugasemd">
      </form>
    </div>
  </div>
</article>
<script type="application/ld+json">
  {json.dumps(ld, ensure_ascii=False)}
</script>
</section>"""

    def article_head(p):
        return (
            f'\n    <meta property="og:site_name" content="{SITE}">\n    <meta property="og:url" content="{base}{url[p.idx]}">'
            f'\n    <meta property="og:title" content="{escape(p.title)}">\n    <meta property="og:type" content="article">'
            f'\n    <meta property="og:description" content="{escape(p.paras[0][:160])}">'
        )

    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(
            shell(f"{p.title} – {SITE}", article_main(p, "is"), url[p.idx], article_head(p))
        )
        pages["/en" + url[p.idx]] = html(
            shell(f"{p.title} – {SITE}", article_main(p, "en"), url[p.idx], article_head(p), "en")
        )

    def twins(p):
        return ["/en" + url[p.idx]]

    def card(q, lang):
        prefix = "/en" if lang == "en" else ""
        excerpt = q.paras[0][:150].rsplit(" ", 1)[0] + "…"
        return f"""        <div class="blog-articles__article article">
          <div class="card-wrapper underline-links-hover"><div class="card article-card card--standard card--media">
            <div class="card__inner ratio" style="--ratio-percent: 52.6%;"><div class="article-card__image-wrapper card__media"><div class="article-card__image media media--hover-effect"><img src="//bokabudinvestra.is/cdn/shop/articles/{handle[q.idx]}_533x.jpg" class="motion-reduce" loading="lazy" width="1600" height="900" alt=""></div></div></div>
            <div class="card__content"><div class="card__information">
              <h3 class="card__heading h2"><a href="{prefix}{url[q.idx]}" class="full-unstyled-link">{escape(q.title)}</a></h3>
              <div class="article-card__info caption-with-letter-spacing h5"><span class="circle-divider">{time_tag(q.published)}</span></div>
              <p class="article-card__excerpt rte-width">{escape(excerpt)}</p>
              <div class="article-card__footer"></div>
            </div></div>
          </div></div>
        </div>"""

    def lister(root, heading, items, lang="is"):
        prefix = "/en" if lang == "en" else ""

        def nth(k):
            return prefix + root + (f"?page={k + 1}" if k else "")

        def render(chunk, k, n):
            prev = (
                f'<li><a href="{nth(k - 1)}" class="pagination__item pagination__item--next pagination__item-arrow link motion-reduce" aria-label="Fyrri síða"><span class="svg-wrapper"></span></a></li>'
                if k
                else ""
            )
            nums = "".join(
                f'<li><span class="pagination__item pagination__item--current" aria-current="page" aria-label="Síða {j + 1}">{j + 1}</span></li>'
                if j == k
                else f'<li><a href="{nth(j)}" class="pagination__item link" aria-label="Síða {j + 1}">{j + 1}</a></li>'
                for j in range(n)
            )
            nxt = (
                f'<li><a href="{nth(k + 1)}" class="pagination__item pagination__item--prev pagination__item-arrow link motion-reduce" aria-label="Næsta síða"><span class="svg-wrapper"></span></a></li>'
                if k + 1 < n
                else ""
            )
            pager = (
                f'<div class="pagination-wrapper"><nav class="pagination" role="navigation" aria-label="Síður"><ul class="pagination__list list-unstyled" role="list">{prev}{nums}{nxt}</ul></nav></div>'
                if n > 1
                else ""
            )
            tags = "".join(f'<a href="{prefix}{tag_url(t)}" class="link">{t}</a> ' for t in TAGS)
            main = f"""      <section id="shopify-section-template--main-blog" class="shopify-section section"><div class="main-blog page-width">
  <h1 class="title--primary">{escape(heading)}</h1>
  <div class="blog-tags caption">{tags}</div>
  <div class="blog-articles blog-articles--collage">
{"".join(card(q, lang) for q in chunk)}
  </div>
  {pager}
</div></section>"""
            return shell(
                f"{heading} – {SITE}" + (f" – Síða {k + 1}" if k else ""),
                main,
                root + (f"?page={k + 1}" if k else ""),
                lang=lang,
                canonical=nth(k),
            )

        paged(pages, nth, items, PER, render)

    lister(BLOG, "Fréttir", posts)
    lister(BLOG, "Fréttir", posts, "en")
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(tag_url(t), f"Fréttir – {t}", items)
        lister(tag_url(t), f"Fréttir – {t}", items, "en")
    prod_cards = "".join(
        f'<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card card--standard"><div class="card__content"><h3 class="card__heading"><a href="/products/{h}" class="full-unstyled-link">{t}</a></h3><div class="price"><span class="price-item price-item--regular">{pr} ISK</span></div></div></div></div></li>'
        for h, t, pr in PRODUCTS
    )
    home = f"""      <section class="shopify-section section"><div class="banner banner--adapt"><div class="banner__content page-width"><div class="banner__box content-container"><h2 class="banner__heading inline-richtext h1">Bækur, kort og fréttir að vestan</h2><div class="banner__buttons"><a href="/collections/all" class="button button--primary">Skoða vörur</a></div></div></div></div></section>
      <section class="shopify-section section"><div class="page-width"><h2 class="title inline-richtext h2">Vinsælar vörur</h2><ul class="grid product-grid contains-card grid--4-col-desktop" role="list">{prod_cards}</ul></div></section>
      <section class="shopify-section section"><div class="blog page-width"><div class="title-wrapper-with-link"><h2 class="blog__title inline-richtext h2">Nýjustu fréttir</h2><a href="{BLOG}" class="link underlined-link large-up-hide">Sjá allt</a></div><div class="blog__posts articles-wrapper contains-card--article grid">{"".join(card(q, "is") for q in posts[:3])}</div><div class="blog__view-all center small-hide"><a href="{BLOG}" class="blog__button button">Sjá allt</a></div></div></section>"""
    pages["/"] = html(shell(SITE, home, "/"))
    pages["/en"] = html(
        shell(
            SITE, home.replace(f'href="{BLOG}', f'href="/en{BLOG}'), "/", lang="en", canonical="/en"
        )
    )
    for h, t, pr in PRODUCTS:
        pages[f"/products/{h}"] = html(
            shell(
                f"{t} – {SITE}",
                f'<section class="shopify-section section"><div class="page-width"><div class="product grid"><div class="product__info-wrapper"><h1>{t}</h1><div class="price"><span class="price-item price-item--regular">{pr} ISK</span></div><form method="post" action="/cart/add"><button type="submit" name="add" class="product-form__submit button button--full-width">Setja í körfu</button></form><div class="product__description rte"><p>Fæst í versluninni á Ísafirði og í vefversluninni.</p></div></div></div></div></section>',
                f"/products/{h}",
            )
        )
    pages["/collections/all"] = html(
        shell(
            f"Vörur – {SITE}",
            f'<section class="shopify-section section"><div class="page-width"><h1 class="collection-hero__title">Vörur</h1><ul class="grid product-grid">{prod_cards}</ul></div></section>',
            "/collections/all",
        )
    )
    pages["/pages/um-okkur"] = html(
        shell(
            f"Um okkur – {SITE}",
            '<section class="shopify-section section"><div class="page-width page-width--narrow"><h1 class="main-page-title page-title h0">Um okkur</h1><div class="rte"><p>Bókabúðin Vestra er lítil bókabúð á Ísafirði sem heldur líka úti fréttabloggi um bæjarmál.</p></div></div></section>',
            "/pages/um-okkur",
        )
    )
    for path in [f"/products/{h}" for h, _, _ in PRODUCTS] + [
        "/collections/all",
        "/pages/um-okkur",
    ]:
        body = pages[path].body.decode()
        body = body.replace('<html class="no-js" lang="is">', '<html class="no-js" lang="en">')
        body = body.replace(
            f'rel="canonical" href="{base}{path}"', f'rel="canonical" href="{base}/en{path}"'
        )
        pages["/en" + path] = html(body)
    entries = "".join(
        f"<entry><id>https://bokabudinvestra.is{url[p.idx]}</id><published>{p.published.isoformat()}</published><updated>{p.published.isoformat()}</updated>"
        f'<link rel="alternate" type="text/html" href="{base}{url[p.idx]}"/><title>{escape(p.title)}</title><author><name>{escape(p.author)}</name></author>'
        f'<content type="html">{escape("".join(f"<p>{x}</p>" for x in p.paras))}</content><summary type="html">{escape(p.paras[0][:150])}</summary></entry>'
        for p in posts
    )
    pages[f"{BLOG}.atom"] = xml(
        '<?xml version="1.0" encoding="UTF-8"?>\n<feed xml:lang="is-IS" xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:s="http://jadedpixel.com/-/spec/shopify">'
        f'<id>https://bokabudinvestra.is{BLOG}</id><link rel="alternate" type="text/html" href="{base}{BLOG}"/><link rel="self" type="application/atom+xml" href="{base}{BLOG}.atom"/>'
        f"<title>{SITE} - Fréttir</title><updated>{posts[0].published.isoformat()}</updated><author><name>{SITE}</name></author>{entries}</feed>",
        "application/atom+xml",
    )
    pages["/sitemap_blogs_1.xml"] = sitemap(
        base,
        [(BLOG, None)] + [(url[p.idx], p.published.astimezone(UTC).isoformat()) for p in posts],
    )
    pages["/sitemap_products_1.xml"] = sitemap(
        base, [(f"/products/{h}", None) for h, _, _ in PRODUCTS]
    )
    pages["/sitemap_pages_1.xml"] = sitemap(base, [("/pages/um-okkur", None)])
    pages["/sitemap.xml"] = sitemap_index(
        base, ["/sitemap_products_1.xml", "/sitemap_pages_1.xml", "/sitemap_blogs_1.xml"]
    )
    pages["/robots.txt"] = robots(
        base,
        ["/sitemap.xml"],
        ["/cart", "/account", "/search", "/*/tagged/*+*", "/collections/*sort_by*"],
    )
    return site_from(NAME, posts, lambda p: url[p.idx], pages, twins)
