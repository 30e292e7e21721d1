"""Typecho 1.1 blog on the default theme (zh, Asia/Shanghai): /archives/N/, ?replyTo= twins, 5-post pages, RSS/Atom."""

# ruff: noqa: RUF001  (full-width CJK punctuation is the point here)
from __future__ import annotations

import random
from html import escape
from urllib.parse import quote

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
    xml,
)
from benchmarks.unseen.server import Resp

NAME = "typecho_zh"
SITE = "城事观察"
CATS = {"shizheng": "市政", "jiaotong": "交通", "jiaoyu": "教育", "minsheng": "民生"}
TAGS = ["预算", "地铁", "学区", "旧改", "公园", "听证会"]
AUTHORS = {"老陈": 1, "林晓": 2}
CURRENT = ' class="current"'
READERS = ["路人甲", "江边居民", "小周", "Tony", "老街坊", "阿May", "热心市民王先生"]
REMARKS = [
    "感谢博主整理，会议现场人太多没挤进去。",
    "又是先拍板后征求意见，老一套了。",
    "钱最后还不是老百姓出？",
    "终于有进展了，等了好几年。",
    "有没有完整的规划图可以下载？",
    "支持！希望施工期间别把路全封了。",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(973, "zh", 33, "Asia/Shanghai", list(CATS), list(AUTHORS), TAGS)
    rng = random.Random(973)
    threads = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 5) for p in posts}
    cid = {p.idx: 20 + p.idx * 2 for p in posts}
    coid = {p.idx: [cid[p.idx] * 10 + j for j in range(len(threads[p.idx]))] for p in posts}
    url = {p.idx: f"/archives/{cid[p.idx]}/" for p in posts}
    reply = {p.idx: [f"{url[p.idx]}?replyTo={c}" for c in coid[p.idx]] for p in posts}
    more = {p.idx: p.idx % 3 != 0 for p in posts}  # posts without <!--more--> show whole on lists
    tag_url = {t: f"/tag/{quote(t)}/" for t in TAGS}
    recent_comments = sorted(
        ((t, w, x, q) for q in posts for (w, t, x) in threads[q.idx]),
        key=lambda r: r[0],
        reverse=True,
    )[:10]

    def fdate(d):
        return f"{d:%Y-%m-%d}"

    def sidebar():
        recent = "".join(
            f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>' for q in posts[:10]
        )
        rc = "".join(
            f'<li><a href="{url[q.idx]}#comment-{coid[q.idx][threads[q.idx].index((w, t, x))]}">{escape(w)}</a>: {escape(x[:35])}</li>'
            for t, w, x, q in recent_comments
        )
        cats = "".join(
            f'<li class="category-level-0 category-parent"><a href="/category/{k}/">{v}</a></li>'
            for k, v in CATS.items()
        )
        arch = "".join(
            f'<li><a href="/{y}/{m:02d}/">{y}年{m:02d}月</a></li>' for (y, m) in by_month(posts)
        )
        return f"""<div class="col-mb-12 col-offset-1 col-3 kit-hidden-tb" id="secondary" role="complementary">
    <section class="widget"><h3 class="widget-title">最新文章</h3><ul class="widget-list">{recent}</ul></section>
    <section class="widget"><h3 class="widget-title">最近回复</h3><ul class="widget-list">{rc}</ul></section>
    <section class="widget"><h3 class="widget-title">分类</h3><ul class="widget-list">{cats}</ul></section>
    <section class="widget"><h3 class="widget-title">归档</h3><ul class="widget-list">{arch}</ul></section>
    <section class="widget"><h3 class="widget-title">其它</h3><ul class="widget-list">
        <li class="last"><a href="/admin/login.php">登录</a></li>
        <li><a href="/feed/">文章 RSS</a></li>
        <li><a href="/feed/comments/">评论 RSS</a></li>
        <li><a href="http://www.typecho.org">Typecho</a></li>
    </ul></section>
</div><!-- end #sidebar -->"""

    def shell(title, main, head=""):
        return f"""<!DOCTYPE HTML>
<html class="no-js">
<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge, chrome=1">
    <meta name="renderer" content="webkit">
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
    <title>{escape(title)}</title>
    <link rel="stylesheet" href="/usr/themes/default/normalize.css">
    <link rel="stylesheet" href="/usr/themes/default/grid.css">
    <link rel="stylesheet" href="/usr/themes/default/style.css">
    <!--[if lt IE 9]><script src="/usr/themes/default/html5shiv.js"></script><![endif]-->
{head}
</head>
<body>
<!--[if lt IE 8]><div class="browsehappy" role="dialog">当前网页 <strong>不支持</strong> 你正在使用的浏览器. 为了正常的访问, 请 <a href="http://browsehappy.com/">升级你的浏览器</a>.</div><![endif]-->
<header id="header" class="clearfix">
    <div class="container">
        <div class="row">
            <div class="site-name col-mb-12 col-9">
                <a id="logo" href="{base}/">{SITE}</a>
                <p class="description">一个普通市民眼中的城市变化</p>
            </div>
            <div class="site-search col-3 kit-hidden-tb">
                <form id="search" method="post" action="{base}/" role="search">
                    <label for="s" class="sr-only">搜索关键字</label>
                    <input type="text" id="s" name="s" class="text" placeholder="输入关键字搜索" />
                    <button type="submit" class="submit">搜索</button>
                </form>
            </div>
            <div class="col-mb-12">
                <nav id="nav-menu" class="clearfix" role="navigation">
                    <a href="{base}/">首页</a>
                    <a href="/about.html" title="关于">关于</a>
                    <a href="/links.html" title="友情链接">友情链接</a>
                </nav>
            </div>
        </div><!-- end .row -->
    </div>
</header><!-- end #header -->
<div id="body">
    <div class="container">
        <div class="row">
{main}
{sidebar()}
        </div><!-- end .row -->
    </div>
</div><!-- end #body -->
<footer id="footer" role="contentinfo">
    &copy; 2017 <a href="{base}/">{SITE}</a>.
    由 <a href="http://www.typecho.org">Typecho</a> 强力驱动. <a href="http://www.miitbeian.gov.cn/" rel="nofollow">沪ICP备16029381号-1</a>
</footer><!-- end #footer -->
</body>
</html>"""

    def meta_head(desc, feed_suffix=""):
        return f"""    <meta name="description" content="{escape(desc)}" />
<meta name="keywords" content="{",".join(TAGS[:3])}" />
<meta name="generator" content="Typecho 1.1/17.10.30" />
<meta name="template" content="default" />
<link rel="pingback" href="{base}/action/xmlrpc" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/action/xmlrpc?rsd" />
<link rel="wlwmanifest" type="application/wlwmanifest+xml" href="{base}/action/xmlrpc?wlw" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; RSS 2.0" href="{base}/feed/{feed_suffix}" />
<link rel="alternate" type="application/atom+xml" title="{SITE} &raquo; ATOM 1.0" href="{base}/feed/atom/{feed_suffix}" />"""

    def post_meta(q, count=False):
        a = AUTHORS[q.author]
        n = len(threads[q.idx])
        extra = (
            f'<li itemprop="interactionCount"><a itemprop="discussionUrl" href="{url[q.idx]}#comments">{"暂无评论" if not n else f"{n} 条评论"}</a></li>'
            if count
            else ""
        )
        return f"""<ul class="post-meta">
            <li itemprop="author" itemscope itemtype="http://schema.org/Person">作者: <a itemprop="name" href="/author/{a}/" rel="author">{escape(q.author)}</a></li>
            <li>时间: <time datetime="{q.published.isoformat()}" itemprop="datePublished">{fdate(q.published)}</time></li>
            <li>分类: <a href="/category/{q.section}/">{CATS[q.section]}</a></li>
            {extra}
        </ul>"""

    def content(q):
        body = "\n".join(f"<p>{escape(x)}</p>" for x in q.paras)
        if more[q.idx]:
            first, rest = (
                f"<p>{escape(q.paras[0])}</p>",
                "\n".join(f"<p>{escape(x)}</p>" for x in q.paras[1:]),
            )
            body = f"{first}\n<!--more-->\n{rest}"
        return body

    def comments_html(p, replying=None):
        cm = threads[p.idx]
        form = f"""<div id="respond-post-{cid[p.idx]}" class="respond">
        <div class="cancel-comment-reply"><a id="cancel-comment-reply-link" href="{url[p.idx]}#respond-post-{cid[p.idx]}" rel="nofollow"{"" if replying else ' style="display:none"'} onclick="return TypechoComment.cancelReply();">取消回复</a></div>
        <h3 id="response">添加新评论</h3>
        <form method="post" action="{url[p.idx]}comment" id="comment-form" role="form">
            <p><label for="author" class="required">称呼</label><input type="text" name="author" id="author" class="text" value="" required /></p>
            <p><label for="mail" class="required">Email</label><input type="email" name="mail" id="mail" class="text" value="" required /></p>
            <p><label for="url">网站</label><input type="url" name="url" id="url" class="text" placeholder="http://" value="" /></p>
            <p><label for="textarea" class="required">内容</label><textarea rows="8" cols="50" name="text" id="textarea" class="textarea" required></textarea></p>
            <p><button type="submit" class="submit">提交评论</button></p>
        </form>
    </div>"""
        items = []
        for j, (w, t, x) in enumerate(cm):
            c = coid[p.idx][j]
            items.append(f"""<li id="li-comment-{c}" class="comment-body comment-parent comment-{"odd" if j % 2 == 0 else "even"}">
    <div id="comment-{c}">
        <div class="comment-author" itemprop="creator" itemscope itemtype="http://schema.org/Person">
            <span itemprop="image"><img class="avatar" src="https://secure.gravatar.com/avatar/{c:032x}?s=32&amp;r=G&amp;d=" alt="{escape(w)}" width="32" height="32" /></span>
            <cite class="fn" itemprop="name">{escape(w)}</cite>
        </div>
        <div class="comment-meta">
            <a href="{url[p.idx]}#comment-{c}"><time itemprop="commentTime" datetime="{t.isoformat()}">{t:%Y-%m-%d %H:%M}</time></a>
        </div>
        <div class="comment-content" itemprop="commentText"><p>{escape(x)}</p></div>
        <div class="comment-reply"><a href="{url[p.idx]}?replyTo={c}#respond-post-{cid[p.idx]}" rel="nofollow" onclick="return TypechoComment.reply('comment-{c}', {c});">回复</a></div>
    </div>
    {form if replying == c else ""}
</li>""")
        listing = (
            f'<h3>已有 {len(cm)} 条评论</h3><ol class="comment-list">{"".join(items)}</ol>'
            if cm
            else ""
        )
        return f'<div id="comments">{listing}{"" if replying else form}</div>'

    def article(p, replying=None):
        i = posts.index(p)
        prev_ = posts[i + 1] if i + 1 < len(posts) else None
        next_ = posts[i - 1] if i > 0 else None
        tags = ", ".join(f'<a href="{tag_url[t]}">{t}</a>' for t in p.tags)
        main = f"""<div class="col-mb-12 col-8" id="main" role="main">
    <article class="post" itemscope itemtype="http://schema.org/BlogPosting">
        <h1 class="post-title" itemprop="name headline"><a itemprop="url" href="{url[p.idx]}">{escape(p.title)}</a></h1>
        {post_meta(p)}
        <div class="post-content" itemprop="articleBody">
{content(p)}
        </div>
        <p itemprop="keywords" class="tags">标签: {tags}</p>
    </article>
    {comments_html(p, replying)}
    <ul class="post-near">
        <li>上一篇: {f'<a href="{url[prev_.idx]}" title="{escape(prev_.title)}">{escape(prev_.title)}</a>' if prev_ else "没有了"}</li>
        <li>下一篇: {f'<a href="{url[next_.idx]}" title="{escape(next_.title)}">{escape(next_.title)}</a>' if next_ else "没有了"}</li>
    </ul>
</div><!-- end #main-->"""
        head = meta_head(p.paras[0][:100], f"archives/{cid[p.idx]}/")
        head += """
<script type="text/javascript">
(function () {
    window.TypechoComment = {
        dom : function (id) { return document.getElementById(id); },
        reply : function (cid, coid) { var comment = this.dom(cid); return false; },
        cancelReply : function () { return false; }
    };
})();
</script>"""
        return shell(f"{p.title} - {SITE}", main, head)

    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(article(p))
        for c, r in zip(coid[p.idx], reply[p.idx], strict=True):
            pages[r] = html(article(p, c))

    def teaser(q):
        tail = (
            f'<p class="more"><a href="{url[q.idx]}" title="{escape(q.title)}">- 阅读剩余部分 -</a></p>'
            if more[q.idx]
            else ""
        )
        body = (
            f"<p>{escape(q.paras[0])}</p>"
            if more[q.idx]
            else "\n".join(f"<p>{escape(x)}</p>" for x in q.paras)
        )
        return f"""<article class="post" itemscope itemtype="http://schema.org/BlogPosting">
        <h2 class="post-title" itemprop="name headline"><a itemprop="url" href="{url[q.idx]}">{escape(q.title)}</a></h2>
        {post_meta(q, True)}
        <div class="post-content" itemprop="articleBody">
{body}{tail}
        </div>
    </article>"""

    def lister(path0, heading, title, items, per=5):
        def nth(k):
            if not k:
                return path0
            return f"/page/{k + 1}/" if path0 == "/" else f"{path0}{k + 1}/"

        def render(chunk, k, n):
            nav = "".join(
                f'<li{CURRENT if j == k else ""}><a href="{nth(j)}">{j + 1}</a></li>'
                for j in range(n)
            )
            if k:
                nav = f'<li class="prev"><a href="{nth(k - 1)}">&laquo; 前一页</a></li>' + nav
            if k + 1 < n:
                nav += f'<li class="next"><a href="{nth(k + 1)}">后一页 &raquo;</a></li>'
            h = f'<h3 class="archive-title">{escape(heading)}</h3>' if heading else ""
            main = f"""<div class="col-mb-12 col-8" id="main" role="main">
    {h}
    {"".join(teaser(q) for q in chunk)}
    <ol class="page-navigator">{nav}</ol>
</div><!-- end #main-->"""
            return shell(
                title + (f" - 第 {k + 1} 页" if k else ""),
                main,
                meta_head("一个普通市民眼中的城市变化"),
            )

        paged(pages, nth, items, per, render)

    lister("/", "", SITE, posts)
    for c, items in by_key(posts, lambda p: p.section).items():
        lister(f"/category/{c}/", f"分类 {CATS[c]} 下的文章", f"{CATS[c]} - {SITE}", items)
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(tag_url[t], f"标签 {t} 下的文章", f"{t} - {SITE}", items)
    for name, a in AUTHORS.items():
        lister(
            f"/author/{a}/",
            f"{name} 发布的文章",
            f"{name} - {SITE}",
            [p for p in posts if p.author == name],
        )
    for (y, m), items in by_month(posts).items():
        lister(f"/{y}/{m:02d}/", f"{y}年{m:02d}月", f"{y}年{m:02d}月 - {SITE}", items)
    for path, title, text in (
        (
            "/about.html",
            "关于",
            "这里记录本市的市政会议、交通规划和社区新闻，内容均来自公开会议与采访。",
        ),
        ("/links.html", "友情链接", "欢迎同城博客交换链接，请在留言中说明。"),
    ):
        main = f"""<div class="col-mb-12 col-8" id="main" role="main"><article class="post"><h1 class="post-title"><a href="{path}">{title}</a></h1>
<div class="post-content"><p>{text}</p></div></article></div>"""
        pages[path] = html(shell(f"{title} - {SITE}", main, meta_head(text)))
    pages["/admin/login.php"] = html(
        f'<!DOCTYPE HTML><html><head><meta charset="UTF-8"><title>登录到{SITE} - {SITE} - Powered by Typecho</title><meta name="robots" content="noindex, nofollow"></head>'
        '<body class="body-100"><div class="typecho-login-wrap"><div class="typecho-login"><h1><a href="http://typecho.org" class="i-logo">Typecho</a></h1>'
        '<form action="/index.php/action/login" method="post" name="login" role="form"><p><label for="name" class="sr-only">用户名</label><input type="text" id="name" name="name" placeholder="用户名" class="text-l w-100" autofocus /></p>'
        '<p><label for="password" class="sr-only">密码</label><input type="password" id="password" name="password" class="text-l w-100" placeholder="密码" /></p>'
        f'<p class="submit"><button type="submit" class="btn btn-l w-100 primary">登录</button></p></form><p class="more-link"><a href="{base}/">返回首页</a></p></div></div></body></html>'
    )
    pages["/action/xmlrpc"] = Resp(
        b"XML-RPC server accepts POST requests only.", "text/plain; charset=utf-8"
    )
    pages["/action/xmlrpc?rsd"] = xml(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd"><service><engineName>Typecho</engineName><engineLink>http://www.typecho.org/</engineLink><homePageLink>{base}/</homePageLink>'
        f'<apis><api name="WordPress" blogID="1" preferred="true" apiLink="{base}/action/xmlrpc" /></apis></service></rsd>',
        "application/rsd+xml",
    )
    pages["/action/xmlrpc?wlw"] = xml(
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest xmlns="http://schemas.microsoft.com/wlw/manifest/weblog"><options><supportsKeywords>Yes</supportsKeywords><supportsFileUpload>Yes</supportsFileUpload></options></manifest>',
        "application/wlwmanifest+xml",
    )
    items = [(url[p.idx], p) for p in posts[:10]]
    pages["/feed/"] = rss(base, SITE, items, "zh-CN")
    pages["/feed/atom/"] = atom(base, SITE, items)
    for p in posts:
        cm = threads[p.idx]
        rows = "".join(
            f"<item><title>{escape(w)}</title><link>{base}{url[p.idx]}#comment-{coid[p.idx][j]}</link>"
            f"<pubDate>{t.strftime('%a, %d %b %Y %H:%M:%S +0800')}</pubDate><description>{escape(x)}</description></item>"
            for j, (w, t, x) in enumerate(cm)
        )
        feed = f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{escape(p.title)} 的评论</title><link>{base}{url[p.idx]}</link>{rows}</channel></rss>'
        pages[f"/feed/archives/{cid[p.idx]}/"] = rss_raw(feed)
        pages[f"/feed/atom/archives/{cid[p.idx]}/"] = rss_raw(feed)
    allc = "".join(
        f"<item><title>{escape(w)}</title><link>{base}{url[q.idx]}#comment-{coid[q.idx][threads[q.idx].index((w, t, x))]}</link><description>{escape(x)}</description></item>"
        for t, w, x, q in recent_comments
    )
    pages["/feed/comments/"] = rss_raw(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{SITE} 的评论</title><link>{base}/</link>{allc}</channel></rss>'
    )
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: reply[p.idx])


def rss_raw(text: str):
    """An RSS document as written."""
    return xml(text, "application/rss+xml")
