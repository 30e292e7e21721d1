"""Zola static site with the `even` theme (mt), Europe/Malta.

Modelled on the getzola/even theme: `templates/index.html` / `section.html` (paginated
`article.post` summaries up to `<span id="continue-reading">`, "Read more" link, `nav.pagination`
with previous/next), `templates/page.html` + `post_macros.html` (`post__header`, `post__title`
link to the permalink, `post__time` = `page.date | date(format="%F")`, i.e. the local day of the
front-matter date, `post__category`, `post-content`, `post-tags`, `post-nav`, Disqus macro) and the
built site it ships (absolute hrefs escaped as `&#x2F;` by Tera, `page/1/` as Zola's redirect stub
with a canonical link and a meta refresh). Zola output around it: `atom.xml` (front-matter date with
its offset, `feed_limit` 20), taxonomy pages `/tags/x/`, `/categories/x/` with their own `atom.xml`,
`sitemap.xml` whose lastmod is the front-matter date, robots.txt naming it.
"""

# ruff: noqa: RUF001  (typographic quotes are the point here)

from __future__ import annotations

from html import escape

from benchmarks.unseen.common import (
    by_key,
    html,
    make_posts,
    paged,
    robots,
    site_from,
    sitemap,
    xml,
)
from benchmarks.unseen.dev2 import ascii_slug

NAME = "zola_mt"
SITE = "Il-Belt Illum"
CATS = ["Kunsill", "Trasport", "Saħħa", "Ippjanar"]
TAGS = ["lokali", "baġit", "xogħlijiet", "konsultazzjoni", "residenti"]
AUTHORS = ["Maria Camilleri", "Joseph Borg", "Rita Farrugia"]
PER = 7


def slugify(text: str, fallback: str) -> str:
    """Zola's default slugify (deunicode): ħ becomes h, accents drop, the rest turns into dashes."""
    return ascii_slug(text.replace("ħ", "h").replace("Ħ", "H"), fallback)


SEC = "/ahbarijiet"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1303, "mt", 33, "Europe/Malta", CATS, AUTHORS, TAGS)
    url = {p.idx: f"{SEC}/{slugify(p.title, str(p.idx))}/" for p in posts}

    def z(path):  # Tera escapes "/" in permalinks it prints with the default autoescape
        return escape(base + path).replace("/", "&#x2F;")

    def tax(kind, name):
        return f"/{kind}/{slugify(name, 'x')}/"

    nav = [
        ("/", "Home"),
        (SEC + "/", "Aħbarijiet"),
        ("/categories/", "Kategoriji"),
        ("/tags/", "Tags"),
        ("/dwarna/", "Dwarna"),
    ]

    def shell(title, main, head=""):
        items = "".join(
            f'\n                    <li class="mobile-menu-item">\n                        <a href="{z(h)}">\n                            {t}\n                        </a>\n                    </li>'
            for h, t in nav
        )
        top = "".join(
            f'\n                            <li>\n                                <a href="{z(h)}">\n                                    {t}\n                                </a>\n                            </li>'
            for h, t in nav
        )
        return f"""<!DOCTYPE html>
<html lang="mt">
    <head>
      <meta http-equiv="X-UA-Compatible" content="IE=edge">
      <meta http-equiv="content-type" content="text/html; charset=utf-8">

      <!-- Enable responsiveness on mobile devices-->
      <meta name="viewport" content="width=device-width, initial-scale=1.0">
      <meta name="description" content="Aħbarijiet lokali mill-kunsilli u mill-irħula" />
      <title>{escape(title)}</title>{head}
        <link rel="alternate" type="application/atom+xml" title="RSS" href="{base}/atom.xml">
          <script src="https://cdnjs.cloudflare.com/ajax/libs/slideout/1.0.1/slideout.min.js"></script>
          <link rel="stylesheet" href="{base}/site.css">
    </head>

    <body>
        <div class="container">

            <div id="mobile-navbar" class="mobile-navbar">
              <div class="mobile-header-logo">
                <a href="{z("/")}" class="logo">{SITE}</a>
              </div>
              <div class="mobile-navbar-icon icon-out">
                <span></span>
                <span></span>
                <span></span>
              </div>
            </div>

            <nav id="mobile-menu" class="mobile-menu slideout-menu slideout-menu-left">
              <ul class="mobile-menu-list">{items}
              </ul>
            </nav>

            <header id="header">
                <div class="logo"><a href="{z("/")}">{SITE}</a></div>
                <nav class="menu">
                    <ul>{top}
                    </ul>
                </nav>
            </header>

            <main>
                <div class="content" id="mobile-panel">
{main}
                </div>
            </main>
            <footer id="footer" class="footer"><div class="copyright"><span class="power-by">Magħmul b'<a class="hexo-link" href="https://www.getzola.org">Zola</a></span><span class="division">|</span><span class="theme-info">Tema - <a class="theme-link" href="https://github.com/getzola/even">Even</a></span><span class="copyright-year">&copy; 2017 {SITE}</span></div></footer>
        </div>
          <script type="text/javascript" src="{base}/even.js" ></script>
    </body>

</html>
"""

    def header(p):
        return f"""    <header class="post__header">
        <h1 class="post__title">
            <a href="{z(url[p.idx])}">{escape(p.title)}</a>
        </h1>
        <div class="post__meta">
            <span class="post__time">{p.published:%Y-%m-%d}</span>
                <div class="post__category">
                    <a href="{base}{tax("categories", p.section)}">{p.section}</a>
                </div>
        </div>
    </header>"""

    def content(p):
        first = f'<p>{escape(p.paras[0])}</p>\n<span id="continue-reading"></span>\n'
        return first + "\n".join(f"<p>{escape(x)}</p>" for x in p.paras[1:])

    def page(p):
        i = posts.index(p)
        older = posts[i + 1] if i + 1 < len(posts) else None
        newer = posts[i - 1] if i else None
        links = ""
        if older:
            links += f'\n                        <a class="previous" href="{z(url[older.idx])}">‹ {escape(older.title)}</a>'
        if newer:
            links += f'\n                        <a class="next" href="{z(url[newer.idx])}">{escape(newer.title)} ›</a>'
        tags = "".join(
            f'\n                        <a href="{base}{tax("tags", t)}">#{t}</a>' for t in p.tags
        )
        return f"""

<article class="post">
{header(p)}

    <div class="post-content">
      {content(p)}
    </div>

    <div class="post-footer">
                <div class="post-tags">{tags}
                </div>
                <div class="post-nav">{links}
                </div>
    </div>

    <div id="disqus_thread"></div>
    <script>
        var disqus_config = function () {{
            this.page.url = '{base}{url[p.idx]}';
            this.page.identifier = '{url[p.idx]}';
        }};
        (function() {{
            var d = document, s = d.createElement('script');
            s.src = 'https://ilbeltillum.disqus.com/embed.js';
            s.setAttribute('data-timestamp', +new Date());
            (d.head || d.body).appendChild(s);
        }})();
    </script>
    <noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript>
</article>
"""

    def summary(p):
        return f"""    <article class="post">
{header(p)}
        <div class="post__summary">
            <p>{escape(p.paras[0])}</p>
        </div>
        <div class="read-more">
            <a href="{z(url[p.idx])}#continue-reading">Aqra aktar...</a>
        </div>
    </article>"""

    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(shell(f"{SITE} - {p.title}", page(p)))

    def redirect(to):
        return html(
            f'<!doctype html>\n<meta charset="utf-8">\n<link rel="canonical" href="{base}{to}">\n'
            f'<meta http-equiv="refresh" content="0; url={base}{to}">\n<title>Redirect</title>\n'
            f'<p><a href="{base}{to}">Click here</a> to be redirected.</p>\n'
        )

    def lister(root, heading, items, title):
        def nth(k):
            return root if not k else f"{root}page/{k + 1}/"

        def render(chunk, k, n):
            prev = f'<a class="previous" href="{z(nth(k - 1))}">‹ Ta\' qabel</a>' if k else ""
            nxt = f'<a class="next" href="{z(nth(k + 1))}">Li jmiss ›</a>' if k + 1 < n else ""
            head = f'<h2 class="section-title">{escape(heading)}</h2>\n' if heading else ""
            pager = (
                f'\n    <nav class="pagination">\n        {prev}\n        {nxt}\n    </nav>'
                if n > 1
                else ""
            )
            return shell(title, head + "\n".join(summary(q) for q in chunk) + pager)

        n = paged(pages, nth, items, PER, render)
        if n > 1:
            pages[f"{root}page/1/"] = redirect(root)

    lister("/", "", posts, SITE)
    lister(SEC + "/", "Aħbarijiet", posts, f"{SITE} - Aħbarijiet")

    def feed(path, title, items):
        entries = "".join(
            f'\n\t<entry xml:lang="mt">\n\t\t<title>{escape(p.title)}</title>\n\t\t<published>{p.published.isoformat()}</published>'
            f'\n\t\t<updated>{p.published.isoformat()}</updated>\n\t\t<link rel="alternate" href="{base}{url[p.idx]}" type="text/html"/>'
            f'\n\t\t<id>{base}{url[p.idx]}</id>\n\t\t<content type="html">{escape("<p>" + p.paras[0] + "</p>")}</content>\n\t</entry>'
            for p in items[:20]
        )
        return xml(
            f'<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="mt">\n\t<title>{escape(title)}</title>'
            f'\n\t<link href="{base}{path}" rel="self" type="application/atom+xml"/>\n\t<link href="{base}/"/>\n\t<generator uri="https://www.getzola.org/">Zola</generator>'
            f"\n\t<updated>{items[0].published.isoformat()}</updated>\n\t<id>{base}{path}</id>{entries}\n</feed>\n",
            "application/atom+xml",
        )

    for kind, key, names in (
        ("categories", lambda p: p.section, CATS),
        ("tags", lambda p: p.tags, TAGS),
    ):
        groups = by_key(posts, key)
        for name, items in groups.items():
            root = tax(kind, name)
            label = "Kategorija" if kind == "categories" else "Tag"
            lister(root, f"{label}: {name}", items, f"{SITE} - {name}")
            pages[root + "atom.xml"] = feed(root + "atom.xml", f"{SITE} - {name}", items)
        rows = "".join(
            f'<li><a href="{base}{tax(kind, n)}">{n}</a> <span class="count">({len(groups[n])})</span></li>'
            for n in names
            if n in groups
        )
        pages[f"/{kind}/"] = html(
            shell(
                f"{SITE} - {kind}",
                f'<div class="terms"><h2 class="terms__title">{"Kategoriji" if kind == "categories" else "Tags"}</h2><ul class="terms__list">{rows}</ul></div>',
            )
        )
    pages["/dwarna/"] = html(
        shell(
            f"{SITE} - Dwarna",
            '<article class="post"><header class="post__header"><h1 class="post__title">Dwarna</h1></header><div class="post-content"><p>Il-Belt Illum huwa blog indipendenti li jsegwi l-laqgħat tal-kunsilli lokali.</p></div></article>',
        )
    )
    pages["/atom.xml"] = feed("/atom.xml", SITE, posts)
    entries = [("/", None), (SEC + "/", None), ("/dwarna/", None)]
    entries += [(url[p.idx], p.published.isoformat()) for p in posts]
    entries += [(tax("categories", c), None) for c in CATS] + [(tax("tags", t), None) for t in TAGS]
    pages["/sitemap.xml"] = sitemap(base, entries)
    pages["/robots.txt"] = robots(base, ["/sitemap.xml"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages)
