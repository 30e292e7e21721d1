"""HOLDOUT: do not read or tune against this module. Nuxt 2 app (fr): body only in window.__NUXT__ state."""

from __future__ import annotations

import json
from html import escape

from benchmarks.unseen.common import basic_site, make_posts, sitemap
from benchmarks.unseen.holdout._shared import shell

NAME = "nuxt_fr"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        1101,
        "fr",
        30,
        "Europe/Paris",
        ["actu", "region"],
        ["Paul Girard", "Inès Martin"],
        ["mairie", "travaux"],
    )
    url = {p.idx: f"/{p.section}/{p.slug}-{p.idx}" for p in posts}
    chrome = '<nav><a href="/actu">Actu</a> <a href="/region">Région</a> <a href="/abonnement">Abonnez-vous</a></nav><div class="cmp">Nous utilisons des cookies. Accepter et fermer</div>'

    def article(p):
        state = {
            "layout": "default",
            "data": [
                {
                    "article": {
                        "title": p.title,
                        "publishedAt": p.published.isoformat(),
                        "author": p.author,
                        "body": [{"type": "paragraph", "text": x} for x in p.paras],
                    }
                }
            ],
            "state": {"user": None},
        }
        head = f'<meta data-n-head="ssr" property="og:title" content="{escape(p.title)}"><meta data-n-head="ssr" property="article:published_time" content="{p.published.isoformat()}"><link data-n-head="ssr" rel="canonical" href="{base}{url[p.idx]}">'
        main = (
            f'<div id="__nuxt"><div id="__layout"><article class="article-page"><h1 class="article-title">{escape(p.title)}</h1><p class="chapo">{escape(p.paras[0])}</p>'
            f'<div class="paywall">Cet article est réservé aux abonnés. Déjà abonné ? Se connecter</div><div class="loader">Chargement…</div></article></div></div>'
            f"<script>window.__NUXT__={json.dumps(state, ensure_ascii=False)}</script>"
        )
        return shell("fr", "Le Courrier du Val", p.title, main, head, chrome=chrome)

    def teaser(p):
        return f'<div class="card"><a href="{url[p.idx]}" class="card-title">{escape(p.title)}</a></div>'

    lists = {
        "/": (posts[:10], 10),
        "/actu": ([p for p in posts if p.section == "actu"], 8),
        "/region": ([p for p in posts if p.section == "region"], 8),
    }
    extra = {"/sitemap.xml": sitemap(base, [(url[p.idx], p.published.isoformat()) for p in posts])}
    return basic_site(
        NAME,
        base,
        posts,
        lambda p: url[p.idx],
        article,
        lambda t, m: shell("fr", "Le Courrier du Val", t, m, chrome=chrome),
        teaser,
        lists,
        extra=extra,
    )
