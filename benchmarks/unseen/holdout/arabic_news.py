"""HOLDOUT: do not read or tune against this module. Arabic news CMS (ar, RTL): /news/ID/slug, share, comments, AMP."""

from __future__ import annotations

from html import escape

from benchmarks.unseen.common import basic_site, make_posts, news_sitemap, paras_html, robots
from benchmarks.unseen.holdout._shared import shell

NAME = "arabic_news"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        1505,
        "ar",
        32,
        "Asia/Amman",
        ["محليات", "اقتصاد"],
        ["أحمد الخطيب", "سارة العلي"],
        ["بلديات", "مشاريع"],
    )
    u = {p.idx: f"/news/{60000 + p.idx}" for p in posts}
    chrome = '<nav><a href="/section/local">محليات</a> <a href="/section/economy">اقتصاد</a></nav><div class="breaking">عاجل: تابعوا آخر الأخبار على مدار الساعة</div>'

    def body(p, amp=False):
        return (
            f'<div class="breadcrumb"><a href="/">الرئيسية</a> / {p.section}</div><h1 class="news-title">{escape(p.title)}</h1><div class="meta"><span class="author">{p.author}</span> <time datetime="{p.published.isoformat()}">{p.published.strftime("%d/%m/%Y %H:%M")}</time></div>'
            f'<div class="share">شارك: فيسبوك تويتر واتساب</div><div class="news-body">{paras_html(p.paras)}</div><div class="tags">الوسوم: بلديات مشاريع</div>'
            + (
                ""
                if amp
                else f'<div class="related"><h3>اقرأ أيضاً</h3><ul>{"".join(f"<li><a href={u[q.idx]}>{escape(q.title)}</a></li>" for q in posts[:4] if q is not p)}</ul></div><div class="comments"><h3>التعليقات</h3><p><b>محمد</b> 14:20: نتمنى الإسراع في التنفيذ.</p><p><b>أم خالد</b>: الوعود كثيرة والتنفيذ قليل.</p></div>'
            )
        )

    def article(p):
        return shell(
            "ar",
            "صحيفة الغد المحلية",
            p.title,
            body(p),
            f'<link rel="amphtml" href="{base}{u[p.idx]}/amp">',
            rtl=True,
            chrome=chrome,
        )

    def teaser(p):
        return f'<div class="item"><a href="{u[p.idx]}">{escape(p.title)}</a></div>'

    extra = {
        "/sitemap-news.xml": news_sitemap(base, "صحيفة الغد", "ar", [(u[p.idx], p) for p in posts]),
        "/robots.txt": robots(base, ["/sitemap-news.xml"]),
    }
    sh = lambda t, m: shell("ar", "صحيفة الغد المحلية", t, m, rtl=True, chrome=chrome)  # noqa: E731
    lists = {
        "/": (posts[:12], 12),
        "/section/local": ([p for p in posts if p.section == "محليات"], 10),
        "/section/economy": ([p for p in posts if p.section == "اقتصاد"], 10),
    }
    return basic_site(
        NAME,
        base,
        posts,
        lambda p: u[p.idx],
        article,
        sh,
        teaser,
        lists,
        extra=extra,
        aliases=lambda p: {
            u[p.idx] + "/amp": shell(
                "ar",
                "صحيفة الغد",
                p.title,
                body(p, True),
                f'<link rel="canonical" href="{base}{u[p.idx]}">',
                rtl=True,
            )
        },
    )
