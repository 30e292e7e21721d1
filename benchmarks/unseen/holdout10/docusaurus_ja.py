"""A Docusaurus 2 blog used as a local news site, ja, Asia/Tokyo.

Followed: facebook/docusaurus `packages/docusaurus-theme-classic/src/theme/`: `BlogPostItem`
(`<article itemprop="blogPost">`, `BlogPostItem/Header/Title` h1/h2 `title_f1Hy` with `itemprop=headline`,
`Header/Info` (`<time dateTime itemProp="datePublished">` holding the UTC ISO instant, formattedDate
from Intl.DateTimeFormat with timeZone UTC, " · 約N分" reading time), `Header/Author(s)` avatar cards,
`BlogPostItem/Content` (`markdown` with `itemprop=articleBody`, `#__blog-post-container` on the
post page), `Footer` (TagsListInline, EditThisPage "このページを編集", ReadMoreLink "続きを読む" when the
post has a `<!--truncate-->` marker and is in a list)), `BlogListPage` (10 per page, whole post
content above the marker, or the whole post when it has none) with `BlogListPaginator`
(`/blog/page/N`), `BlogTagsPostsPage` (`/blog/tags/x`, paginated), `BlogTagsListPage`,
`BlogArchivePage` (`/blog/archive`), `BlogSidebar` ("最近の投稿", 5 items), `BlogPostPaginator`
(新しい記事 / 過去の記事), the classic navbar/footer, and `plugin-content-blog`'s RSS/Atom feeds
(`/blog/rss.xml`, `/blog/atom.xml`, 20 items). Permalinks take the date from the file name (the
author's local day), while the shown date is the UTC one. The sitemap plugin is switched off.
"""

from __future__ import annotations

from datetime import UTC
from html import escape

from benchmarks.unseen.common import atom, by_key, html, make_posts, paged, rss, site_from

NAME = "docusaurus_ja"
SITE = "まちかど通信"
TAGS = {
    "shigikai": "市議会",
    "kotsu": "交通",
    "kyoiku": "教育",
    "saikaihatsu": "再開発",
    "yosan": "予算",
}
AUTHORS = {
    "tanaka": ("田中 由紀", "市政担当記者", "https://github.com/ytanaka"),
    "sato": ("佐藤 健一", "交通・まちづくり担当", "https://github.com/ksato"),
    "henshubu": ("編集部", "まちかど通信 編集部", "https://github.com/machikado-news"),
}
REPO = "https://github.com/machikado-news/machikado-news.github.io"


def jday(d) -> str:
    """formattedDate: `2017年3月4日`, computed in UTC as the theme does."""
    u = d.astimezone(UTC)
    return f"{u.year}年{u.month}月{u.day}日"


def build(base: str):
    """All pages and the ground truth."""
    names = {v[0]: k for k, v in AUTHORS.items()}
    posts = make_posts(
        10505, "ja", 31, "Asia/Tokyo", list(TAGS), [v[0] for v in AUTHORS.values()], list(TAGS)
    )
    for p in posts:
        p.tags = sorted({p.section, *p.tags[:1]})
    url = {p.idx: f"/blog/{p.published:%Y/%m/%d}/{p.section}-{p.idx:02d}" for p in posts}
    fname = {p.idx: f"{p.published:%Y-%m-%d}-{p.section}-{p.idx:02d}.md" for p in posts}
    full = {p.idx for p in posts if p.idx % 6 == 0}  # written without a <!--truncate--> marker

    def iso(d):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def minutes(p):
        return max(1, round(sum(len(x) for x in p.paras) / 500))

    def shell(title, main, head="", cls="blog-wrapper blog-list-page"):
        return f"""<!doctype html>
<html lang="ja" dir="ltr" class="{cls} plugin-blog plugin-id-default" data-has-hydrated="false">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v2.4.1">
<title data-rh="true">{escape(title)} | {SITE}</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1"><meta data-rh="true" name="twitter:card" content="summary_large_image"><meta data-rh="true" property="og:locale" content="ja"><meta data-rh="true" name="docusaurus_locale" content="ja"><meta data-rh="true" name="docusaurus_tag" content="default"><link data-rh="true" rel="icon" href="/img/favicon.ico">{head}<link rel="alternate" type="application/rss+xml" href="/blog/rss.xml" title="{SITE} RSS Feed">
<link rel="alternate" type="application/atom+xml" href="/blog/atom.xml" title="{SITE} Atom Feed"><link rel="stylesheet" href="/assets/css/styles.8d2f7c1e.css">
<link rel="preload" href="/assets/js/runtime~main.5b1c8e2a.js" as="script">
<link rel="preload" href="/assets/js/main.a3f9d0c4.js" as="script">
</head>
<body class="navigation-with-keyboard">
<script>!function(){{function t(t){{document.documentElement.setAttribute("data-theme",t)}}var e=function(){{var t=null;try{{t=localStorage.getItem("theme")}}catch(t){{}}return t}}();t(null!==e?e:"light")}}()</script><div id="__docusaurus">
<div role="region" aria-label="メインコンテンツまでスキップ"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">メインコンテンツまでスキップ</a></div><nav aria-label="メイン" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><button aria-label="ナビゲーションバーを開く" aria-expanded="false" class="navbar__toggle clean-btn" type="button"></button><a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="{SITE}" class="themedImage_ToTc themedImage--light_HNdA"></div><b class="navbar__title text--truncate">{SITE}</b></a><a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/blog">ニュース</a><a class="navbar__item navbar__link" href="/blog/tags">タグ</a><a class="navbar__item navbar__link" href="/blog/archive">アーカイブ</a><a class="navbar__item navbar__link" href="/about">このサイトについて</a></div><div class="navbar__items navbar__items--right"><a href="{REPO}" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link">GitHub</a><div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP toggleButtonDisabled_aARS" type="button" disabled="" title="ダークモードとライトモードを切り替える(現在はライトモード)" aria-label="ダークモードとライトモードを切り替える(現在はライトモード)" aria-live="polite"></button></div></div></div><div role="presentation" class="navbar-sidebar__backdrop"></div></nav><div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0">
{main}
</div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links"><div class="col footer__col"><div class="footer__title">ニュース</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="/blog">最新記事</a></li><li class="footer__item"><a class="footer__link-item" href="/blog/archive">アーカイブ</a></li></ul></div><div class="col footer__col"><div class="footer__title">購読</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="/blog/rss.xml">RSS</a></li><li class="footer__item"><a href="https://twitter.com/machikado_news" target="_blank" rel="noopener noreferrer" class="footer__link-item">Twitter</a></li></ul></div><div class="col footer__col"><div class="footer__title">その他</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="/about">このサイトについて</a></li><li class="footer__item"><a href="{REPO}" target="_blank" rel="noopener noreferrer" class="footer__link-item">GitHub</a></li></ul></div></div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2017 まちかど通信編集部. Built with Docusaurus.</div></div></div></footer></div>
<script src="/assets/js/runtime~main.5b1c8e2a.js"></script>
<script src="/assets/js/main.a3f9d0c4.js"></script>
</body>
</html>"""

    def sidebar():
        items = "".join(
            f'<li class="sidebarItem__DBe"><a class="sidebarItemLink_mo7H" href="{url[q.idx]}">{escape(q.title)}</a></li>'
            for q in posts[:5]
        )
        return f'<aside class="col col--3"><nav class="sidebar_re4s thin-scrollbar" aria-label="最近のブログ記事のナビゲーション"><div class="sidebarItemTitle_pO2u margin-bottom--md">最近の投稿</div><ul class="sidebarItemList_Yudw clean-list">{items}</ul></nav></aside>'

    def author_card(p):
        key = names[p.author]
        name, role, gh = AUTHORS[key]
        return f'<div class="margin-top--md margin-bottom--sm row"><div class="col col--6 authorCol_Hf19"><div class="avatar margin-bottom--sm"><a href="{gh}" target="_blank" rel="noopener noreferrer" class="avatar__photo-link"><img class="avatar__photo" src="{gh}.png" alt="{name}"></a><div class="avatar__intro" itemprop="author" itemscope="" itemtype="https://schema.org/Person"><div class="avatar__name"><a href="{gh}" target="_blank" rel="noopener noreferrer" itemprop="url"><span itemprop="name">{name}</span></a></div><small class="avatar__subtitle" itemprop="description">{role}</small></div></div></div></div>'

    def tags_inline(p):
        lis = "".join(
            f'<li class="tag_QGVx"><a class="tag_zVej tagRegular_sFm0" href="/blog/tags/{t}">{TAGS[t]}</a></li>'
            for t in p.tags
        )
        return f'<b>タグ:</b><ul class="tags_jXut padding--none margin-left--sm">{lis}</ul>'

    def item(p, page=False):
        h = "h1" if page else "h2"
        link = (
            escape(p.title)
            if page
            else f'<a itemprop="url" href="{url[p.idx]}">{escape(p.title)}</a>'
        )
        shown = p.paras if page or p.idx in full else p.paras[:1]
        content = "".join(f"<p>{escape(x)}</p>" for x in shown)
        if page:
            body = f'<div id="__blog-post-container" class="markdown" itemprop="articleBody">{content}</div>'
            foot = f'<footer class="row docusaurus-mt-lg blogPostFooterDetailsFull_mRVl"><div class="col">{tags_inline(p)}</div><div class="col margin-top--sm"><a href="{REPO}/edit/main/blog/{fname[p.idx]}" target="_blank" rel="noreferrer noopener" class="theme-edit-this-page"><svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"><g><path d="m34.5 11.7l-3 3.1-6.3-6.3 3.1-3q0.5-0.5 1.2-0.5t1.1 0.5l3.9 3.9q0.5 0.4 0.5 1.1t-0.5 1.2z"></path></g></svg>このページを編集</a></div></footer>'
        else:
            body = f'<div class="markdown" itemprop="articleBody">{content}</div>'
            more = (
                ""
                if p.idx in full
                else f'<div class="col text--right col--3"><a aria-label="「{escape(p.title)}」についてもっと読む" href="{url[p.idx]}"><b>続きを読む</b></a></div>'
            )
            foot = f'<footer class="row docusaurus-mt-lg"><div class="col{"" if p.idx in full else " col--9"}">{tags_inline(p)}</div>{more}</footer>'
        return f"""<article class="{"" if page else "margin-bottom--xl"}" itemprop="blogPost" itemscope="" itemtype="http://schema.org/BlogPosting"><header><{h} class="title_f1Hy" itemprop="headline">{link}</{h}><div class="container_mt6G margin-vert--md"><time datetime="{iso(p.published)}" itemprop="datePublished">{jday(p.published)}</time> · 約{minutes(p)}分</div>{author_card(p)}</header>{body}{foot}</article>"""

    def post_page(p):
        i = posts.index(p)
        newer = posts[i - 1] if i else None
        older = posts[i + 1] if i + 1 < len(posts) else None
        nav = (
            f'<a class="pagination-nav__link pagination-nav__link--prev" href="{url[newer.idx]}"><div class="pagination-nav__sublabel">新しい記事</div><div class="pagination-nav__label">{escape(newer.title)}</div></a>'
            if newer
            else ""
        ) + (
            f'<a class="pagination-nav__link pagination-nav__link--next" href="{url[older.idx]}"><div class="pagination-nav__sublabel">過去の記事</div><div class="pagination-nav__label">{escape(older.title)}</div></a>'
            if older
            else ""
        )
        main = f'<div class="container margin-vert--lg"><div class="row">{sidebar()}<main class="col col--7" itemscope="" itemtype="http://schema.org/Blog">{item(p, True)}<nav class="pagination-nav docusaurus-mt-lg" aria-label="ブログ記事のナビゲーション">{nav}</nav></main></div></div>'
        head = (
            f'<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="article:published_time" content="{p.published.isoformat()}">'
            f'<meta data-rh="true" name="description" content="{escape(p.paras[0][:120])}"><link data-rh="true" rel="canonical" href="{base}{url[p.idx]}">'
            + "".join(
                f'<meta data-rh="true" property="article:tag" content="{TAGS[t]}">' for t in p.tags
            )
        )
        return shell(p.title, main, head, "blog-wrapper blog-post-page")

    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(post_page(p))

    def list_pages(path0, heading, items, cls, nth_fmt):
        def nth(k):
            return path0 if not k else nth_fmt.format(path0=path0, n=k + 1)

        def render(chunk, k, n):
            nav = (
                f'<a class="pagination-nav__link pagination-nav__link--prev" href="{nth(k - 1)}"><div class="pagination-nav__label">« 新しい記事</div></a>'
                if k
                else ""
            ) + (
                f'<a class="pagination-nav__link pagination-nav__link--next" href="{nth(k + 1)}"><div class="pagination-nav__label">過去の記事 »</div></a>'
                if k + 1 < n
                else ""
            )
            top = (
                f'<header class="margin-bottom--xl"><h1>{heading}</h1><a href="/blog/tags">すべてのタグを見る</a></header>'
                if heading
                else ""
            )
            main = f'<div class="container margin-vert--lg"><div class="row">{sidebar()}<main class="col col--7" itemscope="" itemtype="http://schema.org/Blog">{top}{"".join(item(q) for q in chunk)}<nav class="pagination-nav" aria-label="ブログ記事一覧のナビゲーション">{nav}</nav></main></div></div>'
            return shell(
                (heading or "ニュース") + (f" - {k + 1}ページ目" if k else ""),
                main,
                f'<link data-rh="true" rel="canonical" href="{base}{nth(k)}">',
                cls,
            )

        paged(pages, nth, items, 10, render)

    list_pages("/blog", "", posts, "blog-wrapper blog-list-page", "{path0}/page/{n}")
    tagged = by_key(posts, lambda p: p.tags)
    for t, items in tagged.items():
        list_pages(
            f"/blog/tags/{t}",
            f"「{TAGS[t]}」タグの記事が{len(items)}件あります",
            items,
            "blog-wrapper blog-tags-post-list-page",
            "{path0}/page/{n}",
        )
    tag_list = "".join(
        f'<li class="tag_Nnez"><a class="tag_zVej tagWithCount_h2kH" href="/blog/tags/{t}">{TAGS[t]}<span>{len(items)}</span></a></li>'
        for t, items in sorted(tagged.items())
    )
    pages["/blog/tags"] = html(
        shell(
            "タグ",
            f'<div class="container margin-vert--lg"><div class="row">{sidebar()}<main class="col col--7"><h1>タグ</h1><section class="margin-vert--lg"><article><h2 id="tags">全タグ</h2><ul class="padding--none">{tag_list}</ul><hr></article></section></main></div></div>',
            "",
            "blog-wrapper blog-tags-list-page",
        )
    )
    rows = "".join(
        f'<li><a href="{url[q.idx]}">{q.published.astimezone(UTC):%m/%d} - {escape(q.title)}</a></li>'
        for q in posts
    )
    pages["/blog/archive"] = html(
        shell(
            "アーカイブ",
            f'<header class="hero hero--primary"><div class="container"><h1 class="hero__title">アーカイブ</h1><p class="hero__subtitle">アーカイブ</p></div></header><main><section class="margin-vert--lg"><div class="container"><div class="row"><div class="col col--4 margin-vert--lg"><h3>2017</h3><ul>{rows}</ul></div></div></div></section></main>',
            "",
            "blog-wrapper blog-archive-page",
        )
    )
    pages["/"] = html(
        shell(
            SITE,
            f'<header class="hero hero--primary heroBanner_qdFl"><div class="container"><h1 class="hero__title">{SITE}</h1><p class="hero__subtitle">市政・交通・教育 ― 地域のニュースを毎日</p><div class="buttons_AeoN"><a class="button button--secondary button--lg" href="/blog">最新のニュースを読む</a></div></div></header><main><section class="features_t9lD"><div class="container"><div class="row"><div class="col col--4"><h3>市議会を追う</h3><p>議会の審議や予算の動きをわかりやすく伝えます。</p></div><div class="col col--4"><h3>まちの変化</h3><p>再開発や交通の計画を現場から取材します。</p></div><div class="col col--4"><h3>読者とともに</h3><p>情報提供は編集部までお寄せください。</p></div></div></div></section></main>',
            "",
            "plugin-pages plugin-id-default",
        )
    )
    pages["/about"] = html(
        shell(
            "このサイトについて",
            '<main class="container container--fluid margin-vert--lg"><div class="row mdxPageWrapper_j9I6"><div class="col col--8"><h1>このサイトについて</h1><p>まちかど通信は、市民記者と編集部が運営する地域ニュースサイトです。記事は GitHub で管理しています。</p></div></div></main>',
            "",
            "plugin-pages plugin-id-default",
        )
    )
    feed_items = [(url[p.idx], p) for p in posts[:20]]
    pages["/blog/rss.xml"] = rss(base, f"{SITE} Blog", feed_items, "ja")
    pages["/blog/atom.xml"] = atom(base, f"{SITE} Blog", feed_items)
    return site_from(NAME, posts, lambda p: url[p.idx], pages)
