"""HOLDOUT: do not read or tune against this module. Movable Type 5 Classic Blog (ja): entry/monthly/category archives, asset-more, mt-search.cgi."""

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import (
    Resp,
    atom,
    by_key,
    by_month,
    html,
    make_posts,
    site_from,
    thread,
    xml,
)

NAME = "movabletype_ja"
SITE = "まちかど通信"
CATS = {"chiiki": "地域", "gyosei": "行政", "kurashi": "くらし"}
TAGS = ["商店街", "市議会", "子育て", "防災", "バス路線", "図書館"]
READERS = ["通りすがり", "地元民", "たなか", "西町在住", "K.S", "みどり"]
LINES = [
    "いつも参考にしています。続報を期待しています。",
    "地元としては早く進めてほしいです。",
    "説明会の日程はもう決まっているのでしょうか。",
    "詳しいまとめをありがとうございます。",
    "うちの近所でも同じ話を聞きました。",
]


def _jd(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日 {d.strftime('%H:%M')}"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        1606, "ja", 30, "Asia/Tokyo", list(CATS.values()), ["山田太郎", "佐藤花子"], TAGS
    )
    rng = random.Random(1606)
    eid = {p.idx: 300 + p.idx for p in posts}
    u = {p.idx: f"/{p.published.strftime('%Y/%m')}/entry-{eid[p.idx]}.html" for p in posts}
    cslug = {v: k for k, v in CATS.items()}
    threads = {p.idx: thread(rng, READERS, LINES, p.published, 0, 4) for p in posts}
    months = by_month(posts)
    pages: dict = {}

    def tag_url(t):
        return f"/mt/mt-search.cgi?tag={t}&blog_id=1"

    beta_common = (
        '<div class="widget-search widget"><h3 class="widget-header">検索</h3><div class="widget-content"><form method="get" action="/mt/mt-search.cgi"><input type="text" id="search" class="ti" name="search" value="" /><input type="hidden" name="IncludeBlogs" value="1" /><input type="submit" accesskey="4" value="検索" /></form></div></div>'
        + '<div class="widget-archive-category widget-archive widget"><h3 class="widget-header">カテゴリ</h3><div class="widget-content"><ul>'
        + "".join(
            f'<li><a href="/{k}/">{v} ({sum(p.section == v for p in posts)})</a></li>'
            for k, v in CATS.items()
        )
        + '</ul></div></div><div class="widget-archive-monthly widget-archive widget"><h3 class="widget-header">月別 <a href="/archives.html">アーカイブ</a></h3><div class="widget-content"><ul>'
        + "".join(f'<li><a href="/{y}/{m:02d}/">{y}年{m}月</a></li>' for y, m in months)
        + '</ul></div></div><div class="widget-tag-cloud widget"><h3 class="widget-header">タグクラウド</h3><div class="widget-content"><ul class="widget-list">'
        + "".join(
            f'<li class="rank-{i + 2} widget-list-item"><a href="{escape(tag_url(t))}">{t}</a></li>'
            for i, t in enumerate(TAGS)
        )
        + "</ul></div></div>"
        + '<div class="widget-syndication widget"><div class="widget-content"><ul><li><img src="/mt-static/images/status_icons/feed.gif" alt="購読する" width="9" height="9" /> <a href="/atom.xml">このブログを購読</a></li></ul></div></div>'
        + '<div class="widget-mailmag widget"><h3 class="widget-header">メールマガジン</h3><div class="widget-content"><p>週に一度、新着記事をメールでお届けします。</p><form><input type="text" name="mail" /><input type="submit" value="登録" /></form></div></div>'
        + '<div class="widget-powered widget"><div class="widget-content"><a href="http://www.sixapart.jp/movabletype/"><img src="/mt-static/images/bug-pbmt-white.png" alt="Powered by Movable Type 5.2.13" width="120" height="75" /></a></div></div>'
    )

    def shell(title, main, beta_top="", head="", body_class="mt-main-index"):
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <meta name="generator" content="Movable Type 5.2.13" />
    <link rel="stylesheet" href="/styles.css" type="text/css" />
    <link rel="start" href="/" title="Home" />
    <link rel="alternate" type="application/atom+xml" title="Recent Entries" href="{base}/atom.xml" />
    <script type="text/javascript" src="/mt.js"></script>
{head}
    <title>{escape(title)}</title>
</head>
<body id="classic-blog" class="{body_class} layout-wtt">
    <div id="container"><div id="container-inner">
            <div id="header"><div id="header-inner"><div id="header-content">
                        <div id="header-name"><a href="/" accesskey="1">{SITE}</a></div>
                        <div id="header-description">駅前から川沿いまで、市内のちいさなニュースを拾って書いています。</div>
            </div></div></div>
            <div id="cookie-consent" class="cookie-consent">当サイトではアクセス解析のためにCookieを使用しています。<a href="/about.html">詳しくはこちら</a> <button>同意する</button></div>
            <div id="content"><div id="content-inner">
                    <div id="alpha"><div id="alpha-inner">{main}</div></div>
                    <div id="beta"><div id="beta-inner">{beta_top}{beta_common}</div></div>
            </div></div>
            <div id="footer"><div id="footer-inner"><div id="footer-content">
                        <div class="widget-powered widget"><div class="widget-content">Powered by <a href="http://www.sixapart.jp/movabletype/">Movable Type 5.2.13</a></div></div>
            </div></div></div>
    </div></div>
</body>
</html>"""

    def entry_body(p, summary=False):
        first = "".join(f"<p>{escape(x)}</p>" for x in p.paras[:2])
        more = "".join(f"<p>{escape(x)}</p>" for x in p.paras[2:])
        if summary:
            return f'<div class="asset-content entry-content"><div class="asset-body">{first}</div><div class="asset-more-link"><a href="{u[p.idx]}#more">続きを読む: {escape(p.title)}</a></div></div>'
        return f'<div class="asset-content entry-content"><div class="asset-body">{first}</div><div id="more" class="asset-more">{more}</div></div>'

    def meta(p):
        n = len(threads[p.idx])
        return (
            f'<div class="asset-meta"><span class="byline">投稿者: <span class="vcard author"><a class="fn url" href="/about.html">{p.author}</a></span> 日時: <abbr class="published" title="{p.published.isoformat()}">{_jd(p.published)}</abbr></span>'
            f' <span class="separator">|</span> <a class="permalink" href="{u[p.idx]}">パーマリンク</a> <span class="separator">|</span> <a href="{u[p.idx]}#comments">コメント({n})</a> <span class="separator">|</span> <a href="{u[p.idx]}#trackbacks">トラックバック(0)</a></div>'
        )

    def footer(p):
        return (
            f'<div class="asset-footer"><div class="entry-categories"><h4>カテゴリ<span class="delimiter">:</span></h4><ul><li class="entry-category"><a href="/{cslug[p.section]}/" rel="tag">{p.section}</a></li></ul></div>'
            f'<div class="entry-tags"><h4>タグ<span class="delimiter">:</span></h4><ul>{"".join(f"<li><a href={chr(34)}{escape(tag_url(t))}{chr(34)} rel={chr(34)}tag{chr(34)}>{t}</a></li>" for t in p.tags)}</ul></div></div>'
        )

    def summary(p):
        return f'<div id="entry-{eid[p.idx]}" class="entry-asset asset hentry"><div class="asset-header"><h2 class="asset-name entry-title"><a href="{u[p.idx]}" rel="bookmark">{escape(p.title)}</a></h2>{meta(p)}</div>{entry_body(p, True)}{footer(p)}</div>'

    def article(p):
        i = posts.index(p)
        prv = posts[i + 1] if i + 1 < len(posts) else None
        nxt = posts[i - 1] if i else None
        com = threads[p.idx]
        coms = "".join(
            f'<div id="comment-{eid[p.idx] * 10 + j}" class="comment"><div class="inner"><div class="comment-header"><div class="asset-meta"><span class="byline"><span class="vcard author">{escape(w)}</span> <span class="delimiter">|</span> <a href="{u[p.idx]}#comment-{eid[p.idx] * 10 + j}"><abbr class="published" title="{t.isoformat()}">{_jd(t)}</abbr></a> <span class="delimiter">|</span> <a class="comment-reply-link" href="javascript:void(0);">返信</a></span></div></div>'
            f'<div class="comment-content"><p>{escape(x)}</p></div></div></div>'
            for j, (w, t, x) in enumerate(com)
        )
        head = (
            (
                f'    <link rel="prev bookmark" href="{u[prv.idx]}" title="{escape(prv.title)}" />\n'
                if prv
                else ""
            )
            + (
                f'    <link rel="next bookmark" href="{u[nxt.idx]}" title="{escape(nxt.title)}" />\n'
                if nxt
                else ""
            )
            + f"""    <!--
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<rdf:Description rdf:about="{base}{u[p.idx]}" trackback:ping="{base}/mt/mt-tb.cgi/{eid[p.idx]}" dc:title="{escape(p.title)}" dc:identifier="{base}{u[p.idx]}" dc:subject="{p.section}" dc:description="{escape(p.paras[0][:60])}..." dc:creator="{p.author}" dc:date="{p.published.isoformat()}" />
</rdf:RDF>
-->
    <meta name="description" content="{escape(p.paras[0][:80])}" />"""
        )
        about = (
            f'<div class="widget-about-this-page widget"><h3 class="widget-header">このブログ記事について</h3><div class="widget-content"><p class="first">このページは、{p.author}が{_jd(p.published).replace(" ", "")}に書いたブログ記事です。</p>'
            + (
                f'<p>ひとつ前のブログ記事は「<a href="{u[prv.idx]}">{escape(prv.title)}</a>」です。</p>'
                if prv
                else ""
            )
            + (
                f'<p>次のブログ記事は「<a href="{u[nxt.idx]}">{escape(nxt.title)}</a>」です。</p>'
                if nxt
                else ""
            )
            + '<p>最近のコンテンツは<a href="/">インデックスページ</a>で見られます。過去に書かれたものは<a href="/archives.html">アーカイブのページ</a>で見られます。</p></div></div>'
            + '<div class="widget-recent-entries widget-archives widget"><h3 class="widget-header">最近のブログ記事</h3><div class="widget-content"><ul>'
            + "".join(f'<li><a href="{u[q.idx]}">{escape(q.title)}</a></li>' for q in posts[:5])
            + "</ul></div></div>"
        )
        main = f"""<div id="entry-{eid[p.idx]}" class="entry-asset asset hentry"><div class="asset-header"><h1 id="page-title" class="asset-name entry-title">{escape(p.title)}</h1>{meta(p)}</div>
{entry_body(p)}
<div class="share-buttons"><a href="https://twitter.com/share?url={base}{u[p.idx]}" class="twitter-share-button">ツイート</a> <a href="https://www.facebook.com/sharer.php?u={base}{u[p.idx]}">シェア</a> <a href="http://b.hatena.ne.jp/entry/{base}{u[p.idx]}" class="hatena-bookmark-button">B!</a> <a href="https://social-plugins.line.me/lineit/share?url={base}{u[p.idx]}">LINEで送る</a></div>
{footer(p)}</div>
<div id="trackbacks" class="trackbacks"><h2 class="trackbacks-header">トラックバック(0)</h2><div class="trackbacks-info"><p>このブログ記事を参照しているブログ一覧: {escape(p.title)}</p><p>このブログ記事に対するトラックバックURL: <span id="trackbacks-link">{base}/mt/mt-tb.cgi/{eid[p.idx]}</span></p></div></div>
<div id="comments" class="comments"><h2 class="comments-header">コメント({len(com)})</h2><div class="comments-content">{coms}</div>
<div class="comments-open" id="comments-open"><h2 class="comments-open-header">コメントする</h2><div class="comments-open-content"><form method="post" action="/mt/mt-comments.cgi" name="comments_form" id="comments-form"><input type="hidden" name="entry_id" value="{eid[p.idx]}" /><div id="comments-open-data"><label for="comment-author">名前</label><input id="comment-author" name="author" size="30" value="" /></div><div id="comments-open-text"><label for="comment-text">コメント (スタイル用のHTMLタグを使えます)</label><textarea id="comment-text" name="text" rows="15" cols="50"></textarea></div><div id="comments-open-footer"><input type="submit" accesskey="v" name="preview_button" id="comment-preview" value="確認" /> <input type="submit" accesskey="s" name="post" id="comment-submit" value="投稿" /></div></form></div></div></div>
<p class="content-nav">{f'<a class="previous-link" href="{u[prv.idx]}">&laquo; {escape(prv.title)}</a> |' if prv else ""} <a class="main-index-link" href="/">メインページ</a> | <a class="archive-index-link" href="/archives.html">アーカイブ</a> {f'| <a class="next-link" href="{u[nxt.idx]}">{escape(nxt.title)} &raquo;</a>' if nxt else ""}</p>"""
        return shell(f"{p.title} - {SITE}", main, about, head, "mt-entry-archive")

    for p in posts:
        pages[u[p.idx]] = html(article(p))

    def archive_page(path, heading, items, body_class, extra_nav=""):
        pages[path] = html(
            shell(
                f"{heading} - {SITE}",
                f'<h1 id="page-title" class="archive-title">{heading}</h1>{"".join(summary(p) for p in items)}{extra_nav}',
                body_class=body_class,
            )
        )

    mkeys = list(months)
    for n, ((y, m), items) in enumerate(months.items()):
        nav = (
            '<div class="content-nav">'
            + (
                f'<a href="/{mkeys[n + 1][0]}/{mkeys[n + 1][1]:02d}/">&laquo; {mkeys[n + 1][0]}年{mkeys[n + 1][1]}月</a> | '
                if n + 1 < len(mkeys)
                else ""
            )
            + '<a href="/">メインページ</a>'
            + (
                f' | <a href="/{mkeys[n - 1][0]}/{mkeys[n - 1][1]:02d}/">{mkeys[n - 1][0]}年{mkeys[n - 1][1]}月 &raquo;</a>'
                if n
                else ""
            )
            + "</div>"
        )
        archive_page(
            f"/{y}/{m:02d}/",
            f"{y}年{m}月",
            items,
            "mt-archive-listing mt-datebased-monthly-archive",
            nav,
        )
    for c, items in by_key(posts, lambda p: cslug[p.section]).items():
        archive_page(f"/{c}/", CATS[c], items, "mt-archive-listing mt-category-archive")
    pages["/"] = html(
        shell(
            SITE,
            "".join(summary(p) for p in posts[:10])
            + '<div class="content-nav"><a href="/archives.html">過去の記事</a></div>',
        )
    )
    pages["/index.html"] = pages["/"]
    pages["/archives.html"] = html(
        shell(
            f"アーカイブ - {SITE}",
            '<h1 id="page-title" class="archive-title">アーカイブ</h1><div class="archive-monthly archive-date-based archive"><h2 class="archive-header">月別アーカイブ</h2><ul class="archive-list">'
            + "".join(
                f'<li class="archive-list-item"><a href="/{y}/{m:02d}/">{y}年{m}月 ({len(items)})</a></li>'
                for (y, m), items in months.items()
            )
            + '</ul></div><div class="archive-category archive"><h2 class="archive-header">カテゴリ</h2><ul class="archive-list">'
            + "".join(
                f'<li class="archive-list-item"><a href="/{k}/">{v}</a></li>'
                for k, v in CATS.items()
            )
            + '</ul></div><div class="archive-individual archive"><h2 class="archive-header">ブログ記事一覧</h2><ul class="archive-list">'
            + "".join(
                f'<li class="archive-list-item">{p.published.strftime("%Y年%m月%d日")}: <a href="{u[p.idx]}">{escape(p.title)}</a></li>'
                for p in posts
            )
            + "</ul></div>",
            body_class="mt-archive-index",
        )
    )
    for t, items in by_key(posts, lambda p: p.tags).items():
        pages[tag_url(t)] = html(
            shell(
                f"タグ「{t}」の検索結果 - {SITE}",
                f'<h1 id="page-title" class="search-results-header">タグ「{t}」が付けられているもの</h1><div class="search-results-container">{"".join(summary(p) for p in items)}</div>',
                body_class="mt-search-results",
            )
        )
    pages["/mt/mt-search.cgi"] = html(
        shell(
            f"検索 - {SITE}",
            '<h1 id="page-title" class="search-results-header">検索</h1><p>検索キーワードを入力してください。</p>',
            body_class="mt-search-results",
        )
    )
    pages["/about.html"] = html(
        shell(
            f"このブログについて - {SITE}",
            '<div class="page-asset asset"><div class="asset-header"><h1 id="page-title" class="asset-name">このブログについて</h1></div><div class="asset-content"><div class="asset-body"><p>市内在住の有志で運営している地域ブログです。アクセス解析にCookieを使用しています。</p></div></div></div>',
            body_class="mt-page-archive",
        )
    )
    pages["/atom.xml"] = atom(base, SITE, [(u[p.idx], p) for p in posts[:15]])
    rdf = [
        f'<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="{base}/"><title>{SITE}</title><link>{base}/</link><description>市内のちいさなニュース</description><dc:language>ja</dc:language></channel>'
    ]
    rdf += [
        f'<item rdf:about="{base}{u[p.idx]}"><title>{escape(p.title)}</title><link>{base}{u[p.idx]}</link><description>{escape(p.paras[0][:80])}</description><dc:subject>{p.section}</dc:subject><dc:creator>{p.author}</dc:creator><dc:date>{p.published.isoformat()}</dc:date></item>'
        for p in posts[:15]
    ]
    rdf.append("</rdf:RDF>")
    pages["/index.rdf"] = xml("\n".join(rdf), "application/rdf+xml")
    pages["/robots.txt"] = Resp(
        b"User-agent: *\nDisallow: /mt/mt-comments.cgi\nDisallow: /mt/mt-tb.cgi\n",
        "text/plain; charset=utf-8",
    )
    return site_from(NAME, posts, lambda p: u[p.idx], pages)
