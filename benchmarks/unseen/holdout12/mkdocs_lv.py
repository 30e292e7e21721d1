"""MkDocs 1.5 with Material for MkDocs 9.4 and its built-in blog plugin as a news site, lv, Europe/Riga.

Modelled on Material's templates: `main.html`/`base.html` (`md-header`, `md-tabs`, `md-main__inner`,
`md-sidebar--primary`, `md-content`, `md-footer`/`md-copyright`, the consent dialog
`md-consent`), the blog plugin's `blog.html`/`blog-archive.html`/`blog-category.html` with
`partials/post.html` (`md-post md-post--excerpt`, `md-post__header`, `md-post__authors`,
`md-meta__list` with `<time datetime="{{ date.created }}">`, excerpt cut at `<!-- more -->`,
`md-post__action` "continue reading", the `md-pagination` pager) and `blog-post.html`
(`md-sidebar--post` with back link, author profile, date, categories and reading time;
`md-content--post`; Giscus comments in `partials/comments.html`). URLs as the plugin makes them
with `use_directory_urls`: `blog/{yyyy}/{MM}/{dd}/{slug}/` (also answered as `.../index.html`),
`blog/page/N/`, `blog/archive/yyyy/`, `blog/category/x/`; every link relative, as MkDocs writes
them. Discovery: MkDocs' `sitemap.xml` (every lastmod is the build day) and mkdocs-rss-plugin's
`feed_rss_created.xml` (20 newest).
"""

from __future__ import annotations

import posixpath
from datetime import date
from email.utils import format_datetime
from html import escape

from benchmarks.unseen.common import by_key, chunks, html, make_posts, site_from, sitemap, xml
from benchmarks.unseen.holdout12 import slugify

NAME = "mkdocs_lv"
SITE = "Zemgales Vēstis"
CATS = ["Pašvaldība", "Satiksme", "Izglītība", "Ekonomika"]
AUTHORS = {"ilze": "Ilze Bērziņa", "janis": "Jānis Ozols", "marta": "Marta Kalniņa"}
MONTHS = [
    "janvāris",
    "februāris",
    "marts",
    "aprīlis",
    "maijs",
    "jūnijs",
    "jūlijs",
    "augusts",
    "septembris",
    "oktobris",
    "novembris",
    "decembris",
]
PER = 10
BUILD = date(2017, 5, 2)


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1202, "lv", 31, "Europe/Riga", CATS, list(AUTHORS.values()), ["x"])
    aid = {v: k for k, v in AUTHORS.items()}
    slug = {p.idx: slugify(p.title, f"zina-{p.idx}", 60) for p in posts}

    def url(p):
        d = p.published
        return f"/blog/{d.year}/{d.month:02d}/{d.day:02d}/{slug[p.idx]}/"

    def twins(p):
        return [url(p) + "index.html"]

    def rel(here, there):
        """A link from page `here` to `there` as MkDocs writes it (relative, directory URLs)."""
        r = posixpath.relpath(there, here if here.endswith("/") else posixpath.dirname(here))
        return ("./" if r == "." else r + "/") if there.endswith("/") else r

    def cat_url(c):
        return f"/blog/category/{slugify(c, 'x')}/"

    def ddate(d):
        return f"{d.year}. gada {d.day}. {MONTHS[d.month - 1]}"

    def minutes(p):
        return max(1, round(sum(len(x.split()) for x in p.paras) / 180))

    def shell(here, title, content, sidebar, head="", tab="blog"):
        tabs = "".join(
            f'<li class="md-tabs__item{" md-tabs__item--active" if k == tab else ""}"><a href="{rel(here, h)}" class="md-tabs__link">{t}</a></li>'
            for k, h, t in (
                ("home", "/", "Sākums"),
                ("blog", "/blog/", "Ziņas"),
                ("about", "/par-mums/", "Par mums"),
                ("contact", "/kontakti/", "Kontakti"),
            )
        )
        return f"""<!doctype html>
<html lang="lv" class="no-js">
  <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width,initial-scale=1">
      <meta name="description" content="Neatkarīgas ziņas no Jelgavas un Zemgales">
      <link rel="canonical" href="{base}{here}">{head}
      <link rel="icon" href="{rel(here, "/assets/images/favicon.png")}">
      <meta name="generator" content="mkdocs-1.5.3, mkdocs-material-9.4.6">
    <title>{escape(title)}</title>
      <link rel="stylesheet" href="{rel(here, "/assets/stylesheets/main.35e1ed30.min.css")}">
      <link rel="alternate" type="application/rss+xml" title="RSS feed of created content" href="{rel(here, "/feed_rss_created.xml")}">
  </head>
  <body dir="ltr" data-md-color-scheme="default" data-md-color-primary="red" data-md-color-accent="red">
    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">
    <label class="md-overlay" for="__drawer"></label>
    <div data-md-component="skip"><a href="#__content" class="md-skip">Pāriet uz saturu</a></div>
    <header class="md-header md-header--shadow md-header--lifted" data-md-component="header">
  <nav class="md-header__inner md-grid" aria-label="Galvene">
    <a href="{rel(here, "/")}" title="{SITE}" class="md-header__button md-logo" aria-label="{SITE}" data-md-component="logo"><img src="{rel(here, "/assets/logo.svg")}" alt="logo"></a>
    <label class="md-header__button md-icon" for="__drawer"></label>
    <div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis"><div class="md-header__topic"><span class="md-ellipsis">{SITE}</span></div><div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">{escape(title.split(" - ")[0])}</span></div></div></div>
    <div class="md-search" data-md-component="search" role="dialog"><label class="md-search__overlay" for="__search"></label><div class="md-search__inner" role="search"><form class="md-search__form" name="search"><input type="text" class="md-search__input" name="query" aria-label="Meklēt" placeholder="Meklēt" autocapitalize="off" autocorrect="off" autocomplete="off" spellcheck="false" data-md-component="search-query" required></form><div class="md-search__output"><div class="md-search-result" data-md-component="search-result"><div class="md-search-result__meta">Inicializē meklēšanu</div></div></div></div></div>
  </nav>
  <nav class="md-tabs" aria-label="Cilnes" data-md-component="tabs"><div class="md-grid"><ul class="md-tabs__list">{tabs}</ul></div></nav>
</header>
    <div class="md-container" data-md-component="container">
      <main class="md-main" data-md-component="main">
        <div class="md-main__inner md-grid">
{sidebar}
          <div class="md-content{" md-content--post" if "md-sidebar--post" in sidebar else ""}" data-md-component="content">
            <article class="md-content__inner md-typeset">
{content}
            </article>
          </div>
        </div>
      </main>
      <footer class="md-footer">
  <div class="md-footer-meta md-typeset">
    <div class="md-footer-meta__inner md-grid">
      <div class="md-copyright"><div class="md-copyright__highlight">Copyright &copy; 2017 Zemgales Vēstis, biedrība “Vietējā prese”</div>Veidots ar <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">Material for MkDocs</a></div>
      <div class="md-social"><a href="https://twitter.com/zemgalesvestis" target="_blank" rel="noopener" title="twitter.com" class="md-social__link">Twitter</a> <a href="https://www.facebook.com/zemgalesvestis" target="_blank" rel="noopener" title="facebook.com" class="md-social__link">Facebook</a></div>
    </div>
  </div>
</footer>
    </div>
    <div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>
    <div class="md-consent" data-md-component="consent" id="__consent" hidden>
      <div class="md-consent__overlay"></div>
      <aside class="md-consent__inner"><form class="md-consent__form md-grid md-typeset" name="consent"><h4>Sīkdatņu piekrišana</h4><p>Mēs izmantojam sīkdatnes, lai noskaidrotu, kā jūs lietojat mūsu vietni, un uzlabotu to. Ar jūsu piekrišanu tas mums ļauj saprast, kuras ziņas lasītāji meklē visbiežāk.</p><input class="md-toggle" type="checkbox" id="__settings"><div class="md-consent__controls"><button class="md-button md-button--primary">Piekrist</button> <button type="reset" class="md-button">Noraidīt</button> <label class="md-button" for="__settings">Pārvaldīt iestatījumus</label></div></form></aside>
    </div>
    <script id="__config" type="application/json">{{"base": "{rel(here, "/") or "."}", "features": ["navigation.tabs", "navigation.instant"], "search": "{rel(here, "/assets/javascripts/workers/search.f886a092.min.js")}", "translations": {{"clipboard.copy": "Kopēt starpliktuvē", "search.result.placeholder": "Ierakstiet, lai sāktu meklēt"}}}}</script>
    <script src="{rel(here, "/assets/javascripts/bundle.d7c377c4.min.js")}"></script>
  </body>
</html>"""

    def index_sidebar(here):
        cats = "".join(
            f'<li class="md-nav__item"><a href="{rel(here, cat_url(c))}" class="md-nav__link"><span class="md-ellipsis">{c}</span></a></li>'
            for c in CATS
        )
        years = f'<li class="md-nav__item"><a href="{rel(here, "/blog/archive/2017/")}" class="md-nav__link"><span class="md-ellipsis">2017</span></a></li>'
        return f"""          <div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation">
            <div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
              <nav class="md-nav md-nav--primary md-nav--lifted" aria-label="Navigācija" data-md-level="0">
                <ul class="md-nav__list" data-md-scrollfix>
                  <li class="md-nav__item md-nav__item--active md-nav__item--section md-nav__item--nested"><a href="{rel(here, "/blog/")}" class="md-nav__link md-nav__link--active">Ziņas</a>
                    <nav class="md-nav" data-md-level="1"><ul class="md-nav__list">
                      <li class="md-nav__item md-nav__item--nested"><span class="md-nav__link">Arhīvs</span><nav class="md-nav" data-md-level="2"><ul class="md-nav__list">{years}</ul></nav></li>
                      <li class="md-nav__item md-nav__item--nested"><span class="md-nav__link">Kategorijas</span><nav class="md-nav" data-md-level="2"><ul class="md-nav__list">{cats}</ul></nav></li>
                    </ul></nav>
                  </li>
                </ul>
              </nav>
            </div></div>
          </div>"""

    def excerpt(here, p):
        u = rel(here, url(p))
        return f"""<article class="md-post md-post--excerpt">
  <header class="md-post__header">
    <nav class="md-post__authors md-typeset"><span class="md-author"><img src="https://avatars.githubusercontent.com/u/{1000 + len(aid[p.author])}" alt="{escape(p.author)}"></span></nav>
    <div class="md-post__meta md-meta">
      <ul class="md-meta__list">
        <li class="md-meta__item"><time datetime="{p.published.isoformat(" ")}">{ddate(p.published)}</time></li>
        <li class="md-meta__item">kategorijā <a href="{rel(here, cat_url(p.section))}" class="md-meta__link">{p.section}</a></li>
        <li class="md-meta__item">{minutes(p)} min lasīšanai</li>
      </ul>
    </div>
  </header>
  <div class="md-post__content md-typeset">
    <h2 id="{slug[p.idx]}"><a class="toclink" href="{u}">{escape(p.title)}</a></h2>
<p>{escape(p.paras[0])}</p>
    <nav class="md-post__action"><a href="{u}">Lasīt tālāk</a></nav>
  </div>
</article>"""

    pages: dict = {}

    def lister(first, heading, items, extra=""):
        parts = chunks(items, PER)
        n = len(parts)

        def nth(k):
            return first if not k else f"{first}page/{k + 1}/"

        for k, chunk in enumerate(parts):
            here = nth(k)
            links = []
            if k:
                links.append(f'<a class="md-pagination__link" href="{rel(here, nth(k - 1))}">«</a>')
            for j in range(n):
                links.append(
                    f'<span class="md-pagination__current">{j + 1}</span>'
                    if j == k
                    else f'<a class="md-pagination__link" href="{rel(here, nth(j))}">{j + 1}</a>'
                )
            if k + 1 < n:
                links.append(f'<a class="md-pagination__link" href="{rel(here, nth(k + 1))}">»</a>')
            pager = f'<nav class="md-pagination">{" ".join(links)}</nav>' if n > 1 else ""
            content = (
                f'<div class="md-content__inner md-typeset"><h1 id="{slugify(heading, "x")}">{escape(heading)}</h1>{extra}</div>\n'
                + "\n".join(excerpt(here, q) for q in chunk)
                + pager
            )
            pages[here] = html(
                shell(here, f"{heading} - {SITE}", content, index_sidebar(here), tab="blog")
            )

    def post_page(p, here):
        d = p.published
        back = rel(here, "/blog/")
        profile = f"""<div class="md-post__authors md-typeset"><div class="md-profile md-post__profile"><span class="md-author md-author--long"><img src="https://avatars.githubusercontent.com/u/{1000 + len(aid[p.author])}" alt="{escape(p.author)}"></span><span class="md-profile__description"><strong>{escape(p.author)}</strong><br>žurnālists</span></div></div>"""
        sidebar = f"""          <div class="md-sidebar md-sidebar--post" data-md-component="sidebar" data-md-type="navigation">
            <div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner md-post">
              <nav class="md-nav md-nav--primary">
                <div class="md-post__back"><div class="md-nav__title md-nav__container"><a href="{back}" class="md-nav__link"><span class="md-ellipsis">Atpakaļ uz sākumu</span></a></div></div>
                {profile}
                <ul class="md-post__meta md-nav__list">
                  <li class="md-nav__item md-nav__item--section"><div class="md-post__title"><span class="md-ellipsis">Metadati</span></div>
                    <nav class="md-nav"><ul class="md-nav__list">
                      <li class="md-nav__item"><div class="md-nav__link"><time datetime="{d.isoformat(" ")}" class="md-ellipsis">{ddate(d)}</time></div></li>
                      <li class="md-nav__item"><div class="md-nav__link"><span class="md-ellipsis">kategorijā <a href="{rel(here, cat_url(p.section))}">{p.section}</a></span></div></li>
                      <li class="md-nav__item"><div class="md-nav__link"><span class="md-ellipsis">{minutes(p)} min lasīšanai</span></div></li>
                    </ul></nav>
                  </li>
                </ul>
              </nav>
            </div></div>
          </div>"""
        h = slug[p.idx]
        body = "\n".join(
            (f"<p>{escape(x)}</p>" if i != 1 else f"<!-- more -->\n<p>{escape(x)}</p>")
            for i, x in enumerate(p.paras)
        )
        content = f"""<h1 id="{h}">{escape(p.title)}<a class="headerlink" href="#{h}" title="Pastāvīgā saite">&para;</a></h1>
{body}
<h2 id="__comments">Komentāri</h2>
<script src="https://giscus.app/client.js" data-repo="zemgalesvestis/komentari" data-repo-id="R_kgDOI" data-category="Announcements" data-mapping="pathname" data-reactions-enabled="1" data-lang="lv" crossorigin="anonymous" async></script>"""
        head = f'\n      <meta property="og:type" content="article">\n      <meta property="og:title" content="{escape(p.title)}">'
        return shell(here, f"{p.title} - {SITE}", content, sidebar, head)

    for p in posts:
        pages[url(p)] = html(post_page(p, url(p)))
        pages[twins(p)[0]] = html(post_page(p, url(p)))
    lister(
        "/blog/",
        "Ziņas",
        posts,
        "<p>Jaunākās ziņas no Jelgavas domes, ceļiem, skolām un uzņēmumiem.</p>",
    )
    lister("/blog/archive/2017/", "2017", posts)
    for c, items in by_key(posts, lambda p: p.section).items():
        lister(cat_url(c), c, items)
    for path, heading, text, tab in (
        (
            "/",
            SITE,
            "Zemgales Vēstis ir neatkarīgs vietējo ziņu izdevums, ko kopš 2014. gada veido brīvprātīgo žurnālistu komanda.",
            "home",
        ),
        (
            "/par-mums/",
            "Par mums",
            "Mūs atbalsta lasītāju ziedojumi un biedrības “Vietējā prese” granti.",
            "about",
        ),
        (
            "/kontakti/",
            "Kontakti",
            "Rakstiet redakcijai: redakcija@zemgalesvestis.lv, tālrunis 63 012 345.",
            "contact",
        ),
    ):
        latest = ""
        if path == "/":
            latest = (
                '<h2 id="jaunakas-zinas">Jaunākās ziņas</h2><ul>'
                + "".join(
                    f'<li><a href="{rel(path, url(q))}">{escape(q.title)}</a></li>'
                    for q in posts[:5]
                )
                + f'</ul><p><a href="{rel(path, "/blog/")}">Visas ziņas</a></p>'
            )
        content = f'<h1 id="{slugify(heading, "x")}">{escape(heading)}</h1>\n<p>{text}</p>{latest}'
        pages[path] = html(
            shell(path, f"{heading} - {SITE}" if path != "/" else SITE, content, "", tab=tab)
        )
        pages[path + "index.html"] = pages[path]
    items = "".join(
        f"<item><title>{escape(p.title)}</title><author>{aid[p.author]}@zemgalesvestis.lv ({escape(p.author)})</author>"
        f"<category>{p.section}</category><description>{escape(p.paras[0])}</description>"
        f"<link>{base}{url(p)}</link><pubDate>{format_datetime(p.published)}</pubDate>"
        f'<source url="{base}/feed_rss_created.xml">{SITE}</source><guid isPermaLink="true">{base}{url(p)}</guid></item>'
        for p in posts[:20]
    )
    pages["/feed_rss_created.xml"] = xml(
        '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{SITE}</title><description>Neatkarīgas ziņas no Jelgavas un Zemgales</description>"
        f'<link>{base}/</link><atom:link xmlns:atom="http://www.w3.org/2005/Atom" href="{base}/feed_rss_created.xml" rel="self" type="application/rss+xml" />'
        f"<language>lv</language><pubDate>{format_datetime(posts[0].published)}</pubDate><generator>MkDocs RSS plugin - v1.8.0</generator>{items}</channel></rss>",
        "application/rss+xml",
    )
    lastmod = BUILD.isoformat()
    listed = sorted(
        p for p, r in pages.items() if "html" in r.content_type and not p.endswith("index.html")
    )
    pages["/sitemap.xml"] = sitemap(base, [(p, lastmod) for p in listed])
    return site_from(NAME, posts, url, pages, twins)
