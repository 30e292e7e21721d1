"""TRS-style Chinese news portal (zh, GBK): dated /t2017MMDD_N.html paths, 责任编辑, 相关阅读, listings only."""
# ruff: noqa: RUF001  (typographic and non-Latin characters are the point of this fixture)

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import basic_site, html, make_posts

NAME = "zh_portal"
CS = "gbk"
CATS = ["bendi", "shehui", "jingji"]
CN = {"bendi": "本地新闻", "shehui": "社会", "jingji": "经济"}


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(807, "zh", 30, "Asia/Shanghai", CATS, ["王丽", "陈明", "李建国"], ["民生"])
    rng = random.Random(8)
    url = {
        p.idx: f"/{p.section}/{p.published.strftime('%Y%m')}/t{p.published.strftime('%Y%m%d')}_{52000 + p.idx}.html"
        for p in posts
    }

    def shell(title, main):
        nav = "".join(f'<li><a href="/{c}/index.html">{CN[c]}</a></li>' for c in CATS)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" /><title>{escape(title)}_江南新闻网</title></head>
<body><div class="top"><a href="/">江南新闻网</a> | 设为首页 | 加入收藏 | 手机版</div><div class="nav"><ul><li><a href="/">首页</a></li>{nav}</ul></div>
<div class="main">{main}</div><div class="footer"><p>关于我们 | 联系我们 | 广告服务 | 网站地图</p><p>版权所有 江南新闻网 未经授权禁止转载 浙ICP备05012345号</p></div></body></html>"""

    def article(p):
        rel = "".join(
            f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>'
            for q in posts[:5]
            if q is not p
        )
        return shell(
            p.title,
            f"""<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/{p.section}/index.html">{CN[p.section]}</a> &gt; 正文</div>
<div class="article"><h1>{escape(p.title)}</h1><div class="info">来源：江南日报　作者：{p.author}　发布时间：{p.published.strftime("%Y-%m-%d %H:%M")}　浏览次数：{rng.randint(100, 9000)}</div>
<div class="TRS_Editor">{"".join(f'<p style="text-indent: 2em;">{escape(x)}</p>' for x in p.paras)}</div>
<div class="editor">（责任编辑：{rng.choice(["张伟", "刘洋", "赵敏"])}）</div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】　分享到：微信 微博 QQ空间</div>
<div class="related"><h3>相关阅读</h3><ul>{rel}</ul></div>
<div class="comment"><h3>网友评论</h3><p><span>江南网友 {p.published.strftime("%m-%d")} 21:05</span> 希望早日落实，不要再拖了。</p><p><span>老杭州</span> 说了好几年了，这次能不能动真格？</p><p>发表评论请先登录。</p></div></div>""",
        )

    def teaser(p):
        return f'<li><a href="{url[p.idx]}" target="_blank">{escape(p.title)}</a><span class="date">{p.published.strftime("%Y-%m-%d")}</span></li>'

    posts_by = {c: [p for p in posts if p.section == c] for c in CATS}
    pages_extra = {
        "/about.html": html(shell("关于我们", "<p>江南新闻网是经批准的地方重点新闻网站。</p>"), CS)
    }
    site = basic_site(
        NAME,
        base,
        posts,
        lambda p: url[p.idx],
        article,
        shell,
        teaser,
        {"/": (posts[:15], 15)} | {f"/{c}/index.html": (posts_by[c], 6) for c in CATS},
        CS,
        pages_extra,
    )
    for c in CATS:  # TRS pagination: index_1.html, index_2.html ...
        for k in range(1, 3):
            key = f"/{c}/index.html?page={k + 1}"
            if key in site.pages:
                body = site.pages.pop(key).body.replace(
                    f"/{c}/index.html?page=".encode(), f"/{c}/index_".encode()
                )
                site.pages[f"/{c}/index_{k}.html"] = type(site.pages["/about.html"])(
                    body, site.pages["/about.html"].content_type
                )
    return site
