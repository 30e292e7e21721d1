"""Publii 0.3x static site with its "Simple" theme: a Khmer provincial news site.

Followed: the theme's `index.hbs` / `post.hbs` / `tag.hbs` / `author.hbs` and partials (`feed__item`
with `feed__meta`, `feed__author`, `feed__date`, `feed__excerpt`, "readmore"; the post `hero` header
with `post__meta`, `content__entry`, `content__actions` share popup, `content__tag`, `content__bio`,
`content__nav` prev/next, `content__related` "related" list with dates, Disqus `content__comments`),
the `{{date createdAt "YYYY-MM-DDTHH:mm"}}` datetime attribute (local time, no offset) beside the
display format rendered with moment's `km` locale (Khmer month names and Khmer digits), Publii's
JSON-LD block, its cookie banner (`pcb`), non-pretty `.html` URLs, `/page/N/` and `/tags/x/page/N/`
pagination, the AMP twins under `/amp/` with `rel="amphtml"`, `feed.xml` + `feed.json` (10 newest)
and `sitemap.xml` whose lastmod is the post's modification date.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, timedelta
from html import escape

from benchmarks.unseen.common import (
    by_key,
    html,
    make_posts,
    paged,
    robots,
    rss,
    site_from,
    sitemap,
    xml,
)

NAME = "publii_km"
SITE = "ព័ត៌មានខេត្ត"
TAGS = {"nayobay": "នយោបាយ", "sangkum": "សង្គម", "sethakech": "សេដ្ឋកិច្ច", "hedthar": "ហេដ្ឋារចនាសម្ព័ន្ធ"}
AUTHORS = {"sokha": "សុខា ចាន់", "dara": "ដារ៉ា ហេង", "malis": "ម៉ាលីស ស៊ុន"}
MONTHS = [
    "មករា",
    "កុម្ភៈ",
    "មីនា",
    "មេសា",
    "ឧសភា",
    "មិថុនា",
    "កក្កដា",
    "សីហា",
    "កញ្ញា",
    "តុលា",
    "វិច្ឆិកា",
    "ធ្នូ",
]
DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
PER = 6


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1403, "km", 32, "Asia/Phnom_Penh", list(TAGS), list(AUTHORS.values()), ["x"])
    rng = random.Random(1403)
    aid = {v: k for k, v in AUTHORS.items()}
    slug = {p.idx: f"{p.section}-{2100 + p.idx * 3}" for p in posts}
    url = {p.idx: f"/{slug[p.idx]}.html" for p in posts}
    modified = {
        p.idx: p.published + timedelta(days=rng.choice([0, 0, 1, 3, 9]), hours=rng.randint(1, 9))
        for p in posts
    }

    def amp(p):
        return f"/amp/{slug[p.idx]}.html"

    def shown(d):
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}".translate(DIGITS)

    def machine(d):
        return d.strftime("%Y-%m-%dT%H:%M")

    def shell(title, main, head="", cls="post"):
        tags = "".join(f'<li><a href="/tags/{t}/">{v}</a></li>' for t, v in TAGS.items())
        return f"""<!DOCTYPE html><html lang="km"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,initial-scale=1"><title>{escape(title)}</title><meta name="generator" content="Publii Open-Source CMS for Static Site">{head}<link rel="alternate" type="application/atom+xml" href="{base}/feed.xml"><link rel="alternate" type="application/json" href="{base}/feed.json"><link rel="stylesheet" href="{base}/assets/css/style.css?v=3a1f0c"></head>
<body class="{cls}-template"><header class="top js-header"><a class="logo" href="{base}/">{SITE}</a><nav class="navbar js-navbar"><button class="navbar__toggle js-toggle" aria-label="Menu">ម៉ឺនុយ</button><ul class="navbar__menu"><li><a href="{base}/" target="_self">ទំព័រដើម</a></li>{tags}<li><a href="{base}/about.html" target="_self">អំពីយើង</a></li></ul></nav><div class="search"><div class="search__overlay js-search-overlay"><form action="{base}/search.html" class="search__form"><input class="search__input" type="search" name="q" placeholder="ស្វែងរក..." aria-label="ស្វែងរក"></form></div></div></header>
<main class="{cls}">
{main}
</main>
<footer class="footer"><div class="wrapper"><div class="footer__newsletter"><h3>ទទួលព័ត៌មានប្រចាំសប្តាហ៍</h3><form action="{base}/newsletter.html" method="get"><input type="email" name="email" placeholder="អ៊ីមែល"><button>ចុះឈ្មោះ</button></form></div><div class="footer__copyright"><p>© ២០១៧ {SITE} — រក្សាសិទ្ធិគ្រប់យ៉ាង</p></div><a href="#document-top" class="footer__bttop" aria-label="Back to top" title="Back to top"></a></div></footer>
<div class="pcb" data-behaviour="badge" data-behaviour-link="#cookie-settings"><div class="pcb__banner"><div class="pcb__inner"><div class="pcb__txt">គេហទំព័រនេះប្រើខូគី។ <a href="{base}/privacy.html">គោលការណ៍ឯកជនភាព</a></div><div class="pcb__buttons"><button class="pcb__btn pcb__btn--link pcb__btn--solid pcb__accept-btn">យល់ព្រម</button></div></div></div></div>
<script defer src="{base}/assets/js/scripts.min.js?v=1b2c3d"></script></body></html>"""

    def item(q):
        ex = q.paras[0][:110].rsplit(" ", 1)[0] + "…"
        return f"""<article class="feed__item"><div class="feed__content"><div class="feed__meta content__meta"><a href="{base}/authors/{aid[q.author]}/" class="feed__author">{escape(q.author)}</a> <time datetime="{machine(q.published)}" class="feed__date">{shown(q.published)}</time></div><header><h2 class="feed__title"><a href="{base}{url[q.idx]}">{escape(q.title)}</a></h2></header><p class="feed__excerpt">{escape(ex)}</p><a href="{base}{url[q.idx]}" class="readmore feed__readmore">អានបន្ត...</a></div></article>"""

    def article(p):
        i = posts.index(p)
        prev = posts[i + 1] if i + 1 < len(posts) else None
        nxt = posts[i - 1] if i else None
        related = [q for q in posts if q.section == p.section and q is not p][:3]
        nav = ""
        if prev:
            nav += f'<div class="content__nav__prev"><a class="content__nav__link" href="{base}{url[prev.idx]}" rel="prev"><span>អត្ថបទមុន</span>{escape(prev.title)}</a></div>'
        if nxt:
            nav += f'<div class="content__nav__next"><a class="content__nav__link" href="{base}{url[nxt.idx]}" rel="next"><span>អត្ថបទបន្ទាប់</span>{escape(nxt.title)}</a></div>'
        rel = "".join(
            f'<article class="related__item"><div class="feed__meta"><time datetime="{machine(q.published)}" class="feed__date">{shown(q.published)}</time></div><h3 class="h2"><a href="{base}{url[q.idx]}">{escape(q.title)}</a></h3></article>'
            for q in related
        )
        main = f"""<article class="content"><div class="hero hero--noimage"><header class="hero__content"><div class="wrapper"><div class="post__meta"><time datetime="{machine(p.published)}">{shown(p.published)}</time></div><h1>{escape(p.title)}</h1><div class="post__meta post__meta--author"><a href="{base}/authors/{aid[p.author]}/" class="feed__author invert">{escape(p.author)}</a></div></div></header></div>
<div class="entry-wrapper content__entry">
{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}
</div>
<div class="entry-wrapper"><div class="content__actions"><ul class="content__tag"><li><a href="{base}/tags/{p.section}/">{TAGS[p.section]}</a></li></ul><div class="content__share"><button class="btn--share" aria-label="ចែករំលែក">ចែករំលែក</button><div class="content__share-popup"><a href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}" class="js-share facebook" rel="nofollow noopener noreferrer">Facebook</a><a href="https://twitter.com/share?url={base}{url[p.idx]}&amp;via=" class="js-share twitter" rel="nofollow noopener noreferrer">Twitter</a><a href="https://t.me/share/url?url={base}{url[p.idx]}" class="js-share telegram" rel="nofollow noopener noreferrer">Telegram</a></div></div></div>
<div class="content__bio bio"><div><h3 class="h4 bio__name"><a href="{base}/authors/{aid[p.author]}/" class="invert" rel="author">{escape(p.author)}</a></h3><p>អ្នកយកព័ត៌មានប្រចាំខេត្ត។</p></div></div></div>
</article>
<div class="content__footer"><div class="entry-wrapper"><nav class="content__nav">{nav}</nav></div></div>
<div class="content__related related"><div class="wrapper"><h2 class="h5 related__title">អត្ថបទពាក់ព័ន្ធ៖</h2>{rel}</div></div>
<div class="content__comments"><div class="entry-wrapper"><div id="disqus_thread"></div><script>var disqus_config=function(){{this.page.url="{base}{url[p.idx]}";this.page.identifier="{p.idx}"}};</script></div></div>"""
        ld = {
            "@context": "http://schema.org",
            "@type": "Article",
            "mainEntityOfPage": {"@type": "WebPage", "@id": f"{base}{url[p.idx]}"},
            "headline": p.title,
            "datePublished": p.published.isoformat(timespec="minutes"),
            "dateModified": modified[p.idx].isoformat(timespec="minutes"),
            "author": {"@type": "Person", "name": p.author},
            "publisher": {"@type": "Organization", "name": SITE},
        }
        head = (
            f'<meta name="description" content="{escape(p.paras[0][:150])}"><link rel="canonical" href="{base}{url[p.idx]}"><link rel="amphtml" href="{base}{amp(p)}">'
            f'<meta property="og:title" content="{escape(p.title)}"><meta property="og:type" content="article">'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
        return shell(f"{p.title} - {SITE}", main, head)

    def amp_page(p):
        return f"""<!doctype html><html ⚡ lang="km"><head><meta charset="utf-8"><title>{escape(p.title)} - {SITE}</title><link rel="canonical" href="{base}{url[p.idx]}"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1"><script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{{visibility:hidden}}</style></head>
<body><header class="top"><a class="logo" href="{base}/">{SITE}</a></header><main class="post"><article class="content"><header class="content__header"><h1>{escape(p.title)}</h1><div class="content__meta"><span>{escape(p.author)}</span> <time datetime="{machine(p.published)}">{shown(p.published)}</time></div></header>
<div class="content__entry">{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}</div></article></main>
<footer class="footer"><a href="{base}{url[p.idx]}">មើលកំណែពេញ</a> · © ២០១៧ {SITE}</footer></body></html>"""

    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(article(p))
        pages[amp(p)] = html(amp_page(p))

    def lister(path, heading, items, cls):
        def nth(k):
            return path if not k else f"{path}page/{k + 1}/"

        def render(chunk, k, n):
            older = f'<a href="{base}{nth(k + 1)}" class="btn">អត្ថបទចាស់ៗ</a>' if k + 1 < n else ""
            newer = f'<a href="{base}{nth(k - 1)}" class="btn">អត្ថបទថ្មីៗ</a>' if k else ""
            head_html = (
                f'<div class="hero hero--noimage"><header class="hero__content"><div class="wrapper"><h1>{escape(heading)}</h1><p>{len(items)} អត្ថបទ</p></div></header></div>'
                if heading
                else ""
            )
            main = (
                head_html
                + f'<div class="wrapper feed">{"".join(item(q) for q in chunk)}</div><nav class="pagination"><div class="wrapper">{newer}{older}</div></nav>'
            )
            return shell(f"{heading} - {SITE}" if heading else SITE, main, "", cls)

        paged(pages, nth, items, PER, render)

    lister("/", "", posts, "index")
    pages["/index.html"] = pages["/"]
    for t, items in by_key(posts, lambda p: p.section).items():
        lister(f"/tags/{t}/", TAGS[t], items, "tag")
    for a, items in by_key(posts, lambda p: p.author).items():
        lister(f"/authors/{aid[a]}/", a, items, "author")
    for path, heading, text in (
        ("/about.html", "អំពីយើង", "ព័ត៌មានខេត្ត គឺជាគេហទំព័រព័ត៌មានឯករាជ្យ ដែលគ្របដណ្តប់ព្រឹត្តិការណ៍នៅតាមបណ្តាខេត្ត។"),
        ("/privacy.html", "គោលការណ៍ឯកជនភាព", "យើងប្រើខូគីសម្រាប់តែស្ថិតិចូលមើលប៉ុណ្ណោះ។"),
        ("/newsletter.html", "ព្រឹត្តិបត្រ", "សូមអរគុណ! សូមពិនិត្យអ៊ីមែលរបស់អ្នក។"),
        ("/search.html", "ស្វែងរក", "សូមបញ្ចូលពាក្យដែលអ្នកចង់ស្វែងរក។"),
    ):
        pages[path] = html(
            shell(
                f"{heading} - {SITE}",
                f'<article class="content"><div class="entry-wrapper content__entry"><h1>{heading}</h1><p>{text}</p></div></article>',
                "",
                "page",
            )
        )
    newest = posts[:10]
    pages["/feed.xml"] = rss(base, SITE, [(url[p.idx], p) for p in newest], "km")
    pages["/feed.json"] = xml(
        json.dumps(
            {
                "version": "https://jsonfeed.org/version/1",
                "title": SITE,
                "home_page_url": f"{base}/",
                "feed_url": f"{base}/feed.json",
                "items": [
                    {
                        "id": f"{base}{url[p.idx]}",
                        "url": f"{base}{url[p.idx]}",
                        "title": p.title,
                        "summary": p.paras[0][:200],
                        "date_published": p.published.isoformat(),
                        "date_modified": modified[p.idx].isoformat(),
                    }
                    for p in newest
                ],
            },
            ensure_ascii=False,
            indent=2,
        ),
        "application/json",
    )
    pages["/sitemap.xml"] = sitemap(
        base,
        [("/", None)]
        + [
            (url[p.idx], modified[p.idx].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"))
            for p in posts
        ]
        + [(f"/tags/{t}/", None) for t in TAGS],
    )
    pages["/robots.txt"] = robots(base, ["/sitemap.xml"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: [amp(p)])
