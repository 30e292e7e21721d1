"""XOOPS 2.5 portal with the news module (ja, EUC-JP named only in a meta tag, Asia/Tokyo): print and comment-view twins, listings only."""
# ruff: noqa: RUF001  (full-width CJK punctuation is the point here)

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import by_key, by_month, make_posts, paged, site_from, thread
from benchmarks.unseen.server import Resp

NAME = "xoops_ja"
SITE = "みなと市民ネット"
CHARSET = "EUC-JP"
TOPICS = {"1": "市政・議会", "2": "まちづくり", "3": "交通", "4": "教育・子育て"}
POSTERS = {"編集部": 1, "たなか記者": 3, "さとう": 7}
READERS = ["みなと太郎", "ゲスト", "hiro", "山手の住人", "まさこ", "通りすがり", "kenji_m"]
REMARKS = [
    "詳しい報告ありがとうございます。傍聴できなかったので助かりました。",
    "また住民への説明が後回しになっている気がします。",
    "結局負担するのは市民ですよね。",
    "ようやく動き出しましたね。期待しています。",
    "計画図はどこで見られますか？",
    "工事中の迂回路がどうなるのか知りたいです。",
]


def _page(body: str) -> Resp:
    """An HTML page whose charset only its meta tag names (the server sends bare text/html)."""
    return Resp(body.encode(CHARSET, "xmlcharrefreplace"), "text/html")


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        974, "ja", 32, "Asia/Tokyo", list(TOPICS), list(POSTERS), ["x"], midnight=False
    )
    rng = random.Random(974)
    threads = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 6) for p in posts}
    sid = {p.idx: 400 + p.idx * 3 for p in posts}
    hits = {p.idx: 80 + (p.idx * 53) % 700 for p in posts}
    com = {p.idx: [sid[p.idx] * 5 + j for j in range(len(threads[p.idx]))] for p in posts}
    url = {p.idx: f"/modules/news/article.php?storyid={sid[p.idx]}" for p in posts}
    printv = {p.idx: f"/modules/news/print.php?storyid={sid[p.idx]}" for p in posts}
    comview = {
        p.idx: [
            f"{url[p.idx]}&com_id={c}&com_rootid={c}&com_mode=flat&com_order=0" for c in com[p.idx]
        ]
        for p in posts
    }

    def xdate(d):
        return f"{d.year}/{d.month}/{d.day} {d.hour}:{d:%M}"

    def text_html(p):
        return "<br />\n<br />\n".join(escape(x) for x in p.paras)

    def block(title, inner):
        return f'<div class="xo-block"><div class="xo-blocktitle">{title}</div><div class="xo-blockcontent">{inner}</div></div>'

    def shell(title, content, desc="", module="news"):
        menu = "".join(
            f'<a class="menuSub" href="/modules/news/index.php?storytopic={t}">{v}</a>'
            for t, v in TOPICS.items()
        )
        latest = "".join(
            f'<li><a href="{url[q.idx]}">{escape(q.title)}</a> <span class="date">[{q.published:%m-%d}]</span></li>'
            for q in posts[:6]
        )
        popular = "".join(
            f'<li><a href="{url[q.idx]}">{escape(q.title)}</a> ({hits[q.idx]})</li>'
            for q in sorted(posts, key=lambda q: -hits[q.idx])[:5]
        )
        left = block(
            "メインメニュー",
            f'<div id="mainmenu"><a class="menuTop" href="{base}/">ホーム</a><a class="menuMain" href="/modules/news/">ニュース</a>{menu}'
            '<a class="menuSub" href="/modules/news/archive.php">アーカイブ</a><a class="menuSub" href="/modules/news/topics_directory.php">トピック一覧</a>'
            '<a class="menuMain" href="/modules/contact/">お問い合わせ</a></div>',
        ) + block(
            "検索",
            '<form style="margin-top: 0px;" action="/search.php" method="get"><input type="text" name="query" size="14" /><input type="hidden" name="action" value="results" /><br /><input type="submit" value="検索" /></form><a href="/search.php">詳細検索</a>',
        )
        right = (
            block(
                "ログイン",
                '<form style="margin-top: 0px;" action="/user.php" method="post">ユーザ名: <br /><input type="text" name="uname" size="12" value="" maxlength="25" /><br />パスワード: <br /><input type="password" name="pass" size="12" maxlength="32" /><br /><input type="hidden" name="op" value="login" /><input type="submit" value="ログイン" /></form><a href="/lostpass.php">パスワード紛失</a><br /><a href="/register.php">新規登録</a>',
            )
            + block("最新ニュース", f'<ul class="newsblock">{latest}</ul>')
            + block("人気ニュース", f'<ul class="newsblock">{popular}</ul>')
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja" lang="ja">
<head>
<meta http-equiv="content-type" content="text/html; charset={CHARSET}" />
<meta http-equiv="content-language" content="ja" />
<meta name="robots" content="index,follow" />
<meta name="keywords" content="みなと市,市政,まちづくり,ニュース,地域" />
<meta name="description" content="{escape(desc or "みなと市の市政と地域のニュースを市民の目線で伝えます。")}" />
<meta name="rating" content="general" />
<meta name="author" content="{SITE}" />
<meta name="copyright" content="Copyright &copy; 2005-2017 {SITE}" />
<meta name="generator" content="XOOPS" />
<title>{escape(title)}</title>
<link href="{base}/favicon.ico" rel="SHORTCUT ICON" />
<link rel="stylesheet" type="text/css" media="all" href="{base}/xoops.css" />
<link rel="stylesheet" type="text/css" media="all" href="{base}/themes/default/style.css" />
<script type="text/javascript" src="{base}/include/xoops.js"></script>
</head>
<body id="{module}" class="ja">
<div id="xo-canvas">
  <div id="xo-header">
    <div id="xo-headerlogo"><a href="{base}/" title="{SITE}"><img src="{base}/themes/default/img/logo.png" alt="{SITE}" /></a></div>
    <div id="xo-headerbanner"><a href="/banners.php?op=click&amp;bid=2" rel="external"><img src="/uploads/banners/shoten.gif" alt="みなと商店会" /></a></div>
  </div>
  <div id="xo-canvas-content">
    <div id="xo-canvas-columns">
      <div id="xo-leftcolumn" class="xo-blockszone">{left}</div>
      <div id="xo-page">
        <div id="xo-content">
{content}
        </div>
      </div>
      <div id="xo-rightcolumn" class="xo-blockszone">{right}</div>
    </div>
  </div>
  <div id="xo-footer">
    <div class="disclaimer">掲載記事の無断転載を禁じます。 | <a href="/modules/contact/">お問い合わせ</a> | <a href="/modules/xoopsfaq/">プライバシーポリシー</a></div>
    Powered by XOOPS &copy; 2001-2017 <a href="http://xoops.org" rel="external" title="The XOOPS Project">The XOOPS Project</a>
  </div>
</div>
</body>
</html>"""

    def item(q, full):
        poster = f'<span class="itemPoster">投稿者 : <a href="/userinfo.php?uid={POSTERS[q.author]}">{escape(q.author)}</a></span>'
        body = text_html(q) if full else escape(q.paras[0])
        foot = (
            ""
            if full
            else f'<span class="itemPermaLink"><a href="{url[q.idx]}">続きを読む...</a> | {sum(len(x.encode("utf-8")) for x in q.paras[1:])} バイトの追加テキスト | <a href="{url[q.idx]}#comments">コメント ({len(threads[q.idx])})</a></span>'
        )
        return f"""<div class="item">
    <div class="itemHead">
        <span class="itemTitle"><a href="/modules/news/index.php?storytopic={q.section}">{TOPICS[q.section]}</a> : {"" if full else f'<a href="{url[q.idx]}">'}{escape(q.title)}{"" if full else "</a>"}</span>
    </div>
    <div class="itemInfo">
        {poster}
        <span class="itemPostDate">投稿日時: {xdate(q.published)}</span>
        (<span class="itemStats">{hits[q.idx]} ヒット</span>)
    </div>
    <div class="itemBody">
        <a href="/modules/news/index.php?storytopic={q.section}"><img src="/modules/news/images/topics/topic{q.section}.gif" alt="{TOPICS[q.section]}" hspace="10" vspace="10" align="right" /></a>
        <div class="itemText">{body}</div>
        <div class="clear"></div>
    </div>
    <div class="itemFoot">
        <span class="itemAdminLink"></span>
        {foot}
    </div>
</div>"""

    def article(p):
        i = posts.index(p)
        prev_ = posts[i + 1] if i + 1 < len(posts) else None
        next_ = posts[i - 1] if i > 0 else None
        nav = " | ".join(
            x
            for x in (
                f'<a href="{url[prev_.idx]}" title="{escape(prev_.title)}">前の記事</a>'
                if prev_
                else "",
                f'<a href="{url[next_.idx]}" title="{escape(next_.title)}">次の記事</a>'
                if next_
                else "",
            )
            if x
        )
        same = [q for q in posts if q.section == p.section and q is not p][:5]
        others = "".join(
            f'<tr class="{"even" if j % 2 else "odd"}"><td><a href="{url[q.idx]}">{escape(q.title)}</a></td><td align="center">{xdate(q.published)}</td><td align="center">{hits[q.idx]}</td></tr>'
            for j, q in enumerate(same)
        )
        rows = "".join(
            f"""<tr><td class="head"><a id="comment{c}"></a> {escape(w)}</td><td class="head"><div class="comDate"><span class="comDateCaption">投稿日時:</span> {xdate(t)}</div></td></tr>
<tr><td class="odd"><div class="comUserRank"><div class="comUserRankText">ゲスト</div></div></td>
<td class="odd"><div class="comTitle"><a href="{comview[p.idx][j]}#comment{c}">Re: {escape(p.title)}</a></div><div class="comText">{escape(x)}</div></td></tr>
<tr><td class="even"></td><td class="even" align="right"><a href="/modules/news/comment_reply.php?com_id={c}" rel="nofollow">返信</a></td></tr>"""
            for j, (c, (w, t, x)) in enumerate(zip(com[p.idx], threads[p.idx], strict=True))
        )
        comments = (
            f'<table class="outer" cellpadding="5" cellspacing="1"><tr><th width="20%">投稿者</th><th>スレッド</th></tr>{rows}</table>'
            if rows
            else ""
        )
        content = f"""<div class="news-article">
<div class="marg2 pad2">
{item(p, True)}
<a href="{printv[p.idx]}" rel="nofollow"><img src="/modules/news/images/print.gif" border="0" alt="印刷用ページ" title="印刷用ページ" /></a>
<a target="_top" href="mailto:?subject=%E8%A8%98%E4%BA%8B%E3%81%AE%E7%B4%B9%E4%BB%8B&amp;body={base}{url[p.idx]}" rel="nofollow"><img src="/modules/news/images/friend.gif" border="0" alt="友達に送る" title="友達に送る" /></a>
<a target="_blank" href="/modules/news/makepdf.php?storyid={sid[p.idx]}" rel="nofollow"><img src="/modules/news/images/acrobat.gif" border="0" alt="PDF" title="PDF" /></a>
</div>
<div style="text-align: right; margin: 10px;">{nav}</div>
<div class="itemInfo"><b>このトピックの他の記事</b></div>
<table class="outer" width="100%"><tr><th>タイトル</th><th>投稿日時</th><th>ヒット</th></tr>{others}</table>
<div style="text-align: center; padding: 3px; margin:3px;"><span class="itemPermaLink">トピック: <a href="/modules/news/index.php?storytopic={p.section}">{TOPICS[p.section]}</a></span></div>
<div class="pad5 marg5" id="comments">
<form method="get" action="/modules/news/article.php"><table width="95%" class="outer" cellspacing="1"><tr><td class="even" align="center">
<select name="com_mode"><option value="nest">ネスト表示</option><option value="flat" selected="selected">フラット表示</option><option value="thread">スレッド表示</option></select>
<select name="com_order"><option value="0" selected="selected">古いものから</option><option value="1">新しいものから</option></select>
<input type="hidden" name="storyid" value="{sid[p.idx]}" /><input type="submit" value="更新" class="formButton" />
<input type="button" onclick="self.location.href='/modules/news/comment_new.php?com_itemid={sid[p.idx]}&amp;com_order=0&amp;com_mode=flat'" class="formButton" value="コメント投稿" />
</td></tr></table></form>
<div style="margin:3px; padding: 3px;">投稿された内容の著作権はコメントの投稿者に帰属します。</div>
{comments}
</div>
</div>"""
        return shell(f"{p.title} - {TOPICS[p.section]} - {SITE}", content, p.paras[0][:120])

    def printview(p):
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja" lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={CHARSET}" />
<title>{SITE}</title>
<meta name="AUTHOR" content="{SITE}" />
<meta name="COPYRIGHT" content="Copyright (c) 2017 by {SITE}" />
<meta name="GENERATOR" content="XOOPS" />
<meta name="robots" content="noindex,nofollow" />
</head>
<body bgcolor="#ffffff" text="#000000" onload="window.print()">
<table border="0"><tr><td align="center">
<table border="0" width="640" cellpadding="0" cellspacing="1" bgcolor="#000000"><tr><td>
<table border="0" width="640" cellpadding="20" cellspacing="1" bgcolor="#ffffff"><tr><td>
<img src="{base}/modules/news/images/logo.gif" border="0" alt="" /><br /><br />
<h2>{escape(p.title)}</h2>
<small><b>日付</b>:&nbsp;{xdate(p.published)}<br /><b>トピック</b>:&nbsp;{TOPICS[p.section]}</small><br /><br />
{text_html(p)}<br />
</td></tr></table></td></tr></table>
<br /><br />この記事は {SITE} で更新されました (<a href="{base}/">{base}/</a>)<br />
この記事のURL:<br /><a href="{base}{url[p.idx]}">{base}{url[p.idx]}</a>
</td></tr></table>
</body>
</html>"""

    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = _page(article(p))
        pages[printv[p.idx]] = _page(printview(p))
        for v in comview[p.idx]:
            pages[v] = pages[url[p.idx]]
        pages[f"/modules/news/makepdf.php?storyid={sid[p.idx]}"] = Resp(
            b"%PDF-1.4\n% XOOPS news makepdf\n%%EOF\n", "application/pdf"
        )
        pages[
            f"/modules/news/comment_new.php?com_itemid={sid[p.idx]}&com_order=0&com_mode=flat"
        ] = _page(
            shell(
                f"コメント投稿 - {SITE}",
                '<div class="errorMsg">この機能を利用するにはログインが必要です。</div>',
            )
        )
        for c in com[p.idx]:
            pages[f"/modules/news/comment_reply.php?com_id={c}"] = _page(
                shell(
                    f"返信 - {SITE}",
                    '<div class="errorMsg">この機能を利用するにはログインが必要です。</div>',
                )
            )

    def lister(path0, heading, items, per=10):
        sep = "&" if "?" in path0 else "?"

        def nth(k):
            return path0 if not k else f"{path0}{sep}start={k * per}"

        def render(chunk, k, n):
            nav = "".join(
                f"<strong>({j + 1})</strong> " if j == k else f'<a href="{nth(j)}">{j + 1}</a> '
                for j in range(n)
            )
            if k + 1 < n:
                nav += f'<a href="{nth(k + 1)}"><u>&raquo;</u></a>'
            if k:
                nav = f'<a href="{nth(k - 1)}"><u>&laquo;</u></a> ' + nav
            topics_form = "".join(f'<option value="{t}">{v}</option>' for t, v in TOPICS.items())
            content = f"""<div class="news-index">
<div style="text-align: center;"><form name="form1" action="/modules/news/index.php" method="get">トピック <select name="storytopic"><option value="0">すべて</option>{topics_form}</select> <input type="submit" value="表示" /></form></div>
{f'<div class="itemTitle"><h2>{escape(heading)}</h2></div>' if heading else ""}
{"".join(item(q, False) for q in chunk)}
<div class="pagenav" style="text-align: right;">{nav}</div>
</div>"""
            return shell((f"{heading} - " if heading else "ニュース - ") + SITE, content)

        paged(pages, nth, items, per, render, CHARSET)
        for j in range(len(items) // per + 1):
            key = nth(j)
            if key in pages:
                pages[key] = Resp(pages[key].body, "text/html")

    lister("/modules/news/index.php", "", posts)
    pages["/modules/news/"] = pages["/modules/news/index.php"]
    pages["/"] = pages["/modules/news/index.php"]
    pages["/index.php"] = pages["/modules/news/index.php"]
    for t, items in by_key(posts, lambda p: p.section).items():
        lister(f"/modules/news/index.php?storytopic={t}", TOPICS[t], items)
    months = by_month(posts)
    month_list = "".join(
        f'<li><a href="/modules/news/archive.php?year={y}&amp;month={m}">{y}年{m}月</a></li>'
        for (y, m) in months
    )
    pages["/modules/news/archive.php"] = _page(
        shell(
            f"ニュースアーカイブ - {SITE}",
            f'<div class="news-archive"><h3>ニュースアーカイブ</h3><ul>{month_list}</ul></div>',
        )
    )
    for (y, m), items in months.items():
        rows = "".join(
            f'<tr class="{"even" if j % 2 else "odd"}"><td><a href="/modules/news/index.php?storytopic={q.section}">{TOPICS[q.section]}</a>: <a href="{url[q.idx]}">{escape(q.title)}</a></td>'
            f'<td align="center"><a href="{printv[q.idx]}" rel="nofollow"><img src="/modules/news/images/print.gif" alt="印刷用ページ" /></a></td><td align="center">{hits[q.idx]}</td><td>{xdate(q.published)}</td></tr>'
            for j, q in enumerate(items)
        )
        pages[f"/modules/news/archive.php?year={y}&month={m}"] = _page(
            shell(
                f"ニュースアーカイブ {y}年{m}月 - {SITE}",
                f'<div class="news-archive"><h3>ニュースアーカイブ</h3><ul>{month_list}</ul><table class="outer" width="100%"><tr><th colspan="4">{y}年{m}月</th></tr>'
                f"<tr><th>記事</th><th>操作</th><th>ヒット</th><th>日付</th></tr>{rows}</table></div>",
            )
        )
    pages["/modules/news/topics_directory.php"] = _page(
        shell(
            f"トピック一覧 - {SITE}",
            '<table class="outer" width="100%"><tr><th>トピック</th><th>記事数</th></tr>'
            + "".join(
                f'<tr><td><a href="/modules/news/index.php?storytopic={t}">{v}</a></td><td>{sum(1 for p in posts if p.section == t)}</td></tr>'
                for t, v in TOPICS.items()
            )
            + "</table>",
        )
    )
    for name, uid in POSTERS.items():
        pages[f"/userinfo.php?uid={uid}"] = _page(
            shell(
                f"{name}さんのプロフィール - {SITE}",
                f'<table class="outer" width="100%"><tr><th colspan="2">{escape(name)}さんのプロフィール</th></tr><tr><td class="head">ランク</td><td class="odd">記者</td></tr></table>',
            )
        )
    for path, title, text in (
        ("/modules/contact/", "お問い合わせ", "ご意見・情報提供は下記フォームからお寄せください。"),
        (
            "/modules/xoopsfaq/",
            "プライバシーポリシー",
            "当サイトではアクセス解析のためにクッキーを使用しています。",
        ),
        ("/search.php", "検索", "キーワードを入力してください。"),
        ("/lostpass.php", "パスワード紛失", "登録したメールアドレスを入力してください。"),
        ("/register.php", "新規登録", "利用規約に同意のうえ登録してください。"),
        ("/banners.php?op=click&bid=2", "みなと商店会", "みなと商店会のサイトへ移動します。"),
    ):
        pages[path] = _page(
            shell(f"{title} - {SITE}", f"<h3>{title}</h3><p>{text}</p>", module="system")
        )
    return site_from(
        NAME, posts, lambda p: url[p.idx], pages, lambda p: [printv[p.idx], *comview[p.idx]]
    )
