"""Drupal 7 local news site on a Bartik subtheme, hr, Europe/Zagreb.

Followed: Drupal 7 `themes/bartik/templates/node.tpl.php` (`node-article node-promoted`, the
`meta submitted` line "published by !username on !datetime" with RDFa `dc:date`, `content clearfix`,
`link-wrapper`), core `field.tpl.php` (`field field-name-body field-type-text-with-summary
field-label-hidden` > `field-items` > `field-item even`, taxonomy `field-name-field-tags
field-label-above`), Bartik `comment.tpl.php` / `comment-wrapper.tpl.php` (attribution, `comment-time`,
`comment-permalink`, `comment-text`, "Dodaj novi komentar" form), `page.tpl.php` regions
(`#header`, `#main-menu`, `#breadcrumb`, `#sidebar-second`, `#footer`), Views blocks (`block-views`,
`view-content`, `views-row`, `views-field-title`, `views-field-created`) and the Views pager
(`item-list` > `pager`, `?page=N`). Pathauto aliases `vijesti/[title]` with core `node/N` twins (core
prints canonical + shortlink), `/comment/N` permalinks that render the node, taxonomy term pages at
their alias and at `/taxonomy/term/N`; `/rss.xml` (10 items) is the only feed, no sitemap.
"""
# ruff: noqa: RUF001  (typographic quotes are the point here)

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import by_key, html, make_posts, paged, rss, site_from, thread
from benchmarks.unseen.holdout10 import latin_slug

NAME = "drupal7_hr"
SITE = "Karlovački list"
TERMS = {
    "grad": (3, "Grad"),
    "promet": (4, "Promet"),
    "skolstvo": (5, "Školstvo"),
    "kultura": (6, "Kultura"),
}
TAGS = {
    "gradsko-vijece": (11, "gradsko vijeće"),
    "proracun": (12, "proračun"),
    "radovi": (13, "radovi"),
    "eu-fondovi": (14, "EU fondovi"),
    "javna-rasprava": (15, "javna rasprava"),
}
AUTHORS = ["ivana.horvat", "marko.babic", "urednik"]
READERS = ["Karlovčanin", "Ana M.", "Zdravko", "gost", "Petra", "Tomislav K."]
REMARKS = [
    "Opet se odlučuje bez pitanja građana.",
    "Hvala na detaljnom izvještaju, bio sam na sjednici i sve je točno.",
    "A tko će to platiti? Mi porezni obveznici, naravno.",
    "Konačno se nešto pokreće u ovom gradu.",
    "Gdje se mogu vidjeti cjeloviti projekti?",
    "Vidjet ćemo, rokovi će se opet produžiti.",
]
DAYS = ["pon", "uto", "sri", "čet", "pet", "sub", "ned"]


def d7date(d) -> str:
    """The site's "medium" date format `D, d.m.Y. - H:i` as translated to Croatian."""
    return f"{DAYS[d.weekday()]}, {d:%d.%m.%Y}. - {d:%H:%M}"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(10202, "hr", 33, "Europe/Zagreb", list(TERMS), AUTHORS, list(TAGS))
    rng = random.Random(10202)
    talk = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 4) for p in posts}
    nid = {p.idx: 1200 + p.idx * 3 for p in posts}
    cids = {p.idx: [5400 + p.idx * 10 + j for j in range(len(talk[p.idx]))] for p in posts}
    url = {p.idx: f"/vijesti/{latin_slug(p.title, str(nid[p.idx]))}" for p in posts}
    hits = {p.idx: 150 + (p.idx * 97) % 1800 for p in posts}
    popular = sorted(posts, key=lambda q: -hits[q.idx])[:5]

    def twins(p):
        return [f"/node/{nid[p.idx]}", *(f"/comment/{c}" for c in cids[p.idx])]

    def block(bid, title, body, cls=""):
        return f"""<div id="block-{bid}" class="block {cls}">
    <h2>{title}</h2>
  <div class="content">
    {body}
  </div>
</div>"""

    def views_list(items, with_date=True):
        rows = "".join(
            f"""<div class="views-row views-row-{j + 1} views-row-{"odd" if j % 2 == 0 else "even"}{" views-row-first" if j == 0 else ""}{" views-row-last" if j == len(items) - 1 else ""}">
  <div class="views-field views-field-title"><span class="field-content"><a href="{url[q.idx]}">{escape(q.title)}</a></span></div>"""
            + (
                f"""
  <div class="views-field views-field-created"><span class="field-content">{q.published:%d.%m.%Y.}</span></div>"""
                if with_date
                else f"""
  <div class="views-field views-field-totalcount"><span class="field-content">{hits[q.idx]} čitanja</span></div>"""
            )
            + "\n</div>"
            for j, q in enumerate(items)
        )
        return f'<div class="view view-najcitanije view-id-najcitanije view-display-id-block"><div class="view-content">{rows}</div></div>'

    def shell(
        title,
        main,
        head="",
        body_cls="html front not-logged-in one-sidebar sidebar-second",
        crumbs="",
    ):
        menu = "".join(
            f'<li class="menu-{218 + j}{" first" if j == 0 else ""}"><a href="/kategorije/{k}" title="">{v}</a></li>'
            for j, (k, (_, v)) in enumerate(TERMS.items())
        )
        side = block(
            "views-najcitanije-block",
            "Najčitanije",
            views_list(popular, with_date=False),
            "block-views",
        ) + block(
            "block-3",
            "Newsletter",
            '<p>Prijavite se i primajte vijesti iz Karlovca svakog jutra.</p><form action="/newsletter" method="post" id="simplenews-block-form-1" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-mail"><label for="edit-mail">E-mail <span class="form-required" title="Ovo polje je obavezno.">*</span></label><input type="text" id="edit-mail" name="mail" value="" size="20" maxlength="128" class="form-text required" /></div><input type="submit" id="edit-submit" name="op" value="Prijava" class="form-submit" /></div></form>',
            "block-block",
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="hr" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{base}/misc/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />{head}
<link rel="alternate" type="application/rss+xml" title="{SITE} RSS" href="{base}/rss.xml" />
  <title>{escape(title)}</title>
  <style type="text/css" media="all">
@import url("{base}/themes/bartik/css/layout.css?onc9a1");
@import url("{base}/sites/all/themes/kalist/css/kalist.css?onc9a1");
</style>
</head>
<body class="{body_cls}" >
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">Preskoči na glavni sadržaj</a>
  </div>
    <div id="page-wrapper"><div id="page">
  <div id="header" class="without-secondary-menu"><div class="section clearfix">
        <a href="/" title="Naslovnica" rel="home" id="logo"><img src="{base}/sites/default/files/logo.png" alt="Naslovnica" /></a>
          <div id="name-and-slogan">
                  <div id="site-name"><strong><a href="/" title="Naslovnica" rel="home"><span>{SITE}</span></a></strong></div>
                  <div id="site-slogan">Vijesti iz grada na četiri rijeke</div>
      </div>
      <div id="main-menu" class="navigation">
        <h2 class="element-invisible">Glavni izbornik</h2><ul id="main-menu-links" class="links clearfix"><li class="menu-200 first"><a href="/">Naslovnica</a></li>{menu}<li class="menu-230 last"><a href="/vijesti">Sve vijesti</a></li></ul>
      </div>
  </div></div>
  <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
    {crumbs}
    <div id="content" class="column"><div class="section">
      <a id="main-content"></a>
{main}
    </div></div>
      <div id="sidebar-second" class="column sidebar"><div class="section">
  <div class="region region-sidebar-second">
{side}
  </div>
      </div></div>
  </div></div>
  <div id="footer-wrapper"><div class="section">
      <div id="footer" class="clearfix">
  <div class="region region-footer">
    <div id="block-block-1" class="block block-block"><div class="content"><p>© 2017 {SITE} · Impressum · Uvjeti korištenja · <a href="/kontakt">Kontakt</a></p><p>Ova stranica koristi kolačiće. Nastavkom pregledavanja pristajete na njihovu upotrebu.</p></div></div>
    <div id="block-system-powered-by" class="block block-system"><div class="content"><span>Pokreće <a href="https://www.drupal.org">Drupal</a></span></div></div>
  </div>
      </div>
  </div></div>
  </div></div>
</body>
</html>"""

    def comment_html(p, c, w, t, x, j):
        return f"""<a id="comment-{c}"></a>
<div class="comment {"comment-by-anonymous " if j % 2 else ""}clearfix" about="/comment/{c}#comment-{c}" typeof="sioc:Post sioct:Comment">
  <div class="attribution">
    <div class="submitted">
      <p class="commenter-name">
        <span rel="sioc:has_creator"><span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" datatype="">{escape(w)}</span></span>
      </p>
      <p class="comment-time">
        <span property="dc:date dc:created" content="{t.isoformat()}" datatype="xsd:dateTime">{d7date(t)}</span>
      </p>
      <p class="comment-permalink">
        <a href="/comment/{c}#comment-{c}" class="permalink" rel="bookmark">Stalna poveznica</a>
      </p>
    </div>
  </div>
  <div class="comment-text">
    <div class="comment-arrow"></div>
    <h3 property="dc:title" datatype=""><a href="/comment/{c}#comment-{c}" class="permalink" rel="bookmark">{escape(" ".join(x.split()[:4]))}</a></h3>
    <div class="content">
      <div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{escape(x)}</p>
</div></div></div>
    </div>
  </div>
  <ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply/{nid[p.idx]}/{c}">odgovori</a></li></ul>
</div>"""

    def article(p):
        term = TERMS[p.section][1]
        tags = "".join(
            f'<div class="field-item {"even" if j % 2 == 0 else "odd"}" rel="dc:subject"><a href="/oznake/{t}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{TAGS[t][1]}</a></div>'
            for j, t in enumerate(p.tags)
        )
        body = "\n".join(f"<p>{escape(x)}</p>" for x in p.paras)
        rel = [q for q in posts if q is not p and q.section == p.section][:4]
        comments = "".join(
            comment_html(p, c, w, t, x, j)
            for j, ((w, t, x), c) in enumerate(zip(talk[p.idx], cids[p.idx], strict=True))
        )
        n = len(talk[p.idx])
        main = f"""      <h1 class="title" id="page-title">{escape(p.title)}</h1>
      <div class="tabs"></div>
  <div class="region region-content">
    <div id="block-system-main" class="block block-system">
  <div class="content">
    <div id="node-{nid[p.idx]}" class="node node-article node-promoted clearfix" about="{url[p.idx]}" typeof="sioc:Item foaf:Document">
      <span property="dc:title" content="{escape(p.title)}" class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="{n}" datatype="xsd:integer" class="rdf-meta element-hidden"></span>
      <div class="meta submitted">
      <span property="dc:date dc:created" content="{p.published.isoformat()}" datatype="xsd:dateTime" rel="sioc:has_creator">Objavio/la <span class="username" xml:lang="" about="/korisnik/{p.author}" typeof="sioc:UserAccount" property="foaf:name" datatype="">{p.author}</span>, {d7date(p.published)}</span>    </div>
  <div class="content clearfix">
    <div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" resource="{base}/sites/default/files/styles/large/public/field/image/foto-{nid[p.idx]}.jpg"><img typeof="foaf:Image" src="{base}/sites/default/files/styles/large/public/field/image/foto-{nid[p.idx]}.jpg" width="480" height="320" alt="" /></div></div></div>
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}
</div></div></div>
    <div class="field field-name-field-kategorija field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Kategorija:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/kategorije/{p.section}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{term}</a></div></div></div>
    <div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Oznake:&nbsp;</div><div class="field-items">{tags}</div></div>
  </div>
      <div class="link-wrapper">
      <ul class="links inline"><li class="statistics_counter first"><span>{hits[p.idx]} čitanja</span></li><li class="print_html last"><a href="/print/{nid[p.idx]}" title="Prikaži verziju ove stranice za ispis." class="print-page" rel="nofollow">Verzija za ispis</a></li></ul>    </div>
  <div id="comments" class="comment-wrapper">
      {'<h2 class="title">Komentari</h2>' if n else ""}
    {comments}
      <h2 class="title comment-form">Dodaj novi komentar</h2>
    <form class="comment-form" action="/comment/reply/{nid[p.idx]}" method="post" id="comment-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">Vaše ime </label><input type="text" id="edit-name" name="name" value="Gost" size="30" maxlength="60" class="form-text" /></div><div class="field-type-text-long field-name-comment-body field-widget-text-textarea form-wrapper" id="edit-comment-body"><div class="form-item form-type-textarea form-item-comment-body-und-0-value"><label for="edit-comment-body-und-0-value">Komentar <span class="form-required" title="Ovo polje je obavezno.">*</span></label><div class="form-textarea-wrapper resizable"><textarea class="text-full form-textarea required" id="edit-comment-body-und-0-value" name="comment_body[und][0][value]" cols="60" rows="5"></textarea></div></div></div><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit--2" name="op" value="Spremi" class="form-submit" /><input type="submit" id="edit-preview" name="op" value="Pregled" class="form-submit" /></div></div></form>  </div>
</div>
  </div>
</div>
<div id="block-views-povezano-block" class="block block-views">
    <h2>Povezano</h2>
  <div class="content">
    {views_list(rel)}
  </div>
</div>
  </div>"""
        crumbs = f'<div id="breadcrumb"><h2 class="element-invisible">Nalazite se ovdje</h2><div class="breadcrumb"><a href="/">Naslovnica</a> » <a href="/kategorije/{p.section}">{term}</a></div></div>'
        head = (
            f'\n<link rel="canonical" href="{url[p.idx]}" />\n<link rel="shortlink" href="/node/{nid[p.idx]}" />'
            f'\n<meta property="og:title" content="{escape(p.title)}" />\n<meta property="article:published_time" content="{p.published.isoformat()}" />'
        )
        return shell(
            f"{p.title} | {SITE}",
            main,
            head,
            f"html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-{nid[p.idx]} node-type-article",
            crumbs,
        )

    pages: dict = {}
    for p in posts:
        page = html(article(p))
        for u in [url[p.idx], *twins(p)]:
            pages[u] = page

    def teaser(q):
        return f"""<div id="node-{nid[q.idx]}" class="node node-article node-promoted node-teaser clearfix" about="{url[q.idx]}" typeof="sioc:Item foaf:Document">
        <h2><a href="{url[q.idx]}">{escape(q.title)}</a></h2>
      <div class="meta submitted"><span property="dc:date dc:created" content="{q.published.isoformat()}" datatype="xsd:dateTime" rel="sioc:has_creator">Objavio/la <span class="username">{q.author}</span>, {d7date(q.published)}</span></div>
  <div class="content clearfix">
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{escape(" ".join(q.paras[0].split()[:35]))}…</p>
</div></div></div>
  </div>
      <div class="link-wrapper">
      <ul class="links inline"><li class="node-readmore first"><a href="{url[q.idx]}" rel="tag" title="{escape(q.title)}">Opširnije<span class="element-invisible"> o {escape(q.title)}</span></a></li><li class="comment-comments last"><a href="{url[q.idx]}#comments" title="Skoči na prvi komentar ovog teksta.">{len(talk[q.idx])} komentara</a></li></ul>    </div>
</div>"""

    def lister(paths, heading, items, cls, per=10):
        def nth(k, path0):
            return path0 if not k else f"{path0}?page={k}"

        def render_for(path0):
            def render(chunk, k, n):
                pager = "".join(
                    f'<li class="pager-current{" first" if j == 0 else ""}">{j + 1}</li>'
                    if j == k
                    else f'<li class="pager-item"><a title="Idi na stranicu {j + 1}" href="{nth(j, path0)}">{j + 1}</a></li>'
                    for j in range(n)
                )
                if k + 1 < n:
                    pager += f'<li class="pager-next"><a title="Idi na sljedeću stranicu" href="{nth(k + 1, path0)}">sljedeća ›</a></li><li class="pager-last last"><a title="Idi na posljednju stranicu" href="{nth(n - 1, path0)}">posljednja »</a></li>'
                main = f"""{f'<h1 class="title" id="page-title">{escape(heading)}</h1>' if heading else ""}
  <div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
{"".join(teaser(q) for q in chunk)}
<h2 class="element-invisible">Stranice</h2><div class="item-list"><ul class="pager">{pager}</ul></div>
  </div></div></div>"""
                return shell(
                    (f"{heading} | " if heading else "")
                    + SITE
                    + ("" if heading else " | Vijesti iz grada na četiri rijeke"),
                    main,
                    "",
                    cls,
                )

            return render

        for path0 in paths:
            paged(pages, lambda k, path0=path0: nth(k, path0), items, per, render_for(path0))

    lister(["/"], "", posts, "html front not-logged-in one-sidebar sidebar-second page-node")
    lister(
        ["/vijesti"],
        "Vijesti",
        posts,
        "html not-front not-logged-in one-sidebar sidebar-second page-vijesti",
        12,
    )
    for k, items in by_key(posts, lambda p: p.section).items():
        tid, name = TERMS[k]
        lister(
            [f"/kategorije/{k}", f"/taxonomy/term/{tid}"],
            name,
            items,
            f"html not-front not-logged-in one-sidebar sidebar-second page-taxonomy page-taxonomy-term page-taxonomy-term-{tid}",
        )
    for k, items in by_key(posts, lambda p: p.tags).items():
        tid, name = TAGS[k]
        lister(
            [f"/oznake/{k}"],
            name,
            items,
            f"html not-front not-logged-in one-sidebar sidebar-second page-taxonomy page-taxonomy-term page-taxonomy-term-{tid}",
        )
    pages["/kontakt"] = html(
        shell(
            f"Kontakt | {SITE}",
            '<h1 class="title" id="page-title">Kontakt</h1><div class="region region-content"><p>Uredništvo: redakcija@karlovacki-list.hr, tel. 047 123 456.</p></div>',
            "",
            "html not-front not-logged-in one-sidebar sidebar-second page-node",
        )
    )
    pages["/rss.xml"] = rss(base, SITE, [(url[p.idx], p) for p in posts[:10]], "hr")
    return site_from(NAME, posts, lambda p: url[p.idx], pages, twins)
