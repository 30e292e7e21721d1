"""Joomla 3 Protostar site (de): index.php twins, print variant without canonical, info block."""

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import (
    Site,
    Truth,
    comments,
    html,
    listing,
    make_posts,
    paras_html,
    rss,
)

NAME = "joomla3"
SECTIONS = ["Lokales", "Wirtschaft", "Sport", "Kultur"]
TAGS = ["Gemeinderat", "Verkehr", "Schulen", "Haushalt", "Bauen", "Vereine"]
MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
NAMES = ["Gerd M.", "Sabine Kr.", "Hubert", "Leserin aus Weilheim", "T. Brandl"]
REMARKS = [
    "Das hätte man sich vor zehn Jahren überlegen müssen.",
    "Danke für den ausführlichen Bericht aus der Sitzung.",
    "Wer zahlt am Ende die Zeche? Natürlich wieder wir Bürger.",
    "Ich war bei der Versammlung, es war deutlich voller als hier beschrieben.",
]


def _cat(s: str) -> str:
    return s.lower().replace("ä", "ae")


def _shell(title: str, main: str, pageheading: str = "") -> str:
    nav = "".join(
        f'<li class="item-{10 + i}"><a href="/{_cat(s)}.html">{s}</a></li>'
        for i, s in enumerate(SECTIONS)
    )
    head = f'<div class="page-header"><h1> {escape(pageheading)} </h1></div>' if pageheading else ""
    return f"""<!DOCTYPE html>
<html lang="de-de" dir="ltr"><head><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" /><meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{escape(title)}</title><link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/protostar/css/template.css?3b8a1b" rel="stylesheet" /></head>
<body class="site com_content view-article no-layout no-task itemid-101">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title" title="Oberland Anzeiger">Oberland Anzeiger</span></a>
<div class="header-search pull-right"><div class="search"><form action="/suche.html" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">Suchen ...</label><input name="searchword" id="mod-search-searchword" class="inputbox search-query input-medium" type="search" placeholder="Suchen ..." /></form></div></div></div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Navigation an/aus</span></a></div>
<div class="nav-collapse"><ul class="nav menu nav-pills mod-list"><li class="item-101 default"><a href="/">Startseite</a></li>{nav}<li class="item-20"><a href="/impressum.html">Impressum</a></li></ul></div></nav>
<div class="moduletable"><ul class="breadcrumb"><li>Aktuelle Seite: &#160;</li><li><a href="/" class="pathway">Startseite</a></li></ul></div>
<div class="row-fluid"><main id="content" role="main" class="span9"><div id="system-message-container"></div>
{head}{main}
</main><div id="aside" class="span3"><div class="well "><h3 class="page-header">Neueste Beiträge</h3><ul class="latestnews mod-list">LATEST</ul></div>
<div class="well "><h3 class="page-header">Archiv</h3><ul class="archive-module mod-list"><li><a href="/index.php/component/content/archive?year=2017&amp;month=04">April, 2017</a></li><li><a href="/index.php/component/content/archive?year=2017&amp;month=03">März, 2017</a></li></ul></div>
<div class="well "><h3 class="page-header">Newsletter</h3><p>Jeden Freitag die wichtigsten Nachrichten aus dem Oberland per E-Mail. Jetzt kostenlos anmelden!</p></div></div></div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr /><p class="pull-right"><a href="#top" id="back-top">Nach oben</a></p><p>&copy; 2017 Oberland Anzeiger Verlags-GmbH</p><p>Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, stimmen Sie der Verwendung von Cookies zu. <a href="/datenschutz.html">Mehr erfahren</a></p></div></footer>
</body></html>"""


def build(base: str) -> Site:
    """All pages and the ground truth."""
    posts = make_posts(
        302,
        "de",
        32,
        "Europe/Berlin",
        SECTIONS,
        ["Redaktion", "Martina Huber", "Josef Lechner"],
        TAGS,
    )
    rng = random.Random(3)
    pages, truth = {}, {}
    sef = {p.idx: f"/{_cat(p.section)}/{p.idx + 40}-{p.slug}" for p in posts}
    order = sorted(posts, key=lambda p: p.published)
    for i, p in enumerate(order):
        sl = sef[p.idx]
        printurl = f"/index.php{sl}?tmpl=component&print=1&layout=default&page="
        nav = ""
        if i:
            nav += f'<li class="previous"><a class="hasTooltip" title="{escape(order[i - 1].title)}" href="{sef[order[i - 1].idx]}.html" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Zurück</span></a></li>'
        if i + 1 < len(order):
            nav += f'<li class="next"><a class="hasTooltip" title="{escape(order[i + 1].title)}" href="{sef[order[i + 1].idx]}.html" rel="next"><span aria-hidden="true">Weiter</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        local = p.published
        info = f"""<dl class="article-info muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Geschrieben von <span itemprop="name">{escape(p.author)}</span></dd>
<dd class="category-name">Kategorie: <a href="/{_cat(p.section)}.html" itemprop="genre">{p.section}</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{local.isoformat()}" itemprop="datePublished">Veröffentlicht: {local.day}. {MONTHS[local.month - 1]} {local.year}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{rng.randint(40, 900)}" />Zugriffe: {rng.randint(40, 900)}</dd></dl>"""
        tags = "".join(
            f'<li><a href="/component/tags/tag/{TAGS.index(t) + 2}-{_cat(t)}.html" class="label label-info">{t}</a></li>'
            for t in p.tags
        )
        com = "".join(
            f'<div class="kmt-item"><div class="kmt-head"><span class="kmt-author">{escape(w)}</span> <span class="kmt-time">{d.strftime("%d.%m.%Y %H:%M")}</span></div><div class="kmt-body"><p>{escape(t)}</p></div></div>'
            for w, d, t in comments(rng, NAMES, REMARKS, local)
        )
        item = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="de-DE" />
<div class="page-header"><h2 itemprop="headline">{escape(p.title)}</h2></div>
<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" data-toggle="dropdown"><span class="icon-cog" aria-hidden="true"></span><span class="caret"></span></button>
<ul class="dropdown-menu"><li class="print-icon"><a href="{escape(printurl)}" title="Eintrag ausdrucken &lt; {escape(p.title)} &gt;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> Drucken</a></li>
<li class="email-icon"><a href="/component/mailto/?tmpl=component&amp;template=protostar&amp;link=x{p.idx}" title="Link einem Freund via E-Mail senden" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> E-Mail</a></li></ul></div></div>
{info}
<ul class="tags inline">{tags}</ul>
<div itemprop="articleBody">{paras_html(p.paras)}</div>
<ul class="pager pagenav">{nav}</ul></div>"""
        full = (
            item
            + f'<div id="kmt-comments"><h3>Kommentare ({len(REMARKS) - 1})</h3>{com}<h4>Kommentar schreiben</h4><p>Bitte melden Sie sich an, um zu kommentieren.</p></div>'
        )
        page = html(_shell(f"{p.title} - Oberland Anzeiger", full, p.section))
        pages[sl + ".html"] = page
        pages["/index.php" + sl] = page
        pages[printurl] = html(
            f'<!DOCTYPE html><html lang="de-de"><head><meta charset="utf-8" /><title>{escape(p.title)}</title><meta name="robots" content="noindex, nofollow" /></head><body class="contentpane modal"><div id="system-message-container"></div><div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print"></span> Drucken</a></div>{item}</body></html>'
        )
        truth[p.idx] = Truth(
            sl + ".html", p.title, p.day, p.paras, "de", ["/index.php" + sl, printurl]
        )
    latest = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="/index.php{sef[p.idx]}" itemprop="url"><span itemprop="name">{escape(p.title)}</span></a></li>'
        for p in posts[:5]
    )
    for k in list(pages):
        pages[k].body = pages[k].body.replace(b"LATEST", latest.encode())

    def blog(heading: str, prefix: str):
        def render(chunk, k, n):
            items = "".join(
                f'<div class="items-row cols-1 row-0 row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting"><div class="page-header"><h2 itemprop="name"><a href="{sef[p.idx]}.html" itemprop="url">{escape(p.title)}</a></h2></div><dl class="article-info muted"><dd class="createdby">Geschrieben von <span itemprop="name">{escape(p.author)}</span></dd><dd class="published">Veröffentlicht: {p.published.day}. {MONTHS[p.published.month - 1]} {p.published.year}</dd></dl><p>{escape(p.paras[0])}</p><p class="readmore"><a class="btn" href="{sef[p.idx]}.html" itemprop="url"><span class="icon-chevron-right" aria-hidden="true"></span> Weiterlesen: {escape(p.title)}</a></p></div></div></div>'
                for p in chunk
            )
            pag = "".join(
                f'<li><a href="{prefix}?start={j * 10}" class="pagenav">{j + 1}</a></li>'
                for j in range(n)
                if j != k
            )
            return _shell(
                heading + " - Oberland Anzeiger",
                f'<div class="blog" itemscope itemtype="https://schema.org/Blog">{items}<div class="pagination"><p class="counter pull-right"> Seite {k + 1} von {n} </p><ul>{pag}</ul></div></div>',
                heading,
            ).replace("LATEST", latest)

        return render

    home = sorted(posts, key=lambda p: p.published, reverse=True)
    listing(pages, lambda k: "/" if not k else f"/?start={k * 10}", home, blog("Startseite", "/"))
    for s in SECTIONS:
        pre = f"/{_cat(s)}.html"
        listing(
            pages,
            lambda k, pre=pre: pre if not k else f"{pre}?start={k * 10}",
            [p for p in home if p.section == s],
            blog(s, pre),
        )
        pages[f"{pre}?format=feed&type=rss"] = rss(
            base, s, [(sef[p.idx] + ".html", p) for p in home if p.section == s][:10], "de-de"
        )
    for t in TAGS:
        pre = f"/component/tags/tag/{TAGS.index(t) + 2}-{_cat(t)}.html"
        listing(
            pages,
            lambda k, pre=pre: pre if not k else f"{pre}?start={k * 10}",
            [p for p in home if t in p.tags],
            blog(t, pre),
            per=20,
        )
    for m in ("03", "04"):
        pre = f"/index.php/component/content/archive?year=2017&month={m}"
        listing(
            pages,
            lambda k, pre=pre: pre if not k else f"{pre}&start={k * 10}",
            [p for p in home if p.published.strftime("%m") == m],
            blog("Archiv", pre),
            per=20,
        )
    for path, text in [
        (
            "/impressum.html",
            "Oberland Anzeiger Verlags-GmbH, Marktplatz 3, 82362 Weilheim. Geschäftsführer: Anton Rieger. Registergericht München.",
        ),
        (
            "/datenschutz.html",
            "Wir verarbeiten personenbezogene Daten nur im Rahmen der gesetzlichen Bestimmungen.",
        ),
        ("/suche.html", "Suchbegriff eingeben"),
    ]:
        pages[path] = html(
            _shell(
                "Oberland Anzeiger",
                f'<div class="item-page"><div itemprop="articleBody"><p>{text}</p></div></div>',
            ).replace("LATEST", latest)
        )
    pages["/index.php?format=feed&type=rss"] = rss(
        base, "Oberland Anzeiger", [(sef[p.idx] + ".html", p) for p in home[:10]], "de-de"
    )
    return Site(NAME, pages, list(truth.values()))
