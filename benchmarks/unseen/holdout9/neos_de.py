"""Neos 3 CMS local newspaper (de, Europe/Berlin): document nodes rendered by Fusion and Fluid.

Followed: the Neos.Demo site package (`Document.Page` / `Document.BlogPosting` Fusion: an intro
section with title, abstract and metadata "Datum - Autor - Kategorie", then the `main`
`Neos.Neos:ContentCollection` of `neos-nodetypes-text` / `neos-nodetypes-image` nodes, each
wrapped in its own `div`), `Neos.Neos:BreadcrumbMenu` (`ul.breadcrumb`, `li.normal` /
`li.current`), `Neos.Neos:Menu` (`li.normal` / `li.active`), Neos.Seo (canonical, Open Graph,
`Neos.Seo:StructuredData` JSON-LD with the full ISO `datePublished`), the Neos HTML comment
"This website is powered by Neos", `/_Resources/Static/Packages/…` assets, the Fluid paginate
widget (`ul.neos-widget-paginator` with `--neos-neos-viewhelpers-widget-paginateviewhelper`
arguments) on the news plugin page, Flowpack.Listable (`?currentPage=N`) on section pages,
a Neos.Form newsletter form and KaufmannDigital.CookieConsent. The article template adds
"Weitere Artikel" teasers with dates, a share row and a sidebar ("Meistgelesen", "Termine").

Document paths `/aktuelles/{section}/{uriPathSegment}.html` (Neos 3's `.html` suffix; umlauts
spelled out by the node path segment generator). Lists: the home page teaser lists,
`/aktuelles.html` (plugin pagination), `/aktuelles/{section}.html` (Listable), topic documents
`/themen/….html`. No twins (canonical everywhere). Discovery: listings only (no sitemap, no feed).
"""
# ruff: noqa: RUF001  (a Turkish-German author name is the point here)

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import by_key, html, make_posts, paged, site_from
from benchmarks.unseen.holdout9 import translit

NAME = "neos_de"
SITE = "Stadtanzeiger Süd"
SECTIONS = {
    "politik": "Politik",
    "verkehr": "Verkehr",
    "wirtschaft": "Wirtschaft",
    "bildung": "Bildung",
}
THEMEN = {
    "gemeinderat": "Gemeinderat",
    "haushalt": "Haushalt",
    "baustellen": "Baustellen",
    "nahverkehr": "Nahverkehr",
    "schulen": "Schulen",
}
AUTHORS = ["Katrin Weber", "Jonas Albrecht", "Selin Yıldız"]
CAPTIONS = [
    "Das Rathaus am Marktplatz. Foto: Stadtanzeiger",
    "Blick auf die Baustelle an der Hauptstraße. Foto: J. Albrecht",
    "Die Sitzung des Gemeinderats am Dienstagabend. Foto: K. Weber",
]
UMLAUTS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"))
WIDGET = "--neos-neos-viewhelpers-widget-paginateviewhelper%5BcurrentPage%5D"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(9505, "de", 30, "Europe/Berlin", list(SECTIONS), AUTHORS, list(THEMEN))
    rng = random.Random(9505)
    url = {
        p.idx: f"/aktuelles/{p.section}/{translit(p.title, f'artikel-{p.idx}', UMLAUTS)}.html"
        for p in posts
    }
    image_at = {p.idx: rng.randint(1, 2) for p in posts}
    caption = {p.idx: rng.choice(CAPTIONS) for p in posts}
    node = {
        p.idx: f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}-a{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}"
        for p in posts
    }

    def de_date(d):
        return d.strftime("%d.%m.%Y")

    def menu(active=""):
        items = (
            [("/aktuelles.html", "Aktuelles", "aktuelles")]
            + [(f"/aktuelles/{s}.html", n, s) for s, n in SECTIONS.items()]
            + [("/kontakt.html", "Kontakt", "kontakt")]
        )
        return "".join(
            f'<li class="{"active" if key == active else "normal"}"><a href="{h}" title="{n}">{n}</a></li>'
            for h, n, key in items
        )

    def crumbs(trail, current):
        return (
            '<ul class="breadcrumb"><li class="normal"><a href="/" title="Startseite">Startseite</a></li>'
            + "".join(
                f'<li class="normal"><a href="{h}" title="{n}">{escape(n)}</a></li>'
                for h, n in trail
            )
            + f'<li class="current">{escape(current)}</li></ul>'
        )

    def aside():
        top = "".join(f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>' for q in posts[2:7])
        return f"""<aside class="sidebar"><div class="neos-contentcollection">
<div class="neos-nodetypes-headline"><div><h2>Meistgelesen</h2></div></div><ol class="most-read">{top}</ol>
<div class="neos-nodetypes-headline"><div><h2>Newsletter</h2></div></div>
<div class="neos-nodetypes-form"><form enctype="multipart/form-data" method="post" id="newsletter" action="/newsletter.html"><div><input type="hidden" name="--neos_form-newsletter[__state]" value="TzozOToiTmVvc1xGb3JtXENvcmVcUnVudGltZVxGb3JtU3RhdGUiOjA6e30=" /></div><fieldset><label for="newsletter-email">E-Mail-Adresse</label><input id="newsletter-email" type="email" name="--neos_form-newsletter[email]" /><p class="help-block">Jeden Freitag die wichtigsten Nachrichten aus dem Süden der Stadt.</p></fieldset><nav class="form-navigation"><button type="submit" class="btn btn-primary">Anmelden</button></nav></form></div>
<div class="neos-nodetypes-headline"><div><h2>Termine</h2></div></div>
<div class="neos-nodetypes-text"><div><p>Bürgersprechstunde der Bezirksvorsteherin: jeden ersten Montag im Monat, 17 bis 19 Uhr, Bezirksrathaus.</p></div></div>
</div></aside>"""

    def shell(title, main, active="", head="", trail=None, current=""):
        bc = f'<div class="container">{crumbs(trail, current)}</div>' if trail is not None else ""
        return f"""<!DOCTYPE html><html lang="de">
<!--
This website is powered by Neos, the Open Source Content Application Platform licensed under the GNU/GPL.
Neos is based on Flow, a powerful PHP application framework licensed under the MIT license.

More information and contribution opportunities at https://www.neos.io
-->
<head>
<meta charset="UTF-8" />
<title>{escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />{head}
<link rel="stylesheet" href="{base}/_Resources/Static/Packages/Stadtanzeiger.Site/Styles/Main.css?bust=6f2a9c1e" media="all" />
</head>
<body class="">
<header class="navbar navbar-default"><div class="container"><a class="navbar-brand" href="{base}/">{SITE}</a><p class="claim">Nachrichten aus Degerloch, Möhringen und Vaihingen</p>
<nav class="nav-main"><ul class="nav navbar-nav">{menu(active)}</ul></nav>
<form class="search" method="get" action="/suche.html"><input type="search" name="search" placeholder="Suche" /></form></div></header>
{bc}
<div class="container main"><div class="row"><div class="col-md-8">
{main}
</div><div class="col-md-4">{aside()}</div></div></div>
<footer class="footer"><div class="container"><div class="neos-contentcollection"><div class="neos-nodetypes-text"><div><p>{SITE} GmbH &middot; Epplestraße 12 &middot; 70597 Stuttgart &middot; Telefon 0711 123456</p></div></div></div>
<ul class="footer-nav"><li class="normal"><a href="/impressum.html">Impressum</a></li><li class="normal"><a href="/datenschutz.html">Datenschutz</a></li><li class="normal"><a href="/kontakt.html">Kontakt</a></li></ul><p class="copyright">&copy; 2017 {SITE}</p></div></footer>
<div id="cookie-consent" class="cookie-consent cookie-consent--bottom" data-cookie-consent="hidden"><div class="cookie-consent__message">Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, stimmen Sie der Verwendung von Cookies zu.</div><div class="cookie-consent__buttons"><button class="cookie-consent__accept">Einverstanden</button><a href="/datenschutz.html" class="cookie-consent__link">Mehr erfahren</a></div></div>
<script src="{base}/_Resources/Static/Packages/Stadtanzeiger.Site/JavaScript/Main.js?bust=1c7e55ab"></script>
</body>
</html>"""

    def teaser(q, tag="h3"):
        return f'<li class="teaser"><a href="{url[q.idx]}" class="teaser__link"><{tag} class="teaser__title">{escape(q.title)}</{tag}></a><div class="teaser__meta"><time datetime="{q.published.isoformat()}">{de_date(q.published)}</time> &middot; {SECTIONS[q.section]}</div><p class="teaser__abstract">{escape(q.paras[0][:140].rsplit(" ", 1)[0])} …</p></li>'

    def article(p):
        d = p.published
        k = image_at[p.idx]
        blocks = [
            f'<div class="neos-nodetypes-text"><div>{"".join(f"<p>{escape(x)}</p>" for x in p.paras[1 : 1 + k])}</div></div>'
        ]
        blocks.append(
            f'<div class="neos-nodetypes-image"><figure><img src="{base}/_Resources/Persistent/{node[p.idx][:8]}a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3/bild-{p.idx}.jpg" alt="" title="" width="750" height="500" /><figcaption>{escape(caption[p.idx])}</figcaption></figure></div>'
        )
        if p.paras[1 + k :]:
            blocks.append(
                f'<div class="neos-nodetypes-text"><div>{"".join(f"<p>{escape(x)}</p>" for x in p.paras[1 + k :])}</div></div>'
            )
        themen = ", ".join(f'<a href="/themen/{t}.html">{THEMEN[t]}</a>' for t in p.tags)
        more = [q for q in posts if q.section == p.section and q is not p][:3]
        main = f"""<article class="news-article" itemscope itemtype="http://schema.org/NewsArticle">
<div class="blog-intro">
<div class="neos-nodetypes-headline"><div><h1 itemprop="headline">{escape(p.title)}</h1></div></div>
<div class="metadata"><time datetime="{d.isoformat()}" itemprop="datePublished">{de_date(d)}</time> - <span itemprop="author">{escape(p.author)}</span> - <a href="/aktuelles/{p.section}.html">{SECTIONS[p.section]}</a></div>
<p class="abstract" itemprop="description">{escape(p.paras[0])}</p>
</div>
<div class="neos-contentcollection" itemprop="articleBody">
{"".join(blocks)}
</div>
<div class="article-footer"><p class="themen">Themen: {themen}</p>
<div class="share"><span>Artikel teilen:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}" target="_blank" rel="noopener">Facebook</a> <a href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}" target="_blank" rel="noopener">Twitter</a> <a href="mailto:?subject={escape(p.title)}&amp;body={base}{url[p.idx]}">E-Mail</a></div></div>
</article>
<section class="related"><div class="neos-nodetypes-headline"><div><h2>Weitere Artikel</h2></div></div><ul class="teaser-list">{"".join(teaser(q) for q in more)}</ul></section>"""
        ld = (
            '{"@context":"http://schema.org","@type":"NewsArticle",'
            f'"url":"{base}{url[p.idx]}","headline":"{escape(p.title)}","datePublished":"{d.isoformat()}",'
            f'"author":{{"@type":"Person","name":"{escape(p.author)}"}},"publisher":{{"@type":"Organization","name":"{SITE}"}}}}'
        )
        head = (
            f'\n<meta name="description" content="{escape(p.paras[0][:155])}" />'
            f'\n<link rel="canonical" href="{base}{url[p.idx]}" />'
            f'\n<meta property="og:type" content="article" />\n<meta property="og:title" content="{escape(p.title)}" />'
            f'\n<meta property="og:site_name" content="{SITE}" />\n<meta property="og:url" content="{base}{url[p.idx]}" />'
            f'\n<script type="application/ld+json">{ld}</script>'
        )
        trail = [
            ("/aktuelles.html", "Aktuelles"),
            (f"/aktuelles/{p.section}.html", SECTIONS[p.section]),
        ]
        return shell(f"{p.title} - {SITE}", main, p.section, head, trail, p.title)

    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(article(p))

    def paginator(nth, k, n):
        if n < 2:
            return ""
        lis = [f'<li class="previous"><a href="{nth(k - 1)}">zurück</a></li>'] if k else []
        lis += [
            f'<li class="current">{j + 1}</li>'
            if j == k
            else f'<li><a href="{nth(j)}">{j + 1}</a></li>'
            for j in range(n)
        ]
        if k + 1 < n:
            lis.append(f'<li class="next"><a href="{nth(k + 1)}">weiter</a></li>')
        return f'<div class="page-navigation"><ul class="neos-widget-paginator">{"".join(lis)}</ul></div>'

    def canon(path):
        return f'\n<link rel="canonical" href="{base}{path.split("?")[0]}" />'

    def news_nth(k):
        return "/aktuelles.html" if not k else f"/aktuelles.html?{WIDGET}={k + 1}"

    def news_page(chunk, k, n):
        main = f'<div class="neos-nodetypes-headline"><div><h1>Aktuelles</h1></div></div><div class="neos-contentcollection"><div class="news-list"><ul class="teaser-list">{"".join(teaser(q, "h2") for q in chunk)}</ul>{paginator(lambda j: news_nth(j).replace("&", "&amp;"), k, n)}</div></div>'
        return shell(
            f"Aktuelles{f' - Seite {k + 1}' if k else ''} - {SITE}",
            main,
            "aktuelles",
            canon(news_nth(0)),
            [],
            "Aktuelles",
        )

    paged(pages, news_nth, posts, 8, news_page)
    for s, items in by_key(posts, lambda p: p.section).items():

        def sec_nth(k, s=s):
            return f"/aktuelles/{s}.html" if not k else f"/aktuelles/{s}.html?currentPage={k + 1}"

        def sec_page(chunk, k, n, s=s, sec_nth=sec_nth):
            main = f'<div class="neos-nodetypes-headline"><div><h1>{SECTIONS[s]}</h1></div></div><div class="neos-nodetypes-text"><div><p>Alle Meldungen aus dem Ressort {SECTIONS[s]}.</p></div></div><div class="flowpack-listable"><ul class="teaser-list">{"".join(teaser(q, "h2") for q in chunk)}</ul>{paginator(sec_nth, k, n)}</div>'
            return shell(
                f"{SECTIONS[s]} - {SITE}",
                main,
                s,
                canon(sec_nth(0)),
                [("/aktuelles.html", "Aktuelles")],
                SECTIONS[s],
            )

        paged(pages, sec_nth, items, 6, sec_page)
    for t, items in by_key(posts, lambda p: p.tags).items():
        main = f'<div class="neos-nodetypes-headline"><div><h1>Thema: {THEMEN[t]}</h1></div></div><div class="neos-nodetypes-contentreferences"><ul class="teaser-list">{"".join(teaser(q, "h2") for q in items)}</ul></div>'
        pages[f"/themen/{t}.html"] = html(
            shell(
                f"Thema: {THEMEN[t]} - {SITE}",
                main,
                "",
                canon(f"/themen/{t}.html"),
                [("/themen.html", "Themen")],
                THEMEN[t],
            )
        )
    pages["/themen.html"] = html(
        shell(
            f"Themen - {SITE}",
            '<div class="neos-nodetypes-headline"><div><h1>Themen</h1></div></div><ul class="subpages">'
            + "".join(f'<li><a href="/themen/{t}.html">{n}</a></li>' for t, n in THEMEN.items())
            + "</ul>",
            "",
            canon("/themen.html"),
            [],
            "Themen",
        )
    )
    home = [
        f'<section class="top-story"><div class="neos-nodetypes-headline"><div><h2>Top-Thema</h2></div></div><ul class="teaser-list teaser-list--large">{teaser(posts[0], "h2")}</ul></section>'
    ]
    home.append(
        f'<section><div class="neos-nodetypes-headline"><div><h2>Neueste Meldungen</h2></div></div><ul class="teaser-list">{"".join(teaser(q) for q in posts[1:7])}</ul><p><a href="/aktuelles.html">Alle Meldungen</a></p></section>'
    )
    for s, items in by_key(posts, lambda p: p.section).items():
        home.append(
            f'<section><div class="neos-nodetypes-headline"><div><h2><a href="/aktuelles/{s}.html">{SECTIONS[s]}</a></h2></div></div><ul class="teaser-list">{"".join(teaser(q) for q in items[:2])}</ul></section>'
        )
    pages["/"] = html(
        shell(f"{SITE} - Nachrichten aus dem Stuttgarter Süden", "".join(home), "", canon("/"))
    )
    for path, head, text in (
        (
            "/impressum.html",
            "Impressum",
            f"{SITE} GmbH, Epplestraße 12, 70597 Stuttgart. Verantwortlich für den Inhalt nach § 55 Abs. 2 RStV: Katrin Weber.",
        ),
        (
            "/datenschutz.html",
            "Datenschutz",
            "Wir verarbeiten personenbezogene Daten nur, soweit dies zur Bereitstellung dieser Website erforderlich ist.",
        ),
        (
            "/kontakt.html",
            "Kontakt",
            "Sie erreichen die Redaktion unter redaktion@stadtanzeiger-sued.example oder telefonisch unter 0711 123456.",
        ),
        (
            "/newsletter.html",
            "Newsletter",
            "Vielen Dank! Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail, die wir Ihnen geschickt haben.",
        ),
        ("/suche.html", "Suche", "Bitte geben Sie einen Suchbegriff ein."),
    ):
        pages[path] = html(
            shell(
                f"{head} - {SITE}",
                f'<div class="neos-nodetypes-headline"><div><h1>{head}</h1></div></div><div class="neos-nodetypes-text"><div><p>{text}</p></div></div>',
                "",
                canon(path),
                [],
                head,
            )
        )
    return site_from(NAME, posts, lambda p: url[p.idx], pages)
