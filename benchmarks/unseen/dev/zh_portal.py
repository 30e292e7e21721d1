"""TRS-style Chinese news portal (zh, GBK): dated /t2017MMDD_N.html paths, TRS meta tags, 责任编辑, 相关阅读, listings only."""
# ruff: noqa: RUF001  (typographic and non-Latin characters are the point of this fixture)

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import html, make_posts, paged, site_from, thread

NAME = "zh_portal"
CS = "gbk"
CATS = ["bendi", "shehui", "jingji"]
CN = {"bendi": "本地新闻", "shehui": "社会", "jingji": "经济", "gdxw": "滚动新闻"}
ZT = {
    "zt2017lh": ("2017全国两会", "两会"),
    "ztcsgx": ("城市更新进行时", "城市更新"),
    "ztwsxs": ("五水共治", "治水"),
    "ztjtzz": ("交通治堵", "交通"),
}
NAMES = ["江南网友", "老杭州", "拱墅居民", "小周", "热心市民", "匿名用户"]
LINES = [
    "希望早日落实，不要再拖了。",
    "说了好几年了，这次能不能动真格？",
    "点赞！家门口的变化看得见。",
    "具体什么时候开工？有没有时间表？",
    "配套设施也要跟上才行。",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(807, "zh", 30, "Asia/Shanghai", CATS, ["王丽", "陈明", "李建国"], list(ZT))
    rng = random.Random(8)
    doc = {p.idx: 52000 + p.idx for p in posts}

    def path(p, col):
        return f"/{col}/{p.published.strftime('%Y%m')}/t{p.published.strftime('%Y%m%d')}_{doc[p.idx]}.html"

    url = {p.idx: path(p, p.section) for p in posts}
    # TRS publishes a document into several columns: the rolling-news copy is the same page under another path
    quoted = {p.idx: path(p, "gdxw") for p in posts if p.idx % 3 == 0}
    threads = {p.idx: thread(rng, NAMES, LINES, p.published, 0, 5) for p in posts}
    pages: dict = {}

    def shell(title, main, head=""):
        nav = "".join(f'<li><a href="/{c}/index.html">{CN[c]}</a></li>' for c in [*CATS, "gdxw"])
        zt = "".join(f'<li><a href="/zt/{k}/index.html">{v[0]}</a></li>' for k, v in ZT.items())
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" /><title>{escape(title)}_江南新闻网</title>{head}</head>
<body><div class="top"><a href="/">江南新闻网</a> | <a href="javascript:void(0)">设为首页</a> | <a href="javascript:void(0)">加入收藏</a> | <a href="/was5/web/search?channelid=200001">站内搜索</a></div><div class="nav"><ul><li><a href="/">首页</a></li>{nav}</ul></div>
<div class="main">{main}</div><div class="side"><div class="zt"><h3>专题</h3><ul>{zt}</ul></div><div class="wx"><h3>关注我们</h3><p>扫描二维码关注“江南新闻网”微信公众号，每天推送本地要闻。</p></div></div>
<div class="footer"><p><a href="/about.html">关于我们</a> | <a href="/about.html#contact">联系我们</a> | <a href="/about.html#ad">广告服务</a></p><p>版权所有 江南新闻网 未经授权禁止转载 浙ICP备05012345号</p><p>互联网新闻信息服务许可证 33120170001</p></div></body></html>"""

    def article(p):
        i = posts.index(p)
        col = p.section
        rel = "".join(
            f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>'
            for q in posts[:5]
            if q is not p
        )
        th = threads[p.idx]
        com = "".join(
            f'<li><span class="name">{escape(w)}</span> <span class="time">{t.strftime("%Y-%m-%d %H:%M")}</span><p>{escape(x)}</p></li>'
            for w, t, x in th
        )
        prv = posts[i + 1] if i + 1 < len(posts) else None
        nxt = posts[i - 1] if i else None
        d = p.published
        head = (
            f'<meta name="ArticleTitle" content="{escape(p.title)}" /><meta name="PubDate" content="{d.strftime("%Y-%m-%d %H:%M")}" /><meta name="ContentSource" content="江南日报" />'
            f'<meta name="Author" content="{p.author}" /><meta name="ColumnName" content="{CN[col]}" /><meta name="Keywords" content="{",".join(ZT[t][1] for t in p.tags)}" />'
            f'<meta name="Description" content="{escape(p.paras[0][:60])}" />'
        )
        return shell(
            p.title,
            f"""<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/{col}/index.html">{CN[col]}</a> &gt; 正文</div>
<div class="article"><h1>{escape(p.title)}</h1><div class="info">来源：江南日报　作者：{p.author}　发布时间：{d.strftime("%Y-%m-%d %H:%M")}　浏览次数：{rng.randint(100, 9000)}　【字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
<div class="TRS_Editor"><div class="Custom_UnionStyle">{"".join(f'<p style="text-indent: 2em;">{escape(x)}</p>' for x in p.paras)}</div></div>
<div class="editor">（责任编辑：{rng.choice(["张伟", "刘洋", "赵敏"])}）</div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】　分享到：<a href="javascript:void(0)">微信</a> <a href="http://service.weibo.com/share/share.php?url={base}{url[p.idx]}">微博</a> <a href="http://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url={base}{url[p.idx]}">QQ空间</a></div>
<div class="keywords">关键词：{" ".join(f'<a href="/zt/{t}/index.html">{ZT[t][1]}</a>' for t in p.tags)}</div>
<div class="pn">{f'<p>上一篇：<a href="{url[prv.idx]}">{escape(prv.title)}</a></p>' if prv else "<p>上一篇：没有了</p>"}{f'<p>下一篇：<a href="{url[nxt.idx]}">{escape(nxt.title)}</a></p>' if nxt else "<p>下一篇：没有了</p>"}</div>
<div class="related"><h3>相关阅读</h3><ul>{rel}</ul></div>
<div class="comment"><h3>网友评论（{len(th)}）</h3><ul>{com}</ul><p>发表评论请先<a href="/member/login.html">登录</a>。网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述。</p></div></div>""",
            head,
        )

    for p in posts:
        pages[url[p.idx]] = html(article(p), CS)
        if p.idx in quoted:
            pages[quoted[p.idx]] = pages[url[p.idx]]

    def teaser(p):
        return f'<li><a href="{url[p.idx]}" target="_blank">{escape(p.title)}</a><span class="date">{p.published.strftime("%Y-%m-%d")}</span></li>'

    def listing(folder, title, items, per):
        nth = lambda k: f"{folder}index.html" if not k else f"{folder}index_{k}.html"  # noqa: E731

        def render(chunk, k, n):
            pager = " ".join(
                f'<a href="{nth(j)}">{j + 1}</a>' if j != k else f"<span>{j + 1}</span>"
                for j in range(n)
            )
            nxt = f' <a href="{nth(k + 1)}">下一页</a>' if k + 1 < n else ""
            return shell(
                title,
                f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; {title}</div><div class="list"><h2>{title}</h2><ul>{"".join(teaser(p) for p in chunk)}</ul><div class="page">共{n}页 {pager}{nxt}</div></div>',
            )

        paged(pages, nth, items, per, render, CS)

    for c in CATS:
        listing(f"/{c}/", CN[c], [p for p in posts if p.section == c], 6)
    listing("/gdxw/", CN["gdxw"], [p for p in posts if p.idx in quoted], 8)
    for k, (name, _) in ZT.items():
        listing(f"/zt/{k}/", name, [p for p in posts if k in p.tags], 8)
    pages["/"] = html(
        shell(
            "首页",
            '<div class="focus"><h2>要闻</h2><ul>'
            + "".join(teaser(p) for p in posts[:15])
            + "</ul></div>"
            + "".join(
                f'<div class="col"><h2><a href="/{c}/index.html">{CN[c]}</a></h2><ul>'
                + "".join(teaser(p) for p in [q for q in posts if q.section == c][:4])
                + "</ul></div>"
                for c in CATS
            ),
        ),
        CS,
    )
    pages["/index.html"] = pages["/"]
    pages["/about.html"] = html(
        shell(
            "关于我们",
            "<p>江南新闻网是经批准的地方重点新闻网站。</p><p id='contact'>新闻热线：0571-80000000</p><p id='ad'>广告合作请致电广告部。</p>",
        ),
        CS,
    )
    pages["/member/login.html"] = html(
        shell(
            "用户登录",
            "<form>用户名：<input type='text'> 密码：<input type='password'> <input type='submit' value='登录'></form>",
        ),
        CS,
    )
    pages["/was5/web/search?channelid=200001"] = html(
        shell(
            "站内搜索",
            "<form action='/was5/web/search'><input type='text' name='searchword'> <input type='submit' value='搜索'></form><p>请输入关键词。</p>",
        ),
        CS,
    )
    return site_from(
        NAME,
        posts,
        lambda p: url[p.idx],
        pages,
        lambda p: [quoted[p.idx]] if p.idx in quoted else [],
    )
