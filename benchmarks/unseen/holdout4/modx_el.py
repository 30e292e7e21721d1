"""MODX Evolution 1.0 + Ditto + Jot (el, ISO-8859-7): site name in h1, headline h2, date only as text, index.php twins."""
# ruff: noqa: RUF001  (non-Latin scripts and typographic marks are the point here)

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import by_key, html, make_posts, rss, site_from, thread
from benchmarks.unseen.server import Resp

NAME = "modx_el"
SITE = "Η Φωνή της Θεσσαλίας"
CHARSET = "iso-8859-7"
AUTHORS = ["Γιώργος Παπαδάκης", "Ελένη Κωστοπούλου", "Νίκος Αθανασίου"]
SECTIONS = {"topika": "Τοπικά", "perifereia": "Περιφέρεια", "oikonomia": "Οικονομία"}
TAGS = {
    "dimos": "δήμος",
    "erga": "έργα",
    "sygkoinonies": "συγκοινωνίες",
    "paideia": "παιδεία",
    "perivallon": "περιβάλλον",
}
READERS = ["Κώστας", "Μαρία Λ.", "thessalos", "Δημήτρης Π.", "Σοφία", "Αντώνης"]
REMARKS = [
    "Επιτέλους κάτι κινείται, το περιμέναμε χρόνια.",
    "Και ποιος θα πληρώσει τελικά; Οι δημότες όπως πάντα.",
    "Ήμουν στη συνεδρίαση, το άρθρο τα λέει όπως έγιναν.",
    "Ξέρει κανείς πού μπορούμε να δούμε τη μελέτη;",
    "Ας ελπίσουμε ότι αυτή τη φορά θα τηρηθούν τα χρονοδιαγράμματα.",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        4303, "el", 29, "Europe/Athens", list(SECTIONS), AUTHORS, list(TAGS), midnight=False
    )
    rng = random.Random(4303)
    threads = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 4) for p in posts}
    doc = {p.idx: 212 + 5 * p.idx for p in posts}
    url = {p.idx: f"/eidiseis/{doc[p.idx]}.html" for p in posts}
    pages: dict = {}

    def d(p):
        return p.published.strftime("%d/%m/%Y")

    def tpl(pagetitle, content, crumbs=""):
        menu = "".join(
            f'<li><a href="/{s}.html" title="{n}">{n}</a></li>' for s, n in SECTIONS.items()
        )
        latest = "".join(
            f'<div class="ditto_item" id="ditto_item_{doc[q.idx]}"><span class="ditto_date">{d(q)}</span> <a href="{url[q.idx]}">{escape(q.title)}</a></div>'
            for q in posts[:6]
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="el" lang="el">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={CHARSET}" />
<title>{SITE} | {escape(pagetitle)}</title>
<base href="{base}/" />
<meta name="keywords" content="ειδήσεις, Θεσσαλία, Λάρισα, Τρίκαλα" />
<link rel="stylesheet" type="text/css" href="assets/templates/foni/style.css" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{base}/rss.xml" />
</head>
<body>
<div id="wrapper">
<div id="header"><h1 id="logo"><a href="/">{SITE}</a></h1><p id="slogan">Καθημερινή ενημέρωση από το 1998</p>
<div id="search"><form action="/anazitisi.html" method="get"><input type="text" name="search" value="Αναζήτηση..." class="cleardefault" /><input type="submit" value="Μετάβαση" /></form></div></div>
<div id="navbar"><ul id="nav"><li><a href="/" title="Αρχική">Αρχική</a></li>{menu}<li class="last"><a href="/epikoinonia.html">Επικοινωνία</a></li></ul></div>
<div id="content">
<div id="breadcrumbs">{crumbs}</div>
<div id="maincol">{content}</div>
<div id="sidebar">
<h3>Τελευταία νέα</h3><div class="ditto_summaryPost">{latest}</div>
<h3>Ετικέτες</h3><ul class="tags">{"".join(f'<li><a href="/eidiseis.html?tags={t}">{n}</a></li>' for t, n in TAGS.items())}</ul>
<h3>Newsletter</h3><form action="/newsletter.html" method="post" class="newsletter"><p>Λάβετε τα νέα της εβδομάδας στο email σας.</p><input type="text" name="email" /><input type="submit" value="Εγγραφή" /></form>
</div>
</div>
<div id="footer"><p>&copy; 2017 {SITE} &middot; Οδός Παπαναστασίου 41, Λάρισα &middot; Τηλ. 2410 123456</p><p>Powered by <a href="http://www.modx.com" title="MODX Evolution">MODX</a>. Σελίδα σε [^t^] δευτερόλεπτα.</p></div>
</div>
<div id="cookies" class="cookie-box">Ο ιστότοπος χρησιμοποιεί cookies για τη βελτίωση της εμπειρίας σας. <a href="/cookies.html">Περισσότερα</a> <a href="#" class="cookie-ok">Αποδοχή</a></div>
</body>
</html>"""

    def article(p):
        i = posts.index(p)
        same = [q for q in posts if q.section == p.section and q is not p][:4]
        comms = "".join(
            f'<div class="jot-comment"><a name="jc{doc[p.idx]}{j}"></a><div class="jot-row jot-row-author {"jot-row-alt" if j % 2 else ""}"><div class="jot-user"><b>{escape(w)}</b></div><div class="jot-extra"><span class="jot-poster">{t.strftime("%d/%m/%Y %H:%M")}</span> <a href="{url[p.idx]}#jc{doc[p.idx]}{j}">#{j + 1}</a></div></div><div class="jot-content">{escape(x)}</div></div>'
            for j, (w, t, x) in enumerate(threads[p.idx])
        )
        nav = ""
        if i + 1 < len(posts):
            nav += f'<a class="prev" href="{url[posts[i + 1].idx]}">&laquo; Προηγούμενο</a> '
        if i:
            nav += f'<a class="next" href="{url[posts[i - 1].idx]}">Επόμενο &raquo;</a>'
        content = f"""<h2 class="pagetitle">{escape(p.title)}</h2>
<p class="post-info">Δημοσιεύτηκε: {d(p)} | Συντάκτης: {escape(p.author)} | Κατηγορία: <a href="/{p.section}.html">{SECTIONS[p.section]}</a></p>
<div class="post-content">
<p><img src="assets/images/eidiseis/{doc[p.idx]}.jpg" alt="" class="left" /></p>
{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}
</div>
<p class="post-tags">Ετικέτες: {", ".join(f'<a href="/eidiseis.html?tags={t}">{TAGS[t]}</a>' for t in p.tags)}</p>
<div class="share">Κοινοποίηση: <a href="http://www.facebook.com/share.php?u={base}{url[p.idx]}">Facebook</a> | <a href="http://twitter.com/home?status={base}{url[p.idx]}">Twitter</a> | <a href="javascript:window.print()">Εκτύπωση</a></div>
<div class="related"><h3>Σχετικά άρθρα</h3><ul>{"".join(f'<li><a href="{url[q.idx]}">{escape(q.title)}</a> ({d(q)})</li>' for q in same)}</ul></div>
<div class="pagenav">{nav}</div>
<div id="jot-comments"><h3>Σχόλια ({len(threads[p.idx])})</h3>{comms}</div>
<div class="jot-form"><h3>Γράψτε το σχόλιό σας</h3><form method="post" action="{url[p.idx]}#jf{doc[p.idx]}"><input type="hidden" name="JotForm" value="{doc[p.idx]}" /><label>Όνομα:<input type="text" name="name" /></label><label>Σχόλιο:<textarea name="content" cols="50" rows="6"></textarea></label><input type="submit" value="Αποστολή σχολίου" /></form><p class="jot-note">Τα σχόλια δημοσιεύονται μετά από έγκριση.</p></div>"""
        crumbs = f'<span class="B_crumbBox"><span class="B_firstCrumb"><a class="B_homeCrumb" href="/" title="Αρχική">Αρχική</a></span> &raquo; <span class="B_crumb"><a href="/{p.section}.html">{SECTIONS[p.section]}</a></span> &raquo; <span class="B_lastCrumb"><span class="B_currentCrumb">{escape(p.title)}</span></span></span>'
        return tpl(p.title, content, crumbs)

    def resp(body):
        return html(body, CHARSET)

    aliases = {}
    for p in posts:
        body = article(p)
        pages[url[p.idx]] = resp(body)
        pages[f"/index.php?id={doc[p.idx]}"] = resp(body)
        aliases[p.idx] = [f"/index.php?id={doc[p.idx]}"]

    def item(p):
        return f'<div class="ditto_item"><h3><a href="{url[p.idx]}">{escape(p.title)}</a></h3><div class="ditto_info">{escape(p.author)} &middot; {d(p)}</div><div class="ditto_summary"><p>{escape(p.paras[0][:180])}…</p></div><a class="ditto_more" href="{url[p.idx]}">Διαβάστε περισσότερα &raquo;</a></div>'

    def ditto(path, title, items, per=10):
        n = (len(items) + per - 1) // per
        sep = "&amp;" if "?" in path else "?"
        for k in range(n):
            links = "".join(
                f'<span class="ditto_currentpage">{j + 1}</span>'
                if j == k
                else f'<a class="ditto_page" href="{path}{sep}start={j * per}">{j + 1}</a>'
                for j in range(n)
            )
            nxt = (
                f'<a class="ditto_next_link" href="{path}{sep}start={(k + 1) * per}">Επόμενη &gt;</a>'
                if k + 1 < n
                else ""
            )
            content = f'<h2 class="pagetitle">{escape(title)}</h2>{"".join(item(p) for p in items[k * per : (k + 1) * per])}<div class="ditto_paging">Σελίδα {k + 1} από {n}: {links} {nxt}</div>'
            key = path if not k else f"{path}{sep.replace('&amp;', '&')}start={k * per}"
            pages[key] = resp(
                tpl(
                    title,
                    content,
                    f'<span class="B_crumbBox"><a class="B_homeCrumb" href="/">Αρχική</a> &raquo; {escape(title)}</span>',
                )
            )
            if not k and n > 1:  # Ditto links its first page with start=0 too
                pages[f"{path}{sep.replace('&amp;', '&')}start=0"] = pages[key]

    ditto("/", "Αρχική", posts[:10])
    ditto("/eidiseis.html", "Ειδήσεις", posts)
    for s, name in SECTIONS.items():
        ditto(f"/{s}.html", name, [p for p in posts if p.section == s])
    for t, items in by_key(posts, lambda p: p.tags).items():
        ditto(f"/eidiseis.html?tags={t}", f"Ετικέτα: {TAGS[t]}", items)
    for path, t, text in [
        (
            "/epikoinonia.html",
            "Επικοινωνία",
            "Για δελτία τύπου και επιστολές αναγνωστών γράψτε στο email της σύνταξης.",
        ),
        ("/cookies.html", "Cookies", "Χρησιμοποιούμε cookies μόνο για στατιστικά επισκεψιμότητας."),
        ("/anazitisi.html", "Αναζήτηση", "Πληκτρολογήστε τουλάχιστον τρεις χαρακτήρες."),
    ]:
        pages[path] = resp(tpl(t, f'<h2 class="pagetitle">{t}</h2><p>{text}</p>'))
    pages["/rss.xml"] = rss(base, SITE, [(url[p.idx], p) for p in posts[:10]], "el")
    pages["/robots.txt"] = Resp(
        b"User-agent: *\nDisallow: /manager/\nDisallow: /assets/cache/\n", "text/plain"
    )
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: aliases[p.idx])
