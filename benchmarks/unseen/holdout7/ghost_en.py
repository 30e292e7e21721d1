"""Ghost 1.x blog on the Casper 2 theme (en, America/Denver): AMP twins, tag/author lists, sitemap index + RSS."""

from __future__ import annotations

import json
from datetime import UTC
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
    sitemap_index,
)
from benchmarks.unseen.holdout7 import ascii_slug

NAME = "ghost_en"
SITE = "Front Range Dispatch"
DESC = "Civic news from Boulder, Longmont and the Front Range"
TAGS = {
    "city-council": "City Council",
    "transportation": "Transportation",
    "housing": "Housing",
    "schools": "Schools",
}
EXTRA = ["budget", "zoning", "parks", "water"]
AUTHORS = {
    "Megan Albright": (
        "megan",
        "Covers city hall and county commissioners. Former editor of a weekly.",
    ),
    "Tom Ruiz": ("tom", "Transportation and growth reporter. Rides the bus to work."),
    "Priya Natarajan": ("priya", "Education and housing. Based in Longmont."),
}


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(971, "en", 34, "America/Denver", list(TAGS), list(AUTHORS), EXTRA)
    url = {p.idx: f"/{ascii_slug(p.title, p.slug)}/" for p in posts}
    amp = {p.idx: url[p.idx] + "amp/" for p in posts}

    def zulu(d):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def excerpt(p, words=33):
        return " ".join(p.paras[0].split()[:words])

    def reading(p):
        return f"{max(1, sum(len(x.split()) for x in p.paras) // 200)} min read"

    def nav(current=""):
        items = [("/", "Home")] + [(f"/tag/{k}/", v) for k, v in list(TAGS.items())[:3]]
        items.append(("/about/", "About"))
        lis = "".join(
            f'<li class="nav-{escape(t.lower().replace(" ", "-"))}{" nav-current" if h == current else ""}" role="menuitem"><a href="{h}">{escape(t)}</a></li>'
            for h, t in items
        )
        return f"""<nav class="site-nav">
    <div class="site-nav-left">
        <a class="site-nav-logo" href="{base}">{SITE}</a>
        <ul class="nav" role="menu">{lis}</ul>
    </div>
    <div class="site-nav-right">
        <div class="social-links"><a class="social-link social-link-tw" href="https://twitter.com/frontrangedispatch" target="_blank" rel="noopener">Twitter</a></div>
        <a class="rss-button" href="https://feedly.com/i/subscription/feed/{base}/rss/" target="_blank" rel="noopener">RSS</a>
    </div>
</nav>"""

    def shell(title, body_class, main, head="", header=None):
        top = (
            header
            if header is not None
            else f'<header class="site-header outer"><div class="inner">{nav()}</div></header>'
        )
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <title>{escape(title)}</title>
    <meta name="HandheldFriendly" content="True" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8e3fa7b1c2" />
{head}
    <meta name="generator" content="Ghost 1.21" />
    <link rel="alternate" type="application/rss+xml" title="{SITE}" href="{base}/rss/" />
</head>
<body class="{body_class}">
    <div class="site-wrapper">
{top}
{main}
        <footer class="site-footer outer">
            <div class="site-footer-content inner">
                <section class="copyright"><a href="{base}">{SITE}</a> &copy; 2017</section>
                <nav class="site-footer-nav">
                    <a href="{base}">Latest Posts</a>
                    <a href="https://twitter.com/frontrangedispatch" target="_blank" rel="noopener">Twitter</a>
                    <a href="https://ghost.org" target="_blank" rel="noopener">Ghost</a>
                </nav>
            </div>
        </footer>
    </div>
    <script src="https://code.jquery.com/jquery-3.2.1.min.js"></script>
    <script type="text/javascript" src="/assets/js/jquery.fitvids.js?v=8e3fa7b1c2"></script>
</body>
</html>"""

    def card(q, cls=""):
        a = AUTHORS[q.author][0]
        return f"""<article class="post-card post tag-{q.section}{cls}">
    <a class="post-card-image-link" href="{url[q.idx]}">
        <div class="post-card-image" style="background-image: url(/content/images/2017/{q.published:%m}/{ascii_slug(q.title, q.slug)[:24]}.jpg)"></div>
    </a>
    <div class="post-card-content">
        <a class="post-card-content-link" href="{url[q.idx]}">
            <header class="post-card-header">
                <span class="post-card-tags">{TAGS[q.section]}</span>
                <h2 class="post-card-title">{escape(q.title)}</h2>
            </header>
            <section class="post-card-excerpt"><p>{escape(excerpt(q))}</p></section>
        </a>
        <footer class="post-card-meta">
            <img class="author-profile-image" src="/content/images/2017/02/{a}.jpg" alt="{escape(q.author)}" />
            <span class="post-card-author"><a href="/author/{a}/">{escape(q.author)}</a></span>
        </footer>
    </div>
</article>"""

    def ld(p):
        return json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "Article",
                "publisher": {"@type": "Organization", "name": SITE, "logo": f"{base}/favicon.ico"},
                "author": {
                    "@type": "Person",
                    "name": p.author,
                    "url": f"{base}/author/{AUTHORS[p.author][0]}/",
                },
                "headline": p.title,
                "url": f"{base}{url[p.idx]}",
                "datePublished": zulu(p.published),
                "dateModified": zulu(p.published),
                "keywords": ", ".join([TAGS[p.section], *p.tags]),
                "description": excerpt(p, 40),
                "mainEntityOfPage": {"@type": "WebPage", "@id": base},
            },
            indent=4,
        )

    def article(p):
        d = p.published
        a, bio = AUTHORS[p.author]
        i = posts.index(p)
        newer = posts[i - 1] if i > 0 else None
        older = posts[i + 1] if i + 1 < len(posts) else None
        same = [q for q in posts if q.section == p.section and q is not p][:3]
        more = "".join(f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>' for q in same)
        n_tag = sum(1 for q in posts if q.section == p.section)
        read_next = f"""<article class="read-next-card" style="background-image: url(/content/images/2017/02/cover.jpg)">
    <header class="read-next-card-header">
        <small class="read-next-card-header-sitetitle">&mdash; {SITE} &mdash;</small>
        <h3 class="read-next-card-header-title"><a href="/tag/{p.section}/">{TAGS[p.section]}</a></h3>
    </header>
    <div class="read-next-divider"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M13 14.5s2 3 5 3 5.5-2.463 5.5-5.5S21 6.5 18 6.5c-5 0-7 8-12 8"/></svg></div>
    <div class="read-next-card-content"><ul>{more}</ul></div>
    <footer class="read-next-card-footer"><a href="/tag/{p.section}/">See all {n_tag} posts &rarr;</a></footer>
</article>"""
        feed = read_next + (card(newer) if newer else "") + (card(older) if older else "")
        tags_meta = "".join(
            f'    <meta property="article:tag" content="{escape(t)}" />\n'
            for t in [TAGS[p.section], *p.tags]
        )
        head = f"""    <link rel="shortcut icon" href="/favicon.png" type="image/png" />
    <link rel="canonical" href="{base}{url[p.idx]}" />
    <meta name="referrer" content="no-referrer-when-downgrade" />
    <link rel="amphtml" href="{base}{amp[p.idx]}" />
    <meta property="og:site_name" content="{SITE}" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="{escape(p.title)}" />
    <meta property="og:description" content="{escape(excerpt(p, 30))}" />
    <meta property="og:url" content="{base}{url[p.idx]}" />
    <meta property="article:published_time" content="{zulu(d)}" />
    <meta property="article:modified_time" content="{zulu(d)}" />
{tags_meta}    <meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:title" content="{escape(p.title)}" />
    <meta name="twitter:label1" content="Written by" />
    <meta name="twitter:data1" content="{escape(p.author)}" />
    <script type="application/ld+json">
{ld(p)}
    </script>"""
        body = "\n".join(f"<p>{escape(x)}</p>" for x in p.paras)
        main = f"""<header class="site-header outer"><div class="inner">{nav()}</div></header>
<main id="site-main" class="site-main outer" role="main">
    <div class="inner">
        <article class="post-full post tag-{p.section}{"".join(f" tag-{t}" for t in p.tags)}">
            <header class="post-full-header">
                <section class="post-full-meta">
                    <time class="post-full-meta-date" datetime="{d:%Y-%m-%d}">{d.day} {d:%B %Y}</time>
                        <span class="date-divider">/</span> <a href="/tag/{p.section}/">{TAGS[p.section]}</a>
                </section>
                <h1 class="post-full-title">{escape(p.title)}</h1>
            </header>
            <figure class="post-full-image" style="background-image: url(/content/images/2017/{d:%m}/{ascii_slug(p.title, p.slug)[:24]}.jpg)"></figure>
            <section class="post-full-content">
                <div class="kg-card-markdown">{body}</div>
            </section>
            <section class="subscribe-form">
                <h3 class="subscribe-form-title">Subscribe to {SITE}</h3>
                <p>Get the latest posts delivered right to your inbox</p>
                <form method="post" action="/subscribe/" class="">
                    <input class="confirm" type="hidden" name="confirm" /><input class="location" type="hidden" name="location" /><input class="referrer" type="hidden" name="referrer" />
                    <div class="form-group"><input class="subscribe-email" type="email" name="email" placeholder="youremail@example.com" /></div>
                    <button class="" type="submit"><span>Subscribe</span></button>
                    <script type="text/javascript">(function(g,h,o,s,t){{h[o]('.location')[s]=h[o]('.location')[s] || g.location.href;}})(window,document,'querySelector','value');</script>
                </form>
            </section>
            <footer class="post-full-footer">
                <section class="author-card">
                    <img class="author-profile-image" src="/content/images/2017/02/{a}.jpg" alt="{escape(p.author)}" />
                    <section class="author-card-content">
                        <h4 class="author-card-name"><a href="/author/{a}/">{escape(p.author)}</a></h4>
                        <p>{escape(bio)}</p>
                    </section>
                </section>
                <div class="post-full-footer-right"><a class="author-card-button" href="/author/{a}/">Read More</a></div>
            </footer>
            <section class="post-full-comments">
                <div id="disqus_thread"></div>
                <script>var disqus_config = function () {{ this.page.url = '{base}{url[p.idx]}'; this.page.identifier = 'ghost-{p.idx}'; }};</script>
                <noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript>
            </section>
        </article>
    </div>
</main>
<aside class="read-next outer">
    <div class="inner"><div class="read-next-feed">{feed}</div></div>
</aside>
<div class="floating-header">
    <div class="floating-header-logo"><a href="{base}"><span>{SITE}</span></a></div>
    <span class="floating-header-divider">&mdash;</span>
    <div class="floating-header-title">{escape(p.title)}</div>
    <div class="floating-header-share">
        <div class="floating-header-share-label">Share this</div>
        <a class="floating-header-share-tw" href="https://twitter.com/share?text={escape(p.title)}&amp;url={base}{url[p.idx]}" onclick="window.open(this.href, 'share-twitter', 'width=550,height=235');return false;">Twitter</a>
        <a class="floating-header-share-fb" href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}" onclick="window.open(this.href, 'share-facebook','width=580,height=296');return false;">Facebook</a>
    </div>
    <progress class="progress" value="0"><div class="progress-container"><span class="progress-bar"></span></div></progress>
</div>"""
        return shell(f"{p.title}", f"post-template tag-{p.section}", main, head, header="")

    def amp_page(p):
        d = p.published
        a = AUTHORS[p.author][0]
        body = "\n".join(f"<p>{escape(x)}</p>" for x in p.paras)
        return f"""<!DOCTYPE html>
<html ⚡>
<head>
    <meta charset="utf-8">
    <title>{escape(p.title)}</title>
    <meta name="HandheldFriendly" content="True" />
    <meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
    <link rel="canonical" href="{base}{url[p.idx]}" />
    <meta property="article:published_time" content="{zulu(d)}" />
    <script type="application/ld+json">
{ld(p)}
    </script>
    <style amp-custom>html {{ font-size: 62.5%; }} body {{ font-family: Georgia, serif; }}</style>
    <style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none}}</style></noscript>
    <script async src="https://cdn.ampproject.org/v0.js"></script>
</head>
<body class="amp-template">
    <header class="main-header">
        <nav class="blog-title"><a href="{base}">{SITE}</a></nav>
    </header>
    <main class="content" role="main">
        <article class="post">
            <header class="post-header">
                <h1 class="post-title">{escape(p.title)}</h1>
                <section class="post-meta">
                    <p class="author">by <a href="/author/{a}/">{escape(p.author)}</a></p>
                    <time class="post-date" datetime="{d:%Y-%m-%d}">{d:%Y-%m-%d}</time>
                </section>
            </header>
            <figure class="post-image"><amp-img src="/content/images/2017/{d:%m}/{ascii_slug(p.title, p.slug)[:24]}.jpg" width="600" height="400" layout="responsive"></amp-img></figure>
            <section class="post-content">
{body}
            </section>
        </article>
    </main>
    <footer class="site-footer clearfix">
        <section class="copyright"><a href="{base}">{SITE}</a> &copy; 2017</section>
        <section class="poweredby">Proudly published with <a href="https://ghost.org">Ghost</a></section>
    </footer>
</body>
</html>"""

    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(article(p))
        pages[amp[p.idx]] = html(amp_page(p))

    def lister(path0, title, body_class, header, items, per=9):
        def nth(k):
            return path0 if not k else f"{path0}page/{k + 1}/"

        def render(chunk, k, n):
            newer = (
                f'<a class="newer-posts" href="{nth(k - 1)}"><span aria-hidden="true">&larr;</span> Newer Posts</a>'
                if k
                else ""
            )
            older = (
                f'<a class="older-posts" href="{nth(k + 1)}">Older Posts <span aria-hidden="true">&rarr;</span></a>'
                if k + 1 < n
                else ""
            )
            feed = "".join(
                card(q, " post-card-large" if not k and j == 0 and path0 == "/" else "")
                for j, q in enumerate(chunk)
            )
            main = f"""{header}
<main id="site-main" class="site-main outer" role="main">
    <div class="inner">
        <div class="post-feed">{feed}</div>
        <nav class="pagination" role="navigation">{newer}<span class="page-number">Page {k + 1} of {n}</span>{older}</nav>
    </div>
</main>"""
            links = f'    <link rel="canonical" href="{base}{nth(k)}" />\n'
            if k:
                links += f'    <link rel="prev" href="{base}{nth(k - 1)}" />\n'
            if k + 1 < n:
                links += f'    <link rel="next" href="{base}{nth(k + 1)}" />\n'
            return shell(
                title + (f" - Page {k + 1}" if k else ""),
                body_class + (" paged" if k else ""),
                main,
                links,
                header="",
            )

        paged(pages, nth, items, per, render)

    home_header = f"""<header class="site-header outer" style="background-image: url(/content/images/2017/02/cover.jpg)">
    <div class="inner">
        <div class="site-header-content">
            <h1 class="site-title"><img class="site-logo" src="/content/images/2017/02/logo.png" alt="{SITE}" /></h1>
            <h2 class="site-description">{DESC}</h2>
        </div>
        {nav("/")}
    </div>
</header>"""
    lister("/", SITE, "home-template", home_header, posts)
    for t, items in by_key(posts, lambda p: p.section).items():
        hdr = f"""<header class="site-header outer no-cover">
    <div class="inner">{nav(f"/tag/{t}/")}
        <div class="site-header-content">
            <h1 class="site-title">{TAGS[t]}</h1>
            <h2 class="site-description">A collection of {len(items)} posts</h2>
        </div>
    </div>
</header>"""
        lister(f"/tag/{t}/", f"{TAGS[t]} - {SITE}", f"tag-template tag-{t}", hdr, items)
        pages[f"/tag/{t}/rss/"] = rss(
            base, f"{TAGS[t]} - {SITE}", [(url[q.idx], q) for q in items[:15]]
        )
    for name, (a, bio) in AUTHORS.items():
        items = [p for p in posts if p.author == name]
        hdr = f"""<header class="site-header outer no-cover">
    <div class="inner">{nav()}
        <div class="site-header-content">
            <img class="author-profile-image" src="/content/images/2017/02/{a}.jpg" alt="{escape(name)}" />
            <h1 class="site-title">{escape(name)}</h1>
            <h2 class="author-bio">{escape(bio)}</h2>
            <div class="author-meta"><div class="author-location">Boulder, CO <span class="bull">&bull;</span></div><div class="author-stats">{len(items)} posts <span class="bull">&bull;</span></div></div>
        </div>
    </div>
</header>"""
        lister(f"/author/{a}/", f"{name} - {SITE}", f"author-template author-{a}", hdr, items)
    for path, title, text in (
        (
            "/about/",
            "About",
            f"{SITE} is an independent, reader-supported newsroom covering local government along the Front Range since 2014.",
        ),
        (
            "/subscribe/",
            "Subscribe",
            "Enter your email address to get new posts delivered to your inbox.",
        ),
    ):
        main = f"""<main id="site-main" class="site-main outer" role="main"><div class="inner">
<article class="post-full post page no-image"><header class="post-full-header"><h1 class="post-full-title">{title}</h1></header>
<section class="post-full-content"><div class="kg-card-markdown"><p>{escape(text)}</p></div></section></article></div></main>"""
        pages[path] = html(
            shell(
                f"{title} - {SITE}",
                "page-template",
                main,
                f'    <link rel="canonical" href="{base}{path}" />',
            )
        )
    pages["/rss/"] = rss(base, SITE, [(url[p.idx], p) for p in posts[:15]])
    pages["/sitemap-posts.xml"] = sitemap(
        base,
        [
            (url[p.idx], p.published.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"))
            for p in posts
        ],
    )
    pages["/sitemap-pages.xml"] = sitemap(
        base, [("/about/", "2017-02-10T18:00:00.000Z"), ("/subscribe/", "2017-02-10T18:00:00.000Z")]
    )
    pages["/sitemap-tags.xml"] = sitemap(base, [(f"/tag/{t}/", None) for t in TAGS])
    pages["/sitemap-authors.xml"] = sitemap(
        base, [(f"/author/{a}/", None) for a, _ in AUTHORS.values()]
    )
    pages["/sitemap.xml"] = sitemap_index(
        base,
        ["/sitemap-pages.xml", "/sitemap-posts.xml", "/sitemap-authors.xml", "/sitemap-tags.xml"],
    )
    pages["/robots.txt"] = robots(base, ["/sitemap.xml"], ["/ghost/", "/p/"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: [amp[p.idx]])
