"""HOLDOUT: do not read or tune against this module. Jekyll minima blog (en): /YYYY/MM/DD/slug.html, h-entry."""

from __future__ import annotations

from html import escape

from benchmarks.unseen.common import atom, basic_site, make_posts, paras_html
from benchmarks.unseen.holdout._shared import shell

NAME = "jekyll_minima"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1303, "en", 26, "Australia/Sydney", ["news"], ["Tom Archer"], ["x"])
    url = {p.idx: f"/news/{p.published.strftime('%Y/%m/%d')}/{p.slug}.html" for p in posts}

    def article(p):
        main = (
            f'<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting"><header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{escape(p.title)}</h1>'
            f'<p class="post-meta"><time class="dt-published" datetime="{p.published.isoformat()}" itemprop="datePublished">{p.published.strftime("%b %-d, %Y")}</time> • <span itemprop="author">Tom Archer</span></p></header>'
            f'<div class="post-content e-content" itemprop="articleBody">{paras_html(p.paras)}</div><a class="u-url" href="{url[p.idx]}" hidden></a></article>'
            '<div id="disqus_thread"><p>Please enable JavaScript to view the comments powered by Disqus.</p></div>'
        )
        return shell(
            "en",
            "Harbourside Notes",
            p.title,
            main,
            f'<link rel="canonical" href="{base}{url[p.idx]}">',
        )

    def teaser(p):
        return f'<li><span class="post-meta">{p.published.strftime("%b %-d, %Y")}</span><h3><a class="post-link" href="{url[p.idx]}">{escape(p.title)}</a></h3></li>'

    extra = {"/feed.xml": atom(base, "Harbourside Notes", [(url[p.idx], p) for p in posts[:10]])}
    return basic_site(
        NAME,
        base,
        posts,
        lambda p: url[p.idx],
        article,
        lambda t, m: shell("en", "Harbourside Notes", t, f'<ul class="post-list">{m}</ul>'),
        teaser,
        {"/": (posts, 10), "/archive/": (posts, 30)},
        extra=extra,
    )
