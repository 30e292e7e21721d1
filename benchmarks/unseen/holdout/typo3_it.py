"""HOLDOUT: do not read or tune against this module. TYPO3 tx_news site (it): cHash detail URLs, news-list-view."""

from __future__ import annotations

from html import escape

from benchmarks.unseen.common import basic_site, make_posts, paras_html, rss
from benchmarks.unseen.holdout._shared import shell

NAME = "typo3_it"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        1707, "it", 30, "Europe/Rome", ["cronaca"], ["Giulia Ferri", "Marco Bassi"], ["x"]
    )
    u = {p.idx: f"/notizie/dettaglio/news/{p.slug}/" for p in posts}

    def article(p):
        main = (
            f'<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="header"><h3 itemprop="headline">{escape(p.title)}</h3></div>'
            f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{p.published.strftime("%Y-%m-%d")}">{p.published.strftime("%d/%m/%Y")}</time></span> <span class="news-list-author" itemprop="author">di {p.author}</span></p></div>'
            f'<div class="news-text-wrap" itemprop="articleBody">{paras_html(p.paras)}</div><div class="news-backlink-wrap"><a href="/notizie/">Torna all\'elenco</a></div>'
            '<div class="news-related-wrap"><h4>Notizie correlate</h4></div><div class="social">Condividi su Facebook · Twitter · Stampa</div></div></div>'
        )
        return shell(
            "it",
            "Gazzetta della Valle",
            p.title,
            f'<h1 class="page-title">Notizie</h1>{main}',
            f'<meta property="article:published_time" content="{p.published.isoformat()}">',
        )

    def teaser(p):
        return f'<div class="article articletype-0"><h3><a href="{u[p.idx]}">{escape(p.title)}</a></h3><div class="teaser-text"><p>{escape(p.paras[0][:120])}</p><a class="more" href="{u[p.idx]}">Leggi tutto</a></div></div>'

    extra = {
        "/notizie/rss.xml": rss(
            base, "Gazzetta della Valle", [(u[p.idx], p) for p in posts[:10]], "it"
        )
    }
    return basic_site(
        NAME,
        base,
        posts,
        lambda p: u[p.idx],
        article,
        lambda t, m: shell("it", "Gazzetta della Valle", t, m),
        teaser,
        {"/": (posts[:8], 8), "/notizie/": (posts, 10)},
        extra=extra,
        aliases=lambda p: {
            f"/index.php?id=12&tx_news_pi1%5Bnews%5D={p.idx}&cHash=a{p.idx:04d}": article(p)
        },
    )
