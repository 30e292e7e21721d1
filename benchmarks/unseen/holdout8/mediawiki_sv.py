"""A Wikinews-style MediaWiki 1.28 news wiki on the Vector skin (sv): listings only, index.php twins."""
# ruff: noqa: RUF001  (non-Latin scripts and typographic quotes are the point here)

from __future__ import annotations

import random
from datetime import UTC
from html import escape
from urllib.parse import quote

from benchmarks.unseen.common import (
    by_key,
    by_month,
    html,
    make_posts,
    paged,
    robots,
    site_from,
    thread,
)
from benchmarks.unseen.server import Resp

NAME = "mediawiki_sv"
SITE = "Wikinytt"
CATS = ["Politik", "Ekonomi", "Trafik", "Kultur"]
REGIONS = ["Sverige", "Skåne", "Västra Götaland", "Norrland"]
AUTHORS = ["Lindqvist", "Birgitta.N", "Tornborg", "Kjell-Åke", "Mats Ehn"]
MONTHS = ["januari", "februari", "mars", "april", "maj"]
DAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
SOURCES = [
    "Sveriges Radio",
    "TT",
    "Sydsvenskan",
    "Göteborgs-Posten",
    "Norrländska Socialdemokraten",
]
READERS = ["Hjalmar", "Eva-Lotta", "85.226.14.9", "Sjöberg", "Tant Grön", "Nils O."]
REMARKS = [
    "Intressant, men vem ska betala för det här i slutändan?",
    "Källan från Sveriges Radio säger något annat om tidplanen.",
    "Bra att det här tas upp, lokaltidningen har inte skrivit ett ord.",
    "Det här har diskuterats i kommunfullmäktige i flera år nu.",
    "Jag tycker artikeln borde nämna oppositionens förslag också.",
]


def page_name(title: str) -> str:
    """The title as MediaWiki writes it in a URL: spaces to underscores, percent-encoded."""
    return quote(title.replace(" ", "_"), safe="_,():'!")


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(981, "sv", 32, "Europe/Stockholm", CATS, AUTHORS, REGIONS)
    rng = random.Random(981)
    threads = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 6) for p in posts}
    oldid = {p.idx: 61000 + 37 * p.idx + rng.randint(0, 30) for p in posts}
    pn = {p.idx: page_name(p.title) for p in posts}
    url = {p.idx: f"/wiki/{pn[p.idx]}" for p in posts}

    def fdate(d):
        return f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"

    def stamp(d):
        return f"{d.day} {MONTHS[d.month - 1]} {d.year} kl. {d:%H.%M}"

    def tz(d):
        return "CEST" if d.dst() else "CET"

    def shell(title, content, wgname, head="", tabs="", printable=False, sub=""):
        cls = "mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-" + wgname.replace(
            "%", ""
        )
        cls += " rootpage skin-vector action-view"
        nav = "".join(f'<li><a href="/wiki/Kategori:{page_name(c)}">{c}</a></li>' for c in CATS)
        return f"""<!DOCTYPE html>
<html class="client-nojs" lang="sv" dir="ltr">
<head>
<meta charset="UTF-8"/>
<title>{escape(title)} – {SITE}</title>
<script>document.documentElement.className = document.documentElement.className.replace( /(^|\\s)client-nojs(\\s|$)/, "$1client-js$2" );</script>
<script>(window.RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgCanonicalNamespace":"","wgCanonicalSpecialPageName":false,"wgNamespaceNumber":0,"wgPageName":"{wgname}","wgTitle":"{escape(title)}","wgContentLanguage":"sv","wgUserLanguage":"sv","wgIsArticle":true,"wgAction":"view"}});}});</script>
<link rel="stylesheet" href="/w/load.php?debug=false&amp;lang=sv&amp;modules=mediawiki.legacy.commonPrint%2Cshared%7Cskins.vector.styles&amp;only=styles&amp;skin=vector"/>
<meta name="generator" content="MediaWiki 1.28.2"/>{"" if not printable else chr(10) + '<meta name="robots" content="noindex,follow"/>'}
<link rel="shortcut icon" href="/favicon.ico"/>
<link rel="search" type="application/opensearchdescription+xml" href="/w/opensearch_desc.php" title="{SITE} (sv)"/>
<link rel="license" href="https://creativecommons.org/licenses/by/2.5/"/>{head}
</head>
<body class="{cls}">
<div id="mw-page-base" class="noprint"></div>
<div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main">
<a id="top"></a>
<div id="siteNotice"><div id="localNotice" lang="sv" dir="ltr"><p>Vill du skriva nyheter? <a href="/wiki/Wikinytt:Skriv_en_artikel">Så här kommer du igång</a>.</p></div></div>
<div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading" lang="sv">{escape(title)}</h1>
<div id="bodyContent" class="mw-body-content">
<div id="siteSub">Från {SITE}</div>
<div id="contentSub">{sub}</div>
<div id="jump-to-nav" class="mw-jump">Hoppa till: <a href="#mw-head">navigering</a>, <a href="#p-search">sök</a></div>
{content}
<div class="visualClear"></div>
</div>
</div>
<div id="mw-navigation">
<h2>Navigeringsmeny</h2>
<div id="mw-head">
<div id="p-personal" role="navigation"><ul><li id="pt-anonuserpage">Inte inloggad</li><li id="pt-login"><a href="/w/index.php?title=Special:Inloggning">Logga in</a></li></ul></div>
<div id="left-navigation"><div id="p-namespaces" role="navigation" class="vectorTabs"><ul>{tabs}</ul></div></div>
<div id="right-navigation"><div id="p-search" role="search"><form action="/w/index.php" id="searchform"><input type="search" name="search" placeholder="Sök i {SITE}" id="searchInput"/><input type="hidden" value="Special:Sök" name="title"/></form></div></div>
</div>
<div id="mw-panel">
<div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Huvudsida" title="Besök huvudsidan"></a></div>
<div class="portal" role="navigation" id="p-navigation"><h3>Navigering</h3><div class="body"><ul>
<li id="n-mainpage-description"><a href="/wiki/Huvudsida" title="Besök huvudsidan">Huvudsida</a></li>
<li id="n-Senaste-nytt"><a href="/wiki/Kategori:Publicerat">Senaste nytt</a></li>
<li id="n-arkiv"><a href="/wiki/Wikinytt:Arkiv">Arkiv</a></li>
</ul></div></div>
<div class="portal" role="navigation" id="p-Avdelningar"><h3>Avdelningar</h3><div class="body"><ul>{nav}</ul></div></div>
</div>
</div>
<div id="footer" role="contentinfo">
<ul id="footer-info">{{lastmod}}
<li id="footer-info-copyright">Texten är tillgänglig under licensen <a href="https://creativecommons.org/licenses/by/2.5/">Creative Commons Erkännande 2.5</a>.</li>
</ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Wikinytt:Integritetspolicy">Integritetspolicy</a></li><li id="footer-places-about"><a href="/wiki/Wikinytt:Om">Om {SITE}</a></li><li id="footer-places-disclaimer"><a href="/wiki/Wikinytt:Ansvarsfriskrivning">Ansvarsfriskrivning</a></li></ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/w/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"/></a></li></ul>
<div style="clear:both"></div>
</div>
</body>
</html>"""

    def done(page, last=None):
        if last is None:
            return page.replace("{lastmod}", "")
        return page.replace(
            "{lastmod}",
            f'<li id="footer-info-lastmod"> Sidan redigerades senast den {stamp(last)}.</li>',
        )

    def related(p):
        same = [q for q in posts if q.section == p.section and q.idx != p.idx][:5]
        rows = "".join(
            f'<li>{q.published.day} {MONTHS[q.published.month - 1]}: <a href="{url[q.idx]}" title="{escape(q.title)}">{escape(q.title)}</a></li>'
            for q in same
        )
        return f"""<table class="infobox" style="float:right; width:250px; margin:0 0 1em 1em; border:1px solid #aaa; font-size:90%">
<tr><th style="background:#dde">Relaterade nyheter</th></tr>
<tr><td><ul>{rows}</ul></td></tr>
<tr><td style="text-align:center"><a href="/wiki/Kategori:{page_name(p.section)}" title="Kategori:{p.section}">Fler nyheter om {p.section.lower()}</a></td></tr>
</table>"""

    def body(p):
        d = p.published
        src = rng_src(p)
        cats = [p.section, *p.tags, "Publicerat", f"{MONTHS[d.month - 1].capitalize()} {d.year}"]
        catlinks = " | ".join(
            f'<li><a href="/wiki/Kategori:{page_name(c)}" title="Kategori:{escape(c)}">{escape(c)}</a></li>'
            for c in cats
        )
        paras = "\n".join(f"<p>{escape(x)}\n</p>" for x in p.paras)
        return f"""<div id="mw-content-text" lang="sv" dir="ltr" class="mw-content-ltr">{related(p)}
<p><strong class="published"><span id="publishDate" class="value-title" title="{d:%Y-%m-%d}"></span>{fdate(d)}</strong>
</p>
{paras}
<div class="mw-shortcut" style="clear:both"></div>
<h2><span class="mw-headline" id="K.C3.A4llor">Källor</span></h2>
<ul>{src}</ul>
<div class="noprint" style="border:1px solid #ccc; padding:4px; margin-top:1em"><b><a href="/wiki/Kommentarer:{pn[p.idx]}">Kommentera artikeln</a></b> ({len(threads[p.idx])} kommentarer) &#160;·&#160; Dela: <a class="external" href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}">Twitter</a> <a class="external" href="https://www.facebook.com/sharer.php?u={base}{url[p.idx]}">Facebook</a></div>
<!--
NewPP limit report
Parsed by mw1204
Cached time: {d.astimezone(UTC):%Y%m%d%H%M%S}
CPU time usage: 0.084 seconds
-->
</div>
<div class="printfooter">
Hämtad från ”<a dir="ltr" href="{base}/w/index.php?title={pn[p.idx]}&amp;oldid={oldid[p.idx]}">{base}/w/index.php?title={pn[p.idx]}&amp;oldid={oldid[p.idx]}</a>”</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Kategorier" title="Special:Kategorier">Kategorier</a>: <ul>{catlinks}</ul></div></div>"""

    def rng_src(p):
        r = random.Random(p.idx * 7)
        out = []
        for s in r.sample(SOURCES, 2):
            out.append(
                f'<li><span class="sourceTemplate"><a rel="nofollow" class="external text" href="https://example.org/{p.idx}">{escape(p.title.split()[0])} – rapport</a> — <i>{s}</i>, {fdate(p.published)}</span></li>'
            )
        return "".join(out)

    def tabs(p, active="view"):
        def li(key, label, href):
            sel = ' class="selected"' if key == active else ""
            return f'<li id="ca-{key}"{sel}><span><a href="{href}">{label}</a></span></li>'

        return (
            li("nstab-main", "Artikel", url[p.idx])
            + li("talk", "Kommentarer", f"/wiki/Kommentarer:{pn[p.idx]}")
            + li("view", "Läs", url[p.idx])
            + li("history", "Visa historik", f"/w/index.php?title={pn[p.idx]}&amp;action=history")
        )

    def jsonld(p):
        pub = p.published.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return (
            '\n<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article",'
            f'"name":"{escape(p.title)}","url":"{base}{url[p.idx]}","publisher":{{"@type":"Organization","name":"{SITE}"}},'
            f'"datePublished":"{pub}","dateModified":"{pub}"}}</script>'
        )

    pages: dict = {}
    twins: dict = {}
    for p in posts:
        head = f'\n<link rel="canonical" href="{base}{url[p.idx]}"/>' + jsonld(p)
        last = p.published.replace(minute=min(59, p.published.minute + 4))
        pages[url[p.idx]] = html(done(shell(p.title, body(p), pn[p.idx], head, tabs(p)), last))
        tw_print = f"/w/index.php?title={pn[p.idx]}&printable=yes"
        pages[tw_print] = html(
            done(shell(p.title, body(p), pn[p.idx], jsonld(p), tabs(p), True), last)
        )
        tw_old = f"/w/index.php?title={pn[p.idx]}&oldid={oldid[p.idx]}"
        notice = (
            f'<div class="mw-revision"><div id="mw-revision-info">Version från den {stamp(last)} av <a href="/wiki/Anv%C3%A4ndare:{quote(p.author)}">{escape(p.author)}</a></div>'
            f'<div id="mw-revision-nav">(skillnad) ← Äldre version | Nuvarande version (skillnad) | Nyare version → (skillnad)</div></div>'
        )
        pages[tw_old] = html(
            done(shell(p.title, body(p), pn[p.idx], jsonld(p), tabs(p), False, notice), last)
        )
        twins[p.idx] = [tw_print, tw_old]
        # revision history: a non-article
        revs = [(last, p.author, "Publicerat")]
        revs.append((p.published, p.author, "Ny sida: ''" + p.paras[0][:60] + "''…"))
        rows = "".join(
            '<li><span class="mw-history-histlinks">(nuvarande | föregående)</span> '
            + (
                f'<a href="/w/index.php?title={pn[p.idx]}&amp;oldid={oldid[p.idx]}" class="mw-changeslist-date">{stamp(t)}</a>'
                if not k
                else f'<span class="history-deleted">{stamp(t)}</span>'
            )
            + f' <span class="history-user"><a href="/wiki/Anv%C3%A4ndare:{quote(a)}" class="mw-userlink">{escape(a)}</a></span> <span class="comment">({escape(c)})</span></li>'
            for k, (t, a, c) in enumerate(revs)
        )
        pages[f"/w/index.php?title={pn[p.idx]}&action=history"] = html(
            done(
                shell(
                    f"{p.title}: Versionshistorik",
                    f'<div id="mw-content-text"><p>För en given version: (nuvarande) = skillnad mot nuvarande version.</p><ul id="pagehistory">{rows}</ul></div>',
                    pn[p.idx],
                    '\n<meta name="robots" content="noindex,nofollow"/>',
                    tabs(p, "history"),
                )
            )
        )
        # the comments page ("Kommentarer:" namespace)
        sig = "".join(
            f'<dl><dd>{escape(t)} <a href="/wiki/Anv%C3%A4ndare:{quote(n)}" title="Användare:{escape(n)}">{escape(n)}</a> {stamp(w)} ({tz(w)})</dd></dl>'
            for n, w, t in threads[p.idx]
        )
        pages[f"/wiki/Kommentarer:{pn[p.idx]}"] = html(
            done(
                shell(
                    f"Kommentarer:{p.title}",
                    f'<div id="mw-content-text" lang="sv" dir="ltr" class="mw-content-ltr"><div style="border:1px solid #aaa;padding:4px">Det här är en sida för kommentarer till artikeln <a href="{url[p.idx]}">{escape(p.title)}</a>. Håll dig till ämnet.</div>'
                    f'<h2><span class="mw-headline" id="Kommentarer">Kommentarer</span></h2>{sig or "<p>Inga kommentarer ännu.</p>"}</div>',
                    "Kommentarer:" + pn[p.idx],
                    "",
                    tabs(p, "talk"),
                )
            )
        )

    def cat_page(cat, items):
        key = page_name(cat)
        per = 12
        chunks = [items[i : i + per] for i in range(0, len(items), per)]

        def nth(k):
            if not k:
                return f"/wiki/Kategori:{key}"
            return f"/w/index.php?title=Kategori:{key}&pagefrom={page_name(chunks[k][0].title)}"

        def render(chunk, k, n):
            nxt = (
                f'(<a href="{nth(k + 1)}#mw-pages">nästa sida</a>)' if k + 1 < n else "(nästa sida)"
            )
            prv = (
                f'(<a href="{nth(k - 1)}#mw-pages">föregående sida</a>)'
                if k
                else "(föregående sida)"
            )
            rows = "".join(
                f'<li><a href="{url[q.idx]}" title="{escape(q.title)}">{escape(q.title)}</a></li>'
                for q in chunk
            )
            letter = escape(chunk[0].title[0]) if chunk else ""
            content = f"""<div id="mw-content-text" lang="sv" dir="ltr" class="mw-content-ltr"><p>Nyheter i kategorin {escape(cat)}.</p>
<div id="mw-pages"><h2>Sidor i kategorin ”{escape(cat)}”</h2><p>Följande {len(chunk)} sidor finns i denna kategori, av totalt {len(items)}.</p>{prv} {nxt}
<div lang="sv" dir="ltr" class="mw-content-ltr"><div class="mw-category"><div class="mw-category-group"><h3>{letter}</h3><ul>{rows}</ul></div></div></div>{prv} {nxt}</div></div>"""
            return done(shell(f"Kategori:{cat}", content, "Kategori:" + key))

        paged(pages, nth, sorted(items, key=lambda q: q.title), per, render)

    for c, items in by_key(posts, lambda p: p.section).items():
        cat_page(c, items)
    for c, items in by_key(posts, lambda p: p.tags).items():
        cat_page(c, items)
    for (y, m), items in by_month(posts).items():
        cat_page(f"{MONTHS[m - 1].capitalize()} {y}", items)

    # "Senaste nytt": the Publicerat category as DynamicPageList shows it, newest first, paged by offset
    def pub_nth(k):
        return (
            "/wiki/Kategori:Publicerat"
            if not k
            else f"/w/index.php?title=Kategori:Publicerat&offset={k * 15}"
        )

    def pub_render(chunk, k, n):
        rows = "".join(
            f'<li>{q.published.day} {MONTHS[q.published.month - 1]} {q.published.year}: <a href="{url[q.idx]}" title="{escape(q.title)}">{escape(q.title)}</a></li>'
            for q in chunk
        )
        more = f'<p><a href="{pub_nth(k + 1)}">Äldre nyheter →</a></p>' if k + 1 < n else ""
        back = f'<p><a href="{pub_nth(k - 1)}">← Nyare nyheter</a></p>' if k else ""
        return done(
            shell(
                "Kategori:Publicerat",
                f'<div id="mw-content-text" lang="sv" dir="ltr" class="mw-content-ltr"><p>Alla publicerade artiklar, de senaste först.</p>{back}<ul>{rows}</ul>{more}</div>',
                "Kategori:Publicerat",
            )
        )

    paged(pages, pub_nth, posts, 15, pub_render)
    arch = "".join(
        f'<li><a href="/wiki/Kategori:{page_name(MONTHS[m - 1].capitalize() + " " + str(y))}">{MONTHS[m - 1].capitalize()} {y}</a> ({len(items)} artiklar)</li>'
        for (y, m), items in by_month(posts).items()
    )
    pages["/wiki/Wikinytt:Arkiv"] = html(
        done(
            shell(
                "Wikinytt:Arkiv",
                f'<div id="mw-content-text"><p>Arkiv efter månad:</p><ul>{arch}</ul></div>',
                "Wikinytt:Arkiv",
            )
        )
    )
    lead = posts[0]
    latest = "".join(
        f'<li><a href="{url[q.idx]}" title="{escape(q.title)}">{escape(q.title)}</a> <small>({q.published.day} {MONTHS[q.published.month - 1]})</small></li>'
        for q in posts[1:12]
    )
    main = f"""<div id="mw-content-text" lang="sv" dir="ltr" class="mw-content-ltr">
<div id="mp-welcome" style="border:1px solid #aaa; padding:6px"><b>Välkommen till {SITE}</b> – den fria nyhetskällan som alla kan skriva i.</div>
<div id="mp-lead"><h2><span class="mw-headline">Toppnyhet</span></h2><h3><a href="{url[lead.idx]}">{escape(lead.title)}</a></h3><p>{escape(lead.paras[0])}</p><p><a href="{url[lead.idx]}">Läs mer…</a></p></div>
<div id="mp-latest"><h2><span class="mw-headline">Senaste nytt</span></h2><ul>{latest}</ul><p><a href="/wiki/Kategori:Publicerat">Alla nyheter</a> · <a href="/wiki/Wikinytt:Arkiv">Arkiv</a></p></div>
</div>"""
    pages["/wiki/Huvudsida"] = html(done(shell("Huvudsida", main, "Huvudsida")))
    pages["/"] = pages["/wiki/Huvudsida"]
    for slug, title, text in [
        (
            "Wikinytt:Skriv_en_artikel",
            "Wikinytt:Skriv en artikel",
            "Alla kan skriva en nyhetsartikel. Ange alltid minst två oberoende källor.",
        ),
        (
            "Wikinytt:Integritetspolicy",
            "Wikinytt:Integritetspolicy",
            "Vi sparar IP-adresser för redigeringar i enlighet med stiftelsens policy.",
        ),
        ("Wikinytt:Om", "Wikinytt:Om", f"{SITE} är en fri nyhetswiki som drivs av frivilliga."),
        (
            "Wikinytt:Ansvarsfriskrivning",
            "Wikinytt:Ansvarsfriskrivning",
            "Innehållet lämnas utan garantier för riktighet.",
        ),
    ]:
        pages[f"/wiki/{slug}"] = html(
            done(shell(title, f'<div id="mw-content-text"><p>{text}</p></div>', slug))
        )
    for a in {*AUTHORS, *(n for t in threads.values() for n, _, _ in t)}:
        mine = [q for q in posts if q.author == a]
        rows = "".join(f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>' for q in mine)
        pages[f"/wiki/Anv%C3%A4ndare:{quote(a)}"] = html(
            done(
                shell(
                    f"Användare:{a}",
                    '<div id="mw-content-text"><p>Hej! Jag skriver om lokala nyheter när jag hinner.</p>'
                    + (f"<h2>Mina artiklar</h2><ul>{rows}</ul>" if rows else "")
                    + "</div>",
                    "Användare:" + quote(a),
                )
            )
        )
    pages["/w/index.php?title=Special:Inloggning"] = html(
        done(
            shell(
                "Logga in",
                '<div id="mw-content-text"><form method="post"><label>Användarnamn</label><input name="wpName"/><label>Lösenord</label><input type="password" name="wpPassword"/><button>Logga in</button></form></div>',
                "Special:Inloggning",
            )
        )
    )
    allcats = sorted({*CATS, *REGIONS, "Publicerat"})
    pages["/wiki/Special:Kategorier"] = html(
        done(
            shell(
                "Kategorier",
                '<div id="mw-content-text"><ul>'
                + "".join(
                    f'<li><a href="/wiki/Kategori:{page_name(c)}">{escape(c)}</a></li>'
                    for c in allcats
                )
                + "</ul></div>",
                "Special:Kategorier",
            )
        )
    )
    pages[
        "/w/load.php?debug=false&lang=sv&modules=mediawiki.legacy.commonPrint%2Cshared%7Cskins.vector.styles&only=styles&skin=vector"
    ] = Resp(b"body{font-family:sans-serif}", "text/css; charset=utf-8")
    pages["/w/opensearch_desc.php"] = Resp(
        f'<?xml version="1.0"?><OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/"><ShortName>{SITE} (sv)</ShortName><Url type="text/html" method="get" template="{base}/w/index.php?title=Special:S%C3%B6k&amp;search={{searchTerms}}"/></OpenSearchDescription>'.encode(),
        "application/opensearchdescription+xml; charset=utf-8",
    )
    pages["/robots.txt"] = robots(base, [], ["/w/index.php?title=Special:", "/wiki/Special:"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: twins[p.idx])
