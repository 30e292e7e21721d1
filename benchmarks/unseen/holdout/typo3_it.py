"""HOLDOUT: do not read or tune against this module. TYPO3 8 + tx_news (it): Fluid Detail.html markup, realurl and cHash twins, type=98 print, pw_comments."""
# ruff: noqa: RUF001  (typographic characters and long template lines are the point of this fixture)

from __future__ import annotations

import hashlib
import random
from html import escape

from benchmarks.unseen.common import (
    Resp,
    by_key,
    by_month,
    html,
    make_posts,
    paged,
    site_from,
    thread,
)

NAME = "typo3_it"
SITE = "Gazzetta della Valle"
CATS = {"cronaca": "Cronaca", "politica": "Politica locale", "cultura": "Cultura"}
TAGS = ["viabilità", "scuola", "ospedale", "consiglio comunale", "ambiente", "turismo"]
MESI = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]
READERS = ["Franco B.", "Lucia", "un lettore", "Paolo Rinaldi", "Marta62", "Gianni da Sondrio"]
LINES = [
    "Finalmente qualcosa si muove, era ora.",
    "Speriamo che i tempi vengano rispettati questa volta.",
    "E i parcheggi per i residenti? Nessuno ne parla.",
    "Ottimo articolo, chiaro e completo.",
    "Bisognerebbe sentire anche i commercianti della zona.",
]


def _slug(s: str) -> str:
    table = str.maketrans("àèéìòù", "aeeiou")
    return "-".join("".join(c if c.isalnum() else " " for c in s.lower().translate(table)).split())


def _chash(s: str) -> str:
    return hashlib.md5(s.encode()).hexdigest()


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        1707,
        "it",
        30,
        "Europe/Rome",
        list(CATS.values()),
        ["Giulia Ferri", "Marco Bassi"],
        TAGS,
        midnight=False,
    )
    rng = random.Random(1707)
    nid = {p.idx: 240 + p.idx for p in posts}
    u = {p.idx: f"/notizie/dettaglio/news/{_slug(p.title)[:50].strip('-')}/" for p in posts}
    raw = {
        p.idx: f"/index.php?id=12&tx_news_pi1%5Bnews%5D={nid[p.idx]}&tx_news_pi1%5Bcontroller%5D=News&tx_news_pi1%5Baction%5D=detail&cHash={_chash(str(nid[p.idx]))}"
        for p in posts
    }
    prn = {p.idx: u[p.idx] + "?type=98" for p in posts}
    threads = {p.idx: thread(rng, READERS, LINES, p.published, 0, 4) for p in posts}
    pages: dict = {}

    def shell(title, main, crumb, side="", active="/notizie/"):
        nav = "".join(
            f'<li class="{"active" if href == active else ""}"><a href="{href}">{n}</a></li>'
            for href, n in [
                ("/", "Home"),
                ("/notizie/", "Notizie"),
                ("/notizie/archivio/", "Archivio"),
                ("/cerca/", "Cerca"),
                ("/redazione/", "Redazione"),
            ]
        )
        bc = (
            "".join(f'<li><a href="{h}">{n}</a></li>' for h, n in crumb[:-1])
            + f'<li class="active">{escape(crumb[-1][1])}</li>'
        )
        return f"""<!DOCTYPE html>
<html lang="it-IT">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2017 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<base href="{base}/">

<title>{SITE}: {escape(title)}</title>
<meta name="generator" content="TYPO3 CMS">

<link rel="stylesheet" type="text/css" href="typo3temp/assets/css/stylesheet_a1b2c3.css?1489000000" media="all">
<link rel="stylesheet" type="text/css" href="typo3conf/ext/tx_gazzetta/Resources/Public/Css/main.css?1489000000" media="all">
</head>
<body id="p12" class="page-12 pagelevel-2 language-0 backendlayout-default layout-default">
<div id="cookie-bar" class="cookie-bar">Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di terze parti per statistiche e contenuti incorporati. Chiudendo questo banner acconsenti all'uso dei cookie. <a href="/privacy/">Informativa estesa</a> <a class="cb-enable" href="javascript:void(0)">Accetto</a></div>
<div class="body-bg"><header class="navbar navbar-default navbar-has-image navbar-top navbar-fixed-top"><div class="container"><div class="navbar-header navbar-header-main"><a class="navbar-brand navbar-brand-image" href="/"><img class="navbar-brand-logo-normal" src="fileadmin/templates/logo.png" alt="{SITE} logo" height="52" width="180"></a></div>
<nav class="navbar-collapse collapse" role="navigation" id="mainnavigation"><ul class="nav navbar-nav navbar-main">{nav}</ul></nav></div></header>
<div class="breadcrumb-section hidden-xs hidden-sm"><div class="container"><p class="sr-only" id="breadcrumb">Ti trovi qui:</p><ol class="breadcrumb">{bc}</ol></div></div>
<div id="content" class="main-section"><div class="container"><div class="row"><main class="col-md-8 maincontent-wrap" role="main"><!--TYPO3SEARCH_begin-->
{main}
<!--TYPO3SEARCH_end--></main><div class="col-md-4 subcontent-wrap">{side}
<div id="c61" class="frame frame-default frame-type-list"><div class="tx-direct-mail-subscription"><h3>Newsletter</h3><p>Ogni venerdì le notizie della settimana nella tua casella di posta.</p><form action="/newsletter/" method="post"><input type="text" name="FE[tt_address][email]" placeholder="Indirizzo e-mail"><input type="submit" value="Iscriviti"></form></div></div></div></div></div></div>
<footer class="section footer-section"><div class="container"><div class="row"><div class="col-sm-6"><p>{SITE} – Testata giornalistica registrata presso il Tribunale, aut. n. 4/2009. P.IVA 01234560149</p></div><div class="col-sm-6"><ul class="footer-nav"><li><a href="/redazione/">Redazione</a></li><li><a href="/privacy/">Privacy e cookie</a></li><li><a href="/note-legali/">Note legali</a></li></ul></div></div></div></footer></div>
</body>
</html>"""

    def latest_side(exclude=None):
        items = [q for q in posts if q is not exclude][:5]
        return (
            '<div id="c58" class="frame frame-default frame-type-list"><h3>Ultime notizie</h3><div class="news"><div class="news-list-view" id="news-container-58">'
            + "".join(
                f'<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="header"><h3><a title="{escape(q.title)}" href="{u[q.idx]}"><span itemprop="headline">{escape(q.title)}</span></a></h3></div><div class="footer"><p><span class="news-list-date"><time datetime="{q.published.strftime("%Y-%m-%d")}">{q.published.strftime("%d/%m/%Y")}</time></span></p></div></div>'
                for q in items
            )
            + "</div></div></div>"
        )

    def list_item(p):
        return (
            f'<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="header"><h3><a title="{escape(p.title)}" href="{u[p.idx]}"><span itemprop="headline">{escape(p.title)}</span></a></h3></div>'
            f'<div class="teaser-text"><div itemprop="description"><p>{escape(p.paras[0][:160])}…</p></div><a class="more" title="{escape(p.title)}" href="{u[p.idx]}">Leggi tutto</a></div>'
            f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{p.published.strftime("%Y-%m-%d")}">{p.published.strftime("%d/%m/%Y")}</time></span> <span class="news-list-category">{p.section}</span></p></div></div>'
        )

    def detail(p):
        d = p.published
        i = posts.index(p)
        related = [q for q in posts if q.section == p.section and q is not p][:3]
        com = threads[p.idx]
        coms = "".join(
            f'<div class="comment" id="comment{nid[p.idx] * 10 + j}"><div class="author"><strong>{escape(w)}</strong> ha scritto il {t.strftime("%d.%m.%Y")} alle {t.strftime("%H:%M")}:</div><div class="message"><p>{escape(x)}</p></div></div>'
            for j, (w, t, x) in enumerate(com)
        )
        tags = ", ".join(f'<a href="/notizie/tag/{_slug(t)}/">{t}</a>' for t in p.tags)
        main = f"""<div id="c42" class="frame frame-default frame-type-list frame-layout-0"><div class="news news-single">
	<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
		<div class="header">
			<h3 itemprop="headline">{escape(p.title)}</h3>
		</div>
		<div class="footer">
			<p>
				<span class="news-list-date">
					<time itemprop="datePublished" datetime="{d.strftime("%Y-%m-%d")}">
						{d.strftime("%d/%m/%Y")}
					</time>
				</span>
				<span class="news-list-category">{p.section}</span>
				<span class="news-list-tags" itemprop="keywords">{tags}</span>
				<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">
					di <span itemprop="name">{p.author}</span>
				</span>
			</p>
		</div>
		<!-- teaser -->
		<div class="teaser-text" itemprop="description">
			<p><strong>{escape(p.paras[0])}</strong></p>
		</div>
		<!-- main text -->
		<div class="news-text-wrap" itemprop="articleBody">
			{"".join(f"<p>{escape(x)}</p>" for x in p.paras[1:])}
		</div>
		<div class="social">Condividi: <a href="https://www.facebook.com/sharer/sharer.php?u={base}{u[p.idx]}" target="_blank">Facebook</a> · <a href="https://twitter.com/intent/tweet?url={base}{u[p.idx]}" target="_blank">Twitter</a> · <a href="whatsapp://send?text={base}{u[p.idx]}">WhatsApp</a> · <a href="mailto:?subject={escape(p.title)}">E-mail</a> · <a href="{prn[p.idx]}" rel="nofollow">Stampa</a></div>
		<!-- related things -->
		<div class="news-related-wrap">
			<div class="news-related news-related-news">
				<h4>Notizie correlate</h4>
				<ul>{"".join(f'<li><span class="news-related-news-date">{q.published.strftime("%d/%m/%Y")}</span> <a title="{escape(q.title)}" href="{u[q.idx]}">{escape(q.title)}</a></li>' for q in related)}</ul>
			</div>
		</div>
		<div class="news-backlink-wrap"><a href="/notizie/">Torna indietro</a></div>
	</div>
</div></div>
<div id="c43" class="frame frame-default frame-type-list"><div class="tx-pwcomments-pi1"><div class="pw_comments"><h3 class="comments-count">{len(com)} commenti</h3>{coms}
<h3>Lascia un commento</h3><form action="{u[p.idx]}#comments" method="post" class="comment-form"><label>Nome*</label><input type="text" name="tx_pwcomments_pi1[newComment][authorName]"><label>Commento*</label><textarea name="tx_pwcomments_pi1[newComment][message]"></textarea><p class="small">I commenti sono moderati e verranno pubblicati dopo l'approvazione della redazione.</p><input type="submit" value="Invia commento"></form></div></div></div>
<div class="news-prev-next">{f'<a class="prev" href="{u[posts[i + 1].idx]}">« Notizia precedente</a>' if i + 1 < len(posts) else ""} {f'<a class="next" href="{u[posts[i - 1].idx]}">Notizia successiva »</a>' if i else ""}</div>"""
        crumb = [("/", "Home"), ("/notizie/", "Notizie"), (u[p.idx], p.title)]
        return shell(p.title, main, crumb, latest_side(p))

    def printable(p):
        return f"""<!DOCTYPE html><html lang="it-IT"><head><meta charset="utf-8"><title>{SITE}: {escape(p.title)}</title><meta name="robots" content="noindex,follow"></head>
<body class="print" onload="window.print()"><div class="print-header">{SITE} – versione stampabile</div><div class="news news-single"><div class="article"><div class="header"><h3>{escape(p.title)}</h3></div><div class="footer"><p><span class="news-list-date">{p.published.strftime("%d/%m/%Y")}</span> di {p.author}</p></div>
<div class="teaser-text"><p><strong>{escape(p.paras[0])}</strong></p></div><div class="news-text-wrap">{"".join(f"<p>{escape(x)}</p>" for x in p.paras[1:])}</div></div></div><div class="print-footer">© {SITE} – riproduzione riservata</div></body></html>"""

    for p in posts:
        pages[u[p.idx]] = html(detail(p))
        pages[raw[p.idx]] = pages[u[p.idx]]
        pages[prn[p.idx]] = html(printable(p))

    def widget_page(k, path0):
        q = f"tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D={k + 1}"
        return f"{path0}?{q}&cHash={_chash(path0 + str(k))}"

    def listing(path0, title, items, per, crumb, intro=""):
        nth = lambda k: path0 if not k else widget_page(k, path0)  # noqa: E731

        def render(chunk, k, n):
            links = "".join(
                f'<li class="{"current" if j == k else ""}">'
                + (f'<a href="{nth(j)}">{j + 1}</a>' if j != k else str(j + 1))
                + "</li>"
                for j in range(n)
            )
            nxt = (
                f'<li class="last next"><a href="{nth(k + 1)}">Successiva</a></li>'
                if k + 1 < n
                else ""
            )
            main = (
                f'<div id="c40" class="frame frame-default frame-type-header"><h1 class="element-header">{escape(title)}</h1>{intro}</div><div id="c41" class="frame frame-default frame-type-list"><div class="news"><div class="news-list-view" id="news-container-41">'
                f'{"".join(list_item(p) for p in chunk)}<div class="page-navigation"><p>Pagina {k + 1} di {n}.</p><ul class="f3-widget-paginator">{links}{nxt}</ul></div></div></div></div>'
            )
            return shell(title, main, crumb)

        paged(pages, nth, items, per, render)

    listing("/notizie/", "Notizie", posts, 10, [("/", "Home"), ("/notizie/", "Notizie")])
    for c, name in CATS.items():
        listing(
            f"/notizie/categoria/{c}/",
            name,
            [p for p in posts if p.section == name],
            8,
            [("/", "Home"), ("/notizie/", "Notizie"), ("", name)],
        )
    for t, items in by_key(posts, lambda p: p.tags).items():
        listing(
            f"/notizie/tag/{_slug(t)}/",
            f"Tag: {t}",
            items,
            8,
            [("/", "Home"), ("/notizie/", "Notizie"), ("", t)],
        )
    months = by_month(posts)
    menu = (
        '<div class="news-menu-view"><ul>'
        + "".join(
            f'<li class="item"><a href="/notizie/archivio/{y}/{m:02d}/">{MESI[m - 1]} {y}</a> ({len(v)} notizie)</li>'
            for (y, m), v in months.items()
        )
        + "</ul></div>"
    )
    pages["/notizie/archivio/"] = html(
        shell(
            "Archivio",
            f'<h1 class="element-header">Archivio notizie</h1>{menu}',
            [("/", "Home"), ("/notizie/", "Notizie"), ("", "Archivio")],
            active="/notizie/archivio/",
        )
    )
    for (y, m), items in months.items():
        listing(
            f"/notizie/archivio/{y}/{m:02d}/",
            f"Archivio: {MESI[m - 1]} {y}",
            items,
            10,
            [("/", "Home"), ("/notizie/archivio/", "Archivio"), ("", f"{MESI[m - 1]} {y}")],
            menu,
        )
    home = (
        '<div id="c10" class="frame frame-default frame-type-text"><h1 class="element-header">Benvenuti</h1><p>Il quotidiano online della valle: cronaca, politica e cultura dai nostri comuni.</p></div>'
        + f'<div id="c11" class="frame frame-default frame-type-list"><div class="news"><div class="news-list-view">{"".join(list_item(p) for p in posts[:6])}</div></div><p><a href="/notizie/" class="btn btn-default">Tutte le notizie</a></p></div>'
    )
    pages["/"] = html(shell("Home", home, [("/", "Home")], active="/"))
    pages["/cerca/"] = html(
        shell(
            "Cerca",
            '<h1 class="element-header">Cerca nel sito</h1><div class="tx-indexedsearch-searchbox"><form method="post" action="/cerca/"><input class="tx-indexedsearch-searchbox-sword" type="text" name="tx_indexedsearch_pi2[search][sword]"><input type="submit" value="Cerca"></form></div>',
            [("/", "Home"), ("", "Cerca")],
            active="/cerca/",
        )
    )
    for path, title, text in [
        (
            "/redazione/",
            "Redazione",
            "La redazione si trova in piazza del Municipio. Direttore responsabile: Anna Colombo. Scrivici per segnalazioni e comunicati.",
        ),
        (
            "/privacy/",
            "Privacy e cookie",
            "Informativa ai sensi del Regolamento UE: utilizziamo cookie tecnici e, con il tuo consenso, cookie statistici di terze parti.",
        ),
        (
            "/note-legali/",
            "Note legali",
            "Tutti i contenuti sono protetti dal diritto d'autore. È vietata la riproduzione senza autorizzazione.",
        ),
        ("/newsletter/", "Newsletter", "Grazie: riceverai una e-mail per confermare l'iscrizione."),
    ]:
        pages[path] = html(
            shell(
                title,
                f'<h1 class="element-header">{title}</h1><p>{text}</p>',
                [("/", "Home"), ("", title)],
                active=path,
            )
        )
    pages["/robots.txt"] = Resp(
        b"User-agent: *\nDisallow: /typo3/\nDisallow: /typo3conf/\nDisallow: /*?type=98\n",
        "text/plain; charset=utf-8",
    )
    return site_from(NAME, posts, lambda p: u[p.idx], pages, lambda p: [raw[p.idx], prn[p.idx]])
