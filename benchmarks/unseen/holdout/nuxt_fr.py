"""HOLDOUT: do not read or tune against this module. Nuxt 2 SSR news app (fr): data-v markup, __NUXT__ state, AMP."""
# ruff: noqa: RUF001  (typographic characters and long template lines are the point of this fixture)

from __future__ import annotations

import json
import random
from html import escape

from benchmarks.unseen.common import (
    by_key,
    by_month,
    html,
    make_posts,
    news_sitemap,
    paged,
    robots,
    site_from,
    sitemap,
    sitemap_index,
    thread,
)

NAME = "nuxt_fr"
SITE = "La Voix des Coteaux"
SECTIONS = {"faits-divers": "Faits divers", "economie": "Économie", "vie-locale": "Vie locale"}
TAGS = ["conseil municipal", "voirie", "commerces", "intercommunalité", "météo", "collèges"]
AUTHORS = ["Paul Girard", "Inès Martin", "Romain Lefort"]
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
READERS = ["Bernard71", "Sylvie D.", "un habitant du centre", "Mathieu_G", "Coco", "Lecteur assidu"]
REACTIONS = [
    "Il serait temps que la municipalité consulte vraiment les riverains.",
    "Article intéressant, merci d'avoir suivi ce dossier jusqu'au bout.",
    "On en reparlera dans six mois quand rien n'aura bougé.",
    "Dommage que l'opposition ne se soit pas exprimée sur ce point.",
    "Je confirme, la situation est la même dans notre quartier.",
]
V = "data-v-5c1e7a2b"


def _slug(s: str) -> str:
    table = str.maketrans("éèêëàâîïôöûùüç", "eeeeaaiioouuuc")
    return "-".join("".join(c if c.isalnum() else " " for c in s.lower().translate(table)).split())


def _fr_date(d) -> str:
    return f"{d.day} {MOIS[d.month - 1]} {d.year} à {d.strftime('%Hh%M')}"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1101, "fr", 30, "Europe/Paris", list(SECTIONS), AUTHORS, TAGS)
    rng = random.Random(1101)
    url = {p.idx: f"/{p.section}/{p.slug}-{5810400 + p.idx}" for p in posts}
    amp = {p.idx: "/amp" + url[p.idx] for p in posts}
    trk = {p.idx: url[p.idx] + "?from=plus-lus" for p in posts}
    most_read = rng.sample(posts, 5)
    pages: dict = {}

    def shell(title, main, head="", state=None):
        nav = "".join(
            f'<li {V} class="menu__item"><a {V} href="/{s}" class="menu__link">{n}</a></li>'
            for s, n in SECTIONS.items()
        )
        st = ""
        if state is not None:
            st = f"<script>window.__NUXT__=(function(a,b,c){{return {json.dumps(state, ensure_ascii=False)}}}(null,false,true));</script>"
        return f"""<!doctype html>
<html lang="fr" data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22fr%22%7D%7D"><head><title>{escape(title)} - {SITE}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">{head}<link rel="preload" href="/_nuxt/app.4f1c2.js" as="script"></head>
<body><div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div {V} class="layout">
<div {V} class="consent" role="dialog" aria-live="polite"><p {V}>Avec votre accord, nos partenaires et nous déposons des traceurs pour mesurer l'audience et personnaliser les contenus.</p><button {V}>Tout accepter</button> <button {V}>Paramétrer</button> <button {V}>Continuer sans accepter</button></div>
<header {V} class="header"><a {V} href="/" class="header__logo" aria-label="{SITE}">{SITE}</a><nav {V} class="menu"><ul {V}>{nav}<li {V} class="menu__item"><a {V} href="/archives/2017/04" class="menu__link">Archives</a></li><li {V} class="menu__item"><a {V} href="/recherche" class="menu__link">Rechercher</a></li></ul></nav><a {V} href="/offres" class="header__cta">S'abonner dès 1 €</a></header>
<main {V} class="main">{main}</main>
<footer {V} class="footer"><ul {V}><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/offres">Nos offres</a></li><li><a href="/contact">Nous contacter</a></li></ul><p {V}>© 2017 {SITE} – Tous droits réservés. Reproduction interdite sans autorisation.</p></footer>
</div></div></div>{st}<script src="/_nuxt/app.4f1c2.js" defer></script></body></html>"""

    def teaser(p, cls="card"):
        d = p.published
        return (
            f'<article {V} class="{cls}"><a {V} href="{url[p.idx]}" class="{cls}__link"><span {V} class="{cls}__kicker">{SECTIONS[p.section]}</span>'
            f'<h2 {V} class="{cls}__title">{escape(p.title)}</h2></a><time {V} datetime="{d.isoformat()}">{d.day} {MOIS[d.month - 1]}</time></article>'
        )

    def nav_pages(nth, k, n):
        items = "".join(
            f'<a {V} href="{nth(j)}" class="pager__page">{j + 1}</a>' for j in range(n) if j != k
        )
        nxt = (
            f'<a {V} href="{nth(k + 1)}" class="pager__next">Voir plus d\'articles</a>'
            if k + 1 < n
            else ""
        )
        return f'<nav {V} class="pager">{items}{nxt}</nav>'

    def listing(path0, title, items, per, intro=""):
        nth = lambda k: path0 if not k else f"{path0}?page={k + 1}"  # noqa: E731
        paged(
            pages,
            nth,
            items,
            per,
            lambda chunk, k, n: shell(
                title,
                f'<h1 {V} class="page-title">{escape(title)}</h1>{intro}<div {V} class="grid">{"".join(teaser(p) for p in chunk)}</div>{nav_pages(nth, k, n)}',
                f'<link data-n-head="ssr" rel="canonical" href="{base}{nth(k)}">',
            ),
        )

    def body_html(p, others):
        out = []
        for i, x in enumerate(p.paras[1:], 1):
            out.append(f'<p {V} class="article__paragraph">{escape(x)}</p>')
            if i == 2:
                q = others[0]
                out.append(
                    f'<aside {V} class="read-also"><span {V}>À lire aussi</span> <a {V} href="{url[q.idx]}">{escape(q.title)}</a></aside>'
                    f'<div {V} class="ad ad--inread" data-slot="inread">Publicité</div>'
                )
        return "".join(out)

    def article(p):
        d = p.published
        i = posts.index(p)
        others = [q for q in posts[max(0, i - 3) : i + 4] if q is not p]
        com = thread(rng, READERS, REACTIONS, d, 0, 4)
        coms = "".join(
            f'<li {V} class="comment"><p {V} class="comment__author">{escape(w)}</p><time {V} class="comment__date" datetime="{t.isoformat()}">le {t.strftime("%d/%m/%Y à %H:%M")}</time><p {V} class="comment__text">{escape(x)}</p></li>'
            for w, t, x in com
        )
        tags = "".join(
            f'<li {V}><a {V} href="/tag/{_slug(t)}" class="tags__item">{escape(t)}</a></li>'
            for t in p.tags
        )
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": p.title,
            "datePublished": d.isoformat(),
            "dateModified": d.isoformat(),
            "author": [{"@type": "Person", "name": p.author}],
            "publisher": {"@type": "Organization", "name": SITE},
            "mainEntityOfPage": base + url[p.idx],
            "isAccessibleForFree": True,
        }
        head = (
            f'<meta data-n-head="ssr" data-hid="description" name="description" content="{escape(p.paras[0][:150])}">'
            f'<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{escape(p.title)}">'
            f'<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article">'
            f'<meta data-n-head="ssr" data-hid="article:published_time" property="article:published_time" content="{d.isoformat()}">'
            f'<link data-n-head="ssr" rel="canonical" href="{base}{url[p.idx]}"><link data-n-head="ssr" rel="amphtml" href="{base}{amp[p.idx]}">'
            f'<script data-n-head="ssr" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
        main = f"""<nav {V} aria-label="Fil d'Ariane" class="breadcrumb"><ol {V}><li {V}><a {V} href="/">Accueil</a></li><li {V}><a {V} href="/{p.section}">{SECTIONS[p.section]}</a></li></ol></nav>
<div {V} class="article-layout"><article {V} class="article"><header {V} class="article__header"><h1 {V} class="article__title">{escape(p.title)}</h1>
<p {V} class="article__chapo">{escape(p.paras[0])}</p>
<div {V} class="article__meta"><span {V} class="article__author">Par <a {V} href="/auteur/{_slug(p.author)}">{escape(p.author)}</a></span> <span {V} class="article__date">Publié le <time {V} datetime="{d.isoformat()}">{_fr_date(d)}</time></span></div>
<div {V} class="share"><span {V}>Partager</span><a {V} href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}" class="share__fb">Facebook</a><a {V} href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}" class="share__tw">Twitter</a><a {V} href="whatsapp://send?text={base}{url[p.idx]}" class="share__wa">WhatsApp</a><button {V} class="share__copy">Copier le lien</button></div></header>
<div {V} class="article__body">{body_html(p, others)}</div>
<footer {V} class="article__footer"><ul {V} class="tags">{tags}</ul>
<div {V} class="newsletter-box"><p {V} class="newsletter-box__title">La lettre du matin</p><p {V}>L'actualité de votre secteur, du lundi au samedi, avant 7 heures.</p><form {V}><input {V} type="email" placeholder="Votre adresse e-mail"><button {V}>Je m'inscris</button></form></div></footer>
<section {V} class="comments"><h2 {V}>Réactions ({len(com)})</h2><ul {V}>{coms}</ul><p {V} class="comments__login">Pour réagir, <a {V} href="/offres">abonnez-vous</a> ou connectez-vous.</p></section>
<section {V} class="related"><h2 {V}>Sur le même sujet</h2>{"".join(teaser(q, "mini") for q in others[1:4])}</section></article>
<aside {V} class="sidebar"><h3 {V}>Les plus lus</h3><ol {V}>{"".join(f'<li {V}><a {V} href="{trk[q.idx]}">{escape(q.title)}</a></li>' for q in most_read)}</ol></aside></div>"""
        state = {
            "layout": "default",
            "data": [
                {
                    "article": {
                        "id": 5810400 + p.idx,
                        "title": p.title,
                        "publishedAt": d.isoformat(),
                        "section": p.section,
                        "author": {"name": p.author},
                        "chapo": p.paras[0],
                        "body": "".join(f"<p>{escape(x)}</p>" for x in p.paras[1:]),
                    }
                }
            ],
            "fetch": {},
            "error": None,
            "state": {"user": {"logged": False}, "consent": None},
            "serverRendered": True,
        }
        return shell(p.title, main, head, state)

    def amp_page(p):
        d = p.published
        return f"""<!doctype html><html ⚡ lang="fr"><head><meta charset="utf-8"><title>{escape(p.title)}</title><link rel="canonical" href="{base}{url[p.idx]}"><meta name="viewport" content="width=device-width,minimum-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{{visibility:hidden}}</style></head>
<body><header class="amp-header"><a href="/">{SITE}</a></header><amp-consent id="consent" layout="nodisplay"><div class="consent-ui">Nous utilisons des traceurs. <button on="tap:consent.accept">Accepter</button></div></amp-consent>
<article><h1>{escape(p.title)}</h1><p class="meta">Par {escape(p.author)} – {_fr_date(d)}</p><p class="chapo"><strong>{escape(p.paras[0])}</strong></p>
{"".join(f"<p>{escape(x)}</p>" for x in p.paras[1:])}<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp"></amp-ad>
<p class="amp-more"><a href="{url[p.idx]}">Voir la version complète et les réactions</a></p></article><footer>© {SITE}</footer></body></html>"""

    for p in posts:
        pages[url[p.idx]] = html(article(p))
        pages[trk[p.idx]] = pages[url[p.idx]]
        pages[amp[p.idx]] = html(amp_page(p))

    listing("/", "À la une", posts, 12)
    for s, n in SECTIONS.items():
        listing(f"/{s}", n, [p for p in posts if p.section == s], 6)
    for t, items in by_key(posts, lambda p: p.tags).items():
        listing(f"/tag/{_slug(t)}", t.capitalize(), items, 8)
    for a, items in by_key(posts, lambda p: p.author).items():
        listing(
            f"/auteur/{_slug(a)}",
            a,
            items,
            8,
            f'<p {V} class="author-bio">Journaliste à la rédaction de {SITE}.</p>',
        )
    months = by_month(posts)
    for (y, m), items in months.items():
        links = "".join(
            f'<a {V} href="/archives/{yy}/{mm:02d}">{MOIS[mm - 1]} {yy}</a> ' for yy, mm in months
        )
        listing(
            f"/archives/{y}/{m:02d}",
            f"Archives : {MOIS[m - 1]} {y}",
            items,
            20,
            f"<p {V}>{links}</p>",
        )
    for path, title, text in [
        (
            "/recherche",
            "Rechercher",
            f'<form {V} action="/recherche"><input {V} name="q" placeholder="Un mot-clé, une commune…"><button {V}>OK</button></form><p {V}>Saisissez au moins trois caractères.</p>',
        ),
        (
            "/offres",
            "Nos offres d'abonnement",
            f"<p {V}>Accès illimité au site et à l'application, la lettre du matin et l'édition numérique.</p>",
        ),
        (
            "/mentions-legales",
            "Mentions légales",
            f"<p {V}>Éditeur : SAS {SITE}. Directeur de la publication : le gérant. Hébergement : prestataire en France.</p>",
        ),
        (
            "/contact",
            "Nous contacter",
            f"<p {V}>La rédaction est joignable du lundi au vendredi par le formulaire ci-dessous.</p>",
        ),
    ]:
        pages[path] = html(shell(title, f'<h1 {V} class="page-title">{title}</h1>{text}'))

    maps = []
    for (y, m), items in months.items():
        path = f"/sitemaps/articles-{y}-{m:02d}.xml"
        pages[path] = sitemap(base, [(url[p.idx], p.published.isoformat()) for p in items])
        maps.append(path)
    pages["/sitemaps/news.xml"] = news_sitemap(
        base, SITE, "fr", [(url[p.idx], p) for p in posts[:6]]
    )
    pages["/sitemaps/rubriques.xml"] = sitemap(
        base, [("/", None)] + [(f"/{s}", None) for s in SECTIONS]
    )
    pages["/sitemap.xml"] = sitemap_index(
        base, [*maps, "/sitemaps/news.xml", "/sitemaps/rubriques.xml"]
    )
    pages["/robots.txt"] = robots(base, ["/sitemap.xml"], ["/recherche?", "/_nuxt/"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: [trk[p.idx], amp[p.idx]])
