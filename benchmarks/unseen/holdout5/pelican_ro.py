"""Pelican 3.7 static site on the notmyidea theme (ro): indexN.html paging, stale slug.html twins, Atom only."""

from __future__ import annotations

from html import escape

from benchmarks.unseen.common import atom, by_key, html, make_posts, paged, robots, site_from
from benchmarks.unseen.holdout5 import ascii_slug

NAME = "pelican_ro"
SITE = "Jurnal de Brașov"
CATS = {
    "administratie": "administrație",
    "transport": "transport",
    "educatie": "educație",
    "cultura": "cultură",
}
TAGS = ["consiliul-local", "buget", "trafic", "scoli", "investitii", "primarie"]
AUTHORS = ["Ioana Munteanu", "Radu Ciobanu"]
MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai"]
ACTIVE = ' class="active"'
DAYS = ["lun.", "mar.", "mie.", "joi", "vin.", "sâm.", "dum."]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(954, "ro", 33, "Europe/Bucharest", list(CATS), AUTHORS, TAGS)
    url = {p.idx: f"/{p.published:%Y/%m}/{ascii_slug(p.title, p.slug)}/" for p in posts}
    old = {p.idx: f"/{ascii_slug(p.title, p.slug)}.html" for p in posts}

    def fdate(d):
        return f"{DAYS[d.weekday()]} {d:%d} {MONTHS[d.month - 1]} {d.year}"

    def aslug(a):
        return a.lower().replace(" ", "-")

    def post_info(p):
        d = p.published
        tags = " ".join(f'<a href="/tag/{t}.html">{t}</a>' for t in p.tags)
        return f"""<footer class="post-info">
        <abbr class="published" title="{d.isoformat()}">
                Publicat: {fdate(d)}
        </abbr>
        <address class="vcard author">
                De                 <a class="url fn" href="/author/{aslug(p.author)}.html">{escape(p.author)}</a>
        </address>
<p>În <a href="/category/{p.section}.html">{CATS[p.section]}</a>.</p>
<p>etichete: {tags} </p>
</footer><!-- /.post-info -->"""

    def shell(title, content, active="", head=""):
        nav = "".join(
            f'<li{ACTIVE if k == active else ""}><a href="/category/{k}.html">{v}</a></li>'
            for k, v in CATS.items()
        )
        return f"""<!DOCTYPE html>
<html lang="ro">
<head>
        <meta charset="utf-8" />
        <title>{escape(title)}</title>
        <link rel="stylesheet" href="/theme/css/main.css" />
        <link href="{base}/feeds/all.atom.xml" type="application/atom+xml" rel="alternate" title="{SITE} Full Atom Feed" />{head}
</head>

<body id="index" class="home">
        <header id="banner" class="body">
                <h1><a href="/">{SITE} <strong>știri din oraș, scrise de voluntari</strong></a></h1>
                <nav><ul>
                    <li><a href="/pages/despre-noi.html">Despre noi</a></li>
                    {nav}
                </ul></nav>
        </header><!-- /#banner -->
{content}
        <section id="extras" class="body">
                <div class="blogroll">
                        <h2>linkuri</h2>
                        <ul>
                            <li><a href="https://www.brasovcity.ro/">Primăria Brașov</a></li>
                            <li><a href="https://www.ratbv.ro/">RAT Brașov</a></li>
                        </ul>
                </div><!-- /.blogroll -->
                <div class="social">
                        <h2>social</h2>
                        <ul>
                            <li><a href="{base}/feeds/all.atom.xml" type="application/atom+xml" rel="alternate">atom feed</a></li>
                            <li><a href="https://www.facebook.com/jurnaldebrasov">facebook</a></li>
                        </ul>
                </div><!-- /.social -->
        </section><!-- /#extras -->

        <footer id="contentinfo" class="body">
                <address id="about" class="vcard body">
                Proudly powered by <a href="http://getpelican.com/">Pelican</a>, which takes great advantage of <a href="http://python.org">Python</a>.
                </address><!-- /#about -->

                <p>The theme is by <a href="http://coding.smashingmagazine.com/2009/08/04/designing-a-html-5-layout-from-scratch/">Smashing Magazine</a>, thanks!</p>
        </footer><!-- /#contentinfo -->
</body>
</html>"""

    def article(p):
        content = f"""<section id="content" class="body">
  <article>
    <header>
      <h1 class="entry-title">
        <a href="{url[p.idx]}" rel="bookmark"
           title="Permalink to {escape(p.title)}">{escape(p.title)}</a></h1>
    </header>

    <div class="entry-content">
{post_info(p)}      {"".join(f"<p>{escape(x)}</p>" for x in p.paras)}
    </div><!-- /.entry-content -->
    <div class="comments">
      <h2>Comentarii !</h2>
      <div id="disqus_thread"></div>
      <script type="text/javascript">
        var disqus_shortname = 'jurnaldebrasov';
        var disqus_identifier = '{url[p.idx].strip("/")}';
        var disqus_url = '{base}{url[p.idx]}';
        (function() {{ var dsq = document.createElement('script'); dsq.async = true; dsq.src = '//jurnaldebrasov.disqus.com/embed.js'; (document.getElementsByTagName('head')[0] || document.getElementsByTagName('body')[0]).appendChild(dsq); }})();
      </script>
      <noscript>Activați JavaScript pentru a vedea <a href="https://disqus.com/?ref_noscript">comentariile oferite de Disqus.</a></noscript>
    </div>

  </article>
</section>"""
        head = f'<meta name="tags" content="{" ".join(p.tags)}" />\n<meta name="description" content="{escape(p.paras[0][:150])}" />'
        return shell(f"{p.title} - {SITE}", content, p.section, head)

    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(article(p))
        pages[old[p.idx]] = html(article(p))

    def entry(p, link):
        return f"""<li><article class="hentry">
                <header>
                        <h1><a href="{link}" rel="bookmark"
                               title="Permalink to {escape(p.title)}">{escape(p.title)}</a></h1>
                </header>

                <div class="entry-content">
{post_info(p)}                <p>{escape(" ".join(p.paras[0].split()[:50]))} …</p>
                <a class="readmore" href="{link}">citește mai departe</a>
                </div><!-- /.entry-content -->
        </article></li>"""

    def index(stem, items, heading, active="", links=None):
        def nth(k):
            return f"{stem}.html" if k else (f"{stem}.html" if stem != "/index" else "/")

        def nth_real(k):
            return nth(0) if not k else f"{stem}{k + 1}.html"

        def render(chunk, k, n):
            link = links or url
            first, rest = chunk[0], chunk[1:]
            featured = ""
            if not k and stem == "/index":
                featured = f"""<aside id="featured" class="body">
    <article>
        <h1 class="entry-title"><a href="{link[first.idx]}">{escape(first.title)}</a></h1>
{post_info(first)}{"".join(f"<p>{escape(x)}</p>" for x in first.paras[:2])}<p>…</p>
<a class="readmore" href="{link[first.idx]}">citește mai departe</a>
    </article>
</aside><!-- /#featured -->"""
            else:
                rest = chunk
            pager = f"Pagina {k + 1} / {n}"
            if k:
                pager = (
                    f'<a href="{nth_real(0)}">&laquo;</a> <a href="{nth_real(k - 1)}">&lsaquo;</a> '
                    + pager
                )
            if k + 1 < n:
                pager += f' <a href="{nth_real(k + 1)}">&rsaquo;</a> <a href="{nth_real(n - 1)}">&raquo;</a>'
            content = f"""{featured}
<section id="content" class="body">
<h1>{escape(heading)}</h1>
<ol id="posts-list" class="hfeed">
{"".join(entry(p, link[p.idx]) for p in rest)}
</ol><!-- /#posts-list -->
<p class="paginator">
    {pager}
</p>
</section><!-- /#content -->"""
            return shell(f"{SITE} - {heading}" if heading else SITE, content, active)

        paged(pages, nth_real, items, 6, render)

    index("/index", posts, "Alte articole")
    pages["/index.html"] = pages["/"]
    for c, items in by_key(posts, lambda p: p.section).items():
        index(f"/category/{c}", items, f"Categoria: {CATS[c]}", c)
    for t, items in by_key(posts, lambda p: p.tags).items():
        index(f"/tag/{t}", items, f"Eticheta: {t}")
    for a, items in by_key(posts, lambda p: p.author).items():
        index(
            f"/author/{aslug(a)}", items, f"Articole de {a}", links=old
        )  # an older build's pages, still on the server
    arch = "".join(
        f'<dt>{fdate(p.published)}</dt>\n<dd><a href="{url[p.idx]}">{escape(p.title)}</a></dd>\n'
        for p in posts
    )
    pages["/archives.html"] = html(
        shell(
            f"{SITE} - Arhivă",
            f'<section id="content" class="body">\n<h1>Arhiva pentru {SITE}</h1>\n<dl>\n{arch}</dl>\n</section>',
        )
    )
    pages["/pages/despre-noi.html"] = html(
        shell(
            f"Despre noi - {SITE}",
            '<section id="content" class="body">\n    <h1 class="entry-title">Despre noi</h1>\n    <p>Suntem un grup de foști jurnaliști și studenți care scriu despre viața orașului.</p>\n</section>',
        )
    )
    pages["/feeds/all.atom.xml"] = atom(base, SITE, [(url[p.idx], p) for p in posts[:10]])
    pages["/robots.txt"] = robots(base, [], ["/drafts/"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: [old[p.idx]])
