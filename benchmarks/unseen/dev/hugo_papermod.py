"""Hugo PaperMod blog (fr): undated /posts/slug/, breadcrumbs, tags, share row, prev/next, /archives/."""

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import (
    basic_site,
    by_key,
    html,
    make_posts,
    paras_html,
    robots,
    rss,
    sitemap,
    thread,
)

NAME = "hugo_papermod"
TAGS = ["urbanisme", "transports", "écoles", "budget", "patrimoine"]
MOIS = ["janvier", "février", "mars", "avril", "mai"]
CATEGORIES = {"ville": "Ville", "quartiers": "Quartiers", "agglo": "Agglomération"}
READERS = ["Jean-Marc", "Odile B.", "Hervé", "riveraine", "Lucas T.", "Maïté"]
REMARKS = [
    "Merci pour cet article très complet, on attend la suite avec impatience.",
    "Encore une fois ce sont les riverains qui paieront la note.",
    "J'étais à la réunion publique, c'est bien résumé.",
    "Quelqu'un sait si le dossier est consultable en mairie ?",
    "Bonne nouvelle pour le quartier, enfin.",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(605, "fr", 28, "Europe/Paris", list(CATEGORIES), ["Claire Vasseur"], TAGS)
    rng = random.Random(605)
    threads = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 4) for p in posts}
    url = {p.idx: f"/posts/{p.slug}/" for p in posts}

    def shell(title, main, head=""):
        return f"""<!DOCTYPE html><html lang="fr" dir="auto"><head><meta charset="utf-8"><meta name="generator" content="Hugo 0.19"><title>{escape(title)} | Carnets de Loire</title>{head}
<link rel="alternate" type="application/rss+xml" href="{base}/index.xml"></head><body class="" id="top">
<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="Carnets de Loire (Alt + H)">Carnets de Loire</a></div>
<ul id="menu"><li><a href="/archives/" title="Archives"><span>Archives</span></a></li><li><a href="/categories/" title="Catégories"><span>Catégories</span></a></li><li><a href="/tags/" title="Tags"><span>Tags</span></a></li><li><a href="/search/" title="Recherche (Alt + /)"><span>Recherche</span></a></li><li><a href="/about/"><span>À propos</span></a></li></ul></nav></header>
<main class="main">{main}</main>
<footer class="footer"><span>&copy; 2017 <a href="/">Carnets de Loire</a></span> · <span>Propulsé par <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<div class="newsletter-cta"><p>Recevoir les nouveaux billets par courriel (un message par semaine au plus).</p><form action="https://buttondown.email/api/emails/embed-subscribe/carnets" method="post"><input type="email" name="email" placeholder="adresse@exemple.fr"><input type="submit" value="S'abonner"></form></div>
<div id="cookie-consent" class="cookie-consent" role="dialog">Ce site mesure son audience sans cookie tiers. <a href="/about/">En savoir plus</a> <button>D'accord</button></div>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">↑</a></body></html>"""

    def article(p):
        i = posts.index(p)
        nav = ""
        if i + 1 < len(posts):
            nav += f'<a class="prev" href="{url[posts[i + 1].idx]}"><span class="title">« Page précédente</span><br><span>{escape(posts[i + 1].title)}</span></a>'
        if i:
            nav += f'<a class="next" href="{url[posts[i - 1].idx]}"><span class="title">Page suivante »</span><br><span>{escape(posts[i - 1].title)}</span></a>'
        d = p.published
        head = f'<link rel="canonical" href="{base}{url[p.idx]}"><meta property="og:title" content="{escape(p.title)}"><meta property="article:published_time" content="{d.isoformat()}">'
        return shell(
            p.title,
            f"""<article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="/">Accueil</a>&nbsp;»&nbsp;<a href="/posts/">Articles</a>&nbsp;»&nbsp;<a href="/categories/{p.section}/">{CATEGORIES[p.section]}</a></div>
<h1 class="post-title entry-hint-parent">{escape(p.title)}</h1><div class="post-meta"><span title="{d.strftime("%Y-%m-%d %H:%M:%S %z")}">{d.day} {MOIS[d.month - 1]} {d.year}</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Claire Vasseur</div></header>
<figure class="entry-cover"><img loading="lazy" src="/images/{p.slug}.jpg" alt="{escape(p.title)}"><p>Photo : Claire Vasseur</p></figure>
<div class="post-content">{paras_html(p.paras)}</div>
<footer class="post-footer"><ul class="post-tags">{"".join(f'<li><a href="/tags/{t}/">{t}</a></li>' for t in p.tags)}</ul><nav class="paginav">{nav}</nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="partager sur x" href="https://x.com/intent/tweet/?text=x">Partager sur X</a></li><li><a aria-label="partager sur facebook">Partager sur Facebook</a></li><li><a aria-label="partager sur whatsapp">Partager sur WhatsApp</a></li></ul></footer>
<div class="comments" id="isso-thread"><h4>{len(threads[p.idx])} commentaire{"s" if len(threads[p.idx]) != 1 else ""}</h4>{"".join(f'<div class="isso-comment" id="isso-{p.idx * 10 + j}"><div class="text-wrapper"><div class="isso-comment-header" role="meta"><span class="author">{escape(w)}</span><span class="spacer">•</span><a class="permalink" href="{url[p.idx]}#isso-{p.idx * 10 + j}"><time title="{t.strftime("%d/%m/%Y %H:%M")}" datetime="{t.isoformat()}">le {t.day} {MOIS[t.month - 1]} à {t.strftime("%H:%M")}</time></a></div><div class="text"><p>{escape(x)}</p></div></div></div>' for j, (w, t, x) in enumerate(threads[p.idx]))}</div></article>""",
            head,
        )

    def teaser(p):
        return f'<article class="post-entry"><header class="entry-header"><h2 class="entry-hint-parent">{escape(p.title)}</h2></header><div class="entry-content"><p>{escape(p.paras[0][:150])}…</p></div><footer class="entry-footer"><span>{p.published.day} {MOIS[p.published.month - 1]} {p.published.year}</span></footer><a class="entry-link" aria-label="post link to {escape(p.title)}" href="{url[p.idx]}"></a></article>'

    lists = (
        {"/": (posts, 10), "/posts/": (posts, 10)}
        | {f"/tags/{t}/": (items, 10) for t, items in by_key(posts, lambda p: p.tags).items()}
        | {
            f"/categories/{c}/": (items, 10)
            for c, items in by_key(posts, lambda p: p.section).items()
        }
    )
    arch = "".join(
        f'<div class="archive-month"><h3 class="archive-month-header">{MOIS[m - 1]} 2017</h3>{"".join(f"<div class=archive-entry><h3 class=archive-entry-title>{escape(p.title)}</h3><a class=entry-link href={url[p.idx]}></a></div>" for p in posts if p.published.month == m)}</div>'
        for m in (4, 3)
    )
    extra = {
        "/archives/": html(
            shell(
                "Archives",
                f'<header class="page-header"><h1>Archives</h1></header><div class="archive-year"><h2 class="archive-year-header">2017</h2>{arch}</div>',
            )
        ),
        "/tags/": html(
            shell(
                "Tags",
                "<ul class=terms-tags>"
                + "".join(f'<li><a href="/tags/{t}/">{t}</a></li>' for t in TAGS)
                + "</ul>",
            )
        ),
        "/search/": html(
            shell(
                "Recherche",
                '<div id="searchbox"><input id="searchInput" placeholder="rechercher des articles ↵"></div>',
            )
        ),
        "/about/": html(
            shell(
                "À propos",
                "<article class=post-single><h1 class=post-title>À propos</h1><div class=post-content><p>Carnets de Loire est un blog d'actualité locale tenu bénévolement depuis 2014.</p></div></article>",
            )
        ),
        "/categories/": html(
            shell(
                "Catégories",
                "<ul class=terms-tags>"
                + "".join(
                    f'<li><a href="/categories/{c}/">{n}</a></li>' for c, n in CATEGORIES.items()
                )
                + "</ul>",
            )
        ),
        "/index.xml": rss(base, "Carnets de Loire", [(url[p.idx], p) for p in posts[:10]], "fr"),
        "/sitemap.xml": sitemap(
            base,
            [(url[p.idx], p.published.isoformat()) for p in posts]
            + [("/archives/", None), ("/about/", None)],
        ),
        "/robots.txt": robots(base, ["/sitemap.xml"]),
    }
    return basic_site(
        NAME,
        base,
        posts,
        lambda p: url[p.idx],
        article,
        shell,
        teaser,
        lists,
        extra=extra,
        aliases=lambda p: {url[p.idx] + "index.html": article(p)},  # static hosting serves both
    )
