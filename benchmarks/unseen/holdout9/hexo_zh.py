"""Hexo 3.3 blog run as a city-news site on the NexT 5.1 theme (Muse scheme), zh-CN, Asia/Shanghai.

Followed: NexT `layout/_macro/post.swig` / `post.njk` (`article.post` > `post-block`, hidden
schema.org author, `post-header` with `h1.post-title` on a post and `h2` + `post-title-link` on
the index, `post-meta` items 发表于 / 更新于 / 分类于 with `<time datetime>` carrying +08:00,
comment count, busuanzi views, 字数统计 / 阅读时长; `post-body` `itemprop="articleBody"`;
`passage-end-tag`, `reward`, `post-copyright` (本文作者 / 本文链接 / 版权声明) after the body;
`post-footer` with `post-tags` and `post-nav` next/prev), `post-collapse.swig` for the
archive, category and tag pages, `layout/index.swig` (a post without `<!-- more -->` is shown
whole on the home page, the others as excerpt + 阅读全文), `_partials/pagination.swig`,
`_macro/sidebar.swig` (site overview with 日志 / 分类 / 标签 counts) and the footer's
"由 Hexo 强力驱动 | 主题 — NexT.Muse". Comments are Valine, rendered by script (no HTML).

Permalink `:year/:month/:day/:title/` with Chinese source file names, so paths are
percent-encoded UTF-8 (`url_for` encodes them), as are category and tag paths. Lists: `/page/N/`,
`/archives/` (+ year and month, `page/N/`), `/categories/…/`, `/tags/…/`, `/about/`. Discovery:
hexo-generator-sitemap `/sitemap.xml`, hexo-generator-baidu-sitemap `/baidusitemap.xml` and
hexo-generator-feed `/atom.xml` (20 entries).
"""
# ruff: noqa: RUF001  (CJK punctuation is the point here)

from __future__ import annotations

import random
import re
from datetime import timedelta
from html import escape
from urllib.parse import quote

from benchmarks.unseen.common import (
    atom,
    by_key,
    by_month,
    html,
    make_posts,
    paged,
    robots,
    site_from,
    sitemap,
)

NAME = "hexo_zh"
SITE = "城事速递"
AUTHOR = "林晓"
CATS = ["城建", "交通", "民生", "环保"]
TAGS = ["市政府", "预算", "地铁", "旧改", "听证会", "公交"]


def slugize(title: str) -> str:
    """Hexo's `slugize` of a source file name: punctuation and spaces to '-', CJK kept."""
    return re.sub(
        r"[\s~`!@#$%^&*()\-_+=\[\]{}|\\;:\"'<>,.?/，。：；！？「」『』（）《》、“”‘’]+", "-", title
    ).strip("-")


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(9202, "zh", 30, "Asia/Shanghai", CATS, [AUTHOR], TAGS)
    rng = random.Random(9202)
    url = {p.idx: p.published.strftime("/%Y/%m/%d/") + quote(slugize(p.title)) + "/" for p in posts}
    updated = {
        p.idx: p.published + timedelta(days=rng.randint(1, 3), hours=rng.randint(1, 5))
        if p.idx % 4 == 1
        else p.published
        for p in posts
    }
    excerpt = {p.idx: p.idx % 3 != 0 for p in posts}
    newer = {p.idx: posts[i - 1] if i else None for i, p in enumerate(posts)}
    older = {p.idx: posts[i + 1] if i + 1 < len(posts) else None for i, p in enumerate(posts)}

    def cat_url(c):
        return "/categories/" + quote(c) + "/"

    def tag_url(t):
        return "/tags/" + quote(t) + "/"

    def iso(d):
        return d.isoformat()

    def words(p):
        return sum(len(x) for x in p.paras)

    def sidebar():
        return f"""<aside id="sidebar" class="sidebar"><div class="sidebar-inner">
<section class="site-overview-wrap sidebar-panel sidebar-panel-active"><div class="site-overview">
<div class="site-author motion-element" itemprop="author" itemscope itemtype="http://schema.org/Person"><img class="site-author-image" itemprop="image" src="/images/avatar.gif" alt="{AUTHOR}" /><p class="site-author-name" itemprop="name">{AUTHOR}</p><p class="site-description motion-element" itemprop="description">记录城市里的大事小情</p></div>
<nav class="site-state motion-element"><div class="site-state-item site-state-posts"><a href="/archives/"><span class="site-state-item-count">{len(posts)}</span><span class="site-state-item-name">日志</span></a></div><div class="site-state-item site-state-categories"><a href="/categories/index.html"><span class="site-state-item-count">{len(CATS)}</span><span class="site-state-item-name">分类</span></a></div><div class="site-state-item site-state-tags"><a href="/tags/index.html"><span class="site-state-item-count">{len(TAGS)}</span><span class="site-state-item-name">标签</span></a></div></nav>
<div class="feed-link motion-element"><a href="/atom.xml" rel="alternate"><i class="fa fa-rss"></i>RSS</a></div>
<div class="links-of-author motion-element"><span class="links-of-author-item"><a href="https://weibo.com/" target="_blank" title="微博"><i class="fa fa-fw fa-weibo"></i>微博</a></span><span class="links-of-author-item"><a href="mailto:linxiao@example.com" target="_blank" title="E-Mail"><i class="fa fa-fw fa-envelope"></i>E-Mail</a></span></div>
<div class="links-of-blogroll motion-element links-of-blogroll-block"><div class="links-of-blogroll-title"><i class="fa fa-fw fa-link"></i>友情链接</div><ul class="links-of-blogroll-list"><li class="links-of-blogroll-item"><a href="https://hexo.io/" title="Hexo" target="_blank">Hexo</a></li></ul></div>
</div></section></div></aside>"""

    def shell(title, main, kind, head="", comments=""):
        menu = "".join(
            f'<li class="menu-item menu-item-{k}"><a href="{h}" rel="section"><i class="menu-item-icon fa fa-fw fa-{i}"></i> <br />{n}</a></li>'
            for k, h, i, n in (
                ("home", "/", "home", "首页"),
                ("about", "/about/", "user", "关于"),
                ("tags", "/tags/", "tags", "标签"),
                ("categories", "/categories/", "th", "分类"),
                ("archives", "/archives/", "archive", "归档"),
            )
        )
        return f"""<!DOCTYPE html>
<html class="theme-next muse use-motion" lang="zh-Hans">
<head><meta charset="UTF-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"/>
<meta name="theme-color" content="#222">
<link href="/lib/font-awesome/css/font-awesome.min.css?v=4.6.2" rel="stylesheet" type="text/css" />
<link href="/css/main.css?v=5.1.4" rel="stylesheet" type="text/css" />
<link rel="alternate" href="/atom.xml" title="{SITE}" type="application/atom+xml" />{head}
<script type="text/javascript" id="hexo.configurations">var NexT = window.NexT || {{}}; var CONFIG = {{root: '/', scheme: 'Muse', version: '5.1.4', sidebar: {{"position":"left","display":"post"}}, fancybox: true, motion: {{"enable":true}}, algolia: {{applicationID: '', apiKey: '', indexName: '', hits: {{"per_page":10}}}}}};</script>
<title>{escape(title)}</title>
</head>
<body itemscope itemtype="http://schema.org/WebPage" lang="zh-Hans">
<div class="container sidebar-position-left {kind}">
<div class="headband"></div>
<header id="header" class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="header-inner"><div class="site-brand-wrapper"><div class="site-meta "><div class="custom-logo-site-title"><a href="/" class="brand" rel="start"><span class="logo-line-before"><i></i></span><span class="site-title">{SITE}</span><span class="logo-line-after"><i></i></span></a></div><p class="site-subtitle">身边的城市新闻，每天更新</p></div><div class="site-nav-toggle"><button><span class="btn-bar"></span><span class="btn-bar"></span><span class="btn-bar"></span></button></div></div>
<nav class="site-nav"><ul id="menu" class="menu">{menu}</ul></nav></div></header>
<main id="main" class="main"><div class="main-inner"><div class="content-wrap"><div id="content" class="content">
{main}
</div>{comments}</div>
<div class="sidebar-toggle"><div class="sidebar-toggle-line-wrap"><span class="sidebar-toggle-line sidebar-toggle-line-first"></span><span class="sidebar-toggle-line sidebar-toggle-line-middle"></span><span class="sidebar-toggle-line sidebar-toggle-line-last"></span></div></div>
{sidebar()}
</div></main>
<footer id="footer" class="footer"><div class="footer-inner"><div class="copyright">&copy; 2015 &mdash; <span itemprop="copyrightYear">2017</span><span class="with-love"><i class="fa fa-user"></i></span><span class="author" itemprop="copyrightHolder">{AUTHOR}</span></div>
<div class="powered-by">由 <a class="theme-link" target="_blank" href="https://hexo.io">Hexo</a> 强力驱动</div><span class="post-meta-divider">|</span><div class="theme-info">主题 &mdash; <a class="theme-link" target="_blank" href="https://github.com/iissnan/hexo-theme-next">NexT.Muse</a> v5.1.4</div>
<div class="busuanzi-count"><script async src="https://busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script><span class="site-uv">本站访客数<span class="busuanzi-value" id="busuanzi_value_site_uv"></span>人次</span><span class="site-pv">本站总访问量<span class="busuanzi-value" id="busuanzi_value_site_pv"></span>次</span></div>
<div class="beian"><a href="http://www.miitbeian.gov.cn/" rel="nofollow" target="_blank">浙ICP备17001234号</a></div>
</div></footer>
<div class="back-to-top"><i class="fa fa-arrow-up"></i><span id="scrollpercent"><span>0</span>%</span></div>
<script type="text/javascript" src="/js/src/utils.js?v=5.1.4"></script>
</body>
</html>"""

    def meta(p):
        d, u = p.published, updated[p.idx]
        upd = (
            f'<span class="post-meta-divider">|</span><span class="post-meta-item-icon"><i class="fa fa-calendar-check-o"></i></span><span class="post-meta-item-text">更新于&#58;</span> <time title="更新于" itemprop="dateModified" datetime="{iso(u)}">{u:%Y-%m-%d}</time>'
            if u != d
            else ""
        )
        return f"""<div class="post-meta">
<span class="post-time"><span class="post-meta-item-icon"><i class="fa fa-calendar-o"></i></span><span class="post-meta-item-text">发表于</span> <time title="创建于" itemprop="dateCreated datePublished" datetime="{iso(d)}">{d:%Y-%m-%d}</time>{upd}</span>
<span class="post-category"><span class="post-meta-divider">|</span><span class="post-meta-item-icon"><i class="fa fa-folder-o"></i></span><span class="post-meta-item-text">分类于</span> <span itemprop="about" itemscope itemtype="http://schema.org/Thing"><a href="{cat_url(p.section)}" itemprop="url" rel="index"><span itemprop="name">{p.section}</span></a></span></span>
<span class="post-comments-count"><span class="post-meta-divider">|</span><span class="post-meta-item-icon"><i class="fa fa-comment-o"></i></span><a href="{url[p.idx]}#comments" itemprop="discussionUrl"><span class="post-comments-count valine-comment-count" data-xid="{url[p.idx]}" itemprop="commentCount"></span></a></span>
<span id="busuanzi_container_page_pv">&nbsp; | &nbsp;<span class="page-pv">阅读次数<span class="busuanzi-value" id="busuanzi_value_page_pv"></span></span></span>
<div class="post-wordcount"><span class="post-meta-item-icon"><i class="fa fa-file-word-o"></i></span><span class="post-meta-item-text">字数统计&#58;</span><span title="字数统计">{words(p)}</span><span class="post-meta-divider">|</span><span class="post-meta-item-icon"><i class="fa fa-clock-o"></i></span><span class="post-meta-item-text">阅读时长 &asymp;</span><span title="阅读时长">{max(1, words(p) // 300)}</span></div>
</div>"""

    def body(p):
        ps = [f"<p>{escape(x)}</p>" for x in p.paras]
        if excerpt[p.idx]:
            ps.insert(1, '<a id="more"></a>')
        return "".join(ps)

    def block(p, index):
        if index:
            head = f'<h2 class="post-title" itemprop="name headline"><a class="post-title-link" href="{url[p.idx]}" itemprop="url">{escape(p.title)}</a></h2>'
            if excerpt[p.idx]:
                content = f'<p>{escape(p.paras[0])}</p>\n<div class="post-button text-center"><a class="btn" href="{url[p.idx]}#more" rel="contents">阅读全文 &raquo;</a></div>'
            else:
                content = body(p)
            foot = '<footer class="post-footer"><div class="post-eof"></div></footer>'
        else:
            head = f'<h1 class="post-title" itemprop="name headline">{escape(p.title)}</h1>'
            content = body(p)
            tags = "".join(f'<a href="{tag_url(t)}" rel="tag"># {t}</a>' for t in p.tags)
            nx, pv = newer[p.idx], older[p.idx]
            nav_next = (
                f'<a href="{url[nx.idx]}" rel="next" title="{escape(nx.title)}"><i class="fa fa-chevron-left"></i> {escape(nx.title)}</a>'
                if nx
                else ""
            )
            nav_prev = (
                f'<a href="{url[pv.idx]}" rel="prev" title="{escape(pv.title)}">{escape(pv.title)} <i class="fa fa-chevron-right"></i></a>'
                if pv
                else ""
            )
            foot = f"""<div><div style="text-align:center;color: #ccc;font-size:14px;">-------------本文结束<i class="fa fa-paw"></i>感谢您的阅读-------------</div></div>
<div><div style="padding: 10px 0; margin: 20px auto; width: 90%; text-align: center;"><div>觉得有用？请作者喝杯咖啡吧</div><button id="rewardButton" disable="enable" onclick="var qr = document.getElementById('QR'); if (qr.style.display === 'none') {{qr.style.display='block';}} else {{qr.style.display='none'}}"><span>打赏</span></button><div id="QR" style="display: none;"><div id="wechat" style="display: inline-block"><img id="wechat_qr" src="/images/wechatpay.jpg" alt="{AUTHOR} 微信支付"/><p>微信支付</p></div></div></div></div>
<div><ul class="post-copyright"><li class="post-copyright-author"><strong>本文作者：</strong>{AUTHOR}</li><li class="post-copyright-link"><strong>本文链接：</strong><a href="{base}{url[p.idx]}" title="{escape(p.title)}">{base}{url[p.idx]}</a></li><li class="post-copyright-license"><strong>版权声明： </strong>本博客所有文章除特别声明外，均采用 <a href="https://creativecommons.org/licenses/by-nc-sa/3.0/" rel="external nofollow" target="_blank">CC BY-NC-SA 3.0</a> 许可协议。转载请注明出处！</li></ul></div>
<footer class="post-footer"><div class="post-tags">{tags}</div><div class="post-widgets"></div><div class="post-nav"><div class="post-nav-next post-nav-item">{nav_next}</div><span class="post-nav-divider"></span><div class="post-nav-prev post-nav-item">{nav_prev}</div></div></footer>"""
        return f"""<article class="post post-type-normal" itemscope itemtype="http://schema.org/Article">
<div class="post-block">
<link itemprop="mainEntityOfPage" href="{base}{url[p.idx]}">
<span hidden itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="{AUTHOR}"><meta itemprop="description" content="记录城市里的大事小情"><meta itemprop="image" content="/images/avatar.gif"></span>
<span hidden itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="{SITE}"></span>
<header class="post-header">
{head}
{meta(p)}
</header>
<div class="post-body" itemprop="articleBody">{content}</div>
{foot}
</div>
</article>"""

    pages: dict = {}
    for p in posts:
        head = (
            f'\n<meta name="keywords" content="{",".join(p.tags)}" />'
            f'\n<meta name="description" content="{escape(p.paras[0][:120])}">'
            f'\n<meta property="og:type" content="article">\n<meta property="og:title" content="{escape(p.title)}">'
            f'\n<meta property="og:url" content="{base}{url[p.idx]}">\n<meta property="og:site_name" content="{SITE}">'
            f'\n<meta property="og:updated_time" content="{iso(updated[p.idx])}">'
            f'\n<link rel="canonical" href="{base}{url[p.idx]}"/>'
        )
        comments = '<div class="comments" id="comments"></div>\n<script src="//cdn1.lncld.net/static/js/3.0.4/av-min.js"></script><script src="//unpkg.com/valine/dist/Valine.min.js"></script><script type="text/javascript">new Valine({el: "#comments", appId: "", appKey: "", placeholder: "说点什么吧", path: location.pathname});</script>'
        main = f'<div id="posts" class="posts-expand">{block(p, False)}</div>'
        pages[url[p.idx]] = html(
            shell(f"{p.title} | {SITE}", main, "page-post-detail", head, comments)
        )

    def pager(nth, k, n):
        if n < 2:
            return ""
        out = (
            [
                f'<a class="extend prev" rel="prev" href="{nth(k - 1)}"><i class="fa fa-angle-left"></i></a>'
            ]
            if k
            else []
        )
        out += [
            f'<span class="page-number current">{j + 1}</span>'
            if j == k
            else f'<a class="page-number" href="{nth(j)}">{j + 1}</a>'
            for j in range(n)
        ]
        if k + 1 < n:
            out.append(
                f'<a class="extend next" rel="next" href="{nth(k + 1)}"><i class="fa fa-angle-right"></i></a>'
            )
        return f'<nav class="pagination">{"".join(out)}</nav>'

    def home(chunk, k, n):
        nth = lambda j: "/" if not j else f"/page/{j + 1}/"  # noqa: E731
        main = (
            '<section id="posts" class="posts-expand">'
            + "".join(block(q, True) for q in chunk)
            + "</section>"
            + pager(nth, k, n)
        )
        return shell(SITE, main, "page-home")

    paged(pages, lambda k: "/" if not k else f"/page/{k + 1}/", posts, 8, home)

    def collapse(root, items, heading, kind, title, per=10):
        def nth(k):
            return root if not k else f"{root}page/{k + 1}/"

        def render(chunk, k, n):
            rows, year = [], None
            for q in chunk:
                if q.published.year != year:
                    year = q.published.year
                    rows.append(
                        f'<div class="collection-title"><h1 class="archive-year" id="archive-year-{year}">{year}</h1></div>'
                    )
                rows.append(
                    f'<article class="post post-type-normal" itemscope itemtype="http://schema.org/Article"><header class="post-header"><h2 class="post-title"><a class="post-title-link" href="{url[q.idx]}" itemprop="url"><span itemprop="name">{escape(q.title)}</span></a></h2><div class="post-meta"><time class="post-time" itemprop="dateCreated" datetime="{iso(q.published)}" content="{q.published:%Y-%m-%d}">{q.published:%m-%d}</time></div></header></article>'
                )
            main = f'<div class="post-block {kind}"><div id="posts" class="posts-collapse"><span class="archive-move-on"></span>{heading}{"".join(rows)}</div></div>{pager(nth, k, n)}'
            return shell(f"{title} | {SITE}", main, f"page-{kind}")

        paged(pages, nth, items, per, render)

    counter = (
        f'<span class="archive-page-counter">嗯..! 目前共计 {len(posts)} 篇日志。 继续努力。</span>'
    )
    collapse("/archives/", posts, counter, "archive", "归档")
    collapse("/archives/2017/", posts, counter, "archive", "归档")
    for (y, m), items in by_month(posts).items():
        collapse(f"/archives/{y}/{m:02d}/", items, counter, "archive", "归档")
    for c, items in by_key(posts, lambda p: p.section).items():
        collapse(
            cat_url(c),
            items,
            f'<div class="collection-title"><h2>{c}<small>分类</small></h2></div>',
            "category",
            f"分类: {c}",
        )
    for t, items in by_key(posts, lambda p: p.tags).items():
        collapse(
            tag_url(t),
            items,
            f'<div class="collection-title"><h2>{t}<small>标签</small></h2></div>',
            "tag",
            f"标签: {t}",
        )
    counts = {c: len(v) for c, v in by_key(posts, lambda p: p.section).items()}
    cat_items = "".join(
        f'<li class="category-list-item"><a class="category-list-link" href="{cat_url(c)}">{c}</a><span class="category-list-count">{counts.get(c, 0)}</span></li>'
        for c in CATS
    )
    cat_page = shell(
        f"分类 | {SITE}",
        f'<div id="posts" class="posts-expand"><div class="post-block page"><header class="post-header"><h1 class="post-title" itemprop="name headline">分类</h1></header><div class="post-body"><div class="category-all-page"><div class="category-all-title">目前共计 {len(CATS)} 个分类</div><div class="category-all"><ul class="category-list">{cat_items}</ul></div></div></div></div></div>',
        "page-post-detail",
    )
    pages["/categories/"] = pages["/categories/index.html"] = html(cat_page)
    tcounts = {t: len(v) for t, v in by_key(posts, lambda p: p.tags).items()}
    tag_items = " ".join(
        f'<a href="{tag_url(t)}" style="font-size: {12 + 2 * tcounts.get(t, 0) // 3}px;">{t}</a>'
        for t in TAGS
    )
    tag_page = shell(
        f"标签 | {SITE}",
        f'<div id="posts" class="posts-expand"><div class="post-block page"><header class="post-header"><h1 class="post-title" itemprop="name headline">标签</h1></header><div class="post-body"><div class="tag-cloud"><div class="tag-cloud-title">目前共计 {len(TAGS)} 个标签</div><div class="tag-cloud-tags">{tag_items}</div></div></div></div></div>',
        "page-post-detail",
    )
    pages["/tags/"] = pages["/tags/index.html"] = html(tag_page)
    pages["/about/"] = html(
        shell(
            f"关于 | {SITE}",
            f'<div id="posts" class="posts-expand"><div class="post-block page"><header class="post-header"><h1 class="post-title" itemprop="name headline">关于</h1></header><div class="post-body"><p>{SITE}由{AUTHOR}创办，关注城市建设、交通和民生新闻。</p><p>欢迎来信提供线索：linxiao@example.com</p></div></div></div>',
            "page-post-detail",
        )
    )
    pages["/atom.xml"] = atom(base, SITE, [(url[p.idx], p) for p in posts[:20]])
    pages["/sitemap.xml"] = sitemap(
        base,
        [(url[p.idx], iso(updated[p.idx])) for p in posts]
        + [("/about/", None), ("/categories/", None), ("/tags/", None)],
    )
    pages["/baidusitemap.xml"] = sitemap(
        base, [(url[p.idx], updated[p.idx].strftime("%Y-%m-%d")) for p in posts]
    )
    pages["/robots.txt"] = robots(
        base, ["/sitemap.xml", "/baidusitemap.xml"], ["/js/", "/lib/", "/css/"]
    )
    return site_from(NAME, posts, lambda p: url[p.idx], pages)
