"""Typepad-hosted blog (cy content, Typepad's English chrome), Europe/London.

Modelled on the markup of live Typepad blogs built from Typepad's classic (Movable Type era)
templates, e.g. the index of through-the-interface.typepad.com: `layout-two-column-right`,
`#banner`, `h2.date-header`, `div.entry-category-<cat> entry-author-<a> entry-type-post entry`
with `id="entry-6a00..."`, `h3.entry-header`, `entry-content` > `entry-body` (+ `entry-more` on
the individual archive, "Continue reading" on the index), `entry-footer-info` ("Posted at 11:30 PM
in <category> | Permalink | Comments (n)"), `entry-footer-share-buttons`, Typepad comments
(`comments-content`, `comment-footer` "Posted by: ... | <date> at <time>" linking to
`<entry>.html?cid=<comment id>#comment-<id>`), sidebar modules (recent posts, categories, monthly
archives, recent comments with `?cid=` links), `/<blog>/page/N/` and `/<blog>/<category>/page/N/`
paging, monthly archives `/<blog>/YYYY/MM/index.html`, `atom.xml` + `rss.xml` (20 newest) and no
sitemap. Typepad has no Welsh interface, so dates and labels are English.
"""

from __future__ import annotations

import random
from datetime import UTC
from email.utils import format_datetime
from html import escape

from benchmarks.unseen.common import (
    by_key,
    by_month,
    html,
    make_posts,
    paged,
    site_from,
    thread,
    xml,
)
from benchmarks.unseen.dev2 import ascii_slug

NAME = "typepad_cy"
SITE = "Clecs y Cwm"
BLOG = "/clecs_y_cwm"
CATS = {
    "cyngor": "Cyngor",
    "trafnidiaeth": "Trafnidiaeth",
    "iechyd": "Iechyd",
    "cynllunio": "Cynllunio",
}
AUTHORS = {"gwenllian": "Gwenllian Rhys", "dafydd": "Dafydd ap Huw"}
READERS = ["Siân", "Rhodri Jones", "Bethan", "Owain G.", "Mererid"]
REMARKS = [
    "Diolch am yr adroddiad, difyr iawn.",
    "Yr un hen stori bob blwyddyn.",
    "Ble mae modd gweld y cynlluniau llawn?",
    "Gobeithio y bydd y cyngor yn gwrando y tro hwn.",
]
MONTHS = ["January", "February", "March", "April", "May", "June"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PER = 8


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1305, "cy", 32, "Europe/London", list(CATS), list(AUTHORS), ["x"])
    rng = random.Random(1305)
    talk = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 4) for p in posts}
    eid = {p.idx: f"6a00d8341c5f3a53ef01b8d{2600000 + p.idx * 7919:07x}970c" for p in posts}
    cid = {
        p.idx: [
            f"6a00d8341c5f3a53ef01b7c{3100000 + p.idx * 131 + j:07x}970b"
            for j in range(len(talk[p.idx]))
        ]
        for p in posts
    }

    # Typepad cuts the basename to its first words (15 characters at most, whole words)
    def basename(title):
        words, out = ascii_slug(title, "post").split("-"), []
        for w in words:
            if len("-".join([*out, w])) > 15:
                break
            out.append(w)
        return "-".join(out) or words[0][:15]

    url = {}
    for p in reversed(posts):
        stem = f"{BLOG}/{p.published:%Y/%m}/{basename(p.title)}"
        path, n = f"{stem}.html", 1
        while path in url.values():
            n += 1
            path = f"{stem}-{n}.html"
        url[p.idx] = path

    def ddate(d):
        return f"{DAYS[d.weekday()]}, {d:%d} {MONTHS[d.month - 1]} {d.year}"

    def dtime(d):
        return d.strftime("%I:%M %p")

    def cat_url(c):
        return f"{BLOG}/{c}/"

    def sidebar():
        recent = "".join(
            f'<li class="module-list-item"><a href="{base}{url[q.idx]}">{escape(q.title)}</a></li>'
            for q in posts[:6]
        )
        cats = "".join(
            f'<li class="module-list-item"><a href="{base}{cat_url(c)}">{v}</a></li>'
            for c, v in CATS.items()
        )
        months = "".join(
            f'<li class="module-list-item"><a href="{base}{BLOG}/{y}/{m:02d}/index.html">{MONTHS[m - 1]} {y}</a></li>'
            for (y, m) in by_month(posts)
        )
        rc = []
        for q in posts[:10]:
            for j, (w, _t, _x) in enumerate(talk[q.idx]):
                rc.append(
                    f'<li class="module-list-item">{escape(w)} on <a href="{base}{url[q.idx]}?cid={cid[q.idx][j]}#comment-{cid[q.idx][j]}">{escape(q.title)}</a></li>'
                )
        return f"""<div id="beta" class="col-xs-12 col-sm-4 col-md-4 col-lg-4">
  <div id="beta-inner" class="pkg">
    <div class="module-about module"><h2 class="module-header">Amdanom ni</h2><div class="module-content"><p>Blog bach am fywyd cyhoeddus yn y cymoedd, ers 2009.</p></div></div>
    <div class="module-email module"><h2 class="module-header">Subscribe</h2><div class="module-content"><form action="https://feedburner.google.com/fb/a/mailverify" method="post"><input type="text" name="email" placeholder="Email address"><input type="submit" value="Subscribe"></form></div></div>
    <div class="module-recent-posts module"><h2 class="module-header">Recent Posts</h2><div class="module-content"><ul class="module-list">{recent}</ul></div></div>
    <div class="module-categories module"><h2 class="module-header">Categories</h2><div class="module-content"><ul class="module-list">{cats}</ul></div></div>
    <div class="module-archives module"><h2 class="module-header">Archives</h2><div class="module-content"><ul class="module-list">{months}<li class="module-list-item"><a href="{base}{BLOG}/archives.html">More...</a></li></ul></div></div>
    <div class="module-recent-comments module"><h2 class="module-header">Recent Comments</h2><div class="module-content"><ul class="module-list">{"".join(rc[:8])}</ul></div></div>
    <div class="module-powered module"><div class="module-content"><a href="https://www.typepad.com/">Blog powered by Typepad</a></div></div>
  </div>
</div>"""

    def shell(title, main, body_class, head=""):
        return f"""<!DOCTYPE html>
<html lang="cy">
<head>
     <meta charset="utf-8">
     <meta name="generator" content="http://www.typepad.com/" />
     <meta name="viewport" content="width=device-width, initial-scale=1.0" />
     <link href="/.shared/themes/common/bootstrap/css/bootstrap.min.css" rel="stylesheet" />
     <link rel="stylesheet" href="{base}{BLOG}/styles.css?v=6" type="text/css" media="screen" />
        <link rel="alternate" type="application/atom+xml" title="Posts on '{SITE}' (Atom)" href="{base}{BLOG}/atom.xml" />
        <link rel="alternate" type="application/rss+xml" title="Posts on '{SITE}' (RSS 2.0)" href="{base}{BLOG}/rss.xml" />
        <script type="text/javascript">var TPApp = {{}}; TPApp.app_uri = "http://www.typepad.com/";</script>
     <title>{escape(title)}</title>{head}
     <link rel="EditURI" type="application/rsd+xml" title="RSD" href="http://www.typepad.com/services/rsd/6a00d8341c5f3a53ef00d8341c5f3b53ef" />
</head>
<body class="layout-two-column-right {body_class}">
	<div id="container" class="container">
		<div id="container-inner" class="pkg">
              <div id="banner" class="jumbotron">
                <h1><a href="{base}{BLOG}/" accesskey="1">{SITE}</a></h1>
                <h2>Newyddion a chlecs o Gwm Rhondda</h2>
              </div>
      <div id="autocollapse" class="navbar navbar-default"><div class="navbar-inner"><div class="navbar-header"><a class="navbar-brand" href="{base}{BLOG}/">Home</a></div>
        <div class="navbar-collapse collapse"><ul class="nav navbar-nav"><li><a href="{base}{BLOG}/archives.html">Archives</a></li><li><a href="{base}{BLOG}/atom.xml">Subscribe</a></li><li><a href="{base}{BLOG}/amdanom-ni.html">Amdanom ni</a></li></ul></div></div></div>
			<div id="pagebody">
				<div id="pagebody-inner" class="pkg">
					<div id="alpha" class="col-xs-12 col-sm-8 col-md-8 col-lg-8">
						<div id="alpha-inner" class="pkg">
{main}
						</div>
					</div>
{sidebar()}
				</div>
			</div>
		</div>
	</div>
    <div id="cookie-notice" class="cookie-notice">This site uses cookies. <a href="https://www.typepad.com/privacy">Learn more</a> <button>OK</button></div>
</body>
</html>"""

    def split(p):
        return p.paras[:2], p.paras[2:]

    def classes(p):
        return f"entry-category-{p.section} entry-author-{p.author} entry-type-post entry"

    def footer(p, on_index):
        n = len(talk[p.idx])
        iso = p.published.isoformat()
        return f"""		<div class="entry-footer">
			<p class="entry-footer-info">
                <span class="post-footers">Posted by {AUTHORS[p.author]} at <abbr class="published" title="{iso}">{dtime(p.published)}</abbr> in <a href="{base}{cat_url(p.section)}">{CATS[p.section]}</a> </span> <span class="separator">|</span> <a class="permalink" href="{base}{url[p.idx]}">Permalink</a>
					<span class="separator">|</span>
					<a class="entry-comments" href="{base}{url[p.idx]}#comments">Comments ({n})</a>
			</p>
	<p class="entry-footer-share entry-footer-share-buttons">
		<span class="entry-footer-links-twitter"><a href="http://twitter.com/share?url={base}{url[p.idx]}&amp;text={escape(p.title)}" target="_blank"><img src="/.shared/images/circle-twitter.png" alt="Twitter" /></a></span> <span class="separator">|</span> <span class="entry-footer-links-facebook_like"><a href="http://www.facebook.com/sharer.php?u={base}{url[p.idx]}" target="_blank"><img src="/.shared/images/circle-facebook.png" alt="Facebook" /></a></span>
	</p>
		</div>"""

    def index_entry(p):
        body, more = split(p)
        cont = (
            f'\n        <p class="entry-more-link"><a href="{base}{url[p.idx]}#more">Continue reading &raquo;</a></p>'
            if more
            else ""
        )
        return f"""	<div class="{classes(p)}" id="entry-{eid[p.idx]}">
       <div class="entry-inner">
			<h3 class="entry-header"><a href="{base}{url[p.idx]}">{escape(p.title)}</a></h3>
		<div class="entry-content">
			<div class="entry-body">
				{"".join(f"<p>{escape(x)}</p>" for x in body)}{cont}
			</div>
		</div>
{footer(p, True)}
	</div>
	</div>"""

    def with_headers(items):
        out, last = [], None
        for q in items:
            d = q.published.date()
            if d != last:
                out.append(f'    <h2 class="date-header">{ddate(q.published)}</h2>')
                last = d
            out.append(index_entry(q))
        return "\n".join(out)

    def entry_page(p):
        body, more = split(p)
        i = posts.index(p)
        prev = posts[i + 1] if i + 1 < len(posts) else None
        nxt = posts[i - 1] if i else None
        nav = " | ".join(
            x
            for x in (
                f'<a href="{base}{url[prev.idx]}">&laquo; {escape(prev.title)}</a>' if prev else "",
                f'<a href="{base}{BLOG}/">Main</a>',
                f'<a href="{base}{url[nxt.idx]}">{escape(nxt.title)} &raquo;</a>' if nxt else "",
            )
            if x
        )
        cs = []
        for j, (w, t, x) in enumerate(talk[p.idx]):
            c = cid[p.idx][j]
            cs.append(
                f"""		<a id="c{c}"></a>
		<div class="comment font-entrybody" id="comment-{c}">
			<div class="comment-content font-entrybody"><p>{escape(x)}</p></div>
			<p class="comment-footer font-entryfooter">Posted by: {escape(w)} | <a href="{base}{url[p.idx]}?cid={c}#comment-{c}">{ddate(t)} at {dtime(t)}</a></p>
		</div>"""
            )
        comments = "\n".join(cs)
        extended = (
            f'\n			<div id="more" class="entry-more">\n				{"".join(f"<p>{escape(x)}</p>" for x in more)}\n			</div>'
            if more
            else ""
        )
        return f"""	<p class="content-nav">{nav}</p>
    <h2 class="date-header">{ddate(p.published)}</h2>
	<div class="{classes(p)}" id="entry-{eid[p.idx]}">
       <div class="entry-inner">
			<h3 class="entry-header">{escape(p.title)}</h3>
		<div class="entry-content">
			<div class="entry-body">
				{"".join(f"<p>{escape(x)}</p>" for x in body)}
			</div>{extended}
		</div>
{footer(p, False)}
	</div>
	</div>
	<div class="comments" id="comments">
		<a id="comments"></a>
		<h3 class="comments-header font-entryheader">Comments</h3>
		<div class="comments-info"><p><a href="{base}{url[p.idx].replace(".html", "/comments/atom.xml")}">Feed</a> You can follow this conversation by subscribing to the <a href="{base}{BLOG}/atom.xml">comment feed</a> for this post.</p></div>
		<div class="comments-content">
{comments}
		</div>
	</div>
	<div class="comments-open" id="comments-open">
		<h2 class="comments-open-header">Post a comment</h2>
		<div class="comments-open-content"><p class="comment-footer">Comments are moderated, and will not appear until the author has approved them.</p>
		<form id="comment-form" method="post" action="https://www.typepad.com/services/comments/{eid[p.idx]}"><textarea id="comment-text" name="text" rows="10" cols="30"></textarea><input type="text" name="author" placeholder="Name"><input type="submit" name="post" value="Post" /></form></div>
	</div>"""

    pages: dict = {}
    for p in posts:
        head = f'\n     <link rel="canonical" href="{base}{url[p.idx]}" />\n     <meta property="og:title" content="{escape(p.title)}" />\n     <meta property="og:type" content="article" />'
        page = html(shell(f"{p.title} - {SITE}", entry_page(p), "individual", head))
        pages[url[p.idx]] = page
        for c in cid[p.idx]:
            pages[f"{url[p.idx]}?cid={c}"] = page

        feed = "".join(
            f'<entry><title>Comment from {escape(w)}</title><link rel="alternate" type="text/html" href="{base}{url[p.idx]}?cid={c}#comment-{c}" />'
            f'<id>tag:typepad.com,2003:{c}</id><published>{t.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</published><content type="html">{escape(x)}</content></entry>'
            for c, (w, t, x) in zip(cid[p.idx], talk[p.idx], strict=True)
        )
        pages[url[p.idx].replace(".html", "/comments/atom.xml")] = xml(
            f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Comments on {escape(p.title)}</title>'
            f'<link rel="alternate" type="text/html" href="{base}{url[p.idx]}" /><id>tag:typepad.com,2003:post-{eid[p.idx]}-comments</id>{feed}</feed>',
            "application/atom+xml",
        )

    def twins(p):
        return [f"{url[p.idx]}?cid={c}" for c in cid[p.idx]]

    def lister(root, items, kind, heading=""):
        def nth(k):
            return root if not k else f"{root}page/{k + 1}/"

        def render(chunk, k, n):
            nav = []
            if k:
                nav.append(
                    f'<span class="pager-left"><a href="{base}{nth(k - 1)}"><span class="pager-arrow">&laquo; </span>Previous</a></span>'
                )
            if k + 1 < n:
                nav.append(
                    f'<span class="pager-right"><a href="{base}{nth(k + 1)}"><span class="pager-label">Next</span><span class="pager-arrow"> &raquo;</span></a></span>'
                )
            pager = (
                f'<div class="pager-bottom pager-entries pager content-nav"><div class="pager-inner">{" ".join(nav)}</div></div>'
                if nav
                else ""
            )
            head = f'<h2 class="archive-header">{escape(heading)}</h2>\n' if heading else ""
            return shell(
                f"{heading + ': ' if heading else ''}{SITE}",
                head + with_headers(chunk) + pager,
                kind,
            )

        paged(pages, nth, items, PER, render)

    lister(f"{BLOG}/", posts, "index")
    pages["/"] = pages[f"{BLOG}/"]
    for c, items in by_key(posts, lambda p: p.section).items():
        lister(cat_url(c), items, "archive", CATS[c])
    for (y, m), items in by_month(posts).items():
        path = f"{BLOG}/{y}/{m:02d}/index.html"
        pages[path] = html(
            shell(
                f"{MONTHS[m - 1]} {y} - {SITE}",
                f'<h2 class="archive-header">{MONTHS[m - 1]} {y}</h2>\n' + with_headers(items),
                "archive",
            )
        )
    rows = "".join(
        f'<li class="archive-list-item"><a href="{base}{BLOG}/{y}/{m:02d}/index.html">{MONTHS[m - 1]} {y}</a> ({len(items)})</li>'
        for (y, m), items in by_month(posts).items()
    )
    pages[f"{BLOG}/archives.html"] = html(
        shell(
            f"Archives - {SITE}",
            f'<h2 class="archive-header">Archives</h2><div class="archive-content"><ul class="archive-list">{rows}</ul></div>',
            "archive",
        )
    )
    pages[f"{BLOG}/amdanom-ni.html"] = html(
        shell(
            f"Amdanom ni - {SITE}",
            '<div class="entry page"><h3 class="entry-header">Amdanom ni</h3><div class="entry-content"><div class="entry-body"><p>Dau gymydog sy\'n dilyn cyfarfodydd y cyngor ac yn ysgrifennu amdanynt yn Gymraeg.</p></div></div></div>',
            "page",
        )
    )
    recent = posts[:20]
    entries = "".join(
        f'<entry><title>{escape(p.title)}</title><link rel="alternate" type="text/html" href="{base}{url[p.idx]}" />'
        f"<id>tag:typepad.com,2003:post-{eid[p.idx]}</id><published>{p.published.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</published>"
        f"<updated>{p.published.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</updated><summary>{escape(p.paras[0])}</summary>"
        f'<author><name>{AUTHORS[p.author]}</name></author><category scheme="http://www.sixapart.com/ns/types#category" term="{CATS[p.section]}" />'
        f'<content type="html" xml:lang="cy-GB" xml:base="{base}{BLOG}/">{escape("".join(f"<p>{x}</p>" for x in p.paras))}</content></entry>'
        for p in recent
    )
    pages[f"{BLOG}/atom.xml"] = xml(
        f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0"><title>{SITE}</title>'
        f'<link rel="self" type="application/atom+xml" href="{base}{BLOG}/atom.xml" /><link rel="alternate" type="text/html" href="{base}{BLOG}/" />'
        f'<id>tag:typepad.com,2003:weblog-1362412</id><updated>{recent[0].published.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</updated><generator uri="http://www.typepad.com/">TypePad</generator>{entries}</feed>',
        "application/atom+xml",
    )
    items = "".join(
        f"<item><title>{escape(p.title)}</title><link>{base}{url[p.idx]}</link><description>{escape(p.paras[0])}</description>"
        f"<pubDate>{format_datetime(p.published.astimezone(UTC), usegmt=True)}</pubDate><category>{CATS[p.section]}</category><dc:creator>{AUTHORS[p.author]}</dc:creator></item>"
        for p in recent
    )
    pages[f"{BLOG}/rss.xml"] = xml(
        f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{SITE}</title><link>{base}{BLOG}/</link><description>Newyddion a chlecs o Gwm Rhondda</description><language>cy-GB</language>{items}</channel></rss>',
        "application/rss+xml",
    )
    return site_from(NAME, posts, lambda p: url[p.idx], pages, twins)
