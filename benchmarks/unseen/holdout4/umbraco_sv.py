"""Umbraco 7 (sv): grid-layout news page, JSON-LD, slash/node-id/altTemplate print twins, paged sitemap + RSS."""

from __future__ import annotations

import json
from html import escape

from benchmarks.unseen.common import (
    by_key,
    chunks,
    html,
    make_posts,
    paged,
    robots,
    rss,
    site_from,
    sitemap,
    sitemap_index,
)
from benchmarks.unseen.holdout4 import slugify

NAME = "umbraco_sv"
SITE = "Mälardalsbladet"
SECTIONS = {"lokalt": "Lokalt", "politik": "Politik", "trafik": "Trafik", "kultur": "Kultur"}
MANAD = ["januari", "februari", "mars", "april", "maj"]
TAGS = {
    "skola": "Skola",
    "bostader": "Bostäder",
    "ekonomi": "Ekonomi",
    "miljo": "Miljö",
    "vard": "Vård",
}
AUTHORS = ["Karin Lindqvist", "Johan Ek", "Sara Holm", "Mats Berglund"]


def _date(d) -> str:
    return f"{d.day} {MANAD[d.month - 1]} {d.year}"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(4101, "sv", 33, "Europe/Stockholm", list(SECTIONS), AUTHORS, list(TAGS))
    node = {p.idx: 1180 + 7 * p.idx for p in posts}
    url = {p.idx: f"/nyheter/{p.section}/{slugify(p.title)}/" for p in posts}
    pages: dict = {}

    def shell(title, main, head="", crumbs=""):
        nav = "".join(f'<li><a href="/nyheter/{s}/">{n}</a></li>' for s, n in SECTIONS.items())
        return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} - {SITE}</title><link rel="stylesheet" href="/css/fanoe.css"><link rel="alternate" type="application/rss+xml" title="{SITE}" href="/rss/">{head}</head>
<body><div class="mobile-nav-handler"><div class="hamburger lines" id="toggle-nav"><span></span></div></div>
<div id="wrapper"><header><div class="container"><div class="brand"><a href="/">{SITE}</a></div>
<nav id="main-nav"><ul class="nav navbar-nav level-1"><li><a href="/">Start</a></li><li><a href="/nyheter/">Nyheter</a></li>{nav}<li><a href="/om-oss/">Om oss</a></li></ul></nav></div></header>
{crumbs}<div id="main">{main}</div>
<aside class="section newsletter"><div class="container"><div class="umbraco-forms-page"><fieldset class="umbraco-forms-fieldset"><legend>Nyhetsbrev</legend><div class="umbraco-forms-field email"><label class="umbraco-forms-label" for="f1">E-postadress</label><div class="umbraco-forms-field-wrapper"><input type="email" id="f1" name="email"></div></div></fieldset><div class="umbraco-forms-navigation row-fluid"><input type="submit" class="btn primary" value="Prenumerera"></div></div></div></aside>
<footer class="section--themed"><div class="container"><div class="row"><div class="col-md-12 ta-center">{SITE} · Box 114, 721 04 Västerås · <a href="/om-oss/">Kontakta redaktionen</a> · Ansvarig utgivare: Eva Strand</div></div></div></footer></div>
<div id="cookie-notice" class="cookie-notice">Vi använder kakor (cookies) för att webbplatsen ska fungera och för statistik. <a href="/om-oss/kakor/">Läs mer</a> <button class="btn">Jag förstår</button></div>
<script src="/scripts/fanoe.js"></script></body></html>"""

    def crumbs(p):
        return f'<div class="container"><ul class="breadcrumb"><li><a href="/">Start</a></li><li><a href="/nyheter/">Nyheter</a></li><li><a href="/nyheter/{p.section}/">{SECTIONS[p.section]}</a></li><li class="active">{escape(p.title)}</li></ul></div>'

    def grid(p):
        rows, cut = [], max(1, len(p.paras) // 2)
        for k, chunk in enumerate([p.paras[:cut], p.paras[cut:]]):
            body = "".join(f"<p>{escape(x)}</p>" for x in chunk)
            rows.append(
                f'<div class="row clearfix"><div class="col-md-12 column"><div>{body}</div></div></div>'
            )
            if k == 0:
                rows.append(
                    f'<div class="row clearfix"><div class="col-md-8 column"><div><img src="/media/{1000 + p.idx}/bild.jpg" alt=""><p class="caption">Foto: {escape(p.author)}</p></div></div><div class="col-md-4 column"><div><blockquote>{SECTIONS[p.section]} · {_date(p.published)}</blockquote></div></div></div>'
                )
        return (
            '<div class="umb-grid"><div class="grid-section"><div><div class="container">'
            + "".join(rows)
            + "</div></div></div></div>"
        )

    def article(p, print_=False):
        i = posts.index(p)
        related = [q for q in posts if q.section == p.section and q is not p][:4]
        rel = "".join(
            f'<li><a href="{url[q.idx]}">{escape(q.title)}</a> <small class="blogpost-date">{_date(q.published)}</small></li>'
            for q in related
        )
        d = p.published
        main = f"""<section class="section"><div class="container"><article class="blogpost">
<h1 class="blogpost-title">{escape(p.title)}</h1>
<div class="blogpost-meta"><small class="blogpost-date">Publicerad {_date(d)} kl. {d.strftime("%H.%M")}</small> <small class="blogpost-cat"><a href="/nyheter/{p.section}/">{SECTIONS[p.section]}</a></small> <small class="blogpost-author">Av {escape(p.author)}</small></div>
{grid(p)}
<div class="share-row"><span>Dela:</span> <a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}">Facebook</a> <a class="share-twitter" href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}">Twitter</a> <a class="share-mail" href="mailto:?subject={escape(p.title)}">E-post</a> <a href="{url[p.idx]}?altTemplate=Print">Skriv ut</a></div>
<div class="tags">Ämnen: {" ".join(f'<a href="/nyheter/?tag={t}">{TAGS[t]}</a>' for t in p.tags)}</div>
</article></div></section>
<section class="section section--related"><div class="container"><h2>Läs också</h2><ul class="related-list">{rel}</ul></div></section>"""
        if i + 1 < len(posts):
            main += f'<div class="container"><a class="prev-post" href="{url[posts[i + 1].idx]}">Föregående: {escape(posts[i + 1].title)}</a></div>'
        if print_:
            return f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{escape(p.title)}</title><link rel="stylesheet" href="/css/print.css"></head><body onload="window.print()"><div class="print-logo">{SITE}</div><h1>{escape(p.title)}</h1><p class="meta">{_date(d)} · {escape(p.author)}</p>{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}<p class="print-footer">Utskrift från {base}{url[p.idx]}</p></body></html>'
        head = (
            f'<link rel="canonical" href="{base}{url[p.idx]}"><meta name="description" content="{escape(p.paras[0][:150])}">'
            f'<meta property="og:title" content="{escape(p.title)}"><meta property="og:type" content="article">'
            f'<meta property="article:section" content="{SECTIONS[p.section]}">'
            + '<script type="application/ld+json">'
            + json.dumps(
                {
                    "@context": "http://schema.org",
                    "@type": "NewsArticle",
                    "headline": p.title,
                    "datePublished": d.isoformat(),
                    "author": {"@type": "Person", "name": p.author},
                    "publisher": {"@type": "Organization", "name": SITE},
                    "mainEntityOfPage": base + url[p.idx],
                },
                ensure_ascii=False,
            )
            + "</script>"
        )
        return shell(p.title, main, head, crumbs(p))

    aliases = {}
    for p in posts:
        pages[url[p.idx]] = html(article(p))
        twins = {
            url[p.idx].rstrip("/"): article(p),
            f"/{node[p.idx]}": article(p),
            f"{url[p.idx]}?altTemplate=Print": article(p, True),
        }
        for a, body in twins.items():
            pages[a] = html(body)
        aliases[p.idx] = list(twins)

    def teaser(p):
        return f'<div class="blogpost-item"><a href="{url[p.idx]}"><h3>{escape(p.title)}</h3></a><small class="blogpost-date">{_date(p.published)}</small> <small class="blogpost-cat">{SECTIONS[p.section]}</small><p>{escape(p.paras[0][:160])}…</p><a class="btn" href="{url[p.idx]}">Läs mer</a></div>'

    def lister(path, title, items):
        def nth(k):
            return path if not k else f"{path}{'&' if '?' in path else '?'}page={k + 1}"

        def render(chunk, k, n):
            nav = (
                '<ul class="pagination">'
                + "".join(
                    f'<li{" class=active" if j == k else ""}><a href="{escape(nth(j))}">{j + 1}</a></li>'
                    for j in range(n)
                )
                + "</ul>"
            )
            return shell(
                title,
                f'<section class="section"><div class="container"><h1>{escape(title)}</h1><div class="blogposts">{"".join(teaser(p) for p in chunk)}</div>{nav}</div></section>',
            )

        paged(pages, nth, items, 8, render)

    lister("/", "Start", posts[:12])
    lister("/nyheter/", "Nyheter", posts)
    for s, items in by_key(posts, lambda p: p.section).items():
        lister(f"/nyheter/{s}/", SECTIONS[s], items)
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(f"/nyheter/?tag={t}", f"Ämne: {TAGS[t]}", items)
    pages["/om-oss/"] = html(
        shell(
            "Om oss",
            f'<section class="section"><div class="container"><h1>Om oss</h1><p>{SITE} är en oberoende lokaltidning som grundades 1921 och ges ut sex dagar i veckan.</p></div></section>',
        )
    )
    pages["/om-oss/kakor/"] = html(
        shell(
            "Kakor",
            '<section class="section"><div class="container"><h1>Kakor</h1><p>En kaka är en liten textfil som lagras i din webbläsare.</p></div></section>',
        )
    )
    pages["/rss/"] = rss(base, SITE, [(url[p.idx], p) for p in posts[:15]], "sv")
    entries = (
        [("/", None), ("/nyheter/", None)]
        + [(f"/nyheter/{s}/", None) for s in SECTIONS]
        + [(url[p.idx], p.published.strftime("%Y-%m-%d")) for p in posts]
        + [("/om-oss/", None)]
    )
    parts = chunks(entries, 20)
    pages["/sitemap.xml"] = sitemap_index(
        base, [f"/sitemap.xml?page={k + 1}" for k in range(len(parts))]
    )
    for k, part in enumerate(parts):
        pages[f"/sitemap.xml?page={k + 1}"] = sitemap(base, part)
    pages["/robots.txt"] = robots(base, ["/sitemap.xml"], ["/umbraco/"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: aliases[p.idx])
