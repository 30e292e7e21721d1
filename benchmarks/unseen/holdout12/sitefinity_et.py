"""Progress Sitefinity 10 news module through the MVC (Feather) widgets, et, UTF-8, Europe/Tallinn.

Modelled on Sitefinity's Feather MVC widget views for the News module: `List.NewsList.cshtml`
(`sf-news-list`, `list-unstyled`, each item with `data-sf-provider`/`data-sf-id`/`data-sf-type`,
`text-muted` date-and-author line, `sf-news-item-summary`, the Bootstrap `pagination` pager with
page numbers as a URL segment) and `Detail.NewsDetail.cshtml` (`sf-news-item`, `data-sf-field`
spans for Title/Summary/Content, `GetDateTime("PublicationDate", "d. MMMM yyyy")` with no time);
the Bootstrap 3 resource package layout (`sf_cols`/`sfContentBlock`, navigation widget
`nav navbar-nav`, breadcrumb widget, search box, `sf-Long-text` content blocks); the Sitefinity
URL scheme for news items `/{page}/{yyyy}/{MM}/{dd}/{urlName}` with the culture-prefixed twin
(`/et/...`) the multilingual router also answers; taxonomy filters `-in-Category/categories/x`
and `-in-Tags/tags/x`; the Feeds module RSS (`/Feeds/uudised`) and the SEO sitemap module.
"""

from __future__ import annotations

import hashlib
from datetime import UTC
from html import escape

from benchmarks.unseen.common import (
    by_key,
    html,
    make_posts,
    paged,
    robots,
    rss,
    site_from,
    sitemap,
)
from benchmarks.unseen.holdout12 import slugify
from benchmarks.unseen.server import Resp

NAME = "sitefinity_et"
SITE = "Lõuna-Eesti Teataja"
CATS = ["Omavalitsus", "Liiklus", "Haridus", "Majandus", "Tervis"]
TAGS = ["volikogu", "eelarve", "ehitus", "tartu", "linnaruum", "transport"]
AUTHORS = ["Kadri Tamm", "Margus Kask", "Liis Saar", "Toomas Mets"]
MONTHS = [
    "jaanuar",
    "veebruar",
    "märts",
    "aprill",
    "mai",
    "juuni",
    "juuli",
    "august",
    "september",
    "oktoober",
    "november",
    "detsember",
]
PER = 8


def _guid(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1201, "et", 34, "Europe/Tallinn", CATS, AUTHORS, TAGS)
    slug = {p.idx: slugify(p.title, f"uudis-{p.idx}") for p in posts}
    seen: dict[str, int] = {}
    for p in sorted(posts, key=lambda q: q.idx):
        k = seen.get(slug[p.idx], 0)
        seen[slug[p.idx]] = k + 1
        if k:
            slug[p.idx] += f"-{k}"

    def url(p):
        d = p.published
        return f"/uudised/{d.year}/{d.month:02d}/{d.day:02d}/{slug[p.idx]}"

    def twins(p):
        return ["/et" + url(p)]

    def ddate(d):
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"

    def cat_url(c):
        return f"/uudised/-in-Category/categories/{slugify(c, 'x')}"

    def tag_url(t):
        return f"/uudised/-in-Tags/tags/{t}"

    def shell(title, main, head="", crumb=""):
        nav = "".join(
            f'<li><a href="{h}" target="_self">{t}</a></li>'
            for h, t in (
                ("/", "Avaleht"),
                ("/uudised", "Uudised"),
                (cat_url("Omavalitsus"), "Omavalitsus"),
                (cat_url("Majandus"), "Majandus"),
                ("/kontakt", "Kontakt"),
            )
        )
        return f"""<!DOCTYPE html>
<html lang="et">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>
	{escape(title)}
</title>
<meta name="Generator" content="Sitefinity 10.2.6600.0 PE" />{head}
<link href="/ResourcePackages/Bootstrap/assets/dist/css/styles.min.css" rel="stylesheet" type="text/css" />
<link href="/Telerik.Web.UI.WebResource.axd?d=abc&amp;t=636254&amp;compress=0" type="text/css" rel="stylesheet" />
</head>
<body>
<script src="/ScriptResource.axd?d=xyz&amp;t=ffffffffb53e74b8" type="text/javascript"></script>
<div class="sfPublicWrapper" id="PublicWrapper">
<header class="container">
  <div class="row" data-sf-element="Row">
    <div id="Header_C001_Col00" class="sf_colsIn col-md-4" data-sf-element="Column 1" data-placeholder-label="Column 1">
      <div class="sfContentBlock"><a href="/"><img src="/images/default-source/logo/teataja-logo.png" alt="{SITE}" /></a></div>
    </div>
    <div id="Header_C001_Col01" class="sf_colsIn col-md-8" data-sf-element="Column 2" data-placeholder-label="Column 2">
      <div><nav class="navbar navbar-default" role="navigation"><div class="container-fluid"><div class="navbar-header"><button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#nav-1"><span class="sr-only">Navigeerimine</span></button></div><div class="collapse navbar-collapse" id="nav-1"><ul class="nav navbar-nav">{nav}</ul></div></div></nav></div>
      <div class="form-inline"><input type="search" title="Otsingu sisend" placeholder="Otsi..." id="07a2f7e5-search" class="form-control" value="" aria-autocomplete="both" /><button type="button" class="btn btn-primary" id="07a2f7e5-btn">Otsi</button><input type="hidden" data-sf-role="resultsUrl" value="/otsing" /></div>
    </div>
  </div>
</header>
<div class="container">
  <div class="row" data-sf-element="Row">
    <div id="Content_C002_Col00" class="sf_colsIn col-md-8" data-sf-element="Column 1" data-placeholder-label="Column 1">
      <nav role="navigation" aria-label="Breadcrumb"><ol class="breadcrumb"><li><a href="/">Avaleht</a></li><li><a href="/uudised">Uudised</a></li>{crumb}</ol></nav>
{main}
    </div>
    <div id="Content_C002_Col01" class="sf_colsIn col-md-4" data-sf-element="Column 2" data-placeholder-label="Column 2">
{sidebar()}
    </div>
  </div>
</div>
<footer class="container">
  <div class="row" data-sf-element="Row">
    <div class="sf_colsIn col-md-6"><div class="sfContentBlock"><p>{SITE} &middot; Rüütli 12, 51007 Tartu &middot; toimetus@teataja.ee &middot; +372 734 5500</p><p>&copy; 2017 Lõuna Meedia OÜ. Kõik õigused kaitstud. Materjalide kasutamine on lubatud ainult viitega allikale.</p></div></div>
    <div class="sf_colsIn col-md-6"><div class="sfContentBlock"><ul class="list-inline"><li><a href="/kontakt">Kontakt</a></li><li><a href="/reklaam">Reklaam</a></li><li><a href="/privaatsus">Privaatsuspoliitika</a></li><li><a href="/Feeds/uudised">RSS</a></li></ul></div></div>
  </div>
</footer>
</div>
<div id="cookie-notice" class="sf-cookie-notice alert alert-info" role="alert"><p>Kasutame küpsiseid, et parandada teie kasutajakogemust ja analüüsida külastatavust. Lehe kasutamist jätkates nõustute küpsiste kasutamisega. <a href="/privaatsus">Loe lähemalt</a></p><button type="button" class="btn btn-default">Nõustun</button></div>
<script type="text/javascript">var sf_appPath='/';</script>
</body>
</html>"""

    def sidebar():
        recent = "".join(
            f'<li class="sf-news-item"><a href="{url(q)}">{escape(q.title)}</a><div class="text-muted">{ddate(q.published)}</div></li>'
            for q in posts[:5]
        )
        cats = "".join(
            f'<li><a href="{cat_url(c)}">{c}</a> <span class="sfCount">({len(items)})</span></li>'
            for c, items in by_key(posts, lambda p: p.section).items()
        )
        tags = " ".join(f'<a href="{tag_url(t)}" class="sfTagLink">{t}</a>' for t in TAGS)
        return f"""      <div class="sfContentBlock sf-Long-text"><h3>Viimased uudised</h3></div>
      <div class="sf-news-list"><ul class="list-unstyled">{recent}</ul></div>
      <div class="sf-Categories"><h3>Rubriigid</h3><ul class="list-unstyled">{cats}</ul></div>
      <div class="sf-Tags"><h3>Märksõnad</h3><div>{tags}</div></div>
      <div class="sfContentBlock sf-Long-text"><h3>Uudiskiri</h3><p>Telli iganädalane kokkuvõte otse oma postkasti.</p></div>
      <form class="form" action="/uudiskiri" method="get"><div class="form-group"><label for="email-sub">E-posti aadress</label><input id="email-sub" type="email" class="form-control" name="email" /></div><button type="submit" class="btn btn-primary">Telli</button></form>"""

    def item_attrs(p):
        return (
            f'data-sf-provider="OpenAccessDataProvider" data-sf-id="{_guid(str(p.idx))}" '
            f'data-sf-type="Telerik.Sitefinity.News.Model.NewsItem"'
        )

    def teaser(p):
        return f"""        <li {item_attrs(p)}>
            <h3><a href="{url(p)}">{escape(p.title)}</a></h3>
            <div class="text-muted">{ddate(p.published)} Autor: {escape(p.author)}</div>
            <div class="sf-news-item-summary" data-sf-field="Summary" data-sf-ftype="ShortText">{escape(p.paras[0][:160].rsplit(" ", 1)[0])}…</div>
            <a class="btn btn-default btn-sm" href="{url(p)}">Loe edasi</a>
        </li>"""

    def lister(first, heading, items, crumb=""):
        def nth(k):
            return first if not k else f"{first}/{k + 1}"

        def render(chunk, k, n):
            pager = "".join(
                f'<li class="{"active" if j == k else ""}"><a href="{nth(j)}">{j + 1}</a></li>'
                for j in range(n)
            )
            nxt = f'<li><a href="{nth(k + 1)}">»</a></li>' if k + 1 < n else ""
            main = f"""      <h1 class="sfTitle">{escape(heading)}</h1>
      <div class="sf-news-list">
        <ul class="list-unstyled">
{"".join(teaser(q) for q in chunk)}
        </ul>
      </div>
      <div><ul class="pagination">{pager}{nxt}</ul></div>"""
            return shell(f"{heading} | {SITE}", main, "", crumb)

        paged(pages, nth, items, PER, render)

    def detail(p):
        d = p.published
        head = (
            f'\n<link rel="canonical" href="{base}{url(p)}" />'
            f'\n<meta name="description" content="{escape(p.paras[0][:150])}" />'
            f'\n<meta property="og:title" content="{escape(p.title)}" />'
            f'\n<meta property="og:type" content="article" />'
            f'\n<meta property="og:url" content="{base}{url(p)}" />'
        )
        related = [q for q in posts if q.section == p.section and q is not p][:4]
        rel = "".join(
            f'<li><a href="{url(q)}">{escape(q.title)}</a> <span class="text-muted">{ddate(q.published)}</span></li>'
            for q in related
        )
        summary = p.paras[0][:140].rsplit(" ", 1)[0] + "…"
        main = f"""      <div class="sf-news-item" {item_attrs(p)}>
        <h1>
            <span data-sf-field="Title" data-sf-ftype="ShortText">{escape(p.title)}</span>
        </h1>
        <div class="text-muted">
            {ddate(d)}
            Autor: {escape(p.author)}
        </div>
        <div class="sf-news-item-summary lead" data-sf-field="Summary" data-sf-ftype="ShortText">{escape(summary)}</div>
        <div class="sf-news-item-content" data-sf-field="Content" data-sf-ftype="LongText">{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}</div>
        <div class="sf-news-item-taxa"><span>Rubriik:</span> <a href="{cat_url(p.section)}">{p.section}</a> <span>Märksõnad:</span> {", ".join(f'<a href="{tag_url(t)}">{t}</a>' for t in p.tags)}</div>
      </div>
      <div class="sf-social-share"><ul class="list-inline"><li><a href="https://www.facebook.com/sharer/sharer.php?u={base}{url(p)}" target="_blank" class="s-facebook">Jaga Facebookis</a></li><li><a href="https://twitter.com/intent/tweet?url={base}{url(p)}" target="_blank" class="s-twitter">Säutsu</a></li><li><a href="mailto:?subject={escape(p.title)}" class="s-mail">Saada e-postiga</a></li></ul></div>
      <div class="sfContentBlock"><h3>Seotud uudised</h3><ul class="list-unstyled">{rel}</ul></div>
      <div class="sf-Comments"><h3 class="sf-Comments-header">Kommentaarid</h3><p class="text-muted">Kommentaarid on selle uudise juures suletud.</p></div>
      <a href="/uudised" class="btn btn-link">Kõik uudised</a>"""
        return shell(
            f"{p.title} | {SITE}",
            main,
            head,
            f'<li class="active">{escape(p.title)}</li>',
        )

    pages: dict = {}
    for p in posts:
        body = html(detail(p))
        pages[url(p)] = body
        for t in twins(p):
            pages[t] = body
    lister("/uudised", "Uudised", posts)
    home = "".join(teaser(q) for q in posts[:6])
    pages["/"] = html(
        shell(
            SITE,
            f'<div class="sfContentBlock sf-Long-text"><h2>Päevauudised</h2></div><div class="sf-news-list"><ul class="list-unstyled">{home}</ul></div><a class="btn btn-primary" href="/uudised">Kõik uudised</a>',
        )
    )
    for c, items in by_key(posts, lambda p: p.section).items():
        lister(cat_url(c), c, items, f'<li class="active">{c}</li>')
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(tag_url(t), f"Märksõna: {t}", items, f'<li class="active">{t}</li>')
    for path, heading, text in (
        ("/kontakt", "Kontakt", "Toimetuse telefon +372 734 5500, e-post toimetus@teataja.ee."),
        ("/reklaam", "Reklaam", "Reklaamipakkumiste kohta küsige reklaam@teataja.ee."),
        ("/privaatsus", "Privaatsuspoliitika", "Isikuandmeid töödeldakse vastavalt seadusele."),
        ("/uudiskiri", "Uudiskiri", "Täname! Kinnituskiri saadeti teie e-postile."),
    ):
        pages[path] = html(
            shell(
                f"{heading} | {SITE}",
                f'<div class="sfContentBlock sf-Long-text"><h1>{heading}</h1><p>{text}</p></div>',
            )
        )
    pages["/Telerik.Web.UI.WebResource.axd?d=abc&t=636254&compress=0"] = Resp(
        b".sfContentBlock{margin:0}", "text/css"
    )
    pages["/Feeds/uudised"] = rss(
        base, f"{SITE} - Uudised", [(url(p), p) for p in posts[:25]], "et"
    )
    entries = [("/", None), ("/uudised", None)] + [
        (url(p), p.published.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")) for p in posts
    ]
    pages["/sitemap.xml"] = sitemap(base, entries)
    pages["/robots.txt"] = robots(base, ["/sitemap.xml"], ["/Sitefinity/"])
    return site_from(NAME, posts, url, pages, twins)
