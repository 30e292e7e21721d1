"""Squidex headless CMS behind a Nuxt 2 (SSR, nuxt-i18n) front end: a Georgian regional news site.

Followed: the Nuxt 2 server-rendered page shell (`<div id="__nuxt"><div id="__layout">`, `data-n-head`
attributes, the `window.__NUXT__` state script), nuxt-i18n's `prefix_and_default` strategy (every
route also under `/ka/`, with hreflang links), vue-router's non-strict matching (a trailing slash
serves the same route), @nuxtjs/sitemap output, and Squidex content as its REST API returns it
(`data.title.iv`, dates stored in UTC ISO form, assets under `/api/assets/<app>/<id>`), rendered by
page components like the `pages/news/_slug.vue` of the public Squidex/Nuxt sample front ends.
"""
# ruff: noqa: RUF001

from __future__ import annotations

import json
import random
from datetime import UTC
from html import escape

from benchmarks.unseen.common import by_key, html, make_posts, paged, robots, site_from, sitemap
from benchmarks.unseen.holdout14 import latin_slug

NAME = "squidex_ka"
SITE = "იმერეთის მაცნე"
CATS = {
    "politika": "პოლიტიკა",
    "sazogadoeba": "საზოგადოება",
    "ekonomika": "ეკონომიკა",
    "regioni": "რეგიონი",
}
AUTHORS = ["ნინო ბერიძე", "გიორგი ლომიძე", "თამარ ჯაფარიძე", "ლევან ქავთარაძე"]
MONTHS = [
    "იანვარი",
    "თებერვალი",
    "მარტი",
    "აპრილი",
    "მაისი",
    "ივნისი",
    "ივლისი",
    "აგვისტო",
    "სექტემბერი",
    "ოქტომბერი",
    "ნოემბერი",
    "დეკემბერი",
]
PER = 9


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1401, "ka", 34, "Asia/Tbilisi", list(CATS), AUTHORS, ["x"])
    rng = random.Random(1401)
    sid = {
        p.idx: "{:08x}-{:04x}-4{:03x}-a{:03x}-{:012x}".format(
            *tuple(rng.getrandbits(b) for b in (32, 16, 12, 12, 48))
        )
        for p in posts
    }
    slug = {p.idx: latin_slug(p.title) for p in posts}
    url = {p.idx: f"/siakhleebi/{slug[p.idx]}" for p in posts}

    def twins(p):
        return [f"/ka{url[p.idx]}", f"{url[p.idx]}/"]

    def shown(d):
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"

    def utc(d):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def state(kind, items):
        data = [
            {
                "id": sid[q.idx],
                "created": utc(q.published),
                "data": {
                    "title": {"iv": q.title},
                    "slug": {"iv": slug[q.idx]},
                    "category": {"iv": q.section},
                    "publishDate": {"iv": utc(q.published)},
                    "lead": {"iv": q.paras[0][:140]},
                },
            }
            for q in items
        ]
        blob = json.dumps(
            {
                "layout": "default",
                "data": [{kind: data}],
                "state": {"i18n": {"locale": "ka"}},
                "serverRendered": True,
            },
            ensure_ascii=False,
        )
        blob = blob.replace("</", "<\\/")
        return f"<script>window.__NUXT__={blob};</script>"

    def shell(title, main, path, head="", items=()):
        cats = "".join(
            f'<li class="nav__item"><a href="/kategoria/{c}" class="nav__link">{v}</a></li>'
            for c, v in CATS.items()
        )
        return f"""<!doctype html>
<html lang="ka" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22ka%22%7D%7D">
<head>
<title>{escape(title)}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<link data-n-head="ssr" rel="alternate" hreflang="ka" href="{base}{path}"><link data-n-head="ssr" rel="alternate" hreflang="x-default" href="{base}{path}">{head}
<link rel="preload" href="/_nuxt/app.3f1c2a9.js" as="script"><link rel="stylesheet" href="/_nuxt/css/4b2e1d0.css">
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="app">
<header class="header"><div class="container header__inner">
<a href="/" class="header__logo nuxt-link-active"><img src="/logo.svg" alt="{SITE}"></a>
<nav class="nav"><ul class="nav__list"><li class="nav__item"><a href="/" class="nav__link nuxt-link-exact-active">მთავარი</a></li><li class="nav__item"><a href="/siakhleebi" class="nav__link">ახალი ამბები</a></li>{cats}<li class="nav__item"><a href="/chven-shesakheb" class="nav__link">ჩვენ შესახებ</a></li></ul></nav>
<div class="header__weather">ქუთაისი +14°</div>
</div></header>
<main class="page">
{main}
</main>
<section class="newsletter"><div class="container"><h3 class="newsletter__title">გამოიწერეთ ყოველკვირეული დაიჯესტი</h3><form class="newsletter__form" action="/gamotsera" method="get"><input type="email" name="email" placeholder="ელ-ფოსტა"><button type="submit" class="btn">გამოწერა</button></form></div></section>
<footer class="footer"><div class="container"><p>© 2017 {SITE}. ყველა უფლება დაცულია.</p><ul class="footer__links"><li><a href="/chven-shesakheb">ჩვენ შესახებ</a></li><li><a href="/konfidentsialoba">კონფიდენციალურობა</a></li><li><a href="/reklama">რეკლამა</a></li></ul><p class="footer__powered">Content: Squidex · Front end: Nuxt.js</p></div></footer>
<div class="Cookie Cookie--bottom Cookie--base" role="dialog"><div class="Cookie__content">საიტი იყენებს ქუქი-ფაილებს. <a href="/konfidentsialoba">დეტალურად</a></div><div class="Cookie__buttons"><button class="Cookie__button">გასაგებია</button></div></div>
</div></div></div>
{state("items", items)}<script src="/_nuxt/runtime.8d0b1f2.js" defer></script><script src="/_nuxt/app.3f1c2a9.js" defer></script>
</body>
</html>"""

    def card(q, trailing=False):
        href = url[q.idx] + ("/" if trailing else "")
        return f"""<article class="card"><a href="{href}" class="card__image"><img src="https://cloud.squidex.io/api/assets/imeretis-matsne/{sid[q.idx][:8]}?width=480&amp;height=270&amp;mode=Crop" alt=""></a>
<div class="card__body"><a href="/kategoria/{q.section}" class="card__category">{CATS[q.section]}</a><h3 class="card__title"><a href="{href}">{escape(q.title)}</a></h3><time class="card__date" datetime="{utc(q.published)}">{shown(q.published)}</time></div></article>"""

    def article(p):
        i = posts.index(p)
        related = [q for q in posts if q.section == p.section and q is not p][:3]
        main = f"""<div class="container article-page">
<nav class="breadcrumbs"><a href="/">მთავარი</a> / <a href="/kategoria/{p.section}">{CATS[p.section]}</a></nav>
<article class="article">
<header class="article__header"><h1 class="article__title">{escape(p.title)}</h1>
<div class="article__meta"><span class="article__author">{escape(p.author)}</span> <time class="article__date" datetime="{utc(p.published)}">{shown(p.published)}</time></div></header>
<figure class="article__cover"><img src="https://cloud.squidex.io/api/assets/imeretis-matsne/{sid[p.idx][9:13]}cover?width=1200" alt=""><figcaption>ფოტო: {SITE}</figcaption></figure>
<div class="article__body">
{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}
</div>
<div class="article__share"><span>გაზიარება:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}" target="_blank" rel="noopener">Facebook</a> <a href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}" target="_blank" rel="noopener">Twitter</a></div>
<div class="fb-comments" data-href="{base}{url[p.idx]}" data-numposts="5"></div>
</article>
<aside class="related"><h2 class="related__title">მსგავსი სიახლეები</h2>{"".join(card(q, trailing=True) for q in related)}</aside>
<aside class="popular"><h2>ყველაზე კითხვადი</h2><ol>{"".join(f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>' for q in posts[(i + 5) % len(posts) :][:5])}</ol></aside>
</div>"""
        head = (
            f'\n<link data-n-head="ssr" rel="canonical" href="{base}{url[p.idx]}">'
            f'\n<meta data-n-head="ssr" data-hid="description" name="description" content="{escape(p.paras[0][:150])}">'
            f'\n<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{escape(p.title)}">'
            f'\n<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article">'
        )
        return shell(f"{p.title} | {SITE}", main, url[p.idx], head, [p])

    pages: dict = {}
    for p in posts:
        page = html(article(p))
        pages[url[p.idx]] = page
        for t in twins(p):
            pages[t] = page

    def lister(path, heading, items):
        def nth(k):
            return path if not k else f"{path}?page={k + 1}"

        def render(chunk, k, n):
            nums = "".join(
                f'<li class="pagination__item{" pagination__item--active" if j == k else ""}"><a href="{nth(j)}">{j + 1}</a></li>'
                for j in range(n)
            )
            nxt = (
                f'<li class="pagination__item"><a href="{nth(k + 1)}">შემდეგი ›</a></li>'
                if k + 1 < n
                else ""
            )
            main = f'<div class="container"><h1 class="page__title">{escape(heading)}</h1><div class="grid">{"".join(card(q) for q in chunk)}</div><ul class="pagination">{nums}{nxt}</ul></div>'
            return shell(f"{heading} | {SITE}", main, path, "", chunk)

        paged(pages, nth, items, PER, render)

    home = f"""<div class="container"><section class="hero">{card(posts[0])}</section>
<section class="home-latest"><h2>ბოლო სიახლეები</h2><div class="grid">{"".join(card(q) for q in posts[1:9])}</div><a href="/siakhleebi" class="btn">ყველა სიახლე</a></section>
{"".join(f'<section class="home-cat"><h2><a href="/kategoria/{c}">{v}</a></h2><div class="grid">{"".join(card(q) for q in items[:3])}</div></section>' for c, v in CATS.items() for items in [[q for q in posts if q.section == c]])}</div>"""
    pages["/"] = html(shell(SITE, home, "/", "", posts[:9]))
    pages["/ka"] = pages["/"]
    lister("/siakhleebi", "ახალი ამბები", posts)
    for c, items in by_key(posts, lambda p: p.section).items():
        lister(f"/kategoria/{c}", CATS[c], items)
    for path, heading, text in (
        (
            "/chven-shesakheb",
            "ჩვენ შესახებ",
            "იმერეთის მაცნე არის დამოუკიდებელი რეგიონული გამოცემა, რომელიც 2014 წლიდან მუშაობს ქუთაისში.",
        ),
        (
            "/konfidentsialoba",
            "კონფიდენციალურობა",
            "ჩვენ ვინახავთ მხოლოდ იმ მონაცემებს, რომლებიც აუცილებელია საიტის მუშაობისთვის.",
        ),
        ("/reklama", "რეკლამა", "სარეკლამო შეთავაზებებისთვის მოგვწერეთ ელ-ფოსტაზე."),
        ("/gamotsera", "გამოწერა", "გმადლობთ! დაადასტურეთ გამოწერა ელ-ფოსტაში მიღებული ბმულით."),
    ):
        pages[path] = html(
            shell(
                f"{heading} | {SITE}",
                f'<div class="container static-page"><h1>{heading}</h1><p>{text}</p></div>',
                path,
            )
        )
    pages["/sitemap.xml"] = sitemap(
        base,
        [("/", None), ("/siakhleebi", None)]
        + [(f"/kategoria/{c}", None) for c in CATS]
        + [
            (url[p.idx], p.published.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"))
            for p in posts
        ],
    )
    pages["/robots.txt"] = robots(base, ["/sitemap.xml"], ["/_nuxt/"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages, twins)
