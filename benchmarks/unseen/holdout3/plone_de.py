"""Plone 4.3 Sunburst news site (de, Europe/Berlin): News Items, `?b_start:int=` batches, Atom feed."""

from __future__ import annotations

import random
from datetime import timedelta
from html import escape
from urllib.parse import quote

from benchmarks.unseen.common import Site, atom, by_key, chunks, html, make_posts, site_from, thread
from benchmarks.unseen.holdout3 import ascii_slug
from benchmarks.unseen.server import Resp

NAME = "plone_de"
TZ = "Europe/Berlin"
SITE = "Salzach-Bote"
SECTIONS = ["Gemeinde", "Verkehr", "Gesundheit", "Wirtschaft"]
SUBJECTS = ["Gemeinderat", "Verkehr", "Budget", "Bauprojekte", "Spital", "Bürgerbeteiligung"]
AUTHORS = {"mhuber": "Maria Huber", "fgruber": "Florian Gruber", "redaktion": "Redaktion"}
NAMES = [
    "Herbert K.",
    "Sabine Moser",
    "Leserin aus Freilassing",
    "Josef Brandstätter",
    "G. Wimmer",
    "Anna P.",
]
REMARKS = [
    "Das wird seit Jahren versprochen, passiert ist bisher nichts.",
    "Danke für den ausführlichen Bericht aus der Sitzung.",
    "Wer zahlt am Ende die laufenden Kosten? Wie immer wir.",
    "Ich wohne gleich daneben und kann das nur bestätigen.",
    "Endlich bewegt sich etwas, auch wenn es spät kommt.",
]
UMLAUT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def _plone_id(title: str) -> str:
    """plone.i18n's URL normalizer for German: umlauts spelled out, cut at 50 characters."""
    s = ascii_slug(title.translate(UMLAUT))
    while len(s) > 50 and "-" in s:
        s = s.rsplit("-", 1)[0]
    return s


def _d(dt) -> str:
    return dt.strftime("%d.%m.%Y %H:%M")


def _layout(
    title: str,
    content: str,
    crumbs: list[tuple[str, str]],
    right: str,
    head: str = "",
    section: str = "nachrichten",
    body_cls: str = "",
) -> str:
    tabs = "".join(
        f'<li id="portaltab-{tid}" class="{"selected" if tid == section else "plain"}"><a href="{href}" title="">{label}</a></li>'
        for tid, href, label in [
            ("index_html", "/", "Startseite"),
            ("nachrichten", "/nachrichten", "Nachrichten"),
            ("termine", "/termine", "Termine"),
            ("ueber-uns", "/ueber-uns", "Über uns"),
        ]
    )
    bc = "".join(
        f'<span id="breadcrumbs-{i + 1}" dir="ltr">'
        + (
            f'<a href="{u}">{escape(t)}</a><span class="breadcrumbSeparator">→</span>'
            if u
            else f'<span id="breadcrumbs-current">{escape(t)}</span>'
        )
        + "</span>"
        for i, (t, u) in enumerate(crumbs)
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="de" xml:lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<base href="/" /><!--[if lt IE 7]></base><![endif]-->
<title>{escape(title)}</title>{head}
<link rel="stylesheet" type="text/css" href="/portal_css/Sunburst%20Theme/reset-cachekey-4f2c.css" media="screen" />
<link rel="alternate" href="/nachrichten/atom.xml" title="{SITE} - Atom" type="application/atom+xml" />
<link rel="search" href="/@@search" title="Website durchsuchen" /><meta name="generator" content="Plone - http://plone.org" />
</head><body class="template-{body_cls or "document_view"} portaltype-news-item site-salzachbote section-{section} icons-on userrole-anonymous" dir="ltr">
<div id="visual-portal-wrapper"><div id="portal-top" class="row"><div class="cell width-full position-0">
<div id="portal-header"><p class="hiddenStructure"><a accesskey="2" href="#content">Direkt zum Inhalt.</a> | <a accesskey="6" href="#portal-globalnav">Direkt zur Navigation</a></p>
<div id="portal-personaltools-wrapper"><p class="hiddenStructure">Benutzerspezifische Werkzeuge</p><dl class="actionMenu deactivated" id="portal-personaltools"><dt class="actionMenuHeader"><a id="user-name" href="/login_form">Anmelden</a></dt></dl></div>
<div id="portal-searchbox"><form id="searchGadget_form" action="/@@search"><div class="LSBox"><label class="hiddenStructure" for="searchGadget">Website durchsuchen</label><input name="SearchableText" type="text" size="18" title="Website durchsuchen" placeholder="Website durchsuchen" accesskey="4" class="searchField" id="searchGadget" /><input class="searchButton" type="submit" value="Suche" /></div></form></div>
<a id="portal-logo" title="{SITE}" accesskey="1" href="/"><img src="/logo.png" alt="{SITE}" title="{SITE}" height="56" width="215" /></a>
<p class="hiddenStructure">Bereiche</p><ul id="portal-globalnav">{tabs}</ul></div></div></div>
<div id="portal-columns" class="row">
<div id="portal-column-content" class="cell width-3:4 position-0">
<div id="viewlet-above-content"><div id="portal-breadcrumbs"><span id="breadcrumbs-you-are-here">Sie sind hier:</span> <span id="breadcrumbs-home"><a href="/">Startseite</a><span class="breadcrumbSeparator">→</span></span>{bc}</div></div>
<div id="content">{content}</div></div>
<div id="portal-column-two" class="cell width-1:4 position-3:4">{right}</div></div>
<div id="portal-footer-wrapper" class="row"><div class="cell width-full position-0">
<div id="portal-footer"><p>Das <a href="http://plone.org">Plone<sup>®</sup> Open Source CMS/WCM</a> ist <abbr title="Copyright">©</abbr> 2000-2017 by the <a href="http://plone.org/foundation">Plone Foundation</a> und Freunde. Vertrieben unter der <a href="http://creativecommons.org/licenses/GPL/2.0/">GNU GPL Lizenz</a>.</p></div>
<div id="portal-colophon"><a href="http://plone.org" title="This Plone site was built using the Plone Open Source CMS/WCM.">Powered by Plone &amp; Python</a></div>
<ul id="portal-siteactions"><li id="siteaction-sitemap"><a href="/sitemap" accesskey="3" title="Übersicht">Übersicht</a></li><li id="siteaction-accessibility"><a href="/accessibility-info" accesskey="0" title="Barrierefreiheit">Barrierefreiheit</a></li><li id="siteaction-contact"><a href="/contact-info" accesskey="9" title="Kontakt">Kontakt</a></li></ul>
<div class="cookie-hinweis" id="cookieHint"><p>Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, stimmen Sie der Verwendung von Cookies zu. <a href="/ueber-uns/datenschutz">Mehr erfahren</a></p><button>OK</button></div>
</div></div></div></body></html>"""


def build(base: str) -> Site:
    """All pages and the ground truth."""
    posts = make_posts(3505, "de", 27, TZ, SECTIONS, list(AUTHORS.values()), SUBJECTS)
    rng = random.Random(35)
    pid: dict[int, str] = {}
    for p in sorted(posts, key=lambda p: p.published):  # Plone appends -1, -2 to a taken id
        base_id, n = _plone_id(p.title), 0
        while (base_id if not n else f"{base_id}-{n}") in pid.values():
            n += 1
        pid[p.idx] = base_id if not n else f"{base_id}-{n}"
    url = {p.idx: f"/nachrichten/{pid[p.idx]}" for p in posts}
    uid_of = {v: k for k, v in AUTHORS.items()}
    by_subject = by_key(posts, lambda p: p.tags)
    pages: dict = {}
    twins: dict[int, list[str]] = {p.idx: [] for p in posts}

    def right() -> str:
        items = "".join(
            f'<dd class="portletItem {"odd" if i % 2 else "even"}"><a href="{url[p.idx]}" class="tile contenttype-news-item" title="{escape(p.paras[0][:120])}">'
            f'<img src="/newsitem_icon.png" alt="Nachricht" class="image-icon" width="16" height="16" />{escape(p.title)}<span class="portletItemDetails">{p.published:%d.%m.%Y}</span></a></dd>'
            for i, p in enumerate(posts[:5])
        )
        return (
            f'<dl class="portlet portletNews"><dt class="portletHeader"><span class="portletTopLeft"></span><a href="/nachrichten" class="tile">Nachrichten</a><span class="portletTopRight"></span></dt>{items}'
            '<dd class="portletFooter"><a href="/nachrichten" class="tile">Weitere Nachrichten…</a><span class="portletBottomLeft"></span><span class="portletBottomRight"></span></dd></dl>'
            '<dl class="portlet portletStaticText portlet-static-newsletter"><dt class="portletHeader"><span class="portletTopLeft"></span><span>Newsletter</span><span class="portletTopRight"></span></dt>'
            '<dd class="portletItem odd"><p>Die wichtigsten Meldungen aus dem Rupertiwinkel jeden Freitag per E-Mail.</p><form action="/newsletter"><input type="text" name="email" /><input type="submit" class="context" value="Abonnieren" /></form></dd></dl>'
        )

    def byline(p) -> str:
        mod = p.published + timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59))
        uid = uid_of[p.author]
        return (
            f'<div class="documentByLine" id="plone-document-byline"><span class="documentAuthor">von <a href="/author/{uid}">{escape(p.author)}</a></span>'
            f' — <span class="documentPublished"><span>veröffentlicht</span> {_d(p.published)}</span>,'
            f' <span class="documentModified"><span>zuletzt verändert:</span> {_d(mod)}</span></div>'
        )

    for p in posts:
        u = url[p.idx]
        subj = "".join(
            f'<span><a href="/@@search?Subject%3Alist={quote(s)}" class="link-category" rel="tag">{escape(s)}</a></span> '
            for s in p.tags
        )
        rel = [q for q in posts if q is not p and q.section == p.section][:3]
        for q in rel:
            if f"{url[q.idx]}/view" not in twins[q.idx]:
                twins[q.idx].append(f"{url[q.idx]}/view")
        related = "".join(
            f'<li><a href="{url[q.idx]}/view" class="state-published" title="{escape(q.paras[0][:100])}"><img src="/newsitem_icon.png" alt="Nachricht" />{escape(q.title)}</a></li>'
            for q in rel
        )
        coms = thread(rng, NAMES, REMARKS, p.published, 0, 5)
        discussion = "".join(
            f"""<div class="comment replyTreeLevel0 state-published" style="margin-left: 0em;" id="{1489000000000 + p.idx * 100 + j}">
<div class="commentImage"><img src="/defaultUser.png" alt="" class="defaultUser" width="32" height="32" /></div>
<h3><a name="{1489000000000 + p.idx * 100 + j}"></a><span>{escape(n)}</span> <span> sagt:</span></h3>
<div class="documentByLine">{_d(w)}</div><div class="commentBody"><span><p>{escape(t)}</p></span>
<div class="commentActions"><button class="context reply-to-comment-button hide allowMultiSubmit">Antworten</button></div></div></div>"""
            for j, (n, w, t) in enumerate(coms)
        )
        head = (
            f'<meta name="description" content="{escape(p.paras[0][:200])}" />'
            f'<meta name="DC.description" content="{escape(p.paras[0][:200])}" /><meta name="DC.format" content="text/plain" />'
            f'<meta name="DC.type" content="Nachricht" /><meta name="DC.date.modified" content="{p.published.isoformat()}" />'
            f'<meta name="DC.date.created" content="{p.published.isoformat()}" /><meta name="DC.language" content="de" />'
            f'<meta name="DC.creator" content="{uid_of[p.author]}" /><meta name="keywords" content="{escape(", ".join(p.tags))}" />'
        )
        body = "\n".join(f"<p>{escape(x)}</p>" for x in p.paras[1:])
        content = f"""<div id="viewlet-above-content-title"></div>
<h1 id="parent-fieldname-title" class="documentFirstHeading">{escape(p.title)}</h1>
<div id="viewlet-below-content-title">{byline(p)}</div>
<div id="parent-fieldname-description" class="documentDescription">{escape(p.paras[0])}</div>
<div id="content-core"><div class="newsImageContainer"><a href="{u}/image/image_view_fullscreen" id="parent-fieldname-image"><img src="{u}/image_mini" alt="{escape(p.title)}" title="{escape(p.title)}" height="200" width="200" class="newsImage" /><br /></a>
<p class="discreet">Foto: {escape(p.author)}</p></div>
<div id="parent-fieldname-text-{rng.getrandbits(64):016x}" class="plain">{body}</div></div>
<div id="viewlet-below-content"><div class="documentActions"><p class="hiddenStructure">Dokumentaktionen</p><ul>
<li id="document-action-sendto"><a href="{u}/sendto_form" title="">Senden an</a></li><li id="document-action-print"><a href="javascript:this.print();" title="">Drucken</a></li></ul></div>
<div id="category" class="documentByLine">Schlagwörter: {subj}</div>
<div class="visualClear"></div><div class="relatedItems"><dl id="relatedItemBox"><dt>Verwandte Inhalte</dt><dd><ul class="visualNoMarker">{related}</ul></dd></dl></div>
<div class="discussion">{discussion}</div>
<div class="reply"><form id="form" action="{u}/@@view" method="post" enctype="multipart/form-data"><fieldset><legend>Kommentar hinzufügen</legend>
<p class="discreet">Sie können einen Kommentar hinzufügen, indem Sie das untenstehende Formular ausfüllen. Nur einfacher Text. Web- und E-Mail-Adressen werden in anklickbare Links umgewandelt. Kommentare werden vor der Veröffentlichung moderiert.</p>
<div class="field"><label for="form-widgets-author_name">Name</label><input id="form-widgets-author_name" name="form.widgets.author_name" type="text" /></div>
<div class="field"><label for="form-widgets-comment-text">Kommentar</label><textarea id="form-widgets-comment-text" name="form.widgets.text" rows="8"></textarea></div>
<div class="formControls"><input id="form-buttons-comment" name="form.buttons.comment" class="submit-widget button-field context" value="Kommentar" type="submit" /></div></fieldset></form></div></div>"""
        page = html(
            _layout(
                f"{p.title} — {SITE}",
                content,
                [("Nachrichten", "/nachrichten"), (p.title, "")],
                right(),
                head,
                body_cls="newsitem_view",
            )
        )
        pages[u] = page
        pages[u + "/image/image_view_fullscreen"] = html(
            f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8" /><title>{escape(p.title)}</title></head><body><div id="content-header"><a href="{u}">« Zurück zu {escape(p.title)}</a></div><div id="content"><img src="{u}/image" alt="{escape(p.title)}" /></div></body></html>'
        )
        pages[u + "/sendto_form"] = html(
            _layout(
                f"{p.title} — {SITE}",
                f'<h1 class="documentFirstHeading">Diese Seite an jemanden senden</h1><p class="documentDescription">Füllen Sie dieses Formular aus, um einen Hinweis auf diese Seite an jemanden zu senden.</p><form action="{u}/sendto_form" method="post"><label>E-Mail-Adresse des Empfängers</label><input name="send_to_address" /><label>Ihre E-Mail-Adresse</label><input name="send_from_address" /><label>Kommentar</label><textarea name="comment"></textarea><input type="submit" class="context" value="Senden" /></form>',
                [("Nachrichten", "/nachrichten"), (p.title, u), ("Senden an", "")],
                right(),
                body_cls="sendto_form",
            )
        )
    for p in posts:
        for t in twins[p.idx]:
            pages[t] = pages[url[p.idx]]

    def tile(p, suffix: str = "") -> str:
        return (
            f'<div class="tileItem visualIEFloatFix"><a href="{url[p.idx]}{suffix}"><img src="{url[p.idx]}/image_thumb" alt="" class="tileImage" height="96" width="128" /></a>'
            f'<h2 class="tileHeadline"><a href="{url[p.idx]}{suffix}" class="summary url">{escape(p.title)}</a></h2>'
            f'<div class="documentByLine"><span class="documentAuthor">von <a href="/author/{uid_of[p.author]}">{escape(p.author)}</a></span> — <span class="documentModified">zuletzt verändert {p.published:%d.%m.%Y %H:%M}</span></div>'
            f'<p class="tileBody"><span class="description">{escape(p.paras[0])}</span></p>'
            f'<p class="tileFooter"><a href="{url[p.idx]}{suffix}">Mehr…</a></p><div class="visualClear"><!-- --></div></div>'
        )

    parts = chunks(posts, 10)
    for k, chunk in enumerate(parts):
        bar = '<div class="listingBar">'
        if k:
            bar += f'<span class="previous"><a href="/nachrichten?b_start:int={(k - 1) * 10}">« Vorherige 10 Elemente</a></span>'
        if k + 1 < len(parts):
            bar += f'<span class="next"><a href="/nachrichten?b_start:int={(k + 1) * 10}">Nächste {min(10, len(posts) - (k + 1) * 10)} Elemente »</a></span>'
        bar += (
            " ".join(
                f"[{j + 1}]"
                if j == k
                else f'<a href="/nachrichten?b_start:int={j * 10}">{j + 1}</a>'
                for j in range(len(parts))
            )
            + "</div>"
        )
        content = f'<h1 class="documentFirstHeading">Nachrichten</h1><div class="documentDescription">Aktuelle Meldungen aus Laufen und dem Rupertiwinkel</div><div id="content-core">{"".join(tile(p) for p in chunk)}{bar}</div>'
        pages["/nachrichten" + (f"?b_start:int={k * 10}" if k else "")] = html(
            _layout(
                f"Nachrichten — {SITE}",
                content,
                [("Nachrichten", "")],
                right(),
                body_cls="summary_view",
            )
        )
        if not k:  # the batch bar's first page is the folder itself
            pages["/nachrichten?b_start:int=0"] = pages["/nachrichten"]

    def results(query: str, items: list, term: str = "") -> Resp:
        suffix = f"?searchterm={quote(term)}" if term else ""
        if term:
            for p in items:
                if f"{url[p.idx]}{suffix}" not in twins[p.idx]:
                    twins[p.idx].append(f"{url[p.idx]}{suffix}")
        rows = "".join(
            f'<dt class="contenttype-news-item"><img src="/newsitem_icon.png" alt="Nachricht" /><a href="{url[p.idx]}{suffix}" class="state-published">{escape(p.title)}</a></dt>'
            f'<dd><span class="discreet">von {escape(p.author)} — <span class="documentModified">zuletzt verändert {p.published:%d.%m.%Y %H:%M}</span></span><p class="discreet croppedDescription">{escape(p.paras[0][:160])}…</p></dd>'
            for p in items
        )
        return html(
            _layout(
                f"Suchergebnisse — {SITE}",
                f'<h1 class="documentFirstHeading">Suchergebnisse</h1><p id="search-results-number"><strong>{len(items)}</strong> Elemente entsprechen Ihren Suchkriterien.</p><div id="search-results"><dl class="searchResults">{rows}</dl></div>',
                [("Suche", "")],
                right(),
                section="index_html",
                body_cls="search",
            )
        )

    for s, items in by_subject.items():
        pages[f"/@@search?Subject%3Alist={quote(s)}"] = results(s, items)
    pages["/@@search"] = html(
        _layout(
            f"Suche — {SITE}",
            '<h1 class="documentFirstHeading">Suchergebnisse</h1><form action="/@@search"><input name="SearchableText" /><input type="submit" value="Suche" /></form><p>Keine Ergebnisse gefunden.</p>',
            [("Suche", "")],
            right(),
            section="index_html",
            body_cls="search",
        )
    )
    popular_terms = ["Gemeinderat", "Bahnhof", "Spital"]
    for term in popular_terms:
        hits = [
            p for p in posts if any(term.lower() in x.lower() for x in [p.title, *p.paras])
        ] or posts[:3]
        pages[f"/@@search?SearchableText={quote(term)}"] = results(term, hits[:10], term)
    for p in posts:
        for t in twins[p.idx]:
            pages[t] = pages[url[p.idx]]
    for uid, name in AUTHORS.items():
        mine = [p for p in posts if p.author == name]
        rows = "".join(
            f'<li><a href="{url[p.idx]}">{escape(p.title)}</a> <span class="discreet">{p.published:%d.%m.%Y}</span></li>'
            for p in mine[:10]
        )
        pages[f"/author/{uid}"] = html(
            _layout(
                f"{name} — {SITE}",
                f'<h1 class="documentFirstHeading">{name}</h1><div class="documentDescription">Redakteur/in beim {SITE}</div><h2>Neueste Beiträge</h2><ul>{rows}</ul>',
                [(name, "")],
                right(),
                section="index_html",
                body_cls="author",
            )
        )
    home = (
        '<h1 class="documentFirstHeading">Willkommen beim Salzach-Boten</h1><div class="documentDescription">Lokale Nachrichten aus Laufen und dem Rupertiwinkel seit 1998.</div>'
        f'<div id="content-core">{"".join(tile(p) for p in posts[:5])}'
        "<p>Häufig gesucht: "
        + " ".join(f'<a href="/@@search?SearchableText={quote(t)}">{t}</a>' for t in popular_terms)
        + "</p></div>"
    )
    pages["/"] = html(
        _layout(SITE, home, [], right(), section="index_html", body_cls="document_view")
    )
    for path, t, text in [
        ("/termine", "Termine", "<p>Aktuell sind keine Termine eingetragen.</p>"),
        (
            "/ueber-uns",
            "Über uns",
            "<p>Der Salzach-Bote ist eine unabhängige Regionalzeitung. Die Redaktion sitzt in der Laufener Altstadt.</p>",
        ),
        (
            "/ueber-uns/datenschutz",
            "Datenschutz",
            "<p>Wir speichern nur die Daten, die für den Betrieb der Website nötig sind.</p>",
        ),
        (
            "/sitemap",
            "Übersicht",
            '<ul class="sitemap"><li><a href="/nachrichten">Nachrichten</a></li><li><a href="/termine">Termine</a></li><li><a href="/ueber-uns">Über uns</a></li></ul>',
        ),
        (
            "/accessibility-info",
            "Barrierefreiheit",
            "<p>Diese Website folgt den Richtlinien für barrierefreie Webinhalte.</p>",
        ),
        (
            "/contact-info",
            "Kontakt",
            '<form action="/contact-info"><label>Name</label><input name="sender_fullname" /><label>Nachricht</label><textarea name="message"></textarea><input type="submit" value="Senden" /></form>',
        ),
        (
            "/login_form",
            "Anmelden",
            '<form action="/login_form" method="post"><label>Benutzername</label><input name="__ac_name" /><label>Passwort</label><input type="password" name="__ac_password" /><input type="submit" value="Anmelden" /></form>',
        ),
        (
            "/newsletter",
            "Newsletter",
            "<p>Vielen Dank für Ihr Interesse. Bitte bestätigen Sie Ihre E-Mail-Adresse.</p>",
        ),
    ]:
        pages[path] = html(
            _layout(
                f"{t} — {SITE}",
                f'<h1 class="documentFirstHeading">{t}</h1><div id="content-core">{text}</div>',
                [(t, "")],
                right(),
                section="index_html",
            )
        )
    pages["/portal_css/Sunburst%20Theme/reset-cachekey-4f2c.css"] = Resp(b"body{}", "text/css")
    pages["/portal_css/Sunburst Theme/reset-cachekey-4f2c.css"] = pages[
        "/portal_css/Sunburst%20Theme/reset-cachekey-4f2c.css"
    ]
    pages["/nachrichten/atom.xml"] = atom(
        base, f"{SITE} - Nachrichten", [(url[p.idx], p) for p in posts[:15]]
    )
    pages["/robots.txt"] = Resp(
        f"Sitemap: {base}/sitemap.xml.gz\n\n# Define access-restrictions for robots/spiders\n# http://www.robotstxt.org/wc/norobots.html\n\n"
        "# By default we allow robots to access all areas of our site\n# already accessible to anonymous users\n\nUser-agent: *\nDisallow:\n\n"
        "# Add Googlebot-specific syntax extension to exclude forms\n# that are repeated for each piece of content in the site\n# the wildcard is only supported by Googlebot\n\n"
        "User-Agent: Googlebot\nDisallow: /*?\nDisallow: /*atct_album_view$\nDisallow: /*folder_factories$\nDisallow: /*folder_summary_view$\nDisallow: /*login_form$\nDisallow: /*mail_password_form$\nDisallow: /*search_rss$\nDisallow: /*sendto_form$\nDisallow: /*summary_view$\nDisallow: /*thumbnail_view$\nDisallow: /*view$\n".encode(),
        "text/plain;charset=utf-8",
    )
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: twins[p.idx])
