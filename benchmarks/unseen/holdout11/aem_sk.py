"""Adobe Experience Manager site from the AEM Core WCM Components (sk), Europe/Bratislava.

Followed: adobe/aem-core-wcm-components `title/v2|v3 title.html` (`cmp-title`, `cmp-title__text`),
`text/v2 text.html` (`cmp-text` with the component data layer), `image/v3`, `teaser/v2`
(`cmp-teaser__pretitle|title|description|action-link`), `list/v4 list.html` + `item.html`
(`cmp-list__item-link`, `-title`, `-date` showing the item's *last modified* date),
`breadcrumb/v3`, `separator/v1`, `experiencefragment/v2` for header and footer, `container/v1`
responsive grid (`aem-Grid aem-Grid--12`, `aem-GridColumn aem-GridColumn--default--N`) and the
page/v3 body with `data-cmp-data-layer-enabled` and the page data layer (`repo:modifyDate`).

Pages live at `/content/site/sk/spravy/YYYY/MM/slug.html`; the Sling dispatcher also serves the
AMP variant `slug.amp.html` (linked by `rel=amphtml`) and a print selector `slug.print.html`
(linked from the share row), both with the whole text and a canonical link. `/` answers 302 to
`/content/site/sk.html` as the root-mapping servlet does. Listings are list components: the news
page with selector paging (`spravy.2.html`), month folder pages, tag pages by selector
(`temy.doprava.html`). Bodies are cut over two text components with a "Čítajte aj" teaser
between them. Discovery: the Sling sitemap (`/content/site/sk.sitemap.xml`, lastmod = the
page's last modification) named in robots.txt, and the listings. No feed.
"""
# ruff: noqa: RUF001

from __future__ import annotations

import json
import random
from datetime import UTC, timedelta
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
)
from benchmarks.unseen.holdout11 import hid, latin_slug
from benchmarks.unseen.server import Resp

NAME = "aem_sk"
SITE = "Regionálny denník"
ROOT = "/content/site/sk"
TAGS = {
    "domace": "Domáce",
    "regiony": "Regióny",
    "ekonomika": "Ekonomika",
    "doprava": "Doprava",
}
AUTHORS = ["Zuzana Kováčová", "Martin Horváth", "Lucia Balážová", "Peter Šimko", "Jana Vargová"]
MONTHS_GEN = [
    "januára",
    "februára",
    "marca",
    "apríla",
    "mája",
    "júna",
    "júla",
    "augusta",
    "septembra",
    "októbra",
    "novembra",
    "decembra",
]
MONTHS_NOM = ["Január", "Február", "Marec", "Apríl", "Máj", "Jún"]
PER = 10


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1101, "sk", 34, "Europe/Bratislava", list(TAGS), AUTHORS, ["x"])
    rng = random.Random(1101)
    modified = {p.idx: p.published + timedelta(hours=rng.randint(1, 30)) for p in posts}
    slug = {p.idx: latin_slug(p.title, f"clanok-{p.idx}", 60) for p in posts}

    def path(p, sel=""):
        return f"{ROOT}/spravy/{p.published:%Y/%m}/{slug[p.idx]}{sel}.html"

    def layer(kind, key, **extra):
        data = {f"{kind}-{hid(key)}": {"@type": f"core/wcm/components/{kind}/v2/{kind}", **extra}}
        return escape(json.dumps(data, ensure_ascii=False), quote=True)

    def utc_iso(d):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def sk_date(d, time=True):
        out = f"{d.day}. {MONTHS_GEN[d.month - 1]} {d.year}"
        return out + (f" o {d:%H:%M}" if time else "")

    def short_date(d):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def col(cls, inner, w=12):
        return f'<div class="{cls} aem-GridColumn aem-GridColumn--default--{w}">{inner}</div>'

    def grid(*cols):
        return f'<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">{"".join(cols)}</div>'

    nav_items = "".join(
        f'<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="{ROOT}/temy.{t}.html" class="cmp-navigation__item-link">{v}</a></li>'
        for t, v in TAGS.items()
    )
    header_xf = col(
        "experiencefragment",
        f"""<div id="experiencefragment-{
            hid("header")
        }" class="cmp-experiencefragment cmp-experiencefragment--header"><div class="xf-content-height">
<div id="container-{hid("hdr")}" class="cmp-container">{
            grid(
                col(
                    "image",
                    f'<div class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><a class="cmp-image__link" href="{ROOT}.html"><img src="/content/dam/site/logo.svg" class="cmp-image__image" itemprop="contentUrl" alt="{SITE}"/></a></div>',
                    3,
                ),
                col(
                    "navigation",
                    f'<nav id="navigation-{hid("nav")}" class="cmp-navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" aria-label="Hlavná navigácia"><ul class="cmp-navigation__group"><li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="{ROOT}/spravy.html" class="cmp-navigation__item-link">Správy</a></li>{nav_items}</ul></nav>',
                    7,
                ),
                col(
                    "search",
                    f'<section id="search-{hid("search")}" class="cmp-search" role="search" data-cmp-is="search" data-cmp-min-length="3" data-cmp-results-size="10"><form class="cmp-search__form" data-cmp-hook-search="form" method="get" action="{ROOT}/vyhladavanie.html" autocomplete="off"><div class="cmp-search__field"><input class="cmp-search__input" data-cmp-hook-search="input" type="text" name="fulltext" placeholder="Hľadať" role="combobox" aria-label="Hľadať"/></div></form></section>',
                    2,
                ),
            )
        }</div></div></div>""",
    )
    footer_xf = col(
        "experiencefragment",
        f"""<div id="experiencefragment-{
            hid("footer")
        }" class="cmp-experiencefragment cmp-experiencefragment--footer"><div class="xf-content-height">
<div id="container-{hid("ftr")}" class="cmp-container">{
            grid(
                col(
                    "text",
                    f'<div id="text-{hid("ftr-news")}" class="cmp-text"><h3>Odoberajte novinky</h3><p>Každé ráno to najdôležitejšie z regiónu priamo do vašej schránky.</p></div>',
                    6,
                ),
                col(
                    "form container",
                    '<form method="POST" action="/content/site/sk/newsletter/jcr:content/root/form.html" id="new_form" class="cmp-form"><input type="hidden" name=":formstart" value="/content/site/sk/newsletter/jcr:content/root/form"/><div class="cmp-form-text"><label for="form-text-1">E-mail</label><input class="cmp-form-text__text" type="email" id="form-text-1" name="email"/></div><div class="cmp-form-button"><button class="cmp-form-button" type="SUBMIT">Prihlásiť sa na odber</button></div></form>',
                    6,
                ),
                col(
                    "list",
                    f'<ul class="cmp-list"><li class="cmp-list__item"><a class="cmp-list__item-link" href="{ROOT}/o-nas.html"><span class="cmp-list__item-title">O nás</span></a></li><li class="cmp-list__item"><a class="cmp-list__item-link" href="{ROOT}/kontakt.html"><span class="cmp-list__item-title">Kontakt</span></a></li><li class="cmp-list__item"><a class="cmp-list__item-link" href="{ROOT}/ochrana-osobnych-udajov.html"><span class="cmp-list__item-title">Ochrana osobných údajov</span></a></li><li class="cmp-list__item"><a class="cmp-list__item-link" href="{ROOT}/spravy/archiv.html"><span class="cmp-list__item-title">Archív</span></a></li></ul>',
                ),
                col(
                    "text",
                    f'<div id="text-{hid("copy")}" class="cmp-text"><p>© 2017 Regionálne médiá, s.r.o. Všetky práva vyhradené. Obsah je chránený autorským zákonom.</p></div>',
                ),
            )
        }</div></div></div>""",
    )
    consent = """<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="dialog" aria-label="Cookies"><div id="onetrust-policy"><p id="onetrust-policy-text">Na zlepšenie vášho zážitku a analýzu návštevnosti používame súbory cookie. Kliknutím na „Prijať všetko“ súhlasíte s ich ukladaním.</p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Prijať všetko</button><button id="onetrust-pc-btn-handler">Nastavenia</button></div></div></div>"""

    def shell(title, main_cols, page_path, head="", template="article-page", desc="", mod=None):
        page_layer = escape(
            json.dumps(
                {
                    f"page-{hid(page_path)}": {
                        "@type": "site/components/page",
                        "repo:modifyDate": utc_iso(mod) if mod else "2017-05-02T07:41:12Z",
                        "dc:title": title,
                        "dc:description": desc,
                        "xdm:template": f"/conf/site/settings/wcm/templates/{template}",
                        "xdm:language": "sk",
                        "xdm:tags": [],
                        "repo:path": page_path,
                    }
                },
                ensure_ascii=False,
            ),
            quote=True,
        )
        return f"""<!DOCTYPE HTML>
<html lang="sk">
    <head>
    <meta charset="UTF-8"/>
    <title>{escape(title)} | {SITE}</title>
    <meta name="description" content="{escape(desc)}"/>
    <meta name="template" content="{template}"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <link rel="canonical" href="{base}{page_path}"/>{head}
    <link rel="stylesheet" href="/etc.clientlibs/site/clientlibs/clientlib-base.lc-5ad0d8a1f6c8b1c3d8d5b2bd2b5c1e1f-lc.min.css" type="text/css">
    <script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v1/clientlibs/core.wcm.components.commons.datalayer.v1.lc-70264651675213ed7f7cc5a02a00f621-lc.min.js"></script>
</head>
    <body class="page basicpage" id="page-{hid(page_path)}" data-cmp-link-accessibility-enabled data-cmp-data-layer-enabled>
        <script>
          window.adobeDataLayer = window.adobeDataLayer || [];
          adobeDataLayer.push({{ event: 'cmp:show', eventInfo: {{ path: 'page.page-{hid(page_path)}' }} }});
        </script>
        <div class="root container responsivegrid" data-cmp-data-layer="{page_layer}">
    <div id="container-{hid(page_path, "root")}" class="cmp-container">
        {grid(header_xf, col("container responsivegrid", f'<main id="container-{hid(page_path, "main")}" class="cmp-container">{grid(*main_cols)}</main>'), footer_xf)}
    </div>
</div>
{consent}
        <script src="/etc.clientlibs/site/clientlibs/clientlib-site.lc-99a5ff2e8b7c0e2b9a1d7e2cc0b1d9a4-lc.min.js"></script>
    </body>
</html>"""

    def breadcrumb(trail):
        items = "".join(
            f'<li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{h}" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">{escape(t)}</span></a><meta itemprop="position" content="{i + 1}"/></li>'
            for i, (t, h) in enumerate(trail[:-1])
        )
        items += f'<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active" aria-current="page"><span itemprop="name">{escape(trail[-1][0])}</span></li>'
        return col(
            "breadcrumb",
            f'<nav id="breadcrumb-{hid(trail[-1][1])}" class="cmp-breadcrumb" aria-label="Omrvinková navigácia"><ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList">{items}</ol></nav>',
        )

    def title_cmp(text, key, tag="h1"):
        return col(
            "title",
            f'<div data-cmp-data-layer="{layer("title", key, **{"dc:title": text})}" id="title-{hid(key)}" class="cmp-title"><{tag} class="cmp-title__text">{escape(text)}</{tag}></div>',
        )

    def text_cmp(inner, key, extra_cls=""):
        return col(
            f"text{extra_cls}",
            f'<div data-cmp-data-layer="{layer("text", key, **{"repo:modifyDate": "2017-05-02T07:41:12Z"})}" id="text-{hid(key)}" class="cmp-text">{inner}</div>',
        )

    def list_cmp(items, key, desc=False):
        lis = "".join(
            f'<li class="cmp-list__item" data-cmp-data-layer="{layer("list", (key, q.idx), **{"dc:title": q.title, "xdm:linkURL": path(q)})}"><a class="cmp-list__item-link" href="{path(q)}" data-cmp-clickable><span class="cmp-list__item-title">{escape(q.title)}</span><span class="cmp-list__item-date">{short_date(modified[q.idx])}</span></a>'
            + (
                f'<span class="cmp-list__item-description">{escape(q.paras[0][:140])}…</span>'
                if desc
                else ""
            )
            + "</li>"
            for q in items
        )
        return col(
            "list",
            f'<ul id="list-{hid(key)}" data-cmp-data-layer="{layer("list", key)}" class="cmp-list">{lis}</ul>',
        )

    def teaser_cmp(q, key, action=True, pretitle=None):
        act = (
            f'<div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="{path(q)}">Čítať viac</a></div>'
            if action
            else ""
        )
        return col(
            "teaser",
            f"""<div id="teaser-{hid(key)}" class="cmp-teaser" data-cmp-data-layer="{layer("teaser", key, **{"dc:title": q.title, "xdm:linkURL": path(q)})}">
    <div class="cmp-teaser__image"><div class="cmp-image"><img src="/content/dam/site/spravy/{q.published:%Y/%m}/{slug[q.idx]}.jpg/jcr:content/renditions/cq5dam.web.640.360.jpeg" class="cmp-image__image" alt=""/></div></div>
    <div class="cmp-teaser__content">
        <p class="cmp-teaser__pretitle">{pretitle or TAGS[q.section]}</p>
        <h2 class="cmp-teaser__title"><a class="cmp-teaser__title-link" href="{path(q)}">{escape(q.title)}</a></h2>
        <div class="cmp-teaser__description"><p>{escape(q.paras[0][:180])}…</p></div>
        {act}
    </div>
</div>""",
        )

    separator = col(
        "separator",
        '<div class="cmp-separator"><hr class="cmp-separator__horizontal-rule"/></div>',
    )

    def related(p):
        same = [q for q in posts if q.section == p.section and q is not p][:4]
        return [
            title_cmp("Súvisiace články", (p.idx, "rel"), "h2"),
            list_cmp(same, (p.idx, "related")),
        ]

    def byline(p):
        return text_cmp(
            f'<p>Autor: <a href="{ROOT}/autori/{latin_slug(p.author, "autor")}.html">{escape(p.author)}</a> | <time datetime="{p.published.isoformat(timespec="milliseconds")}">{sk_date(p.published)}</time> | <a href="{ROOT}/temy.{p.section}.html">{TAGS[p.section]}</a></p>',
            (p.idx, "byline"),
            " cmp-text--byline",
        )

    def share(p):
        url = base + path(p)
        return text_cmp(
            f'<p class="share">Zdieľať: <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a> · <a href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener">Twitter</a> · <a href="mailto:?subject={escape(p.title)}&amp;body={url}">E-mail</a> · <a href="{path(p, ".print")}" rel="nofollow">Tlačiť</a></p>',
            (p.idx, "share"),
            " cmp-text--share",
        )

    def article(p):
        k = 2 if len(p.paras) > 4 else 1
        other = posts[(posts.index(p) + 3) % len(posts)]
        cols = [
            breadcrumb(
                [
                    ("Domov", f"{ROOT}.html"),
                    ("Správy", f"{ROOT}/spravy.html"),
                    (p.title, path(p)),
                ]
            ),
            title_cmp(p.title, (p.idx, "title")),
            byline(p),
            col(
                "image",
                f'<div data-cmp-is="image" data-cmp-src="/content/dam/site/spravy/{p.published:%Y/%m}/{slug[p.idx]}.jpg/jcr:content/renditions/cq5dam.web.1280.1280.jpeg" id="image-{hid(p.idx, "img")}" class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><img src="/content/dam/site/spravy/{p.published:%Y/%m}/{slug[p.idx]}.jpg/jcr:content/renditions/cq5dam.web.1280.1280.jpeg" class="cmp-image__image" itemprop="contentUrl" alt=""/><span class="cmp-image__title" itemprop="caption">Ilustračné foto – TASR</span></div>',
            ),
            text_cmp("".join(f"<p>{escape(x)}</p>" for x in p.paras[:k]), (p.idx, "body1")),
            teaser_cmp(other, (p.idx, "inline"), action=False, pretitle="Čítajte aj"),
            text_cmp("".join(f"<p>{escape(x)}</p>" for x in p.paras[k:]), (p.idx, "body2")),
            separator,
            share(p),
            *related(p),
        ]
        head = (
            f'\n    <link rel="amphtml" href="{base}{path(p, ".amp")}"/>'
            f'\n    <meta property="og:type" content="article"/>'
            f'\n    <meta property="og:title" content="{escape(p.title)}"/>'
            f'\n    <meta property="og:url" content="{base}{path(p)}"/>'
        )
        return shell(
            p.title, cols, path(p), head, "article-page", p.paras[0][:150], modified[p.idx]
        )

    def amp(p):
        body = "".join(f"<p>{escape(x)}</p>" for x in p.paras)
        return f"""<!doctype html>
<html amp lang="sk">
<head>
<meta charset="utf-8">
<title>{escape(p.title)} | {SITE}</title>
<link rel="canonical" href="{base}{path(p)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.cmp-title__text{{font-size:1.6rem}}</style>
</head>
<body class="page basicpage">
<header class="cmp-experiencefragment cmp-experiencefragment--header"><a href="{ROOT}.html"><amp-img src="/content/dam/site/logo.svg" width="160" height="32" alt="{SITE}"></amp-img></a></header>
<main class="root container responsivegrid"><div class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title"><h1 class="cmp-title__text">{escape(p.title)}</h1></div></div>
<div class="text cmp-text--byline aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text"><p>Autor: {escape(p.author)} | <time datetime="{p.published.isoformat(timespec="milliseconds")}">{sk_date(p.published)}</time></p></div></div>
<div class="image aem-GridColumn aem-GridColumn--default--12"><div class="cmp-image"><amp-img src="/content/dam/site/spravy/{p.published:%Y/%m}/{slug[p.idx]}.jpg/jcr:content/renditions/cq5dam.web.1280.1280.jpeg" width="1280" height="720" layout="responsive" alt=""></amp-img></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text">{body}</div></div>
</div></div></main>
<footer class="cmp-experiencefragment cmp-experiencefragment--footer"><p>© 2017 Regionálne médiá, s.r.o.</p><a href="{path(p)}">Zobraziť plnú verziu</a></footer>
</body>
</html>"""

    def print_view(p):
        body = "".join(f"<p>{escape(x)}</p>" for x in p.paras)
        return f"""<!DOCTYPE HTML>
<html lang="sk">
<head><meta charset="UTF-8"/><title>{escape(p.title)} | {SITE}</title><link rel="canonical" href="{base}{path(p)}"/><meta name="robots" content="noindex"/>
<link rel="stylesheet" href="/etc.clientlibs/site/clientlibs/clientlib-print.min.css" type="text/css"></head>
<body class="page basicpage print" onload="window.print()">
<div class="cmp-print"><p class="cmp-print__brand">{SITE}</p>
<div class="cmp-title"><h1 class="cmp-title__text">{escape(p.title)}</h1></div>
<div class="cmp-text cmp-text--byline"><p>{escape(p.author)}, {sk_date(p.published)}</p></div>
<div class="cmp-text">{body}</div>
<p class="cmp-print__source">Zdroj: {base}{path(p)}</p></div>
</body></html>"""

    pages: dict = {}
    for p in posts:
        pages[path(p)] = html(article(p))
        pages[path(p, ".amp")] = html(amp(p))
        pages[path(p, ".print")] = html(print_view(p))

    def pager(nth, k, n):
        links = "".join(
            f'<a class="cmp-pagination__link{" cmp-pagination__link--active" if j == k else ""}" href="{nth(j)}">{j + 1}</a>'
            for j in range(n)
        )
        nxt = (
            f'<a class="cmp-pagination__next" href="{nth(k + 1)}">Ďalšie »</a>' if k + 1 < n else ""
        )
        return col(
            "pagination",
            f'<nav class="cmp-pagination" aria-label="Stránkovanie">{links}{nxt}</nav>',
        )

    def lister(first, sel, heading, items, trail):
        def nth(k):
            return first if not k else first[: -len(".html")] + f".{k + 1}.html"

        def render(chunk, k, n):
            cols = [
                breadcrumb([*trail, (heading, first)]),
                title_cmp(heading + (f" – strana {k + 1}" if k else ""), (first, k)),
                *(teaser_cmp(q, (first, k, q.idx)) for q in chunk[:2]),
                list_cmp(chunk[2:], (first, k), desc=True),
                pager(nth, k, n),
            ]
            return shell(heading, cols, nth(k), template="section-page", desc=heading)

        paged(pages, nth, items, PER, render)

    home_trail = [("Domov", f"{ROOT}.html")]
    lister(f"{ROOT}/spravy.html", "", "Správy", posts, home_trail)
    for t, items in by_key(posts, lambda p: p.section).items():
        lister(f"{ROOT}/temy.{t}.html", t, TAGS[t], items, home_trail)
    months = by_month(posts)
    for (y, m), items in months.items():
        mpath = f"{ROOT}/spravy/{y}/{m:02d}.html"
        pages[mpath] = html(
            shell(
                f"{MONTHS_NOM[m - 1]} {y}",
                [
                    breadcrumb(
                        [
                            *home_trail,
                            ("Správy", f"{ROOT}/spravy.html"),
                            (f"{MONTHS_NOM[m - 1]} {y}", mpath),
                        ]
                    ),
                    title_cmp(f"Správy – {MONTHS_NOM[m - 1]} {y}", mpath),
                    list_cmp(items, mpath),
                ],
                mpath,
                template="folder-page",
            )
        )
    archive = "".join(
        f'<li class="cmp-list__item"><a class="cmp-list__item-link" href="{ROOT}/spravy/{y}/{m:02d}.html"><span class="cmp-list__item-title">{MONTHS_NOM[m - 1]} {y}</span></a></li>'
        for (y, m) in months
    )
    pages[f"{ROOT}/spravy/archiv.html"] = html(
        shell(
            "Archív",
            [
                breadcrumb([*home_trail, ("Archív", f"{ROOT}/spravy/archiv.html")]),
                title_cmp("Archív správ", "archiv"),
                col("list", f'<ul class="cmp-list">{archive}</ul>'),
            ],
            f"{ROOT}/spravy/archiv.html",
            template="folder-page",
        )
    )
    # the home page: a lead teaser, two teasers, the latest and most-read list components
    most_read = sorted(posts, key=lambda q: (q.idx * 7) % 11)[:5]
    pages[f"{ROOT}.html"] = html(
        shell(
            SITE,
            [
                teaser_cmp(posts[0], "home-lead"),
                teaser_cmp(posts[1], "home-2"),
                teaser_cmp(posts[2], "home-3"),
                separator,
                title_cmp("Najnovšie", "home-latest", "h2"),
                list_cmp(posts[3:13], "home-latest", desc=True),
                col(
                    "button",
                    f'<a id="button-{hid("more")}" class="cmp-button" href="{ROOT}/spravy.html"><span class="cmp-button__text">Všetky správy</span></a>',
                ),
                title_cmp("Najčítanejšie", "home-most", "h2"),
                list_cmp(most_read, "home-most"),
            ],
            f"{ROOT}.html",
            template="landing-page",
            desc="Správy z regiónu: samospráva, doprava, ekonomika.",
        )
    )
    for name, heading, text in (
        (
            "o-nas",
            "O nás",
            "Regionálny denník prináša správy zo západného a stredného Slovenska od roku 1996.",
        ),
        ("kontakt", "Kontakt", "Redakcia: Hlavná 12, 917 01 Trnava, redakcia@regionalnydennik.sk"),
        (
            "ochrana-osobnych-udajov",
            "Ochrana osobných údajov",
            "Osobné údaje spracúvame v súlade so zákonom o ochrane osobných údajov.",
        ),
        ("vyhladavanie", "Vyhľadávanie", "Zadajte hľadaný výraz do poľa v hlavičke stránky."),
    ):
        ppath = f"{ROOT}/{name}.html"
        pages[ppath] = html(
            shell(
                heading,
                [
                    breadcrumb([*home_trail, (heading, ppath)]),
                    title_cmp(heading, ppath),
                    text_cmp(f"<p>{text}</p>", ppath),
                ],
                ppath,
                template="content-page",
            )
        )
    for a in AUTHORS:
        apath = f"{ROOT}/autori/{latin_slug(a, 'autor')}.html"
        mine = [q for q in posts if q.author == a]
        pages[apath] = html(
            shell(
                a,
                [
                    breadcrumb([*home_trail, (a, apath)]),
                    title_cmp(a, apath),
                    text_cmp(f"<p>Redaktor/ka denníka. Články: {len(mine)}.</p>", (apath, "bio")),
                    list_cmp(mine, apath),
                ],
                apath,
                template="content-page",
            )
        )
    pages["/"] = Resp(b"", "text/html", 302, {"Location": f"{base}{ROOT}.html"})
    rows = [(f"{ROOT}.html", "2017-04-30"), (f"{ROOT}/spravy.html", "2017-04-30")]
    rows += [(path(p), utc_iso(modified[p.idx])) for p in posts]
    rows += [(f"{ROOT}/temy.{t}.html", None) for t in TAGS]
    pages[f"{ROOT}.sitemap.xml"] = sitemap(base, rows)
    pages["/robots.txt"] = robots(base, [f"{ROOT}.sitemap.xml"], ["/content/dam/", "/bin/"])
    return site_from(NAME, posts, path, pages, lambda p: [path(p, ".amp"), path(p, ".print")])
