"""HubSpot CMS blog (ga), Europe/Dublin.

Modelled on HubSpot's own CMS Boilerplate theme templates (HubSpot/cms-theme-boilerplate
`src/templates/blog-post.html`, `blog-index.html`, `layouts/base.html`): `blog-header` with the
`@hubspot/blog_subscribe` module, `blog-post__meta` (author link + `content.publish_date_localized`,
a local day without time), `blog-post__body` holding `hs_cos_wrapper_post_body`, tag links,
`@hubspot/blog_comments`, "Read On" `related_blog_posts` cards with `post_summary|truncatehtml(100)`,
`blog-index__post--large/--small` listing cards and `blog-pagination` (page 1 = the blog root,
`blog_page_link(n)` = `/page/n`). HubSpot output around it: `hs_cos_wrapper` spans, the cookie
banner, `?hsLang=ga` on every internal link of a multi-language account, the AMP twin
`?hs_amp=true`, `/rss.xml` of the blog (20 newest) and the account's `sitemap.xml`.
"""

from __future__ import annotations

import random
from datetime import UTC
from email.utils import format_datetime
from html import escape

from benchmarks.unseen.common import (
    by_key,
    html,
    make_posts,
    paged,
    robots,
    site_from,
    sitemap,
    thread,
    xml,
)
from benchmarks.unseen.dev2 import ascii_slug

NAME = "hubspot_ga"
SITE = "Nuacht an Iarthair"
BLOG = "/nuacht"
TAGS = ["Comhairle", "Iompar", "Sláinte", "Tithíocht", "Pleanáil"]
AUTHORS = ["Áine Ní Bhriain", "Ciarán Ó Flaithearta", "Siobhán de Búrca"]
READERS = ["Máire", "Pádraig Ó Sé", "Niamh C.", "Seán Mac Aodha", "Róisín"]
REMARKS = [
    "Alt an-mhaith, go raibh maith agat as an eolas.",
    "Cloisimid an scéal céanna gach bliain.",
    "Cá bhfuil na pleananna iomlána le fáil?",
    "Tá súil agam go n-éistfidh an chomhairle leis na daoine.",
]
MONTHS = ["Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh"]
PER = 8
Q = "?hsLang=ga"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1301, "ga", 34, "Europe/Dublin", TAGS, AUTHORS, TAGS)
    rng = random.Random(1301)
    talk = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 3) for p in posts}
    url = {p.idx: f"{BLOG}/{ascii_slug(p.title, str(p.idx))}" for p in posts}

    def tag_url(t):
        return f"{BLOG}/tag/{ascii_slug(t, 'x')}"

    def author_url(a):
        return f"{BLOG}/author/{ascii_slug(a, 'x')}"

    def local_day(d):
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"

    def wrap(name, kind, inner, gen="meta_field"):
        return (
            f'<span id="hs_cos_wrapper_{name}" class="hs_cos_wrapper hs_cos_wrapper_{gen} hs_cos_wrapper_type_{kind}" '
            f'style="" data-hs-cos-general-type="{gen}" data-hs-cos-type="{kind}">{inner}</span>'
        )

    subscribe = wrap(
        "blog_subscribe_form",
        "blog_subscribe",
        '<h3 id="hs_cos_wrapper_blog_subscribe_form_title" class="hs_cos_wrapper form-title">Liostáil le Nuacht an Iarthair</h3>'
        '<div id="hs_form_target_blog_subscribe_form"><form class="hs-form stacked" action="/_hcms/forms/subscribe" method="post">'
        '<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label>Ríomhphost<span class="hs-form-required">*</span></label>'
        '<input type="email" name="email" required></div><div class="hs_blog_default_hubspot_blog_subscription hs-form-field">'
        '<select name="blog_default_hubspot_blog_subscription"><option value="instant">Láithreach</option><option value="weekly">Seachtainiúil</option></select></div>'
        '<div class="hs_submit hs-submit"><input type="submit" class="hs-button primary large" value="Liostáil"></div></form></div>',
        "widget",
    )

    def shell(title, main, head="", canonical=None):
        canon = f'\n<link rel="canonical" href="{base}{canonical}">' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="ga">
  <head>
    <meta charset="utf-8">
    <title>{escape(title)}</title>
    <link rel="shortcut icon" href="https://cdn2.hubspot.net/hubfs/2394817/favicon.ico">
    <meta name="description" content="Nuacht áitiúil ón gcomhairle, ón iompar agus ón bpleanáil in iarthar na tíre.">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta property="og:site_name" content="{SITE}">{head}{canon}
    <link rel="alternate" type="application/rss+xml" href="{base}{BLOG}/rss.xml">
    <link rel="stylesheet" href="//cdn2.hubspot.net/hub/2394817/hub_generated/template_assets/1489584110742/main.min.css">
    <script src="/hs/hsstatic/jquery-libs/static-1.1/jquery/jquery-1.7.1.js"></script>
  </head>
  <body>
    <div class="body-wrapper hs-content-id-4690148813 hs-blog-post hs-blog-id-4690148799">
      <div data-global-resource-path="boilerplate/templates/partials/header.html"><header class="header">
        <a class="header__skip" href="#main-content">Léim go dtí an t-ábhar</a>
        <div class="header__container content-wrapper">
          <div class="header__logo">{wrap("site_logo", "logo", f'<a href="/{Q}" id="hs-link-site_logo"><img src="//cdn2.hubspot.net/hubfs/2394817/logo-nuacht.png" alt="{SITE}"></a>', "widget")}</div>
          <div class="header__column">
            <div class="header__row-1"><div class="header--element header__search">{wrap("site_search", "search_input", f'<div class="hs-search-field"><form action="/hs-search-results{Q}"><input type="text" class="hs-search-field__input" name="term" placeholder="Cuardaigh"><button aria-label="Cuardaigh">Cuardaigh</button></form></div>', "widget")}</div>
              <div class="header__language-switcher header--element"><div class="lang_switcher_class"><a class="lang_switcher_link" href="/{Q}" lang="ga">Gaeilge</a> <a class="lang_switcher_link" href="/en/?hsLang=en" lang="en">English</a></div></div></div>
            <div class="header__row-2"><nav class="header--element header__navigation" aria-label="Príomh-roghchlár"><ul class="submenu level-1">
              <li class="menu-item"><a class="menu-link" href="/{Q}">Baile</a></li>
              <li class="menu-item"><a class="menu-link active-branch" href="{BLOG}{Q}">Nuacht</a></li>
              <li class="menu-item"><a class="menu-link" href="/fuinn{Q}">Fúinn</a></li>
              <li class="menu-item"><a class="menu-link" href="/teagmhail{Q}">Teagmháil</a></li>
            </ul></nav></div>
          </div>
        </div>
      </header></div>
      <main id="main-content" class="body-container-wrapper">
{main}
      </main>
      <div data-global-resource-path="boilerplate/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
        {wrap("footer_social", "social_follow", '<a href="https://www.facebook.com/nuachtaniarthair" class="social-links__link">Facebook</a> <a href="https://twitter.com/nuachtaniarthar" class="social-links__link">Twitter</a>', "widget")}
        <p class="footer__copyright">© 2017 Nuacht an Iarthair Teo. Gach ceart ar cosaint. <a href="/priobhaideachas{Q}">Ráiteas príobháideachais</a></p>
      </div></footer></div>
    </div>
    <div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" data-hs-region="hs-eu-cookie-confirmation"><div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>Úsáideann an suíomh seo fianáin chun do thaithí a fheabhsú.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><a id="hs-eu-confirmation-button" href="#">Glac leo</a><a id="hs-eu-decline-button" href="#">Diúltaigh</a></div></div></div>
    <script src="/hs/scriptloader/2394817.js"></script>
  </body>
</html>"""

    def summary(p):
        return p.paras[0]

    def related(p):
        i = posts.index(p)
        picks = [q for q in posts[max(0, i - 2) : i + 3] if q is not p][:3]
        cards = "".join(
            f'<a href="{url[q.idx]}{Q}" class="blog-recent-posts__post"><div class="blog-recent-posts__image" style="background-image: url(\'https://cdn2.hubspot.net/hubfs/2394817/nuacht/{q.idx}.jpg\');"></div>'
            f'<h3 class="blog-recent-posts__title">{escape(q.title)}</h3>{escape(summary(q)[:100].rsplit(" ", 1)[0])}...</a>'
            for q in picks
        )
        return f"""    <div class="blog-recent-posts">
      <div class="content-wrapper">
        <h2>Léigh tuilleadh</h2>
        <div class="blog-recent-posts__list">{cards}</div>
      </div>
    </div>"""

    def comments(p):
        cs = talk[p.idx]
        rows = "".join(
            f'<div class="comment depth-0" id="comment-{p.idx * 100 + j}"><p class="comment-from"><strong>{escape(w)}</strong></p>'
            f'<p class="comment-date">{local_day(t)}</p><div class="comment-body"><p>{escape(x)}</p></div>'
            f'<div class="comment-reply-to"><a href="#comment-form">Freagair</a></div></div>'
            for j, (w, t, x) in enumerate(cs)
        )
        return f"""      <div class="blog-comments">
        {wrap("blog_comments", "blog_comments", f'<div class="section post-footer"><div id="comments-listing" class="new-comments">{rows}</div><h3 class="comment-form-title">Fág trácht</h3><div id="comment-form"><form class="hs-form" action="/_hcms/blog/comments" method="post"><input name="firstname" placeholder="Ainm"><textarea name="content"></textarea><input type="submit" class="hs-button primary" value="Seol trácht"></form></div></div>', "widget")}
      </div>"""

    def post_main(p):
        tags = ",\n              ".join(
            f'<a class="blog-post__tag-link" href="{tag_url(t)}{Q}">{t}</a>' for t in p.tags
        )
        body = "".join(f"<p>{escape(x)}</p>" for x in p.paras[:1])
        body += "<!--more-->" + "".join(f"<p>{escape(x)}</p>" for x in p.paras[1:])
        return f"""  <div class="body-container body-container--blog-post">
    <div class="blog-header">
      <div class="blog-header__inner">
        <h2 class="blog-header__title">{SITE}</h2>
        <h4 class="blog-header__subtitle">Nuacht áitiúil ó Ghaillimh go Dún na nGall</h4>
        <div class="blog-header__form">{subscribe}</div>
      </div>
    </div>
    <div class="content-wrapper">
      <article class="blog-post">
        <h1>{wrap("name", "text", escape(p.title))}</h1>
        <div class="blog-post__meta">
          <a href="{author_url(p.author)}{Q}">
            {escape(p.author)}
          </a>
          <div class="blog-post__timestamp">
            {local_day(p.published)}
          </div>
        </div>
        <div class="blog-post__body">
          {wrap("post_body", "rich_text", body)}
        </div>
        <div class="blog-post__tags">
          <svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="Tag1_layer"><path d="M0 252.118V48C0 21.49 21.49 0 48 0h204.118z"/></g></svg>
              {tags}
        </div>
      </article>
{comments(p)}
    </div>
{related(p)}
  </div>"""

    def post_head(p):
        return (
            f'\n    <meta property="og:title" content="{escape(p.title)}">'
            f'\n    <meta property="og:url" content="{base}{url[p.idx]}">'
            f'\n    <meta property="og:type" content="article">'
            f'\n    <link rel="amphtml" href="{base}{url[p.idx]}?hs_amp=true">'
        )

    def amp(p):
        body = "".join(f"<p>{escape(x)}</p>" for x in p.paras)
        return f"""<!doctype html>
<html ⚡ lang="ga">
<head>
  <meta charset="utf-8">
  <title>{escape(p.title)}</title>
  <link rel="canonical" href="{base}{url[p.idx]}">
  <meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
  <script async src="https://cdn.ampproject.org/v0.js"></script>
  <style amp-custom>body{{font-family:Georgia,serif}}.hs-amp-header{{padding:10px}}</style>
</head>
<body>
  <header class="hs-amp-header"><a href="{base}/">{SITE}</a></header>
  <main class="hs-amp-main">
    <article class="hs-amp-article">
      <h1 class="hs-amp-title">{escape(p.title)}</h1>
      <div class="hs-amp-meta"><span class="hs-amp-author">{escape(p.author)}</span> <span class="hs-amp-date">{local_day(p.published)}</span></div>
      <div class="hs-amp-body">{body}</div>
    </article>
  </main>
  <footer class="hs-amp-footer"><a href="{base}{url[p.idx]}">Féach an leagan iomlán</a></footer>
</body>
</html>"""

    pages: dict = {}
    for p in posts:
        page = html(shell(f"{p.title}", post_main(p), post_head(p), url[p.idx]))
        pages[url[p.idx]] = page
        pages[url[p.idx] + Q] = page
        pages[url[p.idx] + "?hs_amp=true"] = html(amp(p))

    def twins(p):
        return [url[p.idx] + Q, url[p.idx] + "?hs_amp=true"]

    def lister(root, header, items):
        def nth(k):
            return root if not k else f"{root}/page/{k + 1}"

        def render(chunk, k, n):
            cards = []
            for j, q in enumerate(chunk):
                big = j == 0 and k == 0 and root == BLOG
                size = "large" if big else "small"
                text = summary(q) if big else summary(q)[:100].rsplit(" ", 1)[0] + "..."
                img = f'<img class="blog-index__post-image" src="https://cdn2.hubspot.net/hubfs/2394817/nuacht/{q.idx}.jpg" width="{596 if big else 365}" alt="">'
                cards.append(
                    f"""          <article class="blog-index__post blog-index__post--{size}" aria-label="Achoimre: {escape(q.title)}">
            <a class="blog-index__post-image-wrapper" href="{url[q.idx]}{Q}" aria-label="Léigh an t-alt: {escape(q.title)}">{img}</a>
            <div class="blog-index__post-content blog-index__post-content--{size}">
              <h2><a href="{url[q.idx]}{Q}">{escape(q.title)}</a></h2>
              <p>{escape(text)}</p>
            </div>
          </article>"""
                )
            nums = "".join(
                f'<a class="blog-pagination__link blog-pagination__number-link{" blog-pagination__link--active" if j == k else ""}" href="{nth(j)}{Q}">{j + 1}</a>'
                for j in range(n)
            )
            prev = (
                f'<a class="blog-pagination__link blog-pagination__prev-link" href="{nth(k - 1)}{Q}">Roimhe</a>'
                if k
                else '<a class="blog-pagination__link blog-pagination__prev-link blog-pagination__prev-link--disabled">Roimhe</a>'
            )
            nxt = (
                f'<a class="blog-pagination__link blog-pagination__next-link" href="{nth(k + 1)}{Q}">Ar aghaidh</a>'
                if k + 1 < n
                else '<a class="blog-pagination__link blog-pagination__next-link blog-pagination__next-link--disabled">Ar aghaidh</a>'
            )
            pager = f'<div class="blog-pagination">{prev}{nums}{nxt}</div>' if n > 1 else ""
            main = f"""  <div class="body-container body-container--blog-index">
    <div class="blog-header"><div class="blog-header__inner">{header}</div></div>
    <div class="content-wrapper">
      <section class="blog-index">
{"".join(cards)}
      </section>
      {pager}
    </div>
  </div>"""
            title = SITE if root == BLOG else f"{SITE} | {root.rsplit('/', 1)[-1]}"
            return shell(
                title if not k else f"{title} (Leathanach {k + 1})", main, canonical=nth(k)
            )

        paged(pages, nth, items, PER, render)
        paged(pages, lambda k: nth(k) + Q, items, PER, render)

    lister(
        BLOG,
        f'<h1 class="blog-header__title">{SITE}</h1><h4 class="blog-header__subtitle">Nuacht áitiúil ó Ghaillimh go Dún na nGall</h4><div class="blog-header__form">{subscribe}</div>',
        posts,
    )
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(tag_url(t), f'<h1 class="blog-header__title">Ailt faoi {t}</h1>', items)
    for a, items in by_key(posts, lambda p: p.author).items():
        lister(
            author_url(a),
            f'<img class="blog-header__author-avatar" src="https://cdn2.hubspot.net/hubfs/2394817/udair/{ascii_slug(a, "x")}.jpg" alt="{escape(a)}" width="200"><h1 class="blog-header__title">{escape(a)}</h1><h4 class="blog-header__subtitle">Iriseoir le {SITE}.</h4>',
            items,
        )
    home_cards = "".join(
        f'<div class="card"><h3><a href="{url[q.idx]}{Q}">{escape(q.title)}</a></h3><p>{escape(summary(q)[:100].rsplit(" ", 1)[0])}...</p></div>'
        for q in posts[:3]
    )
    home = f"""  <div class="body-container body-container--home">
    <div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column">
      {wrap("widget_1489584110742", "rich_text", f"<h1>Fáilte go {SITE}</h1><p>Tuairiscí ar chúrsaí na comhairle, an iompair agus na pleanála.</p>", "widget")}
      <div class="home-latest"><h2>Is déanaí ón mblag</h2>{home_cards}<p><a class="button" href="{BLOG}{Q}">Gach alt</a></p></div>
    </div></div></div>
  </div>"""
    pages["/"] = html(shell(SITE, home, canonical="/"))
    pages["/" + Q] = pages["/"]
    for slug, h, txt in (
        (
            "fuinn",
            "Fúinn",
            "Is seirbhís nuachta neamhspleách í Nuacht an Iarthair a bunaíodh in 2014.",
        ),
        ("teagmhail", "Teagmháil", "Scríobh chugainn ag eagarthoir@nuachtaniarthair.ie."),
        (
            "priobhaideachas",
            "Ráiteas príobháideachais",
            "Ní úsáidimid do shonraí ach chun an nuachtlitir a sheoladh.",
        ),
    ):
        page = html(
            shell(
                f"{h} | {SITE}",
                f'<div class="body-container"><div class="content-wrapper">{wrap("page_body", "rich_text", f"<h1>{h}</h1><p>{txt}</p>", "widget")}</div></div>',
                canonical=f"/{slug}",
            )
        )
        pages[f"/{slug}"] = page
        pages[f"/{slug}{Q}"] = page
    items = "".join(
        f"<item><title>{escape(p.title)}</title><link>{base}{url[p.idx]}</link>"
        f"<description>{escape('<p>' + summary(p) + '</p>')}</description>"
        f"<category>{escape(p.tags[0])}</category><pubDate>{format_datetime(p.published.astimezone(UTC), usegmt=True)}</pubDate>"
        f'<guid isPermaLink="false">{4690148813 + p.idx}</guid><dc:creator>{escape(p.author)}</dc:creator></item>'
        for p in posts[:20]
    )
    pages[f"{BLOG}/rss.xml"] = xml(
        '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">'
        f"<channel><title>{SITE}</title><link>{base}{BLOG}</link><description>Nuacht áitiúil</description>"
        f"<language>ga</language><pubDate>{format_datetime(posts[0].published.astimezone(UTC), usegmt=True)}</pubDate>"
        f"<dc:date>{posts[0].published.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}</dc:date>{items}</channel></rss>",
        "application/rss+xml",
    )
    entries = [("/", None), (BLOG, None)] + [
        (url[p.idx], p.published.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")) for p in posts
    ]
    pages["/sitemap.xml"] = sitemap(base, entries)
    pages["/robots.txt"] = robots(base, ["/sitemap.xml"], ["/_hcms/", "/hs-search-results"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages, twins)
