"""A Blogger blog on a Contempo-style theme: microformats, Atom/RSS feeds, widgets, ?m=1."""

from __future__ import annotations

from tests.heldout.common import (
    Built,
    Post,
    e,
    expected,
    html,
    make_posts,
    sitemapindex,
    text,
    urlset,
    xml,
)
from tests.heldout.server import Resp

NAME = "Hillcrest Notebook"
SPECS = [
    (
        "first-frost-on-the-allotment",
        "First frost on the allotment",
        "2026-11-02T07:30:00-08:00",
        "winter garden",
    ),
    (
        "the-bakery-on-mill-lane-reopens",
        "The bakery on Mill Lane reopens",
        "2026-11-02T16:10:00-08:00",
        "bakery reopening",
    ),
    (
        "notes-from-the-parish-meeting",
        "Notes from the parish meeting (long!)",
        "2026-11-02T22:45:00-08:00",
        "parish road plan",
    ),
    (
        "why-the-creek-path-floods",
        "Why the creek path floods every November",
        "2026-11-03T12:00:00-08:00",
        "creek path drainage",
    ),
    (
        "a-walk-to-the-old-quarry",
        "A walk to the old quarry",
        "2026-11-03T18:25:00-08:00",
        "quarry trail",
    ),
    (
        "recipe-pumpkin-and-sage-soup",
        "Recipe: pumpkin & sage soup",
        "2026-11-04T09:40:00-08:00",
        "harvest supper",
    ),
    (
        "library-book-sale-haul",
        "Library book sale haul",
        "2026-11-04T23:55:00-08:00",
        "book sale fundraiser",
    ),
]
BOILER = [
    "Read also:",
    "If you enjoyed this post",
    "Get link",
    "Other Apps",
    "Labels:",
    "Post a Comment",
    "Please be kind",
    "Popular posts from this blog",
    "Powered by Blogger",
    "Report Abuse",
    "Newer Post",
    "Lovely write-up, Jo",
]


def _shell(
    title: str, url: str, desc: str, main: str, base: str, posts: list[tuple[Post, str]], kind: str
) -> str:
    popular = "".join(
        f"""<article class='post' role='article'><h3 class='post-title'><a href='{u}'>{e(p.title)}</a></h3>
<div class='post-header'><div class='post-header-line-1'><span class='byline post-timestamp'><a class='timestamp-link' href='{u}' rel='bookmark' title='permanent link'><time class='published' datetime='{p.published.isoformat()}' title='{p.published.isoformat()}'>{p.published:%B %d, %Y}</time></a></span></div></div>
<div class='item-content float-container'><div class='popular-posts-snippet snippet-container r-snippet-container'><div class='snippet-item r-snippetized'>{e(p.excerpt)}</div></div><div class='jump-link flat-button ripple'><a href='{u}' title='{e(p.title)}'>Read more</a></div></div></article>"""
        for p, u in posts[:2]
    )
    labels = sorted({t for p, _ in posts for t in p.tags})
    label_links = "".join(
        f"<li><a class='label-name' href='{base}/search/label/{t.title()}'>{t.title()}</a></li>"
        for t in labels
    )
    return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en'>
<head>
<meta content='width=device-width, initial-scale=1' name='viewport'/>
<title>{e(title)}</title>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{base}/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{url}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="{NAME} - Atom" href="{base}/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="{NAME} - RSS" href="{base}/feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="{NAME} - Atom" href="https://www.blogger.com/feeds/7301955/posts/default" />
<link href='{url}?m=1' media='only screen and (max-width: 640px)' rel='alternate'/>
<meta content='{e(desc)}' name='description'/>
<meta content='{url}' property='og:url'/>
<meta content='{e(title.split(": ", 1)[-1])}' property='og:title'/>
<meta content='{e(desc)}' property='og:description'/>
<style>body{{font:15px Roboto, sans-serif}} .post-body{{line-height:1.6}}</style>
</head>
<body class='version-1-3-3 variant-indie_light {kind}'>
<a class='skip-navigation' href='#main' tabindex='0'>Skip to main content</a>
<div class='page'><div class='bg-photo-overlay'></div><div class='bg-photo-container'><div class='bg-photo'></div></div>
<div class='page_body'><div class='centered'>
<header class='centered-top-container' role='banner'><div class='centered-top'>
<div class='section' id='header'><div class='widget Header' data-version='2' id='Header1'><div class='header-widget'><div><h1><a href='{base}/'>{NAME}</a></h1></div><p>Small-town notes, recipes and walks.</p></div></div></div>
<nav role='navigation'><div class='widget PageList' data-version='2' id='PageList2'><div class='widget-content'><div class='overflowable-container'><ul><li class='overflowable-item'><a href='{base}/'>Home</a></li><li class='overflowable-item'><a href='{base}/p/about.html'>About me</a></li><li class='overflowable-item'><a href='{base}/p/contact.html'>Contact</a></li></ul></div></div></div></nav>
</div></header>
<div class='centered-bottom'><main class='main-container' id='main' role='main' tabindex='-1'>
<div class='main section' id='page_body' name='Page body'><div class='widget Blog' data-version='2' id='Blog1'>
{main}
</div></div></main>
<aside class='sidebar-container container sidebar-invisible' role='complementary'><div class='sidebar_bottom section' id='sidebar_bottom'>
<div class='widget PopularPosts' data-version='2' id='PopularPosts1'><h3 class='title'>Popular posts from this blog</h3><div class='widget-content'><div role='feed'>{popular}</div></div></div>
<div class='widget Label' data-version='2' id='Label1'><h3 class='title'>Labels</h3><div class='widget-content list-label-widget-content'><ul>{label_links}</ul></div></div>
<div class='widget BlogArchive' data-version='2' id='BlogArchive1'><details class='collapsible extendable'><summary><div class='collapsible-title'><h3 class='title'>Archive</h3></div></summary><div class='widget-content'><ul class='hierarchy'><li class='archivedate'><a class='post-count-link' href='{base}/2026/11/'>November 2026</a><span class='post-count'>{len(posts)}</span></li></ul></div></details></div>
<div class='widget Profile' data-version='2' id='Profile1'><h3 class='title'>About me</h3><div class='widget-content'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/04811' rel='author'>Jo Whitcombe</a><div class='profile-textblock'>Retired teacher, keen gardener, occasional baker. Writing about Hillcrest since 2011.</div><a class='profile-link visit-profile' href='https://www.blogger.com/profile/04811'>Visit profile</a></div></div>
<div class='widget ReportAbuse' data-version='2' id='ReportAbuse1'><h3 class='title'><a class='report_abuse' href='https://www.blogger.com/go/report-abuse' rel='noopener nofollow' target='_blank'>Report Abuse</a></h3></div>
</div></aside></div>
<footer class='footer section' id='footer'><div class='widget Attribution' data-version='2' id='Attribution1'><div class='widget-content'><div class='blogger'><a href='https://www.blogger.com' rel='nofollow'>Powered by Blogger</a></div><div class='image-attribution'>Theme images by <a href='http://www.offset.com/photos/394244'>Michael Elkan</a></div></div></div></footer>
</div></div></div>
<script type='text/javascript' src='https://www.blogger.com/static/v1/widgets/1601900224-widgets.js'></script>
</body></html>"""


def _share(url: str, title: str, pid: int) -> str:
    items = "".join(
        f"<li><span aria-label='{t}' class='sharing-platform-button sharing-element-{c}' data-href='https://www.blogger.com/share-widget?blogId=7301955&url={url}&type={c}' data-url='{url}' role='menuitem' tabindex='-1' title='{t}'><svg class='svg-icon-24 touch-icon sharing-{c}'><use xlink:href='/responsive/sprite_v1_6.css.svg#ic_24_{c}_dark' xmlns:xlink='http://www.w3.org/1999/xlink'></use></svg><span class='platform-sharing-text'>{t}</span></span></li>"
        for t, c in [
            ("Get link", "link"),
            ("Facebook", "facebook"),
            ("X", "twitter"),
            ("Pinterest", "pinterest"),
            ("Email", "email"),
            ("Other Apps", "sharingOther"),
        ]
    )
    return f"""<div class='post-share-buttons post-share-buttons-bottom invisible'><div class='byline post-share-buttons goog-inline-block'><div aria-owns='sharing-popup-Blog1-byline-{pid}' class='sharing' data-title='{e(title)}'><button aria-controls='sharing-popup-Blog1-byline-{pid}' aria-label='Share' class='sharing-button touch-icon-button' id='sharing-button-Blog1-byline-{pid}' role='button'><div class='flat-icon-button ripple'><svg class='svg-icon-24'><use xlink:href='/responsive/sprite_v1_6.css.svg#ic_share_black_24dp' xmlns:xlink='http://www.w3.org/1999/xlink'></use></svg></div></button><div class='share-buttons-container'><ul aria-hidden='true' aria-label='Share' class='share-buttons hidden' id='sharing-popup-Blog1-byline-{pid}' role='menu'>{items}<li aria-hidden='true' class='hidden'><span aria-label='Share to other apps' data-url='{url}' role='menuitem' tabindex='-1' title='Share to other apps'><span class='platform-sharing-text'>Share to other apps</span></span></li></ul></div></div></div></div>"""


def _body(post: Post, other: tuple[Post, str]) -> str:
    oth, oth_url = other
    chunks = []
    for i, p in enumerate(post.paras):
        if i < 2:  # the Blogger editor writes <div>s and <br>s, not <p>s
            chunks.append(f"<div>{e(p)}</div><div><br /></div>")
        elif i == 2:
            chunks.append(
                f'<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29v/{post.key}.jpg" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="900" data-original-width="1200" height="300" src="https://blogger.googleusercontent.com/img/b/R29v/w400-h300/{post.key}.jpg" width="400" /></a></div>{e(p)}<br /><br />'
            )
        else:
            chunks.append(f"<p>{e(p)}</p>")
    chunks.append(f"<div><b>Read also:</b> <a href='{oth_url}?m=1'>{e(oth.title)}</a></div>")
    chunks.append(
        "<div><br /></div><div><i>If you enjoyed this post, share it with a friend and follow the blog for more notes from Hillcrest!</i></div>"
    )
    return "\n".join(chunks)


def _post(
    base: str, post: Post, url: str, pid: int, other: tuple[Post, str], newer: str | None
) -> str:
    pub = post.published.isoformat()
    labels = ", ".join(
        f"<a href='{base}/search/label/{t.title()}' rel='tag'>{t.title()}</a>" for t in post.tags
    )
    return f"""<div class='blog-posts hfeed container'>
<article class='post-outer-container'><div class='post-outer'><div class='post'>
<a name='{pid}'></a>
<h3 class='post-title entry-title'>{e(post.title)}</h3>
<div class='post-header'><div class='post-header-line-1'>
<span class='byline post-author vcard'><span class='byline-label'>By</span> <span class='fn'><meta content='https://www.blogger.com/profile/04811' /><a class='g-profile' href='https://www.blogger.com/profile/04811' rel='author' title='author profile'><span>{e(post.author)}</span></a></span></span>
<span class='byline post-timestamp'><meta content='{url}' /><a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><time class='published' datetime='{pub}' title='{pub}'>{post.published:%B %d, %Y}</time></a></span>
</div></div>
<div class='post-body-container'><div class='post-body entry-content float-container' id='post-body-{pid}'>
{_body(post, other)}
</div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-0'><span class='byline post-labels'><span class='byline-label'>Labels:</span> {labels}</span></div>
{_share(url, post.title, pid)}</div>
</div></div>
<section class='comments threaded' data-embed='true' data-num-comments='1' id='comments'><a name='comments'></a><h3 class='title'>Comments</h3>
<div class='comments-content'><div class='comment-thread toplevel-thread'><ol id='top-ra'><li class='comment' id='c{pid}9'><div class='avatar-image-container'><img src='//resources.blogblog.com/img/blank.gif' width='35' height='35' alt=''/></div><div class='comment-block'><div class='comment-header'><cite class='user'><a href='https://www.blogger.com/profile/0999' rel='nofollow'>Marion</a></cite><span class='icon user'></span><span class='datetime secondary-text'><a rel='nofollow' href='{url}?showComment=1762300000000#c{pid}9'>November 5, 2026 at 8:02 AM</a></span></div><p class='comment-content'>Lovely write-up, Jo. We walked the same way last spring.</p><span class='comment-actions secondary-text'><a class='comment-reply' target='_self' data-comment-id='{pid}9'>Reply</a><span class='item-control blog-admin blog-admin pid-1'><a target='_self' href='https://www.blogger.com/comment/delete/7301955/{pid}9'>Delete</a></span></span></div></li></ol></div></div>
<p class='comment-footer'></p><div class='comment-form'><a name='comment-form'></a><h4 id='comment-post-message'>Post a Comment</h4><p>Please be kind. Comments are moderated and appear after approval.</p><a href='https://www.blogger.com/comment/frame/7301955?po={pid}&hl=en' id='comment-editor-src'></a><iframe allowtransparency='allowtransparency' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe></div>
</section>
</article></div>
<div class='blog-pager container' id='blog-pager'>{f"<a class='blog-pager-newer-link flat-button ripple' href='{newer}' title='Newer Post'>Newer Post</a>" if newer else ""}<a class='blog-pager-older-link flat-button ripple' href='{other[1]}' title='Older Post'>Older Post</a><a class='home-link flat-button ripple' href='{base}/'>Home</a></div>"""


def _snippets(items: list[tuple[Post, str]], full: bool) -> str:
    out = []
    for p, u in items:
        body = (
            "".join(f"<p>{e(x)}</p>" for x in p.paras)
            if full
            else f"<div class='snippet-item r-snippetized'>{e(p.excerpt)}</div>"
        )
        out.append(f"""<article class='post-outer-container'><div class='post-outer'><div class='post'>
<h3 class='post-title entry-title'><a href='{u}'>{e(p.title)}</a></h3>
<div class='post-header'><span class='byline post-timestamp'><a class='timestamp-link' href='{u}' rel='bookmark'><time class='published' datetime='{p.published.isoformat()}'>{p.published:%B %d, %Y}</time></a></span></div>
<div class='container post-body entry-content'>{body}</div>
<div class='post-footer'><div class='jump-link flat-button'><a href='{u}#more' title='{e(p.title)}'>Read more &raquo;</a></div></div>
</div></div></article>""")
    return "<div class='blog-posts hfeed container'>" + "".join(out) + "</div>"


ABOUT = [
    "Hi, I'm Jo. I taught geography at Hillcrest Primary for thirty-one years and started this blog the winter I retired, mostly so my sister in Canada could see what the garden was doing.",
    "These days I write about the allotment, the walks around the ridge, village goings-on and whatever came out of the oven. Everything here is my own opinion and nobody pays me for it.",
    "Photos are mine unless it says otherwise; please ask before you reuse them. I read every comment, though it can take me a day or two to reply.",
]


def _atom(base: str, items: list[tuple[Post, str]]) -> str:
    entries = "".join(
        f"<entry><id>tag:blogger.com,1999:blog-7301955.post-{i}</id><published>{p.published.isoformat(timespec='milliseconds')}</published><updated>{p.published.isoformat(timespec='milliseconds')}</updated>"
        + "".join(
            f"<category scheme='http://www.blogger.com/atom/ns#' term='{t.title()}'/>"
            for t in p.tags
        )
        + f"<title type='text'>{e(p.title)}</title><content type='html'>{e(''.join(f'<p>{x}</p>' for x in p.paras))}</content>"
        f"<link rel='alternate' type='text/html' href='{u}' title='{e(p.title)}'/><author><name>{e(p.author)}</name></author></entry>"
        for i, (p, u) in enumerate(items)
    )
    return (
        "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/'>"
        f"<id>tag:blogger.com,1999:blog-7301955</id><updated>2026-11-05T08:00:00.000-08:00</updated><title type='text'>{NAME}</title>"
        f"<link rel='alternate' type='text/html' href='{base}/'/><link rel='self' type='application/atom+xml' href='{base}/feeds/posts/default'/>"
        f"<author><name>Jo Whitcombe</name></author><generator version='7.00' uri='https://www.blogger.com'>Blogger</generator>{entries}</feed>"
    )


def _rss(base: str, items: list[tuple[Post, str]]) -> str:
    from tests.heldout.common import rfc822

    rows = "".join(
        f"<item><guid isPermaLink='false'>tag:blogger.com,1999:blog-7301955.post-{i}</guid><pubDate>{rfc822(p.published)}</pubDate><title>{e(p.title)}</title><description>{e(''.join(f'<p>{x}</p>' for x in p.paras))}</description><link>{u}</link><author>noreply@blogger.com (Jo Whitcombe)</author></item>"
        for i, (p, u) in enumerate(items)
    )
    return f"<rss version='2.0'><channel><title>{NAME}</title><link>{base}/</link><description>Small-town notes</description>{rows}</channel></rss>"


def build(base: str) -> Built:
    posts = make_posts("blogger", SPECS)
    urls = {p.key: f"{base}/{p.published:%Y/%m}/{p.key}.html" for p in posts}
    newest = sorted(posts, key=lambda p: p.published, reverse=True)
    items = [(p, urls[p.key]) for p in newest]
    pages: dict[str, Resp] = {}
    arts = []
    for i, post in enumerate(newest):
        older = newest[(i + 1) % len(newest)]
        newer = urls[newest[i - 1].key] if i else None
        main = _post(base, post, urls[post.key], 4400 + i, (older, urls[older.key]), newer)
        page = _shell(
            f"{NAME}: {post.title}", urls[post.key], post.excerpt, main, base, items, "item-view"
        )
        pages[urls[post.key][len(base) :]] = html(page)
        arts.append(expected(urls[post.key], post, [*BOILER, older.excerpt]))
    pages["/"] = html(
        _shell(
            NAME,
            f"{base}/",
            "Small-town notes",
            _snippets(items[:4], False)
            + f"<div class='blog-pager' id='blog-pager'><a class='blog-pager-older-link' href='{base}/2026/11/'>More posts</a></div>",
            base,
            items,
            "feed-view",
        )
    )
    pages["/2026/11/"] = html(
        _shell(
            f"{NAME}: November 2026",
            f"{base}/2026/11/",
            "Archive",
            _snippets(items, True),
            base,
            items,
            "feed-view",
        )
    )
    for slug, title, paras in [
        ("about", "About me", ABOUT),
        (
            "contact",
            "Contact",
            [
                "You can reach me at jo.hillcrest@example.org. I try to answer within a week.",
                "I don't accept sponsored posts, guest posts or link exchanges, so please don't ask.",
            ],
        ),
    ]:
        main = (
            f"<div class='blog-posts hfeed container'><article class='post-outer-container'><div class='post-outer'><div class='post'><h3 class='post-title entry-title'>{title}</h3><div class='post-body entry-content float-container'>"
            + "".join(f"<p>{e(p)}</p>" for p in paras)
            + f"</div>{_share(f'{base}/p/{slug}.html', title, 9)}</div></div></article></div>"
        )
        pages[f"/p/{slug}.html"] = html(
            _shell(
                f"{NAME}: {title}", f"{base}/p/{slug}.html", title, main, base, items, "item-view"
            )
        )
    pages["/feeds/posts/default"] = xml(_atom(base, items), "application/atom+xml; charset=UTF-8")
    pages["/feeds/posts/default?alt=rss"] = xml(
        _rss(base, items), "application/rss+xml; charset=UTF-8"
    )
    pages["/robots.txt"] = text(
        f"User-agent: Mediapartners-Google\nDisallow: \n\nUser-agent: *\nDisallow: /search\nAllow: /\n\nSitemap: {base}/sitemap.xml\nSitemap: {base}/sitemap-pages.xml\n"
    )
    pages["/sitemap.xml"] = sitemapindex([f"{base}/sitemap.xml?page=1"])
    pages["/sitemap.xml?page=1"] = urlset([(u, p.published.isoformat()) for p, u in items])
    pages["/sitemap-pages.xml"] = urlset(
        [
            (f"{base}/p/about.html", "2024-02-11T10:00:00Z"),
            (f"{base}/p/contact.html", "2024-02-11T10:00:00Z"),
        ]
    )
    non = ["/", "/2026/11/", "/p/about.html", "/p/contact.html"]
    return Built("ho-blogger", pages, arts, [base + p for p in non])
