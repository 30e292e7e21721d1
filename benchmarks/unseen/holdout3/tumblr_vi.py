"""Tumblr custom-domain news blog (vi, Asia/Ho_Chi_Minh): text posts, notes, /page/N, sitemap1 + RSS."""

from __future__ import annotations

import random
from email.utils import format_datetime
from html import escape

from benchmarks.unseen.common import (
    Site,
    by_key,
    by_month,
    chunks,
    html,
    make_posts,
    site_from,
    sitemap,
    sitemap_index,
    xml,
)
from benchmarks.unseen.holdout3 import ascii_slug
from benchmarks.unseen.server import Resp

NAME = "tumblr_vi"
TZ = "Asia/Ho_Chi_Minh"
SITE = "Bản tin Miền Trung"
BLOG = "bantinmientrung"
TAGS = {
    "giao-thong": "giao thông",
    "do-thi": "đô thị",
    "y-te": "y tế",
    "hdnd": "HĐND",
    "ngan-sach": "ngân sách",
    "dan-sinh": "dân sinh",
}
SECTIONS = ["tin-nhanh", "phan-tich"]
AUTHORS = ["bantinmientrung"]
FANS = [
    "hoanganh-dn",
    "minhthu92",
    "quangnam-today",
    "bao-tran",
    "saigon-notes",
    "ngoc-han",
    "tuanvu-hue",
]
REBLOG_LINES = [
    "Chuyện này ở quê mình cũng y như vậy.",
    "Cảm ơn bạn đã tổng hợp, rất dễ hiểu.",
    "Hy vọng lần này làm đến nơi đến chốn.",
    "Ai ở gần đó cho hỏi tình hình thực tế thế nào?",
]
DESCRIPTION = (
    "Tin tức, phân tích và ghi chép về đời sống đô thị các tỉnh miền Trung. Cập nhật mỗi ngày."
)


def _vn_date(dt) -> str:
    return f"{dt.day} tháng {dt.month}, {dt.year}"


def _layout(title: str, main: str, head: str = "", body_cls: str = "index-page") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title><meta name="description" content="{escape(DESCRIPTION)}">
<link rel="shortcut icon" href="https://64.media.tumblr.com/avatar_{BLOG}_128.pnj"><link rel="alternate" type="application/rss+xml" href="/rss">
<meta name="color:Background" content="#f6f3ee"><meta name="if:Show tags" content="1">{head}
<style type="text/css">body{{background:#f6f3ee;font:15px/1.6 Georgia,serif}}.post{{background:#fff;margin:0 0 30px;padding:24px}}</style>
</head><body class="{body_cls}">
<iframe class="tmblr-iframe tmblr-iframe--desktop-logged-out-controls iframe-controls--desktop" src="https://www.tumblr.com/dashboard/iframe?tumblelogName={BLOG}&amp;src=https%3A%2F%2Fbantinmientrung.vn%2F" width="1" height="1" frameborder="0"></iframe>
<div id="container"><header id="header"><h1 id="blog-title"><a href="/">{SITE}</a></h1><p class="description">{escape(DESCRIPTION)}</p>
<nav class="pages"><a href="/">Trang chủ</a> <a href="/archive">Lưu trữ</a> <a href="/ask">Hỏi đáp</a> <a href="/submit">Gửi tin</a> <a href="/rss">RSS</a></nav></header>
<div id="posts">{main}</div>
<aside id="sidebar"><div class="follow"><a href="https://www.tumblr.com/follow/{BLOG}">Theo dõi trên Tumblr</a></div>
<div class="tags-cloud"><h3>Chủ đề</h3>{" ".join(f'<a href="/tagged/{k}">#{escape(v)}</a>' for k, v in TAGS.items())}</div></aside>
<footer id="footer"><p>© 2017 {SITE}. Được vận hành bởi <a href="https://www.tumblr.com/">Tumblr</a>. Giao diện "Paper" tùy biến.</p></footer></div>
<script type="text/javascript" src="https://assets.tumblr.com/assets/scripts/tumblelog_post_message_queue.js?_v=1489"></script>
</body></html>"""


def build(base: str) -> Site:
    """All pages and the ground truth."""
    posts = make_posts(3404, "vi", 31, TZ, SECTIONS, AUTHORS, list(TAGS), midnight=False)
    rng = random.Random(34)
    order = sorted(posts, key=lambda p: p.published)
    pid = {
        p.idx: 157_812_440_117 + k * 48_123_457 + rng.randint(0, 9999) for k, p in enumerate(order)
    }
    slug = {p.idx: ascii_slug(p.title) for p in posts}
    url = {p.idx: f"/post/{pid[p.idx]}/{slug[p.idx]}" for p in posts}
    truncated = {p.idx: p.idx % 2 == 0 for p in posts}
    notes = {}
    for p in posts:
        who = rng.sample(FANS, rng.randint(0, 5))
        notes[p.idx] = [(f, rng.random() < 0.35 and rng.choice(REBLOG_LINES)) for f in who]
    by_tag = by_key(posts, lambda p: p.tags)
    pages: dict = {}
    twins: dict[int, list[str]] = {p.idx: [f"/post/{pid[p.idx]}"] for p in posts}

    def meta_row(p, permalink: bool) -> str:
        tags = " ".join(f'<a class="tag" href="/tagged/{t}">#{escape(TAGS[t])}</a>' for t in p.tags)
        n = len(notes[p.idx]) + rng.randint(0, 12)
        day = f"/day/{p.published:%Y/%m/%d}"
        return (
            f'<footer class="post-meta"><a class="date" href="{day if permalink else url[p.idx]}">Đăng ngày {_vn_date(p.published)} lúc {p.published:%H:%M}</a>'
            f' <a class="notes-count" href="{url[p.idx]}#notes">{n} notes</a>'
            f' <a class="reblog" href="https://www.tumblr.com/reblog/{pid[p.idx]}/Xk{p.idx}Qz">Reblog</a>'
            f'<div class="tags">{tags}</div></footer>'
        )

    def post_block(p, permalink: bool) -> str:
        if permalink or not truncated[p.idx]:
            body = "".join(f"<p>{escape(x)}</p>" for x in p.paras)
        else:
            body = f'<p>{escape(p.paras[0])}</p><p><a class="read_more" href="{url[p.idx]}">Đọc tiếp</a></p>'
        title = escape(p.title) if permalink else f'<a href="{url[p.idx]}">{escape(p.title)}</a>'
        return f'<article class="post text" id="post-{pid[p.idx]}"><h2 class="title">{title}</h2><div class="body">{body}</div>{meta_row(p, permalink)}</article>'

    for k, p in enumerate(order):
        u = url[p.idx]
        rel = [q for q in posts if q is not p and set(q.tags) & set(p.tags)][:3]
        for q in rel:
            twin = f"{url[q.idx]}?is_related_post=1"
            if twin not in twins[q.idx]:
                twins[q.idx].append(twin)
        related = "".join(
            f'<li><a href="{url[q.idx]}?is_related_post=1"><span class="rel-title">{escape(q.title)}</span></a></li>'
            for q in rel
        )
        note_items = "".join(
            (
                f'<li class="note reblog tumblelog_{f} with_commentary"><a rel="nofollow" class="avatar_frame" href="https://{f}.tumblr.com/" title="{f}"><img src="https://64.media.tumblr.com/avatar_{f}_16.pnj" class="avatar" alt=""></a>'
                f'<span class="action"><a rel="nofollow" href="https://{f}.tumblr.com/" class="tumblelog" title="{f}">{f}</a> reblogged this from <a rel="nofollow" href="/" class="source_tumblelog">{BLOG}</a> and added:</span>'
                f'<div class="clear"></div><blockquote><p>{escape(said)}</p></blockquote></li>'
            )
            if said
            else (
                f'<li class="note like tumblelog_{f} without_commentary"><a rel="nofollow" class="avatar_frame" href="https://{f}.tumblr.com/" title="{f}"><img src="https://64.media.tumblr.com/avatar_{f}_16.pnj" class="avatar" alt=""></a>'
                f'<span class="action"><a rel="nofollow" href="https://{f}.tumblr.com/" class="tumblelog" title="{f}">{f}</a> liked this</span><div class="clear"></div></li>'
            )
            for f, said in notes[p.idx]
        )
        nav = (
            '<nav class="permalink-nav">'
            + (f'<a class="prev" href="{url[order[k - 1].idx]}">← Bài trước</a>' if k else "")
            + (
                f' <a class="next" href="{url[order[k + 1].idx]}">Bài sau →</a>'
                if k + 1 < len(order)
                else ""
            )
            + "</nav>"
        )
        head = (
            f'<link rel="canonical" href="{base}{u}"><meta property="og:site_name" content="{SITE}">'
            f'<meta property="og:title" content="{escape(p.title)}"><meta property="og:type" content="tumblr-feed:entry">'
            f'<meta property="og:url" content="{base}{u}"><meta property="og:description" content="{escape(p.paras[0][:180])}">'
            f'<meta name="twitter:card" content="summary"><meta name="twitter:title" content="{escape(p.title)}">'
            f'<meta property="al:android:url" content="tumblr://x-callback-url/blog?blogName={BLOG}&amp;postID={pid[p.idx]}">'
        )
        main = (
            post_block(p, True)
            + f'<section class="related-posts"><h3>Có thể bạn quan tâm</h3><ul>{related}</ul></section>'
            + nav
            + f'<section class="notes-wrapper" id="notes"><h3>Ghi chú</h3><ol class="notes">{note_items}</ol></section>'
        )
        page = html(_layout(f"{SITE} — {p.title}", main, head, "permalink-page"))
        pages[u] = page
        for t in twins[p.idx]:
            pages[t] = page
    for p in posts:  # twins added by later related blocks
        for t in twins[p.idx]:
            pages[t] = pages[url[p.idx]]

    def index(prefix: str, items: list, heading: str = "") -> None:
        parts = chunks(items, 10)
        for k, chunk in enumerate(parts):
            stem = prefix.rstrip("/")
            here = prefix if k == 0 else f"{stem}/page/{k + 1}"
            nav = '<nav class="pagination">'
            if k:
                newer = prefix if k == 1 else f"{stem}/page/{k}"
                nav += f'<a class="newer" href="{newer}">← Mới hơn</a> '
            nav += f'<span class="current">Trang {k + 1} / {len(parts)}</span>'
            if k + 1 < len(parts):
                nav += f' <a class="older" href="{stem}/page/{k + 2}">Cũ hơn →</a>'
            nav += "</nav>"
            head_html = (
                f'<div class="tag-header"><h2>{escape(heading)}</h2></div>' if heading else ""
            )
            title = SITE + (f" — {heading}" if heading else "")
            pages[here] = html(
                _layout(title, head_html + "".join(post_block(p, False) for p in chunk) + nav)
            )

    index("/", posts)
    for t, items in by_tag.items():
        index(f"/tagged/{t}", items, f"#{TAGS[t]}")
    for day, items in by_key(posts, lambda p: p.published.strftime("%Y/%m/%d")).items():
        pages[f"/day/{day}"] = html(
            _layout(
                f"{SITE} — {day}",
                f'<div class="day-header"><h2>Ngày {day}</h2></div>'
                + "".join(post_block(p, False) for p in items),
            )
        )
    months = by_month(posts)
    for (y, m), items in months.items():
        grid = "".join(
            f'<div class="post_micro is_text"><a class="hover" href="{url[p.idx]}"><span class="post_date">{p.published:%d/%m}</span> <span class="post_title">{escape(p.title)}</span></a></div>'
            for p in items
        )
        pages[f"/archive/{y}/{m}"] = html(
            f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Lưu trữ {SITE}</title></head><body id="dashboard_archive">'
            f'<div id="header"><a href="/">{SITE}</a> <span>Lưu trữ</span></div><h2 class="month_label">Tháng {m} năm {y}</h2><div class="posts">{grid}</div>'
            + "".join(
                f'<a class="month" href="/archive/{yy}/{mm}">Tháng {mm} {yy}</a> '
                for (yy, mm) in months
            )
            + "</body></html>"
        )
    first = next(iter(months))
    pages["/archive"] = pages[f"/archive/{first[0]}/{first[1]}"]
    pages["/ask"] = html(
        _layout(
            f"{SITE} — Hỏi đáp",
            '<article class="post page"><h2>Hỏi đáp</h2><p>Bạn có câu hỏi cho chúng tôi? Hãy để lại lời nhắn, chúng tôi sẽ trả lời công khai trên blog.</p><iframe src="https://www.tumblr.com/ask_form/bantinmientrung.vn" width="100%" height="190"></iframe></article>',
        )
    )
    pages["/submit"] = html(
        _layout(
            f"{SITE} — Gửi tin",
            '<article class="post page"><h2>Gửi tin</h2><p>Bạn có tin nóng ở địa phương? Gửi cho chúng tôi kèm ảnh và thông tin liên hệ.</p></article>',
        )
    )
    rss_items = "".join(
        f"<item><title>{escape(p.title)}</title><description>{escape(''.join(f'<p>{x}</p>' for x in p.paras))}</description>"
        f"<link>{base}{url[p.idx]}</link><guid>{base}/post/{pid[p.idx]}</guid><pubDate>{format_datetime(p.published)}</pubDate>"
        + "".join(f"<category>{escape(TAGS[t])}</category>" for t in p.tags)
        + "</item>"
        for p in posts[:20]
    )
    pages["/rss"] = xml(
        f'<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel>'
        f"<description>{escape(DESCRIPTION)}</description><title>{SITE}</title><generator>Tumblr (3.0; @{BLOG})</generator><link>{base}/</link>{rss_items}</channel></rss>",
        "application/rss+xml",
    )
    pages["/sitemap1.xml"] = sitemap(base, [(url[p.idx], p.published.isoformat()) for p in posts])
    pages["/sitemap-pages.xml"] = sitemap(base, [("/", None), ("/ask", None), ("/submit", None)])
    pages["/sitemap.xml"] = sitemap_index(base, ["/sitemap1.xml", "/sitemap-pages.xml"])
    pages["/robots.txt"] = Resp(
        f"User-agent: *\nDisallow: /private\nDisallow: /random\nDisallow: /day/\n\nSitemap: {base}/sitemap.xml\n".encode(),
        "text/plain; charset=utf-8",
    )
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: twins[p.idx])
