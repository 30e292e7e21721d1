"""A modern news site: JSON-LD NewsArticle, ad slots between paragraphs, undated article URLs."""

from __future__ import annotations

import json
import re
from datetime import UTC

from newsarchive.demo.corpus import Article, slugify
from newsarchive.demo.response import XML, Response, esc, page
from newsarchive.demo.styles.base import Site

PER_PAGE = 5
COOKIE = "We use cookies to personalise content and ads and to analyse our traffic."
NEWSLETTER = "Sign up for The Morning Ledger, our free daily briefing"


class JsonLdSite(Site):
    """A React-era news site rendered on the server, with ads, cookie banner and newsletter box."""

    style = "jsonld"
    site_title = "The Daily Ledger"
    boilerplate = ("ADVERTISEMENT", "Most read", COOKIE, NEWSLETTER, "Accept all cookies")

    def article_path(self, article: Article) -> str:
        return f"/news/{article.section}/{article.slug[:60].rstrip('-')}-{article.number}"

    def flat_boilerplate(self, article: Article) -> bool:
        return True  # ad slots sit between the paragraphs of every article

    def sections(self) -> list[str]:
        return sorted({a.section for a in self.articles})

    def non_article_paths(self) -> list[str]:
        paths = ["/", "/about", "/contact", "/search?q=council"]
        for sec in self.sections():
            paths.append(f"/news/{sec}")
            n = len([a for a in self.articles if a.section == sec])
            paths += [f"/news/{sec}?page={p}" for p in range(2, (n - 1) // PER_PAGE + 2)]
        return paths

    def robots_lines(self) -> list[str]:
        return [
            "Disallow: /api/",
            "Disallow: /search",
            "",
            f"Sitemap: {self.url('/sitemaps/news.xml')}",
        ]

    # -- chrome -----------------------------------------------------------------------------
    def most_read(self) -> str:
        items = "".join(
            f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a></li>'
            for a in sorted(self.articles, key=lambda a: a.number % 97)[:5]
        )
        return f'<aside class="most-read" aria-label="Most read"><h2>Most read</h2><ol>{items}</ol></aside>'

    def shell(self, title: str, main: str, head: str = "", page_type: str = "front") -> str:
        nav = "".join(f'<li><a href="/news/{s}">{s.title()}</a></li>' for s in self.sections())
        return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="preload" href="/static/app.3f9c2b.js" as="script">
{head}
</head>
<body data-page-type="{page_type}">
<div id="cookie-banner" class="consent" role="dialog"><p>{COOKIE} <a href="/privacy">Privacy policy</a></p><button type="button">Accept all cookies</button> <button type="button">Manage options</button></div>
<header class="site-header"><a class="logo" href="/">{self.site_title}</a>
<nav aria-label="Sections"><ul>{nav}</ul></nav>
<form action="/search"><input name="q" aria-label="Search"></form></header>
<main id="main-content">
{main}
</main>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul>
<p>&copy; {self.site_title} Media Group. All rights reserved.</p></footer>
<script src="/static/app.3f9c2b.js" defer></script>
</body>
</html>
"""

    def card(self, a: Article) -> str:
        return f"""<div class="card"><a class="card__link" href="{self.article_path(a)}"><h3 class="card__title">{esc(a.title)}</h3></a>
<p class="card__standfirst">{esc(" ".join(a.paragraphs[0].split()[:24]))}&hellip;</p>
<span class="card__meta">{a.section.title()} &middot; <time datetime="{a.published.isoformat()}">{a.published:%d %b %Y}</time></span></div>"""

    # -- routes -----------------------------------------------------------------------------
    def route(self, path: str, query: dict[str, str]) -> Response | None:
        if path == "/":
            return self.home()
        m = re.fullmatch(r"/news/([a-z]+)", path)
        if m:
            return self.section(m.group(1), query.get("page", "1"))
        m = re.fullmatch(r"/news/([a-z]+)/([a-z0-9-]+)-(\d{6})", path)
        if m:
            hit = self.find(lambda a: self.article_path(a) == path)
            return self.article(hit) if hit else None
        if path == "/sitemaps/news.xml":
            return self.news_sitemap()
        if path == "/search":
            return self.search(query.get("q", ""))
        if path in ("/about", "/contact"):
            return self.static(path)
        return None

    def home(self) -> Response:
        lead, *rest = self.latest[:8]
        extra = self.faults.homepage_links() if self.faults is not None else ""
        main = f"""<section class="top-stories"><h2>Top stories</h2>{self.card(lead)}
<div class="grid">{"".join(self.card(a) for a in rest)}</div></section>
{self.most_read()}
<section class="sections">{"".join(f'<a class="section-link" href="/news/{s}">More {s} news</a>' for s in self.sections())}</section>
<p class="staff"><a href="/private/newsroom-board">Newsroom board</a></p>
{extra}"""
        return page(
            self.shell(f"{self.site_title} - News, analysis and opinion", main),
            last_modified=self.updated,
        )

    def section(self, sec: str, page_raw: str) -> Response | None:
        items = [a for a in self.latest if a.section == sec]
        if not items or not page_raw.isdigit():
            return None
        page_no = int(page_raw)
        pages = (len(items) - 1) // PER_PAGE + 1
        if not 1 <= page_no <= pages:
            return None
        chunk = items[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]
        pager = ""
        if page_no > 1:
            pager += f'<a rel="prev" href="/news/{sec}{"" if page_no == 2 else f"?page={page_no - 1}"}">Newer</a>'
        if page_no < pages:
            pager += f'<a rel="next" href="/news/{sec}?page={page_no + 1}">Load more</a>'
        main = f"""<h1 class="section-title">{sec.title()}</h1>
<div class="grid">{"".join(self.card(a) for a in chunk)}</div>
<nav class="pagination">{pager}</nav>
{self.most_read()}"""
        canonical = self.url(f"/news/{sec}" + (f"?page={page_no}" if page_no > 1 else ""))
        return page(
            self.shell(
                f"{sec.title()} | {self.site_title}",
                main,
                f'<link rel="canonical" href="{canonical}">',
                "section",
            ),
            last_modified=self.updated,
        )

    def search(self, q: str) -> Response:
        hits = [a for a in self.latest if q and q.lower() in (a.title + a.text).lower()]
        main = f'<h1>Results for &ldquo;{esc(q)}&rdquo;</h1><div class="grid">{"".join(self.card(a) for a in hits)}</div>'
        return page(
            self.shell(
                f"Search | {self.site_title}",
                main,
                '<meta name="robots" content="noindex">',
                "search",
            )
        )

    def static(self, path: str) -> Response:
        title = "About us" if path == "/about" else "Contact us"
        text = (
            f"{self.site_title} has reported on national and regional affairs since 1921."
            if path == "/about"
            else "Our newsroom is open around the clock. Email tips@dailyledger.example."
        )
        return page(
            self.shell(
                f"{title} | {self.site_title}", f"<h1>{title}</h1><p>{text}</p>", "", "static"
            )
        )

    # -- article ----------------------------------------------------------------------------
    def ld(self, a: Article) -> str:
        url = self.url(self.article_path(a))
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "headline": a.title,
            "datePublished": a.published.isoformat(),
            "dateModified": a.modified.isoformat(),
            "author": [
                {
                    "@type": "Person",
                    "name": a.author,
                    "url": self.url(f"/profile/{slugify(a.author)}"),
                }
            ],
            "image": [
                self.url(f"/images/{a.number}/16x9.jpg"),
                self.url(f"/images/{a.number}/4x3.jpg"),
            ],
            "articleSection": a.section.title(),
            "inLanguage": "en-GB",
            "publisher": {
                "@type": "NewsMediaOrganization",
                "name": self.site_title,
                "logo": {"@type": "ImageObject", "url": self.url("/static/logo.png")},
            },
        }
        return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")

    def body(self, a: Article) -> str:
        parts = []
        for i, para in enumerate(a.paragraphs):
            parts.append(f'<p class="article-body__paragraph">{esc(para)}</p>')
            if i % 3 == 1 and i + 1 < len(a.paragraphs):
                parts.append(
                    f'<div class="ad ad--inline" data-slot="inline-{i}">ADVERTISEMENT</div>'
                )
        return '<div class="article-body" itemprop="articleBody">\n' + "\n".join(parts) + "\n</div>"

    def article(self, a: Article) -> Response:
        canonical = self.url(self.article_path(a))
        if self.layout == "broken":
            head = f'<link rel="canonical" href="{canonical}">\n<script type="application/ld+json">{self.ld(a)}</script>'
            return page(self.broken_page(a, head), last_modified=self.article_modified(a))
        head = f"""<link rel="canonical" href="{canonical}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:image" content="{self.url(f"/images/{a.number}/16x9.jpg")}">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{self.ld(a)}</script>"""
        main = f"""<div class="ad ad--leaderboard">ADVERTISEMENT</div>
<article class="article">
<header class="article-header"><a class="kicker" href="/news/{a.section}">{a.section.title()}</a>
<h1 class="article-headline">{esc(a.title)}</h1>
<div class="article-byline">By <a rel="author" href="/profile/{slugify(a.author)}">{esc(a.author)}</a>
<time datetime="{a.published.isoformat()}">{a.published.astimezone(UTC):%d %B %Y, %H:%M} GMT</time></div></header>
<figure class="article-image"><img src="/images/{a.number}/16x9.jpg" alt=""><figcaption>{esc(a.caption.split(". File photo")[0])}. Photograph: Agency</figcaption></figure>
{self.body(a)}
<aside class="newsletter-box"><h3>{NEWSLETTER}</h3><form><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>
</article>
{self.most_read()}"""
        html = self.shell(f"{a.title} | {self.site_title}", main, head, "article")
        return page(html, last_modified=self.article_modified(a))

    def news_sitemap(self) -> Response:
        urls = "".join(
            f"<url><loc>{self.url(self.article_path(a))}</loc><lastmod>{a.modified.isoformat()}</lastmod>"
            f"<news:news><news:publication>"
            f"<news:name>{self.site_title}</news:name><news:language>en</news:language></news:publication>"
            f"<news:publication_date>{a.published.isoformat()}</news:publication_date>"
            f"<news:title>{esc(a.title)}</news:title></news:news></url>\n"
            for a in self.latest
        )
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n{urls}</urlset>\n'
        )
        return page(body, XML, last_modified=self.updated)
