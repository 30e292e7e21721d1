"""Quarto 1.x website with a blog listing: an Amharic city-affairs newsletter.

Followed: Quarto's HTML output for a `website` project with `listing:` pages (the `default` listing's
`quarto-post` items with `data-listing-date-sort`, `listing-title`, `listing-categories`,
`listing-description`, `metadata` with `listing-date` / `listing-author`; the `table` listing; the `grid`
listing's `quarto-grid-item` cards; client-side list.js paging and category filters), the post page's
`title-block-header` (`quarto-title`, `quarto-categories`, `quarto-title-meta` headings "Author" and
"Published" with `<p class="date">`, `dcterms.date` meta), the margin TOC, the `quarto-appendix` with
its citation block (whose URL is the post's directory URL), utterances comments, `cookie-consent`,
navbar and footer; relative links (`./posts/<dir>/index.html`, `../../`), folders named
`YYYY-MM-DD-slug` by the authors, `index.xml` feed (`listing: feed: true`) and `sitemap.xml`
(lastmod = file modification time) from `site-url`; `date-format` and `lang: am` in `_quarto.yml`.
"""
# ruff: noqa: RUF001

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from html import escape

from benchmarks.unseen.common import html, make_posts, rss, site_from, sitemap

NAME = "quarto_am"
SITE = "የከተማ ጉዳዮች"
CATS = {"council": "ምክር ቤት", "transport": "ትራንስፖርት", "health": "ጤና", "housing": "መኖሪያ ቤት"}
AUTHORS = ["ሄኖክ በየነ", "ሰላም ታደሰ", "ዮናስ ገብሩ"]
MONTHS = [
    "ጃንዩወሪ",
    "ፌብሩወሪ",
    "ማርች",
    "ኤፕሪል",
    "ሜይ",
    "ጁን",
    "ጁላይ",
    "ኦገስት",
    "ሴፕቴምበር",
    "ኦክቶበር",
    "ኖቬምበር",
    "ዲሴምበር",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1404, "am", 30, "Africa/Addis_Ababa", list(CATS), AUTHORS, ["x"])
    rng = random.Random(1404)
    folder = {p.idx: f"{p.published:%Y-%m-%d}-{p.section}-update-{p.idx}" for p in posts}
    url = {p.idx: f"/posts/{folder[p.idx]}/index.html" for p in posts}
    built = datetime(2017, 5, 1, 9, 12, tzinfo=UTC)
    mtime = {p.idx: built + timedelta(seconds=rng.randint(0, 50)) for p in posts}

    def dirurl(p):
        return f"/posts/{folder[p.idx]}/"

    def shown(d):
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"

    def sortkey(d):
        return int(d.timestamp() * 1000)

    def shell(title, main, up, head="", toc="", cls="fullcontent"):
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="am" xml:lang="am"><head>
<meta charset="utf-8">
<meta name="generator" content="quarto-1.3.450">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">{head}
<title>{escape(title)}</title>
<style>code{{white-space: pre-wrap;}}</style>
<script src="{up}site_libs/quarto-nav/quarto-nav.js"></script>
<script src="{up}site_libs/quarto-listing/list.min.js"></script>
<link href="{up}site_libs/bootstrap/bootstrap.min.css" rel="stylesheet" id="quarto-bootstrap" data-mode="light">
<link rel="alternate" type="application/rss+xml" title="{SITE}" href="{up}index.xml">
<script src="https://www.cookieconsent.com/releases/4.0.0/cookie-consent.js" type="text/javascript" charset="UTF-8"></script>
<script type="text/javascript" charset="UTF-8">document.addEventListener('DOMContentLoaded', function () {{ cookieconsent.run({{"notice_banner_type":"simple","consent_type":"implied","palette":"light","language":"en","page_load_consent_levels":["strictly-necessary","functionality","tracking","targeting"],"notice_banner_reject_button_hide":false,"preferences_center_close_button_hide":false,"website_name":""}}); }});</script>
</head>
<body class="nav-fixed {cls}">
<div id="quarto-search-results"></div>
<header id="quarto-header" class="headroom fixed-top">
<nav class="navbar navbar-expand-lg" data-bs-theme="dark"><div class="navbar-container container-fluid">
<div class="navbar-brand-container mx-auto"><a class="navbar-brand" href="{up}index.html"><span class="navbar-title">{SITE}</span></a></div>
<div class="collapse navbar-collapse" id="navbarCollapse"><ul class="navbar-nav navbar-nav-scroll ms-auto">
<li class="nav-item"><a class="nav-link" href="{up}index.html"><span class="menu-text">መነሻ</span></a></li>
<li class="nav-item"><a class="nav-link" href="{up}archive.html"><span class="menu-text">ማህደር</span></a></li>
<li class="nav-item"><a class="nav-link" href="{up}topics.html"><span class="menu-text">ርዕሶች</span></a></li>
<li class="nav-item"><a class="nav-link" href="{up}about.html"><span class="menu-text">ስለ እኛ</span></a></li>
<li class="nav-item compact"><a class="nav-link" href="{up}index.xml"><i class="bi bi-rss" role="img"></i></a></li></ul>
<div id="quarto-search" class="" title="Search"></div></div></div></nav>
</header>
<div id="quarto-content" class="quarto-container page-columns page-rows-contents page-layout-article page-navbar">
{toc}
<main class="content" id="quarto-document-content">
{main}
</main>
</div>
<footer class="footer"><div class="nav-footer"><div class="nav-footer-left"><p>© 2017 {SITE} · <a href="{up}subscribe.html">በኢሜል ይመዝገቡ</a></p></div><div class="nav-footer-center"><div class="cookie-consent-footer"><a href="#" id="open_preferences_center">Cookie Preferences</a></div></div><div class="nav-footer-right"><p>Made with <a href="https://quarto.org">Quarto</a></p></div></div></footer>
</body></html>"""

    def post_item(q, i):
        return f"""<div class="quarto-post image-right" data-index="{i}" data-categories="{q.section}" data-listing-date-sort="{sortkey(q.published)}" data-listing-file-modified-sort="{sortkey(mtime[q.idx])}" data-listing-date-modified-sort="NaN" data-listing-reading-time-sort="{len(q.paras)}" data-listing-word-count-sort="{sum(len(x.split()) for x in q.paras)}">
<div class="thumbnail"><a href="./posts/{folder[q.idx]}/index.html" class="no-external"><div class="listing-item-img-placeholder card-img-top">&nbsp;</div></a></div>
<div class="body"><h3 class="no-anchor listing-title"><a href="./posts/{folder[q.idx]}/index.html" class="no-external">{escape(q.title)}</a></h3>
<div class="listing-categories"><div class="listing-category" onclick="window.quartoListingCategory('{q.section}'); return false;">{CATS[q.section]}</div></div>
<div class="listing-description"><a href="./posts/{folder[q.idx]}/index.html" class="no-external">{escape(q.paras[0][:160])}…</a></div></div>
<div class="metadata"><a href="./posts/{folder[q.idx]}/index.html" class="no-external"><div class="listing-date">{shown(q.published)}</div><div class="listing-author">{escape(q.author)}</div></a></div>
</div>"""

    def listing_page(title, body, kind):
        cats = "".join(
            f'<div class="category" data-category="{c}">{v} <span class="quarto-category-count">{sum(q.section == c for q in posts)}</span></div>'
            for c, v in CATS.items()
        )
        main = f"""<header id="title-block-header" class="quarto-title-block default"><div class="quarto-title"><h1 class="title">{escape(title)}</h1></div></header>
<div class="quarto-listing quarto-listing-container-{kind}" id="listing-listing">
{body}
<div class="listing-no-matching d-none">No matching items</div></div>
<div class="quarto-listing-pagination"><ul class="pagination"></ul></div>
<div id="quarto-margin-sidebar" class="sidebar margin-sidebar"><div class="quarto-listing-category-title">ምድቦች</div><div class="quarto-listing-category category-default">{cats}</div></div>"""
        return shell(f"{SITE} - {title}" if title != SITE else SITE, main, "./", "", "", "listing")

    def article(p):
        related = [q for q in posts if q.section == p.section and q is not p][:3]
        author_key = "beyene" if "በየነ" in p.author else "tadesse" if "ታደሰ" in p.author else "gebru"
        cite_url = f"{base}{dirurl(p)}"
        main = f"""<header id="title-block-header" class="quarto-title-block default page-columns page-full">
<div class="quarto-title"><h1 class="title">{escape(p.title)}</h1><div class="quarto-categories"><div class="quarto-category">{CATS[p.section]}</div></div></div>
<div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">ደራሲ</div><div class="quarto-title-meta-contents"><p>{escape(p.author)}</p></div></div>
<div><div class="quarto-title-meta-heading">የታተመበት</div><div class="quarto-title-meta-contents"><p class="date">{shown(p.published)}</p></div></div></div>
</header>
{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}
<section id="ተዛማጅ-ጽሑፎች" class="level2"><h2 class="anchored" data-anchor-id="ተዛማጅ-ጽሑፎች">ተዛማጅ ጽሑፎች</h2>
<ul>{"".join(f'<li><a href="{dirurl(q)}">{escape(q.title)}</a> ({shown(q.published)})</li>' for q in related)}</ul></section>
<div id="quarto-appendix" class="default"><section class="quarto-appendix-contents" id="quarto-reuse"><h2 class="anchored quarto-appendix-heading">Reuse</h2><div class="quarto-appendix-contents"><div><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></div></div></section>
<section class="quarto-appendix-contents" id="quarto-citation"><h2 class="anchored quarto-appendix-heading">Citation</h2><div><div class="quarto-appendix-secondary-label">BibTeX citation:</div><pre class="sourceCode code-with-copy quarto-appendix-bibtex"><code class="sourceCode bibtex">@online{{{author_key}{p.published.year},
  author = {{{escape(p.author)}}},
  title = {{{escape(p.title)}}},
  date = {{{p.published:%Y-%m-%d}}},
  url = {{{cite_url}}},
  langid = {{am}}
}}
</code></pre><div class="quarto-appendix-secondary-label">For attribution, please cite this work as:</div><div id="ref-{author_key}{p.published.year}" class="csl-entry quarto-appendix-citeas" role="listitem">{escape(p.author)}. {p.published.year}. “{escape(p.title)}.” {shown(p.published)}. <a href="{cite_url}">{cite_url}</a>.</div></div></section></div>
<script src="https://utteranc.es/client.js" repo="ketema-gudayoch/comments" issue-term="pathname" theme="github-light" crossorigin="anonymous" async></script>"""
        toc = '<div id="quarto-margin-sidebar" class="sidebar margin-sidebar"><nav id="TOC" role="doc-toc" class="toc-active"><h2 id="toc-title">በዚህ ገጽ</h2><ul><li><a href="#ተዛማጅ-ጽሑፎች" id="toc-ተዛማጅ-ጽሑፎች" class="nav-link active" data-scroll-target="#ተዛማጅ-ጽሑፎች">ተዛማጅ ጽሑፎች</a></li></ul></nav></div>'
        head = (
            f'\n<meta name="author" content="{escape(p.author)}">\n<meta name="dcterms.date" content="{p.published:%Y-%m-%d}">'
            f'\n<meta property="og:title" content="{escape(p.title)} – {SITE}">\n<meta property="og:site_name" content="{SITE}">'
        )
        return shell(f"{SITE} - {p.title}", main, "../../", head, toc, "")

    pages: dict = {}
    for p in posts:
        page = html(article(p))
        pages[url[p.idx]] = page
        pages[dirurl(p)] = page

    default_body = (
        '<div class="list quarto-listing-default">'
        + "".join(post_item(q, i) for i, q in enumerate(posts))
        + "</div>"
    )
    pages["/"] = html(listing_page(SITE, default_body, "default"))
    pages["/index.html"] = pages["/"]
    rows = "".join(
        f'<tr data-index="{i}" data-listing-date-sort="{sortkey(q.published)}"><td><span class="listing-date">{shown(q.published)}</span></td><td><a href="./posts/{folder[q.idx]}/index.html" class="title listing-title">{escape(q.title)}</a></td><td><span class="listing-author">{escape(q.author)}</span></td><td><span class="listing-categories">{CATS[q.section]}</span></td></tr>'
        for i, q in enumerate(posts)
    )
    table = f'<table class="quarto-listing-table table"><thead><tr><th><a class="sort" data-sort="listing-date" onclick="if (this.classList.contains(\'sort-asc\')) {{ this.classList.remove(\'sort-asc\') }}">ቀን</a></th><th><a class="sort" data-sort="listing-title">ርዕስ</a></th><th>ደራሲ</th><th>ምድብ</th></tr></thead><tbody class="list">{rows}</tbody></table>'
    pages["/archive.html"] = html(listing_page("ማህደር", table, "table"))
    grid = (
        '<div class="list grid quarto-listing-cols-3">'
        + "".join(
            f'<div class="g-col-1" data-index="{i}" data-categories="{q.section}" data-listing-date-sort="{sortkey(q.published)}"><a href="./posts/{folder[q.idx]}/index.html" class="quarto-grid-link"><div class="quarto-grid-item card h-100 card-left"><div class="card-body post-contents"><h5 class="no-anchor card-title listing-title">{escape(q.title)}</h5><div class="card-attribution card-text-small justify"><div class="listing-author">{escape(q.author)}</div><div class="listing-date">{shown(q.published)}</div></div></div></div></a></div>'
            for i, q in enumerate(
                sorted(posts, key=lambda q: (q.section, -q.published.timestamp()))
            )
        )
        + "</div>"
    )
    pages["/topics.html"] = html(listing_page("ርዕሶች", grid, "grid"))
    for path, heading, text in (
        (
            "/about.html",
            "ስለ እኛ",
            "የከተማ ጉዳዮች የክልል ከተሞችን የምክር ቤት ውሳኔዎች የሚከታተል በበጎ ፈቃደኞች የሚዘጋጅ ገጽ ነው።",
        ),
        ("/subscribe.html", "ይመዝገቡ", "በየሳምንቱ አዳዲስ ጽሑፎችን በኢሜል ለመቀበል ኢሜልዎን ያስገቡ።"),
    ):
        main = f'<header id="title-block-header" class="quarto-title-block default"><div class="quarto-title"><h1 class="title">{heading}</h1></div></header><p>{text}</p>'
        pages[path] = html(shell(f"{SITE} - {heading}", main, "./"))
    pages["/index.xml"] = rss(base, SITE, [(url[p.idx], p) for p in posts], "am")
    pages["/sitemap.xml"] = sitemap(
        base,
        [(url[p.idx], mtime[p.idx].strftime("%Y-%m-%dT%H:%M:%S.000Z")) for p in posts]
        + [
            (f"/{x}", built.strftime("%Y-%m-%dT%H:%M:%S.000Z"))
            for x in ("index.html", "archive.html", "topics.html", "about.html", "subscribe.html")
        ],
    )
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: [dirurl(p)])
