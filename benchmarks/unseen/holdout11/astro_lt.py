"""Astro static news blog (lt), Europe/Vilnius, built by `astro build` on a UTC CI machine.

Followed: withastro/astro `examples/blog` — `src/layouts/BlogPost.astro` (`<article>` with
`hero-image`, `prose`, `title`, `date` holding `FormattedDate`, `<h1>`, `<hr/>`, then the post's
Markdown), `src/components/FormattedDate.astro` (`<time datetime={date.toISOString()}>` and
`toLocaleDateString` — rendered at build time in the builder's zone, so the shown day is the UTC
one), `BaseHead.astro` (canonical = `new URL(Astro.url.pathname, Astro.site)`, the
`rel=sitemap` link, the RSS alternate), `Header.astro`/`HeaderLink.astro`/`Footer.astro`
(scoped `data-astro-cid-*` attributes), `src/pages/rss.xml.js` (@astrojs/rss) and
@astrojs/sitemap's `sitemap-index.xml` + `sitemap-0.xml`; news-theme additions as Astro news
themes have them: `paginate()` pages `/blog/2/`, tag pages `/tags/tag/`, a "related" list and a
newsletter box (Buttondown form).

Posts live at `/blog/slug/`. The host (Vercel, `trailingSlash` unset) also answers `/blog/slug`
with the same page, and the tag pages link that form; BaseHead's canonical then names the
slash-less path itself. Discovery: sitemap index, RSS (every post) and the listings.
"""
# ruff: noqa: RUF001

from __future__ import annotations

from datetime import UTC
from email.utils import format_datetime
from html import escape

from benchmarks.unseen.common import by_key, chunks, html, make_posts, site_from, xml
from benchmarks.unseen.holdout11 import hid, latin_slug

NAME = "astro_lt"
SITE = "Regiono žinios"
DESC = "Savivalda, transportas ir miestų gyvenimas – nepriklausomas regiono naujienų tinklaraštis."
TAGS = {
    "savivalda": "Savivalda",
    "transportas": "Transportas",
    "sveikata": "Sveikata",
    "statybos": "Statybos",
    "kaunas": "Kaunas",
}
AUTHORS = ["Rūta Petrauskienė", "Tomas Kazlauskas", "Eglė Jankauskaitė", "Mindaugas Stankevičius"]
MONTHS = [
    "sausio",
    "vasario",
    "kovo",
    "balandžio",
    "gegužės",
    "birželio",
    "liepos",
    "rugpjūčio",
    "rugsėjo",
    "spalio",
    "lapkričio",
    "gruodžio",
]
PER = 10
CID = {k: hid("astro", k, n=8) for k in ("head", "foot", "post", "card", "nl", "pg")}


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        1103, "lt", 31, "Europe/Vilnius", list(TAGS)[:4], AUTHORS, list(TAGS), midnight=True
    )
    slug = {p.idx: latin_slug(p.title, f"naujiena-{p.idx}", 64) for p in posts}

    def url(p, slash=True):
        return f"/blog/{slug[p.idx]}" + ("/" if slash else "")

    def tags_of(p):
        return sorted({p.section, *p.tags})

    def lt_date(d):
        u = d.astimezone(UTC)
        return f"{u.year} m. {MONTHS[u.month - 1]} {u.day} d."

    def iso_z(d):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def fdate(d):
        return f'<time datetime="{iso_z(d)}">{lt_date(d)}</time>'

    def c(k):
        return f"data-astro-cid-{CID[k]}"

    header = f"""<header {c("head")}><nav {c("head")}><h2 {c("head")}><a href="/" {c("head")}>{SITE}</a></h2><div class="internal-links" {c("head")}><a href="/" {c("head")}>Pradžia</a><a href="/blog/" {c("head")}>Naujienos</a><a href="/tags/" {c("head")}>Temos</a><a href="/apie/" {c("head")}>Apie</a></div><div class="social-links" {c("head")}><a href="https://www.facebook.com/regionozinios" target="_blank" {c("head")}><span class="sr-only" {c("head")}>Sekite mus Facebook</span><svg viewBox="0 0 16 16" aria-hidden="true" width="32" height="32" {c("head")}><path fill="currentColor" d="M16 8.049c0-4.446-3.582-8.05-8-8.05C3.58 0-.002 3.603-.002 8.05"></path></svg></a><a href="/rss.xml" {c("head")}><span class="sr-only" {c("head")}>RSS</span></a></div></nav></header>"""
    footer = f"""<footer {c("foot")}>&copy; 2017 {SITE}. Visos teisės saugomos. Sukurta su <a href="https://astro.build" {c("foot")}>Astro</a>.<div class="social-links" {c("foot")}><a href="https://www.facebook.com/regionozinios" target="_blank" {c("foot")}><span class="sr-only" {c("foot")}>Facebook</span></a><a href="/rss.xml" {c("foot")}><span class="sr-only" {c("foot")}>RSS srautas</span></a></div></footer>"""
    newsletter = f"""<aside class="newsletter" {c("nl")}><h3 {c("nl")}>Savaitės naujienlaiškis</h3><p {c("nl")}>Kiekvieną penktadienį – svarbiausios savaitės žinios jūsų pašto dėžutėje. Jokio šlamšto.</p><form action="https://buttondown.email/api/emails/embed-subscribe/regionozinios" method="post" target="popupwindow" class="embeddable-buttondown-form" {c("nl")}><label for="bd-email" {c("nl")}>El. paštas</label><input type="email" name="email" id="bd-email" {c("nl")}><input type="submit" value="Prenumeruoti" {c("nl")}></form></aside>"""

    def shell(title, description, path, main, og="website", extra_head=""):
        return f"""<!DOCTYPE html><html lang="lt"><head><!-- Global Metadata --><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" type="image/svg+xml" href="/favicon.svg"><meta name="generator" content="Astro v2.10.14"><link rel="sitemap" href="/sitemap-index.xml"><link rel="alternate" type="application/rss+xml" title="{SITE}" href="{base}/rss.xml"><!-- Font preloads --><link rel="preload" href="/fonts/atkinson-regular.woff" as="font" type="font/woff" crossorigin><!-- Canonical URL --><link rel="canonical" href="{base}{path}"><!-- Primary Meta Tags --><title>{escape(title)}</title><meta name="title" content="{escape(title)}"><meta name="description" content="{escape(description)}"><!-- Open Graph / Facebook --><meta property="og:type" content="{og}"><meta property="og:url" content="{base}{path}"><meta property="og:title" content="{escape(title)}"><meta property="og:description" content="{escape(description)}"><meta property="og:image" content="{base}/blog-placeholder-1.jpg"><!-- Twitter --><meta property="twitter:card" content="summary_large_image"><meta property="twitter:url" content="{base}{path}">{extra_head}<link rel="stylesheet" href="/_astro/about.3b1c1c0f.css"><style>main[{c("post")}]{{width:calc(100% - 2em);max-width:100%;margin:0}}</style></head><body>{header}{main}{footer}</body></html>"""

    def card(q, slash=True):
        tags = "".join(
            f'<a class="tag" href="/tags/{t}/" {c("card")}>#{TAGS[t]}</a>' for t in tags_of(q)
        )
        return f"""<li {c("card")}><a href="{url(q, slash)}" {c("card")}><img width="720" height="360" src="/_astro/{slug[q.idx][:24]}.{hid(q.idx, n=8)}_Z1x8wbq.webp" alt="" {c("card")}><h4 class="title" {c("card")}>{escape(q.title)}</h4><p class="date" {c("card")}>{fdate(q.published)}</p></a><p class="excerpt" {c("card")}>{escape(q.paras[0][:160])}…</p><div class="tags" {c("card")}>{tags}</div></li>"""

    def post_page(p, slash=True):
        i = posts.index(p)
        rel = [q for q in posts if q is not p and q.section == p.section][:3]
        prev = posts[i + 1] if i + 1 < len(posts) else None
        nxt = posts[i - 1] if i else None
        nav = (
            f'<nav class="post-nav" {c("post")}>'
            + (
                f'<a class="prev" href="{url(prev)}" {c("post")}>← {escape(prev.title)}</a>'
                if prev
                else ""
            )
            + (
                f'<a class="next" href="{url(nxt)}" {c("post")}>{escape(nxt.title)} →</a>'
                if nxt
                else ""
            )
            + "</nav>"
        )
        tags = "".join(
            f'<li {c("post")}><a href="/tags/{t}/" {c("post")}>{TAGS[t]}</a></li>'
            for t in tags_of(p)
        )
        body = "".join(f"<p>{escape(x)}</p>" for x in p.paras)
        related = "".join(
            f'<li {c("post")}><a href="{url(q)}" {c("post")}>{escape(q.title)}</a> <span class="date" {c("post")}>{fdate(q.published)}</span></li>'
            for q in rel
        )
        main = f"""<main {c("post")}><article {c("post")}><div class="hero-image" {c("post")}><img width="1020" height="510" src="/_astro/{slug[p.idx][:24]}.{hid(p.idx, n=8)}_2gQ9bR.webp" alt="" {c("post")}></div><div class="prose" {c("post")}><div class="title" {c("post")}><div class="date" {c("post")}>{fdate(p.published)}</div><h1 {c("post")}>{escape(p.title)}</h1><p class="author" {c("post")}>{escape(p.author)}</p><hr {c("post")}></div>{body}</div><ul class="post-tags" {c("post")}>{tags}</ul></article>{nav}<section class="related" {c("post")}><h2 {c("post")}>Skaitykite taip pat</h2><ul {c("post")}>{related}</ul></section>{newsletter}</main>"""
        head = f'<meta property="article:published_time" content="{iso_z(p.published)}">'
        return shell(p.title, p.paras[0][:155], url(p, slash), main, "article", head)

    def pagination(k, n, nth):
        prev = f'<a href="{nth(k - 1)}" {c("pg")}>← Naujesni</a>' if k else ""
        nxt = f'<a href="{nth(k + 1)}" {c("pg")}>Senesni →</a>' if k + 1 < n else ""
        return f'<nav class="pagination" aria-label="Puslapiai" {c("pg")}>{prev}<span {c("pg")}>Puslapis {k + 1} iš {n}</span>{nxt}</nav>'

    pages: dict = {}
    sitemap_paths = ["/", "/apie/", "/blog/", "/tags/"]
    for p in posts:
        pages[url(p)] = html(post_page(p))
        pages[url(p, False)] = html(post_page(p, False))
        sitemap_paths.append(url(p))

    def listing(first, heading, items, slash=True):
        parts = chunks(items, PER)

        def nth(k):
            return first if not k else f"{first}{k + 1}/"

        for k, chunk in enumerate(parts):
            cards = "".join(card(q, slash) for q in chunk)
            main = f"<main {c('post')}><section {c('card')}><h1 {c('card')}>{escape(heading)}</h1><ul {c('card')}>{cards}</ul></section>{pagination(k, len(parts), nth)}</main>"
            title = heading + (f" – {k + 1} puslapis" if k else "") + f" | {SITE}"
            pages[nth(k)] = html(shell(title, DESC, nth(k), main))
            if k:
                sitemap_paths.append(nth(k))

    listing("/blog/", "Naujienos", posts)
    tagged = by_key(posts, tags_of)
    for t, items in tagged.items():
        listing(f"/tags/{t}/", f"Tema: {TAGS[t]}", items, slash=False)
        sitemap_paths.append(f"/tags/{t}/")
    tag_index = "".join(
        f'<li {c("card")}><a href="/tags/{t}/" {c("card")}>{TAGS[t]}</a> <span {c("card")}>({len(tagged[t])})</span></li>'
        for t in TAGS
        if t in tagged
    )
    pages["/tags/"] = html(
        shell(
            f"Temos | {SITE}",
            DESC,
            "/tags/",
            f'<main {c("post")}><h1 {c("card")}>Temos</h1><ul class="tag-list" {c("card")}>{tag_index}</ul></main>',
        )
    )
    hero = posts[0]
    home = f"""<main {c("post")}><section class="hero" {c("card")}><a href="{url(hero)}" {c("card")}><img width="1020" height="510" src="/_astro/{slug[hero.idx][:24]}.{hid(hero.idx, n=8)}_2gQ9bR.webp" alt="" {c("card")}><h1 {c("card")}>{escape(hero.title)}</h1></a><p {c("card")}>{escape(hero.paras[0][:200])}…</p><p class="date" {c("card")}>{fdate(hero.published)}</p></section><section {c("card")}><h2 {c("card")}>Naujausios</h2><ul {c("card")}>{"".join(card(q) for q in posts[1:7])}</ul><a class="more" href="/blog/" {c("card")}>Visos naujienos →</a></section>{newsletter}</main>"""
    pages["/"] = html(shell(SITE, DESC, "/", home))
    pages["/apie/"] = html(
        shell(
            f"Apie | {SITE}",
            "Apie mus",
            "/apie/",
            f'<main {c("post")}><article {c("post")}><div class="prose" {c("post")}><div class="title" {c("post")}><h1 {c("post")}>Apie mus</h1><hr {c("post")}></div><p>{SITE} – nedidelė žurnalistų komanda, nuo 2015 m. rašanti apie savivaldą ir miestų gyvenimą.</p><p>Rašykite mums: redakcija@regionozinios.lt</p></div></article></main>',
        )
    )
    items = "".join(
        f'<item><title>{escape(p.title)}</title><link>{base}{url(p)}</link><guid isPermaLink="true">{base}{url(p)}</guid><description>{escape(p.paras[0][:155])}</description><pubDate>{format_datetime(p.published.astimezone(UTC), usegmt=True)}</pubDate></item>'
        for p in posts
    )
    pages["/rss.xml"] = xml(
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{SITE}</title><description>{escape(DESC)}</description><link>{base}/</link><language>lt</language>{items}</channel></rss>',
        "application/xml",
    )
    pages["/sitemap-index.xml"] = xml(
        f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{base}/sitemap-0.xml</loc></sitemap></sitemapindex>'
    )
    pages["/sitemap-0.xml"] = xml(
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">'
        + "".join(f"<url><loc>{base}{escape(u)}</loc></url>" for u in sitemap_paths)
        + "</urlset>"
    )
    pages["/robots.txt"] = xml(
        f"User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap-index.xml\n", "text/plain"
    )
    return site_from(NAME, posts, url, pages, lambda p: [url(p, False)])
