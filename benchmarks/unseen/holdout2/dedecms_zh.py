"""HOLDOUT2: do not read or tune against this module. DedeCMS 5.7 portal (zh, GB2312): {typedir}/{Y}/{M}{D}/{aid}.html, plus/view.php and m/view.php twins without canonical, feedback pages, list_{tid}_{n}.html; channel RSS + listings."""
# ruff: noqa: RUF001  (CJK punctuation is the point of this fixture)

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import by_key, html, make_posts, paged, rss, site_from, thread

NAME = "dedecms_zh"
CS = "gb2312"
SITE = "临江信息港"
TYPES = {"bendi": (1, "本地新闻"), "minsheng": (2, "民生"), "caijing": (3, "财经")}
TAGS = ["城建", "交通", "教育", "医疗", "环保", "民生工程"]
NAMES = ["临江网友", "老街坊", "路过的", "小王", "热心读者", "匿名"]
LINES = [
    "希望尽快落实到位。",
    "这个事情拖了好久了，支持！",
    "具体什么时候开工啊？",
    "家门口的好事，点赞。",
    "资金从哪里来？要公开透明。",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        9606,
        "zh",
        31,
        "Asia/Shanghai",
        list(TYPES),
        ["admin", "临江日报", "记者 周涛"],
        TAGS,
        midnight=False,
    )
    # zone-less page times: keep them in local office hours so the local day is the UTC day
    for p in posts:
        if p.published.hour < 9:
            p.published = p.published.replace(hour=p.published.hour + 9)
    posts.sort(key=lambda p: p.published, reverse=True)
    rng = random.Random(9606)
    aid = {p.idx: 3100 + 3 * p.idx for p in posts}
    url = {
        p.idx: f"/a/{p.section}/{p.published.strftime('%Y')}/{p.published.strftime('%m%d')}/{aid[p.idx]}.html"
        for p in posts
    }
    dyn = {p.idx: f"/plus/view.php?aid={aid[p.idx]}" for p in posts}
    mob = {p.idx: f"/m/view.php?aid={aid[p.idx]}" for p in posts}
    threads = {p.idx: thread(rng, NAMES, LINES, p.published, 0, 5) for p in posts}
    clicks = {p.idx: rng.randint(50, 3000) for p in posts}
    pages: dict = {}

    def shell(title, main, place, kw=""):
        nav = "".join(
            f'<li><a href="/a/{t}/" title="{n}"><span>{n}</span></a></li>'
            for t, (_, n) in TYPES.items()
        )
        hot = "".join(
            f'<li><a href="{url[q.idx]}" title="{escape(q.title)}">{escape(q.title)}</a></li>'
            for q in sorted(posts, key=lambda q: -clicks[q.idx])[:8]
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{escape(title)}_{SITE}</title>
<meta name="keywords" content="{escape(kw)}" />
<meta name="description" content="" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
</head>
<body class="articleview">
<div class="header_top"><div class="w960 center"><span id="time" class="time">织梦CMS - 轻松建站从此开始！</span><div class="toplinks"><a href="/plus/heightsearch.php" target="_blank">高级搜索</a>|<a href="/data/sitemap.html" target="_blank">网站地图</a>|<a href="/tags.php">TAG标签</a><a href="/data/rss/1.xml" target="_blank">RSS订阅</a><span>[<a href="" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('{base}');">设为首页</a>] [<a href="javascript:window.external.AddFavorite('{base}','{SITE}')">加入收藏</a>]</span></div></div></div>
<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" height="54" width="216" alt="{SITE}"/></a></h1></div><div class="banner"><img src="/uploads/allimg/ad/banner_468x60.gif" alt="广告"/></div></div>
<div class="module blue mT10 wrapper w963"><div class="top"><div id="navMenu"><ul><li><a href='/'><span>主页</span></a></li>{nav}</ul></div><div class="search"><form name="formsearch" action="/plus/search.php"><input type="hidden" name="kwtype" value="0" /><input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." /><button type="submit" class="search-submit">搜索</button></form></div></div></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> {place}</div>
{main}
</div>
<div class="pright"><div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>热点内容</strong></dt><dd class="light"><ul class="c1 ico2">{hot}</ul></dd></dl></div>
<div class="hot mt1"><dl class="tbox light"><dt class="light"><strong>关注我们</strong></dt><dd class="light"><p>扫一扫，关注临江信息港微信公众号，第一时间获取本地资讯。</p></dd></dl></div></div>
</div>
<div class="footer w960 center mt1 clear"><div class="footer_left"></div><div class="footer_body"><p class="powered">Powered by <a href="http://www.dedecms.com" title="织梦内容管理系统(DedeCMS)" target="_blank"><strong>DedeCMS_V57_GBK_SP2</strong></a> &copy; 2004-2017 <a href="http://www.desdev.cn/" target="_blank">DesDev</a> Inc.<br /><div class="copyright">Copyright &copy; 2012-2017 {SITE} 版权所有 &nbsp; 赣ICP备12004567号-1</div></p><div class="bottom_link"><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系方式</a> | <a href="/about/ad.html">广告服务</a> | <a href="/about/copyright.html">版权声明</a></div></div><div class="footer_right"></div></div>
</body>
</html>"""

    def place(p=None, t=None):
        t = t or p.section
        return f"<a href='/'>主页</a> > <a href='/a/{t}/'>{TYPES[t][1]}</a> > "

    def article(p):
        d = p.published
        i = posts.index(p)
        prv = (
            f"<li>上一篇：<a href='{url[posts[i + 1].idx]}'>{escape(posts[i + 1].title)}</a> </li>"
            if i + 1 < len(posts)
            else "<li>上一篇：没有了 </li>"
        )
        nxt = (
            f"<li>下一篇：<a href='{url[posts[i - 1].idx]}'>{escape(posts[i - 1].title)}</a> </li>"
            if i
            else "<li>下一篇：没有了 </li>"
        )
        likes = [q for q in posts if set(q.tags) & set(p.tags) and q is not p][:6]
        like = "".join(
            f'<li><a href="{url[q.idx]}">{escape(q.title)}</a><span>{q.published.strftime("%m-%d")}</span></li>'
            for q in likes
        )
        com = threads[p.idx]
        coms = "".join(
            f'<div class="decmt-box2"><ul><li><a href="javascript:void(0)" class="plpic"></a><span class="title"><a href="#">{escape(w)}</a></span><span class="date">{t.strftime("%Y-%m-%d %H:%M")}</span><div class="decmt-content">{escape(x)}</div><div class="decmt-act"><span id="goodfb{aid[p.idx] * 10 + j}"><a href="#goodfb{aid[p.idx] * 10 + j}">支持</a>(0)</span><span id="badfb{aid[p.idx] * 10 + j}"><a href="#badfb{aid[p.idx] * 10 + j}">反对</a>(0)</span></div></li></ul></div>'
            for j, (w, t, x) in enumerate(com)
        )
        tags = " ".join(f"<a href='/tags.php?/{t}/'>{t}</a>" for t in p.tags)
        main = f"""<div class="viewbox">
<div class="title"><h2>{escape(p.title)}</h2></div>
<div class="info"><small>时间:</small>{d.strftime("%Y-%m-%d %H:%M")}<small>来源:</small>{"临江日报" if p.author != "admin" else "未知"} <small>作者:</small>{escape(p.author)} <small>点击:</small><script src="/plus/count.php?view=yes&aid={aid[p.idx]}&mid=1" type='text/javascript' language="javascript"></script>{clicks[p.idx]} 次</div>
<div class="intro">{escape(p.paras[0][:60])}…</div>
<div class="content"><table width='100%'><tr><td>
{"".join(f"<p>　　{escape(x)}</p>" for x in p.paras)}
(责任编辑：{escape(p.author)})</td></tr></table></div>
<div class="dede_pages"><ul class="pagelist"></ul></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul>{prv}{nxt}</ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid={aid[p.idx]}" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid={aid[p.idx]}" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid={aid[p.idx]}" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div>
<div class="tags">TAG: {tags}</div>
</div>
<div class="xiangguan"><dl class="tbox"><dt><strong>相关文章</strong></dt><dd><ul class="c1 ico2">{like}</ul></dd></dl></div>
<div class="dcmp mt2"><div class="dcmp-title"><small>我来说两句</small></div><div class="dcmp-stand"><strong>表态：</strong><input type="radio" name="feedbacktype" checked value="feedback" id="dcmp-stand-neu" /><label for="dcmp-stand-neu">中立</label><input type="radio" name="feedbacktype" value="good" id="dcmp-stand-good" /><label for="dcmp-stand-good">好评</label><input type="radio" name="feedbacktype" value="bad" id="dcmp-stand-bad" /><label for="dcmp-stand-bad">差评</label></div>
<div class="dcmp-content"><textarea cols="60" name="msg" rows="5" class="ipt-txt"></textarea></div><div class="dcmp-post"><div class="dcmp-userinfo">验证码:<input type="text" name="validate" size="4" class="ipt-txt" /></div><div class="dcmp-submit"><button type="submit">发表评论</button></div></div></div>
<dl class="tbox"><dt><strong>最新评论</strong><span class="more"><a href="/plus/feedback.php?aid={aid[p.idx]}">进入详细评论页&gt;&gt;</a></span></dt><dd><div class="dede_comment"><div class="decmt-box1">{coms or "<p>暂无评论</p>"}</div></div></dd></dl>"""
        return shell(p.title, main, place(p), ",".join(p.tags))

    def mobile(p):
        return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0" /><title>{escape(p.title)}_{SITE}手机版</title><link rel="stylesheet" href="/m/css/style.css" /></head>
<body><header><a href="/m/index.php" class="logo">{SITE}</a> <a href="/m/list.php?tid={TYPES[p.section][0]}" class="back">返回</a></header>
<div class="article"><h1>{escape(p.title)}</h1><p class="info">{p.published.strftime("%Y-%m-%d %H:%M")} 来源：{"临江日报" if p.author != "admin" else "未知"}</p>
<div class="content">{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}</div></div>
<footer><a href="/m/index.php">首页</a> | <a href="{base}{url[p.idx]}">电脑版</a><p>&copy; {SITE}</p></footer></body></html>"""

    def feedback(p):
        com = threads[p.idx]
        rows = "".join(
            f'<div class="fbitem"><p class="fbtitle"><b>{escape(w)}</b> 发表于 {t.strftime("%Y-%m-%d %H:%M:%S")}</p><p class="fbmsg">{escape(x)}</p></div>'
            for w, t, x in com
        )
        main = f'<div class="viewbox"><div class="title"><h2>评论：{escape(p.title)}</h2></div><p>共有 {len(com)} 条评论 <a href="{url[p.idx]}">查看原文</a></p>{rows or "<p>暂无评论</p>"}<form action="/plus/feedback.php" method="post"><input type="hidden" name="aid" value="{aid[p.idx]}" /><textarea name="msg"></textarea><button>发表评论</button></form></div>'
        return shell(f"{p.title}的评论", main, place(p))

    for p in posts:
        page = html(article(p), CS)
        pages[url[p.idx]] = page
        pages[dyn[p.idx]] = page
        pages[mob[p.idx]] = html(mobile(p), CS)
        pages[f"/plus/feedback.php?aid={aid[p.idx]}"] = html(feedback(p), CS)
        pages[f"/plus/recommend.php?aid={aid[p.idx]}"] = html(
            shell(
                "推荐给好友",
                f'<div class="viewbox"><h2>推荐：{escape(p.title)}</h2><form method="post"><p>好友邮箱：<input name="email" /></p><p>附言：<textarea name="msg"></textarea></p><button>发送</button></form></div>',
                place(p),
            ),
            CS,
        )
        for kind, word in (("stow", "收藏成功！"), ("erraddsave", "请填写错误描述。")):
            pages[f"/plus/{kind}.php?aid={aid[p.idx]}"] = html(
                shell(
                    "提示信息",
                    f'<div class="viewbox"><p>{word}</p><p><a href="{url[p.idx]}">返回</a></p></div>',
                    place(p),
                ),
                CS,
            )

    def item(q, dynamic=False):
        href = dyn[q.idx] if dynamic else url[q.idx]
        return f"""<li><a href="{href}" class="preview"><img src="/uploads/allimg/{q.published.strftime("%y%m%d")}/1-{aid[q.idx]}.jpg"/></a><a href="{href}" class="title">{escape(q.title)}</a><span class="info"><small>日期：</small>{q.published.strftime("%Y-%m-%d %H:%M:%S")}<small>点击：</small>{clicks[q.idx]}<small>好评：</small>0</span><p class="intro">{escape(q.paras[0][:70])}...</p></li>"""

    def lst(t, items, dynamic=False):
        tid, name = TYPES[t]

        def nth(k):
            if dynamic:
                return f"/plus/list.php?tid={tid}" + (f"&PageNo={k + 1}" if k else "")
            return f"/a/{t}/" + (f"list_{tid}_{k + 1}.html" if k else "")

        def render(chunk, k, n):
            nums = "".join(
                f'<li class="thisclass">{j + 1}</li>'
                if j == k
                else f"<li><a href='{nth(j)}'>{j + 1}</a></li>"
                for j in range(n)
            )
            nav = f'<div class="dede_pages"><ul class="pagelist"><li><a href=\'{nth(0)}\'>首页</a></li>{nums}<li><a href=\'{nth(n - 1)}\'>末页</a></li><li><span class="pageinfo">共 <strong>{n}</strong>页<strong>{len(items)}</strong>条</span></li></ul></div>'
            main = f'<div class="listbox"><dl class="tbox"><dt><strong>{name}</strong></dt></dl><ul class="e2">{"".join(item(q) for q in chunk)}</ul></div>{nav}'
            return shell(name + (f"_第{k + 1}页" if k else ""), main, place(t=t))

        paged(pages, nth, items, 8, render, CS)

    for t in TYPES:
        items = [p for p in posts if p.section == t]
        lst(t, items)
        lst(t, items, dynamic=True)
    for tg, items in by_key(posts, lambda p: p.tags).items():
        pages[f"/tags.php?/{tg}/"] = html(
            shell(
                f"{tg}_TAG标签",
                f'<div class="listbox"><dl class="tbox"><dt><strong>TAG：{tg}</strong></dt></dl><ul class="e2">{"".join(item(q, True) for q in items)}</ul></div>',
                "<a href='/'>主页</a> > <a href='/tags.php'>TAG标签</a> >",
            ),
            CS,
        )
    cloud = " ".join(f"<a href='/tags.php?/{tg}/'>{tg}</a>" for tg in TAGS)
    pages["/tags.php"] = html(
        shell(
            "TAG标签",
            f'<div class="viewbox"><h2>TAG标签</h2><div class="tags">{cloud}</div></div>',
            "<a href='/'>主页</a> > TAG标签 >",
        ),
        CS,
    )
    mapl = "".join(f"<dl><dt><a href='/a/{t}/'>{n}</a></dt></dl>" for t, (_, n) in TYPES.items())
    pages["/data/sitemap.html"] = html(
        shell(
            "网站地图",
            f'<div class="viewbox"><h2>网站地图</h2>{mapl}</div>',
            "<a href='/'>主页</a> > 网站地图 >",
        ),
        CS,
    )
    home_blocks = "".join(
        f'<div class="listbox"><dl class="tbox"><dt><strong><a href="/a/{t}/">{n}</a></strong><span class="more"><a href="/a/{t}/">更多...</a></span></dt><dd><ul class="d1 ico3">'
        + "".join(
            f'<li><span>{q.published.strftime("%m-%d")}</span><a href="{url[q.idx]}">{escape(q.title)}</a></li>'
            for q in [q for q in posts if q.section == t][:6]
        )
        + "</ul></dd></dl></div>"
        for t, (_, n) in TYPES.items()
    )
    top = posts[0]
    pages["/"] = html(
        shell(
            "首页",
            f'<div class="headline"><h2><a href="{url[top.idx]}">{escape(top.title)}</a></h2><p>{escape(top.paras[0][:80])}…</p></div>{home_blocks}',
            "<a href='/'>主页</a> >",
        ),
        CS,
    )
    pages["/plus/search.php"] = html(
        shell(
            "搜索",
            '<div class="viewbox"><p>关键字不能小于2个字节！</p></div>',
            "<a href='/'>主页</a> > 搜索 >",
        ),
        CS,
    )
    pages["/plus/heightsearch.php"] = html(
        shell(
            "高级搜索",
            '<div class="viewbox"><h2>高级搜索</h2><form action="/plus/search.php"><input name="q"/><select name="typeid"><option value="0">不限栏目</option></select><button>搜索</button></form></div>',
            "<a href='/'>主页</a> > 高级搜索 >",
        ),
        CS,
    )
    for path, title, text in [
        ("/about/", "关于我们", "临江信息港创办于2012年，是临江市重要的本地综合信息门户。"),
        (
            "/about/contact.html",
            "联系方式",
            "新闻热线：0790-1234567，投稿邮箱：news@linjiang.example。",
        ),
        ("/about/ad.html", "广告服务", "欢迎各界朋友洽谈广告业务，电话：0790-7654321。"),
        (
            "/about/copyright.html",
            "版权声明",
            "凡本网注明来源为临江信息港的作品，版权均属本网所有，未经授权不得转载。",
        ),
    ]:
        pages[path] = html(
            shell(
                title,
                f'<div class="viewbox"><h2>{title}</h2><p>{text}</p></div>',
                f"<a href='/'>主页</a> > {title} >",
            ),
            CS,
        )
    pages["/m/index.php"] = html(
        f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>{SITE}手机版</title></head><body><ul>'
        + "".join(f'<li><a href="{mob[q.idx]}">{escape(q.title)}</a></li>' for q in posts[:15])
        + "</ul></body></html>",
        CS,
    )
    for t, (tid, n) in TYPES.items():
        pages[f"/m/list.php?tid={tid}"] = html(
            f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>{n}_{SITE}手机版</title></head><body><h1>{n}</h1><ul>'
            + "".join(
                f'<li><a href="{mob[q.idx]}">{escape(q.title)}</a> {q.published.strftime("%m-%d")}</li>'
                for q in posts
                if q.section == t
            )
            + "</ul></body></html>",
            CS,
        )
        # makehtml_rss: one channel feed of the 10 newest documents, linked from every page only for channel 1
        pages[f"/data/rss/{tid}.xml"] = rss(
            base, f"{n}_{SITE}", [(url[q.idx], q) for q in posts if q.section == t][:10], "zh-cn"
        )
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: [dyn[p.idx], mob[p.idx]])
