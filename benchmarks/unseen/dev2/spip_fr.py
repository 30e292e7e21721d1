"""SPIP 3.1 magazine on the dist squelettes (fr): chapo + texte, "URLs propres" with spip.php twins."""
# ruff: noqa: RUF001  (typographic quotes are the point here)

from __future__ import annotations

import random
import re
import unicodedata
from datetime import UTC
from html import escape

from benchmarks.unseen.common import by_key, html, make_posts, paged, rss, site_from, thread

NAME = "spip_fr"
SITE = "La Gazette du Quartier"
RUBS = {"2": "Vie municipale", "3": "Transports", "4": "Écoles et jeunesse", "6": "Urbanisme"}
MOTS = {
    "11": "Conseil municipal",
    "12": "Budget",
    "13": "Travaux",
    "14": "Concertation",
    "15": "Tramway",
}
AUTHORS = ["Claire Dubois", "Yann Le Goff", "Nadia Benali"]
READERS = ["Jean-Pierre", "Sylvie R.", "Un riverain", "Mathieu", "Odile", "Karim B."]
REMARKS = [
    "Merci pour ce compte rendu très clair, j’étais à la séance et tout y est.",
    "Comme d’habitude, on décide sans demander l’avis des habitants.",
    "Et qui va payer au final ? Les contribuables, bien sûr.",
    "Enfin quelque chose qui bouge dans ce quartier !",
    "Les plans complets sont-ils consultables quelque part ?",
]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WEB = [
    ("Ville de Nantes", "Ordre du jour du conseil municipal", "https://www.nantes.fr/"),
    ("Ouest-France", "Le tramway prolongé jusqu’à l’aéroport ?", "https://www.ouest-france.fr/"),
    ("Métropole", "Enquête publique : mode d’emploi", "https://metropole.nantes.fr/"),
]


def propre(title: str) -> str:
    """SPIP's "URL propre" of a title: accents dropped, words joined by dashes, case kept."""
    flat = unicodedata.normalize("NFKD", title.replace("’", " ")).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[A-Za-z0-9]+", flat))[:60].strip("-")


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(2303, "fr", 34, "Europe/Paris", list(RUBS), AUTHORS, list(MOTS))
    rng = random.Random(2303)
    forum = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 5) for p in posts}
    aid = {p.idx: 200 + p.idx * 3 for p in posts}
    url = {p.idx: "/" + propre(p.title) for p in posts}
    rub_url = {r: f"/-{propre(v)}-" for r, v in RUBS.items()}
    mot_url = {m: f"/+-{propre(v)}-+" for m, v in MOTS.items()}
    aut_url = {a: f"/_{propre(a)}_" for a in AUTHORS}
    searched = {p.idx for p in posts if "Budget" in [MOTS[m] for m in p.tags]}

    def twins(p):
        out = [
            f"/spip.php?article{aid[p.idx]}",
            f"/spip.php?page=article&id_article={aid[p.idx]}",
            f"/spip.php?page=imprimer_article&id_article={aid[p.idx]}",
        ]
        if p.idx in searched:
            out.append(f"{url[p.idx]}?var_recherche=budget")
        return out

    def fdate(d, weekday=True):
        return (
            f"{DAYS[d.weekday()]} " if weekday else ""
        ) + f"{d.day} {MONTHS[d.month - 1]} {d.year}"

    def iso(d):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def shell(title, main, aside, page, head="", crumbs=""):
        nav = "".join(
            f'<li class="item"><a href="{rub_url[r]}">{escape(v)}</a></li>' for r, v in RUBS.items()
        )
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr" xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" class="ltr fr no-js">
<head>
<script type='text/javascript'>/*<![CDATA[*/(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);/*]]>*/</script>
<title>{escape(title)}</title>{head}
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="SPIP 3.1.4 [23430]" />
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="{base}/spip.php?page=backend" />
<link rel='stylesheet' href='local/cache-css/spip.css' type='text/css' />
</head>
<body class="pas_surlignable {page}">
<div class="page">
\t<div class="header" id="header">
\t\t<a rel="start home" href="{base}/" title="Accueil" class="accueil"><img class="spip_logo spip_logos" alt="" src="IMG/siteon0.png" width="120" height="60" /></a>
\t\t<strong id="nom_site_spip" class="h1"><a rel="start home" href="{base}/" title="Accueil">{SITE}</a></strong>
\t\t<p id="slogan_site_spip">Le journal participatif des quartiers Est</p>
\t</div>
\t<div class="nav clearfix" id="nav">
\t\t<ul>
\t\t\t<li class="item"><a href="{base}/">Accueil</a></li>{nav}
\t\t</ul>
\t</div>
\t<div class="main">
\t\t<div class="wrapper hfeed">
\t\t<div class="content hentry" id="content">
\t\t\t<p class="arbo"><a href="{base}/">Accueil</a>{crumbs}</p>
{main}
\t\t</div><!--.content-->
\t\t</div><!--.wrapper-->
\t\t<div class="aside">
\t\t\t<div class="formulaire_spip formulaire_recherche" id="formulaire_recherche"><form action="spip.php?page=recherche" method="get"><div><input name="page" value="recherche" type="hidden" /><label for="recherche">Rechercher :</label><input type="text" class="search text" size="10" name="recherche" id="recherche" accesskey="4" autocapitalize="off" autocorrect="off" /><input type="submit" class="submit" value="&gt;&gt;" title="Rechercher" /></div></form></div>
{aside}
\t\t\t<div class="menu newsletter"><h2>Lettre d’information</h2><p>Recevez chaque semaine les nouveaux articles de la Gazette.</p><form action="spip.php?page=newsletter" method="get"><input type="hidden" name="page" value="newsletter" /><input type="email" name="email" /><input type="submit" value="S’inscrire" /></form></div>
\t\t</div><!--.aside-->
\t</div><!--.main-->
\t<div class="footer clearfix" id="footer">
\t\t<p class="colophon">2013-2017 &copy; {SITE} - Tous droits réservés<br /><a rel="contents" href="spip.php?page=plan" class="first">Plan du site</a> | <a href="spip.php?page=login&amp;url=.%2F" rel="nofollow" class="login_modal">Se connecter</a> | <a rel="nofollow" href="spip.php?page=contact">Contact</a> | <a href="{base}/backend.php" rel="alternate" title="Syndiquer tout le site" class="last">RSS&nbsp;2.0</a></p>
\t\t<small class="generator"><a href="https://www.spip.net/" rel="generator" title="Site réalisé avec SPIP" class="spip_out">SPIP</a></small>
\t</div>
</div><!--.page-->
<div id="cookiechoices" class="cookiechoices">Ce site utilise des cookies pour mesurer l’audience. <a href="spip.php?page=contact">En savoir plus</a> <a href="#" class="fermer">J’ai compris</a></div>
</body>
</html>"""

    def same_rub(p):
        rel = [q for q in posts if q.section == p.section][:10]
        items = "".join(
            f'<li><a href="{url[q.idx]}"{on}>{escape(q.title)}</a> <small class="date">{fdate(q.published, False)}</small></li>'
            for q in rel
            for on in [' class="on"' if q is p else ""]
        )
        web = "".join(
            f'<li><a href="{u}" class="spip_out" rel="external">{escape(t)}</a> <small>{escape(s)}</small></li>'
            for s, t, u in WEB
        )
        mots = "".join(
            f'<li><a href="{mot_url[m]}" rel="tag">{escape(MOTS[m])}</a></li>' for m in p.tags
        )
        return f"""\t\t\t<div class="menu menu_rubriques"><h2>Dans la même rubrique</h2><ul>{items}</ul></div>
\t\t\t<div class="menu menu_mots"><h2>Mots-clés</h2><ul>{mots}</ul></div>
\t\t\t<div class="menu syndic"><h2>Sur le web</h2><ul>{web}</ul></div>"""

    def forum_html(p):
        items = "".join(
            f"""<li class="comment-item {"odd" if j % 2 == 0 else "even"}{" first" if j == 0 else ""}">
\t\t\t<div class="comment hreview" id="forum{aid[p.idx] * 10 + j}">
\t\t\t\t<p class="comment-meta"><a href="#forum{aid[p.idx] * 10 + j}" title="Message n°{aid[p.idx] * 10 + j}" class="ancre">#</a> <abbr class="dtreviewed" title="{iso(t)}">{fdate(t, False)}, {t:%H:%M}</abbr>, par <strong class="reviewer vcard"><span class="fn">{escape(w)}</span></strong></p>
\t\t\t\t<div class="comment-content description"><p>{escape(x)}</p></div>
\t\t\t\t<p class="repondre"><a href="spip.php?page=forum&amp;id_article={aid[p.idx]}&amp;id_forum={aid[p.idx] * 10 + j}" rel="noindex nofollow">Répondre à ce message</a></p>
\t\t\t</div>
\t\t\t</li>"""
            for j, (w, t, x) in enumerate(forum[p.idx])
        )
        listing = (
            f'<div class="comments"><a id="forum"></a><h2 class="h2">{len(forum[p.idx])} Messages</h2><ul class="comments-items">{items}</ul></div>'
            if items
            else ""
        )
        return f"""\t\t\t<a href="#forum" name="forum" id="forum"></a>
\t\t\t{listing}
\t\t\t<h2>Un message, un commentaire ?</h2>
\t\t\t<div class="formulaire_spip formulaire_forum"><p class="explication">Ce forum est modéré a priori : votre contribution n’apparaîtra qu’après avoir été validée par un administrateur du site.</p><form action="spip.php?page=forum&amp;id_article={aid[p.idx]}" method="post"><textarea name="texte" rows="10" cols="40"></textarea><p class="boutons"><input type="submit" class="submit" value="Prévisualiser" /></p></form></div>"""

    def article_html(p):
        d = p.published
        return f"""\t\t\t<div class="cartouche">
\t\t\t\t<p class="surtitre">{escape(RUBS[p.section])}</p>
\t\t\t\t<h1 class="surlignable">{escape(p.title)}</h1>
\t\t\t\t<p class="info-publi"><abbr class="published" title="{iso(d)}">{fdate(d)}</abbr><span class="sep">, </span><span class="auteurs">par  <span class="vcard author"><a class="url fn spip_in" href="{aut_url[p.author]}">{escape(p.author)}</a></span></span></p>
\t\t\t</div>
\t\t\t<div class="chapo surlignable"><p>{escape(p.paras[0])}</p></div>
\t\t\t<div class="texte surlignable">{"".join(f"<p>{escape(x)}</p>" for x in p.paras[1:])}</div>
\t\t\t<hr /><p class="hyperlien">Voir en ligne : <a href="https://www.nantes.fr/conseil-municipal" class="spip_out">Le compte rendu officiel de la séance</a></p>
\t\t\t<div class="partage"><span>Partager :</span> <a href="https://www.facebook.com/sharer.php?u={base}{url[p.idx]}" class="spip_out">Facebook</a> <a href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}" class="spip_out">Twitter</a> <a href="spip.php?page=imprimer_article&amp;id_article={aid[p.idx]}" rel="nofollow">Imprimer</a></div>
{forum_html(p)}"""

    def article_page(p, hl=False):
        head = (
            f'\n<meta name="description" content="{escape(p.paras[0][:150])}" />'
            f'\n<link rel="canonical" href="{base}{url[p.idx]}" />'
        )
        crumbs = f' &gt; <a href="{rub_url[p.section]}">{escape(RUBS[p.section])}</a> &gt; <strong class="on">{escape(p.title[:80])}</strong>'
        main = article_html(p)
        if hl:  # SPIP 3 marks the searched words client-side (surligne.js)
            head += '\n<script type="text/javascript" src="prive/javascript/jquery.highlight.js"></script>'
        return shell(f"{p.title} - {SITE}", main, same_rub(p), "page_article", head, crumbs)

    def print_page(p):
        d = p.published
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr" class="ltr fr">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{escape(p.title)} - {SITE}</title><meta name="robots" content="noindex" /></head>
<body class="page_imprimer" onload="window.print()">
<div id="page">
<p class="nom_site">{SITE} - <a href="{base}/">{base}/</a></p>
<p class="surtitre">{escape(RUBS[p.section])}</p>
<h1>{escape(p.title)}</h1>
<p class="info-publi">{fdate(d)}, par {escape(p.author)}</p>
<div class="chapo"><p>{escape(p.paras[0])}</p></div>
<div class="texte">{"".join(f"<p>{escape(x)}</p>" for x in p.paras[1:])}</div>
<p class="url">Article publié sur {SITE} : {base}{url[p.idx]}</p>
</div>
</body>
</html>"""

    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(article_page(p))
        t = twins(p)
        pages[t[0]] = html(article_page(p))
        pages[t[1]] = html(article_page(p))
        pages[t[2]] = html(print_page(p))
        if p.idx in searched:
            pages[t[3]] = html(article_page(p, True))
        reply_form = shell(
            f"Répondre à : {p.title} - {SITE}",
            f'\t\t\t<h1>Répondre à : <a href="{url[p.idx]}">{escape(p.title)}</a></h1>\n\t\t\t<div class="formulaire_spip formulaire_forum"><p class="explication">Ce forum est modéré a priori.</p><form action="spip.php" method="post"><textarea name="texte" rows="10" cols="40"></textarea><input type="submit" class="submit" value="Prévisualiser" /></form></div>',
            "",
            "page_forum",
            '\n<meta name="robots" content="noindex" />',
        )
        pages[f"/spip.php?page=forum&id_article={aid[p.idx]}"] = html(reply_form)
        for j in range(len(forum[p.idx])):
            pages[
                f"/spip.php?page=forum&id_article={aid[p.idx]}&id_forum={aid[p.idx] * 10 + j}"
            ] = html(reply_form)

    def item(q, link=None):
        return f"""\t\t\t\t<li class="item hentry"><strong class="h3 entry-title"><a href="{link or url[q.idx]}" rel="bookmark">{escape(q.title)}</a></strong>
\t\t\t\t<small><abbr class="published" title="{iso(q.published)}">{fdate(q.published, False)}</abbr>, par {escape(q.author)}</small>
\t\t\t\t<div class="introduction entry-content"><p>{escape(q.paras[0][:150])}&nbsp;(…)</p></div></li>"""

    def lister(path0, heading, items, page, per=6, intro="", var="debut_articles"):
        def nth(k):
            return path0 if not k else f"{path0}{'&' if '?' in path0 else '?'}{var}={k * per}"

        def render(chunk, k, n):
            pager = " <span class='sep'>|</span> ".join(
                f'<strong class="on">{j + 1}</strong>'
                if j == k
                else f'<a href="{nth(j).replace("&", "&amp;")}#pagination_articles" class="lien_pagination" rel="nofollow">{j + 1}</a>'
                for j in range(n)
            )
            main = f"""\t\t\t<h1 class="surlignable">{escape(heading)}</h1>{intro}
\t\t\t<div class="liste articles"><a id="pagination_articles"></a>
\t\t\t\t<h2>Derniers articles</h2>
\t\t\t\t<ul class="liste-items">
{"".join(item(q) for q in chunk)}
\t\t\t\t</ul>
\t\t\t\t<p class="pagination">{pager}</p>
\t\t\t</div>"""
            aside = "".join(
                f'<li><a href="{rub_url[r]}">{escape(v)}</a></li>' for r, v in RUBS.items()
            )
            return shell(
                f"{heading} - {SITE}",
                main,
                f'\t\t\t<div class="menu"><h2>Rubriques</h2><ul>{aside}</ul></div>',
                page,
                crumbs=f' &gt; <strong class="on">{escape(heading)}</strong>',
            )

        paged(pages, nth, items, per, render)

    for r, items in by_key(posts, lambda p: p.section).items():
        lister(
            rub_url[r],
            RUBS[r],
            items,
            "page_rubrique",
            intro=f'\n\t\t\t<div class="texte"><p>Tous nos articles sur le thème « {escape(RUBS[r].lower())} ».</p></div>',
        )
    for m, items in by_key(posts, lambda p: p.tags).items():
        lister(mot_url[m], MOTS[m], items, "page_mot")
    for a, items in by_key(posts, lambda p: p.author).items():
        lister(aut_url[a], a, items, "page_auteur", per=8)
    found = [p for p in posts if p.idx in searched]
    pages["/spip.php?page=recherche&recherche=budget"] = html(
        shell(
            f"Résultats de la recherche « budget » - {SITE}",
            f'\t\t\t<h1 class="surlignable">Résultats de la recherche « budget »</h1>\n\t\t\t<div class="liste articles"><h2>{len(found)} articles</h2><ul class="liste-items">{"".join(item(q, twins(q)[3]) for q in found)}</ul></div>',
            "",
            "page_recherche",
            '\n<meta name="robots" content="noindex" />',
        )
    )
    top = posts[0]
    home_aside = (
        '\t\t\t<div class="menu"><h2>Mots-clés</h2><ul>'
        + "".join(
            f'<li><a href="{mot_url[m]}" rel="tag">{escape(v)}</a></li>' for m, v in MOTS.items()
        )
        + '</ul></div>\n\t\t\t<div class="menu"><h2>À chercher</h2><ul><li><a href="spip.php?page=recherche&amp;recherche=budget">Tous les articles sur le budget</a></li></ul></div>'
    )

    def home(chunk, k, n):
        pager = " | ".join(
            f'<strong class="on">{j + 1}</strong>'
            if j == k
            else f'<a href="{"/" if not j else f"/?debut_articles={j * 8}"}#pagination_articles" class="lien_pagination">{j + 1}</a>'
            for j in range(n)
        )
        edito = (
            f'\t\t\t<div class="edito"><h2>À la une</h2><p><a href="{url[top.idx]}">{escape(top.title)}</a></p></div>\n'
            if not k
            else ""
        )
        main = f"""{edito}\t\t\t<div class="liste articles"><a id="pagination_articles"></a><h2>Derniers articles</h2><ul class="liste-items">
{"".join(item(q) for q in chunk)}
\t\t\t</ul><p class="pagination">{pager}</p></div>"""
        return shell(SITE, main, home_aside, "page_sommaire")

    paged(pages, lambda k: "/" if not k else f"/?debut_articles={k * 8}", posts, 8, home)
    plan = "".join(
        f'<li><a href="{rub_url[r]}">{escape(v)}</a><ul>'
        + "".join(
            f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>'
            for q in posts
            if q.section == r
        )
        + "</ul></li>"
        for r, v in RUBS.items()
    )
    pages["/spip.php?page=plan"] = html(
        shell(
            f"Plan du site - {SITE}",
            f'\t\t\t<h1>Plan du site</h1>\n\t\t\t<ul class="plan-rubriques">{plan}</ul>',
            "",
            "page_plan",
        )
    )
    for path, heading, text in (
        (
            "/spip.php?page=contact",
            "Contact",
            "Pour écrire à la rédaction, utilisez le formulaire ci-dessous.",
        ),
        (
            "/spip.php?page=login&url=.%2F",
            "Se connecter",
            "Identifiant ou adresse e-mail, puis mot de passe.",
        ),
        (
            "/spip.php?page=newsletter",
            "Lettre d’information",
            "Merci, votre inscription a bien été prise en compte.",
        ),
    ):
        pages[path] = html(
            shell(
                f"{heading} - {SITE}",
                f'\t\t\t<h1>{heading}</h1>\n\t\t\t<div class="texte"><p>{text}</p></div>',
                "",
                "page_" + path.split("=")[1].split("&")[0],
            )
        )
    feed = rss(base, SITE, [(url[p.idx], p) for p in posts[:10]], "fr")
    pages["/spip.php?page=backend"] = feed
    pages["/backend.php"] = feed
    return site_from(NAME, posts, lambda p: url[p.idx], pages, twins)
