"""Discuz! X3.2 portal with its forum (zh, GBK named only in a meta tag): articles, threads, forum RSS."""
# ruff: noqa: RUF001  (non-Latin scripts and typographic quotes are the point here)

from __future__ import annotations

import random
from datetime import timedelta
from email.utils import format_datetime
from html import escape

from benchmarks.unseen.common import make_posts, paged, robots, site_from, thread, xml
from benchmarks.unseen.server import Resp

NAME = "discuz_zh"
SITE = "江城在线"
CATS = {1: "本地新闻", 2: "民生关注", 3: "城建交通", 4: "文化教育"}
TAGS = ["市政", "交通", "教育", "民生", "环保", "规划"]
AUTHORS = ["江城编辑部", "小编阿峰", "记者站", "城事君"]
READERS = ["江边老王", "阿琳", "游客5f3a", "路过的风", "城南旧事", "张小凡", "hbwh2016"]
REMARKS = [
    "支持！早就该这样搞了。",
    "希望不要又是雷声大雨点小。",
    "我家就在附近，施工期间噪音太大了。",
    "楼主能不能再说说具体的时间安排？",
    "钱到底从哪里来，说清楚比较好。",
    "顶一下，关注后续进展。",
]
FID = 2


def gbk(body: str) -> Resp:
    """A page in GBK whose charset only its meta tag names."""
    return Resp(body.encode("gbk", "xmlcharrefreplace"), "text/html")


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(982, "zh", 34, "Asia/Shanghai", list(CATS), AUTHORS, TAGS)
    rng = random.Random(982)
    threads = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 6) for p in posts}
    aid = {p.idx: 1200 + 3 * p.idx for p in posts}
    views = {p.idx: rng.randint(80, 4000) for p in posts}
    from_forum = {p.idx for p in posts if p.idx % 3 == 0}
    tid = {p.idx: 58000 + 11 * p.idx for p in posts if p.idx in from_forum}
    url = {p.idx: f"article-{aid[p.idx]}-1.html" for p in posts}
    url = {k: "/" + v for k, v in url.items()}
    order = {p.idx: i for i, p in enumerate(posts)}
    now = "GMT+8, 2017-5-2 09:31"

    def fdate(d):
        return f"{d.year}-{d.month}-{d.day} {d:%H:%M}"

    def shell(title, content, nav, keywords="", desc="", head=""):
        cats = "".join(
            f'<li><a href="portal.php?mod=list&amp;catid={c}" hidefocus="true">{n}</a></li>'
            for c, n in CATS.items()
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{escape(title)} - {SITE} -  Powered by Discuz!</title>
<meta name="keywords" content="{escape(keywords)}" />
<meta name="description" content="{escape(desc)} " />
<meta name="generator" content="Discuz! X3.2" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2013 Comsenz Inc." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="{base}/" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Kx9" />{head}
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Kx9', charset = 'gbk', discuz_uid = '0', cookiepre = 'Jw6k_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = '', SITEURL = '{base}/', JSPATH = 'data/cache/';</script>
<script src="data/cache/common.js?Kx9" type="text/javascript"></script>
</head>
<body id="nv_portal" class="pg_view" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl">
<div class="wp">
<div class="z"><a href="javascript:;"  onclick="setHomepage('{base}/');">设为首页</a><a href="{base}/"  onclick="addFavorite(this.href, '{SITE}');return false;">收藏本站</a></div>
<div class="y"><a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="开启辅助访问" class="switchblind">开启辅助访问</a></div>
</div>
</div>
<div id="hd">
<div class="wp">
<div class="hdc cl"><h2><a href="./" title="{SITE}"><img src="static/image/common/logo.png" alt="{SITE}" border="0" /></a></h2>
<div id="um"><div class="fastlg cl"><form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;infloat=yes&amp;lssubmit=yes">
<table cellspacing="0" cellpadding="0"><tr><td class="fastlg_fm y"><input type="text" name="username" id="ls_username" class="px vm xg1" value="用户名/Email" /></td></tr></table></form></div></div>
</div>
<div id="nv">
<ul><li class="{"a" if nav == "portal" else ""}" id="mn_portal" ><a href="portal.php" hidefocus="true" title="Portal"  >门户<span>Portal</span></a></li><li class="{"a" if nav == "forum" else ""}" id="mn_forum" ><a href="forum.php" hidefocus="true" title="BBS"  >论坛<span>BBS</span></a></li>{cats}</ul>
</div>
<div id="scbar" class="cl"><form id="scbar_form" method="post" autocomplete="off" action="search.php?searchsubmit=yes" target="_blank"><input type="text" name="srchtxt" id="scbar_txt" value="请输入搜索内容" autocomplete="off" x-webkit-speech speech /><button type="submit" name="searchsubmit" id="scbar_btn" sc="1" class="pn pnc" value="true"><strong class="xi2">搜索</strong></button></form></div>
</div>
</div>
<div id="wp" class="wp">
{content}
</div>
<div id="ft" class="wp cl">
<div id="flk" class="y">
<p><a href="forum.php?mod=misc&amp;action=showdarkroom" >小黑屋</a><span class="pipe">|</span><a href="forum.php?mobile=yes" >手机版</a><span class="pipe">|</span><a href="archiver/" >Archiver</a><span class="pipe">|</span><strong><a href="{base}/" target="_blank">{SITE}</a></strong> ( <a href="http://www.miitbeian.gov.cn/" target="_blank">鄂ICP备12003456号-1</a> )</p>
<p class="xs0">{now}<span id="debuginfo">, Processed in 0.058812 second(s), 21 queries .</span></p>
</div>
<div id="frt">
<p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.2</em></p>
<p class="xs0">&copy; 2001-2013 <a href="http://www.comsenz.com" target="_blank">Comsenz Inc.</a></p>
</div></div>
</body>
</html>"""

    def crumbs(*parts):
        inner = " <em>&rsaquo;</em> ".join(parts)
        return f'<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">{SITE}</a> <em>&raquo;</em> {inner}</div></div>'

    def comment_dl(n, w, t, k):
        return (
            f'<dl id="comment_{k}_li" class="ptm pbm bbda cl"><dt class="mbm"><span class="y xw0 xi2"><a href="javascript:;" onclick="portal_comment_requote({k}, \'{aid and 0}\');">引用</a></span>'
            f'<a href="home.php?mod=space&amp;username={escape(n)}" class="xi2 xw1">{escape(n)}</a><span class="xg1 xw0">{fdate(w)}</span></dt>'
            f"<dd>{escape(t)}</dd></dl>"
        )

    def article(p):
        i = order[p.idx]
        prev = posts[i + 1] if i + 1 < len(posts) else None
        nxt = posts[i - 1] if i else None
        same = [q for q in posts if q.section == p.section and q.idx != p.idx][:6]
        rel = "".join(
            f'<li>&#8226; <a href="{url[q.idx][1:]}" target="_blank">{escape(q.title)}</a><span class="xg1">{q.published.year}-{q.published.month}-{q.published.day}</span></li>'
            for q in same
        )
        body = "\n".join(f'<p style="text-indent: 2em;">{escape(x)}</p>' for x in p.paras)
        src = (
            f'<span class="pipe">|</span>来自: <a href="thread-{tid[p.idx]}-1-1.html" target="_blank">论坛</a>'
            if p.idx in tid
            else ""
        )
        cms = "".join(comment_dl(n, w, t, k) for k, (n, w, t) in enumerate(threads[p.idx]))
        pg = ""
        if prev:
            pg += f'<em>上一篇：<a href="{url[prev.idx][1:]}" title="{escape(prev.title)}">{escape(prev.title)}</a></em>'
        if nxt:
            pg += f'<em>下一篇：<a href="{url[nxt.idx][1:]}" title="{escape(nxt.title)}">{escape(nxt.title)}</a></em>'
        return f"""{crumbs('<a href="portal.php">门户</a>', f'<a href="portal.php?mod=list&amp;catid={p.section}">{CATS[p.section]}</a>', "查看内容")}
<div id="ct" class="ct2 wp cl">
<div class="mn">
<div class="bm vw">
<div class="h hm">
<h1 class="ph">{escape(p.title)} </h1>
<p class="xg1">
{fdate(p.published)}<span class="pipe">|</span>
发布者: <a href="home.php?mod=space&amp;username={escape(p.author)}">{escape(p.author)}</a><span class="pipe">|</span>
查看: <em id="_viewnum">{views[p.idx]}</em><span class="pipe">|</span>
评论: {len(threads[p.idx])}{src}</p>
</div>
<div class="s"><div><strong>摘要</strong>: {escape(p.paras[0][:60])} ...</div></div>
<div class="d">
<table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">
{body}
</td></tr></table>
<div class="o cl ptm pbm">
<a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=article&amp;id={aid[p.idx]}&amp;handlekey=favoritearticlehk_{aid[p.idx]}" id="a_favorite" onclick="showWindow(this.id, this.href, 'get', 0);" class="oshr ofav">收藏</a>
<a href="home.php?mod=spacecp&amp;ac=share&amp;type=article&amp;id={aid[p.idx]}&amp;handlekey=sharearticlehk_{aid[p.idx]}" id="a_share" onclick="showWindow(this.id, this.href, 'get', 0);" class="oshr">分享</a>
<a href="misc.php?mod=invite&amp;action=article&amp;id={aid[p.idx]}" id="a_invite" onclick="showWindow('invite', this.href, 'get', 0);" class="oshr oivt">邀请</a>
</div>
<div class="pren pbm cl">{pg}</div>
</div>
<div id="click_div"><table cellpadding="0" cellspacing="0" class="atd"><tr><td><a href="javascript:;"><img src="static/image/click/xianhua.gif" class="vm" /></a><br />鲜花</td><td><a href="javascript:;"><img src="static/image/click/jidan.gif" class="vm" /></a><br />鸡蛋</td></tr></table></div>
</div>
<div class="bm"><div class="bm_h cl"><h3>相关阅读</h3></div><div class="bm_c"><ul class="xl xl2 cl">{rel}</ul></div></div>
<div id="comment" class="bm">
<div class="bm_h cl"><a href="portal.php?mod=comment&amp;id={aid[p.idx]}&amp;idtype=aid" class="y xi2">查看全部评论({len(threads[p.idx])})</a><h3 class="ss"><em>最新评论</em></h3></div>
<div id="comment_ul" class="bm_c">{cms or '<p class="xg1">还没有评论，快来抢沙发吧！</p>'}</div>
<form id="cform" name="cform" action="portal.php?mod=portalcp&amp;ac=comment" method="post" autocomplete="off"><div class="tedt"><div class="area"><textarea name="message" rows="3" class="pt" id="message"></textarea></div></div><p class="pns mtn"><button type="submit" name="commentsubmit_btn" class="pn"><strong>评论</strong></button></p></form>
</div>
</div>
<div class="sd pph">
<div class="bm"><div class="bm_h cl"><h2>热门排行</h2></div><div class="bm_c"><ul class="xl xl1 cl">{"".join(f'<li><a href="{url[q.idx][1:]}">{escape(q.title)}</a></li>' for q in sorted(posts, key=lambda q: -views[q.idx])[:8])}</ul></div></div>
</div>
</div>"""

    pages: dict = {}
    twins: dict = {}
    for p in posts:
        kw = ",".join(p.tags)
        page = gbk(
            shell(f"{p.title} - {CATS[p.section]}", article(p), "portal", kw, p.paras[0][:80])
        )
        pages[url[p.idx]] = page
        pages[f"/portal.php?mod=view&aid={aid[p.idx]}"] = page
        twins[p.idx] = [f"/portal.php?mod=view&aid={aid[p.idx]}"]
        cms = "".join(comment_dl(n, w, t, k) for k, (n, w, t) in enumerate(threads[p.idx]))
        pages[f"/portal.php?mod=comment&id={aid[p.idx]}&idtype=aid"] = gbk(
            shell(
                f"{p.title} - 评论",
                crumbs(
                    '<a href="portal.php">门户</a>',
                    f'<a href="{url[p.idx][1:]}">{escape(p.title)}</a>',
                    "评论",
                )
                + f'<div id="ct" class="wp cl"><div class="mn"><div class="bm"><div class="bm_h"><h1 class="ph">评论: {escape(p.title)}</h1></div><div class="bm_c" id="comment_ul">{cms or "暂无评论"}</div></div></div></div>',
                "portal",
            )
        )

    # forum threads: the first post is the article as first written on the board
    def post_td(pid, who, when, text_html, floor):
        return f"""<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr><td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;username={escape(who)}" target="_blank" class="xw1">{escape(who)}</a></div></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&amp;username={escape(who)}&amp;do=thread&amp;type=thread" class="xi2">{rng.randint(2, 900)}</a></p>主题</th><td><p>{rng.randint(10, 9000)}</p>积分</td></table></div></td>
<td class="plc"><div class="pi"><strong><a href="javascript:;" id="postnum{pid}">{floor}</a></strong>
<div class="pti"><div class="authi"><img class="authicn vm" src="static/image/common/online_member.gif" /><em id="authorposton{pid}">发表于 {fdate(when)}</em><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid={{tid}}&amp;page=1&amp;authorid=1" rel="nofollow">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">
{text_html}</td></tr></table></div></div></div></td></tr></table></div>"""

    forum_posts = [p for p in posts if p.idx in tid]
    for p in forum_posts:
        t = tid[p.idx]
        first = "<br />\r\n<br />\r\n".join(f"&nbsp; &nbsp; {escape(x)}" for x in p.paras)
        rows = post_td(t * 10, p.author, p.published - timedelta(hours=2), first, "楼主")
        floors = ["沙发", "板凳", "地板", "4#", "5#", "6#", "7#"]
        for k, (n, w, x) in enumerate(threads[p.idx]):
            rows += post_td(t * 10 + k + 1, n, w, escape(x), floors[k])
        rows = rows.replace("{tid}", str(t))
        content = f"""{crumbs('<a href="forum.php">论坛</a>', f'<a href="forum-{FID}-1.html">江城新闻</a>', f'<a href="thread-{t}-1-1.html">{escape(p.title)}</a>')}
<div id="ct" class="wp cl"><div id="pgt" class="pgs mbm cl "><div class="pgt"></div><span class="y pgb"><a href="forum-{FID}-1.html">返回列表</a></span></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">{views[p.idx]}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">{len(threads[p.idx])}</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{escape(p.title)}</span></h1><span class="xg1"><a href="thread-{t}-1-1.html" onclick="return copyThreadUrl(this, '{SITE}')" >[复制链接]</a></span></td></tr></table>
{rows}
</div>
<div class="pgs mtm mbm cl"><span class="pgb y"><a href="forum-{FID}-1.html">返回列表</a></span><a class="pgsbtn" href="forum.php?mod=post&amp;action=reply&amp;fid={FID}&amp;tid={t}">回复</a></div>
</div>"""
        page = gbk(shell(f"{p.title} - 江城新闻", content, "forum", "", p.paras[0][:80]))
        pages[f"/thread-{t}-1-1.html"] = page
        pages[f"/forum.php?mod=viewthread&tid={t}"] = page
        replies = "".join(
            f'<hr noshade size="2" width="100%" color="#808080"><b>作者: </b>{escape(n)}&nbsp; &nbsp; <b>时间: </b>{fdate(w)}<br><br>{escape(x)}'
            for n, w, x in threads[p.idx]
        )
        pages[f"/forum.php?mod=viewthread&action=printable&tid={t}"] = gbk(
            f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{SITE}</title></head>
<body><style type="text/css">body {{font: 12px Verdana;}}</style>
<b>标题: </b>{escape(p.title)} <a href="javascript:;" onclick="window.print()">[打印本页]</a><br>
<hr noshade size="2" width="100%" color="#808080"><b>作者: </b>{escape(p.author)}&nbsp; &nbsp; <b>时间: </b>{fdate(p.published - timedelta(hours=2))}<br><b>标题: </b>{escape(p.title)}<br><br>{first}
{replies}
<hr noshade size="2" width="100%" color="#808080"><br>欢迎光临 {SITE} ({base}/) <br>Powered by Discuz! X3.2</body></html>"""
        )
        twins[p.idx] += [
            f"/thread-{t}-1-1.html",
            f"/forum.php?mod=viewthread&tid={t}",
            f"/forum.php?mod=viewthread&action=printable&tid={t}",
        ]

    def forum_nth(k):
        return f"/forum-{FID}-{k + 1}.html"

    def forum_render(chunk, k, n):
        rows = "".join(
            f'<tbody id="normalthread_{tid[q.idx]}"><tr><td class="icn"><a href="thread-{tid[q.idx]}-1-1.html" title="有新回复 - 新窗口打开" target="_blank"><img src="static/image/common/folder_common.gif" /></a></td>'
            f'<th class="common"><a href="thread-{tid[q.idx]}-1-1.html" onclick="atarget(this)" class="s xst">{escape(q.title)}</a></th>'
            f'<td class="by"><cite><a href="home.php?mod=space&amp;username={escape(q.author)}">{escape(q.author)}</a></cite><em><span>{q.published.year}-{q.published.month}-{q.published.day}</span></em></td>'
            f'<td class="num"><a href="thread-{tid[q.idx]}-1-1.html" class="xi2">{len(threads[q.idx])}</a><em>{views[q.idx]}</em></td></tr></tbody>'
            for q in chunk
        )
        pg = "".join(
            f'<a href="{forum_nth(j)[1:]}">{j + 1}</a>' if j != k else f"<strong>{j + 1}</strong>"
            for j in range(n)
        )
        content = f"""{crumbs('<a href="forum.php">论坛</a>', f'<a href="forum-{FID}-1.html">江城新闻</a>')}
<div id="ct" class="wp cl"><div class="bm bml pbn"><div class="bm_h cl"><h1 class="xs2"><a href="forum-{FID}-1.html">江城新闻</a> <span class="xs1 xw0 i">今日: <strong class="xi1">0</strong></span></h1></div></div>
<div id="threadlist" class="tl bm bmw"><div class="bm_c"><table summary="forum_{FID}" cellspacing="0" cellpadding="0" id="threadlisttableid">{rows}</table></div></div>
<div class="pg">{pg}</div></div>"""
        head = f'\n<link rel="alternate" type="application/rss+xml" title="{SITE} - 江城新闻" href="{base}/forum.php?mod=rss&amp;fid={FID}&amp;auth=0" />'
        return (
            shell("江城新闻", content, "forum", head=head)
            .encode("gbk", "xmlcharrefreplace")
            .decode("gbk")
        )

    nf = paged({}, forum_nth, forum_posts, 5, forum_render)
    for k, chunk in enumerate([forum_posts[i : i + 5] for i in range(0, len(forum_posts), 5)]):
        pages[forum_nth(k)] = gbk(forum_render(chunk, k, nf))
    pages["/forum.php?mod=forumdisplay&fid=2"] = pages[forum_nth(0)]
    pages["/forum.php"] = gbk(
        shell(
            "论坛",
            crumbs('<a href="forum.php">论坛</a>')
            + f'<div id="ct" class="wp cl"><div class="fl bm"><div class="bm bmw cl"><div class="bm_h cl"><h2><a href="forum.php?gid=1">江城社区</a></h2></div><div class="bm_c"><table class="fl_tb"><tr><td class="fl_g"><dl><dt><a href="forum-{FID}-1.html">江城新闻</a><em class="xw0 xi1"></em></dt><dd><em>主题: {len(forum_posts)}</em>, <em>帖数: {len(forum_posts) * 4}</em></dd></dl></td></tr></table></div></div></div></div>',
            "forum",
        )
    )
    items = "".join(
        f"<item><title>{escape(q.title)}</title><link>{base}/forum.php?mod=viewthread&amp;tid={tid[q.idx]}</link>"
        f"<description><![CDATA[{q.paras[0][:80]}]]></description><category>江城新闻</category><author>{escape(q.author)}</author>"
        f"<pubDate>{format_datetime(q.published - timedelta(hours=2))}</pubDate></item>"
        for q in forum_posts[:20]
    )
    pages[f"/forum.php?mod=rss&fid={FID}&auth=0"] = xml(
        f'<?xml version="1.0" encoding="gbk"?>\n<rss version="2.0"><channel><title>{SITE} - 江城新闻</title><link>{base}/forum.php?mod=forumdisplay&amp;fid={FID}</link>'
        f"<description>Latest 20 threads of 江城新闻</description><copyright>Copyright(C) {SITE}</copyright><generator>Discuz! Board by Comsenz Inc.</generator><lastBuildDate>Tue, 02 May 2017 01:31:00 +0000</lastBuildDate><ttl>30</ttl>{items}</channel></rss>",
        "application/xml",
    )
    rss_resp = pages[f"/forum.php?mod=rss&fid={FID}&auth=0"]
    pages[f"/forum.php?mod=rss&fid={FID}&auth=0"] = Resp(
        rss_resp.body.decode("utf-8").encode("gbk", "xmlcharrefreplace"), "application/xml"
    )

    def cat_nth(c):
        return lambda k: f"/portal.php?mod=list&catid={c}" + (f"&page={k + 1}" if k else "")

    def list_item(q):
        return f"""<dl class="bbda cl"><dt class="xs2"><a href="{url[q.idx][1:]}" target="_blank" class="xi2">{escape(q.title)}</a></dt>
<dd class="xs2 cl"><div class="atc"></div>{escape(q.paras[0][:70])} ...</dd>
<dd><label>分类: <a href="portal.php?mod=list&amp;catid={q.section}" class="xi2">{CATS[q.section]}</a></label><span class="xg1"> {fdate(q.published)}</span><span class="pipe">|</span><span class="xg1">发布者: {escape(q.author)}</span><span class="pipe">|</span><span class="xg1">评论: {len(threads[q.idx])}</span></dd></dl>"""

    for c, name in CATS.items():
        items_c = [q for q in posts if q.section == c]
        nth = cat_nth(c)

        def render(chunk, k, n, nth=nth, c=c, name=name):
            pg = "".join(
                f'<a href="{nth(j)[1:]}">{j + 1}</a>' if j != k else f"<strong>{j + 1}</strong>"
                for j in range(n)
            )
            nxt = f'<a href="{nth(k + 1)[1:]}" class="nxt">下一页</a>' if k + 1 < n else ""
            content = f"""{crumbs('<a href="portal.php">门户</a>', f'<a href="portal.php?mod=list&amp;catid={c}">{name}</a>')}
<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm hl"><div class="bm_h cl"><h1 class="xs2">{name}</h1></div></div>
<div class="bm"><div id="articlelist" class="bm_c xld">{"".join(list_item(q) for q in chunk)}</div><div class="pgs cl"><div class="pg">{pg}{nxt}</div></div></div></div></div>"""
            return shell(name, content, "portal").encode("gbk", "xmlcharrefreplace").decode("gbk")

        parts = [items_c[i : i + 6] for i in range(0, len(items_c), 6)]
        for k, chunk in enumerate(parts):
            pages[nth(k)] = gbk(render(chunk, k, len(parts)))

    slides = "".join(
        f'<li><a href="{url[q.idx][1:]}" target="_blank"><img src="data/attachment/portal/201703/slide{q.idx}.jpg" width="520" height="300" /></a><span class="title">{escape(q.title)}</span></li>'
        for q in posts[:4]
    )
    cols = "".join(
        f'<div class="bm"><div class="bm_h cl"><span class="y"><a href="portal.php?mod=list&amp;catid={c}" class="xi2">更多</a></span><h2>{name}</h2></div><div class="bm_c"><ul class="xl xl1 cl">'
        + "".join(
            f'<li><em>{q.published.month}-{q.published.day}</em><a href="{url[q.idx][1:]}" title="{escape(q.title)}" target="_blank">{escape(q.title)}</a></li>'
            for q in [q for q in posts if q.section == c][:6]
        )
        + "</ul></div></div>"
        for c, name in CATS.items()
    )
    home = f"""<div id="ct" class="wp cl"><div class="mn"><div class="slidebox"><ul class="slideshow">{slides}</ul></div>{cols}
<div class="bm"><div class="bm_h cl"><h2>论坛热帖</h2></div><div class="bm_c"><ul class="xl xl1 cl">{"".join(f'<li><a href="thread-{tid[q.idx]}-1-1.html">{escape(q.title)}</a></li>' for q in forum_posts[:8])}</ul></div></div></div></div>"""
    pages["/portal.php"] = gbk(
        shell("门户", home, "portal", "江城,新闻,论坛", f"{SITE} 本地新闻门户")
    )
    pages["/"] = pages["/portal.php"]
    pages["/robots.txt"] = robots(
        base,
        [],
        [
            "/api/",
            "/data/",
            "/source/",
            "/install/",
            "/template/",
            "/config/",
            "/uc_client/",
            "/uc_server/",
            "/static/",
            "/admin.php",
            "/search.php",
            "/member.php",
            "/api.php",
            "/misc.php",
            "/connect.php",
            "/forum.php?mod=redirect*",
            "/forum.php?mod=post*",
            "/home.php?mod=spacecp*",
            "/userapp.php?mod=app&*",
            "/*?mod=misc*",
            "/*?mod=attachment*",
            "/*mobile=yes*",
        ],
    )
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: twins[p.idx])
