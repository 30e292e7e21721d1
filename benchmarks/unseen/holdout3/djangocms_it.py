"""django CMS 3 with Aldryn NewsBlog (it, Europe/Rome): /it/ prefix, dated and pk article URLs."""
# ruff: noqa: RUF001  (typographic characters are the point of this fixture)

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import (
    Site,
    by_key,
    by_month,
    chunks,
    html,
    make_posts,
    rss,
    site_from,
    sitemap,
    sitemap_index,
    thread,
)
from benchmarks.unseen.holdout3 import ascii_slug
from benchmarks.unseen.server import Resp

NAME = "djangocms_it"
TZ = "Europe/Rome"
SITE = "La Gazzetta dei Borghi"
SECTIONS = ["Politica", "Cronaca", "Sanità", "Lavori pubblici"]
TAGS = ["consiglio comunale", "bilancio", "viabilità", "ospedale", "scuola", "ambiente"]
AUTHORS = ["Giulia Ferri", "Marco Bellini", "Redazione"]
NAMES = ["Paolo", "Lucia M.", "un cittadino", "Antonella R.", "Franco62", "Stefania"]
REMARKS = [
    "Sono anni che lo promettono, vedremo se stavolta è la volta buona.",
    "Grazie per l'articolo, finalmente qualcuno ne parla.",
    "E la manutenzione chi la paga? Sempre noi contribuenti.",
    "Abito lì vicino e confermo, la situazione è insostenibile.",
    "Ero presente al consiglio, la discussione è stata molto più accesa.",
]
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre"]  # fmt: skip


def _it(dt) -> str:
    return f"{dt.day} {MESI[dt.month - 1]} {dt.year}"


def _layout(title: str, heading: str, main: str, side: str, head: str = "") -> str:
    menu = "".join(
        f'<li class="{"active" if t == "Notizie" else ""}"><a href="{u}">{t}</a></li>'
        for t, u in [
            ("Home", "/it/"),
            ("Notizie", "/it/notizie/"),
            ("Eventi", "/it/eventi/"),
            ("Chi siamo", "/it/chi-siamo/"),
            ("Contatti", "/it/contatti/"),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title>{head}
<link rel="stylesheet" href="/static/css/base.css">
<link rel="alternate" type="application/rss+xml" title="{SITE} - Notizie" href="/it/notizie/feed/">
</head><body>
<div class="cookie-law-banner" id="CookielawBanner"><div class="container"><p>Questo sito utilizza cookie tecnici e di terze parti. Proseguendo nella navigazione accetti l'utilizzo dei cookie. <a href="/it/privacy/">Maggiori informazioni</a></p><a class="btn btn-primary" href="javascript:Cookielaw.createCookielawCookie();">OK</a></div></div>
<nav class="navbar navbar-default navbar-static-top" role="navigation"><div class="container"><div class="navbar-header"><a class="navbar-brand" href="/it/">{SITE}</a></div>
<ul class="nav navbar-nav">{menu}</ul><ul class="nav navbar-nav navbar-right language-chooser"><li class="active"><a href="/it/">Italiano</a></li></ul></div></nav>
<div class="container"><div class="row"><div class="col-md-8">
<h1 class="page-title">{escape(heading)}</h1>
{main}
</div><div class="col-md-4 sidebar">{side}</div></div></div>
<footer class="footer"><div class="container"><div class="row"><div class="col-md-6"><p><strong>{SITE}</strong> – Periodico di informazione locale. Registrazione Tribunale n. 12/2009. Direttore responsabile: Marco Bellini.</p><p>P.IVA 01234560987</p></div>
<div class="col-md-6"><div class="newsletter-plugin"><h4>Newsletter</h4><p>Iscriviti per ricevere ogni settimana le notizie più lette.</p><form action="/it/newsletter/" method="post"><input type="hidden" name="csrfmiddlewaretoken" value="aB3dE5fG7hI9"><input type="email" name="email" placeholder="La tua email"><button type="submit" class="btn btn-default">Iscriviti</button></form></div></div></div>
<p class="copyright">© 2017 {SITE} – Tutti i diritti riservati. <a href="/it/privacy/">Privacy e cookie</a></p></div></footer>
<script src="/static/js/base.js"></script></body></html>"""


def build(base: str) -> Site:
    """All pages and the ground truth."""
    posts = make_posts(3707, "it", 29, TZ, SECTIONS, AUTHORS, TAGS)
    rng = random.Random(37)
    order = sorted(posts, key=lambda p: p.published)
    pk = {p.idx: 118 + 2 * k for k, p in enumerate(order)}
    slug = {p.idx: ascii_slug(p.title.replace("'", " ")) for p in posts}
    url = {p.idx: f"/it/notizie/{p.published:%Y/%m/%d}/{slug[p.idx]}/" for p in posts}
    old = {p.idx: f"/it/notizie/{slug[p.idx]}/" for p in posts}  # before the permalink type changed
    by_pk = {p.idx: f"/it/notizie/{pk[p.idx]}/" for p in posts}
    by_sec = by_key(posts, lambda p: p.section)
    by_tag = by_key(posts, lambda p: p.tags)
    by_author = by_key(posts, lambda p: p.author)
    months = by_month(posts)
    pages: dict = {}

    def cat_url(s: str) -> str:
        return f"/it/notizie/category/{ascii_slug(s)}/"

    def tag_url(t: str) -> str:
        return f"/it/notizie/tag/{ascii_slug(t)}/"

    def side() -> str:
        latest = "".join(
            f'<li><a href="{url[p.idx]}">{escape(p.title)}</a> <span class="date">{_it(p.published)}</span></li>'
            for p in posts[:5]
        )
        arch = "".join(
            f'<li><a href="/it/notizie/{y}/{m}/">{MESI[m - 1].capitalize()} {y}</a> <span class="badge">{len(v)}</span></li>'
            for (y, m), v in months.items()
        )
        cats = "".join(
            f'<li><a href="{cat_url(s)}">{escape(s)} <span class="badge">{len(by_sec.get(s, []))}</span></a></li>'
            for s in SECTIONS
        )
        tags = "".join(f'<li><a href="{tag_url(t)}">{escape(t)}</a></li>' for t in by_tag)
        return (
            '<div class="aldryn aldryn-newsblog aldryn-newsblog-search"><form action="/it/notizie/search/" method="get"><input type="text" name="q" placeholder="Cerca nelle notizie"><button type="submit" class="btn btn-default">Cerca</button></form></div>'
            f'<div class="aldryn aldryn-newsblog aldryn-newsblog-latest-articles"><h3>Ultime notizie</h3><ul>{latest}</ul></div>'
            f'<div class="aldryn aldryn-newsblog aldryn-newsblog-archive"><h3>Archivio</h3><ul class="list-unstyled">{arch}</ul></div>'
            f'<div class="aldryn aldryn-newsblog aldryn-newsblog-categories"><h3>Categorie</h3><ul class="list-unstyled">{cats}</ul></div>'
            f'<div class="aldryn aldryn-newsblog aldryn-newsblog-tags"><h3>Tag</h3><ul class="list-inline">{tags}</ul></div>'
        )

    def author(p) -> str:
        return (
            f'<div class="author"><a href="/it/notizie/author/{ascii_slug(p.author)}/"><img src="/media/filer_public_thumbnails/autori/{ascii_slug(p.author)}.jpg__50x50_q85_crop_subsampling-2.jpg" alt="" width="50" height="50"></a>'
            f' <a href="/it/notizie/author/{ascii_slug(p.author)}/">{escape(p.author)}</a></div>'
        )

    for k, p in enumerate(order):
        coms = thread(rng, NAMES, REMARKS, p.published, 0, 5)
        com_html = "".join(
            f'<dt id="c{pk[p.idx] * 10 + j}">{escape(n)}, {w:%d/%m/%Y %H:%M}</dt><dd><p>{escape(t)}</p></dd>'
            for j, (n, w, t) in enumerate(coms)
        )
        related = [q for q in by_sec[p.section] if q is not p][:3]
        rel_html = "".join(
            f'<article class="article"><h3><a href="{url[q.idx]}">{escape(q.title)}</a></h3><p class="date"><time datetime="{q.published.isoformat()}">{_it(q.published)}</time></p></article>'
            for q in related
        )
        prev_ = order[k - 1] if k else None
        next_ = order[k + 1] if k + 1 < len(order) else None
        pager = '<ul class="pager">' + (
            f'<li class="previous"><a href="{url[prev_.idx]}"><span aria-hidden="true">&larr;</span> Articolo precedente</a></li>'
            if prev_
            else ""
        )
        pager += '<li><a href="/it/notizie/">Torna all\'elenco</a></li>'
        pager += (
            f'<li class="next"><a href="{url[next_.idx]}">Articolo successivo <span aria-hidden="true">&rarr;</span></a></li>'
            if next_
            else ""
        ) + "</ul>"
        tags = "".join(f'<li><a href="{tag_url(t)}">{escape(t)}</a></li>' for t in p.tags)
        main = f"""<div class="aldryn aldryn-newsblog aldryn-newsblog-detail">
<article class="article">
<ul class="categories"><li><a href="{cat_url(p.section)}">{escape(p.section)}</a></li></ul>
<h2>{escape(p.title)}</h2>
{author(p)}
<p class="date"><time datetime="{p.published.isoformat()}">{_it(p.published)}</time></p>
<ul class="tags">{tags}</ul>
<p><img src="/media/filer_public_thumbnails/filer_public/{pk[p.idx]}/foto.jpg__800x450_q85_crop.jpg" alt="" width="800" height="450"></p>
<div class="lead"><p>{escape(p.paras[0])}</p></div>
<div class="text-plugin">{"".join(f"<p>{escape(x)}</p>" for x in p.paras[1:])}</div>
</article>
{pager}
<div class="social-share"><span>Condividi:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}">Facebook</a> <a href="https://twitter.com/share?url={base}{url[p.idx]}">Twitter</a> <a href="https://api.whatsapp.com/send?text={base}{url[p.idx]}">WhatsApp</a></div>
<div class="aldryn-newsblog-related-articles"><h3>Articoli correlati</h3>{rel_html}</div>
<div class="comments"><h3>Commenti ({len(coms)})</h3><dl id="comments">{com_html}</dl>
<h4>Lascia un commento</h4><form action="/it/comments/post/" method="post"><input type="hidden" name="csrfmiddlewaretoken" value="aB3dE5fG7hI9"><input type="hidden" name="content_type" value="aldryn_newsblog.article"><input type="hidden" name="object_pk" value="{pk[p.idx]}">
<p><label for="id_name">Nome</label> <input type="text" name="name" id="id_name" maxlength="50"></p><p><label for="id_email">Indirizzo email</label> <input type="email" name="email" id="id_email"></p>
<p><label for="id_url">URL</label> <input type="url" name="url" id="id_url"></p><p><label for="id_comment">Commento</label> <textarea name="comment" id="id_comment" cols="40" rows="10" maxlength="3000"></textarea></p>
<p class="submit"><input type="submit" name="post" class="submit-post" value="Invia"> <input type="submit" name="preview" class="submit-preview" value="Anteprima"></p></form></div>
</div>"""
        head = f'<meta name="description" content="{escape(p.paras[0][:160])}"><meta property="og:title" content="{escape(p.title)}"><meta property="og:type" content="article">'
        page = html(_layout(f"{p.title} - {SITE}", "Notizie", main, side(), head))
        pages[url[p.idx]] = page
        pages[old[p.idx]] = page  # aldryn-newsblog resolves every permalink type
        pages[by_pk[p.idx]] = page

    def teaser(p, link: str) -> str:
        return (
            f'<article class="article"><ul class="categories"><li><a href="{cat_url(p.section)}">{escape(p.section)}</a></li></ul>'
            f'<h2><a href="{link}">{escape(p.title)}</a></h2>{author(p)}'
            f'<p class="date"><time datetime="{p.published.isoformat()}">{_it(p.published)}</time></p>'
            f'<div class="lead"><p>{escape(p.paras[0])}</p></div></article>'
        )

    def listing(path: str, items: list, heading: str, link) -> None:
        parts = chunks(items, 10)
        for k, chunk in enumerate(parts):
            nav = '<ul class="pagination">'
            if k:
                nav += f'<li><a href="{path}{f"?page={k}" if k > 1 else ""}" aria-label="Precedente"><span aria-hidden="true">&laquo;</span></a></li>'
            nav += "".join(
                f'<li class="active"><span>{j + 1}</span></li>'
                if j == k
                else f'<li><a href="{path}?page={j + 1}">{j + 1}</a></li>'
                for j in range(len(parts))
            )
            if k + 1 < len(parts):
                nav += f'<li><a href="{path}?page={k + 2}" aria-label="Successiva"><span aria-hidden="true">&raquo;</span></a></li>'
            nav += "</ul>"
            main = f'<div class="aldryn aldryn-newsblog aldryn-newsblog-list"><h3 class="list-heading">{escape(heading)}</h3>{"".join(teaser(p, link(p)) for p in chunk)}</div>{nav if len(parts) > 1 else ""}'
            pages[path + (f"?page={k + 1}" if k else "")] = html(
                _layout(f"{heading} - {SITE}", "Notizie", main, side())
            )
            if not k:  # Django's paginator links page 1 as ?page=1 too
                pages[path + "?page=1"] = pages[path]

    listing("/it/notizie/", posts, "Tutte le notizie", lambda p: url[p.idx])
    for s in SECTIONS:
        listing(cat_url(s), by_sec.get(s, []), s, lambda p: url[p.idx])
    for t, items in by_tag.items():
        listing(tag_url(t), items, f"Tag: {t}", lambda p: old[p.idx])
    for a, items in by_author.items():
        listing(f"/it/notizie/author/{ascii_slug(a)}/", items, a, lambda p: url[p.idx])
    for (y, m), items in months.items():
        listing(
            f"/it/notizie/{y}/{m}/", items, f"{MESI[m - 1].capitalize()} {y}", lambda p: url[p.idx]
        )
    hits = "".join(teaser(p, by_pk[p.idx]) for p in posts[:8])
    pages["/it/notizie/search/"] = html(
        _layout(
            f"Cerca - {SITE}",
            "Notizie",
            f'<div class="aldryn aldryn-newsblog aldryn-newsblog-search-results"><p>Risultati più recenti:</p>{hits}</div>',
            side(),
        )
    )
    home = (
        f'<div class="jumbotron"><h2>{SITE}</h2><p>Notizie dai comuni della valle, ogni giorno.</p></div>'
        f'<div class="aldryn aldryn-newsblog aldryn-newsblog-featured-articles"><h3>In evidenza</h3>{"".join(teaser(p, url[p.idx]) for p in posts[:4])}</div>'
        '<p><a class="btn btn-primary" href="/it/notizie/">Tutte le notizie</a></p>'
    )
    pages["/it/"] = html(_layout(SITE, "Benvenuti", home, side()))
    pages["/"] = Resp(b"", "text/html; charset=utf-8", 302, {"Location": base + "/it/"})
    for path, t, text in [
        ("/it/eventi/", "Eventi", "<p>Nessun evento in programma.</p>"),
        (
            "/it/chi-siamo/",
            "Chi siamo",
            "<p>La Gazzetta dei Borghi è un periodico online fondato nel 2009 da un gruppo di giornalisti della valle.</p>",
        ),
        (
            "/it/contatti/",
            "Contatti",
            "<p>Redazione: via Roma 21. Telefono 0341 000000. Scriveteci per segnalazioni e comunicati stampa.</p>",
        ),
        (
            "/it/privacy/",
            "Privacy e cookie",
            "<p>Informativa sul trattamento dei dati personali ai sensi del D.Lgs. 196/2003.</p>",
        ),
        (
            "/it/newsletter/",
            "Newsletter",
            "<p>Grazie! Controlla la tua casella di posta per confermare l'iscrizione.</p>",
        ),
    ]:
        pages[path] = html(
            _layout(f"{t} - {SITE}", t, f'<div class="text-plugin">{text}</div>', side())
        )
    pages["/static/css/base.css"] = Resp(b"body{}", "text/css")
    feed = rss(base, f"{SITE} - Notizie", [(url[p.idx], p) for p in posts[:10]], "it")
    home_link = (
        f"<link>{base}/</link>".encode()
    )  # the channel links the news page, not the redirecting root
    feed.body = feed.body.replace(home_link, f"<link>{base}/it/notizie/</link>".encode())
    pages["/it/notizie/feed/"] = feed
    entries = [(url[p.idx], p.published.date().isoformat()) for p in posts]
    parts = chunks(entries, 20)
    maps = ["/sitemap-cmspages.xml"] + [
        f"/sitemap-newsblog.xml{f'?p={k + 1}' if k else ''}" for k in range(len(parts))
    ]
    pages["/sitemap-cmspages.xml"] = sitemap(
        base,
        [
            ("/it/", None),
            ("/it/notizie/", None),
            ("/it/eventi/", None),
            ("/it/chi-siamo/", None),
            ("/it/contatti/", None),
        ],
    )
    for path, part in zip(maps[1:], parts, strict=True):
        pages[path] = sitemap(base, part)
    pages["/sitemap.xml"] = sitemap_index(base, maps)
    pages["/robots.txt"] = Resp(
        f"User-agent: *\nDisallow: /admin/\nDisallow: /it/comments/\n\nSitemap: {base}/sitemap.xml\n".encode(),
        "text/plain",
    )
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: [old[p.idx], by_pk[p.idx]])
