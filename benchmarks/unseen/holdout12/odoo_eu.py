"""Odoo 12 Website with the website_blog app as a news site, eu (eu_ES), Europe/Madrid.

Modelled on website_blog's QWeb templates: `website_blog.blog_post_short` (the listing:
`blog_post_summary` blocks with `blog_post_data` author / "MMMM yyyy" date / comment and view
counts, `o_blog_teaser`, `o_sharing_links`, the `website.pager` `pagination` with `/page/N`),
`website_blog.blog_post_complete` (`js_blog website_blog` wrap, the `website.record_cover`
cover, `blog_title` with `#o_wblog_post_name` and subtitle, author avatar and date rendered by
`t-field` for the public user in UTC, `blog_content` body, `o_wblog_post_tags`, the portal chatter
placeholder `o_portal_chatter`, the "Read Next" `o_wblog_post_footer` cover), the sidebar
customize options (archives with `?date_begin=&date_end=`, tags, follow-us), the
`website.layout` (`#wrapwrap`, `o_main_navbar`-era Bootstrap 4 navbar `#top_menu`, language
selector, the newsletter `js_subscribe` snippet, `o_footer_copyright`, "Powered by Odoo"), the
`_default_website_meta` OpenGraph tags (`article:published_time` as Odoo's naive UTC string),
the Atom route `/blog/<blog>/feed` (15 newest). URLs `/blog/albisteak-1/post/slug-ID`, and from
tag listings the same post with `?tag_id=N` (the route keeps the filter); no sitemap served.
"""

from __future__ import annotations

import random
from datetime import UTC
from html import escape
from urllib.parse import quote_plus

from benchmarks.unseen.common import by_key, by_month, html, make_posts, paged, site_from, xml
from benchmarks.unseen.holdout12 import slugify
from benchmarks.unseen.server import Resp

NAME = "odoo_eu"
SITE = "Bidasoa Berriak"
BLOG = "/blog/albisteak-1"
TAGS = {"udala": 3, "hirigintza": 4, "garraioa": 5, "hezkuntza": 6, "ekonomia": 7, "osasuna": 8}
AUTHORS = ["Miren Etxeberria", "Jon Agirre", "Ane Urrutia", "Iñaki Larrañaga"]
MONTHS = [
    "urtarrila",
    "otsaila",
    "martxoa",
    "apirila",
    "maiatza",
    "ekaina",
    "uztaila",
    "abuztua",
    "iraila",
    "urria",
    "azaroa",
    "abendua",
]
GEN = [
    "urtarrilaren",
    "otsailaren",
    "martxoaren",
    "apirilaren",
    "maiatzaren",
    "ekainaren",
    "uztailaren",
    "abuztuaren",
    "irailaren",
    "urriaren",
    "azaroaren",
    "abenduaren",
]
PER = 20


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1205, "eu", 36, "Europe/Madrid", ["x"], AUTHORS, list(TAGS))
    rng = random.Random(1205)
    visits = {p.idx: rng.randint(15, 700) for p in posts}
    pid = {p.idx: 40 + p.idx for p in posts}

    def url(p):
        return f"{BLOG}/post/{slugify(p.title, 'post', 200)}-{pid[p.idx]}"

    def tag_url(t):
        return f"{BLOG}/tag/{t}-{TAGS[t]}"

    def twins(p):
        return [f"{url(p)}?tag_id={TAGS[t]}" for t in p.tags]

    def utc(p):
        return p.published.astimezone(UTC)

    def long_date(d):
        return f"{d.year}(e)ko {GEN[d.month - 1]} {d.day}(a)"

    def month_year(d):
        return f"{d.year}(e)ko {MONTHS[d.month - 1]}"

    def arch_url(y, m):
        y2, m2 = (y, m + 1) if m < 12 else (y + 1, 1)
        b = quote_plus(f"{y}-{m:02d}-01 00:00:00")
        e = quote_plus(f"{y2}-{m2:02d}-01 00:00:00")
        return f"{BLOG}?date_begin={b}&date_end={e}"

    months = by_month([p for p in posts])

    def shell(title, main, head=""):
        menu = "".join(
            f'<li class="nav-item"><a role="menuitem" href="{h}" class="nav-link{" active" if k else ""}"><span>{t}</span></a></li>'
            for h, t, k in (
                ("/", "Hasiera", False),
                (BLOG, "Albisteak", True),
                ("/guri-buruz", "Guri buruz", False),
                ("/contactus", "Harremanetarako", False),
            )
        )
        return f"""<!DOCTYPE html>
<html lang="eu-ES" data-website-id="1" data-oe-company-name="{SITE}">
    <head>
        <meta charset="utf-8"/>
        <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
        <meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no"/>
        <meta name="generator" content="Odoo"/>
        <meta property="og:site_name" content="{SITE}"/>{head}
        <title>{escape(title)}</title>
        <link type="image/x-icon" rel="shortcut icon" href="/web/image/website/1/favicon/"/>
        <link type="text/css" rel="stylesheet" href="/web/content/512-2b1c3d4/web.assets_common.0.css"/>
        <link type="text/css" rel="stylesheet" href="/web/content/533-7e8f9a0/web.assets_frontend.0.css"/>
        <script type="text/javascript">var odoo = {{csrf_token: "5d1f0c3a7b", session_info: {{is_admin: false, is_system: false, is_website_user: true, user_id: false, is_frontend: true, translationURL: '/website/translations', cache_hashes: {{"translations": "0f8c2e"}}}}}};</script>
        <script type="text/javascript" src="/web/content/523-9d0e1f2/web.assets_common.js"></script>
        <script type="text/javascript" src="/web/content/534-1a2b3c4/web.assets_frontend.js"></script>
    </head>
    <body>
        <div id="wrapwrap" class="   ">
    <header class=" o_affix_enabled">
        <nav class="navbar navbar-expand-md navbar-light bg-light">
            <div class="container">
                <a href="/" class="navbar-brand logo"><span role="img" aria-label="Logo of {SITE}" title="{SITE}"><img src="/web/image/res.company/1/logo?unique=4f1c2e1" class="img img-fluid" alt="{SITE}"/></span></a>
                <button type="button" class="navbar-toggler" data-toggle="collapse" data-target="#top_menu_collapse"><span class="navbar-toggler-icon"></span></button>
                <div class="collapse navbar-collapse" id="top_menu_collapse">
                    <ul class="nav navbar-nav ml-auto text-right o_menu_loading" id="top_menu">{menu}
                        <li class="nav-item divider"></li>
                        <li class="nav-item"><a class="nav-link" href="/web/login"><b>Saioa hasi</b></a></li>
                    </ul>
                </div>
            </div>
        </nav>
    </header>
            <main>
{main}
            </main>
            <footer class="bg-light o_footer">
                <div id="footer" class="oe_structure oe_structure_solo">
      <section class="s_text_block pt16 pb8">
        <div class="container">
          <div class="row">
            <div class="col-lg-4"><h5>Bidasoa Berriak</h5><p>Irun eta Hondarribiko tokiko albisteak, euskaraz, 2009tik.</p></div>
            <div class="col-lg-4" id="connect"><h5>Jarri gurekin harremanetan</h5><ul class="list-unstyled"><li><a href="/contactus">Harremanetarako</a></li><li><i class="fa fa-phone"></i> <span>+34 943 61 20 20</span></li><li><i class="fa fa-envelope"></i> <span>erredakzioa@bidasoaberriak.eus</span></li></ul></div>
            <div class="col-lg-4"><h5>Buletina</h5><div class="input-group js_subscribe" data-list-id="1"><input type="email" name="email" class="js_subscribe_email form-control" placeholder="zure@posta.eus"/><span class="input-group-append"><a role="button" href="#" class="btn btn-primary js_subscribe_btn">Harpidetu</a></span></div></div>
          </div>
        </div>
      </section>
    </div>
                <div class="o_footer_copyright">
                    <div class="container py-3">
                        <div class="row">
                            <div class="col-sm text-center text-sm-left text-muted"><span>Copyright &copy;</span> <span itemprop="name">{SITE}</span></div>
                            <div class="o_brand_promotion">Powered by <a target="_blank" class="badge badge-danger" href="http://www.odoo.com?utm_source=db&amp;utm_medium=website">Odoo</a>, the #1 <a target="_blank" href="http://www.odoo.com/page/website-builder?utm_source=db&amp;utm_medium=website">Open Source Website Builder</a>.</div>
                        </div>
                    </div>
                </div>
            </footer>
        </div>
        <div id="website_cookies_bar" class="s_popup o_snippet_invisible" data-vcss="001"><div class="modal-content oe_structure"><section class="o_colored_level"><div class="container"><p>Webgune honek cookieak erabiltzen ditu nabigazio-esperientzia hobetzeko. Nabigatzen jarraituz gero, haien erabilera onartzen duzula ulertuko dugu. <a href="/cookie-politika">Cookie-politika</a></p><a href="#" id="cookies-consent-essential" role="button" class="js_close_popup btn btn-outline-primary">Onartu</a></div></section></div></div>
    </body>
</html>"""

    def sidebar():
        arch = "".join(
            f'<li class="nav-item"><a class="nav-link" href="{escape(arch_url(y, m))}">{MONTHS[m - 1]} {y}</a></li>'
            for (y, m) in months
        )
        tags = "".join(
            f'<a class="badge badge-primary mr8" href="{tag_url(t)}">{t}</a>' for t in TAGS
        )
        return f"""<div class="col-lg-3 offset-lg-1" id="blog_right_column">
  <section class="mt32"><h4>Gu nor garen</h4><p>Bidasoa Berriak eskualdeko herritarrek sortutako hedabide independentea da.</p></section>
  <section class="mt32"><h4>Jarrai gaitzazu</h4><div class="o_sharing_links"><a href="https://www.facebook.com/bidasoaberriak" aria-label="Facebook"><i class="fa fa-facebook-square"></i></a> <a href="https://twitter.com/bidasoaberriak" aria-label="Twitter"><i class="fa fa-twitter"></i></a> <a href="{BLOG}/feed" aria-label="RSS"><i class="fa fa-rss-square"></i></a></div></section>
  <section class="mt32"><h4>Etiketak</h4><div>{tags}</div></section>
  <section class="mt32"><h4>Artxiboak</h4><ul class="nav flex-column">{arch}</ul></section>
</div>"""

    def summary(p, tag=None):
        link = url(p) + (f"?tag_id={TAGS[tag]}" if tag else "")
        teaser = p.paras[0][:200].rsplit(" ", 1)[0] + "..."
        return f"""<div name="blog_post_summary" class="mb32">
  <a href="{link}"><h2 class="mb4 o_blog_post_title">{escape(p.title)}</h2></a>
  <div name="blog_post_data" class="mb0"><span style="display: inline-block;"><address class="mb0" itemscope="itemscope" itemtype="http://schema.org/Person"><div class="d-inline"><span itemprop="name">{escape(p.author)}</span></div></address></span> &mdash; <span>{month_year(utc(p))}</span> <span> &mdash; {visits[p.idx]} bisita</span></div>
  <p class="mb4 o_blog_teaser">{escape(teaser)}</p>
  <div class="o_sharing_links"><a class="fa fa-facebook-square o_facebook" aria-label="Facebook" href="https://www.facebook.com/sharer/sharer.php?u={base}{url(p)}"></a> <a class="fa fa-twitter o_twitter" aria-label="Twitter" href="https://twitter.com/intent/tweet?text={quote_plus(p.title)}&amp;url={base}{url(p)}"></a> <a class="fa fa-linkedin o_linkedin" aria-label="LinkedIn" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={base}{url(p)}"></a></div>
  <hr class="mb32"/>
</div>"""

    def lister(first, later, heading, items, tag=None, extra=""):
        def nth(k):
            return first if not k else later.format(k + 1)

        def render(chunk, k, n):
            pager = ""
            if n > 1:
                lis = "".join(
                    f'<li class="page-item{" active" if j == k else ""}"><a class="page-link" href="{nth(j)}">{j + 1}</a></li>'
                    for j in range(n)
                )
                prv = f'<li class="page-item{" disabled" if not k else ""}"><a class="page-link" href="{nth(max(k - 1, 0))}">Aurrekoa</a></li>'
                nxt = f'<li class="page-item{" disabled" if k + 1 >= n else ""}"><a class="page-link" href="{nth(min(k + 1, n - 1))}">Hurrengoa</a></li>'
                pager = f'<ul class="pagination m-0 ">{prv}{lis}{nxt}</ul>'
            main = f"""<div id="wrap" class="js_blog website_blog">
  <div class="oe_structure" id="oe_structure_blog_filtered_header"><section class="s_title pt48 pb24"><div class="container"><h1 class="o_default_snippet_text">{escape(heading)}</h1>{extra}</div></section></div>
  <div class="container">
    <div class="row">
      <div class="col-lg-8" id="main_column">
{"".join(summary(q, tag) for q in chunk)}
        <div class="o_blog_pager">{pager}</div>
      </div>
{sidebar()}
    </div>
  </div>
</div>"""
            return shell(
                f"{heading} | {SITE}",
                main,
                f'\n        <link rel="alternate" type="application/atom+xml" href="{base}{BLOG}/feed"/>',
            )

        paged(pages, nth, items, PER, render)

    def post_page(p):
        i = posts.index(p)
        nxt = posts[i + 1] if i + 1 < len(posts) else posts[0]
        d = utc(p)
        tags = " ".join(
            f'<a class="badge badge-primary mr8" href="{tag_url(t)}">{t}</a>' for t in p.tags
        )
        head = (
            f'\n        <meta property="og:type" content="article"/>'
            f'\n        <meta property="og:title" content="{escape(p.title)}"/>'
            f'\n        <meta property="og:url" content="{base}{url(p)}"/>'
            f'\n        <meta property="og:description" content="{escape(p.paras[0][:160])}"/>'
            f'\n        <meta property="article:published_time" content="{d:%Y-%m-%d %H:%M:%S}"/>'
            f'\n        <meta name="twitter:card" content="summary_large_image"/>'
            f'\n        <link rel="canonical" href="{base}{url(p)}"/>'
        )
        main = f"""<div id="wrap" class="js_blog website_blog">
  <section id="title" class="blog_header">
    <div class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_half_screen_height cover_full">
      <div class="o_record_cover_component o_record_cover_image" style="background-image: url(/website_blog/static/src/img/cover_{1 + p.idx % 6}.jpg);"></div>
      <div class="o_record_cover_component o_record_cover_filter oe_black" style="opacity: 0.2;"></div>
      <div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around">
        <div class="blog_title">
          <h1 id="o_wblog_post_name" class="o_editable_no_shadow" data-oe-expression="blog_post.name" placeholder="Blog Post Title">{escape(p.title)}</h1>
          <h2 class="o_blog_post_subtitle o_editable_no_shadow" placeholder="Subtitle"></h2>
          <p class="post-meta text-muted text-center" name="blog_post_data"></p>
          <div><img class="o_wblog_author_avatar rounded-circle" src="/web/image/res.partner/{10 + AUTHORS.index(p.author)}/image_small" alt="{escape(p.author)}"/> <span class="o_wblog_post_author" style="display: inline-block;">{escape(p.author)}</span> &mdash; <span class="o_wblog_post_date">{long_date(d)}</span></div>
        </div>
        <div class="text-center blog_item"><a href="#o_wblog_post_main" aria-label="Jaitsi" title="Jaitsi" class="fa fa-angle-down fa-3x fa-inverse mt4"></a></div>
      </div>
    </div>
  </section>
  <section id="o_wblog_post_main" class="container pt-4 pb-5">
    <div class="row">
      <div class="col-lg-8">
        <div id="blog_content" class="blog_content mt32 o_wblog_read_text" data-oe-model="blog.post" data-oe-id="{pid[p.idx]}" data-oe-field="content" data-oe-type="html">
{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}
        </div>
        <div class="o_wblog_post_tags mt-4"><span class="fa fa-tags"></span> {tags}</div>
        <div class="o_wblog_social_links mt-3"><span>Partekatu:</span> <a class="fa fa-facebook-square o_facebook" aria-label="Facebook" href="https://www.facebook.com/sharer/sharer.php?u={base}{url(p)}"></a> <a class="fa fa-twitter o_twitter" aria-label="Twitter" href="https://twitter.com/intent/tweet?url={base}{url(p)}"></a> <a class="fa fa-envelope o_email" aria-label="Posta" href="mailto:?subject={quote_plus(p.title)}&amp;body={base}{url(p)}"></a></div>
        <section id="comments" class="o_wblog_post_comments read_width">
          <hr/>
          <div id="discussion" class="d-print-none o_portal_chatter o_not_editable p-0" data-res_model="blog.post" data-res_id="{pid[p.idx]}" data-pager_step="10" data-allow_composer="1" data-display_rating="False"></div>
        </section>
      </div>
{sidebar()}
    </div>
  </section>
  <section id="o_wblog_post_footer">
    <div class="o_record_cover_container o_colored_level cover_footer">
      <div class="o_record_cover_component o_record_cover_image" style="background-image: url(/website_blog/static/src/img/cover_{1 + nxt.idx % 6}.jpg);"></div>
      <div class="container text-center"><div class="blog_title"><p class="text-muted">Irakurri hurrengoa</p><a class="js_next" href="{url(nxt)}#wrap"><h1 class="o_wblog_next_title">{escape(nxt.title)}</h1></a><p class="text-muted">{escape(nxt.author)}</p></div></div>
    </div>
  </section>
</div>"""
        return shell(f"{p.title} | {SITE}", main, head)

    pages: dict = {}
    for p in posts:
        pages[url(p)] = html(post_page(p))
        for t in twins(p):
            pages[t] = pages[url(p)]
    lister(BLOG, BLOG + "/page/{}", "Albisteak", posts)
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(
            tag_url(t),
            tag_url(t) + "/page/{}",
            f"Albisteak: {t}",
            items,
            tag=t,
        )
    for (y, m), items in months.items():
        lister(arch_url(y, m), "", f"Albisteak, {MONTHS[m - 1]} {y}", items)
    top = "".join(
        f'<div class="col-lg-4 mb32"><a href="{url(q)}"><h4>{escape(q.title)}</h4></a><p class="text-muted">{escape(q.author)}</p></div>'
        for q in posts[:6]
    )
    pages["/"] = html(
        shell(
            SITE,
            f'<div id="wrap" class="oe_structure oe_empty"><section class="s_cover parallax pt96 pb96"><div class="container"><h1>Bidasoa Berriak</h1><p class="lead">Irun eta Hondarribiko tokiko albisteak</p><a class="btn btn-primary" href="{BLOG}">Albiste guztiak</a></div></section><section class="s_three_columns pt32 pb32"><div class="container"><div class="row">{top}</div></div></section></div>',
        )
    )
    for path, heading, text in (
        (
            "/guri-buruz",
            "Guri buruz",
            "Kazetari boluntarioen talde txiki bat gara, 2009tik lanean.",
        ),
        ("/contactus", "Harremanetarako", "Idatzi erredakzioa@bidasoaberriak.eus helbidera."),
        ("/cookie-politika", "Cookie-politika", "Analitika-cookieak bakarrik erabiltzen ditugu."),
        ("/web/login", "Saioa hasi", "Sartu zure posta elektronikoa eta pasahitza."),
    ):
        pages[path] = html(
            shell(
                f"{heading} | {SITE}",
                f'<div id="wrap" class="oe_structure"><section class="s_text_block pt32 pb32"><div class="container"><h1>{heading}</h1><p>{text}</p></div></section></div>',
            )
        )
    pages["/web/image/website/1/favicon/"] = Resp(b"\x00\x00\x01\x00", "image/x-icon")
    entries = "".join(
        f'<entry><title>{escape(p.title)}</title><link href="{base}{url(p)}"/><id>{base}{url(p)}</id>'
        f"<author><name>{escape(p.author)}</name></author><summary>{escape(p.paras[0][:200])}</summary>"
        f"<updated>{utc(p):%Y-%m-%dT%H:%M:%SZ}</updated></entry>"
        for p in posts[:15]
    )
    pages[BLOG + "/feed"] = xml(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f'<title>Albisteak</title><link href="{base}{BLOG}"/><id>{base}{BLOG}</id>'
        f"<updated>{utc(posts[0]):%Y-%m-%dT%H:%M:%SZ}</updated>{entries}</feed>",
        "application/atom+xml",
    )
    return site_from(NAME, posts, url, pages, twins)
