"""Grav 1.1 Antimatter blog (hi): year-less date badge with page metadata, .html twin, page:N / tag:x, sitemap only."""

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import (
    by_key,
    by_month,
    html,
    make_posts,
    paged,
    robots,
    site_from,
    sitemap,
    thread,
)
from benchmarks.unseen.text_h4 import danda

NAME = "grav_hi"
SITE = "नगर दर्पण"
MAAH = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई"]
TAGS = {
    "shiksha": "शिक्षा",
    "parivahan": "परिवहन",
    "swasthya": "स्वास्थ्य",
    "nagar-nigam": "नगर निगम",
    "paryavaran": "पर्यावरण",
}
CATS = {"shahar": "शहर", "rajya": "राज्य"}
READERS = ["राकेश शर्मा", "सुनीता", "अमित वर्मा", "पूजा सिंह", "विकास", "नेहा गुप्ता"]
REMARKS = [
    "बहुत अच्छी जानकारी, धन्यवाद।",
    "यह काम सालों से अटका हुआ है, देखते हैं इस बार क्या होता है।",
    "हमारे मोहल्ले में भी यही हाल है।",
    "क्या कोई बता सकता है कि योजना के नक्शे कहाँ देखे जा सकते हैं?",
    "पैसा आखिर जनता का ही लगेगा।",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(4404, "hi", 34, "Asia/Kolkata", list(CATS), ["संपादक"], list(TAGS))
    for p in posts:
        p.paras = [danda(x) for x in p.paras]
    rng = random.Random(4404)
    threads = {
        p.idx: thread(rng, READERS, REMARKS, p.published, 1, 4) if p.idx % 3 == 0 else []
        for p in posts
    }
    url = {p.idx: f"/blog/samachar-{1000 + 7 * p.idx}" for p in posts}
    pages: dict = {}

    def badge(p):
        return f'<span class="list-blog-date"><span>{p.published.day}</span><em>{MAAH[p.published.month - 1]}</em></span>'

    def sidebar(p=None):
        rel = ""
        if p is not None:
            same = [q for q in posts if q is not p and set(q.tags) & set(p.tags)][:5]
            rel = (
                '<div class="sidebar-content"><h4>संबंधित लेख</h4><ul class="related-pages">'
                + "".join(
                    f'<li><a href="{url[q.idx]}">{escape(q.title)}</a> <span class="score">{q.published.day} {MAAH[q.published.month - 1]}</span></li>'
                    for q in same
                )
                + "</ul></div>"
            )
        arch = "".join(
            f'<li><a href="/blog/archives_month:{["jan", "feb", "mar", "apr", "may"][m - 1]}_{y}"><span class="archive_date">{MAAH[m - 1]} {y}</span> <span class="label">{len(v)}</span></a></li>'
            for (y, m), v in by_month(posts).items()
        )
        tags = "".join(f'<li><a href="/blog/tag:{t}">{n}</a></li>' for t, n in TAGS.items())
        return f"""<div id="sidebar" class="block size-1-3 pure-u-1-3">
<div class="sidebar-content"><h4>खोजें</h4><input type="text" placeholder="खोजें..." value="" data-search-input="/search/query" /></div>
{rel}
<div class="sidebar-content"><h4>पुरालेख</h4><ul class="archives">{arch}</ul></div>
<div class="sidebar-content"><h4>लोकप्रिय टैग</h4><ul class="taxonomy-list">{tags}</ul></div>
<div class="sidebar-content"><h4>न्यूज़लेटर</h4><form class="newsletter" action="/newsletter" method="post"><p>हर रविवार ताज़ा खबरें अपने ईमेल पर पाएँ।</p><input type="email" name="email" placeholder="आपका ईमेल" /><button class="button">सदस्य बनें</button></form></div>
</div>"""

    def base_tpl(title, body, head=""):
        menu = "".join(f'<li><a href="/blog/category:{c}">{n}</a></li>' for c, n in CATS.items())
        return f"""<!DOCTYPE html>
<html lang="hi">
<head>
<meta charset="utf-8" />
<title>{escape(title)} | {SITE}</title>
<meta name="generator" content="GravCMS" />
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
{head}
<link href="/user/themes/antimatter/css-compiled/template.css" type="text/css" rel="stylesheet" />
</head>
<body id="top" class="header-fixed header-animated sticky-footer">
<div id="sb-site">
<header id="header"><div id="logo"><h3><a href="/">{SITE}</a></h3></div>
<div id="navbar"><ul class="navigation"><li class="active"><a href="/blog">मुख्य पृष्ठ</a></li>{menu}<li><a href="/about">हमारे बारे में</a></li></ul></div></header>
<section id="body">{body}</section>
<footer id="footer"><div class="totop"><span><a href="#" id="toTop"><i class="fa fa-arrow-up"></i></a></span></div>
<p>© 2017 {SITE} · <a href="http://getgrav.org">Grav</a> द्वारा संचालित</p></footer>
</div>
<div class="cookieconsent" id="cookie-consent">यह वेबसाइट आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करती है। <a href="/privacy">और जानें</a> <a class="cc-btn">ठीक है</a></div>
</body>
</html>"""

    def article(p):
        i = posts.index(p)
        d = p.published
        tags = "".join(
            f'<a class="label label-rounded" href="/blog/tag:{t}">{TAGS[t]}</a>' for t in p.tags
        )
        pn = ""
        if i:
            pn += f'<a class="button" href="{url[posts[i - 1].idx]}"><i class="fa fa-chevron-left"></i> पिछला लेख</a> '
        if i + 1 < len(posts):
            pn += f'<a class="button" href="{url[posts[i + 1].idx]}">अगला लेख <i class="fa fa-chevron-right"></i></a>'
        comm = ""
        if threads[p.idx]:
            comm = (
                "<h3>टिप्पणियाँ</h3><table>"
                + "".join(
                    f"<tr><td>{escape(x)}<br /> {t.strftime('%d-%m-%Y %H:%M')} को <strong>{escape(w)}</strong> ने लिखा</td></tr>"
                    for w, t, x in threads[p.idx]
                )
                + "</table>"
            )
        comm += '<h3>अपनी टिप्पणी लिखें</h3><form name="comments" class="comments" action="/nonce" method="POST"><input name="name" type="text" placeholder="नाम" /><textarea name="text" placeholder="टिप्पणी"></textarea><button class="button" type="submit">भेजें</button></form>'
        body = f"""<div class="blog-content-item grid pure-g-r"><div id="item" class="block pure-u-2-3">
<div class="list-item"><div class="list-blog-header">{badge(p)}<h2>{escape(p.title)}</h2><span class="tags">{tags}</span></div>
<div class="list-blog-padding">
<p><img alt="" src="/images/{1000 + 7 * p.idx}.jpg" /></p>
{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}
</div>
<div class="share-row">शेयर करें: <a href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}">फ़ेसबुक</a> <a href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}">ट्विटर</a> <a href="whatsapp://send?text={base}{url[p.idx]}">व्हाट्सऐप</a></div>
<p class="prev-next">{pn}</p>
<div class="comments">{comm}</div>
</div></div>
{sidebar(p)}</div>"""
        head = (
            f'<meta name="description" content="{escape(p.paras[0][:140])}" />'
            f'<meta property="og:title" content="{escape(p.title)}" />'
            f'<meta property="article:published_time" content="{d.isoformat()}" />'
        )
        return base_tpl(p.title, body, head)

    aliases = {}
    for p in posts:
        body = article(p)
        pages[url[p.idx]] = html(body)
        pages[url[p.idx] + ".html"] = html(body)
        aliases[p.idx] = [url[p.idx] + ".html"]

    def item(p):
        return f'<div class="list-item"><div class="list-blog-header">{badge(p)}<h4><a href="{url[p.idx]}">{escape(p.title)}</a></h4></div><div class="list-blog-padding"><p>{escape(p.paras[0][:200])}…</p><p><a href="{url[p.idx]}">आगे पढ़ें...</a></p></div></div>'

    def lister(path, title, items, per=6):
        def nth(k):
            return path if not k else f"{path}/page:{k + 1}"

        def render(chunk, k, n):
            pg = (
                '<ul class="pagination">'
                + "".join(
                    f'<li><span class="active">{j + 1}</span></li>'
                    if j == k
                    else f'<li><a href="{nth(j)}">{j + 1}</a></li>'
                    for j in range(n)
                )
                + "</ul>"
            )
            return base_tpl(
                title,
                f'<div class="blog-content-list grid pure-g-r"><div id="listing" class="block pure-u-2-3">{"".join(item(p) for p in chunk)}{pg}</div>{sidebar()}</div>',
            )

        paged(pages, nth, items, per, render)

    lister("/blog", "मुख्य पृष्ठ", posts)
    pages["/"] = pages["/blog"]
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(f"/blog/tag:{t}", TAGS[t], items)
    for c, items in by_key(posts, lambda p: p.section).items():
        lister(f"/blog/category:{c}", CATS[c], items)
    for (y, m), items in by_month(posts).items():
        lister(
            f"/blog/archives_month:{['jan', 'feb', 'mar', 'apr', 'may'][m - 1]}_{y}",
            f"{MAAH[m - 1]} {y}",
            items,
        )
    for path, t, text in [
        ("/about", "हमारे बारे में", "नगर दर्पण शहर की खबरों का एक स्वतंत्र ऑनलाइन अख़बार है।"),
        ("/privacy", "गोपनीयता नीति", "हम आपकी जानकारी किसी तीसरे पक्ष को नहीं देते।"),
        ("/newsletter", "न्यूज़लेटर", "सदस्यता किसी भी समय रद्द की जा सकती है।"),
    ]:
        pages[path] = html(base_tpl(t, f'<div class="block"><h1>{t}</h1><p>{text}</p></div>'))
    entries: list[tuple[str, str | None]] = [("/", None), ("/blog", None)]
    entries += [(url[p.idx], p.published.strftime("%Y-%m-%d")) for p in posts] + [("/about", None)]
    pages["/sitemap.xml"] = sitemap(base, entries)
    pages["/robots.txt"] = robots(
        base, ["/sitemap.xml"], ["/backup/", "/cache/", "/user/accounts/"]
    )
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: aliases[p.idx])
