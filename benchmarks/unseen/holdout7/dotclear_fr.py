"""Dotclear 2 blog on the Ductile theme (fr, Europe/Paris): query-string URLs, root-index twins, Atom/RSS and listings."""

from __future__ import annotations

import random
import re
import unicodedata
from html import escape

from benchmarks.unseen.common import (
    atom,
    by_key,
    by_month,
    html,
    make_posts,
    paged,
    rss,
    site_from,
    thread,
    xml,
)

NAME = "dotclear_fr"
SITE = "Le Carnet de Villeurbanne"
CATS = {
    "Vie-municipale": "Vie municipale",
    "Transports": "Transports",
    "Urbanisme": "Urbanisme",
    "Ecoles": "Écoles",
}
TAGS = ["conseil", "budget", "tramway", "PLU", "quartiers", "associations"]
AUTHORS = {"Hélène Garnier": "helene", "Marc Dubreuil": "marc"}
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
READERS = ["Jean-Pierre", "Sylvie B.", "un riverain", "Karim", "Odile", "Lucas_69", "Mme Perrin"]
REMARKS = [
    "Merci pour ce compte rendu très complet, je n'avais pas pu assister à la séance.",
    "Encore une décision prise sans vraie concertation avec les habitants.",
    "Qui va payer au final ? Les contribuables, comme d'habitude.",
    "Enfin un peu de mouvement sur ce dossier, il était temps.",
    "Les plans sont-ils consultables en ligne quelque part ?",
    "Je confirme, la réunion publique était bondée.",
]


def str2url(title: str) -> str:
    """Dotclear's text::str2URL: accents dropped, case kept, other characters to dashes."""
    flat = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", flat).strip("-")[:60].strip("-")


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(972, "fr", 31, "Europe/Paris", list(CATS), list(AUTHORS), TAGS)
    rng = random.Random(972)
    threads = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 6) for p in posts}
    eid = {p.idx: 130 + p.idx * 3 for p in posts}
    sub = {p.idx: f"post/{p.published:%Y/%m/%d}/{str2url(p.title) or eid[p.idx]}" for p in posts}
    url = {p.idx: f"/index.php?{sub[p.idx]}" for p in posts}
    short = {
        p.idx: f"/?{sub[p.idx]}" for p in posts
    }  # the root's index serves the same query string

    def fdate(d):
        return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year}"

    def sidebar():
        cats = "".join(
            f'<li><a href="/index.php?category/{k}">{v}</a></li>' for k, v in CATS.items()
        )
        arch = "".join(
            f'<li><a href="/index.php?archive/{y}/{m:02d}">{MOIS[m - 1]} {y}</a></li>'
            for (y, m) in by_month(posts)
        )
        tags = " ".join(
            f'<li><a href="/index.php?tag/{t}" class="tag{(i * 37) % 10}0">{t}</a></li>'
            for i, t in enumerate(TAGS)
        )
        last = "".join(f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>' for q in posts[:5])
        picks = "".join(
            f'<li><a href="{short[q.idx]}">{escape(q.title)}</a></li>' for q in posts[6:9]
        )
        return f"""<div id="sidebar" role="complementary">
<div id="blognav">
<div class="widget" id="search"><h2><label for="q">Rechercher</label></h2><form action="/index.php" method="get" role="search"><fieldset><p><input type="text" size="10" maxlength="255" id="q" name="q" value="" /> <input type="submit" class="submit" value="ok" title="Rechercher" /></p></fieldset></form></div>
<div class="widget categories"><h2>Catégories</h2><ul>{cats}</ul></div>
<div class="widget archives"><h2>Archives</h2><ul>{arch}</ul></div>
<div class="widget tags"><h2>Mots-clés</h2><ul>{tags}</ul><p><strong><a href="/index.php?tags">Tous les mots-clés</a></strong></p></div>
</div>
<div id="blogextra">
<div class="widget lastposts"><h2>Derniers billets</h2><ul>{last}</ul></div>
<div class="widget text"><h2>La sélection de la rédaction</h2><ul>{picks}</ul></div>
<div class="widget syndicate"><h2>S'abonner</h2><ul><li><a type="application/atom+xml" href="/index.php?feed/atom" title="Fil Atom des billets de ce blog" class="feed">Fil des billets</a></li><li><a type="application/atom+xml" href="/index.php?feed/atom/comments" title="Fil Atom des commentaires de ce blog" class="feed">Fil des commentaires</a></li></ul></div>
<div class="widget text"><h2>Infolettre</h2><p>Recevez chaque vendredi le résumé de la semaine municipale.</p><form action="/index.php?newsletter" method="post"><p><input type="email" name="nl_email" placeholder="votre adresse" /> <input type="submit" value="S'inscrire" /></p></form></div>
</div>
</div>"""

    def shell(title, body_class, content, head=""):
        return f"""<!DOCTYPE html>
<html lang="fr">
<head>
	<meta charset="UTF-8" />
	<meta name="ROBOTS" content="INDEX, FOLLOW" />
	<title>{escape(title)}</title>
{head}
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<link rel="alternate" type="application/atom+xml" title="Atom 1.0" href="{base}/index.php?feed/atom" />
	<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/index.php?rsd" />
	<link rel="stylesheet" type="text/css" href="/themes/ductile/style.css" media="screen" />
	<script src="/index.php?pf=jquery/2.2.0/jquery.js"></script>
</head>
<body class="{body_class}">
<div id="page">
<div id="top" role="banner">
	<h1><span><a href="{base}/index.php?">{SITE}</a></span></h1>
	<p id="blogdesc">L'actualité municipale, sans langue de bois.</p>
</div>
<p id="prelude" role="navigation"><a href="#main">Aller au contenu</a> | <a href="#blognav">Aller au menu</a> | <a href="#search">Aller à la recherche</a></p>
<nav class="supranav" role="navigation"><ul class="supranav"><li class="li1 li-first"><a href="{base}/index.php?"><span class="simple-menu-label">Accueil</span></a></li><li class="li2"><a href="/index.php?archive"><span class="simple-menu-label">Archives</span></a></li><li class="li3 li-last"><a href="/index.php?pages/A-propos"><span class="simple-menu-label">À propos</span></a></li></ul></nav>
<div id="wrapper">
<div id="main" role="main">
<div id="content">
{content}
</div>
</div> <!-- End #main -->
{sidebar()}
</div> <!-- End #wrapper -->
<div id="footer" role="contentinfo">
	<p>Propulsé par <a href="https://dotclear.org/">Dotclear</a> · Textes sous licence CC BY-NC · <a href="/index.php?pages/Mentions-legales">Mentions légales</a></p>
</div>
<div id="cookies" class="cookies-banner">Ce blog utilise des cookies de mesure d'audience. <a href="/index.php?pages/Mentions-legales">En savoir plus</a> <button type="button">OK</button></div>
</div> <!-- End #page -->
</body>
</html>"""

    def navlinks(p, cls):
        i = posts.index(p)
        prev_ = posts[i + 1] if i + 1 < len(posts) else None
        next_ = posts[i - 1] if i > 0 else None
        out = f'<p class="navlinks{cls}">'
        if prev_:
            out += f'<a href="{url[prev_.idx]}" title="{escape(prev_.title)}" class="prev">&#171; {escape(prev_.title[:50])}</a>'
        if next_:
            out += f' <span>-</span> <a href="{url[next_.idx]}" title="{escape(next_.title)}" class="next">{escape(next_.title[:50])} &#187;</a>'
        return out + "</p>"

    def article(p):
        d = p.published
        cm = threads[p.idx]
        n = len(cm)
        count = "aucune réaction" if not n else "une réaction" if n == 1 else f"{n} réactions"
        lis = "".join(
            f'<li id="c{eid[p.idx] * 10 + j}" class="comment{" odd" if j % 2 == 0 else ""}{" first" if not j else ""}">'
            f'<p class="comment-info"><a href="#c{eid[p.idx] * 10 + j}" class="comment-number">{j + 1}.</a> De {escape(w)} - {t:%d/%m/%Y}, {t:%H:%M}</p>'
            f'<div class="comment-content"><p>{escape(x)}</p></div></li>'
            for j, (w, t, x) in enumerate(cm)
        )
        comments = f'<div id="comments"><h3>{count}</h3><ul>{lis}</ul></div>' if cm else ""
        tags = "".join(f'<li><a href="/index.php?tag/{t}">{t}</a></li>' for t in p.tags)
        entry = f"""{navlinks(p, " topnl")}
<div id="p{eid[p.idx]}" class="post simple">
	<h2 class="post-title">{escape(p.title)}</h2>
	<div class="post-attr">
		<p class="post-info">
			<span class="post-author">Par <a href="/index.php?pages/A-propos#{AUTHORS[p.author]}">{escape(p.author)}</a>, </span>
			<span class="post-date">{fdate(d)}, {d:%H:%M}. </span>
			<span class="permalink"><a href="{url[p.idx]}">Permalien</a></span>
			<span class="post-cat"><a href="/index.php?category/{p.section}">{CATS[p.section]}</a></span>
		</p>
		<ul class="post-tags">{tags}</ul>
	</div>
	<div class="post-content">{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}</div>
	<div class="share-buttons"><p>Partager : <a href="https://www.facebook.com/sharer.php?u={base}{url[p.idx]}">Facebook</a> · <a href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}">Twitter</a> · <a href="mailto:?subject={escape(p.title)}">Courriel</a></p></div>
</div>
{comments}
<p id="comments-feed"><a class="feed" href="/index.php?feed/atom/comments/{eid[p.idx]}" title="Fil Atom des commentaires de ce billet">Fil des commentaires de ce billet</a></p>
<form action="{url[p.idx]}#pr" method="post" id="comment-form">
	<h3>Ajouter un commentaire</h3>
	<fieldset>
		<p class="field"><label for="c_name">Nom ou pseudo&nbsp;:</label><input name="c_name" id="c_name" type="text" size="30" maxlength="255" value="" /></p>
		<p class="field"><label for="c_mail">Adresse email&nbsp;:</label><input name="c_mail" id="c_mail" type="text" size="30" maxlength="255" value="" /></p>
		<p class="field"><label for="c_site">Site web (facultatif)&nbsp;:</label><input name="c_site" id="c_site" type="text" size="30" maxlength="255" value="" /></p>
		<p class="field"><label for="c_content">Commentaire&nbsp;:</label><textarea name="c_content" id="c_content" cols="35" rows="7"></textarea></p>
		<p class="form-help">Le code HTML est affiché comme du texte et les adresses web sont automatiquement transformées.</p>
	</fieldset>
	<fieldset><p class="buttons"><input type="submit" class="preview" name="preview" value="prévisualiser" /> <input type="submit" class="submit" value="envoyer" /></p></fieldset>
</form>
<div id="ping-url"><h3>Ajouter un rétrolien</h3><p>URL de rétrolien&nbsp;: {base}/index.php?trackback/{eid[p.idx]}</p></div>
{navlinks(p, "")}"""
        i = posts.index(p)
        links = ""
        if i > 0:
            links += f'\t<link rel="next" href="{base}{url[posts[i - 1].idx]}" title="{escape(posts[i - 1].title)}" />\n'
        if i + 1 < len(posts):
            links += f'\t<link rel="prev" href="{base}{url[posts[i + 1].idx]}" title="{escape(posts[i + 1].title)}" />\n'
        head = f"""	<meta name="description" lang="fr" content="{escape(p.paras[0][:180])}" />
	<meta name="copyright" content="" />
	<meta name="author" content="{escape(p.author)}" />
	<meta name="date" scheme="W3CDTF" content="{d.isoformat()}" />
	<link rel="contents" href="{base}/index.php?archive" title="Archives" />
{links}	<!--
	<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/">
	<rdf:Description rdf:about="{base}{url[p.idx]}" dc:identifier="{base}{url[p.idx]}" dc:title="{escape(p.title)}" trackback:ping="{base}/index.php?trackback/{eid[p.idx]}" />
	</rdf:RDF>
	-->"""
        return shell(f"{p.title} - {SITE}", "dc-post", entry, head)

    pages: dict = {}
    for p in posts:
        page = html(article(p))
        pages[url[p.idx]] = page
        pages[short[p.idx]] = page

    def entry_short(q, j, prev_day):
        d = q.published
        day = f'<p class="day-date">{fdate(d)}</p>' if d.date() != prev_day else ""
        text = " ".join(q.paras)
        cut = text[:300].rsplit(" ", 1)[0] + "…"
        tags = " ".join(f'<a href="/index.php?tag/{t}">{t}</a>' for t in q.tags)
        n = len(threads[q.idx])
        return f"""<div id="p{eid[q.idx]}" class="post{" odd" if j % 2 == 0 else ""}{" first" if not j else ""} short" lang="fr" xml:lang="fr">
	{day}
	<h2 class="post-title"><a href="{url[q.idx]}">{escape(q.title)}</a></h2>
	<div class="post-attr">
		<p class="post-info"><span class="post-author">Par {escape(q.author)}, </span><span class="post-date">{fdate(d)}, {d:%H:%M}. </span><span class="post-cat"><a href="/index.php?category/{q.section}">{CATS[q.section]}</a></span></p>
		<p class="post-tags">{tags}</p>
	</div>
	<div class="post-content">{escape(cut)}</div>
	<p class="read-it"><a href="{url[q.idx]}" title="Lire la suite {escape(q.title)}">Lire la suite</a></p>
	<p class="post-info-co"><a href="{url[q.idx]}#comments" class="comment_count">{"aucun commentaire" if not n else f"{n} commentaire{'s' if n > 1 else ''}"}</a></p>
</div>"""

    def lister(arg0, heading, body_class, items, per=8, intro=""):
        def nth(k):
            if not k:
                return f"/index.php?{arg0}" if arg0 else "/index.php?"
            return f"/index.php?{arg0 + '/' if arg0 else ''}page/{k + 1}"

        def render(chunk, k, n):
            prev_day, out = None, []
            for j, q in enumerate(chunk):
                out.append(entry_short(q, j, prev_day))
                prev_day = q.published.date()
            pag = '<p class="pagination">'
            if k + 1 < n:
                pag += f'<a href="{nth(k + 1)}" class="prev">&#171; billets précédents</a> <span>-</span> '
            pag += f"page {k + 1} de {n}"
            if k:
                pag += f' <span>-</span> <a href="{nth(k - 1)}" class="next">billets suivants &#187;</a>'
            pag += "</p>"
            head_ = (
                f'<div class="content-info"><h2>{escape(heading)}</h2>{intro}</div>'
                if heading
                else ""
            )
            return shell(
                f"{heading or SITE}"
                + (f" - page {k + 1}" if k else "")
                + (f" - {SITE}" if heading else ""),
                body_class,
                head_ + "".join(out) + pag,
            )

        paged(pages, nth, items, per, render)

    lister("", "", "dc-home", posts)
    pages["/"] = pages["/index.php?"]
    for c, items in by_key(posts, lambda p: p.section).items():
        lister(
            f"category/{c}",
            CATS[c],
            "dc-category",
            items,
            8,
            f'<div class="content-info-desc"><p>Tous les billets de la catégorie {CATS[c]}.</p></div>',
        )
        pages[f"/index.php?feed/category/{c}/atom"] = atom(
            base, f"{SITE} - {CATS[c]}", [(url[q.idx], q) for q in items[:20]]
        )
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(f"tag/{t}", f"Mot-clé - {t}", "dc-tag", items, 8)
    for (y, m), items in by_month(posts).items():
        rows = "".join(
            f'<li><span class="post-date">{q.published.day} {MOIS[m - 1]}</span> <a href="{url[q.idx]}">{escape(q.title)}</a> <span class="post-cat">({CATS[q.section]})</span></li>'
            for q in items
        )
        pages[f"/index.php?archive/{y}/{m:02d}"] = html(
            shell(
                f"Archives - {MOIS[m - 1]} {y} - {SITE}",
                "dc-archive-month",
                f'<div class="content-info"><h2>Archives - {MOIS[m - 1]} {y}</h2></div><ul class="arch-list">{rows}</ul>',
            )
        )
    pages["/index.php?archive"] = html(
        shell(
            f"Archives - {SITE}",
            "dc-archive",
            '<div class="content-info"><h2>Archives</h2></div><ul class="arch-list">'
            + "".join(
                f'<li><a href="/index.php?archive/{y}/{m:02d}">{MOIS[m - 1]} {y}</a> ({len(v)})</li>'
                for (y, m), v in by_month(posts).items()
            )
            + "</ul>",
        )
    )
    pages["/index.php?tags"] = html(
        shell(
            f"Mots-clés - {SITE}",
            "dc-tags",
            '<div class="content-info"><h2>Mots-clés</h2></div><ul class="tags">'
            + "".join(f'<li><a href="/index.php?tag/{t}" class="tag50">{t}</a></li>' for t in TAGS)
            + "</ul>",
        )
    )
    for path, title, text in (
        (
            "A-propos",
            "À propos",
            f"{SITE} est tenu bénévolement par deux anciens journalistes de la presse quotidienne régionale.",
        ),
        (
            "Mentions-legales",
            "Mentions légales",
            "Hébergement : OVH, Roubaix. Directeur de la publication : Hélène Garnier.",
        ),
    ):
        pages[f"/index.php?pages/{path}"] = html(
            shell(
                f"{title} - {SITE}",
                "dc-page",
                f'<div class="post simple"><h2 class="post-title">{title}</h2><div class="post-content"><p>{escape(text)}</p></div></div>',
            )
        )

    def comment_feed(title, rows):
        entries = "".join(
            f'<entry><title>{escape(q.title)} - {escape(w)}</title><link href="{base}{escape(url[q.idx])}#c{eid[q.idx] * 10 + j}" rel="alternate" type="text/html" />'
            f"<id>urn:md5:{eid[q.idx] * 10 + j:08x}</id><published>{t.isoformat()}</published><updated>{t.isoformat()}</updated>"
            f'<author><name>{escape(w)}</name></author><content type="html">{escape(x)}</content></entry>'
            for q, j, (w, t, x) in rows
        )
        return xml(
            f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title type="html">{escape(title)}</title>'
            f'<link href="{base}/index.php?" rel="alternate" type="text/html" /><id>urn:md5:5f2a{len(rows):04x}</id><updated>2017-04-30T20:00:00+02:00</updated>{entries}</feed>',
            "application/atom+xml",
        )

    everything = []
    for p in posts:
        rows = [(p, j, c) for j, c in enumerate(threads[p.idx])]
        everything += rows
        pages[f"/index.php?feed/atom/comments/{eid[p.idx]}"] = comment_feed(
            f"{SITE} - {p.title} - Commentaires", rows
        )
    everything.sort(key=lambda r: r[2][1], reverse=True)
    pages["/index.php?feed/atom/comments"] = comment_feed(f"{SITE} - Commentaires", everything[:20])
    pages["/index.php?rsd"] = xml(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd"><service>'
        f"<engineName>Dotclear</engineName><engineLink>https://dotclear.org/</engineLink><homePageLink>{base}/index.php?</homePageLink>"
        f'<apis><api name="WordPress" blogID="1" preferred="true" apiLink="{base}/index.php?xmlrpc/default"/></apis></service></rsd>',
        "application/rsd+xml",
    )
    pages["/index.php?feed/atom"] = atom(base, SITE, [(url[p.idx], p) for p in posts[:20]])
    pages["/index.php?feed/rss2"] = rss(base, SITE, [(url[p.idx], p) for p in posts[:20]], "fr")
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: [short[p.idx]])
