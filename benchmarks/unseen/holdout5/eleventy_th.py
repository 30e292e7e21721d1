"""Eleventy base-blog static site (th): Buddhist-era dates, JSON-LD, index.html twins, sitemap + Atom feed."""

from __future__ import annotations

import json
import random
from html import escape

from benchmarks.unseen.common import (
    atom,
    by_key,
    html,
    make_posts,
    paged,
    robots,
    site_from,
    sitemap,
    thread,
)
from benchmarks.unseen.text_h5 import thai

NAME = "eleventy_th"
SITE = "ข่าวเมืองเหนือ"
TAGS = ["เทศบาล", "งบประมาณ", "คมนาคม", "การศึกษา", "ที่อยู่อาศัย", "ผังเมือง"]
TAG_SLUGS = {t: f"tag-{i + 1}" for i, t in enumerate(TAGS)}
POST_CLASS = ' class="tmpl-post"'
CURRENT = ' aria-current="page"'
MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม"]
READERS = ["สมชาย", "น้องฝน", "ลุงแดง", "คนเชียงราย", "พี่ต่าย", "อ.วิไล"]
REMARKS = [
    "ขอบคุณสำหรับข่าวครับ ติดตามอยู่ตลอด",
    "เรื่องนี้ควรถามความเห็นชาวบ้านก่อนนะคะ",
    "งบประมาณสูงมาก ใครจะเป็นคนจ่ายในที่สุด",
    "ดีใจที่โครงการเดินหน้าสักที",
    "มีเอกสารฉบับเต็มให้อ่านไหมครับ",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(956, "th", 30, "Asia/Bangkok", ["news"], ["กองบรรณาธิการ"], TAGS)
    for p in posts:
        p.paras = [thai(x) for x in p.paras]
    rng = random.Random(956)
    threads = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 4) for p in posts}
    url = {p.idx: f"/posts/{p.published:%Y-%m-%d}-{p.idx:02d}/" for p in posts}
    twins = {p.idx: [url[p.idx] + "index.html"] for p in posts}

    def thdate(d):
        return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"

    def shell(title, main, head=""):
        return f"""<!doctype html>
<html lang="th">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>{escape(title)}</title>
    <meta name="description" content="ข่าวท้องถิ่นภาคเหนือ อัปเดตทุกวัน">
    <link rel="stylesheet" href="/css/index.css">
    <link rel="alternate" href="/feed/feed.xml" type="application/atom+xml" title="{SITE}">{head}
  </head>
  <body>
    <header>
      <h1 class="home"><a href="/">{SITE}</a></h1>
      <ul class="nav">
        <li class="nav-item"><a href="/">หน้าแรก</a></li>
        <li class="nav-item"><a href="/posts/">คลังข่าว</a></li>
        <li class="nav-item"><a href="/tags/">หมวดหมู่</a></li>
        <li class="nav-item"><a href="/about/">เกี่ยวกับเรา</a></li>
      </ul>
    </header>

    <main{POST_CLASS if head else ""}>
      {main}
    </main>

    <footer>
      <div class="newsletter"><p>รับข่าวสรุปประจำสัปดาห์ทางอีเมล</p><form action="https://buttondown.email/api/emails/embed-subscribe/khaomuangnuea" method="post"><input type="email" name="email" placeholder="อีเมลของคุณ"><input type="submit" value="สมัครรับข่าว"></form></div>
      <p>&copy; 2560 {SITE} · สร้างด้วย <a href="https://www.11ty.io/">Eleventy</a></p>
    </footer>
    <div id="cookie-banner" class="cookie-banner">เว็บไซต์นี้ใช้คุกกี้เพื่อวิเคราะห์การเข้าชม <a href="/about/">อ่านเพิ่มเติม</a> <button>ตกลง</button></div>
  </body>
</html>"""

    def article(p):
        i = posts.index(p)
        d = p.published
        ld = json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "BlogPosting",
                "headline": p.title,
                "datePublished": d.isoformat(),
                "author": {"@type": "Organization", "name": SITE},
            },
            ensure_ascii=False,
        )
        head = f'\n    <script type="application/ld+json">{ld}</script>'
        tags = "".join(f'<a href="/tags/{TAG_SLUGS[t]}/" class="tag">{t}</a>' for t in p.tags)
        comments = "".join(
            f'<li class="comment"><p class="comment-meta"><strong>{escape(w)}</strong> · <time datetime="{t.isoformat()}">{thdate(t)} เวลา {t:%H:%M} น.</time></p><p>{escape(x)}</p></li>'
            for w, t, x in threads[p.idx]
        )
        nav = ""
        if i + 1 < len(posts):
            nav += f'<li>ก่อนหน้า: <a href="{url[posts[i + 1].idx]}">{escape(posts[i + 1].title)}</a></li>'
        if i:
            nav += (
                f'<li>ถัดไป: <a href="{url[posts[i - 1].idx]}">{escape(posts[i - 1].title)}</a></li>'
            )
        main = f"""<h1>{escape(p.title)}</h1>

<time datetime="{d:%Y-%m-%d}">{thdate(d)}</time>
{tags}

{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}

<p class="share">แชร์: <a href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}">Facebook</a> · <a href="https://social-plugins.line.me/lineit/share?url={base}{url[p.idx]}">LINE</a> · <a href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}">Twitter</a></p>
<p><a href="/">← กลับหน้าแรก</a></p>
<hr>
<ul>{nav}</ul>
<section class="comments"><h2>ความคิดเห็น ({len(threads[p.idx])})</h2><ol class="comment-list">{comments}</ol><p class="comment-note">ความคิดเห็นจะแสดงหลังจากผ่านการตรวจสอบของทีมงาน</p></section>"""
        return shell(f"{p.title} — {SITE}", main, head)

    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(article(p))
        pages[twins[p.idx][0]] = html(article(p))

    def postlist(items, link=url):
        return (
            '<ol reversed class="postlist">'
            + "".join(
                f'<li class="postlist-item"><a href="{link[q.idx]}" class="postlist-link">{escape(q.title)}</a> <time class="postlist-date" datetime="{q.published:%Y-%m-%d}">{thdate(q.published)}</time> '
                + "".join(f'<a href="/tags/{TAG_SLUGS[t]}/" class="tag">{t}</a>' for t in q.tags)
                + "</li>"
                for q in items
            )
            + "</ol>"
        )

    def lister(path0, heading, items, per=10):
        def nth(k):
            return path0 if not k else f"{path0}{k + 1}/"

        def render(chunk, k, n):
            pager = "".join(
                f'<li><a href="{nth(j)}"{CURRENT if j == k else ""}>{j + 1}</a></li>'
                for j in range(n)
            )
            return shell(
                f"{heading} — {SITE}",
                f'<h1>{escape(heading)}</h1>{postlist(chunk)}<nav><ol class="pagination">{pager}</ol></nav>',
            )

        paged(pages, nth, items, per, render)

    lister("/posts/", "คลังข่าว", posts)
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(f"/tags/{TAG_SLUGS[t]}/", f"ข่าวในหมวด “{t}”", items)
    pages["/tags/"] = html(
        shell(
            f"หมวดหมู่ — {SITE}",
            "<h1>หมวดหมู่</h1>"
            + "".join(f'<a href="/tags/{TAG_SLUGS[t]}/" class="tag">{t}</a> ' for t in TAGS),
        )
    )
    pages["/"] = html(
        shell(
            SITE,
            f'<h1>ข่าวล่าสุด</h1>{postlist(posts[:8], {q.idx: twins[q.idx][0] for q in posts})}<p>ดูข่าวทั้งหมดได้ที่<a href="/posts/">คลังข่าว</a></p>',
        )
    )
    pages["/about/"] = html(
        shell(
            f"เกี่ยวกับเรา — {SITE}",
            "<h1>เกี่ยวกับเรา</h1><p>เราเป็นทีมอาสาสมัครที่รายงานข่าวท้องถิ่นในภาคเหนือตั้งแต่ปี 2557</p>",
        )
    )
    pages["/feed/feed.xml"] = atom(base, SITE, [(url[p.idx], p) for p in posts[:10]])
    pages["/sitemap.xml"] = sitemap(
        base,
        [("/", None), ("/posts/", None), ("/about/", None)]
        + [(url[p.idx], p.published.date().isoformat()) for p in posts],
    )
    pages["/robots.txt"] = robots(base, ["/sitemap.xml"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: twins[p.idx])
