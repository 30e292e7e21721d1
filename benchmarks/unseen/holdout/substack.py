"""HOLDOUT: do not read or tune against this module. Substack-like newsletter (en): subscribe boxes, share, comments."""

from __future__ import annotations

from html import escape

from benchmarks.unseen.common import basic_site, make_posts, paras_html, rss, sitemap
from benchmarks.unseen.holdout._shared import shell

NAME = "substack"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1202, "en", 27, "America/New_York", ["p"], ["Hannah Reyes"], ["x"])
    url = {p.idx: f"/p/{p.slug}" for p in posts}
    sub = '<div class="subscription-widget"><p>Thanks for reading The Valley Ledger! Subscribe for free to receive new posts and support my work.</p><input type="email" placeholder="Type your email…"><button>Subscribe</button></div>'

    def article(p):
        head = f'<link rel="canonical" href="{base}{url[p.idx]}"><meta property="article:published_time" content="{p.published.isoformat()}"><meta property="og:title" content="{escape(p.title)}">'
        main = (
            f'<article class="post"><div class="post-header"><h1 class="post-title">{escape(p.title)}</h1><h3 class="subtitle">Notes on what the council did this week</h3>'
            f'<div class="post-meta"><a href="/profile">Hannah Reyes</a> · {p.published.strftime("%b %d, %Y")}</div><div class="post-ufi"><button>Share</button><button>♡ 12</button><button>💬 4</button></div></div>'
            f'<div class="available-content"><div class="body markup">{paras_html(p.paras[:2])}{sub}{paras_html(p.paras[2:])}</div></div>'
            f'<div class="post-footer"><button>Share</button> <a href="{url[p.idx]}/comments">4 Comments</a></div>{sub}'
            f'<div class="comments-section"><h4>Discussion about this post</h4><div class="comment"><span class="commenter-name">Greg Fulton</span> <span class="comment-date">{p.published.strftime("%b %d")}</span><p>Really appreciate the detail here, none of the local papers covered it.</p></div><div class="comment"><span class="commenter-name">Lena K</span><p>Liked by Hannah Reyes</p></div></div></article>'
        )
        return shell("en", "The Valley Ledger", p.title, main, head)

    def teaser(p):
        return f'<div class="post-preview"><a class="post-preview-title" href="{url[p.idx]}">{escape(p.title)}</a><div class="post-preview-description">{escape(p.paras[0][:100])}</div></div>'

    extra = {
        "/feed": rss(base, "The Valley Ledger", [(url[p.idx], p) for p in posts[:20]]),
        "/sitemap.xml": sitemap(base, [(url[p.idx], None) for p in posts]),
    }
    return basic_site(
        NAME,
        base,
        posts,
        lambda p: url[p.idx],
        article,
        lambda t, m: shell("en", "The Valley Ledger", t, m),
        teaser,
        {"/archive": (posts, 12)},
        extra=extra,
        aliases=lambda p: {url[p.idx] + "/comments": article(p)},
    )
