"""Bolt CMS 3 on the base-2016 theme (nl): entries with singular/plural/id routes, sitemap and RSS extensions."""

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import (
    by_key,
    html,
    make_posts,
    robots,
    rss,
    site_from,
    sitemap,
    thread,
)
from benchmarks.unseen.holdout8 import ascii_slug

NAME = "bolt_nl"
SITE = "Het Amstelblad"
PAYOFF = "Nieuws uit Amstelveen en omstreken"
CATS = ["nieuws", "gemeente", "verkeer", "cultuur"]
TAGS = ["gemeenteraad", "begroting", "fietspad", "scholen", "woningbouw", "centrum"]
AUTHORS = ["Marieke de Boer", "Joost Verhoeven", "Sanne Kuipers"]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS = ["januari", "februari", "maart", "april", "mei"]
READERS = ["Henk", "Ria van Dijk", "A. Jansen", "bewoner Westwijk", "Pieter", "Fatima"]
REMARKS = [
    "Goed dat hier eindelijk aandacht voor is.",
    "En wie gaat dat betalen? Precies, wij weer.",
    "Ik woon er vlakbij en merk er tot nu toe weinig van.",
    "Weet iemand wanneer de inspraakavond is?",
    "Helder stuk, dank voor het uitzoeken.",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(983, "nl", 30, "Europe/Amsterdam", CATS, AUTHORS, TAGS)
    rng = random.Random(983)
    threads = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 5) for p in posts}
    rid = {p.idx: 40 + p.idx for p in posts}
    slug: dict = {}
    for p in sorted(posts, key=lambda q: q.idx):  # a taken slug gets "-1", "-2" as Bolt does
        s0 = ascii_slug(p.title, p.slug)
        s1, k = s0, 0
        while s1 in slug.values():
            k += 1
            s1 = f"{s0}-{k}"
        slug[p.idx] = s1
    url = {p.idx: f"/entry/{slug[p.idx]}" for p in posts}
    order = {p.idx: i for i, p in enumerate(posts)}

    def ldate(d):
        # localedatetime("%A %B %e, %Y") as the base-2016 record footer writes it
        return f"{DAYS[d.weekday()]} {MONTHS[d.month - 1]} {d.day}, {d.year}"

    def shell(title, main, head=""):
        latest = "".join(
            f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>' for q in posts[:5]
        )
        menu = "".join(
            f'<li class="{"active" if False else ""}"><a href="/category/{c}">{c.capitalize()}</a></li>'
            for c in CATS
        )
        return f"""<!DOCTYPE html>
<html class="no-js" lang="nl">
    <head>
        <meta charset="utf-8">
        <meta http-equiv="x-ua-compatible" content="ie=edge">
        <meta name="viewport" content="width=device-width, initial-scale=1.0">
        <title>{title}</title>
        <link rel="stylesheet" href="/theme/base-2016/css/foundation.css?b1d2e3f4a5">
        <link rel="stylesheet" href="/theme/base-2016/css/theme.css?9a8b7c6d5e">
        <link href='https://fonts.googleapis.com/css?family=Noto+Sans:700,700italic' rel='stylesheet' type='text/css'>
        <meta name="generator" content="Bolt">{head}
        <link rel="alternate" type="application/rss+xml" title="{SITE}" href="{base}/rss/feed.xml">
    </head>
    <body>
                <div class="row">
            <div class="top-bar">
    <div class="top-bar-left">
        <ul class="dropdown menu" data-dropdown-menu>
            <li class="menu-text"><a href="/">{SITE}</a></li>
            <li><a href="/" title="Naar de voorpagina">Home</a></li>
            <li><a href="/entries" title="Alle artikelen">Artikelen</a></li>
            {menu}
            <li><a href="/page/over-ons" title="Over ons">Over ons</a></li>
        </ul>
    </div>
    <div class="top-bar-right">
        <form method="get" action="/search" id="searchform-inline" enctype="text/plain">
            <ul class="menu"><li><input type="search" name="search" placeholder="Zoeken…"></li><li><button type="submit" class="button">Zoeken</button></li></ul>
        </form>
    </div>
</div>
            <section class="header">
    <h1><a href="/">{SITE}</a></h1>
    <p>{PAYOFF}</p>
</section>
                </div>
            <div class="row">
                <div class=" large-8 columns">
{main}
                </div>
                <aside class="large-4 columns">
    <div class="callout">
        <h5>Nieuwsbrief</h5>
        <p>Elke vrijdag het nieuws uit Amstelveen in je mailbox.</p>
        <form method="post" action="/nieuwsbrief"><input type="email" name="email" placeholder="je@voorbeeld.nl"><button class="button small">Aanmelden</button></form>
    </div>
    <h5>Laatste Artikelen</h5>
    <ul>{latest}</ul>
    <h5>Pagina's</h5>
    <ul><li><a href="/page/over-ons">Over ons</a></li><li><a href="/page/colofon">Colofon</a></li><li><a href="/page/privacy">Privacy en cookies</a></li></ul>
</aside>
            </div>
        <footer class="row">
    <div class="large-12 columns">
        <hr>
        <div class="row">
            <div class="large-6 columns"><p>&copy; 2017 {SITE} &mdash; alle rechten voorbehouden. <a href="/page/colofon">Colofon</a></p></div>
            <div class="large-6 columns"><ul class="inline-list right"><li><a href="/page/privacy">Privacy</a></li><li><a href="{base}/rss/feed.xml">RSS</a></li></ul><p class="right">Built with Bolt, Foundation and ❤</p></div>
        </div>
    </div>
</footer>
        <div id="cookie-consent" class="callout secondary small" data-closable>Deze website gebruikt cookies om het gebruik te meten. <a href="/page/privacy">Meer informatie</a> <button class="button tiny" data-close>Akkoord</button></div>
        <script src="/theme/base-2016/js/app.js?0f1e2d3c"></script>
    </body>
</html>"""

    def footer(p):
        i = order[p.idx]
        prev = posts[i + 1] if i + 1 < len(posts) else None
        nxt = posts[i - 1] if i else None
        tags = ", ".join(f'<a href="/tag/{t}">{t}</a>' for t in p.tags)
        pn = ""
        if prev:
            pn += f'<a class="button" href="{url[prev.idx]}">&laquo; {escape(prev.title)}</a> '
        if nxt:
            pn += f'<a class="button" href="{url[nxt.idx]}">{escape(nxt.title)} &raquo;</a>'
        return f"""<hr>
<p class="meta">
    Geschreven door <em>{escape(p.author)}</em> op {ldate(p.published)}.
    Gefiled onder <a href="/category/{p.section}">{p.section}</a>, getagd met {tags}
    - <a href="{url[p.idx]}">Permalink</a>
</p>
<p class="meta">
    {pn}
</p>"""

    def comments(p):
        th = threads[p.idx]
        rows = "".join(
            f'<div class="comment callout"><p class="comment-meta"><strong>{escape(n)}</strong> &middot; <small>{w.day} {MONTHS[w.month - 1]} {w.year} om {w:%H:%M}</small></p><p>{escape(t)}</p></div>'
            for n, w, t in th
        )
        return f"""<section class="comments" id="reacties">
<h4>{len(th)} {"reactie" if len(th) == 1 else "reacties"}</h4>
{rows}
<form method="post" action="{url[p.idx]}#reacties" class="boltforms-form"><label>Naam <input type="text" name="reactie[naam]" required></label><label>Reactie <textarea name="reactie[tekst]" required></textarea></label><button class="button">Plaats reactie</button></form>
</section>"""

    def record(p):
        teaser, rest = p.paras[0], p.paras[1:]
        body = "".join(f"<p>{escape(x)}</p>\n" for x in rest)
        share = f'<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}" class="button tiny secondary">Delen</a> <a href="https://twitter.com/share?url={base}{url[p.idx]}" class="button tiny secondary">Tweeten</a> <a href="https://wa.me/?text={base}{url[p.idx]}" class="button tiny secondary">WhatsApp</a></div>'
        main = f"""
    <h1>{escape(p.title)}</h1>

    <p><img src="/thumbs/800x600r/2017-{p.published:%m}/{slug[p.idx][:20]}.jpg" alt="{escape(p.title)}"></p>

    <p>{escape(teaser)}</p>

{body}
{share}
{footer(p)}
{comments(p)}
"""
        head = (
            f'\n        <link rel="canonical" href="{base}{url[p.idx]}">'
            f'\n        <meta name="description" content="{escape(teaser[:150])}">'
            f'\n        <meta property="og:title" content="{escape(p.title)}">\n        <meta property="og:type" content="article">'
        )
        return shell(f"{escape(p.title)} | {SITE}", main, head)

    pages: dict = {}
    twins: dict = {}
    for p in posts:
        page = html(record(p))
        pages[url[p.idx]] = page
        twins[p.idx] = [f"/entries/{slug[p.idx]}", f"/entry/{rid[p.idx]}"]
        for t in twins[p.idx]:
            pages[t] = page

    def teaser_html(q):
        return f"""<article>
    <h3><a href="{url[q.idx]}">{escape(q.title)}</a></h3>
    <p>{escape(" ".join(q.paras[0].split()[:30]))}…</p>
    <p class="meta">Geschreven door <em>{escape(q.author)}</em> op {ldate(q.published)} - <a href="{url[q.idx]}">Permalink</a></p>
</article>
<hr>"""

    def listing(path0, items, heading, per=8, param="page"):
        def nth(k):
            return path0 if not k else f"{path0}?{param}={k + 1}"

        def render(chunk, k, n):
            pager = "".join(
                f'<li class="current"><span class="show-for-sr">Je bent op pagina</span> {j + 1}</li>'
                if j == k
                else f'<li><a href="{nth(j)}" aria-label="Pagina {j + 1}">{j + 1}</a></li>'
                for j in range(n)
            )
            if k:
                pager = (
                    f'<li class="pagination-previous"><a href="{nth(k - 1)}">Vorige</a></li>'
                    + pager
                )
            if k + 1 < n:
                pager += f'<li class="pagination-next"><a href="{nth(k + 1)}">Volgende</a></li>'
            main = f'<h1>{escape(heading)}</h1>\n{"".join(teaser_html(q) for q in chunk)}\n<ul class="pagination text-center" role="navigation" aria-label="Pagination">{pager}</ul>'
            return html(shell(f"{escape(heading)} | {SITE}", main))

        parts = [items[i : i + per] for i in range(0, len(items), per)]
        for k, chunk in enumerate(parts):
            pages[nth(k)] = render(chunk, k, len(parts))

    listing("/entries", posts, "Artikelen", 8, "page_entries")
    for c, items in by_key(posts, lambda p: p.section).items():
        listing(f"/category/{c}", items, f"Categorie: {c}", 6, "page_entries")
    for t, items in by_key(posts, lambda p: p.tags).items():
        listing(f"/tag/{t}", items, f"Getagd met: {t}", 6, "page_entries")
    lead = posts[0]
    home = f"""<section class="lead-story">
    <h1><a href="{url[lead.idx]}">{escape(lead.title)}</a></h1>
    <p>{escape(lead.paras[0])}</p>
    <p><a class="button" href="{url[lead.idx]}">Lees verder</a></p>
</section>
<hr>
<h4>Meer nieuws</h4>
{"".join(teaser_html(q) for q in posts[1:6])}
<p><a href="/entries">Alle artikelen &raquo;</a></p>"""
    pages["/"] = html(shell(f"{SITE} | {PAYOFF}", home))
    for s, t, txt in [
        (
            "over-ons",
            "Over ons",
            "Het Amstelblad is een onafhankelijke nieuwssite, gemaakt door vrijwilligers.",
        ),
        ("colofon", "Colofon", "Hoofdredactie: Marieke de Boer. Tips? Mail de redactie."),
        (
            "privacy",
            "Privacy en cookies",
            "Wij gebruiken analytische cookies die geen persoonsgegevens bewaren.",
        ),
    ]:
        pages[f"/page/{s}"] = html(shell(f"{t} | {SITE}", f"<h1>{t}</h1>\n<p>{txt}</p>"))
    entries = [("/", None), ("/entries", None)]
    entries += [
        (url[p.idx], p.published.replace(minute=min(59, p.published.minute + 2)).isoformat())
        for p in posts
    ]
    entries += [(f"/page/{s}", None) for s in ("over-ons", "colofon", "privacy")]
    pages["/sitemap.xml"] = sitemap(base, entries)
    pages["/rss/feed.xml"] = rss(base, SITE, [(url[p.idx], p) for p in posts[:10]], "nl")
    pages["/robots.txt"] = robots(base, ["/sitemap.xml"], ["/bolt/", "/search"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: twins[p.idx])
