"""concrete5 8 blog on the Elemental theme (fr, Europe/Paris): blog_entry pages, `?ccm_paging_p=N`."""

from __future__ import annotations

import random
from datetime import UTC
from html import escape

from benchmarks.unseen.common import (
    Site,
    by_key,
    by_month,
    chunks,
    html,
    make_posts,
    site_from,
    sitemap,
    thread,
)
from benchmarks.unseen.holdout3 import ascii_slug
from benchmarks.unseen.server import Resp

NAME = "concrete_fr"
TZ = "Europe/Paris"
SITE = "L'Éclaireur du Centre"
SECTIONS = ["Politique locale", "Transports", "Santé", "Éducation", "Environnement"]
AUTHORS = ["Julie Marchand", "Olivier Benoît", "Nadia Haddad", "La rédaction"]
NAMES = ["Jean-Luc", "Sophie R.", "un riverain", "Mireille Bastide", "Karim", "Pierre-Yves L."]
REMARKS = [
    "On nous promet ça depuis dix ans, je demande à voir.",
    "Merci pour cet article clair, on n'en entend pas parler ailleurs.",
    "Et qui va payer l'entretien ? Toujours les mêmes.",
    "J'habite juste à côté, la situation est vraiment devenue intenable.",
    "Enfin une bonne nouvelle pour le quartier.",
]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]  # fmt: skip


def _fr(dt) -> str:
    return f"{dt.day} {MOIS[dt.month - 1]} {dt.year}"


def _layout(title: str, main: str, page_cls: str = "ccm-page-blog-entry") -> str:
    nav = "".join(
        f'<li class=""><a href="{u}" target="_self" class="">{t}</a></li>'
        for t, u in [
            ("Accueil", "/"),
            ("Nouvelles", "/nouvelles"),
            ("Agenda", "/agenda"),
            ("À propos", "/a-propos"),
            ("Contact", "/contact"),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta http-equiv="X-UA-Compatible" content="IE=edge">
<link href="/application/files/cache/css/elemental/main.css?ts=1489400000" rel="stylesheet" type="text/css" media="all">
<title>{escape(SITE)} :: {escape(title)}</title>
<meta http-equiv="content-type" content="text/html; charset=UTF-8"/>
<meta name="generator" content="concrete5 - 8.1.0"/>
<script type="text/javascript">var CCM_DISPATCHER_FILENAME = "/index.php";var CCM_CID = 1;var CCM_EDIT_MODE = false;var CCM_ARRANGE_MODE = false;var CCM_IMAGE_PATH = "/concrete/images";var CCM_TOOLS_PATH = "/index.php/tools/required";var CCM_APPLICATION_URL = "";var CCM_REL = "";</script>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
</head><body>
<div class="{page_cls} page-template-right-sidebar ccm-page ccm-page-id-1 page-type-blog-entry">
<header><div class="container"><div class="row">
<div class="col-sm-4 col-xs-6"><div class="ccm-custom-style-container ccm-custom-style-sitename-27"><p><a href="/" id="header-site-title">{escape(SITE)}</a></p></div></div>
<div class="col-sm-5 col-xs-6"><nav class="ccm-responsive-navigation original"><ul>{nav}</ul></nav><div class="ccm-responsive-menu-launch"><i></i></div></div>
<div class="col-sm-3 col-xs-12"><form action="/recherche" method="get" class="ccm-search-block-form"><input name="search_paths[]" type="hidden" value="" /><input name="query" type="text" value="" class="ccm-search-block-text" /><input name="submit" type="submit" value="Rechercher" class="btn btn-default ccm-search-block-submit" /></form></div>
</div></div></header>
<main>{main}</main>
<footer id="footer-theme"><section><div class="container"><div class="row">
<div class="col-sm-3"><h3>À propos</h3><p>{escape(SITE)} est un journal d'information locale indépendant, fondé en 2004 par d'anciens journalistes de la presse quotidienne régionale.</p></div>
<div class="col-sm-3"><h3>Lettre d'information</h3><p>Recevez chaque vendredi l'essentiel de l'actualité de la semaine.</p><form action="/lettre" method="post"><input type="email" name="email" placeholder="Votre adresse électronique"><input type="submit" value="Je m'abonne" class="btn btn-primary"></form></div>
<div class="col-sm-3"><h3>Nous suivre</h3><div class="ccm-block-social-links"><ul class="list-inline"><li><a href="https://www.facebook.com/eclaireurducentre"><i class="fa fa-facebook"></i></a></li><li><a href="https://twitter.com/eclaireur_ctr"><i class="fa fa-twitter"></i></a></li></ul></div></div>
<div class="col-sm-3"><h3>Informations</h3><p><a href="/mentions-legales">Mentions légales</a><br><a href="/contact">Nous contacter</a></p></div>
</div></div></section>
<section id="ccm-cookies-disclosure"><p>Ce site utilise des cookies pour mesurer son audience. En poursuivant votre navigation, vous acceptez leur utilisation.</p><button class="btn">J'accepte</button></section>
<section class="footer-credits"><div class="container"><div class="row"><div class="col-sm-6"><span><a href="http://www.concrete5.org" title="concrete5 - open source content management system for PHP and MySQL">concrete5 - open source CMS</a> &copy; 2017</span></div><div class="col-sm-6"><span class="pull-right"><a href="/login" id="concrete5-brand">Se connecter</a></span></div></div></div></section>
</footer></div>
<script type="text/javascript" src="/concrete/js/jquery.js?ccm_nocache=1489400000"></script>
</body></html>"""


def build(base: str) -> Site:
    """All pages and the ground truth."""
    posts = make_posts(3606, "fr", 33, TZ, SECTIONS, AUTHORS, ["x"], midnight=False)
    rng = random.Random(36)
    order = sorted(posts, key=lambda p: p.published)
    handle = {p.idx: ascii_slug(p.title.replace("'", " ")) for p in posts}
    cid = {p.idx: 212 + 3 * k for k, p in enumerate(order)}
    url = {p.idx: f"/nouvelles/{handle[p.idx]}" for p in posts}
    topic_id = {s: 41 + i for i, s in enumerate(SECTIONS)}
    by_sec = by_key(posts, lambda p: p.section)
    months = by_month(posts)
    pages: dict = {}

    def topic_url(s: str) -> str:
        return f"/nouvelles/topic/{topic_id[s]}/{ascii_slug(s)}"

    def sidebar() -> str:
        topics = "".join(f'<li><a href="{topic_url(s)}">{escape(s)}</a></li>' for s in SECTIONS)
        arch = "".join(
            f'<li><a href="/nouvelles/{y}/{m:02d}">{MOIS[m - 1].capitalize()} {y}</a></li>'
            for (y, m) in months
        )
        recent = "".join(
            f'<div class="ccm-block-page-list-page-entry"><a href="{url[p.idx]}">{escape(p.title)}</a><div class="ccm-block-page-list-date">{_fr(p.published)}</div></div>'
            for p in posts[:4]
        )
        return (
            f'<div class="ccm-block-topic-list-wrapper"><div class="ccm-block-topic-list-header"><h5>Rubriques</h5></div><ol class="ccm-block-topic-list-list">{topics}</ol></div>'
            f'<div class="ccm-block-date-navigation-wrapper"><div class="ccm-block-date-navigation-header"><h5>Archives</h5></div><ul class="ccm-block-date-navigation-dates"><li><a href="/nouvelles">Tout voir</a></li>{arch}</ul></div>'
            f'<div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header"><h5>Articles récents</h5></div><div class="ccm-block-page-list-pages">{recent}</div></div>'
        )

    for k, p in enumerate(order):
        u = url[p.idx]
        coms = thread(rng, NAMES, REMARKS, p.published, 0, 4)
        msgs = "".join(
            f"""<div data-conversation-message-id="{cid[p.idx] * 10 + j}" data-conversation-message-level="0" class="message ccm-conversation-message ccm-conversation-message-level0">
<div class="ccm-conversation-message-user"><div class="ccm-conversation-avatar"><img src="/concrete/images/avatar_none.png" alt="" class="u-avatar"></div>
<div class="ccm-conversation-message-byline"><span class="ccm-conversation-message-username">{escape(n)}</span><span class="ccm-conversation-message-divider">|</span><span class="ccm-conversation-message-date">{_fr(w)} à {w:%H:%M}</span></div></div>
<div class="ccm-conversation-message-body"><p>{escape(t)}</p></div>
<div class="ccm-conversation-message-controls"><div class="message-attachments"></div><ul><li><a href="#" data-submit="flag-conversation-message" data-conversation-message-id="{cid[p.idx] * 10 + j}">Signaler</a></li><li><a href="#" data-toggle="conversation-reply" data-post-parent-id="{cid[p.idx] * 10 + j}">Répondre</a></li></ul>
<span class="control-divider"> | </span><ul class="nav nav-pills cnv-social-share"><li class="ccm-conversation-message-social-share">Partager</li></ul></div></div>"""
            for j, (n, w, t) in enumerate(coms)
        )
        mid = max(1, len(p.paras) // 2)
        prev_ = order[k - 1] if k else None
        next_ = order[k + 1] if k + 1 < len(order) else None
        main = f"""<div class="container"><div class="row"><div class="col-sm-8 col-content">
<div class="ccm-block-page-title-byline"><h1 class="page-title">{escape(p.title)}</h1>
<span class="page-date">{_fr(p.published)}</span>
<span class="page-author">{escape(p.author)}</span></div>
<p>{"</p><p>".join(escape(x) for x in p.paras[:mid])}</p>
<picture><img src="/application/files/{cid[p.idx]}/{handle[p.idx][:20]}.jpg" alt="" width="750" height="422" class="ccm-image-block img-responsive bID-{cid[p.idx] + 900}"></picture>
<p>{"</p><p>".join(escape(x) for x in p.paras[mid:])}</p>
<div class="ccm-block-topic-list-wrapper"><div class="ccm-block-topic-list-page-topics"><a href="{topic_url(p.section)}" class="ccm-block-topic-list-topic-selected">{escape(p.section)}</a></div></div>
</div><div class="col-sm-offset-1 col-sm-3 col-sidebar">{sidebar()}</div></div></div>
<div class="area-content-accent"><div class="container"><div class="row"><div class="col-sm-8">
<div class="ccm-block-share-this-page"><ul class="list-inline">
<li><a href="https://www.facebook.com/sharer/sharer.php?u={base}{u}" target="_blank" aria-label="Facebook"><i class="fa fa-facebook"></i></a></li>
<li><a href="https://twitter.com/intent/tweet?url={base}{u}" target="_blank" aria-label="Twitter"><i class="fa fa-twitter"></i></a></li>
<li><a href="https://www.linkedin.com/shareArticle?mini-true&amp;url={base}{u}" target="_blank" aria-label="LinkedIn"><i class="fa fa-linkedin-square"></i></a></li>
<li><a href="mailto:?body=Voici%20un%20article%20%C3%A0%20lire%20:%20{base}{u}" aria-label="Courriel"><i class="fa fa-envelope"></i></a></li></ul></div>
<div class="ccm-block-next-previous-wrapper"><div class="ccm-block-next-previous-header"><h5>Naviguer</h5></div>
{f'<p class="ccm-block-next-previous-previous-link"><a href="{url[prev_.idx]}">« Article précédent</a></p>' if prev_ else ""}
<p class="ccm-block-next-previous-parent-link"><a href="/nouvelles">Retour aux nouvelles</a></p>
{f'<p class="ccm-block-next-previous-next-link"><a href="{url[next_.idx]}">Article suivant »</a></p>' if next_ else ""}</div>
<div class="ccm-conversation-wrapper ccm-ui" id="ccm-conversation-{cid[p.idx]}"><div class="ccm-conversation-add-new-message" rel="main-reply-form">
<form method="post" class="main-reply-form"><div class="ccm-conversation-message-form"><div class="ccm-conversation-avatar"><img src="/concrete/images/avatar_none.png" alt="" class="u-avatar"></div>
<div class="ccm-conversation-message-body"><p>Ajouter un message</p><div class="form-group"><label class="control-label">Nom complet</label><input type="text" name="cnvMessageAuthorName" class="form-control"></div>
<div class="form-group"><label class="control-label">Adresse électronique</label><input type="email" name="cnvMessageAuthorEmail" class="form-control"></div>
<textarea id="cnvMessageBody" name="cnvMessageBody"></textarea><button type="button" data-submit="conversation-message" class="pull-right btn btn-submit btn-primary">Publier</button></div></div></form></div>
<div class="ccm-conversation-message-list ccm-conversation-messages-threaded"><div class="ccm-conversation-messages-header"><h4>{len(coms)} message{"s" if len(coms) != 1 else ""}</h4>
<select class="form-control pull-right ccm-sort-conversations"><option value="date_asc">Les plus anciens d'abord</option><option value="date_desc">Les plus récents d'abord</option></select></div>
<div class="ccm-conversation-no-messages well well-small" style="{"" if not coms else "display: none"}">Aucun message dans cette conversation.</div>
<div class="ccm-conversation-messages">{msgs}</div></div></div>
</div></div></div></div>"""
        page = html(_layout(p.title, main))
        pages[u] = page
        pages["/index.php" + u] = page  # pretty URLs are optional in concrete5: both forms answer
        pages[f"/index.php?cID={cid[p.idx]}"] = page

    def entry(p, link: str) -> str:
        return f"""<div class="ccm-block-page-list-page-entry-horizontal"><div class="ccm-block-page-list-page-entry-thumbnail"><a href="{link}"><img src="/application/files/thumbnails/blog_entry_thumbnail/{cid[p.idx]}.jpg" alt="" width="200" height="130" /></a></div>
<div class="ccm-block-page-list-page-entry-text"><div class="ccm-block-page-list-title"><a href="{link}" target="_self">{escape(p.title)}</a></div>
<div class="ccm-block-page-list-date">{_fr(p.published)}</div><div class="ccm-block-page-list-description">{escape(p.paras[0][:180])}…</div>
<div class="ccm-block-page-list-page-entry-read-more"><a href="{link}" target="_self" class="ccm-block-page-list-read-more">Lire la suite</a></div></div></div>"""

    def blog_index(path: str, items: list, heading: str, link) -> None:
        parts = chunks(items, 8)
        for k, chunk in enumerate(parts):
            sep = "&" if "?" in path else "?"
            lis = "".join(
                f'<li class="active"><span>{j + 1} <span class="sr-only">(current)</span></span></li>'
                if j == k
                else f'<li><a href="{path}{f"{sep}ccm_paging_p={j + 1}" if j else ""}">{j + 1}</a></li>'
                for j in range(len(parts))
            )
            prev_li = (
                f'<li class="prev"><a href="{path}{f"{sep}ccm_paging_p={k}" if k > 1 else ""}">&larr; Précédent</a></li>'
                if k
                else '<li class="prev disabled"><span>&larr; Précédent</span></li>'
            )
            next_li = (
                f'<li class="next"><a href="{path}{sep}ccm_paging_p={k + 2}">Suivant &rarr;</a></li>'
                if k + 1 < len(parts)
                else '<li class="next disabled"><span>Suivant &rarr;</span></li>'
            )
            main = (
                f'<div class="container"><div class="row"><div class="col-sm-8 col-content"><div class="ccm-block-page-list-wrapper">'
                f'<div class="ccm-block-page-list-header"><h5>{escape(heading)}</h5></div><div class="ccm-block-page-list-pages">{"".join(entry(p, link(p)) for p in chunk)}</div></div>'
                f'<div class="ccm-pagination-wrapper"><ul class="pagination">{prev_li}{lis}{next_li}</ul></div>'
                f'</div><div class="col-sm-offset-1 col-sm-3 col-sidebar">{sidebar()}</div></div></div>'
            )
            pages[path + (f"{sep}ccm_paging_p={k + 1}" if k else "")] = html(
                _layout(heading, main, "ccm-page-blog")
            )

    blog_index("/nouvelles", posts, "Nouvelles", lambda p: url[p.idx])
    for s in SECTIONS:
        blog_index(topic_url(s), by_sec.get(s, []), s, lambda p: "/index.php" + url[p.idx])
    for (y, m), items in months.items():
        blog_index(
            f"/nouvelles/{y}/{m:02d}",
            items,
            f"{MOIS[m - 1].capitalize()} {y}",
            lambda p: f"/index.php?cID={cid[p.idx]}",
        )
    home = (
        '<div class="ccm-block-image-slider-wrapper"><div class="ccm-image-slider-container"><div class="ccm-image-slider-text">'
        f"<h2>Bienvenue sur {escape(SITE)}</h2><p>L'actualité de nos villes, chaque jour.</p></div></div></div>"
        f'<div class="container"><div class="row"><div class="col-sm-8 col-content"><h2>À la une</h2><div class="ccm-block-page-list-pages">{"".join(entry(p, url[p.idx]) for p in posts[:5])}</div>'
        f'<p><a href="/nouvelles" class="btn btn-primary">Toutes les nouvelles</a></p></div><div class="col-sm-offset-1 col-sm-3 col-sidebar">{sidebar()}</div></div></div>'
    )
    pages["/"] = html(_layout("Accueil", home, "ccm-page-home"))
    for path, t, text in [
        (
            "/agenda",
            "Agenda",
            "<p>Retrouvez ici les rendez-vous de la semaine : conseils municipaux, réunions publiques et manifestations.</p>",
        ),
        (
            "/a-propos",
            "À propos",
            "<p>Notre rédaction compte quatre journalistes et une dizaine de correspondants locaux.</p>",
        ),
        (
            "/contact",
            "Contact",
            '<form method="post" action="/contact"><label>Votre nom</label><input name="nom"><label>Message</label><textarea name="message"></textarea><input type="submit" value="Envoyer"></form>',
        ),
        (
            "/mentions-legales",
            "Mentions légales",
            "<p>Directeur de la publication : Olivier Benoît. Hébergement : OVH, Roubaix.</p>",
        ),
        ("/recherche", "Recherche", "<p>Saisissez un ou plusieurs mots-clés.</p>"),
        (
            "/login",
            "Se connecter",
            '<form method="post"><label>Adresse électronique</label><input name="uName"><label>Mot de passe</label><input type="password" name="uPassword"><button class="btn btn-primary">Se connecter</button></form>',
        ),
        (
            "/lettre",
            "Lettre d'information",
            "<p>Merci ! Vérifiez votre boîte de réception pour confirmer votre abonnement.</p>",
        ),
    ]:
        pages[path] = html(
            _layout(
                t,
                f'<div class="container"><div class="row"><div class="col-sm-12"><h1 class="page-title">{t}</h1>{text}</div></div></div>',
                "ccm-page-full",
            )
        )
    pages["/application/files/cache/css/elemental/main.css?ts=1489400000"] = Resp(
        b"body{}", "text/css"
    )
    stamp = "%Y-%m-%dT%H:%M:%S+00:00"
    entries: list[tuple[str, str | None]] = [("/", None), ("/nouvelles", None)]
    entries += [(url[p.idx], p.published.astimezone(UTC).strftime(stamp)) for p in posts]
    entries += [("/a-propos", None), ("/contact", None)]
    pages["/sitemap.xml"] = sitemap(base, entries)
    pages["/robots.txt"] = Resp(
        b"User-agent: *\nDisallow: /application/attributes\nDisallow: /application/authentication\nDisallow: /application/bootstrap\n"
        b"Disallow: /application/config\nDisallow: /application/controllers\nDisallow: /application/elements\nDisallow: /application/helpers\n"
        b"Disallow: /application/jobs\nDisallow: /application/languages\nDisallow: /application/mail\nDisallow: /application/models\n"
        b"Disallow: /application/page_types\nDisallow: /application/single_pages\nDisallow: /application/tools\nDisallow: /application/views\n"
        b"Disallow: /ccm/system/captcha/picture\nDisallow: /concrete\nDisallow: /updates\n",
        "text/plain;charset=UTF-8",
    )
    return site_from(
        NAME,
        posts,
        lambda p: url[p.idx],
        pages,
        lambda p: ["/index.php" + url[p.idx], f"/index.php?cID={cid[p.idx]}"],
    )
