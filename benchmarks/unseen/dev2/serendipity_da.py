"""Serendipity (s9y) 2.1 blog with the 2k11 theme (da): body + extended entry, trackbacks, comments."""
# ruff: noqa: RUF001  (typographic quotes are the point here)

from __future__ import annotations

import random
from datetime import UTC
from html import escape

from benchmarks.unseen.common import (
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
from benchmarks.unseen.dev2 import ascii_slug

NAME = "serendipity_da"
SITE = "Fynske Noter"
CATS = {"2": "Byrådet", "3": "Trafik", "5": "Skoler og kultur", "7": "Havnen"}
AUTHORS = {"1": "Mette Kjær", "2": "Søren Bak", "4": "Line Holm"}
READERS = ["Jens fra Dalum", "Anne M.", "Poul Erik", "Karina", "Bo Nielsen", "Sanne T."]
REMARKS = [
    "Tak for en grundig gennemgang, det var præcis hvad der blev sagt på mødet.",
    "Det ender som sædvanlig med, at skatteyderne betaler regningen.",
    "Endelig sker der noget i den her by.",
    "Hvor kan man se de fulde planer?",
    "Jeg tvivler på, at tidsplanen holder.",
    "Godt at nogen følger med i det her.",
]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni"]
DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
PER = 5


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        2202, "da", 33, "Europe/Copenhagen", list(CATS), list(AUTHORS.values()), ["x"]
    )
    rng = random.Random(2202)
    comments = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 5) for p in posts}
    trackback = {p.idx: p.idx % 4 == 1 for p in posts}
    eid = {p.idx: 140 + p.idx * 2 for p in posts}
    aid = {v: k for k, v in AUTHORS.items()}
    url = {
        p.idx: f"/archives/{eid[p.idx]}-{ascii_slug(p.title, str(eid[p.idx]))}.html" for p in posts
    }

    def twins(p):
        return [f"/index.php?{url[p.idx]}", f"{url[p.idx]}?serendipity[cview]=threaded"]

    def ddate(d):
        return f"{DAYS[d.weekday()]}, {d.day}. {MONTHS[d.month - 1]} {d.year}"

    def iso(d):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def cat_url(c):
        return f"/categories/{c}-{ascii_slug(CATS[c], c).title()}"

    def author_url(a):
        return f"/authors/{aid[a]}-{ascii_slug(a, aid[a]).title()}"

    months = by_month(posts)

    def sidebar():
        recent = "".join(
            f'<dt class="serendipity_recententries_entrylink"><a href="/index.php?{url[q.idx]}" title="{escape(q.title)}">{escape(q.title)}</a></dt><dd class="serendipity_recententries_entrydate serendipity_recententries_entrydate">{q.published.day}. {MONTHS[q.published.month - 1]} {q.published.year}</dd>'
            for q in posts[:6]
        )
        cats = "".join(
            f'<li class="category_depth0"><a href="/feeds/categories/{c}-{ascii_slug(v, c).title()}.rss"><img alt="xml" src="/templates/2k11/img/xml.gif" class="serendipity_xml_button"></a> <a href="{cat_url(c)}" title="">{v}</a></li>'
            for c, v in CATS.items()
        )
        arch = "".join(
            f'<li><a href="/archives/{y}/{m:02d}.html" title="{MONTHS[m - 1].title()} {y}">{MONTHS[m - 1].title()} {y}</a></li>'
            for (y, m) in months
        )
        return f"""<aside id="sidebar_right" role="complementary">
    <h2 class="visuallyhidden">Sidepanel</h2>
    <section class="sidebar_plugin clearfix odd serendipity_plugin_quicksearch"><h3>Hurtigsøgning</h3><div class="sidebar_content clearfix"><form id="searchform" action="/index.php" method="get"><input type="hidden" name="serendipity[action]" value="search"><input id="serendipityQuickSearchTermField" name="serendipity[searchTerm]" type="search" value=""></form></div></section>
    <section class="sidebar_plugin clearfix even serendipity_plugin_recententries"><h3>Seneste indlæg</h3><div class="sidebar_content clearfix"><dl>{recent}</dl></div></section>
    <section class="sidebar_plugin clearfix odd serendipity_plugin_categories"><h3>Kategorier</h3><div class="sidebar_content clearfix"><ul id="serendipity_categories_list" class="plainList">{cats}</ul></div></section>
    <section class="sidebar_plugin clearfix even serendipity_plugin_archives"><h3>Arkiver</h3><div class="sidebar_content clearfix"><ul class="plainList">{arch}<li><a href="/archive">Ældre…</a></li></ul></div></section>
    <section class="sidebar_plugin clearfix odd serendipity_plugin_syndication"><h3>Abonnér</h3><div class="sidebar_content clearfix"><ul class="plainList"><li><a class="serendipity_xml_button" href="/index.php?/feeds/index.rss2"><img src="/templates/2k11/img/subtome.png" alt="XML"></a> <a href="/index.php?/feeds/index.rss2">RSS 2.0-feed</a></li></ul></div></section>
    <section class="sidebar_plugin clearfix even serendipity_plugin_html_nugget"><h3>Nyhedsbrev</h3><div class="sidebar_content clearfix"><p>Få ugens noter fra byrådet i din indbakke hver fredag.</p><form action="/pages/nyhedsbrev.html" method="get"><input type="email" name="email" placeholder="Din e-mail"><button>Tilmeld</button></form></div></section>
</aside>"""

    def shell(title, main, head="", view="start"):
        return f"""<!DOCTYPE html>
<html class="no-js" dir="ltr" lang="da">
<head>
    <meta charset="UTF-8">
    <title>{escape(title)}</title>
    <meta name="generator" content="Serendipity v.2.1.4">
    <meta name="viewport" content="width=device-width, initial-scale=1">{head}
    <link rel="stylesheet" href="{base}/serendipity.css?v=1490000000">
    <link rel="alternate" type="application/rss+xml" title="{SITE} RSS feed" href="{base}/index.php?/feeds/index.rss2">
    <link rel="pingback" href="{base}/comment.php?type=pingback">
    <script src="/templates/jquery.js"></script>
</head>
<body>
    <a class="visuallyhidden" href="#content"><span lang="en">Skip to content</span></a>
    <div id="page" class="clearfix container">
        <header id="banner" class="clearfix col2r">
            <div id="identity">
                <a href="{base}/"><h1>{SITE}</h1><p>Lokalpolitik, trafik og byliv i Odense – skrevet af tre borgere med notesblok</p></a>
            </div>
            <form id="searchform" action="/index.php" method="get"><input type="hidden" name="serendipity[action]" value="search"><label for="serendipityQuickSearchTermField" class="visuallyhidden">Hurtigsøgning</label><input id="serendipityQuickSearchTermField" name="serendipity[searchTerm]" type="search" placeholder="Søg…" value=""><input id="searchsend" name="serendipity[searchButton]" type="submit" value="Søg"></form>
        </header>
        <nav id="primary-nav">
            <h2 class="visuallyhidden">Navigation</h2>
            <ul class="clearfix"><li class="current"><a href="{base}/">Forside</a></li><li><a href="/archive">Arkiv</a></li><li><a href="/pages/om-bloggen.html">Om bloggen</a></li><li><a href="/pages/kontakt.html">Kontakt</a></li></ul>
        </nav>
        <div class="clearfix col2r">
            <main id="content" class="serendipity_{view}">
{main}
            </main>
{sidebar()}
        </div>
        <footer id="colophon">
            <p><span lang="en">Powered by</span> <a href="http://s9y.org">Serendipity</a> <abbr title="og">&amp;</abbr> the <i>2k11</i> theme.</p>
        </footer>
    </div>
    <div id="cookie-consent" class="cookie-consent">Vi bruger cookies til statistik. Ved at fortsætte accepterer du vores <a href="/pages/privatliv.html">privatlivspolitik</a>. <button type="button">OK</button></div>
</body>
</html>"""

    def split(p):
        k = 2 if len(p.paras) > 4 else 1
        return p.paras[:k], p.paras[k:]

    def footer(p):
        n = len(comments[p.idx])
        t = int(trackback[p.idx])
        return (
            f'<footer class="clearfix"><span class="visuallyhidden">Kategorier: </span><a href="{cat_url(p.section)}">{CATS[p.section]}</a> | '
            f'<a href="{url[p.idx]}#comments" title="{n} Kommentarer, {t} Trackbacks">{n} Kommentarer</a></footer>'
        )

    def byline(p):
        return (
            f'<span class="serendipity_byline block_level"><span class="single_user">Skrevet af <a href="{author_url(p.author)}">{escape(p.author)}</a> den </span>'
            f'<time datetime="{iso(p.published)}">{ddate(p.published)}</time></span>'
        )

    def teaser(p):
        body, ext = split(p)
        more = (
            f'\n        <a class="read_more block_level" href="{url[p.idx]}#extended">Fortsæt med at læse "{escape(p.title)}" »</a>'
            if ext
            else ""
        )
        return f"""    <article id="post_{eid[p.idx]}" class="clearfix serendipity_entry">
        <header class="clearfix">
            <h2><a href="{url[p.idx]}">{escape(p.title)}</a></h2>
            {byline(p)}
        </header>
        <div class="clearfix content serendipity_entry_body">
        {"".join(f"<p>{escape(x)}</p>" for x in body)}{more}
        </div>
        {footer(p)}
    </article>"""

    def entry(p, threaded=False):
        body, ext = split(p)
        d = p.published
        tb = (
            f"""<article id="c{eid[p.idx] * 10}" class="serendipity_comment serendipity_trackback odd">
                <h4><a href="http://byensborgere.dk/2017/{d.month:02d}/noter-fra-byraadet/">Byens Borgere</a> om <a href="http://byensborgere.dk/2017/{d.month:02d}/noter-fra-byraadet/">Noter fra byrådet</a> <time datetime="{iso(d)}">{d.day}. {MONTHS[d.month - 1]} {d.year}</time>:</h4>
                <div class="serendipity_commentBody clearfix content">[…] Fynske Noter har som sædvanlig gennemgået dagsordenen punkt for punkt, og vi henviser til deres opsummering […]</div>
            </article>"""
            if trackback[p.idx]
            else '<p class="nocomments">Ingen trackbacks</p>'
        )
        cs = comments[p.idx]
        clist = (
            "\n".join(
                f"""<article id="c{eid[p.idx] * 10 + j + 1}" class="serendipity_comment serendipity_comment_author_{ascii_slug(w, "x")} {"odd" if j % 2 == 0 else "even"}{" comment_reply" if threaded and j == 1 else ""}">
                <h4><span class="comment_author">{escape(w)}</span> den <a class="comment_source_trace" href="#c{eid[p.idx] * 10 + j + 1}"><time datetime="{iso(t)}">{t.day}. {MONTHS[t.month - 1]} {t.year} kl. {t:%H:%M}</time></a>:</h4>
                <div class="serendipity_commentBody clearfix content">{escape(x)}</div>
                <footer class="clearfix"><a class="comment_reply" href="#serendipity_CommentForm" id="serendipity_reply_{eid[p.idx] * 10 + j + 1}">Svar</a></footer>
            </article>"""
                for j, (w, t, x) in enumerate(cs)
            )
            or '<p class="nocomments">Ingen kommentarer</p>'
        )
        mode = (
            f'<a rel="nofollow" href="{url[p.idx]}#comments">Lineær</a> | Trådet'
            if threaded
            else f'Lineær | <a href="{url[p.idx]}?serendipity[cview]=threaded#comments" rel="nofollow">Trådet</a>'
        )
        extended = (
            f'\n        <div id="extended" class="clearfix content">\n        {"".join(f"<p>{escape(x)}</p>" for x in ext)}\n        </div>'
            if ext
            else ""
        )
        return f"""    <article id="post_{eid[p.idx]}" class="clearfix serendipity_entry">
        <header class="clearfix">
            <h2><a href="{url[p.idx]}">{escape(p.title)}</a></h2>
            {byline(p)}
        </header>
        <div class="clearfix content serendipity_entry_body">
        {"".join(f"<p>{escape(x)}</p>" for x in body)}
        </div>{extended}
        <div class="serendipity_freeTag">Tags: <a href="/plugin/tag/{p.section}" rel="tag">{CATS[p.section].lower()}</a>, <a href="/plugin/tag/odense" rel="tag">odense</a></div>
        <div class="serendipity_social_share"><a href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}">Del på Facebook</a> | <a href="https://twitter.com/share?url={base}{url[p.idx]}">Tweet</a></div>
        {footer(p)}
        <section id="trackbacks" class="serendipity_comments serendipity_section_trackbacks">
            <h3>Trackbacks</h3>
            <div id="trackback_url" class="block_level"><a rel="nofollow" href="/comment.php?type=trackback&amp;entry_id={eid[p.idx]}" title="Højreklik og kopiér linket for at få trackback-URL til denne artikel">Trackback-URL for denne artikel</a></div>
            {tb}
        </section>
        <section id="comments" class="serendipity_comments serendipity_section_comments">
            <h3>Kommentarer</h3>
            <p class="manage_comments">Vis kommentarer som {mode}</p>
            {clist}
        </section>
        <a id="feedback"></a>
        <section id="respond" class="serendipity_section_commentform">
            <h3>Tilføj kommentar</h3>
            <div class="serendipity_commentForm"><a id="serendipity_CommentForm"></a><form id="serendipity_comment" action="/comment.php?serendipity[entry_id]={eid[p.idx]}" method="post"><div class="form_field"><label for="serendipity_commentform_name">Navn</label><input id="serendipity_commentform_name" type="text" name="serendipity[name]" value=""></div><div class="form_area"><label for="serendipity_commentform_comment">Kommentar</label><textarea id="serendipity_commentform_comment" rows="10" name="serendipity[comment]"></textarea></div><div class="form_field"><input id="checkbox_remember" type="checkbox" name="serendipity[remember]"><label for="checkbox_remember">Husk oplysninger?</label></div><div class="form_button"><input id="serendipity_submit" type="submit" name="serendipity[submit]" value="Send kommentar"></div></form></div>
        </section>
    </article>
    <nav class="serendipity_pagination block_level"><h2 class="visuallyhidden">Sidenavigation</h2><ul class="clearfix">{nav(p)}</ul></nav>"""

    def nav(p):
        i = posts.index(p)
        prev = posts[i + 1] if i + 1 < len(posts) else None
        nxt = posts[i - 1] if i else None
        left = f'<a href="{url[prev.idx]}">&larr; {escape(prev.title)}</a>' if prev else "&nbsp;"
        right = f'<a href="{url[nxt.idx]}">{escape(nxt.title)} &rarr;</a>' if nxt else "&nbsp;"
        return f'<li class="prev">{left}</li><li class="next">{right}</li>'

    def entry_page(p, threaded=False):
        head = (
            f'\n    <meta name="description" content="{escape(p.paras[0][:150])}">'
            f'\n    <link rel="canonical" href="{base}{url[p.idx]}">'
        )
        return shell(f"{p.title} - {SITE}", entry(p, threaded), head, "entry")

    pages: dict = {}
    tb_error = xml(
        '<?xml version="1.0" encoding="utf-8"?>\n<response>\n<error>1</error>\n<message>Danger Will Robinson, trackback failed.</message>\n</response>',
        "text/xml",
    )
    for p in posts:
        pages[url[p.idx]] = html(entry_page(p))
        pages[twins(p)[0]] = html(entry_page(p))
        pages[twins(p)[1]] = html(entry_page(p, True))
        pages[f"/comment.php?type=trackback&entry_id={eid[p.idx]}"] = tb_error

    def lister(first, later, heading, items, view):
        def nth(k):
            return first if not k else later.format(k + 1)

        def render(chunk, k, n):
            prev = f'<a href="{nth(k - 1)}">&larr; Forrige side</a>' if k else "&nbsp;"
            nxt = f'<a href="{nth(k + 1)}">Næste side &rarr;</a>' if k + 1 < n else "&nbsp;"
            head_html = f'<h2 class="serendipity_date">{escape(heading)}</h2>\n' if heading else ""
            main = (
                head_html
                + "\n".join(teaser(q) for q in chunk)
                + f'\n    <nav class="serendipity_pagination block_level"><h2 class="visuallyhidden">Sidenavigation</h2><ul class="clearfix"><li class="info"><span>Side {k + 1} af {n}, i alt {len(items)} artikler</span></li><li class="prev">{prev}</li><li class="next">{nxt}</li></ul></nav>'
            )
            title = f"{heading} - {SITE}" if heading else SITE
            return shell(title, main, "", view)

        paged(pages, nth, items, PER, render)

    lister("/", "/archives/P{}.html", "", posts, "start")
    for c, items in by_key(posts, lambda p: p.section).items():
        lister(cat_url(c), cat_url(c) + "/P{}.html", CATS[c], items, "categories")
    for a, items in by_key(posts, lambda p: p.author).items():
        lister(author_url(a), author_url(a) + "/P{}.html", f"Indlæg af {a}", items, "archives")
    for (y, m), items in months.items():
        lister(
            f"/archives/{y}/{m:02d}.html",
            f"/archives/{y}/{m:02d}/P{{}}.html",
            f"{MONTHS[m - 1].title()} {y}",
            items,
            "archives",
        )
        rows = "".join(
            f'<li><a href="{url[q.idx]}">{escape(q.title)}</a> <span class="summary_posted_by">af {escape(q.author)} den {q.published.day}. {MONTHS[q.published.month - 1]} {q.published.year}</span></li>'
            for q in items
        )
        pages[f"/archives/{y}/{m:02d}/summary.html"] = html(
            shell(
                f"{MONTHS[m - 1].title()} {y} - {SITE}",
                f'<article class="archive archive_summary"><h2>{MONTHS[m - 1].title()} {y}</h2><ul class="plainList">{rows}</ul></article>',
                view="archives",
            )
        )
    for t in {p.section for p in posts} | {"odense"}:
        items = [p for p in posts if t in (p.section, "odense")]
        lister(
            f"/plugin/tag/{t}",
            f"/plugin/tag/{t}/P{{}}.html",
            f"Indlæg tagget med {t if t == 'odense' else CATS[t].lower()}",
            items,
            "archives",
        )
    overview = "".join(
        f'<section class="archive_year"><h3>{MONTHS[m - 1].title()} {y}</h3><ul class="plainList"><li><a href="/archives/{y}/{m:02d}.html">{len(items)} artikler</a> | <a href="/archives/{y}/{m:02d}/summary.html">Kun overskrifter</a></li></ul></section>'
        for (y, m), items in months.items()
    )
    pages["/archive"] = html(
        shell(
            f"Arkiv - {SITE}",
            f'<article class="archive"><h2>Arkiv</h2>{overview}</article>',
            view="archives",
        )
    )
    for slug, heading, text in (
        (
            "om-bloggen",
            "Om bloggen",
            "Fynske Noter er en frivillig blog, der følger byrådets møder i Odense siden 2011.",
        ),
        ("kontakt", "Kontakt", "Skriv til redaktionen på noter@fynskenoter.dk."),
        (
            "privatliv",
            "Privatlivspolitik",
            "Vi gemmer kun de oplysninger, du selv skriver i kommentarfeltet.",
        ),
        ("nyhedsbrev", "Nyhedsbrev", "Tak for din tilmelding. Du får en bekræftelse på e-mail."),
    ):
        pages[f"/pages/{slug}.html"] = html(
            shell(
                f"{heading} - {SITE}",
                f'<article class="clearfix serendipity_staticpage"><header><h2>{heading}</h2></header><div class="clearfix content serendipity_entry_body"><p>{text}</p></div></article>',
                view="staticpage",
            )
        )
    feed = rss(base, SITE, [(url[p.idx], p) for p in posts[:15]], "da")
    pages["/comment.php?type=pingback"] = tb_error
    pages["/index.php?/feeds/index.rss2"] = feed
    pages["/feeds/index.rss2"] = feed
    for c in CATS:
        items = [p for p in posts if p.section == c]
        pages[f"/feeds/categories/{c}-{ascii_slug(CATS[c], c).title()}.rss"] = rss(
            base, f"{SITE} - {CATS[c]}", [(url[p.idx], p) for p in items[:15]], "da"
        )
    return site_from(NAME, posts, lambda p: url[p.idx], pages, twins)
