"""Mezzanine 4 (Django) blog with its stock Bootstrap 3 templates: an Armenian city news blog.

Followed: Mezzanine's `blog/blog_post_list.html` and `blog/blog_post_detail.html` (the
`blog_post_detail_postedby` block with "Posted by ... <timesince> ago", `blog_post_detail_keywords`,
`blog_post_detail_sharebuttons`, `related-posts`, `comments_for`), `base.html` (navbar, left tree menu,
right column with `blog_recent_posts`, `blog_months`, `blog_categories`, the tag cloud), `pagination.html`
(`?page=N` query links), `generic/includes/comments.html` and `rating.html`; the URL patterns of
`mezzanine/blog/urls.py` (slugs from `slugify_unicode`, the date-prefixed detail pattern that always
matches too, `/blog/category/`, `/blog/tag/`, `/blog/author/`, `/blog/archive/Y/M/`), and the blog feed
(`/blog/feeds/rss/`, `/blog/feeds/atom/`) with BLOG_RSS_LIMIT = None.
"""
# ruff: noqa: RUF001

from __future__ import annotations

import random
import re
from datetime import datetime
from html import escape
from urllib.parse import quote
from zoneinfo import ZoneInfo

from benchmarks.unseen.common import (
    atom,
    by_key,
    by_month,
    html,
    make_posts,
    paged,
    rss,
    site_from,
    thread,
)

NAME = "mezzanine_hy"
SITE = "Շիրակի օրագիր"
CATS = {
    "kaghakapetaran": "Քաղաքապետարան",
    "shinararutyun": "Շինարարություն",
    "trasport": "Տրանսպորտ",
    "hasarakutyun": "Հասարակություն",
}
USERS = {"anahit": "Անահիտ Պետրոսյան", "armen": "Արմեն Գրիգորյան", "lilit": "Լիլիթ Սարգսյան"}
TAGS = ["գյումրի", "ավագանի", "բյուջե", "ճանապարհներ", "կրթություն"]
READERS = ["Արսեն", "Գոհար Մ.", "Տիգրան", "Մարինե", "Վահե Հ.", "Նարե"]
REMARKS = [
    "Շատ լավ է, որ վերջապես սկսում են։",
    "Իսկ ո՞վ է վճարելու այս ամենի համար։",
    "Հուսանք՝ այս անգամ ժամկետները կպահպանվեն։",
    "Շնորհակալություն մանրամասն տեղեկության համար։",
    "Մեր թաղամասում նույնպես նման խնդիր կա։",
]
NOW = datetime(2017, 5, 2, 12, 0, tzinfo=ZoneInfo("Asia/Yerevan"))  # when the pages were rendered
PER = 5


def unicode_slug(title: str) -> str:
    """Mezzanine's slugify_unicode: word characters kept, spaces to dashes, lower case."""
    s = re.sub(r"[^\w\s-]", "", title).strip().lower()
    return re.sub(r"[-\s]+", "-", s)


def since(then: datetime) -> str:
    """Django's timesince (two adjacent units) in Armenian."""
    secs = int((NOW - then).total_seconds())
    units = [(7 * 86400, "շաբաթ"), (86400, "օր"), (3600, "ժամ"), (60, "րոպե")]
    for i, (size, word) in enumerate(units):
        if secs >= size:
            first = f"{secs // size} {word}"
            if i + 1 < len(units):
                size2, word2 = units[i + 1]
                rest = (secs % size) // size2
                if rest:
                    return f"{first}, {rest} {word2}"
            return first
    return "0 րոպե"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1402, "hy", 31, "Asia/Yerevan", list(CATS), list(USERS.values()), TAGS)
    rng = random.Random(1402)
    uid = {v: k for k, v in USERS.items()}
    slug = {p.idx: unicode_slug(p.title) for p in posts}
    url = {p.idx: f"/blog/{quote(slug[p.idx], safe='-')}/" for p in posts}

    def dated(p):
        d = p.published
        return f"/blog/{d.year}/{d.month}/{d.day}/{quote(slug[p.idx], safe='-')}/"

    comments = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 4) for p in posts}
    months = by_month(posts)

    def tag_url(t):
        return f"/blog/tag/{quote(t)}/"

    def right():
        recent = "".join(
            f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>' for q in posts[:5]
        )
        arch = "".join(
            f'<li><a href="/blog/archive/{y}/{m}/">{["Մարտ", "Ապրիլ"][m - 3]} {y}</a> ({len(v)})</li>'
            for (y, m), v in months.items()
        )
        cats = "".join(
            f'<li><a href="/blog/category/{c}/">{v}</a> ({sum(q.section == c for q in posts)})</li>'
            for c, v in CATS.items()
        )
        tags = " ".join(
            f'<li><a class="tag-weight-{2 + i % 3}" href="{tag_url(t)}">{t}</a></li>'
            for i, t in enumerate(TAGS)
        )
        return f"""<div class="col-md-3 right">
<div class="panel panel-default"><div class="panel-body"><form action="/search/" class="form-inline" role="search"><input class="form-control" placeholder="Որոնում" type="text" name="q"><input type="submit" class="btn btn-default" value="Գնալ"></form></div></div>
<div class="panel panel-default"><div class="panel-body"><h3>Վերջին գրառումները</h3><ul class="list-unstyled recent-posts">{recent}</ul>
<h3>Արխիվ</h3><ul class="list-unstyled">{arch}</ul>
<h3>Կատեգորիաներ</h3><ul class="list-unstyled">{cats}</ul>
<h3>Պիտակներ</h3><ul class="list-inline tag-cloud">{tags}</ul>
<h3>Բաժանորդագրվել</h3><ul class="list-unstyled"><li><a href="/blog/feeds/rss/">RSS</a></li><li><a href="/blog/feeds/atom/">Atom</a></li></ul></div></div>
<div class="panel panel-default"><div class="panel-body"><h3>Լրատու</h3><p>Ստացեք շաբաթվա գլխավոր լուրերը էլ. փոստով։</p><form action="/newsletter/" method="get"><input class="form-control" type="email" name="email" placeholder="Էլ. հասցե"><button class="btn btn-primary">Բաժանորդագրվել</button></form></div></div>
</div>"""

    def shell(title, h1, main, head="", crumb=""):
        return f"""<!doctype html>
<html lang="hy">
<head>
<meta http-equiv="Content-type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width">
<meta name="keywords" content="{", ".join(TAGS[:3])}">
<meta name="description" content="Շիրակի մարզի և Գյումրու քաղաքային լուրեր">{head}
<title>{escape(title)} | {SITE}</title>
<link rel="shortcut icon" href="/static/img/favicon.ico">
<link rel="alternate" type="application/rss+xml" title="RSS" href="/blog/feeds/rss/">
<link rel="alternate" type="application/atom+xml" title="Atom" href="/blog/feeds/atom/">
<link rel="stylesheet" href="/static/css/bootstrap.css"><link rel="stylesheet" href="/static/css/mezzanine.css">
</head>
<body id="body">
<div class="navbar navbar-default navbar-fixed-top" role="navigation"><div class="container">
<div class="navbar-header"><a class="navbar-brand" href="/">{SITE}</a><p class="navbar-text visible-lg">Գյումրու և Շիրակի լուրերը</p></div>
<div class="navbar-collapse collapse"><form action="/search/" class="navbar-form navbar-right" role="search"><div class="form-group"><input class="form-control" placeholder="Որոնում" type="text" name="q" value=""></div><input type="submit" class="btn btn-default" value="Գնալ"></form>
<ul class="nav navbar-nav"><li id="dropdown-menu-home"><a href="/">Գլխավոր</a></li><li class="active" id="blog-menu"><a href="/blog/">Բլոգ</a></li><li><a href="/mer-masin/">Մեր մասին</a></li><li><a href="/kap/">Կապ</a></li></ul></div>
</div></div>
<div class="container"><ul class="breadcrumb"><li><a href="/">Գլխավոր</a></li><li><a href="/blog/">Բլոգ</a></li>{crumb}</ul></div>
<div class="container"><div class="row">
<div class="col-md-2 left"><div class="panel panel-default tree"><ul class="nav nav-list navlist-menu-level-0"><li class="active"><a href="/blog/">Բլոգ</a></li><li><a href="/mer-masin/">Մեր մասին</a></li><li><a href="/kap/">Կապ</a></li></ul></div></div>
<div class="col-md-7 middle">
<h1>{escape(h1)}</h1>
{main}
</div>
{right()}
</div></div>
<footer><div class="container"><ul class="list-inline"><li><a href="/mer-masin/">Մեր մասին</a></li><li><a href="/kap/">Կապ</a></li><li><a href="/gaghtniutyun/">Գաղտնիություն</a></li></ul>
<p><small>Powered by <a href="http://mezzanine.jupo.org">Mezzanine</a> and <a href="http://www.djangoproject.com">Django</a> &middot; Theme by <a href="http://getbootstrap.com">Bootstrap</a></small></p></div></footer>
<div id="cookie-notice" class="alert alert-info navbar-fixed-bottom">Կայքն օգտագործում է թխուկներ։ <a href="/gaghtniutyun/">Մանրամասն</a> <button class="btn btn-xs btn-default">Լավ</button></div>
<script src="/static/mezzanine/js/jquery-1.8.3.min.js"></script><script src="/static/js/bootstrap.js"></script>
</body>
</html>"""

    def postedby(p):
        return (
            f'<h6 class="post-meta">Հրապարակել է՝ <a href="/blog/author/{uid[p.author]}/">{escape(p.author)}</a> '
            f"{since(p.published)} առաջ</h6>"
        )

    def teaser(p):
        n = len(comments[p.idx])
        return f"""<div class="blog-list-detail">
<h2><a href="{url[p.idx]}">{escape(p.title)}</a></h2>
{postedby(p).replace("</h6>", f' in <a href="/blog/category/{p.section}/">{CATS[p.section]}</a></h6>')}
<p>{escape(p.paras[0])}</p>
<p class="blog-list-detail"><a href="{url[p.idx]}">կարդալ ավելին</a> / <a href="{url[p.idx]}#comments">{n} մեկնաբանություն</a></p>
</div>"""

    def article(p):
        i = posts.index(p)
        related = [q for q in posts if q.section == p.section and q is not p][:3]
        cs = []
        for j, (w, t, x) in enumerate(comments[p.idx]):
            cid = 1000 + p.idx * 10 + j
            extra = ""
            if j == 0 and i + 1 < len(posts):
                q = posts[i + 1]
                extra = f' Տես նաև՝ <a href="{base}{dated(q)}" rel="nofollow">{escape(q.title)}</a>'
            cs.append(
                f'<li id="comment-{cid}" class="comment"><div class="media"><a class="pull-left" href="#comment-{cid}"><img class="media-object" src="//www.gravatar.com/avatar/{cid:032x}?s=46&amp;d=identicon" alt=""></a>'
                f'<div class="media-body"><h4 class="media-heading">{escape(w)} <span class="timespan">{since(t)} առաջ</span></h4><p>{escape(x)}{extra}</p>'
                f'<a href="#reply-{cid}" class="reply">Պատասխանել</a></div></div></li>'
            )
        clist = (
            f'<ul class="comments list-unstyled">{"".join(cs)}</ul>'
            if cs
            else '<p class="no-comments">Մեկնաբանություններ չկան։</p>'
        )
        tags = "".join(f'<li><a href="{tag_url(t)}">{t}</a></li>' for t in p.tags)
        main = f"""{postedby(p)}
<p>(<a href="#comments">{len(cs)} մեկնաբանություն</a>)</p>
{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}
<ul class="list-inline tags"><li>Պիտակներ՝</li>{tags}</ul>
<div class="panel panel-default rating"><div class="panel-body"><form class="rating-form form-inline" method="post" action="/rating/"><p>Ընթացիկ վարկանիշ՝ {3 + p.idx % 20 / 10:.1f}</p><ul class="list-inline">{"".join(f'<li><input type="radio" name="value" value="{v}">{v}</li>' for v in range(1, 6))}</ul><input type="submit" class="btn btn-default btn-sm" value="Գնահատել"></form></div></div>
<a class="btn btn-sm btn-primary share-twitter" target="_blank" href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}">Կիսվել Twitter-ում</a>
<a class="btn btn-sm btn-primary share-facebook" target="_blank" href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}">Կիսվել Facebook-ում</a>
<div id="related-posts"><h3>Առնչվող գրառումներ</h3><ul class="list-unstyled">{"".join(f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>' for q in related)}</ul></div>
<div id="comments"><h3>Մեկնաբանություններ</h3>{clist}
<form method="post" id="comment" action="/comment/" class="comment-form"><div class="form-group"><label for="id_name">Անուն</label><input class="form-control" id="id_name" name="name" type="text"></div><div class="form-group"><label for="id_comment">Մեկնաբանություն</label><textarea class="form-control" id="id_comment" name="comment" rows="10"></textarea></div><input class="btn btn-primary btn-lg" type="submit" value="Ուղարկել մեկնաբանությունը"></form></div>"""
        head = f'\n<meta property="og:title" content="{escape(p.title)}">\n<meta property="og:type" content="article">'
        return shell(p.title, p.title, main, head, f'<li class="active">{escape(p.title)}</li>')

    pages: dict = {}
    for p in posts:
        page = html(article(p))
        pages[url[p.idx]] = page
        pages[dated(p)] = page

    def lister(path, heading, items):
        def nth(k):
            return path if not k else f"{path}?page={k + 1}"

        def render(chunk, k, n):
            prev = f'<li class="previous"><a href="?page={k}">&larr;</a></li>' if k else ""
            active = ' class="active"'
            nums = "".join(
                f'<li{active if j == k else ""}><a href="?page={j + 1}">{j + 1}</a></li>'
                for j in range(n)
            )
            nxt = f'<li class="next"><a href="?page={k + 2}">&rarr;</a></li>' if k + 1 < n else ""
            body = (
                "".join(teaser(q) for q in chunk)
                + f'<div class="pagination-wrapper"><ul class="pagination"><li class="disabled"><span>Էջ {k + 1} / {n}</span></li>{prev}{nums}{nxt}</ul></div>'
            )
            return shell(heading, heading, body)

        paged(pages, nth, items, PER, render)
        pages[f"{path}?page=1"] = pages[path]

    lister("/blog/", "Բլոգ", posts)
    for c, items in by_key(posts, lambda p: p.section).items():
        lister(f"/blog/category/{c}/", f"Դիտում է գրառումները {CATS[c]} կատեգորիայում", items)
    for a, items in by_key(posts, lambda p: p.author).items():
        lister(f"/blog/author/{uid[a]}/", f"Դիտում է {a}-ի գրառումները", items)
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(tag_url(t), f"Դիտում է «{t}» պիտակով գրառումները", items)
    for (y, m), items in months.items():
        lister(
            f"/blog/archive/{y}/{m}/",
            f"Դիտում է գրառումները {['Մարտ', 'Ապրիլ'][m - 3]} {y}-ից",
            items,
        )
    home = (
        "<p>Բարի գալուստ։ Շիրակի օրագիրը հետևում է Գյումրու ավագանու նիստերին, շինարարությանը և քաղաքային կյանքին։</p>"
        + "".join(teaser(q) for q in posts[:3])
        + '<p><a class="btn btn-default" href="/blog/">Բոլոր գրառումները</a></p>'
    )
    pages["/"] = html(shell("Գլխավոր", "Շիրակի օրագիր", home))
    for path, heading, text in (
        (
            "/mer-masin/",
            "Մեր մասին",
            "Կայքը ստեղծվել է 2015 թվականին Գյումրու մի խումբ լրագրողների կողմից։",
        ),
        ("/kap/", "Կապ", "Գրեք մեզ՝ info@shirakioragir.am հասցեով։"),
        (
            "/gaghtniutyun/",
            "Գաղտնիության քաղաքականություն",
            "Մենք պահպանում ենք միայն այն տվյալները, որոնք դուք ինքներդ եք թողնում մեկնաբանություններում։",
        ),
        ("/newsletter/", "Լրատու", "Շնորհակալություն։ Հաստատման նամակն ուղարկված է։"),
        ("/search/", "Որոնման արդյունքներ", "Որոնման համար մուտքագրեք բառ։"),
    ):
        pages[path] = html(shell(heading, heading, f"<p>{text}</p>"))
    items = [(url[p.idx], p) for p in posts]
    pages["/blog/feeds/rss/"] = rss(base, SITE, items, "hy")
    pages["/blog/feeds/atom/"] = atom(base, SITE, items)
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: [dated(p)])
