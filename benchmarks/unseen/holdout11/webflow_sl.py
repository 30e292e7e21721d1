"""Webflow CMS news site (sl), Europe/Ljubljana, as Webflow hosting publishes it.

Followed: exported/published Webflow pages (the `<!-- This site was created in Webflow -->` and
`Last Published` comments, `data-wf-page`/`data-wf-site` on `<html>`, plus `data-wf-collection`
and `data-wf-item-slug` on collection template pages), Webflow's built-in elements — `w-nav`
navbar (`w-nav-brand`, `w-nav-menu`, `w-nav-link`, `w--current`, `w-nav-button`), `w-container`,
Rich Text `w-richtext`, Collection Lists `w-dyn-list` > `w-dyn-items` (role=list) > `w-dyn-item`
(role=listitem) with `w-dyn-empty`, list pagination `w-pagination-wrapper` with
`w-pagination-previous|next` linking relative `?{listid}_page=N` (page 2 links back to
`_page=1`) and `w-page-count`, the form block `w-form` with `w-form-done` ("Hvala!") and
`w-form-fail` messages, `w-inline-block`/`w-button`/`w-input`; webflow.js and jQuery from the CDN.

Collection items at `/novice/slug`, categories at `/kategorije/slug` (filtered, paged lists).
The date field is shown as DD.MM.YYYY in the site's zone (Webflow's date formats are English or
numeric); a custom-code JSON-LD embed carries `datePublished` in ISO (UTC). Discovery: Webflow's
auto `sitemap.xml` (no lastmod) and the collection RSS feed `/novice/rss.xml` (20 newest), plus
the listings.
"""
# ruff: noqa: RUF001

from __future__ import annotations

import json
from datetime import UTC
from email.utils import format_datetime
from html import escape

from benchmarks.unseen.common import by_key, chunks, html, make_posts, robots, site_from, xml
from benchmarks.unseen.holdout11 import hid, latin_slug

NAME = "webflow_sl"
SITE = "Štajerski utrip"
SITE_ID = "58a1c3e0f1b2d40e5c9a7f10"
CATS = {
    "obcina": "Občina",
    "promet": "Promet",
    "zdravje": "Zdravje",
    "gradnje": "Gradnje",
}
AUTHORS = ["Maja Novak", "Luka Horvat", "Tina Kovačič", "Gregor Zupan"]
LIST_NEWS, LIST_HOME, LIST_CAT = "3f2a1b9c", "a81c2d4e", "5e7b9f01"
CURRENT = ' aria-current="page"'


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1105, "sl", 30, "Europe/Ljubljana", list(CATS), AUTHORS, ["x"])
    slug = {p.idx: latin_slug(p.title, f"novica-{p.idx}", 80) for p in posts}

    def url(p):
        return f"/novice/{slug[p.idx]}"

    def dmy(d):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def iso_z(d):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def page_id(key):
        return hid("wf-page", key, n=24)

    def shell(title, key, body, current="", extra_html="", head=""):
        links = [
            ("Domov", "/"),
            ("Novice", "/novice"),
            *((v, f"/kategorije/{c}") for c, v in CATS.items()),
            ("O nas", "/o-nas"),
        ]
        nav = "".join(
            f'<a href="{h}" class="nav-link w-nav-link{" w--current" if h == current else ""}"{CURRENT if h == current else ""}>{t}</a>'
            for t, h in links
        )
        return f"""<!DOCTYPE html><!-- This site was created in Webflow. https://www.webflow.com --><!-- Last Published: Mon May 01 2017 06:12:33 GMT+0000 (Coordinated Universal Time) --><html data-wf-domain="www.stajerski-utrip.si" data-wf-page="{page_id(key)}" data-wf-site="{SITE_ID}" lang="sl"{extra_html}><head><meta charset="utf-8"/><title>{escape(title)}</title><meta content="{escape(title)}" property="og:title"/><meta content="{escape(title)}" property="twitter:title"/><meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/><link href="https://assets.website-files.com/{SITE_ID}/css/stajerski-utrip.webflow.8f2a1c3e4.css" rel="stylesheet" type="text/css"/><link href="https://fonts.googleapis.com" rel="preconnect"/><script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script><link href="https://assets.website-files.com/{SITE_ID}/58a1c3e0f1b2d40e5c9a7f42_favicon.png" rel="shortcut icon" type="image/x-icon"/><link rel="alternate" type="application/rss+xml" title="{SITE} – novice" href="{base}/novice/rss.xml"/>{head}</head><body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div class="container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets.website-files.com/{SITE_ID}/58a1c3e0f1b2d40e5c9a7f33_logo.svg" loading="lazy" alt="{SITE}" class="logo"/></a><nav role="navigation" class="nav-menu w-nav-menu">{nav}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>{body}<div class="section-newsletter"><div class="container w-container"><h2 class="heading-newsletter">Novice v vaš nabiralnik</h2><p class="paragraph-newsletter">Vsak petek izbor najpomembnejših zgodb tedna. Odjava je mogoča kadar koli.</p><div class="form-block w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="newsletter-form" aria-label="Email Form"><input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Vaš e-naslov" type="email" id="email" required=""/><input type="submit" data-wait="Prosimo, počakajte..." class="submit-button w-button" value="Prijava"/></form><div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Hvala! Vaša prijava je bila uspešno oddana.</div></div><div class="error-message w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Ups! Pri oddaji obrazca je šlo nekaj narobe.</div></div></div></div></div><div class="footer"><div class="container w-container"><div class="footer-flex"><div class="footer-text">© 2017 {SITE}, regionalni spletni časopis. Vse pravice pridržane.</div><div class="footer-links"><a href="/o-nas" class="footer-link">O nas</a><a href="/kontakt" class="footer-link">Kontakt</a><a href="/piskotki" class="footer-link">Piškotki</a><a href="https://www.facebook.com/stajerskiutrip" target="_blank" class="footer-link">Facebook</a></div></div></div></div><div class="cookie-banner"><div class="cookie-text">Spletna stran uporablja piškotke za analitiko in boljšo uporabniško izkušnjo.</div><a href="#" class="cookie-button w-button">Se strinjam</a></div><script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site={SITE_ID}" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script><script src="https://assets.website-files.com/{SITE_ID}/js/webflow.4a1b2c3d.js" type="text/javascript"></script></body></html>"""

    def card(q, cls="post-card"):
        return f"""<div role="listitem" class="{cls}-item w-dyn-item"><a href="{url(q)}" class="{cls} w-inline-block"><img src="https://assets.website-files.com/{SITE_ID[:12]}{hid(q.idx, n=12)}/{hid(q.idx, "img", n=24)}_{slug[q.idx][:20]}.jpg" loading="lazy" alt="" class="{cls}-image"/><div class="{cls}-meta"><div class="category-label">{CATS[q.section]}</div><div class="{cls}-date">{dmy(q.published)}</div></div><h3 class="{cls}-title">{escape(q.title)}</h3><p class="{cls}-summary">{escape(q.paras[0][:150])}…</p></a></div>"""

    def collection_list(chunk, list_id, k, n, cls="post-card", path=""):
        prev = (
            f'<a href="?{list_id}_page={k}" aria-label="Previous Page" class="w-pagination-previous pagination-button"><svg class="w-pagination-previous-icon" height="12px" width="12px" viewBox="0 0 12 12"><path fill="none" stroke="currentColor" d="M8 10L4 6l4-4"></path></svg><div class="w-inline-block">Prejšnja</div></a>'
            if k
            else ""
        )
        nxt = (
            f'<a href="?{list_id}_page={k + 2}" aria-label="Next Page" class="w-pagination-next pagination-button"><div class="w-inline-block">Naslednja</div><svg class="w-pagination-next-icon" height="12px" width="12px" viewBox="0 0 12 12"><path fill="none" stroke="currentColor" d="M4 2l4 4-4 4"></path></svg></a><link rel="prerender" href="?{list_id}_page={k + 2}"/>'
            if k + 1 < n
            else ""
        )
        pager = (
            f'<div role="navigation" aria-label="List" class="w-pagination-wrapper pagination">{prev}{nxt}<div aria-label="Page {k + 1} of {n}" role="heading" class="w-page-count page-count">{k + 1} / {n}</div></div>'
            if n > 1
            else ""
        )
        return f'<div class="w-dyn-list"><div role="list" class="{cls}-list w-dyn-items">{"".join(card(q, cls) for q in chunk)}</div>{pager}</div>'

    pages: dict = {}

    def paged_list(path, list_id, items, per, render):
        parts = chunks(items, per)
        for k, chunk in enumerate(parts):
            out = render(collection_list(chunk, list_id, k, len(parts)), k)
            pages[path if not k else f"{path}?{list_id}_page={k + 1}"] = html(out)
            if k == 1:  # page 2's "Prejšnja" names page 1 with the parameter
                pages[f"{path}?{list_id}_page=1"] = html(
                    render(collection_list(parts[0], list_id, 0, len(parts)), 0)
                )

    for p in posts:
        rel = [q for q in posts if q.section == p.section and q is not p][:3]
        ld = json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": p.title,
                "datePublished": iso_z(p.published),
                "author": {"@type": "Person", "name": p.author},
                "publisher": {"@type": "Organization", "name": SITE},
            },
            ensure_ascii=False,
        )
        head = (
            f'<meta content="{escape(p.paras[0][:155])}" name="description"/><meta content="article" property="og:type"/>'
            f'<link href="{base}{url(p)}" rel="canonical"/><script type="application/ld+json">{ld}</script>'
        )
        body = "".join(f"<p>{escape(x)}</p>" for x in p.paras)
        share = f'<div class="share-block"><div class="share-label">Deli:</div><a href="https://www.facebook.com/sharer/sharer.php?u={base}{url(p)}" target="_blank" class="share-link w-inline-block"><img src="https://assets.website-files.com/{SITE_ID}/58a1c3e0f1b2d40e5c9a7f51_fb.svg" alt="Facebook"/></a><a href="https://twitter.com/intent/tweet?url={base}{url(p)}" target="_blank" class="share-link w-inline-block"><img src="https://assets.website-files.com/{SITE_ID}/58a1c3e0f1b2d40e5c9a7f52_tw.svg" alt="Twitter"/></a></div>'
        main = f"""<div class="section-post"><div class="container-narrow w-container"><div class="post-header"><a href="/kategorije/{p.section}" class="category-tag w-inline-block"><div>{CATS[p.section]}</div></a><h1 class="post-title">{escape(p.title)}</h1><div class="post-meta"><div class="post-date">{dmy(p.published)}</div><div class="meta-divider">·</div><div class="post-author">{escape(p.author)}</div></div></div><img src="https://assets.website-files.com/{SITE_ID[:12]}{hid(p.idx, n=12)}/{hid(p.idx, "img", n=24)}_{slug[p.idx][:20]}.jpg" loading="lazy" alt="" class="post-main-image"/><div class="post-body w-richtext">{body}</div>{share}</div></div><div class="section-related"><div class="container w-container"><h2 class="heading-related">Preberite tudi</h2><div class="w-dyn-list"><div role="list" class="related-list w-dyn-items w-row">{"".join(card(q, "related-card") for q in rel)}</div></div></div></div>"""
        pages[url(p)] = html(
            shell(
                f"{p.title} | {SITE}",
                ("post", p.idx),
                main,
                "/novice",
                f' data-wf-collection="{hid("coll-novice", n=24)}" data-wf-item-slug="{slug[p.idx]}"',
                head,
            )
        )

    paged_list(
        "/novice",
        LIST_NEWS,
        posts,
        9,
        lambda lst, k: shell(
            f"Novice | {SITE}",
            "novice",
            f'<div class="section-header"><div class="container w-container"><h1 class="page-heading">Novice</h1><p class="page-intro">Vse zgodbe iz občin, prometa in zdravstva na enem mestu.</p></div></div><div class="section-list"><div class="container w-container">{lst}</div></div>',
            "/novice",
        ),
    )
    paged_list(
        "/",
        LIST_HOME,
        posts[1:],
        6,
        lambda lst, k: shell(
            f"{SITE} | Regionalne novice",
            "home",
            f'<div class="section-hero"><div class="container w-container"><div class="w-dyn-list"><div role="list" class="hero-list w-dyn-items">{card(posts[0], "hero-card")}</div></div></div></div><div class="section-list"><div class="container w-container"><h2 class="section-heading">Zadnje novice</h2>{lst}<a href="/novice" class="button-more w-button">Vse novice</a></div></div>',
            "/",
        ),
    )
    for c, items in by_key(posts, lambda p: p.section).items():
        paged_list(
            f"/kategorije/{c}",
            LIST_CAT,
            items,
            6,
            lambda lst, k, c=c: shell(
                f"{CATS[c]} | {SITE}",
                ("cat", c),
                f'<div class="section-header"><div class="container w-container"><h1 class="page-heading">{CATS[c]}</h1></div></div><div class="section-list"><div class="container w-container">{lst}</div></div>',
                f"/kategorije/{c}",
                f' data-wf-collection="{hid("coll-kategorije", n=24)}" data-wf-item-slug="{c}"',
            ),
        )
    for path, title, text in (
        (
            "/o-nas",
            "O nas",
            f"{SITE} je neodvisen regionalni spletni časopis, ki ga od leta 2014 ureja skupina novinarjev iz Maribora.",
        ),
        (
            "/kontakt",
            "Kontakt",
            "Pišite nam na urednistvo@stajerski-utrip.si ali pokličite 02 620 33 10.",
        ),
        (
            "/piskotki",
            "Piškotki",
            "Uporabljamo nujne in analitične piškotke. Nastavitve lahko kadar koli spremenite.",
        ),
    ):
        pages[path] = html(
            shell(
                f"{title} | {SITE}",
                path,
                f'<div class="section-header"><div class="container w-container"><h1 class="page-heading">{title}</h1></div></div><div class="section-content"><div class="container-narrow w-container"><div class="w-richtext"><p>{text}</p></div></div></div>',
                path,
            )
        )
    items = "".join(
        f"<item><title>{escape(p.title)}</title><link>{base}{url(p)}</link><guid>{base}{url(p)}</guid><description>{escape(p.paras[0][:155])}</description><pubDate>{format_datetime(p.published.astimezone(UTC), usegmt=True)}</pubDate></item>"
        for p in posts[:20]
    )
    pages["/novice/rss.xml"] = xml(
        f'<?xml version="1.0" encoding="UTF-8"?><rss xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel><title>{SITE} – novice</title><link>{base}/novice</link><description>Regionalne novice</description>{items}</channel></rss>',
        "application/rss+xml",
    )
    locs = ["/", "/novice", "/o-nas", "/kontakt", "/piskotki", *(f"/kategorije/{c}" for c in CATS)]
    locs += [url(p) for p in posts]
    pages["/sitemap.xml"] = xml(
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{base}{u}</loc></url>" for u in locs)
        + "</urlset>"
    )
    pages["/robots.txt"] = robots(base, ["/sitemap.xml"])
    return site_from(NAME, posts, url, pages)
