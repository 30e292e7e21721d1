"""Drupal 10 news site on the core Olivero theme (ca), Europe/Madrid.

Followed: drupal/drupal `core/themes/olivero/templates/` — `layout/page.html.twig` (site header
with `site-branding`, `primary-nav`, `secondary-nav`, `region--breadcrumb`, `region--content-above`
page title, `region--content`, `region--sidebar`, `site-footer`), `content/node.html.twig` and
`node--teaser.html.twig` (`node node--type-article node--promoted node--view-mode-full|teaser`,
`node__meta` with the created field's `<time datetime=UTC>`), `field/field--text-with-summary.html.twig`
(`text-content field--name-body`), `field/field--comment.html.twig` (section `comments`, the
`comment-form` before the thread), `content/comment.html.twig` (`comment__meta`, `comment__content`,
title linked to `/comment/N#comment-N`), `navigation/pager.html.twig` (`pager__items`, `?page=N`).

Articles live at path aliases `/noticies/slug` (no date in the path). Drupal also renders the node
at `/node/N` (the `rel=shortlink` and a "Més llegits" Views block built on `/node/{{ nid }}`) and
at every comment permalink `/comment/C` (the comment titles link there); both carry the canonical
link to the alias. Listings: the frontpage view with `?page=N`, term pages at aliases
`/categoria/slug` with `?page=N` and a term feed each, the archive view `/arxiu/YYYYMM`.
Discovery: the listings and `/rss.xml` (10 newest). No sitemap.
"""

from __future__ import annotations

import random
from datetime import UTC
from html import escape

from benchmarks.unseen.common import (
    by_key,
    by_month,
    html,
    make_posts,
    paged,
    rss,
    site_from,
    thread,
)
from benchmarks.unseen.holdout11 import hid, latin_slug

NAME = "olivero_ca"
SITE = "La Veu del Territori"
TERMS = {
    "politica": ("Política", 3),
    "mobilitat": ("Mobilitat", 4),
    "salut": ("Salut", 5),
    "urbanisme": ("Urbanisme", 7),
}
AUTHORS = {"Marta Puig": 4, "Jordi Casals": 6, "Anna Ferrer": 9, "Pere Soler": 11}
READERS = ["Montse", "Xavi R.", "Núria", "Joan Pons", "Laia", "veí_indignat", "Quim"]
REMARKS = [
    "Fa anys que en parlen i encara no s'ha mogut res.",
    "Molt bon article, per fi algú explica els números.",
    "I qui pagarà tot això? Sempre els mateixos.",
    "Al barri ningú no ens ha preguntat res.",
    "Esperem que aquesta vegada compleixin el calendari.",
    "Gràcies per fer el seguiment del ple.",
]
MONTHS = [
    "gener",
    "febrer",
    "març",
    "abril",
    "maig",
    "juny",
    "juliol",
    "agost",
    "setembre",
    "octubre",
    "novembre",
    "desembre",
]
DAYS = ["dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"]
PER = 10


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1102, "ca", 32, "Europe/Madrid", list(TERMS), list(AUTHORS), ["x"])
    rng = random.Random(1102)
    nid = {p.idx: 100 + p.idx * 3 + rng.randint(0, 2) for p in posts}
    alias = {p.idx: f"/noticies/{latin_slug(p.title, str(nid[p.idx]))}" for p in posts}
    comments, cid, next_cid = {}, {}, 40
    for p in sorted(posts, key=lambda q: q.published):
        comments[p.idx] = thread(rng, READERS, REMARKS, p.published, 0, 4)
        cid[p.idx] = list(range(next_cid, next_cid + len(comments[p.idx])))
        next_cid += len(comments[p.idx]) + rng.randint(0, 2)

    def utc_z(d):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def medium(d):
        return f"{d.day} {MONTHS[d.month - 1]}, {d.year}"

    def long(d):
        return f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year} - {d:%H:%M}"

    def created(d):
        return f'<span class="field field--name-created field--type-created field--label-hidden"><time datetime="{utc_z(d)}" title="{long(d)}" class="datetime">{medium(d)}</time>\n</span>'

    def author(name):
        return f'<span class="field field--name-uid field--type-entity-reference field--label-hidden"><a title="Mostra el perfil de l\'usuari." href="/user/{AUTHORS[name]}" class="username">{escape(name)}</a></span>'

    def term_url(t):
        return f"/categoria/{t}"

    popular = sorted(posts, key=lambda q: (q.idx * 5) % 13)[:5]

    def sidebar():
        items = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/node/{nid[q.idx]}" hreflang="ca">{escape(q.title)}</a></span></div></div>'
            for q in popular
        )
        terms = "".join(
            f'<li class="menu__item"><a href="{term_url(t)}" class="menu__link">{v[0]}</a></li>'
            for t, v in TERMS.items()
        )
        return f"""<div class="region region--sidebar">
    <div class="views-element-container block block-views block-views-blockmes-llegits-block-1" id="block-olivero-views-block-mes-llegits-block-1">
      <h2 class="block__title">Més llegits</h2>
      <div class="block__content"><div><div class="view view-mes-llegits view-id-mes_llegits view-display-id-block_1 js-view-dom-id-{nid[popular[0].idx]:x}0a1b">
        <div class="view-content">{items}</div>
      </div></div></div>
    </div>
    <nav role="navigation" aria-labelledby="block-seccions-menu" id="block-seccions" class="block block-menu navigation menu--seccions">
      <h2 class="block__title" id="block-seccions-menu">Seccions</h2>
      <ul class="menu">{terms}<li class="menu__item"><a href="/arxiu" class="menu__link">Arxiu</a></li></ul>
    </nav>
    <div id="block-butlleti" class="block block-block-content block-block-content9c1d">
      <h2 class="block__title">Butlletí</h2>
      <div class="block__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Rep cada divendres el resum de la setmana a la comarca.</p><p><a href="/butlleti">Subscriu-t'hi</a></p></div></div>
    </div>
</div>"""

    def shell(title, inner, head="", h1=True, sidebar_on=True, crumbs=(("Inici", "/"),)):
        trail = "".join(
            f'<li class="breadcrumb__item"><a href="{h}" class="breadcrumb__link">{escape(t)}</a></li>'
            for t, h in crumbs
        )
        heading = (
            f'<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title">{escape(title)}</h1></div></div>'
            if h1
            else ""
        )
        menu = "".join(
            f'<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="{term_url(t)}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="taxonomy/term/{v[1]}"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{v[0]}</span></a></li>'
            for t, v in TERMS.items()
        )
        return f"""<!DOCTYPE html>
<html lang="ca" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />{head}
<link rel="icon" href="/core/themes/olivero/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="{SITE}" href="{base}/rss.xml" />
    <title>{escape(title)} | {SITE}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk2uA8yVnKq0ZlJb1ZbXhYZ1c4X9eJpC2yJ8Vv3lq1E.css?delta=0&amp;language=ca&amp;theme=olivero&amp;include=eJxdjEEK" />
  </head>
  <body class="path-node page-node-type-article">
        <a href="#main-content" class="visually-hidden focusable skip-link">Vés al contingut</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper">
  <div id="page">
          <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
          <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
          <div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Capçalera fixa" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
          <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
        <div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding">
    <div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Inici" rel="home">{SITE}</a></div></div></div>
</div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Menú principal" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menú</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
  <h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Navegació principal</h2>
  <ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1"><li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="&lt;front&gt;"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Inici</span></a></li>{menu}</ul>
</nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form"><div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Cerca</label><input title="Introduïu els termes que voleu cercar." placeholder="Cerca per paraula clau o frase." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" /></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Cerca"><span class="icon--search"></span><span class="visually-hidden">Cerca</span></button></div></form></div></div>
<nav id="block-olivero-account-menu" class="block block-menu navigation menu--account secondary-nav" aria-labelledby="block-olivero-account-menu-menu" role="navigation">
  <span class="visually-hidden" id="block-olivero-account-menu-menu">Menú del compte d'usuari</span>
  <ul class="menu secondary-nav__menu secondary-nav__menu--level-1"><li class="secondary-nav__menu-item secondary-nav__menu-item--link secondary-nav__menu-item--level-1"><a href="/user/login" class="secondary-nav__menu-link secondary-nav__menu-link--link secondary-nav__menu-link--level-1" data-drupal-link-system-path="user/login">Inicia la sessió</a></li></ul>
</nav>
</div>
        </div>
      </div>
    </div>
    </header>
    <div id="main-wrapper" class="layout-main-wrapper layout-container">
      <div id="main" class="layout-main">
        <div class="main-content">
          <a id="main-content" tabindex="-1"></a>
            <div class="region region--breadcrumb grid-full layout--pass--content-medium">
    <div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariadna</h2><div class="breadcrumb__content"><ol class="breadcrumb__list">{trail}</ol></div></nav>
    </div></div>
  </div>
            <div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
          {heading}
          <div class="main-content__container container">
            {'<div class="sidebar-grid grid-full">' if sidebar_on else ""}
              <main role="main" class="site-main">
                  <div class="region region--content grid-full layout--pass--content-medium" id="content">
    <div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
{inner}
    </div></div>
  </div>
              </main>
              {sidebar() if sidebar_on else ""}
            {"</div>" if sidebar_on else ""}
          </div>
        </div>
        <div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary" class="block block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">Subscriu-te a {SITE}</a></div></div></div></div></div>
      </div>
    </div>
    <footer class="site-footer">
      <div class="site-footer__inner container">
        <div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
          <nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer"><h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Peu de pàgina</h2><ul class="menu"><li class="menu__item"><a href="/qui-som" class="menu__link">Qui som</a></li><li class="menu__item"><a href="/avis-legal" class="menu__link">Avís legal</a></li><li class="menu__item"><a href="/contact" class="menu__link">Contacte</a></li></ul></nav>
        </div></div>
        <div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Funciona amb <a href="https://www.drupal.org">Drupal</a></span></div><div id="block-copyright" class="block block-block-content"><div class="block__content"><div class="text-content clearfix field field--name-body"><p>© 2017 Associació La Veu del Territori · Llicència CC BY-NC-SA 4.0</p></div></div></div></div>
      </div>
    </footer>
    <div class="overlay" data-drupal-selector="overlay"></div>
  </div>
</div>
  </div>
    <div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner" role="alertdialog" aria-describedby="popup-text"><div class="eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>Utilitzem galetes en aquest lloc per millorar la vostra experiència d'usuari</h2><p>Si feu clic a qualsevol enllaç d'aquesta pàgina, ens doneu el vostre consentiment perquè instal·lem galetes.</p><button type="button" class="find-more-button eu-cookie-compliance-more-button">Més informació</button></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">D'acord</button></div></div></div>
    <script src="/sites/default/files/js/js_0C9dn1b2PZcq8T7PjzY4sGd1cvAQ3W8yd9Hj7l3cYDA.js?scope=footer&amp;delta=0&amp;language=ca&amp;theme=olivero"></script>
  </body>
</html>"""

    def tags_field(p):
        label = TERMS[p.section][0]
        return f"""<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags">
      <h3 class="field__label field--tags__label">Etiquetes</h3>
    <ul class="links field__items field--tags__items">
              <li class="field--tags__item"><a href="{term_url(p.section)}" hreflang="ca">{label}</a></li>
          </ul>
</div>"""

    def comment_section(p):
        cs = comments[p.idx]
        form = f"""<div class="add-comment">
      <div class="add-comment__picture-wrapper"><div class="add-comment__picture"><div class="user-picture"></div></div></div>
      <div class="add-comment__form">
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid[p.idx]}/comment" method="post" id="comment-form" accept-charset="UTF-8">
  <div class="js-form-item form-item form-type-textfield js-form-type-textfield form-item-name js-form-item-name"><label for="edit-name" class="form-item__label">El vostre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text form-element form-element--type-text form-element--api-textfield" /></div>
  <div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper" data-drupal-selector="edit-comment-body-wrapper" id="edit-comment-body-wrapper"><div class="js-form-item form-item form-type-textarea js-form-type-textarea form-item-comment-body-0-value js-form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">Comentari</label><div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required form-element form-element--type-textarea form-element--api-textarea" required="required" aria-required="true"></textarea></div></div></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><button class="button--primary button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Desa">Desa</button><button class="button js-form-submit form-submit" data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Previsualitza">Previsualitza</button></div>
</form>
      </div>
    </div>"""
        thread_html = "\n".join(
            f"""<article data-comment-user-id="0" id="comment-{c}" class="comment js-comment comment--level-1 by-anonymous" role="article" data-drupal-selector="comment">
  <span class="hidden" data-comment-timestamp="{int(t.timestamp())}"></span>
  <div class="comment__picture-wrapper"><div class="comment__picture"></div></div>
  <div class="comment__text-wrapper">
    <footer class="comment__meta">
      <p class="comment__author"><span>{escape(w)} (no verificat)</span></p>
      <p class="comment__time">{medium(t)} - {t:%H:%M}</p>
    </footer>
    <div class="comment__content">
        <h3><a href="/comment/{c}#comment-{c}" hreflang="ca">{escape(x[:28].rstrip())}…</a></h3>
        <div class="text-content clearfix field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{escape(x)}</p></div>
    </div>
  </div>
</article>"""
            for c, (w, t, x) in zip(cid[p.idx], cs, strict=True)
        )
        count = f'<span class="comments__count">{len(cs)}</span>' if cs else ""
        return f"""<section data-drupal-selector="comments" class="comments">
      <h2 class="comments__title">Comentaris {count}</h2>
  {form}
  {thread_html}
</section>"""

    def node_full(p):
        body = "".join(f"<p>{escape(x)}</p>" for x in p.paras)
        return f"""<article data-history-node-id="{nid[p.idx]}" class="node node--type-article node--promoted node--view-mode-full">
  <header class="">
          <div class="node__meta">
        <span>
          Per {author(p.author)}, {created(p.published)}
        </span>
      </div>
      </header>
  <div class="node__content">
      <div class="field field--name-field-image field--type-image field--label-hidden field__item">  <img loading="lazy" src="/sites/default/files/styles/wide/public/2017-{p.published:%m}/foto-{nid[p.idx]}.jpg?itok=Xy7{nid[p.idx]}" width="1100" height="620" alt="" class="image-style-wide" />
</div>
      <div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
      {tags_field(p)}
      <div class="block block-addtoany"><span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{base}{alias[p.idx]}" data-a2a-title="{escape(p.title)}"><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl={base}{alias[p.idx]}"></a><a class="a2a_button_twitter" href="https://www.addtoany.com/add_to/twitter?linkurl={base}{alias[p.idx]}"></a><a class="a2a_button_whatsapp" href="https://www.addtoany.com/add_to/whatsapp?linkurl={base}{alias[p.idx]}"></a><a class="a2a_button_email" href="https://www.addtoany.com/add_to/email?linkurl={base}{alias[p.idx]}"></a></span></div>
    </div>
    <div id="comments" class="">{comment_section(p)}</div>
</article>"""

    def node_page(p):
        head = (
            f'\n<link rel="canonical" href="{base}{alias[p.idx]}" />'
            f'\n<link rel="shortlink" href="{base}/node/{nid[p.idx]}" />'
            f'\n<meta name="description" content="{escape(p.paras[0][:160])}" />'
        )
        return shell(
            p.title,
            node_full(p),
            head,
            crumbs=(("Inici", "/"), (TERMS[p.section][0], term_url(p.section))),
        )

    def teaser(q):
        n = len(comments[q.idx])
        cl = (
            f'<li class="comment-comments"><a href="{alias[q.idx]}#comments" title="Vés al primer comentari.">{n} comentari{"s" if n != 1 else ""}</a></li>'
            if n
            else ""
        )
        return f"""<article data-history-node-id="{nid[q.idx]}" class="node node--type-article node--promoted node--view-mode-teaser">
  <header class="">
      <h2 class="node__title"><a href="{alias[q.idx]}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{escape(q.title)}</span></a></h2>
      <div class="node__meta"><span>Per {author(q.author)}, {created(q.published)}</span></div>
  </header>
  <div class="node__content">
      <div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{escape(q.paras[0])}</p></div>
  <div class="node__links"><ul class="links inline"><li class="node-readmore"><a href="{alias[q.idx]}" rel="tag" title="{escape(q.title)}" hreflang="ca">Llegeix més<span class="visually-hidden"> sobre {escape(q.title)}</span></a></li>{cl}</ul></div>
  </div>
</article>"""

    def pager(first, k, n):
        def href(j):
            return first if j == 0 else f"{first}{'&' if '?' in first else '?'}page={j}"

        items = "".join(
            f'<li class="pager__item{" pager__item--active" if j == k else ""}"><a href="{href(j)}" title="{"Pàgina actual" if j == k else f"Vés a la pàgina {j + 1}"}" class="pager__link{" is-active" if j == k else ""}"{" aria-current=page" if j == k else ""}>{j + 1}</a></li>'
            for j in range(n)
        )
        nxt = (
            f'<li class="pager__item pager__item--control pager__item--next"><a href="{href(k + 1)}" class="pager__link" title="Vés a la pàgina següent" rel="next"><span class="visually-hidden">Pàgina següent</span></a></li>'
            if k + 1 < n
            else ""
        )
        return f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Paginació</h4><ul class="pager__items js-pager__items">{items}{nxt}</ul></nav>'

    pages: dict = {}
    for p in posts:
        pages[alias[p.idx]] = html(node_page(p))
        pages[f"/node/{nid[p.idx]}"] = html(node_page(p))
        for c in cid[p.idx]:
            pages[f"/comment/{c}"] = html(node_page(p))

    def view_page(first, title, items, view, head="", crumbs=(("Inici", "/"),), h1=True):
        def nth(k):
            return first if not k else f"{first}{'&' if '?' in first else '?'}page={k}"

        def render(chunk, k, n):
            rows = "\n".join(f'<div class="views-row">{teaser(q)}</div>' for q in chunk)
            inner = f"""<div class="views-element-container"><div class="view view-{view} view-id-{view} view-display-id-page_1 js-view-dom-id-{hid(view, first, k)}">
      <div class="view-content">{rows}</div>
      {pager(first, k, n)}
</div></div>"""
            return shell(title, inner, head, h1=h1, crumbs=crumbs)

        paged(pages, nth, items, PER, render)

    view_page("/", SITE, posts, "frontpage", h1=False, crumbs=())
    for t, items in by_key(posts, lambda p: p.section).items():
        label, tid = TERMS[t]
        view_page(
            term_url(t),
            label,
            items,
            "taxonomy-term",
            f'\n<link rel="canonical" href="{base}{term_url(t)}" />\n<link rel="alternate" type="application/rss+xml" title="{label}" href="{base}/taxonomy/term/{tid}/feed" />',
        )
        pages[f"/taxonomy/term/{tid}/feed"] = rss(
            base, f"{SITE} - {label}", [(alias[q.idx], q) for q in items[:10]], "ca"
        )
    months = by_month(posts)
    summary = "".join(
        f'<li><a href="/arxiu/{y}{m:02d}">{MONTHS[m - 1]} {y}</a> ({len(items)})</li>'
        for (y, m), items in months.items()
    )
    pages["/arxiu"] = html(
        shell(
            "Arxiu mensual",
            f'<div class="views-element-container"><div class="view view-archive view-id-archive view-display-id-page"><div class="item-list"><ul class="views-summary">{summary}</ul></div></div></div>',
        )
    )
    for (y, m), items in months.items():
        view_page(f"/arxiu/{y}{m:02d}", f"Arxiu mensual: {MONTHS[m - 1]} {y}", items, "archive")
    for name, title, text in (
        (
            "qui-som",
            "Qui som",
            "Som un mitjà digital independent que cobreix la política municipal de la comarca.",
        ),
        (
            "avis-legal",
            "Avís legal",
            "Els continguts d'aquest web es publiquen amb llicència Creative Commons.",
        ),
        ("contact", "Contacte", "Escriu-nos a redaccio@laveudelterritori.cat."),
        (
            "butlleti",
            "Butlletí",
            "Deixa'ns el teu correu i rebràs el resum setmanal cada divendres.",
        ),
        ("user/login", "Inicia la sessió", "Introduïu el vostre nom d'usuari i la contrasenya."),
    ):
        pages[f"/{name}"] = html(
            shell(
                title,
                f'<article class="node node--type-page node--view-mode-full"><div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{text}</p></div></div></article>',
            )
        )
    for name, uid in AUTHORS.items():
        pages[f"/user/{uid}"] = html(
            shell(
                name,
                f'<article class="profile"><div class="field field--name-user-picture"></div><p>Membre des de fa 3 anys</p><p>Redactor/a de {SITE}.</p></article>',
            )
        )
    pages["/rss.xml"] = rss(base, SITE, [(alias[q.idx], q) for q in posts[:10]], "ca")

    def twins(p):
        return [f"/node/{nid[p.idx]}", *(f"/comment/{c}" for c in cid[p.idx])]

    return site_from(NAME, posts, lambda p: alias[p.idx], pages, twins)
