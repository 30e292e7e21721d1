"""Nucleus CMS 3.6 blog on the default skin (it): index.php?itemid= items, body and "more" parts, RSS 2."""

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import (
    by_key,
    by_month,
    html,
    make_posts,
    robots,
    rss,
    site_from,
    thread,
)

NAME = "nucleus_it"
SITE = "Il Corriere di Val Seriana"
CATS = {1: "Cronaca", 2: "Comune", 3: "Viabilità", 4: "Cultura"}
TAGS = ["consiglio", "bilancio", "strade", "scuole", "ambiente", "turismo"]
AUTHORS = {"Giulia Ferrari": 1, "Marco Bonetti": 2}
MONTHS = ["Gennaio", "Febbraio", "Marzo", "Aprile", "Maggio"]
READERS = ["Gianni", "Lucia B.", "un lettore", "Franco da Clusone", "Ale", "Rosanna"]
REMARKS = [
    "Finalmente qualcuno ne parla!",
    "Speriamo che questa volta i lavori finiscano davvero.",
    "Ma i soldi da dove arrivano? Nessuno lo dice.",
    "Grazie per l'articolo, molto chiaro.",
    "Io abito lì vicino e non ho visto ancora nessun cantiere.",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        985, "it", 31, "Europe/Rome", list(CATS), list(AUTHORS), TAGS, midnight=False
    )
    rng = random.Random(985)
    threads = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 5) for p in posts}
    iid = {p.idx: 210 + p.idx for p in posts}
    url = {p.idx: f"/index.php?itemid={iid[p.idx]}" for p in posts}
    order = {p.idx: i for i, p in enumerate(posts)}

    def d(t):
        return f"{t:%d/%m/%Y}"

    def head(title, kind, extra=""):
        robots_meta = (
            ""
            if kind in ("index", "item")
            else '\n<meta name="robots" content="all,noodp,noydir,NOINDEX,NOFOLLOW" />'
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="it" lang="it">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />

<!-- meta information for search engines -->
<meta name="generator" content="Nucleus CMS v3.65" />
<meta name="name" content="{SITE}" />
<meta name="description" content="Notizie dalla Val Seriana e dintorni" />

<!-- site stylesheet (site colors and layout definitions) -->
<link rel="stylesheet" type="text/css" href="{base}/skins/default/default.css" />

<!-- RSS 2.0 feed -->
<link rel="alternate" type="application/rss+xml" title="RSS" href="{base}/xml-rss2.php" />

<!-- favorite icon -->
<link rel="shortcut icon" href="/favicon.ico" />
<link rel="icon" href="/favicon.ico" />
<!-- navigation & page titles -->
<title>{title}</title>
<link rel="archives" title="Archivio" href="{base}/index.php?archivelist=1" />
<link rel="top" title="Oggi" href="{base}/" />{robots_meta}{extra}
</head>"""

    def sidebar(kind, extra_nav=""):
        cats = "".join(
            f'<dd>\n<a href="{base}/index.php?catid={c}" title="Categoria: {n}">{n}</a>\n</dd>'
            for c, n in CATS.items()
        )
        return f"""<!-- page menu -->
<h2 class="hidden">Sidebar</h2>
<div id="sidebarcontainer">
<div class="sidebar">
<dl class="sidebardl">
<dt>Navigazione</dt>
{extra_nav}<dd><a href="{base}/" title="Oggi">Oggi</a></dd>
<dd><a href="{base}/index.php?archivelist=1" title="Archivio">Archivio</a></dd>
</dl>
</div>
<div class="sidebar">
<dl class="sidebardl">
<dt>Categorie</dt>
<dd>
<a href="{base}/" title="Tutte le categorie">Tutte</a>
</dd>{cats}
</dl>
</div>
<div class="sidebar">
<dl class="sidebardl">
<dt>Cerca</dt>
<dd><form method="get" action="{base}/index.php"><div class="searchform"><input type="hidden" name="amount" value="0" /><input type="hidden" name="blogid" value="1" /><input name="query" class="formfield" size="10" maxlength="60" accesskey="4" value="" /><input type="submit" value="Cerca" class="formbutton" /></div></form></dd>
</dl>
</div>
<div class="sidebar">
<dl class="sidebardl">
<dt>Login</dt>
<dd><form method="post" action="{base}/index.php"><div class="loginform"><input type="hidden" name="action" value="login" /><label for="nucleus_lf_name">Nome</label>: <input id="nucleus_lf_name" name="login" size="10" value="" class="formfield" /><br /><label for="nucleus_lf_pwd">Password</label>: <input id="nucleus_lf_pwd" name="password" size="10" type="password" value="" class="formfield" /><br /><input type="submit" value="Entra" class="formbutton" /></div></form></dd>
</dl>
</div>
<div class="sidebar">
<dl class="sidebardl">
<dt>Link</dt>
<dd><a href="https://www.comune.clusone.bg.it/" title="Comune di Clusone">Comune di Clusone</a></dd>
<dd><a href="https://www.valseriana.eu/" title="Val Seriana">Turismo Val Seriana</a></dd>
</dl>
</div>
<div class="sidebar">
<div class="sidebardl centerize">
<a href="http://nucleuscms.org/" title="Nucleus CMS v3.65"><img src="{base}/nucleus/nucleus2.gif" width="85" height="31" alt="Nucleus CMS v3.65" /></a>
</div>
</div>
</div>"""

    def page(title, kind, content, extra_head="", extra_nav=""):
        return f"""{head(title, kind, extra_head)}
<body>
<!-- page header -->
<div id="header"><a name="top"></a>
<h1>
		<a href="{base}/">{SITE}</a>
</h1>
</div>

<!-- begin wrapper divs -->
<div id="mainwrapper"><div id="wrapper">

<!-- page content -->
<div id="container">
{content}
</div>

{sidebar(kind, extra_nav)}

<div class="clearing">&nbsp;</div>
</div></div>
<!-- end wrapper divs -->

<!-- page footer, copyrights, etc. -->
<div id="footer">
<div id="copyrights">
	<small>Copyright | <a href="http://nucleuscms.org/">Nucleus CMS v3.65</a> |
	<a href="http://validator.w3.org/check?uri=referer">Valid XHTML 1.0 Strict</a> |
	<a href="http://jigsaw.w3.org/css-validator/">Valid CSS</a> |
	<a href="#top">Torna su</a></small>
</div>
</div>

</body>
</html>"""

    def meta(p, itemlink, comments=True):
        out = f"""<div class="contentitem">
<div class="contentitem1">
<small class="contentitemcategory">
Categoria: <a href="{base}/index.php?catid={p.section}" title="Categoria: {CATS[p.section]}">{CATS[p.section]}</a>
</small>
</div>
<div class="contentitem2">
<small class="contentitempostedby">
Autore: <a href="{base}/index.php?memberid={AUTHORS[p.author]}" title="Autore: {escape(p.author)}">{escape(p.author)}</a>
</small>
</div>"""
        if comments:
            n = len(threads[p.idx])
            label = f"Commenti ({n})" if n else "Aggiungi commento"
            out += f"""
<div class="contentitem3">
<small class="contentitemcomments">
<a href="{itemlink}#c" rel="bookmark" title="Aggiungi commento a &#39;{escape(p.title)}&#39;">{label}</a>
</small>
</div>"""
        return out + "\n</div>"

    def item(p):
        more = "<br />\n<br />\n".join(escape(x) for x in p.paras[1:])
        th = threads[p.idx]
        cms = "".join(
            f"""<div class="itemcomment id0">
<h3><a href="{base}/index.php?itemid={iid[p.idx]}#c"
title="{escape(n)}">
{escape(n)}</a></h3>
<div class="commentbody">
{escape(t)}
</div>
<div class="commentinfo">
{d(w)} {w:%H:%M:%S}
</div>
</div>
"""
            for n, w, t in th
        )
        clist = (
            f'<a name="c"></a>\n<div class="content">\n<div class="contenttitle">\n<h2>Commenti</h2>\n</div>\n\n{cms}</div>\n'
            if th
            else '<a name="c"></a>\n'
        )
        i = order[p.idx]
        prev = posts[i + 1] if i + 1 < len(posts) else None
        nxt = posts[i - 1] if i else None
        nav = ""
        if prev:
            nav += f'<dd><a href="{base}{url[prev.idx]}" title="Articolo precedente">Articolo precedente</a></dd>\n'
        if nxt:
            nav += f'<dd><a href="{base}{url[nxt.idx]}" title="Articolo successivo">Articolo successivo</a></dd>\n'
        content = f"""<div class="content">
<div class="contenttitle">
<h2>{escape(p.title)} ({d(p.published)})</h2>
</div>
{meta(p, base + url[p.idx], False)}
<div class="contentbody">
{escape(p.paras[0])}<br /><br />
<a name="more"></a>{more}
</div>
</div>

{clist}
<div class="content">
<div class="contenttitle">
<h2>Aggiungi commento</h2>
</div>
<form method="post" action="{base}/action.php"><div class="commentform"><input type="hidden" name="action" value="addcomment" /><input type="hidden" name="url" value="index.php?itemid={iid[p.idx]}" /><input type="hidden" name="itemid" value="{iid[p.idx]}" /><label for="nucleus_cf_body">Commento</label>:<br /><textarea name="body" class="formfield" cols="40" rows="10" id="nucleus_cf_body"></textarea><br /><label for="nucleus_cf_name">Nome</label>: <input name="user" size="40" maxlength="40" value="" class="formfield" id="nucleus_cf_name" /><br /><label for="nucleus_cf_mail">Email/URL</label>: <input name="userid" size="40" maxlength="60" value="" class="formfield" id="nucleus_cf_mail" /><br /><input type="submit" alt="Aggiungi commento" value="Aggiungi commento" class="formbutton" /></div></form>
</div>"""
        extra = ""
        if nxt:
            extra += (
                f'\n<link rel="next" href="{base}{url[nxt.idx]}" title="Articolo successivo" />'
            )
        if prev:
            extra += (
                f'\n<link rel="prev" href="{base}{url[prev.idx]}" title="Articolo precedente" />'
            )
        extra += '\n<meta name="robots" content="all,noodp,noydir" />'
        return page(f"{escape(p.title)} &raquo; {SITE}", "item", content, extra, nav)

    def teaser(q, itemlink):
        return f"""<div class="contenttitle">
<h2><a href="{itemlink}" title="Leggi: {escape(q.title)}">{escape(q.title)} ({d(q.published)})</a></h2>
</div>
{meta(q, itemlink)}
<div class="contentbody">
{escape(q.paras[0])}
<p>&raquo;
<a href="{itemlink}#more" title="Leggi tutto &#39;{escape(q.title)}&#39;">Leggi tutto</a>
</p>
</div>
"""

    pages: dict = {}
    twins: dict = {}
    for p in posts:
        body = html(item(p))
        pages[url[p.idx]] = body
        tw = f"{url[p.idx]}&catid={p.section}"
        pages[tw] = body
        twins[p.idx] = [tw]

    def paged_list(nth, items, title, kind, lead="", catid=None):
        parts = [items[i : i + 10] for i in range(0, len(items), 10)]
        for k, chunk in enumerate(parts):
            links = [base + (f"{url[q.idx]}&catid={catid}" if catid else url[q.idx]) for q in chunk]
            sw = ""
            if len(parts) > 1:
                sw = '<div class="pageswitch">' + " ".join(
                    f"<strong>{j + 1}</strong>"
                    if j == k
                    else f'<a href="{base}{nth(j)}">{j + 1}</a>'
                    for j in range(len(parts))
                )
                if k + 1 < len(parts):
                    sw += f' <a href="{base}{nth(k + 1)}">Successivi &raquo;</a>'
                sw += "</div>"
            content = f'<div class="content">\n{lead}{"".join(teaser(q, lk) for q, lk in zip(chunk, links, strict=True))}{sw}\n</div>'
            pages[nth(k)] = html(page(title, kind, content))

    paged_list(lambda k: "/" if not k else f"/index.php?page={k + 1}", posts, SITE, "index")
    for c, items in by_key(posts, lambda p: str(p.section)).items():
        c = int(c)
        paged_list(
            lambda k, c=c: f"/index.php?catid={c}" + (f"&page={k + 1}" if k else ""),
            items,
            f"{SITE} &raquo; {CATS[c]}",
            "index",
            catid=c,
        )
    months = by_month(posts)
    for (y, m), items in months.items():
        lead = f'<div class="contenttitle">\n<h2>Archivio</h2>\n</div>\nStai consultando l\'archivio di {MONTHS[m - 1]} {y}\n</div>\n<div class="content">\n'
        pages[f"/index.php?archive={y}-{m:02d}&blogid=1"] = html(
            page(
                f"{SITE} &raquo; Archivio",
                "archive",
                f'<div class="content">\n{lead}{"".join(teaser(q, base + url[q.idx]) for q in items)}\n</div>',
            )
        )
    alist = "".join(
        f'<dd>\n<a href="{base}/index.php?archive={y}-{m:02d}&amp;blogid=1" title="Archivio di {MONTHS[m - 1]} {y}">{MONTHS[m - 1]} {y}</a>\n</dd>'
        for (y, m) in months
    )
    pages["/index.php?archivelist=1"] = html(
        page(
            f"{SITE} &raquo; Archivio",
            "archivelist",
            f'<div class="content">\n<div class="contenttitle">\n<h2>Archivio</h2>\n</div>\n<dl>\n<dt>Archivio mensile</dt>\n{alist}\n</dl>\n</div>',
        )
    )
    for name, mid in AUTHORS.items():
        pages[f"/index.php?memberid={mid}"] = html(
            page(
                f"{SITE} &raquo; Informazioni sul membro",
                "member",
                f'<div class="content">\n<div class="contenttitle">\n<h2>Informazioni su {escape(name)}</h2>\n</div>\nNome reale: {escape(name)}\n<br /><br />\nSito web: <a href="{base}/">{base}/</a>\n</div>\n<div class="content">\n<div class="contenttitle">\n<h2>Invia messaggio</h2>\n</div>\n<form method="post" action="{base}/action.php"><div class="mailform"><textarea name="message" class="formfield" rows="10" cols="40"></textarea><br /><input type="submit" value="Invia" class="formbutton" /></div></form>\n</div>',
            )
        )
    pages["/index.php"] = pages["/"]
    pages["/xml-rss2.php"] = rss(base, SITE, [(url[p.idx], p) for p in posts[:10]], "it")
    pages["/robots.txt"] = robots(base, [], ["/nucleus/", "/action.php"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: twins[p.idx])
