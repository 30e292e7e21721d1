"""VuePress 1.x static output with @vuepress/theme-blog: a Mongolian provincial news blog.

Followed: the server-rendered HTML of VuePress 1 (`<div id="app" data-server-rendered="true">`,
preload/prefetch links, `generator` meta) and @vuepress/theme-blog's components: `GlobalLayout`
(`#vuepress-theme-blog__global-layout`, `#header` with `nav-link`s and search box, `#mobile-header`,
footer `contact` / `copyright` lists), `Post.vue` (`vuepress-blog-theme-content` article with
`post-title`, `PostMeta` = `post-meta-author`, `post-meta-date` `<time pubdate itemprop="datePublished">`
showing dayjs' default 'ddd MMM DD YYYY' as rendered on the UTC build machine, `post-meta-tags`),
`content__default`, the mailchimp `newsletter` box and Disqus comments; `BaseListLayout` (`ui-posts`
/ `ui-post` with `ui-post-summary`, `ui-post-author`, `ui-post-date`, `ui-post-tag`) with
`SimplePagination` (`/page/N/`, `/tag/<x>/page/N/`), the `/tag/` index; @vuepress/plugin-blog's
`/:year/:month/:day/:slug/` permalinks (the date taken on the UTC build machine) and the static
host's `index.html` twins. No feed or sitemap plugin is configured.
"""
# ruff: noqa: RUF001

from __future__ import annotations

from datetime import UTC
from html import escape

from benchmarks.unseen.common import by_key, html, make_posts, paged, site_from
from benchmarks.unseen.holdout14 import latin_slug

NAME = "vuepress_mn"
SITE = "Орон нутгийн мэдээ"
TAGS = {"khot": "хот", "teever": "тээвэр", "eruul-mend": "эрүүл мэнд", "barilga": "барилга"}
AUTHORS = ["Б. Болд", "Д. Сарангэрэл", "Г. Тэмүүлэн"]
PER = 8


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1406, "mn", 32, "Asia/Ulaanbaatar", list(TAGS), AUTHORS, ["x"])
    seen: set[str] = set()
    slug = {}
    for p in sorted(posts, key=lambda q: q.idx):
        s = latin_slug(p.title, 50)
        while s in seen:
            s += "-2"
        seen.add(s)
        slug[p.idx] = s
    url = {p.idx: f"/{p.published.astimezone(UTC):%Y/%m/%d}/{slug[p.idx]}/" for p in posts}

    def shown(d):
        return d.astimezone(UTC).strftime("%a %b %d %Y")

    def fm_date(d):
        return d.isoformat()

    def shell(title, layout, main, head=""):
        nav = "".join(
            f'<li class="nav-item"><a href="{h}" class="nav-link">{t}</a></li>'
            for h, t in (("/", "Нүүр"), ("/tag/", "Шошго"), ("/about/", "Бидний тухай"))
        )
        return f"""<!DOCTYPE html>
<html lang="mn-MN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>{escape(title)}</title>
    <meta name="generator" content="VuePress 1.4.1">{head}
    <link rel="preload" href="/assets/css/0.styles.7f3a2c1e.css" as="style"><link rel="preload" href="/assets/js/app.4b8e21d0.js" as="script"><link rel="prefetch" href="/assets/js/10.9c1d2e3f.js">
    <link rel="stylesheet" href="/assets/css/0.styles.7f3a2c1e.css">
  </head>
  <body>
    <div id="app" data-server-rendered="true"><div id="vuepress-theme-blog__global-layout"><section id="header-wrapper"><header id="header"><div class="header-wrapper"><div class="title"><a href="/" class="nav-link home-link router-link-active">{SITE} </a></div> <div class="header-right-wrap"><ul class="nav">{nav}</ul> <div class="search-box"><input aria-label="Search" autocomplete="off" spellcheck="false" value=""> <!----></div></div></div></header></section> <div id="mobile-header"><div class="mobile-header-bar"><div class="mobile-header-title"><a href="/" class="nav-link mobile-home-link router-link-active">{SITE} </a> <svg class="feather feather-menu"></svg></div></div></div> <div class="content-wrapper"><div id="vuepress-theme-blog__{layout}">{main}</div></div> <footer class="footer"><div class="footer-left-wrap"><ul class="contact"><li class="contact-item"><a href="https://www.facebook.com/orontnutgiinmedee" target="_blank" rel="noopener noreferrer" class="nav-link external">Facebook</a></li><li class="contact-item"><a href="mailto:medee@example.mn" class="nav-link external">Имэйл</a></li></ul></div> <div class="footer-right-wrap"><ul class="copyright"><li class="copyright-item"><a href="/about/" class="nav-link">© 2017 {SITE}</a></li><li class="copyright-item"><a href="https://vuepress.vuejs.org" target="_blank" rel="noopener noreferrer" class="nav-link external">Powered by VuePress</a></li></ul></div></footer> <div class="cookie-notice"><p>Энэ сайт күүки ашигладаг. <a href="/about/#kuuki">Дэлгэрэнгүй</a></p><button>Зөвшөөрөх</button></div></div><div class="global-ui"></div></div>
    <script src="/assets/js/app.4b8e21d0.js" defer></script><script src="/assets/js/10.9c1d2e3f.js" defer></script>
  </body>
</html>"""

    def meta_tags(q, cls):
        return f'<a href="/tag/{q.section}/" class="{cls}">{TAGS[q.section]}</a>'

    def article(p):
        main = f"""<article itemscope="itemscope" itemtype="https://schema.org/BlogPosting" class="vuepress-blog-theme-content"><header><h1 itemprop="name headline" class="post-title">{escape(p.title)}</h1> <div class="post-meta"><div itemprop="publisher author" itemtype="http://schema.org/Person" itemscope="itemscope" class="post-meta-author"><svg class="feather feather-navigation"></svg> <span itemprop="name">{escape(p.author)}</span> <span itemprop="address">   in Улаанбаатар</span></div> <div class="post-meta-date"><svg class="feather feather-clock"></svg> <time pubdate itemprop="datePublished" datetime="{fm_date(p.published)}">{shown(p.published)}</time></div> <ul itemprop="keywords" class="post-meta-tags">{meta_tags(p, "post-tag")}</ul></div></header> <div itemprop="articleBody" class="content__default">{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}</div> <footer><div class="newsletter"><h3 class="title">Шинэ мэдээг имэйлээр авах</h3> <p>Долоо хоног бүрийн тойм мэдээг таны имэйл рүү илгээнэ.</p> <form class="newsletter__wrap"><input aria-label="Email" name="email" type="email" placeholder="Имэйл хаяг" class="newsletter__input"> <button type="submit" class="newsletter__button">Бүртгүүлэх</button></form></div> <hr> <div id="disqus_thread"></div></footer></article>"""
        head = f'\n    <meta name="description" content="{escape(p.paras[0][:160])}">\n    <meta property="og:type" content="article"><meta property="og:title" content="{escape(p.title)}">'
        return shell(f"{p.title} | {SITE}", "post-layout", main, head)

    pages: dict = {}
    for p in posts:
        page = html(article(p))
        pages[url[p.idx]] = page
        pages[url[p.idx] + "index.html"] = page

    def ui_post(q):
        summary = q.paras[0][:200].rsplit(" ", 1)[0] + " ..."
        return f"""<div itemprop="blogPost" itemscope="itemscope" itemtype="https://schema.org/BlogPosting" class="ui-post"><meta itemprop="mainEntityOfPage" content="{base}{url[q.idx]}"> <header itemprop="name headline" class="ui-post-title"><a href="{url[q.idx]}">{escape(q.title)}</a></header> <p itemprop="description" class="ui-post-summary">{escape(summary)}</p> <footer><div itemprop="publisher author" itemtype="http://schema.org/Person" itemscope="itemscope" class="ui-post-meta ui-post-author"><svg class="feather feather-navigation"></svg> <span itemprop="name">{escape(q.author)}</span> <span itemprop="address">   in Улаанбаатар</span></div> <div class="ui-post-meta ui-post-date"><svg class="feather feather-clock"></svg> <time pubdate itemprop="datePublished" datetime="{fm_date(q.published)}">{shown(q.published)}</time></div> <div class="ui-post-meta ui-post-tag"><svg class="feather feather-tag"></svg> {meta_tags(q, "")}</div></footer></div>"""

    def lister(path, items, heading=""):
        def nth(k):
            return path if not k else f"{path}page/{k + 1}/"

        def render(chunk, k, n):
            prev = f'<a href="{nth(k - 1)}" class="prev">Өмнөх</a>' if k else ""
            nxt = f'<a href="{nth(k + 1)}" class="next">Дараах</a>' if k + 1 < n else ""
            title = f'<h1 class="tag-title">#{escape(heading)}</h1>' if heading else ""
            main = f'{title}<div itemscope="itemscope" itemtype="http://schema.org/Blog" class="ui-posts">{"".join(ui_post(q) for q in chunk)}</div> <div class="pagination"><nav class="simple-pagination">{prev} {nxt}</nav></div>'
            return shell(f"{heading + ' | ' if heading else ''}{SITE}", "layout", main)

        paged(pages, nth, items, PER, render)

    lister("/", posts)
    by_tag = by_key(posts, lambda p: p.section)
    for t, items in by_tag.items():
        lister(f"/tag/{t}/", items, TAGS[t])
    tags = "".join(
        f'<li class="vuepress-blog-theme-tag"><a href="/tag/{t}/">{TAGS[t]} <span class="post-count">{len(v)}</span></a></li>'
        for t, v in by_tag.items()
    )
    pages["/tag/"] = html(
        shell(
            f"Шошго | {SITE}",
            "layout",
            f'<ul id="default-layout" class="vuepress-blog-theme-tags">{tags}</ul>',
        )
    )
    about = '<div class="content__default"><h1 id="bidnii-tukhai"><a href="#bidnii-tukhai" class="header-anchor">#</a> Бидний тухай</h1> <p>Орон нутгийн мэдээ нь аймаг, хотуудын иргэдийн хурал, бүтээн байгуулалтын мэдээг хүргэдэг сайн дурын блог юм.</p> <h2 id="kuuki"><a href="#kuuki" class="header-anchor">#</a> Күүки</h2> <p>Бид зөвхөн хандалтын статистикт күүки ашигладаг.</p></div>'
    pages["/about/"] = html(shell(f"Бидний тухай | {SITE}", "layout", about))
    return site_from(
        NAME, posts, lambda p: url[p.idx], pages, lambda p: [url[p.idx] + "index.html"]
    )
