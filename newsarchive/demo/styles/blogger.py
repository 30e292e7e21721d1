"""A Blogger-style news blog: /YYYY/MM/slug.html, ?m=1 mobile pages, Atom feed, labels."""

from __future__ import annotations

import re
from datetime import UTC
from functools import cached_property
from urllib.parse import quote

from newsarchive.demo.corpus import Article
from newsarchive.demo.response import XML, Response, esc, page
from newsarchive.demo.styles.base import Site

BLOG_ID = "4021873310993457201"
EMAIL = "northern.dispatch.news@gmail.com"
BLURB = "Northern Dispatch Magazine publisher News about the north and the world."


class BloggerSite(Site):
    """Blogger with a magazine template; footer widgets sometimes sit inside post-body."""

    style = "blogger"
    site_title = "Northern Dispatch"
    boilerplate = ("Post a Comment", EMAIL, "Previous Post", "Next Post", "ADS", BLURB)

    def article_path(self, article: Article) -> str:
        return self._paths[article.index]

    @cached_property
    def _paths(self) -> dict[int, str]:
        """Blogger cuts slugs short and, when one repeats within a month, appends _1, _2 ..."""

        def path(a: Article, n: int) -> str:
            slug = a.slug[:40].rstrip("-") + (f"_{n}" if n else "")
            return f"/{a.published:%Y}/{a.published:%m}/{slug}.html"

        return self.unique_paths(path)

    def flat_boilerplate(self, article: Article) -> bool:
        return article.index % 2 == 0

    def labels(self) -> list[str]:
        return sorted({lab for a in self.articles for lab in self.article_labels(a)})

    def article_labels(self, article: Article) -> list[str]:
        return [article.section.title(), article.tags[0].title()]

    def non_article_paths(self) -> list[str]:
        paths = ["/", "/p/about.html", "/p/contact.html", "/search?q=council"]
        return paths + [f"/search/label/{quote(lab)}" for lab in self.labels()]

    def robots_lines(self) -> list[str]:
        return ["Disallow: /search", "Allow: /", "", f"Sitemap: {self.url('/sitemap.xml')}"]

    # -- chrome -----------------------------------------------------------------------------
    def shell(self, title: str, main: str, head: str = "", mobile: bool = False) -> str:
        labels = "".join(
            f"<li><a dir='ltr' href='{self.url('/search/label/' + quote(lab))}'>{esc(lab)}</a></li>"
            for lab in self.labels()
        )
        popular = "".join(
            f"<li><a href='{self.url(self.article_path(a))}'>{esc(a.title)}</a></li>"
            for a in self.latest[:4]
        )
        sidebar = (
            ""
            if mobile
            else f"""<div class='sidebar section' id='sidebar'>
<div class='widget Label' id='Label1'><h2>Labels</h2><div class='widget-content list-label-widget-content'><ul>{labels}</ul></div></div>
<div class='widget PopularPosts' id='PopularPosts1'><h2>Popular Posts</h2><ul>{popular}</ul></div>
<div class='widget HTML' id='HTML2'><div class='widget-content'><div class='ads-box'>ADS</div></div></div>
</div>"""
        )
        return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b'>
<head>
<meta content='width=device-width, initial-scale=1' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<title>{esc(title)}</title>
<link rel="alternate" type="application/atom+xml" title="{self.site_title} - Atom" href="{self.url("/feeds/posts/default")}" />
<link rel="service.post" type="application/atom+xml" title="{self.site_title} - Atom" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default" />
{head}
</head>
<body class='{"mobile" if mobile else "version-1-3-3"} item-view'>
<div class='outer-wrapper'>
<header class='header-wrapper'><div class='header section' id='header'><div class='widget Header' id='Header1'>
<h1 class='title'><a href='{self.url("/")}'>{self.site_title}</a></h1><p class='description'>News about the north and the world</p></div></div>
<nav class='menu'><a href='{self.url("/")}'>Home</a> <a href='{self.url("/p/about.html")}'>About</a> <a href='{self.url("/p/contact.html")}'>Contact</a></nav>
<form action='{self.url("/search")}' class='search'><input name='q' type='text'/></form>
</header>
<div class='main-outer'><div class='main section' id='main'><div class='widget Blog' id='Blog1'>
{main}
</div></div>
{sidebar}
</div>
<footer class='footer-outer'><div class='footer'>Copyright &#169; {self.site_title} | Powered by <a href='https://www.blogger.com'>Blogger</a></div></footer>
</div>
</body>
</html>
"""

    def snippet(self, a: Article) -> str:
        link = self.url(self.article_path(a))
        summary = esc(" ".join(a.paragraphs[0].split()[:28]))
        return f"""<div class='post-outer'><div class='post hentry'>
<h2 class='post-title entry-title'><a href='{link}'>{esc(a.title)}</a></h2>
<div class='post-header'><span class='post-timestamp'><abbr class='published' title='{a.published.isoformat()}'>{a.published:%B} {a.published.day}, {a.published:%Y}</abbr></span></div>
<div class='post-snippet'>{summary}&#8230;</div>
<a class='read-more' href='{link}'>Read more &#187;</a>
</div></div>"""

    # -- routes -----------------------------------------------------------------------------
    def route(self, path: str, query: dict[str, str]) -> Response | None:
        mobile = query.get("m") == "1"
        if path == "/":
            return self.home(mobile)
        if re.fullmatch(r"/\d{4}/\d{2}/[a-z0-9_-]+\.html", path):
            hit = self.find(lambda a: self.article_path(a) == path)
            return self.article(hit, mobile) if hit else None
        if path == "/feeds/posts/default":
            return self.feed()
        if path == "/sitemap.xml":
            return self.sitemap(query.get("page"))
        m = re.fullmatch(r"/search/label/([^/]+)", path)
        if m:
            return self.label(m.group(1), mobile)
        if path == "/search":
            return self.search(query.get("q", ""), mobile)
        if path in ("/p/about.html", "/p/contact.html"):
            return self.static(path)
        return None

    def home(self, mobile: bool) -> Response:
        posts = "\n".join(self.snippet(a) for a in self.latest[:7])
        extra = self.faults.homepage_links() if self.faults is not None else ""
        main = f"""<div class='blog-posts hfeed container'>
{posts}
</div>
<div class='blog-pager' id='blog-pager'><a class='blog-pager-older-link' href='{self.url("/search?updated-max=" + self.latest[-1].published.isoformat() + "&max-results=7")}'>Older Posts</a></div>
<div class='widget HTML'><a href='{self.url("/private/drafts.html")}'>Drafts</a></div>
{extra}"""
        return page(self.shell(self.site_title, main, mobile=mobile), last_modified=self.updated)

    def label(self, raw: str, mobile: bool) -> Response | None:
        from urllib.parse import unquote

        name = unquote(raw)
        items = [a for a in self.latest if name in self.article_labels(a)]
        if not items:
            return None
        main = (
            f"<div class='status-msg-wrap'>Showing posts with the label <b>{esc(name)}</b></div>\n"
        )
        main += "\n".join(self.snippet(a) for a in items)
        return page(
            self.shell(f"{self.site_title}: {name}", main, mobile=mobile),
            last_modified=self.updated,
        )

    def search(self, q: str, mobile: bool) -> Response:
        hits = [a for a in self.latest if q and q.lower() in (a.title + a.text).lower()]
        if not q:
            hits = self.latest[7:]
        main = f"<div class='status-msg-wrap'>Showing posts matching the search for <b>{esc(q)}</b></div>\n"
        main += "\n".join(self.snippet(a) for a in hits) or "<p>No posts matching the query.</p>"
        return page(self.shell(f"{self.site_title}: Search results for {q}", main, mobile=mobile))

    def static(self, path: str) -> Response:
        if "about" in path:
            title, text = (
                "About Us",
                f"{BLURB} We publish reports from our correspondents every day.",
            )
        else:
            title, text = "Contact Us", f"Write to us at {EMAIL}. We read every message."
        main = f"<div class='post hentry'><h3 class='post-title entry-title'>{title}</h3><div class='post-body entry-content'><p>{esc(text)}</p></div></div>"
        return page(self.shell(f"{title} | {self.site_title}", main))

    # -- article ----------------------------------------------------------------------------
    def neighbours(self, article: Article) -> tuple[Article | None, Article | None]:
        arts = self.articles
        i = arts.index(article)
        newer = arts[i + 1] if i + 1 < len(arts) else None
        older = arts[i - 1] if i > 0 else None
        return newer, older

    def tail(self, article: Article) -> str:
        """The widgets after the post: 'Post a Comment', email, pager, ADS, publisher blurb."""
        newer, older = self.neighbours(article)
        prev_link = (
            f"<a class='blog-pager-newer-link' href='{self.url(self.article_path(newer))}'>Previous Post</a>"
            if newer
            else "Previous Post"
        )
        next_link = (
            f"<a class='blog-pager-older-link' href='{self.url(self.article_path(older))}'>Next Post</a>"
            if older
            else "Next Post"
        )
        return f"""<p><b>Post a Comment</b></p>
<p><a href='mailto:{EMAIL}'>{EMAIL}</a></p>
<p>{prev_link} {next_link}</p>
<p>ADS</p>
<p><b>{self.site_title} Magazine</b> publisher News about the north and the world.</p>"""

    def article(self, article: Article, mobile: bool) -> Response:
        canonical = self.url(self.article_path(article))
        pub = article.published
        if self.layout == "broken":
            html = self.broken_page(article, f"<link href='{canonical}' rel='canonical'/>")
            return page(html, last_modified=self.article_modified(article))
        if self.flat_boilerplate(article):
            body = f"""<div class='post-body entry-content' id='post-body-{article.number}' itemprop='description articleBody'>
{self.paragraphs_html(article)}
{self.tail(article)}
</div>"""
            after = ""
        else:
            body = f"""<div class='post-body entry-content' id='post-body-{article.number}' itemprop='description articleBody'>
{self.paragraphs_html(article)}
</div>"""
            after = f"<div class='post-footer-extras'>{self.tail(article).replace('<p>', '<div>').replace('</p>', '</div>')}</div>"
        labels = ", ".join(
            f"<a href='{self.url('/search/label/' + quote(lab))}' rel='tag'>{esc(lab)}</a>"
            for lab in self.article_labels(article)
        )
        main = f"""<div class='blog-posts hfeed container'>
<h2 class='date-header'><span>{pub:%A, %B} {pub.day}, {pub:%Y}</span></h2>
<div class='post-outer'><div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<a name='{article.number}'></a>
<h3 class='post-title entry-title' itemprop='name'>{esc(article.title)}</h3>
<div class='post-header'><div class='post-header-line-1'><span class='byline post-author vcard'>By <span class='fn' itemprop='author'>{esc(article.author)}</span></span>
<abbr class='published' itemprop='datePublished' title='{pub.isoformat()}'>{pub:%I:%M %p}</abbr></div></div>
{body}
<div class='post-footer'><span class='post-labels'>Labels: {labels}</span></div>
</div>
{after}
<div class='comments' id='comments'><a name='comments'></a><div id='comment-holder'></div></div>
</div></div>"""
        head = f"""<link href='{canonical}' rel='canonical'/>
<meta content='{esc(article.title)}' property='og:title'/>
<meta content='{canonical}' property='og:url'/>
<meta content='{self.site_title}' property='og:site_name'/>
<meta content='{esc(" ".join(article.paragraphs[0].split()[:25]))}' property='og:description'/>"""
        html = self.shell(f"{article.title} | {self.site_title}", main, head, mobile)
        return page(html, last_modified=self.article_modified(article))

    # -- feeds ------------------------------------------------------------------------------
    def feed(self) -> Response:
        entries = []
        for a in self.latest[:25]:
            link = self.url(self.article_path(a))
            cats = "".join(
                f"<category scheme='http://www.blogger.com/atom/ns#' term='{esc(lab)}'/>"
                for lab in self.article_labels(a)
            )
            content = esc("".join(f"<p>{esc(p)}</p>" for p in a.paragraphs[:2]))
            entries.append(f"""<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{a.number}</id>
<published>{a.published.isoformat(timespec="milliseconds")}</published><updated>{a.modified.isoformat(timespec="milliseconds")}</updated>
{cats}<title type='text'>{esc(a.title)}</title><content type='html'>{content}</content>
<link rel='alternate' type='text/html' href='{link}' title='{esc(a.title)}'/>
<author><name>{esc(a.author)}</name></author></entry>""")
        body = f"""<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/'>
<id>tag:blogger.com,1999:blog-{BLOG_ID}</id><updated>{self.updated.isoformat(timespec="milliseconds")}</updated>
<title type='text'>{self.site_title}</title><subtitle type='html'>News about the north and the world</subtitle>
<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{self.url("/feeds/posts/default")}'/>
<link rel='self' type='application/atom+xml' href='{self.url("/feeds/posts/default")}'/>
<link rel='alternate' type='text/html' href='{self.url("/")}'/>
<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator>
<openSearch:totalResults>{len(self.articles)}</openSearch:totalResults>
{"".join(entries)}
</feed>"""
        return page(body, "application/atom+xml; charset=UTF-8", last_modified=self.updated)

    def sitemap(self, page_no: str | None) -> Response | None:
        head = "<?xml version='1.0' encoding='UTF-8'?>"
        if page_no is None:
            body = (
                f"{head}<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                f"<sitemap><loc>{esc(self.url('/sitemap.xml?page=1'))}</loc></sitemap></sitemapindex>"
            )
        elif page_no == "1":
            urls = "".join(
                f"<url><loc>{self.url(self.article_path(a))}</loc><lastmod>{a.modified.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</lastmod></url>"
                for a in self.latest
            )
            body = (
                f"{head}<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}</urlset>"
            )
        else:
            return None
        return page(body, XML, last_modified=self.updated)
