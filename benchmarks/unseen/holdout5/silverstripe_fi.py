"""SilverStripe 3 blog module on the simple theme (fi): ?start=N paging, slash and ?stage=Live twins, RSS only."""
# ruff: noqa: RUF001  (non-Latin scripts and typographic quotes are the point here)

from __future__ import annotations

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
    thread,
)
from benchmarks.unseen.holdout5 import ascii_slug

NAME = "silverstripe_fi"
SITE = "Savon Viikko"
CATS = {
    "kunnallispolitiikka": "Kunnallispolitiikka",
    "liikenne": "Liikenne",
    "kulttuuri": "Kulttuuri",
}
TAGS = ["valtuusto", "budjetti", "kaavoitus", "koulut", "tiet", "asuminen"]
AUTHORS = ["Anu Heikkinen", "Jussi Rautio", "Sari Lehtonen"]
MONTHS = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta"]
MONTHS_NOM = ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu"]
READERS = ["Matti K.", "kaupunkilainen", "Tuula", "Eero V.", "Pirjo", "veronmaksaja"]
REMARKS = [
    "Taas kerran päätetään asioista kysymättä asukkailta.",
    "Kiitos hyvästä jutusta, olin itsekin paikalla kokouksessa.",
    "Kuka nämä lopulta maksaa? Me veronmaksajat tietenkin.",
    "Hyvä että asia etenee vihdoinkin.",
    "Onko suunnitelmat nähtävillä jossain verkossa?",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(952, "fi", 31, "Europe/Helsinki", list(CATS), AUTHORS, TAGS)
    rng = random.Random(952)
    threads = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 4) for p in posts}
    url = {p.idx: f"/uutiset/{ascii_slug(p.title, p.slug)}/" for p in posts}
    twins = {p.idx: [url[p.idx].rstrip("/"), url[p.idx] + "?stage=Live"] for p in posts}

    def fdate(d):
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"

    def shell(title, main, body_class="Blog", head=""):
        recent = "".join(
            f'<li><a href="{twins[q.idx][0]}">{escape(q.title)}</a></li>' for q in posts[:5]
        )
        arch = "".join(
            f'<li><a href="/uutiset/archive/{y}/{m}">{MONTHS_NOM[m - 1]} {y}</a></li>'
            for (y, m) in by_month(posts)
        )
        cats = "".join(f'<li><a href="/uutiset/category/{k}">{v}</a></li>' for k, v in CATS.items())
        return f"""<!DOCTYPE html>
<!--[if !IE]><!--><html lang="fi-FI"><!--<![endif]-->
<head><base href="{base}/"><!--[if lte IE 6]></base><![endif]-->
<title>{escape(title)} &raquo; {SITE}</title>
<meta name="generator" content="SilverStripe - http://silverstripe.org"><meta http-equiv="Content-type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">
<link rel="alternate" type="application/rss+xml" title="Uutiset" href="{base}/uutiset/rss">{head}
<link rel="stylesheet" type="text/css" href="/themes/simple/css/layout.css?m=1489654321"></head>
<body class="{body_class}" dir="ltr">
<header class="header" role="banner"><div class="inner"><div class="unit size4of4 lastUnit">
<a href="/" class="brand" rel="home"><h1>{SITE}</h1><p>Paikallista uutisointia Pohjois-Savosta</p></a>
<div class="search-bar"><form id="SearchForm_SearchForm" action="/home/SearchForm" method="get"><input type="text" name="Search" placeholder="Hae"><input type="submit" value="Hae"></form></div>
<nav class="primary"><span class="nav-open-button">²</span><ul><li class="link"><a href="/" title="Etusivu">Etusivu</a></li><li class="section"><a href="/uutiset/" title="Uutiset">Uutiset</a></li><li class="link"><a href="/tilaa/" title="Tilaa lehti">Tilaa lehti</a></li><li class="link"><a href="/yhteystiedot/" title="Yhteystiedot">Yhteystiedot</a></li></ul></nav>
</div></div></header>
<div class="main" role="main"><div class="inner typography line">
{main}
<aside class="sidebar unit size1of4 lastUnit">
<div class="widget BlogRecentPostsWidget"><h3>Tuoreimmat</h3><ul>{recent}</ul></div>
<div class="widget BlogCategoriesWidget"><h3>Aihealueet</h3><ul>{cats}</ul></div>
<div class="widget BlogArchiveWidget"><h3>Arkisto</h3><ul>{arch}</ul></div>
<div class="widget ContentWidget"><h3>Uutiskirje</h3><p>Tilaa viikon tärkeimmät uutiset sähköpostiisi joka perjantai.</p><form action="/uutiskirje/" method="post"><input type="email" name="Email" placeholder="sähköpostiosoite"><input type="submit" value="Tilaa"></form></div>
</aside>
</div></div>
<footer class="footer" role="contentinfo"><div class="inner"><div class="unit size4of4 lastUnit"><div class="left"><a href="/">{SITE}</a> <span class="arrow">&rarr;</span> <a href="/uutiset/">Uutiset</a></div><small class="right">Julkaisija Savon Paikallismedia Oy · <a href="/tietosuoja/">Tietosuojaseloste</a></small></div></div></footer>
<div id="cookie-notice" class="cookie-notice">Sivusto käyttää evästeitä kävijäseurantaan. <a href="/tietosuoja/">Lue lisää</a> <button type="button">Hyväksyn</button></div>
</body></html>"""

    def article(p):
        d = p.published
        comments = threads[p.idx]
        cm = "".join(
            f'<li class="comment {"odd" if j % 2 == 0 else "even"}{" first" if not j else ""}"><div class="comment" id="comment-{p.idx * 10 + j}"><p class="info">Kirjoittanut {escape(w)} <span class="date">{t.day}.{t.month}.{t.year} klo {t:%H.%M}</span></p><p>{escape(x)}</p></div></li>'
            for j, (w, t, x) in enumerate(comments)
        )
        tags = ", ".join(f'<a href="/uutiset/tag/{t}" title="{t}">{t}</a>' for t in p.tags)
        main = f"""<div class="blog-entry content-container unit size3of4">
<article><h1>{escape(p.title)}</h1>
<p class="post-image"><img src="/assets/Uploads/uutiset/{p.idx}.jpg" width="795" alt=""></p>
<div class="content">{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}</div>
<p class="blog-post-meta">Julkaistu aihealueessa <a href="/uutiset/category/{p.section}" title="{CATS[p.section]}">{CATS[p.section]}</a>; Avainsanat {tags}; <a href="{url[p.idx]}#comments-holder">{len(comments)} kommenttia</a></p>
<p class="blog-post-meta">Kirjoittanut <a href="/uutiset/profile/{p.author.lower().replace(" ", "-")}">{escape(p.author)}</a> <time datetime="{d.isoformat()}">{fdate(d)}</time></p>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}">Jaa Facebookissa</a> <a href="https://twitter.com/share?url={base}{url[p.idx]}">Jaa Twitterissä</a> <a href="mailto:?subject={escape(p.title)}">Lähetä sähköpostilla</a></div>
</article>
<div id="comments-holder"><h4>Kommentit</h4>{f'<ul class="comments-list root-level">{cm}</ul>' if cm else '<p class="no-comments-yet">Ei vielä kommentteja.</p>'}
<p class="commenting-rules">Kommentit tarkastetaan ennen julkaisua. Asiattomat viestit poistetaan.</p>
<form id="CommentsForm_CommentsForm" action="/CommentingController/CommentsForm" method="post"><label for="CommentsForm_CommentsForm_Name">Nimesi</label><input type="text" name="Name" id="CommentsForm_CommentsForm_Name"><label for="CommentsForm_CommentsForm_Comment">Kommentit</label><textarea name="Comment" id="CommentsForm_CommentsForm_Comment"></textarea><input type="submit" value="Lähetä kommentti"></form></div>
</div>"""
        return shell(p.title, main, "BlogPost")

    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(article(p))
        for t in twins[p.idx]:
            pages[t] = html(article(p))

    def summary(p):
        d = p.published
        return f"""<div class="post-summary"><h2><a href="{url[p.idx]}" title="Lue lisää: {escape(p.title)}">{escape(p.title)}</a></h2>
<p class="post-image"><a href="{url[p.idx]}"><img src="/assets/Uploads/uutiset/{p.idx}-thumb.jpg" alt=""></a></p>
<p>{escape(p.paras[0][:180])}… <a href="{url[p.idx]}">Lue lisää</a></p>
<p class="blog-post-meta">Julkaistu {fdate(d)} · {escape(p.author)}</p></div>"""

    def holder(path0, heading, items, per=10):
        def nth(k):
            return path0 if not k else f"{path0}?start={k * per}"

        def render(chunk, k, n):
            pager = "".join(
                f'<a href="{nth(j)}">{j + 1}</a> '
                if j != k
                else f'<span class="current">{j + 1}</span> '
                for j in range(n)
            )
            nxt = f'<a class="next" href="{nth(k + 1)}">Seuraava &rarr;</a>' if k + 1 < n else ""
            main = f'<div class="blog-entry content-container unit size3of4"><h1>{escape(heading)}</h1><div class="content"><p>Kaikki {SITE}n uutiset.</p></div>{"".join(summary(p) for p in chunk)}<div class="pagination">{pager}{nxt}</div></div>'
            return shell(heading, main)

        paged(pages, nth, items, per, render)

    holder("/uutiset/", "Uutiset", posts)
    for c, items in by_key(posts, lambda p: p.section).items():
        holder(f"/uutiset/category/{c}", f"Aihealue: {CATS[c]}", items)
    for t, items in by_key(posts, lambda p: p.tags).items():
        holder(f"/uutiset/tag/{t}", f"Avainsana: {t}", items)
    for (y, m), items in by_month(posts).items():
        holder(f"/uutiset/archive/{y}/{m}", f"Arkisto: {MONTHS_NOM[m - 1]} {y}", items)
    for a in AUTHORS:
        holder(
            f"/uutiset/profile/{a.lower().replace(' ', '-')}",
            a,
            [p for p in posts if p.author == a],
        )
    picks = "".join(
        f'<li><a href="{twins[q.idx][1]}">{escape(q.title)}</a></li>' for q in posts[1:4]
    )
    home = f"""<div class="content-container unit size3of4"><article><h1>Etusivu</h1><div class="content"><p>Tervetuloa {SITE}n verkkosivuille.</p>
<h2>Toimitus suosittelee</h2><ul>{picks}</ul></div></article>
{"".join(summary(p) for p in posts[:6])}<p><a href="/uutiset/">Kaikki uutiset &rarr;</a></p></div>"""
    pages["/"] = html(shell("Etusivu", home, "HomePage"))
    for path, heading, text in (
        (
            "/tilaa/",
            "Tilaa lehti",
            "Paperilehti ilmestyy torstaisin, digilehti on luettavissa jo keskiviikkoiltana.",
        ),
        (
            "/yhteystiedot/",
            "Yhteystiedot",
            "Toimitus palvelee arkisin kello 8–16 osoitteessa Kauppakatu 12.",
        ),
        (
            "/tietosuoja/",
            "Tietosuojaseloste",
            "Tässä selosteessa kerrotaan, miten käsittelemme lukijoiden tietoja.",
        ),
        ("/uutiskirje/", "Uutiskirje", "Kiitos tilauksestasi."),
    ):
        pages[path] = html(
            shell(
                heading,
                f'<div class="content-container unit size3of4"><article><h1>{heading}</h1><div class="content"><p>{text}</p></div></article></div>',
                "Page",
            )
        )
    pages["/uutiset/rss"] = rss(
        base, f"{SITE} – Uutiset", [(url[p.idx], p) for p in posts[:10]], "fi"
    )
    pages["/robots.txt"] = robots(base, [], ["/admin/", "/Security/"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: twins[p.idx])
