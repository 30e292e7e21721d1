"""Statamic 2 site (hu): h2 headline, date only as local text, /amp/ and slash twins, listings only."""
# ruff: noqa: RUF001  (non-Latin scripts and typographic quotes are the point here)

from __future__ import annotations

from html import escape

from benchmarks.unseen.common import by_key, by_month, html, make_posts, paged, robots, site_from
from benchmarks.unseen.holdout5 import ascii_slug

NAME = "statamic_hu"
SITE = "Alföldi Hírmondó"
CATS = {
    "kozelet": "Közélet",
    "kozlekedes": "Közlekedés",
    "oktatas": "Oktatás",
    "gazdasag": "Gazdaság",
}
TAGS = ["kozgyules", "koltsegvetes", "felujitas", "villamos", "lakhatas", "iskola"]
AUTHORS = ["Kovács Eszter", "Nagy Bence", "Tóth Réka"]
MONTHS = ["január", "február", "március", "április", "május"]
DAYS = ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(955, "hu", 36, "Europe/Budapest", list(CATS), AUTHORS, TAGS, midnight=False)
    url = {p.idx: f"/hirek/{ascii_slug(p.title, p.slug)}" for p in posts}
    twins = {p.idx: [url[p.idx] + "/", "/amp" + url[p.idx]] for p in posts}

    def fdate(d, weekday=True):
        return f"{d.year}. {MONTHS[d.month - 1]} {d.day}." + (
            f", {DAYS[d.weekday()]}" if weekday else ""
        )

    def shell(title, main, head=""):
        nav = "".join(f'<li><a href="/hirek/kategoria/{k}">{v}</a></li>' for k, v in CATS.items())
        return f"""<!doctype html>
<html lang="hu">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{escape(title)} | {SITE}</title>{head}
    <link rel="stylesheet" href="/site/themes/hirmondo/css/hirmondo.css">
</head>
<body>
    <div class="top-bar"><div class="container"><span class="today">Kecskeméti hírek, naponta frissítve</span><a href="/elofizetes">Előfizetés</a> · <a href="/impresszum">Impresszum</a></div></div>
    <header class="site-header"><div class="container">
        <h1 class="site-title"><a href="/">{SITE}</a></h1>
        <nav class="main-nav"><ul><li><a href="/hirek">Friss</a></li>{nav}</ul></nav>
        <form class="search" action="/kereses" method="get"><input type="text" name="q" placeholder="Keresés..."></form>
    </div></header>
    <main class="container">
{main}
    </main>
    <footer class="site-footer"><div class="container">
        <div class="footer-col"><h4>{SITE}</h4><p>Független helyi hírportál. Kiadja a Hírmondó Média Kft.</p></div>
        <div class="footer-col"><h4>Rovatok</h4><ul>{nav}</ul></div>
        <div class="footer-col"><h4>Archívum</h4><ul>{"".join(f'<li><a href="/hirek/archivum/{y}/{m:02d}">{y}. {MONTHS[m - 1]}</a></li>' for (y, m) in by_month(posts))}</ul></div>
        <p class="copyright">&copy; 2017 {SITE}. Minden jog fenntartva.</p>
    </div></footer>
    <div class="cookie-bar" id="cookie-bar">Oldalunk sütiket használ a jobb felhasználói élmény érdekében. <a href="/adatvedelem">Adatvédelmi tájékoztató</a> <button class="btn">Rendben</button></div>
</body>
</html>"""

    def related(p):
        rel = [q for q in posts if q.section == p.section and q is not p][:4]
        return "".join(
            f'<li><a href="{url[q.idx]}"><span class="rel-title">{escape(q.title)}</span></a><span class="rel-date">{fdate(q.published, False)}</span></li>'
            for q in rel
        )

    def body(p):
        d = p.published
        tags = "".join(f'<a class="tag" href="/cimke/{t}">#{t}</a> ' for t in p.tags)
        return f"""<div class="row"><div class="col-md-8">
<article class="post">
    <div class="breadcrumb"><a href="/">Címlap</a> › <a href="/hirek/kategoria/{p.section}">{CATS[p.section]}</a></div>
    <h2 class="post-title">{escape(p.title)}</h2>
    <div class="post-meta"><span class="author">{escape(p.author)}</span> <span class="date">{fdate(d)}</span></div>
    <div class="post-lead"><img src="/assets/hirek/{p.idx}.jpg" alt=""><span class="caption">Fotó: {SITE}</span></div>
    <div class="post-body">
{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}
    </div>
    <div class="post-tags">Címkék: {tags}</div>
    <div class="share"><span>Megosztás:</span> <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}">Facebook</a> <a class="tw" href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}">Twitter</a> <a class="mail" href="mailto:?subject={escape(p.title)}">E-mail</a></div>
    <div class="newsletter-box"><h4>Hírlevél</h4><p>Iratkozzon fel, és minden reggel elküldjük a nap legfontosabb helyi híreit.</p><form action="/hirlevel" method="post"><input type="email" name="email" placeholder="e-mail cím"><button>Feliratkozom</button></form></div>
    <div class="comments"><h3>Hozzászólások</h3><div class="fb-comments" data-href="{base}{url[p.idx]}" data-numposts="5" data-width="100%"></div><p class="comment-rules">A hozzászólások a szerzők véleményét tükrözik, nem a szerkesztőségét.</p></div>
</article>
</div>
<aside class="col-md-4">
    <div class="widget related"><h3>Kapcsolódó cikkek</h3><ul>{related(p)}</ul></div>
    <div class="widget popular"><h3>Legolvasottabb</h3><ol>{"".join(f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>' for q in posts[2:7])}</ol></div>
    <div class="widget ad"><span class="label">Hirdetés</span><img src="/assets/banner-300x250.jpg" alt=""></div>
</aside></div>"""

    def article(p):
        head = (
            f'\n    <meta name="description" content="{escape(p.paras[0][:155])}">\n    <link rel="canonical" href="{base}{url[p.idx]}">'
            f'\n    <meta property="og:type" content="article">\n    <meta property="og:title" content="{escape(p.title)}">\n    <meta property="og:site_name" content="{SITE}">'
            f'\n    <link rel="amphtml" href="{base}/amp{url[p.idx]}">'
        )
        return shell(p.title, body(p), head)

    def amp(p):
        d = p.published
        return f"""<!doctype html>
<html amp lang="hu">
<head>
    <meta charset="utf-8">
    <title>{escape(p.title)} | {SITE}</title>
    <link rel="canonical" href="{base}{url[p.idx]}">
    <meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
    <style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><script async src="https://cdn.ampproject.org/v0.js"></script>
</head>
<body>
    <header class="amp-header"><a href="{base}/">{SITE}</a></header>
    <article class="amp-post">
        <h1>{escape(p.title)}</h1>
        <p class="meta">{escape(p.author)} · {fdate(d)}</p>
        {"".join(f"<p>{escape(x)}</p>" for x in p.paras)}
    </article>
    <footer class="amp-footer"><a href="{base}{url[p.idx]}">Teljes nézet</a> · &copy; 2017 {SITE}</footer>
</body>
</html>"""

    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(article(p))
        pages[twins[p.idx][0]] = html(article(p))
        pages[twins[p.idx][1]] = html(amp(p))

    def card(p, link):
        return f"""<div class="card"><a class="card-img" href="{link}"><img src="/assets/hirek/{p.idx}-thumb.jpg" alt=""></a>
<h3 class="card-title"><a href="{link}">{escape(p.title)}</a></h3><p class="card-date">{fdate(p.published, False)}</p><p class="card-excerpt">{escape(p.paras[0][:160])}…</p></div>"""

    def lister(path0, heading, items, per=9, trailing=False):
        def nth(k):
            return path0 if not k else f"{path0}?page={k + 1}"

        def render(chunk, k, n):
            links = "".join(
                f'<li class="{"active" if j == k else ""}"><a href="{nth(j)}">{j + 1}</a></li>'
                for j in range(n)
            )
            prev = f'<li><a href="{nth(k - 1)}" rel="prev">&laquo; Előző</a></li>' if k else ""
            nxt = (
                f'<li><a href="{nth(k + 1)}" rel="next">Következő &raquo;</a></li>'
                if k + 1 < n
                else ""
            )
            cards = "".join(card(p, twins[p.idx][0] if trailing else url[p.idx]) for p in chunk)
            return shell(
                heading,
                f'<h2 class="listing-title">{escape(heading)}</h2><div class="cards">{cards}</div><ul class="pagination">{prev}{links}{nxt}</ul>',
            )

        paged(pages, nth, items, per, render)

    lister("/hirek", "Friss hírek", posts)
    for c, items in by_key(posts, lambda p: p.section).items():
        lister(f"/hirek/kategoria/{c}", CATS[c], items)
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(f"/cimke/{t}", f"Címke: {t}", items, trailing=True)
    for (y, m), items in by_month(posts).items():
        lister(f"/hirek/archivum/{y}/{m:02d}", f"Archívum: {y}. {MONTHS[m - 1]}", items, 12)
    top = posts[0]
    home = f"""<section class="hero"><h2><a href="{url[top.idx]}">{escape(top.title)}</a></h2><p>{escape(top.paras[0])}</p></section>
<section class="latest"><h3>Legfrissebb</h3><div class="cards">{"".join(card(p, url[p.idx]) for p in posts[1:10])}</div><a class="more" href="/hirek">Még több hír</a></section>"""
    pages["/"] = html(shell("Címlap", home))
    for path, heading, text in (
        ("/elofizetes", "Előfizetés", "A nyomtatott kiadás hetente kétszer jelenik meg."),
        (
            "/impresszum",
            "Impresszum",
            "Felelős kiadó: Hírmondó Média Kft. Főszerkesztő: Szabó Anna.",
        ),
        (
            "/adatvedelem",
            "Adatvédelmi tájékoztató",
            "Az oldal sütiket használ a látogatottság méréséhez.",
        ),
        ("/kereses", "Keresés", "Adjon meg egy keresőszót."),
        ("/hirlevel", "Hírlevél", "Köszönjük a feliratkozást!"),
    ):
        pages[path] = html(
            shell(
                heading,
                f'<h2 class="page-title">{heading}</h2><div class="page-body"><p>{text}</p></div>',
            )
        )
    pages["/robots.txt"] = robots(base, [], ["/cp/", "/kereses"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: twins[p.idx])
