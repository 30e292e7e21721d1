"""Contao 3.5 (cs): windows-1250 named only in a meta tag, newsreader + comments, alias/ID/index.php twins, listings only."""

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import by_month, make_posts, site_from, thread
from benchmarks.unseen.holdout4 import slugify
from benchmarks.unseen.server import Resp

NAME = "contao_cs"
SITE = "Vysočinský zpravodaj"
CHARSET = "windows-1250"
AUTHORS = ["Jana Dvořáková", "Petr Kučera", "Lenka Svobodová"]
ARCHIVES = {"mesto": "Město", "kraj": "Kraj", "doprava": "Doprava"}
MESICE = ["leden", "únor", "březen", "duben", "květen"]
READERS = ["Pavel K.", "Marie", "jirka_ji", "Hana Veselá", "Tomáš", "Zdeněk P."]
REMARKS = [
    "Konečně se s tím něco dělá, čekali jsme na to roky.",
    "A kdo to zase zaplatí? My, daňoví poplatníci.",
    "Byl jsem na tom zasedání, článek to popisuje přesně.",
    "Víte někdo, kde se dá projekt prohlédnout?",
    "Doufám, že tentokrát dodrží termíny.",
]


def page(body: str) -> Resp:
    """HTML in windows-1250 with no charset in the response header (only the meta tag names it)."""
    return Resp(body.encode(CHARSET, "xmlcharrefreplace"), "text/html")


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(4202, "cs", 31, "Europe/Prague", list(ARCHIVES), AUTHORS, ["investice"])
    rng = random.Random(4202)
    threads = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 5) for p in posts}
    nid = {p.idx: 40 + 3 * p.idx for p in posts}
    url = {p.idx: f"/zpravy/{slugify(p.title)}.html" for p in posts}
    pages: dict = {}

    def dt(d):
        return d.strftime("%d.%m.%Y %H:%M")

    def newslist_side():
        items = "".join(
            f'<div class="layout_simple arc_1 block"><time datetime="{q.published.isoformat()}">{q.published.strftime("%d.%m.%Y")}</time> <a href="{url[q.idx]}" title="{escape(q.title)}">{escape(q.title)}</a></div>'
            for q in posts[:5]
        )
        return f'<!-- indexer::stop --><div class="mod_newslist block"><h3>Nejnovější zprávy</h3>{items}</div><!-- indexer::continue -->'

    def layout(title, main, crumbs):
        nav = "".join(f'<li><a href="/{a}.html">{n}</a></li>' for a, n in ARCHIVES.items())
        return f"""<!DOCTYPE html>
<html lang="cs">
<head>
<meta charset="{CHARSET}">
<title>{escape(title)} - {SITE}</title>
<base href="{base}/">
<meta name="robots" content="index,follow">
<meta name="generator" content="Contao Open Source CMS">
<link rel="stylesheet" href="assets/css/layout.min.css,responsive.min.css-7a3f.css">
</head>
<body id="top" class="mac chrome webkit ch57">
<div id="wrapper">
<header id="header"><div class="inside">
<div class="logo"><a href="/">{SITE}</a></div>
<!-- indexer::stop --><nav class="mod_navigation block"><a href="#skipNavigation1" class="invisible">Přeskočit navigaci</a><ul class="level_1"><li class="first"><a href="/" class="first">Úvod</a></li><li><a href="/zpravy.html">Zprávy</a></li>{nav}<li class="last"><a href="/archiv.html" class="last">Archiv</a></li></ul><a id="skipNavigation1" class="invisible">&nbsp;</a></nav><!-- indexer::continue -->
</div></header>
<div class="custom"><div id="breadcrumb"><div class="inside"><!-- indexer::stop --><div class="mod_breadcrumb block"><ul>{crumbs}</ul></div><!-- indexer::continue --></div></div></div>
<div id="container">
<div id="main"><div class="inside">{main}</div></div>
<aside id="right"><div class="inside">{newslist_side()}
<!-- indexer::stop --><div class="mod_subscribe block"><h3>Odběr novinek</h3><form action="/odber.html" method="post"><div class="formbody"><input type="hidden" name="FORM_SUBMIT" value="tl_subscribe"><label for="ctrl_email" class="invisible">E-mailová adresa</label><input type="text" name="email" id="ctrl_email" class="text" placeholder="E-mailová adresa"><input type="submit" class="submit" value="Přihlásit k odběru"></div></form></div><!-- indexer::continue -->
</div></aside>
</div>
<footer id="footer"><div class="inside"><p>© 2017 {SITE}, Masarykovo nám. 12, Jihlava · <a href="/impressum.html">Tiráž</a> · <a href="/ochrana-osobnich-udaju.html">Ochrana osobních údajů</a></p></div></footer>
</div>
<!-- indexer::stop --><div id="cookiebar" class="cookiebar"><span class="cookiebar_message">Tento web používá soubory cookie. Dalším procházením webu vyjadřujete souhlas s jejich používáním.</span> <button class="cookiebar_button">Rozumím</button></div><!-- indexer::continue -->
</body></html>"""

    def reader(p):
        d = p.published
        body = "\n".join(
            f'<div class="ce_text block"><p>{escape(x)}</p></div>' for x in p.paras[:2]
        )
        body += f'\n<div class="ce_image block"><figure class="image_container float_above"><img src="files/zpravy/2017/{nid[p.idx]}.jpg" width="640" height="360" alt=""><figcaption class="caption">Ilustrační foto: {escape(p.author)}</figcaption></figure></div>\n'
        body += "\n".join(
            f'<div class="ce_text block"><p>{escape(x)}</p></div>' for x in p.paras[2:]
        )
        comms = "".join(
            f'<div class="comment_default{" first" if j == 0 else ""}" id="c{nid[p.idx] * 10 + j}"><p class="info">Napsal(a) {escape(w)} | {dt(t)}</p><div class="comment"><p>{escape(x)}</p></div></div>'
            for j, (w, t, x) in enumerate(threads[p.idx])
        )
        main = f"""<div class="mod_article first last block" id="article-{12 + nid[p.idx]}">
<div class="mod_newsreader block">
<div class="layout_full block">
<h1>{escape(p.title)}</h1>
<p class="info"><time datetime="{d.isoformat()}">{dt(d)}</time> od {escape(p.author)} </p>
{body}
</div>
<!-- indexer::stop --><p class="back"><a href="javascript:history.go(-1)" title="Zpět">Zpět</a></p><!-- indexer::continue -->
<div class="ce_comments block"><h2>Komentáře ({len(threads[p.idx])})</h2>{comms}
<!-- indexer::stop --><div class="form"><h3>Přidat komentář</h3><form action="{url[p.idx]}" id="com_tl_news_{nid[p.idx]}" method="post"><div class="formbody"><input type="hidden" name="FORM_SUBMIT" value="com_tl_news_{nid[p.idx]}"><div class="widget widget-text"><input type="text" name="name" id="ctrl_name" class="text mandatory"> <label for="ctrl_name">Jméno</label></div><div class="widget widget-textarea"><textarea name="comment" id="ctrl_comment" rows="4" cols="40"></textarea></div><div class="submit_container"><input type="submit" class="submit" value="Odeslat komentář"></div></div></form></div><!-- indexer::continue -->
</div>
</div>
</div>"""
        crumbs = f'<li class="first"><a href="/" title="{SITE}">Úvod</a></li><li><a href="/{p.section}.html">{ARCHIVES[p.section]}</a></li><li class="active last">{escape(p.title)}</li>'
        return layout(p.title, main, crumbs)

    aliases = {}
    for p in posts:
        body = reader(p)
        pages[url[p.idx]] = page(body)
        twins = [f"/zpravy/{nid[p.idx]}.html", f"/index.php{url[p.idx]}"]
        for a in twins:
            pages[a] = page(body)
        aliases[p.idx] = twins

    def teaser(p):
        return f'<div class="layout_latest arc_1 block"><p class="info"><time datetime="{p.published.isoformat()}">{dt(p.published)}</time> od {escape(p.author)}</p><h2><a href="{url[p.idx]}" title="Přečíst si celý článek: {escape(p.title)}">{escape(p.title)}</a></h2><div class="teaser"><p>{escape(p.paras[0][:170])}…</p></div><p class="more"><a href="{url[p.idx]}" title="Přečíst si celý článek: {escape(p.title)}">Celý článek <span class="invisible">{escape(p.title)}</span></a></p></div>'

    def lister(path, title, items, key, per=6):
        n = (len(items) + per - 1) // per
        q = "&amp;" if "?" in path else "?"
        for k in range(n):
            chunk = items[k * per : (k + 1) * per]
            links = "".join(
                f'<li><span class="active">{j + 1}</span></li>'
                if j == k
                else f'<li><a href="{path if not j else f"{path}{q}{key}={j + 1}"}" class="link" title="Stránka {j + 1} z {n}">{j + 1}</a></li>'
                for j in range(n)
            )
            nxt = (
                f'<li class="next"><a href="{path}{q}{key}={k + 2}" class="next" title="Přejít na stránku {k + 2}">Další</a></li>'
                if k + 1 < n
                else ""
            )
            pag = f'<!-- indexer::stop --><div class="pagination block"><p>Stránka {k + 1} z {n}</p><ul>{links}{nxt}</ul></div><!-- indexer::continue -->'
            main = f'<div class="mod_article first last block"><div class="mod_newslist block"><h1>{escape(title)}</h1>{"".join(teaser(p) for p in chunk)}{pag}</div></div>'
            crumbs = f'<li class="first"><a href="/">Úvod</a></li><li class="active last">{escape(title)}</li>'
            pages[path if not k else f"{path}{q.replace('&amp;', '&')}{key}={k + 1}"] = page(
                layout(title, main, crumbs)
            )

    lister("/", "Úvod", posts[:12], "page_n4")
    lister("/zpravy.html", "Zprávy", posts, "page_n7")
    for a, name in ARCHIVES.items():
        lister(f"/{a}.html", name, [p for p in posts if p.section == a], "page_n9")
    months = by_month(posts)
    menu = "".join(
        f'<li><a href="/archiv.html?month={y}{m:02d}" title="{MESICE[m - 1]} {y} ({len(v)} zpráv)">{MESICE[m - 1]} {y}</a> ({len(v)})</li>'
        for (y, m), v in months.items()
    )
    pages["/archiv.html"] = page(
        layout(
            "Archiv",
            f'<div class="mod_newsmenu block"><h1>Archiv</h1><ul class="level_1">{menu}</ul></div>',
            '<li class="first"><a href="/">Úvod</a></li><li class="active last">Archiv</li>',
        )
    )
    for (y, m), items in months.items():
        lister(f"/archiv.html?month={y}{m:02d}", f"Archiv: {MESICE[m - 1]} {y}", items, "page_a11")
    for path, t, text in [
        (
            "/impressum.html",
            "Tiráž",
            "Vydává Vysočinský zpravodaj s.r.o., IČ 25412345. Šéfredaktor: Karel Novotný.",
        ),
        (
            "/ochrana-osobnich-udaju.html",
            "Ochrana osobních údajů",
            "Osobní údaje zpracováváme pouze v rozsahu nezbytném pro provoz webu.",
        ),
        (
            "/odber.html",
            "Odběr novinek",
            "Novinky rozesíláme jednou týdně, odběr lze kdykoli zrušit.",
        ),
    ]:
        pages[path] = page(
            layout(
                t,
                f'<div class="mod_article block"><h1>{t}</h1><div class="ce_text block"><p>{text}</p></div></div>',
                f'<li class="first"><a href="/">Úvod</a></li><li class="active last">{t}</li>',
            )
        )
    pages["/robots.txt"] = Resp(
        b"User-agent: *\nDisallow: /contao/\nDisallow: /system/\n", "text/plain"
    )

    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: aliases[p.idx])
