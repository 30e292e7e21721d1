"""Orchard Core 1.x from the Blog recipe with TheBlogTheme, ur (right-to-left), Asia/Karachi.

Modelled on TheBlogTheme's views (a port of Start Bootstrap's Clean Blog): `Layout.liquid`
(`#mainNav` `navbar-expand-lg fixed-top` with the main menu `navbar-nav ml-auto`, the `masthead`
header with `site-heading`/`post-heading`, the Footer zone with `list-inline` social icons and
`copyright text-muted`), `Content-Blog.liquid` with `Content-BlogPost.Summary.liquid`
(`post-preview`, `post-title`, `post-subtitle`, `post-meta` "Posted by ... on" with
`CreatedUtc | local | date: "%B %d, %Y"`, i.e. the local day and no time) and
`Content-BlogPost.liquid` (`post-heading` with `subheading` and `meta`, MarkdownBodyPart rendered
in `col-lg-8 col-md-10 mx-auto`, TaxonomyField tags), the theme's `PagerSlim` "Older Posts"
button with the ListPart `?before=`/`?after=` cursors, taxonomy term pages with the classic
`?pagenum=` pager, and widgets from the Layers module (popular list, newsletter, consent).
The Blog recipe makes the blog the homepage, so `/` and `/blog` serve the same list; posts sit at
the Autoroute `/blog/{slugified title}` (Unicode kept) and the Contents module also answers
`/Contents/ContentItems/{ContentItemId}`; the SEO module carries a NewsArticle JSON-LD with the
UTC `datePublished`. No sitemap (the Sitemaps feature is off) and no feed.
"""
# ruff: noqa: RUF001  (Urdu punctuation is the point here)

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from html import escape
from urllib.parse import quote

from benchmarks.unseen.common import by_key, chunks, html, make_posts, site_from
from benchmarks.unseen.server import Resp
from benchmarks.unseen.text_h12 import urdu

NAME = "orchardcore_ur"
SITE = "ملتان ٹائمز"
CATS = {
    "shehri-hukumat": "شہری حکومت",
    "tarqiati-mansoobay": "ترقیاتی منصوبے",
    "sehat": "صحت",
    "taleem": "تعلیم",
}
TAGS = ["بلدیہ", "بجٹ", "ٹریفک", "ملتان", "تعمیرات"]
AUTHORS = ["admin", "farah.naz", "imran.qureshi"]
MONTHS = [
    "جنوری",
    "فروری",
    "مارچ",
    "اپریل",
    "مئی",
    "جون",
    "جولائی",
    "اگست",
    "ستمبر",
    "اکتوبر",
    "نومبر",
    "دسمبر",
]
PER = 10
_EPOCH = datetime(1, 1, 1, tzinfo=UTC)


def _slug(title: str) -> str:
    """Orchard Core's SlugService: letters of any script kept, the rest to single dashes."""
    return re.sub(r"[^\w]+", "-", title.lower()).strip("-")


def _ticks(d: datetime) -> int:
    return int((d.astimezone(UTC) - _EPOCH).total_seconds()) * 10_000_000


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1206, "ur", 32, "Asia/Karachi", list(CATS), AUTHORS, TAGS)
    for p in posts:
        p.paras = [urdu(x) for x in p.paras]
    cid = {p.idx: "4" + hashlib.sha1(f"oc{p.idx}".encode()).hexdigest()[:25] for p in posts}

    def url(p):
        return "/blog/" + quote(_slug(p.title))

    def twins(p):
        return [f"/Contents/ContentItems/{cid[p.idx]}"]

    def term_url(c):
        return f"/categories/{c}"

    def shown(d):
        return f"{MONTHS[d.month - 1]} {d.day:02d}, {d.year}"

    def shell(title, heading, sub, main, head="", post=False, bg="home-bg.jpg"):
        menu = "".join(
            f'<li class="nav-item"><a class="nav-link" href="{h}">{t}</a></li>'
            for h, t in (
                ("/", "صفحہ اول"),
                (term_url("shehri-hukumat"), "شہری حکومت"),
                (term_url("tarqiati-mansoobay"), "ترقیاتی منصوبے"),
                ("/about", "ہمارے بارے میں"),
                ("/contact", "رابطہ"),
            )
        )
        top = (
            f'<div class="post-heading"><h1>{escape(heading)}</h1>{sub}</div>'
            if post
            else f'<div class="site-heading"><h1>{escape(heading)}</h1><span class="subheading">{sub}</span></div>'
        )
        return f"""<!DOCTYPE html>
<html lang="ur" dir="rtl">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <title>{escape(title)}</title>
    <link type="image/x-icon" rel="shortcut icon" href="/TheBlogTheme/favicon.ico">
    <link href="/TheBlogTheme/vendor/bootstrap/css/bootstrap.min.css" rel="stylesheet" type="text/css">
    <link href="/TheBlogTheme/css/clean-blog.min.css" rel="stylesheet" type="text/css">
    <meta name="generator" content="Orchard">{head}
</head>
<body dir="rtl">
    <nav class="navbar navbar-expand-lg navbar-light fixed-top" id="mainNav">
        <div class="container">
            <a class="navbar-brand" href="/">{SITE}</a>
            <button class="navbar-toggler navbar-toggler-right" type="button" data-toggle="collapse" data-target="#navbarResponsive" aria-controls="navbarResponsive" aria-expanded="false" aria-label="Toggle navigation">مینو <i class="fas fa-bars"></i></button>
            <div class="collapse navbar-collapse" id="navbarResponsive">
                <ul class="navbar-nav ml-auto">{menu}</ul>
            </div>
        </div>
    </nav>
    <header class="masthead" style="background-image: url('/media/{bg}')">
        <div class="overlay"></div>
        <div class="container">
            <div class="row">
                <div class="col-lg-8 col-md-10 mx-auto">
                    {top}
                </div>
            </div>
        </div>
    </header>
{main}
    <hr>
    <div class="container"><div class="row"><div class="col-lg-8 col-md-10 mx-auto">
        <div class="widget widget-ListWidget"><h4>مقبول خبریں</h4><ul class="list-unstyled">{popular}</ul></div>
        <div class="widget widget-Form"><h4>نیوز لیٹر</h4><form action="/newsletter" method="post"><input type="email" name="email" class="form-control" placeholder="آپ کا ای میل"><input name="__RequestVerificationToken" type="hidden" value="CfDJ8Mq1"><button type="submit" class="btn btn-primary">سبسکرائب کریں</button></form></div>
    </div></div></div>
    <footer>
        <div class="container">
            <div class="row">
                <div class="col-lg-8 col-md-10 mx-auto">
                    <ul class="list-inline text-center">
                        <li class="list-inline-item"><a href="https://twitter.com/multantimes"><span class="fa-stack fa-lg"><i class="fas fa-circle fa-stack-2x"></i><i class="fab fa-twitter fa-stack-1x fa-inverse"></i></span></a></li>
                        <li class="list-inline-item"><a href="https://www.facebook.com/multantimes"><span class="fa-stack fa-lg"><i class="fas fa-circle fa-stack-2x"></i><i class="fab fa-facebook-f fa-stack-1x fa-inverse"></i></span></a></li>
                    </ul>
                    <p class="copyright text-muted">جملہ حقوق محفوظ ہیں &copy; {SITE} 2017</p>
                </div>
            </div>
        </div>
    </footer>
    <div class="widget widget-HtmlWidget cookie-consent" id="cookieConsent"><p>یہ ویب سائٹ کوکیز استعمال کرتی ہے۔ ویب سائٹ کا استعمال جاری رکھ کر آپ ان کے استعمال سے اتفاق کرتے ہیں۔ <a href="/privacy">رازداری کی پالیسی</a></p><button type="button" class="btn btn-sm btn-secondary">ٹھیک ہے</button></div>
    <script src="/TheBlogTheme/vendor/jquery/jquery.min.js"></script>
    <script src="/TheBlogTheme/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
    <script src="/TheBlogTheme/js/clean-blog.min.js"></script>
</body>
</html>"""

    popular = "".join(
        f'<li><a href="/Contents/ContentItems/{cid[q.idx]}">{escape(q.title)}</a></li>'
        for q in sorted(posts, key=lambda q: cid[q.idx])[:5]
    )

    def preview(p):
        return f"""                <div class="post-preview">
                    <a href="{url(p)}">
                        <h2 class="post-title">{escape(p.title)}</h2>
                        <h3 class="post-subtitle">{CATS[p.section]}</h3>
                    </a>
                    <p class="post-meta">تحریر <a href="#">{p.author}</a> بتاریخ {shown(p.published)}</p>
                </div>
                <hr>"""

    def body_list(items, pager):
        return f"""    <div class="container">
        <div class="row">
            <div class="col-lg-8 col-md-10 mx-auto">
{"".join(preview(q) for q in items)}
{pager}
            </div>
        </div>
    </div>"""

    pages: dict = {}

    def blog_lists():
        parts = chunks(posts, PER)
        for first in ("/", "/blog"):
            for k, chunk in enumerate(parts):
                links = []
                if k:
                    links.append(
                        f'<a class="btn btn-primary float-left" href="{first}?before={_ticks(chunk[0].published)}">&larr; نئی تحریریں</a>'
                    )
                if k + 1 < len(parts):
                    links.append(
                        f'<a class="btn btn-primary float-right" href="{first}?after={_ticks(chunk[-1].published)}">پرانی تحریریں &rarr;</a>'
                    )
                pager = f'<div class="clearfix">{"".join(links)}</div>'
                path = first if not k else f"{first}?after={_ticks(parts[k - 1][-1].published)}"
                pages[path] = html(
                    shell(SITE, SITE, "جنوبی پنجاب کی شہری خبریں", body_list(chunk, pager))
                )

    blog_lists()
    # "newer" links go back one page: their targets are the previous pages
    parts = chunks(posts, PER)
    for first in ("/", "/blog"):
        for k in range(1, len(parts)):
            prev = first if k == 1 else f"{first}?after={_ticks(parts[k - 2][-1].published)}"
            pages[f"{first}?before={_ticks(parts[k][0].published)}"] = pages[prev]

    for c, items in by_key(posts, lambda p: p.section).items():
        tparts = chunks(items, PER)
        for k, chunk in enumerate(tparts):
            nav = ""
            if len(tparts) > 1:
                nav = (
                    '<ul class="pagination">'
                    + "".join(
                        f'<li class="page-item{" active" if j == k else ""}"><a class="page-link" href="{term_url(c)}{"" if not j else f"?pagenum={j + 1}"}">{j + 1}</a></li>'
                        for j in range(len(tparts))
                    )
                    + "</ul>"
                )
            path = term_url(c) + ("" if not k else f"?pagenum={k + 1}")
            pages[path] = html(shell(f"{CATS[c]} - {SITE}", CATS[c], "زمرہ", body_list(chunk, nav)))

    def post_page(p):
        iso = p.published.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        ld = (
            '{"@context":"https://schema.org","@type":"NewsArticle","headline":"'
            + escape(p.title)
            + f'","datePublished":"{iso}","author":{{"@type":"Person","name":"{p.author}"}},"publisher":{{"@type":"Organization","name":"{SITE}"}}}}'
        )
        head = (
            f'\n    <link rel="canonical" href="{base}{url(p)}">'
            f'\n    <meta name="description" content="{escape(p.paras[0][:150])}">'
            f'\n    <meta property="og:title" content="{escape(p.title)}">'
            f'\n    <meta property="og:type" content="article">'
            f'\n    <script type="application/ld+json">{ld}</script>'
        )
        sub = (
            f'<h2 class="subheading">{CATS[p.section]}</h2>'
            f'<span class="meta">تحریر <a href="#">{p.author}</a> بتاریخ {shown(p.published)}</span>'
        )
        tags = (
            " ".join(
                f'<a class="badge badge-secondary" href="{term_url(p.section)}">{CATS[p.section]}</a>'
                for _ in [0]
            )
            + " "
            + " ".join(f'<span class="badge badge-light">{t}</span>' for t in p.tags)
        )
        main = f"""    <article>
        <div class="container">
            <div class="row">
                <div class="col-lg-8 col-md-10 mx-auto">
{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}
                    <div class="tags">{tags}</div>
                </div>
            </div>
        </div>
    </article>"""
        return shell(f"{p.title} - {SITE}", p.title, sub, main, head, True, "post-bg.jpg")

    for p in posts:
        pages[url(p)] = html(post_page(p))
        pages[twins(p)[0]] = pages[url(p)]
    for path, heading, text in (
        (
            "/about",
            "ہمارے بارے میں",
            "ملتان ٹائمز شہر کی بلدیاتی اور ترقیاتی خبروں کا آزاد آن لائن اخبار ہے۔",
        ),
        ("/contact", "رابطہ", "ادارتی ٹیم سے رابطے کے لیے editor@multantimes.pk پر لکھیں۔"),
        ("/privacy", "رازداری کی پالیسی", "ہم صرف نیوز لیٹر کے لیے آپ کا ای میل محفوظ کرتے ہیں۔"),
        ("/newsletter", "نیوز لیٹر", "شکریہ! تصدیقی ای میل آپ کو بھیج دی گئی ہے۔"),
    ):
        pages[path] = html(
            shell(
                f"{heading} - {SITE}",
                heading,
                "",
                f'<div class="container"><div class="row"><div class="col-lg-8 col-md-10 mx-auto"><p>{text}</p></div></div></div>',
                bg="about-bg.jpg",
            )
        )
    pages["/robots.txt"] = Resp(b"User-agent: *\nDisallow: /Admin/\n", "text/plain; charset=utf-8")
    return site_from(NAME, posts, url, pages, twins)
