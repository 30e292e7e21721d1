"""HOLDOUT: do not read or tune against this module. Movable Type blog (ja): /YYYY/MM/entry-N.html, monthly archives."""

from __future__ import annotations

from html import escape

from benchmarks.unseen.common import atom, basic_site, make_posts, paras_html
from benchmarks.unseen.holdout._shared import shell

NAME = "movabletype_ja"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1606, "ja", 30, "Asia/Tokyo", ["地域"], ["山田太郎"], ["x"])
    u = {p.idx: f"/{p.published.strftime('%Y/%m')}/entry-{300 + p.idx}.html" for p in posts}

    def article(p):
        main = (
            f'<div id="alpha"><div class="entry-asset asset hentry"><div class="asset-header"><h2 class="asset-name entry-title">{escape(p.title)}</h2><div class="asset-meta"><span class="byline">投稿者: <span class="vcard author">山田太郎</span> 日時: <abbr class="published" title="{p.published.isoformat()}">{p.published.strftime("%Y年%m月%d日 %H:%M")}</abbr></span></div></div>'
            f'<div class="asset-content entry-content"><div class="asset-body">{paras_html(p.paras)}</div></div><div class="asset-footer">カテゴリ: 地域 | <a href="{u[p.idx]}#comments">コメント (2)</a> | <a href="{u[p.idx]}#trackbacks">トラックバック (0)</a></div></div>'
            '<div id="comments" class="comments"><h2 class="comments-header">コメント (2)</h2><div class="comment"><div class="comment-content"><p>いつも参考にしています。続報を期待しています。</p></div><div class="comment-footer">投稿者: 鈴木 | 2017年04月02日 21:10</div></div><div class="comment"><div class="comment-content"><p>地元としては早く進めてほしいです。</p></div></div><h2>コメントする</h2></div></div>'
        )
        return shell(
            "ja",
            "まちの話題ブログ",
            p.title,
            f'<h1 id="header-name"><a href="/">まちの話題ブログ</a></h1>{main}',
        )

    def teaser(p):
        return f'<div class="entry-asset"><h2 class="asset-name"><a href="{u[p.idx]}">{escape(p.title)}</a></h2><p>{escape(p.paras[0][:60])}</p><a href="{u[p.idx]}">続きを読む</a></div>'

    lists = {
        "/": (posts[:10], 10),
        "/2017/03/": ([p for p in posts if p.published.month == 3], 40),
        "/2017/04/": ([p for p in posts if p.published.month == 4], 40),
        "/2017/05/": ([p for p in posts if p.published.month == 5], 40),
    }
    return basic_site(
        NAME,
        base,
        posts,
        lambda p: u[p.idx],
        article,
        lambda t, m: shell("ja", "まちの話題ブログ", t, m),
        teaser,
        lists,
        extra={"/atom.xml": atom(base, "まちの話題ブログ", [(u[p.idx], p) for p in posts[:15]])},
    )
