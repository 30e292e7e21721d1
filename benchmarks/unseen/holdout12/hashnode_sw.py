"""A Hashnode headless blog on the open-source Next.js starter kit (personal theme), sw, Africa/Nairobi.

Modelled on Hashnode's `starter-kit` repository, `themes/personal`: `pages/index.tsx` (the
`PersonalHeader`, `MinimalPosts` list of the first 10 posts and a client-side "Load more"
button), `pages/[slug].tsx` (`<h1>` title, the `DateFormatter` `<time dateTime>` printed with
date-fns `LLL d, yyyy` in the server's UTC, `readTimeInMinutes`, `MarkdownToHtml` rendering into
`hashnode-content-style`, the tag pill list, `Footer`), `pages/tag/[slug].tsx`, the
`rss.xml.ts` route (20 posts per page, `?after=<cursor>` and an `atom:link rel="next"`),
`sitemap.xml.ts` and `robots.txt.ts`; Next.js output (`__next` root, `__NEXT_DATA__` JSON with
the post, `_next/static` chunks, `next-head-count`). Posts sit at `/{slug}`, and Hashnode's
"more articles" links add `?source=more_articles_bottom_blogs` (the same page answers).
"""

from __future__ import annotations

import base64
import json
from datetime import UTC
from email.utils import format_datetime
from html import escape

from benchmarks.unseen.common import by_key, html, make_posts, site_from, sitemap, xml
from benchmarks.unseen.holdout12 import slugify
from benchmarks.unseen.server import Resp

NAME = "hashnode_sw"
SITE = "Habari za Pwani"
TAGS = ["kaunti", "bajeti", "usafiri", "afya", "elimu", "mombasa", "ujenzi"]
AUTHORS = ["Amina Said", "Baraka Otieno", "Zawadi Mwangi"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SRC = "?source=more_articles_bottom_blogs"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1204, "sw", 33, "Africa/Nairobi", ["habari"], AUTHORS, TAGS)
    slug = {p.idx: slugify(p.title, f"habari-{p.idx}", 80) for p in posts}
    pid = {p.idx: f"58b{p.idx:021x}"[:24] for p in posts}

    def url(p):
        return f"/{slug[p.idx]}"

    def twins(p):
        return [url(p) + SRC]

    def utc(p):
        return p.published.astimezone(UTC)

    def iso(p):
        return utc(p).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def shown(p):
        d = utc(p)
        return f"{MON[d.month - 1]} {d.day}, {d.year}"

    def minutes(p):
        return max(1, round(sum(len(x.split()) for x in p.paras) / 200))

    def next_data(page, props):
        data = {
            "props": {"pageProps": props, "__N_SSP": True},
            "page": page,
            "query": {},
            "buildId": "Xk2c9Qn1bP0aL7vR",
            "isFallback": False,
            "gssp": True,
            "scriptLoader": [],
        }
        return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")

    def shell(title, body, page, props, head=""):
        nav = "".join(
            f'<li><a class="transition-colors hover:text-black dark:hover:text-white" href="{h}">{t}</a></li>'
            for h, t in (
                ("/", "Mwanzo"),
                ("/tag/kaunti", "Kaunti"),
                ("/tag/usafiri", "Usafiri"),
                ("/kuhusu", "Kuhusu sisi"),
            )
        )
        return f"""<!DOCTYPE html><html lang="sw"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{escape(title)}</title><meta name="description" content="Habari za serikali za kaunti, usafiri na huduma za jamii kutoka Pwani ya Kenya."/>{head}<link rel="alternate" type="application/rss+xml" href="{base}/rss.xml"/><meta name="next-head-count" content="9"/><link rel="preload" href="/_next/static/css/4f1b0c6a1e2d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4f1b0c6a1e2d.css" data-n-g=""/><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-7f2b3c.js" defer=""></script><script src="/_next/static/chunks/framework-ecc4130bc7a58a64.js" defer=""></script><script src="/_next/static/chunks/main-2c5d1b0a.js" defer=""></script></head><body><div id="__next"><div class="min-h-screen bg-white dark:bg-neutral-950"><main><div class="container mx-auto flex max-w-2xl flex-col items-stretch gap-10 px-5 py-10"><header class="grid grid-cols-2 items-center gap-5 "><div class="col-span-full md:col-span-1"><h1><a class="flex flex-row items-center gap-2 text-lg font-bold leading-tight tracking-tight text-black dark:text-white" href="/">{SITE}</a></h1></div><div class="col-span-full flex flex-row items-center justify-between gap-4 md:col-span-1 md:justify-end"><nav><ul class="flex flex-row items-center gap-4 text-xs font-semibold uppercase tracking-tight text-neutral-600 dark:text-neutral-300">{nav}</ul></nav></div></header>
{body}
<footer class="border-t pt-10 text-sm text-neutral-500 dark:border-neutral-800 dark:text-neutral-400">&copy; 2017 {SITE} · <a href="/rss.xml">RSS</a> · Imeendeshwa na <a href="https://hashnode.com" target="_blank" rel="noopener noreferrer">Hashnode</a></footer></div></main></div><div class="fixed bottom-0 w-full border-t bg-white p-4 text-xs" id="cookie-consent">Tunatumia vidakuzi (cookies) kuelewa jinsi tovuti inavyotumika. <a href="/faragha">Sera ya faragha</a> <button type="button">Sawa</button></div></div><script id="__NEXT_DATA__" type="application/json">{next_data(page, props)}</script></body></html>"""

    def minimal(items):
        rows = "".join(
            f'<section class="flex flex-col items-start gap-1"><h2 class="text-lg leading-tight tracking-tight text-black dark:text-white"><a href="{url(q)}">{escape(q.title)}</a></h2><p><a class="text-sm text-neutral-600 dark:text-neutral-400" href="{url(q)}"><time dateTime="{iso(q)}">{shown(q)}</time></a></p></section>'
            for q in items
        )
        return f'<div class="flex flex-col items-stretch gap-10 md:gap-12">{rows}</div>'

    def card_props(items):
        return [
            {
                "node": {
                    "id": pid[q.idx],
                    "title": q.title,
                    "slug": slug[q.idx],
                    "publishedAt": iso(q),
                    "brief": q.paras[0][:150],
                }
            }
            for q in items
        ]

    def post_page(p):
        tags = "".join(
            f'<li><a class="block rounded-full border px-2 py-1 font-medium hover:bg-neutral-50 dark:border-neutral-800 dark:hover:bg-neutral-800 md:px-4" href="/tag/{t}">#{t}</a></li>'
            for t in p.tags
        )
        content = "".join(f"<p>{escape(x)}</p>" for x in p.paras)
        more = [q for q in posts if q is not p and set(q.tags) & set(p.tags)][:3]
        more_html = "".join(
            f'<article class="flex flex-col gap-1"><a href="{url(q)}{SRC}"><h3 class="font-semibold">{escape(q.title)}</h3></a><p class="text-sm text-neutral-500">{escape(q.paras[0][:90].rsplit(" ", 1)[0])}…</p></article>'
            for q in more
        )
        body = f"""<article class="flex flex-col items-start gap-10 pb-10"><h1 class="text-4xl font-bold leading-snug tracking-tight text-black dark:text-white">{escape(p.title)}</h1><div class="flex w-full flex-row items-center justify-center gap-2 text-neutral-600 dark:text-neutral-400"><a href="/">{escape(p.author)}</a><span>·</span><time dateTime="{iso(p)}">{shown(p)}</time><span>·</span><span>{minutes(p)} min read</span></div><div class="hashnode-content-style mx-auto w-full px-5 md:max-w-screen-md">{content}</div><div class="mx-auto w-full text-slate-600 dark:text-neutral-300 md:max-w-screen-md"><ul class="flex flex-row flex-wrap items-center gap-2">{tags}</ul></div></article>
<section class="flex flex-col gap-6 border-t pt-10"><h2 class="text-xl font-bold">Makala zaidi</h2>{more_html}</section>
<section class="rounded-lg bg-neutral-50 p-6 dark:bg-neutral-900"><h2 class="text-lg font-bold">Jiandikishe kwa jarida letu</h2><p class="text-sm">Pata habari mpya kila Ijumaa moja kwa moja kwenye barua pepe yako.</p><form><input type="email" placeholder="barua@pepe.com" class="rounded-full border px-4 py-2"/><button type="submit" class="rounded-full bg-black px-4 py-2 text-white">Subscribe</button></form></section>"""
        props = {
            "publication": {"id": "58b0f1c2", "title": SITE, "url": base},
            "post": {
                "id": pid[p.idx],
                "slug": slug[p.idx],
                "title": p.title,
                "publishedAt": iso(p),
                "readTimeInMinutes": minutes(p),
                "author": {"name": p.author, "username": slugify(p.author, "mwandishi")},
                "tags": [{"name": t, "slug": t} for t in p.tags],
                "content": {"markdown": "\n\n".join(p.paras)},
                "seo": {"title": None, "description": p.paras[0][:150]},
            },
        }
        head = (
            f'<link rel="canonical" href="{base}{url(p)}"/>'
            f'<meta property="og:title" content="{escape(p.title)}"/>'
            f'<meta property="og:type" content="article"/>'
            f'<meta property="article:published_time" content="{iso(p)}"/>'
        )
        return shell(f"{p.title}", body, "/[slug]", props, head)

    pages: dict = {}
    for p in posts:
        pages[url(p)] = html(post_page(p))
        pages[twins(p)[0]] = pages[url(p)]
    home = posts[:10]
    pages["/"] = html(
        shell(
            SITE,
            minimal(home)
            + '<div class="flex w-full flex-row items-center justify-center"><button class="rounded-full border px-5 py-3 text-sm font-semibold" type="button">Load more</button></div>',
            "/",
            {
                "publication": {"id": "58b0f1c2", "title": SITE},
                "initialAllPosts": [c["node"] for c in card_props(home)],
                "initialPageInfo": {
                    "hasNextPage": True,
                    "endCursor": base64.b64encode(pid[home[-1].idx].encode()).decode(),
                },
            },
        )
    )
    for t, items in by_key(posts, lambda p: p.tags).items():
        pages[f"/tag/{t}"] = html(
            shell(
                f"#{t} - {SITE}",
                f'<div class="flex flex-col gap-1 pt-5"><p class="font-bold uppercase text-slate-500 dark:text-neutral-400">Tag</p><h1 class="text-4xl font-bold text-slate-900 dark:text-neutral-50">#{t}</h1></div>'
                + minimal(items),
                "/tag/[slug]",
                {"tag": {"slug": t, "name": t}, "posts": card_props(items)},
            )
        )
    for path, heading, text in (
        ("/kuhusu", "Kuhusu sisi", "Habari za Pwani ni blogu huru ya waandishi watatu wa Mombasa."),
        ("/faragha", "Sera ya faragha", "Hatukusanyi taarifa zako isipokuwa barua pepe ya jarida."),
    ):
        pages[path] = html(
            shell(
                f"{heading} - {SITE}",
                f'<article class="prose"><h1 class="text-4xl font-bold">{heading}</h1><p>{text}</p></article>',
                "/[slug]",
                {"staticPage": {"title": heading}},
            )
        )

    def rss_page(items, after):
        cursor = base64.b64encode(pid[items[-1].idx].encode()).decode()
        nxt = (
            f'<atom:link href="{base}/rss.xml?after={cursor}" rel="next" type="application/rss+xml"/>'
            if items[-1] is not posts[-1]
            else ""
        )
        rows = "".join(
            f"<item><title><![CDATA[{q.title}]]></title><description><![CDATA[{q.paras[0][:160]}]]></description>"
            f'<link>{base}{url(q)}</link><guid isPermaLink="true">{base}{url(q)}</guid>'
            f"<dc:creator><![CDATA[{q.author}]]></dc:creator><pubDate>{format_datetime(utc(q), usegmt=True)}</pubDate>"
            + "".join(f"<category><![CDATA[{t}]]></category>" for t in q.tags)
            + "</item>"
            for q in items
        )
        self_url = f"{base}/rss.xml" + (f"?after={after}" if after else "")
        return xml(
            '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">'
            f"<channel><title><![CDATA[{SITE}]]></title><description><![CDATA[{SITE}]]></description><link>{base}</link>"
            f'<generator>RSS for Node</generator><lastBuildDate>{format_datetime(utc(posts[0]), usegmt=True)}</lastBuildDate><atom:link href="{self_url}" rel="self" type="application/rss+xml"/>{nxt}{rows}</channel></rss>',
            "application/rss+xml",
        ), cursor

    after = ""
    for k in range(0, len(posts), 20):
        resp, cursor = rss_page(posts[k : k + 20], after)
        pages["/rss.xml" + (f"?after={after}" if after else "")] = resp
        after = cursor
    pages["/sitemap.xml"] = sitemap(
        base,
        [("/", None)]
        + [(url(p), iso(p)) for p in posts]
        + [(f"/tag/{t}", None) for t in TAGS if f"/tag/{t}" in pages],
    )
    pages["/robots.txt"] = Resp(
        f"User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\n".encode(),
        "text/plain; charset=utf-8",
    )
    return site_from(NAME, posts, url, pages, twins)
