"""WordPress 6 block theme (full-site editing) in the style of Twenty Twenty-Four, bg, Europe/Sofia.

Followed: twentytwentyfour `templates/single.html` (featured image, `wp:post-title` level 1 inside
nested `wp-block-group`s, the `post-meta` part, `wp:post-content` in `<main>`, post-terms,
the `comments` pattern, post-navigation-link), `templates/home.html` / `archive.html` (Query Loop:
`wp-block-query` > `wp-block-post-template` > `wp-block-post` with post-title, post-excerpt,
post-date, and `wp-block-query-pagination`), `parts/header.html` / `parts/footer.html`; Jetpack's
sharing (`sharedaddy sd-sharing-enabled`) and Related Posts block (`jp-related-posts-i2`), which
Jetpack appends INSIDE the post content; core comment blocks (`wp-block-comment-template`) and
`wp-block-post-comments-form`; the AMP plugin's Reader mode with Twenty Twenty-One as reader theme
for `/amp/`; core sitemaps (`/wp-sitemap.xml`) and `/feed/`. Slugs by a Cyrillic-to-Latin plugin.
"""
# ruff: noqa: RUF001  (typographic quotes are the point here)

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import (
    by_key,
    by_month,
    html,
    make_posts,
    paged,
    robots,
    rss,
    site_from,
    sitemap,
    sitemap_index,
    thread,
)
from benchmarks.unseen.holdout10 import latin_slug
from benchmarks.unseen.server import Resp

NAME = "wpblock_bg"
SITE = "Градски вестник Габрово"
CATS = {
    "obshtina": "Община",
    "transport": "Транспорт",
    "obrazovanie": "Образование",
    "kultura": "Култура",
}
TAGS = ["obshtinski-savet", "byudzhet", "remonti", "obshtestveno-obsazhdane", "evropeyski-fondove"]
TAG_NAMES = {
    "obshtinski-savet": "общински съвет",
    "byudzhet": "бюджет",
    "remonti": "ремонти",
    "obshtestveno-obsazhdane": "обществено обсъждане",
    "evropeyski-fondove": "европейски фондове",
}
AUTHORS = {
    "mariya-petrova": "Мария Петрова",
    "georgi-ivanov": "Георги Иванов",
    "redaktsiya": "Редакция",
}
READERS = ["Иван", "Стоянка Д.", "Петър Колев", "гражданин", "Дани", "Милена"]
REMARKS = [
    "Пак решават без да питат хората. Срамота!",
    "Благодаря за подробната информация, бях на заседанието и всичко е точно.",
    "А кой ще плаща накрая? Ние, данъкоплатците, разбира се.",
    "Най-после нещо се случва в този град.",
    "Къде може да се видят пълните проекти?",
    "Ще видим, сроковете пак ще се проточат.",
]
MONTHS = [
    "януари",
    "февруари",
    "март",
    "април",
    "май",
    "юни",
    "юли",
    "август",
    "септември",
    "октомври",
    "ноември",
    "декември",
]


def bgdate(d) -> str:
    """TT4's post-date with the site's date format `j F Y`."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(10101, "bg", 34, "Europe/Sofia", list(CATS), list(AUTHORS.values()), TAGS)
    slug_of = {v: k for k, v in AUTHORS.items()}
    rng = random.Random(10101)
    talk = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 4) for p in posts}
    wpid = {p.idx: 480 + p.idx * 7 for p in posts}
    cid = {p.idx: [wpid[p.idx] * 2 + j for j in range(len(talk[p.idx]))] for p in posts}
    url = {
        p.idx: f"/{p.published:%Y/%m/%d}/{latin_slug(p.title, str(wpid[p.idx]))}/" for p in posts
    }

    def twins(p):
        return [
            f"/?p={wpid[p.idx]}",
            f"{url[p.idx]}amp/",
            *(f"{url[p.idx]}?replytocom={c}" for c in cid[p.idx]),
        ]

    nav = "".join(
        f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{base}/category/{c}/"><span class="wp-block-navigation-item__label">{v}</span></a></li>'
        for c, v in CATS.items()
    )

    def shell(title, main, head="", body_cls="home blog"):
        return f"""<!DOCTYPE html>
<html lang="bg-BG">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
	<title>{escape(title)}</title>
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Емисия" href="{base}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='jetpack_css-css' href='{base}/wp-content/plugins/jetpack/css/jetpack.css?ver=13.1' media='all' />
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<meta name="generator" content="WordPress 6.4.3" />{head}
</head>
<body class="{body_cls} wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group alignwide is-layout-flow wp-block-group-is-layout-flow" style="padding-bottom:var(--wp--preset--spacing--40)">
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-container-core-group-layout-3 wp-block-group-is-layout-flex">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-site-logo"><a href="{base}/" class="custom-logo-link" rel="home"><img width="40" height="40" src="{base}/wp-content/uploads/2017/01/logo.png" class="custom-logo" alt="{SITE}" /></a></div><p class="wp-block-site-title"><a href="{base}" target="_self" rel="home">{SITE}</a></p></div>
<nav class="is-responsive items-justified-right wp-block-navigation is-content-justification-right is-layout-flex" aria-label="Основно меню"><button aria-haspopup="dialog" aria-label="Отваряне на менюто" class="wp-block-navigation__responsive-container-open "><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5" /><rect x="4" y="15" width="16" height="1.5" /></svg></button>
<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close"><div class="wp-block-navigation__responsive-dialog"><div class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">{nav}<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{base}/za-nas/"><span class="wp-block-navigation-item__label">За нас</span></a></li></ul></div></div></div></div></nav>
</div></div>
</header>
{main}
<footer class="wp-block-template-part">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)">
<div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-layout-1 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:40%"><div class="wp-block-group is-vertical is-layout-flex wp-block-group-is-layout-flex"><p class="wp-block-site-title has-medium-font-size"><a href="{base}" target="_self" rel="home">{SITE}</a></p><p class="wp-block-site-tagline">Новини от общината, квартала и региона</p></div></div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow"><div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-group is-vertical is-layout-flex wp-block-group-is-layout-flex"><h2 class="wp-block-heading has-medium-font-size has-body-font-family">Рубрики</h2><nav class="is-vertical wp-block-navigation is-layout-flex" aria-label="Рубрики"><ul class="wp-block-navigation__container is-vertical wp-block-navigation">{nav}</ul></nav></div>
<div class="wp-block-group is-vertical is-layout-flex wp-block-group-is-layout-flex"><h2 class="wp-block-heading has-medium-font-size has-body-font-family">Редакция</h2><nav class="is-vertical wp-block-navigation is-layout-flex" aria-label="Редакция"><ul class="wp-block-navigation__container is-vertical wp-block-navigation"><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{base}/za-nas/"><span class="wp-block-navigation-item__label">За нас</span></a></li><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{base}/kontakti/"><span class="wp-block-navigation-item__label">Контакти</span></a></li><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{base}/politika-za-poveritelnost/"><span class="wp-block-navigation-item__label">Политика за поверителност</span></a></li></ul></nav></div></div></div>
</div>
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex"><p class="has-small-font-size">Проектирано с <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div>
</div>
</footer></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Бисквитки"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">Този сайт използва бисквитки, за да подобри вашето преживяване. Продължавайки, вие се съгласявате с използването им.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Приемам">Приемам</a><a href="{base}/politika-za-poveritelnost/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Политика за поверителност">Политика за поверителност</a></span></div></div>
</body>
</html>"""

    def meta_part(p):
        a = slug_of[p.author]
        return f"""<div class="wp-block-template-part"><div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-post-date"><time datetime="{p.published.isoformat()}"><a href="{base}{url[p.idx]}">{bgdate(p.published)}</a></time></div><p class="has-contrast-2-color has-text-color">—</p><p class="has-contrast-2-color has-text-color">от</p><div class="wp-block-post-author-name"><a href="{base}/author/{a}/" target="_self" class="wp-block-post-author-name__link">{escape(p.author)}</a></div><div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><p class="has-contrast-2-color has-text-color">в</p><div class="taxonomy-category wp-block-post-terms"><a href="{base}/category/{p.section}/" rel="tag">{CATS[p.section]}</a></div></div></div></div>"""

    def sharing(p):
        u = f"{base}{url[p.idx]}"
        return f"""<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Споделете това:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{wpid[p.idx]}" class="share-facebook sd-button share-icon" href="{u}?share=facebook" target="_blank" title="Натиснете, за да споделите във Facebook"><span>Facebook</span></a></li><li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-{wpid[p.idx]}" class="share-twitter sd-button share-icon" href="{u}?share=twitter" target="_blank" title="Натиснете, за да споделите в X"><span>X</span></a></li><li class="share-email"><a rel="nofollow noopener noreferrer" data-shared="" class="share-email sd-button share-icon" href="mailto:?subject=%5BСподелена%20публикация%5D&amp;body={u}" target="_blank" title="Натиснете, за да изпратите връзка по имейл на приятел"><span>Имейл</span></a></li><li class="share-end"></li></ul></div></div></div>"""

    def related(p):
        rel = [q for q in posts if q is not p and q.section == p.section][:3]
        items = "".join(
            f"""<li class="jp-related-posts-i2__post" id="related-posts-item-{wpid[q.idx]}"><a id="related-posts-item-{wpid[q.idx]}-label" href="{base}{url[q.idx]}" class="jp-related-posts-i2__post-link">{escape(q.title)}</a><dl class="jp-related-posts-i2__post-defs"><dt>Дата</dt><dd class="jp-related-posts-i2__post-date">{bgdate(q.published)}</dd><dt>В</dt><dd class="jp-related-posts-i2__post-context">В „{CATS[q.section]}“</dd></dl></li>"""
            for q in rel
        )
        return f"""<nav class="jp-relatedposts-i2" data-layout="list"><h3 class="jp-relatedposts-headline"><em>Подобни</em></h3><ul class="jp-related-posts-i2__list" role="list" data-post-count="{len(rel)}">{items}</ul></nav>"""

    def content(p):
        others = [q for q in posts if q.section != p.section]
        also = others[(p.idx * 5) % len(others)]
        out = []
        for j, x in enumerate(p.paras):
            out.append(f"<p>{escape(x)}</p>")
            if j == 1 and p.idx % 3 == 0:
                out.append(
                    f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{base}/wp-content/uploads/{p.published:%Y/%m}/snimka-{wpid[p.idx]}-1024x683.jpg" alt="" class="wp-image-{wpid[p.idx] + 1}"/><figcaption class="wp-element-caption">Снимка: архив</figcaption></figure>'
                )
            if j == 2 and p.idx % 2:
                out.append(
                    f'<p class="has-background" style="background-color:#f3f0ea"><strong>Прочетете още:</strong> <a href="{base}{url[also.idx]}">{escape(also.title)}</a></p>'
                )
        return "\n".join(out)

    def comments_block(p):
        rows = "".join(
            f"""<li id="comment-{c}" class="comment {"even thread-even" if j % 2 == 0 else "odd thread-odd"} depth-1"><div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex" style="margin-top:0;margin-bottom:0"><div class="wp-block-avatar"><img alt="{escape(w)} Аватар" src="https://secure.gravatar.com/avatar/{c:032x}?s=40&amp;d=mm&amp;r=g" class="avatar avatar-40 photo wp-block-avatar__image" width="40" height="40"/></div><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><div class="wp-block-comment-author-name has-small-font-size">{escape(w)}</div><div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-comment-date has-small-font-size"><time datetime="{t.isoformat()}"><a href="{base}{url[p.idx]}#comment-{c}">{bgdate(t)} в {t:%H:%M}</a></time></div></div><div class="wp-block-comment-content"><p>{escape(x)}</p></div><div class="wp-block-comment-reply-link has-small-font-size"><a rel="nofollow" class="comment-reply-link" href="{base}{url[p.idx]}?replytocom={c}#respond" data-commentid="{c}" data-postid="{wpid[p.idx]}" data-belowelement="comment-{c}" data-respondelement="respond" data-replyto="Отговор на {escape(w)}" aria-label="Отговор на {escape(w)}">Отговор</a></div></div></div></li>"""
            for j, ((w, t, x), c) in enumerate(zip(talk[p.idx], cid[p.idx], strict=True))
        )
        n = len(talk[p.idx])
        head = (
            f'<h2 id="comments" class="wp-block-comments-title">{n} отговор{"а" if n > 1 else ""} на „{escape(p.title)}“</h2><ol class="wp-block-comment-template">{rows}</ol>'
            if n
            else ""
        )
        return f"""<div class="wp-block-comments wp-block-comments-query-loop" style="margin-top:var(--wp--preset--spacing--70);margin-bottom:var(--wp--preset--spacing--70)"><h2 class="wp-block-heading has-x-large-font-size">Коментари</h2>{head}
<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Вашият коментар <small><a rel="nofollow" id="cancel-comment-reply-link" href="{base}{url[p.idx]}#respond" style="display:none;">Отказ</a></small></h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Вашият имейл адрес няма да бъде публикуван.</span> <span class="required-field-message">Задължителните полета са отбелязани с <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Коментар <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Име <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Запазване на моето име, имейл и уебсайт в този браузър за следващия път, когато коментирам.</label></p><p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Публикуване на коментар" /></p></form></div></div>"""

    def article(p, reply=None):
        i = posts.index(p)
        prev = posts[i + 1] if i + 1 < len(posts) else None
        nxt = posts[i - 1] if i else None
        tags = " ".join(f'<a href="{base}/tag/{t}/" rel="tag">{TAG_NAMES[t]}</a>' for t in p.tags)
        pn = (
            f'<div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="{base}{url[prev.idx]}" rel="prev">{escape(prev.title)}</a></div>'
            if prev
            else ""
        ) + (
            f'<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="{base}{url[nxt.idx]}" rel="next">Следваща</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div>'
            if nxt
            else ""
        )
        main = f"""<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50)">
<figure style="aspect-ratio:3/2;" class="wp-block-post-featured-image"><img width="1200" height="800" src="{base}/wp-content/uploads/{p.published:%Y/%m}/snimka-{wpid[p.idx]}.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" style="width:100%;height:100%;object-fit:cover;" decoding="async" /></figure>
<div class="wp-block-group is-vertical is-content-justification-stretch is-layout-flex wp-block-group-is-layout-flex" style="padding-top:var(--wp--preset--spacing--20);padding-bottom:var(--wp--preset--spacing--20)"><div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"><h1 class="wp-block-post-title has-x-large-font-size">{escape(p.title)}</h1></div>
{meta_part(p)}</div>
</div>
<main class="wp-block-group alignfull is-layout-flow wp-block-group-is-layout-flow">
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
{content(p)}
{sharing(p)}
{related(p)}
</div>
</main>
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-bottom:var(--wp--preset--spacing--50)">
<div class="taxonomy-post_tag wp-block-post-terms">{tags}</div>
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"><div style="height:var(--wp--preset--spacing--40)" aria-hidden="true" class="wp-block-spacer"></div>
{comments_block(p)}
<div style="height:var(--wp--preset--spacing--40)" aria-hidden="true" class="wp-block-spacer"></div>
<nav class="wp-block-group is-content-justification-space-between is-nowrap is-layout-flex wp-block-group-is-layout-flex" aria-label="Публикации">{pn}</nav>
</div></div>"""
        head = (
            ("\n<meta name='robots' content='noindex, follow' />" if reply else "")
            + f'\n<link rel="canonical" href="{base}{url[p.idx]}" />'
            + f"\n<link rel='shortlink' href='{base}/?p={wpid[p.idx]}' />"
            + f'\n<link rel="amphtml" href="{base}{url[p.idx]}amp/">'
            + f'\n<meta property="og:type" content="article" />\n<meta property="og:title" content="{escape(p.title)}" />\n<meta property="article:published_time" content="{p.published.isoformat()}" />'
        )
        return shell(
            f"{p.title} – {SITE}",
            main,
            head,
            f"post-template-default single single-post postid-{wpid[p.idx]} single-format-standard",
        )

    def amp(p):
        cats = f'<a href="{base}/category/{p.section}/" rel="category tag">{CATS[p.section]}</a>'
        return f"""<!doctype html>
<html amp lang="bg-BG" transformed="self;v=1">
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,minimum-scale=1">
<title>{escape(p.title)} – {SITE}</title>
<link rel="canonical" href="{base}{url[p.idx]}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>body{{font-family:sans-serif}}</style>
</head>
<body class="post-template-default single single-post postid-{wpid[p.idx]} single-format-standard wp-embed-responsive is-light-theme singular has-main-navigation no-widgets">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Към съдържанието</a>
<header id="masthead" class="site-header has-title-and-tagline"><div class="site-branding"><p class="site-title"><a href="{base}/">{SITE}</a></p><p class="site-description">Новини от общината, квартала и региона</p></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{wpid[p.idx]}" class="post-{wpid[p.idx]} post type-post status-publish format-standard has-post-thumbnail hentry entry">
<header class="entry-header alignwide"><h1 class="entry-title">{escape(p.title)}</h1></header>
<div class="entry-content">
{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Публикувано на <time class="entry-date published updated" datetime="{p.published.isoformat()}">{bgdate(p.published)}</time></span><span class="byline">от <a href="{base}/author/{slug_of[p.author]}/" rel="author">{escape(p.author)}</a></span></div><div class="post-taxonomies"><span class="cat-links">Категоризирано като {cats}</span></div></footer>
</article>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name"><a href="{base}/">{SITE}</a></div><div class="powered-by">Предоставено от WordPress</div></div><a href="{base}{url[p.idx]}?noamp=mobile#top" class="amp-wp-canonical-link">Изход от мобилната версия</a></footer>
</div></body></html>"""

    pages: dict = {}
    for p in posts:
        page = html(article(p))
        pages[url[p.idx]] = page
        t = twins(p)
        pages[t[0]] = page
        pages[t[1]] = html(amp(p))
        for c, u in zip(cid[p.idx], t[2:], strict=True):
            pages[u] = html(article(p, reply=c))
        pages[f"{url[p.idx]}?noamp=mobile"] = Resp(
            b"", "text/html; charset=UTF-8", 302, {"Location": f"{base}{url[p.idx]}"}
        )
        for net, to in (
            ("facebook", "https://www.facebook.com/sharer.php?u="),
            ("twitter", "https://twitter.com/intent/tweet?url="),
        ):
            pages[f"{url[p.idx]}?share={net}"] = Resp(
                b"", "text/html; charset=UTF-8", 302, {"Location": f"{to}{base}{url[p.idx]}"}
            )

    def card(q):
        return f"""<li class="wp-block-post post-{wpid[q.idx]} post type-post status-publish format-standard has-post-thumbnail hentry category-{q.section}"><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-bottom:var(--wp--preset--spacing--40)"><figure style="aspect-ratio:3/2;" class="wp-block-post-featured-image"><a href="{base}{url[q.idx]}" target="_self"><img width="800" height="533" src="{base}/wp-content/uploads/{q.published:%Y/%m}/snimka-{wpid[q.idx]}-800x533.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="{escape(q.title)}" decoding="async" /></a></figure><h2 class="wp-block-post-title has-large-font-size"><a href="{base}{url[q.idx]}" target="_self">{escape(q.title)}</a></h2><div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{escape(" ".join(q.paras[0].split()[:40]))} […] </p></div><div class="wp-block-post-date has-small-font-size"><time datetime="{q.published.isoformat()}">{bgdate(q.published)}</time></div></div></li>"""

    def lister(path0, heading, items, kind, per=6, desc=""):
        def nth(k):
            return path0 if not k else f"{path0}page/{k + 1}/"

        def render(chunk, k, n):
            numbers = "".join(
                f'<span aria-current="page" class="page-numbers current">{j + 1}</span>'
                if j == k
                else f'<a class="page-numbers" href="{base}{nth(j)}">{j + 1}</a>'
                for j in range(n)
            )
            prev = (
                f'<a href="{base}{nth(k - 1)}" class="wp-block-query-pagination-previous"><span class="wp-block-query-pagination-previous-arrow is-arrow-arrow" aria-hidden="true">←</span>Предишна страница</a>'
                if k
                else ""
            )
            nxt = (
                f'<a href="{base}{nth(k + 1)}" class="wp-block-query-pagination-next">Следваща страница<span class="wp-block-query-pagination-next-arrow is-arrow-arrow" aria-hidden="true">→</span></a>'
                if k + 1 < n
                else ""
            )
            title = (
                f'<h1 class="wp-block-query-title has-x-large-font-size">{escape(heading)}</h1>{desc}'
                if heading
                else '<div class="wp-block-group alignwide is-layout-flow"><h1 class="wp-block-heading alignwide has-x-large-font-size">Последни новини</h1><p class="has-medium-font-size">Общината, градът и хората в него – всеки ден.</p></div>'
            )
            main = f"""<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">{title}</div>
<div class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)"><div class="wp-block-query alignwide is-layout-flow wp-block-query-is-layout-flow"><ul class="columns-3 alignwide wp-block-post-template is-layout-grid wp-container-core-post-template-layout-1 wp-block-post-template-is-layout-grid">{"".join(card(q) for q in chunk)}</ul>
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--10)"><nav class="alignwide wp-block-query-pagination is-content-justification-space-between is-layout-flex wp-container-core-query-pagination-layout-1 wp-block-query-pagination-is-layout-flex" aria-label="Странициране">{prev}<div class="wp-block-query-pagination-numbers">{numbers}</div>{nxt}</nav></div></div></div>
</main>"""
            head = f'\n<link rel="canonical" href="{base}{nth(k)}" />' if k or heading else ""
            return shell(
                (f"{heading} – " if heading else "") + SITE + (f" – Страница {k + 1}" if k else ""),
                main,
                head,
                kind,
            )

        paged(pages, nth, items, per, render)

    lister("/", "", posts, "home blog", 9)
    for c, items in by_key(posts, lambda p: p.section).items():
        lister(
            f"/category/{c}/",
            f"Категория: {CATS[c]}",
            items,
            f"archive category category-{c}",
        )
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(f"/tag/{t}/", f"Етикет: {TAG_NAMES[t]}", items, f"archive tag tag-{t}")
    for a, items in by_key(posts, lambda p: slug_of[p.author]).items():
        lister(
            f"/author/{a}/",
            f"Автор: {AUTHORS[a]}",
            items,
            f"archive author author-{a}",
        )
    for (y, m), items in by_month(posts).items():
        lister(f"/{y}/{m:02d}/", f"Месец: {MONTHS[m - 1]} {y}", items, "archive date", 9)

    statics = {
        "za-nas": (
            "За нас",
            "„Градски вестник Габрово“ е независимо местно издание, основано през 2011 г.",
        ),
        "kontakti": (
            "Контакти",
            "Пишете ни на redaktsiya@gradskivestnik.bg или ни потърсете по телефона.",
        ),
        "politika-za-poveritelnost": (
            "Политика за поверителност",
            "Тази страница описва как събираме и обработваме лични данни на посетителите.",
        ),
    }
    for slug, (heading, text) in statics.items():
        pages[f"/{slug}/"] = html(
            shell(
                f"{heading} – {SITE}",
                f'<main class="wp-block-group is-layout-flow"><div class="wp-block-group has-global-padding is-layout-constrained"><h1 class="wp-block-post-title">{heading}</h1></div><div class="entry-content wp-block-post-content has-global-padding is-layout-constrained"><p>{text}</p></div></main>',
                f'\n<link rel="canonical" href="{base}/{slug}/" />',
                f"page-template-default page page-{slug}",
            )
        )
    pages["/wp-sitemap.xml"] = sitemap_index(
        base,
        [
            "/wp-sitemap-posts-post-1.xml",
            "/wp-sitemap-posts-page-1.xml",
            "/wp-sitemap-taxonomies-category-1.xml",
            "/wp-sitemap-taxonomies-post_tag-1.xml",
            "/wp-sitemap-users-1.xml",
        ],
    )
    pages["/wp-sitemap-posts-post-1.xml"] = sitemap(
        base, [(url[p.idx], p.published.isoformat()) for p in posts]
    )
    pages["/wp-sitemap-posts-page-1.xml"] = sitemap(base, [(f"/{s}/", None) for s in statics])
    pages["/wp-sitemap-taxonomies-category-1.xml"] = sitemap(
        base, [(f"/category/{c}/", None) for c in CATS]
    )
    pages["/wp-sitemap-taxonomies-post_tag-1.xml"] = sitemap(
        base, [(f"/tag/{t}/", None) for t in by_key(posts, lambda p: p.tags)]
    )
    pages["/wp-sitemap-users-1.xml"] = sitemap(
        base, [(f"/author/{a}/", None) for a in by_key(posts, lambda p: slug_of[p.author])]
    )
    pages["/robots.txt"] = robots(base, ["/wp-sitemap.xml"], ["/wp-admin/"])
    pages["/feed/"] = rss(base, SITE, [(url[p.idx], p) for p in posts[:10]], "bg-BG")
    return site_from(NAME, posts, lambda p: url[p.idx], pages, twins)
