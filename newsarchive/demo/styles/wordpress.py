"""A WordPress-style news site: permalinks, RSS, Yoast-like sitemaps, AMP/print, calendar trap."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cached_property

from newsarchive.demo.corpus import Article, slugify
from newsarchive.demo.response import XML, Response, esc, page, redirect
from newsarchive.demo.styles.base import Site

NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
PER_PAGE = 4
UTM = "?utm_source=rss&utm_medium=rss"


def captcha(article: Article) -> str:
    """The comment-form arithmetic captcha, varied per article ("19 minus fourteen =", with U+2212)."""
    a = 10 + article.number % 10
    b = 1 + (article.number // 10) % 9
    if article.index % 2:
        return f"{NUMBER_WORDS[a]} + {b} ="
    return f"{a} \u2212 {NUMBER_WORDS[b]} ="


def rfc822(when: datetime) -> str:
    return when.strftime("%a, %d %b %Y %H:%M:%S %z")


class WordPressSite(Site):
    """WordPress with a news theme; boilerplate is often flat sibling <p>s in entry-content."""

    style = "wordpress"
    site_title = "Riverside Chronicle"
    boilerplate = (
        "Leave a Reply",
        "Your email address will not be published",
        "Required fields are marked",
        "For the latest news follow us on Twitter",
        "Join our Weekly Newsletter",
        "Related Items",
        "Reporting by",
    )

    # -- URLs -----------------------------------------------------------------------------
    def article_path(self, article: Article) -> str:
        return self._paths[article.index]

    @cached_property
    def _paths(self) -> dict[int, str]:
        """WordPress appends -2, -3 ... to a slug already taken."""

        def path(a: Article, n: int) -> str:
            d = a.published
            return f"/{d:%Y}/{d:%m}/{d:%d}/{a.slug}{f'-{n + 1}' if n else ''}/"

        return self.unique_paths(path)

    def author_slug(self, article: Article) -> str:
        return slugify(article.author)

    def flat_boilerplate(self, article: Article) -> bool:
        return article.index % 3 != 2

    def article_boilerplate(self, article: Article) -> list[str]:
        return [*self.boilerplate, captcha(article)]

    def categories(self) -> list[str]:
        return sorted({a.section for a in self.articles})

    def tags(self) -> list[str]:
        return sorted({slugify(t) for a in self.articles for t in a.tags})

    def authors(self) -> list[str]:
        return sorted({self.author_slug(a) for a in self.articles})

    def non_article_paths(self) -> list[str]:
        paths = ["/", "/about/", "/contact/", "/?s=council"]
        for cat in self.categories():
            paths.append(f"/category/{cat}/")
            n = len([a for a in self.articles if a.section == cat])
            paths += [f"/category/{cat}/page/{p}/" for p in range(2, (n - 1) // PER_PAGE + 2)]
        paths += [f"/tag/{t}/" for t in self.tags()]
        paths += [f"/author/{a}/" for a in self.authors()]
        return paths

    def robots_lines(self) -> list[str]:
        return ["Disallow: /wp-admin/", "", f"Sitemap: {self.url('/sitemap_index.xml')}"]

    # -- page chrome ----------------------------------------------------------------------
    def shell(self, title: str, main: str, head: str = "", body_class: str = "home") -> str:
        cats = "".join(
            f'<li class="menu-item"><a href="/category/{c}/">{c.title()}</a></li>'
            for c in self.categories()
        )
        recent = "".join(
            f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a></li>' for a in self.latest[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="alternate" type="application/rss+xml" title="{self.site_title} &raquo; Feed" href="{self.url("/feed/")}">
<meta name="generator" content="WordPress 6.6.2">
{head}
</head>
<body class="{body_class}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">{self.site_title}</a></p>
<p class="site-description">Independent news from the valley and beyond</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">Home</a></li>{cats}
<li class="menu-item"><a href="/about/">About</a></li><li class="menu-item"><a href="/contact/">Contact</a></li>
</ul></nav>
<form role="search" method="get" class="search-form" action="/"><input type="search" name="s" placeholder="Search &hellip;"></form>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
{main}
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{recent}</ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="/calendar/?month={self.latest[0].published:%Y-%m}">Calendar</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; {self.latest[0].published:%Y} {self.site_title}. Proudly powered by WordPress | Theme: NewsPress</div></footer>
</div>
</body>
</html>
"""

    def teaser(self, a: Article) -> str:
        path = self.article_path(a)
        excerpt = esc(" ".join(a.paragraphs[0].split()[:30])) + " [&hellip;]"
        return f"""<article class="post type-post status-publish format-standard hentry category-{a.section}">
<header class="entry-header"><h2 class="entry-title"><a href="{path}" rel="bookmark">{esc(a.title)}</a></h2>
<div class="entry-meta"><time class="entry-date published" datetime="{a.published.isoformat()}">{a.published:%B} {a.published.day}, {a.published:%Y}</time>
<span class="byline"> by <a href="/author/{self.author_slug(a)}/">{esc(a.author)}</a></span>
<span class="comments-link"><a href="{path}#respond">Leave a comment</a></span></div></header>
<div class="entry-summary"><p>{excerpt}</p></div>
<footer class="entry-footer"><a href="{path}#comments">{a.number % 7} Comments</a></footer>
</article>"""

    def listing(
        self, title: str, items: list[Article], base: str, page_no: int, body_class: str
    ) -> Response | None:
        pages = max(1, (len(items) - 1) // PER_PAGE + 1)
        if page_no > pages:
            return None
        chunk = items[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]
        nav = []
        if page_no < pages:
            nav.append(
                f'<div class="nav-previous"><a href="{base}page/{page_no + 1}/">Older posts</a></div>'
            )
        if page_no > 1:
            newer = base if page_no == 2 else f"{base}page/{page_no - 1}/"
            nav.append(f'<div class="nav-next"><a href="{newer}">Newer posts</a></div>')
        main = (
            f'<header class="page-header"><h1 class="page-title">{esc(title)}</h1></header>\n'
            + "\n".join(self.teaser(a) for a in chunk)
            + f'\n<nav class="navigation posts-navigation"><div class="nav-links">{"".join(nav)}</div></nav>'
        )
        head = f'<link rel="canonical" href="{self.url(base if page_no == 1 else f"{base}page/{page_no}/")}">'
        return page(
            self.shell(f"{title} - {self.site_title}", main, head, body_class),
            last_modified=self.updated,
        )

    # -- routes ---------------------------------------------------------------------------
    def route(self, path: str, query: dict[str, str]) -> Response | None:
        if path == "/" and "s" in query:
            return self.search(query["s"])
        if path == "/" and "p" in query:
            hit = self.find(lambda a: str(a.number) == query["p"])
            return redirect(self.article_path(hit)) if hit else None
        m = re.fullmatch(r"/(?:page/(\d+)/)?", path)
        if m:
            return self.home(int(m.group(1) or 1))
        m = re.fullmatch(r"/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)/(amp/)?", path)
        if m:
            hit = self.find(lambda a: self.article_path(a) == path.removesuffix("amp/"))
            if hit is None:
                return None
            if m.group(5):
                return self.amp(hit)
            return self.article(hit, printable=query.get("print") == "1")
        m = re.fullmatch(r"/(category|tag|author)/([a-z0-9-]+)/(?:page/(\d+)/)?", path)
        if m:
            return self.archive(m.group(1), m.group(2), int(m.group(3) or 1))
        if path == "/feed/":
            return self.feed()
        if path == "/calendar/":
            return self.calendar(query.get("month", ""))
        if path in ("/sitemap_index.xml", "/post-sitemap.xml", "/news-sitemap.xml"):
            return self.sitemap(path)
        if path in ("/about/", "/contact/"):
            return self.static(path)
        return None

    def home(self, page_no: int) -> Response | None:
        if page_no > 1:
            return self.listing(self.site_title, self.latest, "/", page_no, "home blog paged")
        extra = ""
        if self.faults is not None:
            extra = self.faults.homepage_links()
        teasers = "\n".join(self.teaser(a) for a in self.latest[:6])
        main = f"""<section class="latest-news"><h2 class="section-title">Latest News</h2>
{teasers}
<nav class="navigation posts-navigation"><div class="nav-links"><div class="nav-previous"><a href="/page/2/">Older posts</a></div></div></nav>
</section>
<section class="staff"><h2>For staff</h2><ul><li><a href="/private/drafts/">Editorial drafts</a></li></ul></section>
{extra}"""
        if len(self.latest) <= 6:
            main = main.replace(
                '<div class="nav-previous"><a href="/page/2/">Older posts</a></div>', ""
            )
        return page(
            self.shell(f"{self.site_title} - Independent news", main, "", "home blog"),
            last_modified=self.updated,
        )

    def archive(self, kind: str, key: str, page_no: int) -> Response | None:
        if kind == "category":
            items = [a for a in self.latest if a.section == key]
            title = f"Category: {key.title()}"
        elif kind == "tag":
            items = [a for a in self.latest if key in {slugify(t) for t in a.tags}]
            title = f"Tag: {key.replace('-', ' ').title()}"
        else:
            items = [a for a in self.latest if self.author_slug(a) == key]
            title = f"Author: {items[0].author}" if items else ""
        if not items:
            return None
        return self.listing(title, items, f"/{kind}/{key}/", page_no, f"archive {kind}")

    def search(self, word: str) -> Response:
        hits = [a for a in self.latest if word.lower() in (a.title + a.text).lower()]
        main = f'<header class="page-header"><h1 class="page-title">Search Results for: {esc(word)}</h1></header>\n'
        main += "\n".join(self.teaser(a) for a in hits) or "<p>Nothing Found</p>"
        head = '<meta name="robots" content="noindex, follow">'
        return page(
            self.shell(f"Search Results for “{word}” - {self.site_title}", main, head, "search")
        )

    def static(self, path: str) -> Response:
        if path == "/about/":
            title, text = (
                "About Us",
                (
                    f"{self.site_title} is an independent newsroom covering local politics, business "
                    "and the environment. Our reporters work from three offices in the valley."
                ),
            )
        else:
            title, text = (
                "Contact",
                "Send tips to newsroom@riverside-chronicle.example or call our desk.",
            )
        main = f'<article class="page"><h1 class="entry-title">{title}</h1><div class="entry-content"><p>{text}</p></div></article>'
        return page(self.shell(f"{title} - {self.site_title}", main, "", "page"))

    def calendar(self, month: str) -> Response | None:
        m = re.fullmatch(r"(\d{4})-(\d{2})", month)
        if not m or not 1 <= int(m.group(2)) <= 12 or not 1900 <= int(m.group(1)) <= 2999:
            return None
        y, mo = int(m.group(1)), int(m.group(2))
        prev = f"{y - 1}-12" if mo == 1 else f"{y}-{mo - 1:02d}"
        nxt = f"{y + 1}-01" if mo == 12 else f"{y}-{mo + 1:02d}"
        items = [a for a in self.latest if (a.published.year, a.published.month) == (y, mo)]
        rows = "".join(
            f'<li><a href="{self.article_path(a)}">{a.published.day}: {esc(a.title)}</a></li>'
            for a in items
        )
        main = f"""<h1 class="page-title">Archive for {date(y, mo, 1):%B %Y}</h1>
<table id="wp-calendar"><caption>{date(y, mo, 1):%B %Y}</caption></table>
<ul>{rows or "<li>No posts this month.</li>"}</ul>
<nav class="wp-calendar-nav"><a href="/calendar/?month={prev}">&laquo; Previous month</a> | <a href="/calendar/?month={nxt}">Next month &raquo;</a></nav>"""
        return page(
            self.shell(f"{date(y, mo, 1):%B %Y} - {self.site_title}", main, "", "archive date")
        )

    # -- article pages --------------------------------------------------------------------
    def related(self, article: Article) -> str:
        others = [a for a in self.latest if a is not article][:3]
        return "".join(
            f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a></li>' for a in others
        )

    def body(self, article: Article) -> str:
        figure = (
            f'<figure class="wp-block-image size-large"><img src="/wp-content/uploads/'
            f'{article.published:%Y/%m}/{article.slug[:30]}.jpg" alt="" width="1024" height="576">'
            f"<figcaption>{esc(article.caption)}</figcaption></figure>"
        )
        credit = f"Reporting by: {article.author} | Source: {self.site_title}"
        text = self.paragraphs_html(article)
        form = (
            '<p class="comment-notes"><span id="email-notes">Your email address will not be '
            'published.</span> Required fields are marked <span class="required">*</span></p>'
        )
        if self.flat_boilerplate(article):
            return f"""<div class="entry-content">
{figure}
<p><strong>{self.site_title}</strong></p>
{text}
<p>{esc(credit)}</p>
<p>For the latest news follow us on <a href="https://twitter.com/riversidechron">Twitter</a></p>
<p><strong>Join our Weekly Newsletter</strong></p>
<h3>Related Items</h3>
<ul>{self.related(article)}</ul>
<h3 id="reply-title">Leave a Reply</h3>
{form}
<p>{esc(captcha(article))} <input type="text" name="captcha" size="2"></p>
<p><input name="submit" type="submit" value="Post Comment"></p>
</div>"""
        return f"""<div class="entry-content">
{figure}
<p><strong>{self.site_title}</strong></p>
{text}
</div>
<footer class="entry-footer"><span class="source-credit">{esc(credit)}</span></footer>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><p class="follow">For the latest news follow us on <a href="https://twitter.com/riversidechron">Twitter</a></p></div>
<div class="widget newsletter-signup"><h3>Join our Weekly Newsletter</h3><form action="#"><input type="email" name="email"></form></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related Items</h3><ul>{self.related(article)}</ul></div>
<div id="comments" class="comments-area">
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
{form}
<p class="comment-form-comment"><textarea id="comment" name="comment"></textarea></p>
<p class="comment-form-captcha">{esc(captcha(article))} <input type="text" name="captcha" size="2"></p>
<p class="form-submit"><input name="submit" type="submit" value="Post Comment"></p>
</form></div></div>"""

    def head(self, article: Article, canonical: str) -> str:
        return f"""<link rel="canonical" href="{canonical}">
<link rel="amphtml" href="{canonical}amp/">
<link rel="shortlink" href="{self.url(f"/?p={article.number}")}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(article.title)}">
<meta property="og:url" content="{canonical}">
<meta property="og:site_name" content="{self.site_title}">
<meta property="article:published_time" content="{article.published.isoformat()}">
<meta property="article:modified_time" content="{article.modified.isoformat()}">
<meta name="author" content="{esc(article.author)}">"""

    def article(self, article: Article, printable: bool = False) -> Response:
        canonical = self.url(self.article_path(article))
        if self.layout == "broken":
            html = self.broken_page(article, f'<link rel="canonical" href="{canonical}">')
            return page(html, last_modified=self.article_modified(article))
        tags = ", ".join(
            f'<a href="/tag/{slugify(t)}/" rel="tag">{esc(t.title())}</a>' for t in article.tags
        )
        pub = article.published
        main = f"""<article id="post-{article.number}" class="post-{article.number} post type-post status-publish format-standard has-post-thumbnail hentry category-{article.section}">
<header class="entry-header">
<span class="cat-links"><a href="/category/{article.section}/" rel="category tag">{article.section.title()}</a></span>
<h1 class="entry-title">{esc(article.title)}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="{pub.isoformat()}">{pub:%B} {pub.day}, {pub:%Y}</time><time class="updated" datetime="{article.modified.isoformat()}">{article.modified:%B} {article.modified.day}, {article.modified:%Y}</time></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/{self.author_slug(article)}/">{esc(article.author)}</a></span></span>
<span class="comments-link"><a href="#respond">Leave a comment</a></span>
<a class="print-link" href="{self.article_path(article)}?print=1" rel="nofollow">Print</a></div>
</header>
{self.body(article)}
<footer class="entry-footer"><span class="tags-links">Tagged {tags}</span></footer>
</article>"""
        if printable:
            html = f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{esc(article.title)} - {self.site_title}</title>
<meta name="robots" content="noindex">{self.head(article, canonical)}</head><body class="print">{main}</body></html>"""
        else:
            html = self.shell(
                f"{article.title} - {self.site_title}",
                main,
                self.head(article, canonical),
                "post-template-default single single-post",
            )
        return page(html, last_modified=self.article_modified(article))

    def amp(self, article: Article) -> Response:
        canonical = self.url(self.article_path(article))
        if self.layout == "broken":
            html = self.broken_page(article, f'<link rel="canonical" href="{canonical}">')
            return page(html, last_modified=self.article_modified(article))
        body = f'<div class="amp-wp-article-content">{self.paragraphs_html(article)}</div>'
        html = f"""<!doctype html>
<html amp lang="en-US"><head><meta charset="utf-8">
<title>{esc(article.title)} - {self.site_title}</title>
<link rel="canonical" href="{canonical}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{visibility:hidden}}</style>
</head><body><header class="amp-wp-header"><a href="{self.url("/")}">{self.site_title}</a></header>
<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">{esc(article.title)}</h1>
<div class="amp-wp-meta amp-wp-byline">{esc(article.author)}</div>
<time datetime="{article.published.isoformat()}">{article.published:%B} {article.published.day}, {article.published:%Y}</time></header>
{body}
</article><footer class="amp-wp-footer"><p>&copy; {self.site_title}</p></footer></body></html>"""
        return page(html, last_modified=self.article_modified(article))

    # -- feeds and sitemaps ---------------------------------------------------------------
    def feed(self) -> Response:
        items = []
        for a in self.latest[:10]:
            link = self.url(self.article_path(a))
            cats = "".join(f"<category><![CDATA[{c}]]></category>" for c in (a.section, *a.tags))
            items.append(f"""<item>
<title>{esc(a.title)}</title>
<link>{esc(link + UTM)}</link>
<comments>{link}#respond</comments>
<dc:creator><![CDATA[{a.author}]]></dc:creator>
<pubDate>{rfc822(a.published)}</pubDate>
{cats}
<guid isPermaLink="false">{self.url(f"/?p={a.number}")}</guid>
<description><![CDATA[{" ".join(a.paragraphs[0].split()[:40])} [&#8230;]]]></description>
<slash:comments>{a.number % 7}</slash:comments>
</item>""")
        body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
xmlns:content="http://purl.org/rss/1.0/modules/content/"
xmlns:dc="http://purl.org/dc/elements/1.1/"
xmlns:atom="http://www.w3.org/2005/Atom"
xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
<title>{self.site_title}</title>
<atom:link href="{self.url("/feed/")}" rel="self" type="application/rss+xml" />
<link>{self.url("/")}</link>
<description>Independent news from the valley and beyond</description>
<lastBuildDate>{rfc822(self.updated)}</lastBuildDate>
<language>en-US</language>
<sy:updatePeriod>hourly</sy:updatePeriod>
<sy:updateFrequency>1</sy:updateFrequency>
<generator>https://wordpress.org/?v=6.6.2</generator>
{"".join(items)}
</channel>
</rss>
"""
        return page(body, "application/rss+xml; charset=UTF-8", last_modified=self.updated)

    def sitemap(self, path: str) -> Response:
        head = '<?xml version="1.0" encoding="UTF-8"?>\n'
        if path == "/sitemap_index.xml":
            entries = "".join(
                f"<sitemap><loc>{self.url(p)}</loc><lastmod>{self.updated.isoformat()}</lastmod></sitemap>\n"
                for p in ("/post-sitemap.xml", "/news-sitemap.xml")
            )
            body = f'{head}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{entries}</sitemapindex>\n'
        elif path == "/post-sitemap.xml":
            entries = f"<url><loc>{self.url('/')}</loc><lastmod>{self.updated.isoformat()}</lastmod></url>\n"
            entries += "".join(
                f"<url><loc>{self.url(self.article_path(a))}</loc><lastmod>{a.modified.isoformat()}</lastmod>"
                f"<image:image><image:loc>{self.url(f'/wp-content/uploads/{a.published:%Y/%m}/{a.slug[:30]}.jpg')}</image:loc></image:image></url>\n"
                for a in self.articles
            )
            body = (
                f'{head}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                f'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n{entries}</urlset>\n'
            )
        else:
            entries = "".join(
                f"<url><loc>{self.url(self.article_path(a))}</loc><news:news><news:publication>"
                f"<news:name>{self.site_title}</news:name><news:language>en</news:language></news:publication>"
                f"<news:publication_date>{a.published.isoformat()}</news:publication_date>"
                f"<news:title>{esc(a.title)}</news:title></news:news></url>\n"
                for a in self.latest
            )
            body = (
                f'{head}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n{entries}</urlset>\n'
            )
        return page(body, XML, last_modified=self.updated)
