"""HOLDOUT2: do not read or tune against this module. Wagtail news site (nl): StreamField blocks with an in-body "Lees ook" block, /nl/ i18n twin without canonical, django-comments-xtd; listings only."""

from __future__ import annotations

import random
from html import escape

import benchmarks.unseen.text_extra  # noqa: F401  (registers the nl bank)
from benchmarks.unseen.common import (
    by_key,
    by_month,
    html,
    make_posts,
    paged,
    robots,
    site_from,
    thread,
)

NAME = "wagtail_nl"
SITE = "Stedendriehoek Nieuws"
CATS = {"Gemeente": "gemeente", "Verkeer": "verkeer", "Wonen": "wonen"}
TAGS = ["raad", "fiets", "woningbouw", "begroting", "onderwijs", "centrum"]
DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
READERS = ["Jan de Vries", "Anouk", "Henk B.", "Fatima El Amrani", "Pieter-Jan", "buurtbewoner"]
LINES = [
    "Eindelijk, hier wachten we al jaren op.",
    "En wie gaat dat betalen? Juist, de burger.",
    "Goed stuk, helder uitgelegd.",
    "Jammer dat de inspraakavond zo slecht was aangekondigd.",
    "Ben benieuwd of de planning deze keer wel gehaald wordt.",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        7404,
        "nl",
        29,
        "Europe/Amsterdam",
        list(CATS),
        ["Marieke Jansen", "Ruud Bakker", "Sanne de Groot"],
        TAGS,
    )
    rng = random.Random(7404)
    slug: dict[int, str] = {}
    for p in reversed(posts):  # Wagtail makes a repeated slug unique with a counter
        s, n = p.slug, 2
        while s in slug.values():
            s, n = f"{p.slug}-{n}", n + 1
        slug[p.idx] = s
    url = {p.idx: f"/nieuws/{slug[p.idx]}/" for p in posts}
    nl = {p.idx: f"/nl/nieuws/{slug[p.idx]}/" for p in posts}
    nb = {
        p.idx: f"/nieuws/{slug[p.idx]}/?utm_source=nieuwsbrief&utm_medium=email&utm_campaign=week{p.published.isocalendar()[1]}"
        for p in posts
        if p.idx % 2
    }
    threads = {p.idx: thread(rng, READERS, LINES, p.published, 0, 5) for p in posts}
    aslug = {a: a.lower().replace(" ", "-") for a in {p.author for p in posts}}
    pages: dict = {}

    def lang_date(d, time=True):
        s = f"{DAGEN[d.weekday()]} {d.day} {MAANDEN[d.month - 1]} {d.year}"
        return s + (f", {d.strftime('%H:%M')}" if time else "")

    def shell(title, main, crumbs, head="", prefix=""):
        nav = "".join(
            f'<li class="nav-item"><a class="nav-link" href="{prefix}{h}">{n}</a></li>'
            for h, n in [
                ("/nieuws/", "Nieuws"),
                *((f"/nieuws/categorie/{c}/", s) for s, c in CATS.items()),
                ("/nieuws/archief/", "Archief"),
                ("/zoeken/", "Zoeken"),
            ]
        )
        bc = (
            "".join(
                f'<li class="breadcrumb-item"><a href="{prefix}{h}">{escape(n)}</a></li>'
                for h, n in crumbs[:-1]
            )
            + f'<li class="breadcrumb-item active" aria-current="page">{escape(crumbs[-1][1])}</li>'
        )
        return f"""<!DOCTYPE html>
<html class="no-js" lang="nl">
<head>
<meta charset="utf-8" />
<title>{escape(title)} | {SITE}</title>
<meta name="description" content="" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
{head}
<link rel="stylesheet" type="text/css" href="/static/css/main.4f2a9c1b.css">
</head>
<body class="template-{"newspage" if head else "newsindexpage"}">
<div id="cookie-consent" class="cookie-consent" data-controller="cookie"><p>Wij gebruiken cookies om onze website te verbeteren en om advertenties te tonen. <a href="/privacy/">Lees meer</a></p><button class="btn btn-sm btn-light" data-action="cookie#accept">Akkoord</button> <button class="btn btn-sm btn-link" data-action="cookie#decline">Alleen noodzakelijke cookies</button></div>
<header class="site-header"><nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="{prefix}/">{SITE}</a><ul class="navbar-nav">{nav}</ul><div class="lang-switch"><a href="/" hreflang="nl" class="active">NL</a></div></nav></header>
<nav aria-label="breadcrumb"><ol class="breadcrumb">{bc}</ol></nav>
<main class="container">
{main}
</main>
<aside class="newsletter-signup"><div class="container"><h2>Ontvang onze nieuwsbrief</h2><p>Elke vrijdag het belangrijkste nieuws uit de regio in je mailbox.</p><form action="/nieuwsbrief/" method="post"><input type="email" name="email" placeholder="Je e-mailadres"><button type="submit">Aanmelden</button></form></div></aside>
<footer class="footer"><div class="container"><div class="row"><div class="col-md-4"><h4>{SITE}</h4><p>Onafhankelijk nieuws uit Apeldoorn, Deventer en Zutphen.</p></div><div class="col-md-4"><h4>Contact</h4><p>Tip de redactie: redactie@stedendriehoek.example</p></div><div class="col-md-4"><ul><li><a href="/over-ons/">Over ons</a></li><li><a href="/privacy/">Privacyverklaring</a></li><li><a href="/colofon/">Colofon</a></li></ul></div></div><p class="copyright">© 2017 {SITE}. Alle rechten voorbehouden.</p></div></footer>
<script type="text/javascript" src="/static/js/main.8c1d2e3f.js"></script>
</body>
</html>"""

    def teaser(q, prefix=""):
        return (
            f'<article class="listing-card"><a class="listing-card__link" href="{prefix}{url[q.idx]}"><figure class="listing-card__image"><img src="/media/images/{q.slug[:20]}.2e16d0ba.fill-400x225.jpg" alt=""></figure>'
            f'<div class="listing-card__body"><span class="listing-card__category">{q.section}</span><h2 class="listing-card__title">{escape(q.title)}</h2><p class="listing-card__intro">{escape(q.paras[0][:140])}…</p>'
            f'<time class="listing-card__date" datetime="{q.published.isoformat()}">{q.published.day} {MAANDEN[q.published.month - 1]} {q.published.year}</time></div></a></article>'
        )

    def article(p, prefix=""):
        d = p.published
        rel = [q for q in posts if q.section == p.section and q is not p][:3]
        see = rel[0] if rel else posts[0]
        blocks = []
        for j, x in enumerate(p.paras):
            blocks.append(f'<div class="block-paragraph"><p>{escape(x)}</p></div>')
            if j == 1:
                blocks.append(
                    f'<div class="block-related_page"><aside class="lees-ook"><span class="lees-ook__label">Lees ook:</span> <a href="{prefix}{url[see.idx]}">{escape(see.title)}</a></aside></div>'
                )
            if j == 2:
                blocks.append(
                    f'<div class="block-image"><figure><img alt="" src="/media/images/{p.slug[:20]}.2e16d0ba.width-800.jpg" width="800" height="450"><figcaption>Foto: {escape(p.author)}</figcaption></figure></div>'
                )
        tags = "".join(f'<a class="tag" href="{prefix}/nieuws/?tag={t}">{t}</a> ' for t in p.tags)
        coms = "".join(
            f'<div class="media" id="c{p.idx * 10 + j}"><div class="media-body"><h6 class="media-heading comment-header">{t.day} {MAANDEN[t.month - 1]} {t.year} om {t.strftime("%H:%M")} - {escape(w)} <a class="permalink" href="{prefix}{url[p.idx]}#c{p.idx * 10 + j}">¶</a></h6><div class="comment-text"><p>{escape(x)}</p></div></div></div>'
            for j, (w, t, x) in enumerate(threads[p.idx])
        )
        main = f"""<article class="news-page" itemscope itemtype="https://schema.org/NewsArticle">
<header class="news-page__header"><a class="news-page__category" href="{prefix}/nieuws/categorie/{CATS[p.section]}/">{p.section}</a>
<h1 class="news-page__title" itemprop="headline">{escape(p.title)}</h1>
<div class="news-page__meta">Door <a href="{prefix}/auteurs/{aslug[p.author]}/" itemprop="author">{escape(p.author)}</a> · <time datetime="{d.isoformat()}" itemprop="datePublished">{lang_date(d)}</time></div></header>
<div class="news-page__body streamfield" itemprop="articleBody">
{"".join(blocks)}
</div>
<footer class="news-page__footer"><div class="tags">Tags: {tags}</div><div class="share"><span>Deel dit artikel:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}">Facebook</a> <a href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}">Twitter</a> <a href="https://api.whatsapp.com/send?text={base}{url[p.idx]}">WhatsApp</a> <a href="mailto:?subject={escape(p.title)}&amp;body={base}{url[p.idx]}">E-mail</a></div></footer>
</article>
<section class="comments" id="comments"><h3>{len(threads[p.idx])} reacties</h3>{coms}<form method="POST" action="/comments/post/" class="comment-form"><p>Reageer op dit artikel. Reacties worden gemodereerd en kunnen worden ingekort.</p><input name="name" placeholder="Naam"><textarea name="comment"></textarea><button type="submit">Plaats reactie</button></form></section>
<section class="related"><h2>Meer uit {p.section}</h2><div class="listing">{"".join(teaser(q, prefix) for q in rel)}</div></section>"""
        head = f'<meta property="og:type" content="article" /><meta property="og:title" content="{escape(p.title)}" /><meta property="article:published_time" content="{d.isoformat()}" />'
        if not prefix:
            head += f'<link rel="canonical" href="{base}{url[p.idx]}" />'
        crumbs = [
            ("/", "Home"),
            ("/nieuws/", "Nieuws"),
            (f"/nieuws/categorie/{CATS[p.section]}/", p.section),
            ("", p.title),
        ]
        return shell(p.title, main, crumbs, head, prefix)

    for p in posts:
        pages[url[p.idx]] = html(article(p))
        pages[nl[p.idx]] = html(article(p, "/nl"))  # i18n_patterns twin: same page, no canonical
        if p.idx in nb:
            pages[nb[p.idx]] = pages[url[p.idx]]

    def index(path0, title, items, crumbs, per=9, intro=""):
        sep = "&" if "?" in path0 else "?"

        def nth(k):
            return path0 if not k else f"{path0}{sep}page={k + 1}"

        def render(chunk, k, n):
            nums = "".join(
                f'<li class="page-item{" active" if j == k else ""}"><a class="page-link" href="{nth(j)}">{j + 1}</a></li>'
                for j in range(n)
            )
            nav = f'<nav aria-label="Paginering"><ul class="pagination">{nums}</ul><p class="pagination-info">Pagina {k + 1} van {n}</p></nav>'
            return shell(
                title,
                f'<h1 class="index-header__title">{escape(title)}</h1>{intro}<div class="listing">{"".join(teaser(q) for q in chunk)}</div>{nav}',
                crumbs,
            )

        paged(pages, nth, items, per, render)

    index("/nieuws/", "Nieuws", posts, [("/", "Home"), ("", "Nieuws")])
    for s, c in CATS.items():
        index(
            f"/nieuws/categorie/{c}/",
            s,
            [p for p in posts if p.section == s],
            [("/", "Home"), ("/nieuws/", "Nieuws"), ("", s)],
            6,
        )
    for t, items in by_key(posts, lambda p: p.tags).items():
        index(
            f"/nieuws/?tag={t}",
            f"Artikelen met tag: {t}",
            items,
            [("/", "Home"), ("/nieuws/", "Nieuws"), ("", t)],
            6,
        )
    for a, s in aslug.items():
        bio = f'<div class="author-bio"><p>{escape(a)} is verslaggever bij {SITE} en schrijft over de gemeenteraad, verkeer en wonen.</p></div>'
        index(
            f"/auteurs/{s}/",
            a,
            [p for p in posts if p.author == a],
            [("/", "Home"), ("", a)],
            9,
            bio,
        )
    months = by_month(posts)
    arch = (
        '<ul class="archive-list">'
        + "".join(
            f'<li><a href="/nieuws/archief/{y}/{m}/">{MAANDEN[m - 1]} {y}</a> ({len(v)})</li>'
            for (y, m), v in months.items()
        )
        + "</ul>"
    )
    pages["/nieuws/archief/"] = html(
        shell("Archief", f"<h1>Archief</h1>{arch}", [("/", "Home"), ("", "Archief")])
    )
    for (y, m), v in months.items():
        index(
            f"/nieuws/archief/{y}/{m}/",
            f"Archief {MAANDEN[m - 1]} {y}",
            v,
            [("/", "Home"), ("/nieuws/archief/", "Archief"), ("", f"{MAANDEN[m - 1]} {y}")],
            12,
            arch,
        )
    top = posts[0]
    home = (
        f'<section class="hero"><a href="{url[top.idx]}"><h1>{escape(top.title)}</h1><p>{escape(top.paras[0][:200])}…</p></a></section>'
        f'<section class="home-latest"><h2>Laatste nieuws</h2><div class="listing">{"".join(teaser(q) for q in posts[1:7])}</div><a class="btn" href="/nieuws/">Meer nieuws</a></section>'
        + '<section class="home-popular"><h2>Meest gelezen</h2><ol>'
        + "".join(
            f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>'
            for q in sorted(posts, key=lambda q: q.slug)[:5]
        )
        + "</ol></section>"
    )
    pages["/"] = html(shell(SITE, home, [("/", "Home")]))
    pages["/nl/"] = html(shell(SITE, home, [("/", "Home")], prefix="/nl"))
    for path, title, text in [
        (
            "/over-ons/",
            "Over ons",
            "Stedendriehoek Nieuws is een onafhankelijke nieuwssite, opgericht in 2015 door drie journalisten.",
        ),
        (
            "/privacy/",
            "Privacyverklaring",
            "Wij verwerken persoonsgegevens volgens de AVG. Cookies worden alleen met toestemming geplaatst.",
        ),
        (
            "/colofon/",
            "Colofon",
            "Hoofdredactie: Marieke Jansen. Vormgeving en techniek: Wagtail CMS.",
        ),
        (
            "/nieuwsbrief/",
            "Nieuwsbrief",
            "Bedankt voor je aanmelding! Bevestig je e-mailadres via de link in je mailbox.",
        ),
    ]:
        pages[path] = html(
            shell(
                title,
                f'<div class="block-paragraph"><h1>{title}</h1><p>{text}</p></div>',
                [("/", "Home"), ("", title)],
            )
        )
    pages["/zoeken/"] = html(
        shell(
            "Zoeken",
            '<h1>Zoeken</h1><form action="/zoeken/" method="get"><input type="text" name="query" placeholder="Zoek op trefwoord"><button type="submit">Zoeken</button></form><p>Geen zoekterm opgegeven.</p>',
            [("/", "Home"), ("", "Zoeken")],
        )
    )
    # /nl/ prefixes of listing pages the nl twins link to
    articles = set(url.values()) | set(nb.values()) | set(nl.values())
    for path in list(pages):
        if path != "/" and not path.startswith("/nl/") and path not in articles:
            pages.setdefault("/nl" + path, pages[path])
    pages["/robots.txt"] = robots(base, [], ["/admin/", "/zoeken/", "/comments/"])
    return site_from(
        NAME,
        posts,
        lambda p: url[p.idx],
        pages,
        lambda p: [nl[p.idx], *([nb[p.idx]] if p.idx in nb else [])],
    )
