"""eZ Platform 2.x local news site (nb, Europe/Oslo) on a theme modelled on ezplatform-demo.

Followed: ezplatform-demo `themes/tastefulplanet/full/article.html.twig` (`section.content-type-
article.full-view` > `div.banner-image` with `h1.field-title`, `div.meta` with `span.field-author`
and `span.field-date` `<time pubdate datetime>`, `div.field-body`, `div.field-tags`), the clean
install's Article content type (title, intro and body RichText fields, each rendered by
`ez_render_field` as `div.ezrichtext-field`; author as `div.ezauthor-field` list; an
object-relation list "related" rendered in `line` view), `pagelayout.html.twig` and
`layout/header.html.twig` / `footer.html.twig` (menu of top-level locations, search form to
`/sok`), `parts/content_list.html.twig` with a Pagerfanta twitter-bootstrap4 pager (`?page=N`),
NetgenTagsBundle `tag/view.html.twig` (`/tags/view/…`), landing-page blocks on the front page
and Disqus comments (script only).

URL aliases `/nyheter/{slug}` (urlalias transformation: lowercase, æ ø å spelled ae o a); twin:
the system URL `/content/view/full/{locationId}` (same page; the pagelayout writes no
canonical), linked from "Les også:" paragraphs inside the body of articles migrated from eZ
Publish 4, whose RichText still holds `ezlocation://` links. Lists: `/nyheter?page=N`,
`/tags/view/Kategori/…?page=N`, front-page blocks. Discovery: `/sitemap.xml` and listings.
"""

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import by_key, html, make_posts, paged, robots, site_from, sitemap
from benchmarks.unseen.holdout9 import translit

NAME = "ezplatform_nb"
SITE = "Drammens Nyheter"
SECTIONS = ["Politikk", "Samferdsel", "Byutvikling", "Skole"]
TAGS = ["Bystyret", "Budsjett", "Veiarbeid", "Bybane", "Høring", "Folkemøte"]
AUTHORS = {"Ingrid Haugen": "ingrid.haugen", "Ole Martin Berg": "omb", "Fatima Ali": "fatima.ali"}
NB = (("æ", "ae"), ("ø", "o"), ("å", "a"))
MONTHS = ["januar", "februar", "mars", "april", "mai", "juni"]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(9606, "nb", 30, "Europe/Oslo", SECTIONS, list(AUTHORS), TAGS)
    rng = random.Random(9606)
    loc = {p.idx: 118 + p.idx * 2 for p in posts}
    cid = {p.idx: 97 + p.idx for p in posts}
    url = {p.idx: "/nyheter/" + translit(p.title, f"artikkel-{p.idx}", NB) for p in posts}
    sysurl = {p.idx: f"/content/view/full/{loc[p.idx]}" for p in posts}
    by_idx = {p.idx: p for p in posts}
    migrated = {p.idx: p.idx % 3 == 0 and p.idx > 3 for p in posts}
    see_also = {p.idx: by_idx[rng.randint(1, p.idx - 1)] for p in posts if migrated[p.idx]}

    def tag_url(t):
        return "/tags/view/Kategori/" + translit(t, "tag", NB).capitalize()

    def nb_date(d, time=True):
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}" + (f" kl. {d:%H.%M}" if time else "")

    def shell(title, main, head=""):
        menu = "".join(
            f'<li class="nav-item"><a class="nav-link" href="{tag_url(s)}">{s}</a></li>'
            for s in SECTIONS
        )
        return f"""<!DOCTYPE html>
<html lang="nb-NO">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{escape(title)}</title>{head}
<link rel="stylesheet" href="{base}/assets/build/app.css">
<link rel="icon" type="image/x-icon" href="{base}/favicon.ico" />
</head>
<body>
<header class="header"><nav class="navbar navbar-expand-lg navbar-light">
<div class="container"><a class="navbar-brand" href="{base}/"><img src="{base}/assets/images/logo.png" alt="{SITE}"></a>
<ul class="navbar-nav mr-auto"><li class="nav-item"><a class="nav-link" href="/nyheter">Nyheter</a></li>{menu}<li class="nav-item"><a class="nav-link" href="/om-oss">Om oss</a></li><li class="nav-item"><a class="nav-link" href="/kontakt">Kontakt</a></li></ul>
<form class="form-inline" action="/sok" method="get"><input class="form-control" type="search" name="SearchText" placeholder="Søk" aria-label="Søk"><button class="btn" type="submit">Søk</button></form>
<a class="btn btn-outline-secondary login" href="/login">Logg inn</a></div></nav></header>
<main class="main">
{main}
</main>
<footer class="footer"><div class="container"><div class="row">
<div class="col-md-4"><h4>{SITE}</h4><p>Uavhengig nettavis for Drammen og omegn. Ansvarlig redaktør: Ingrid Haugen.</p></div>
<div class="col-md-4"><h4>Tips oss</h4><p>tips@drammensnyheter.example &middot; 32 00 00 00</p></div>
<div class="col-md-4"><h4>Følg oss</h4><ul class="social"><li><a href="https://www.facebook.com/drammensnyheter">Facebook</a></li><li><a href="https://twitter.com/drammensnyh">Twitter</a></li></ul></div>
</div><p class="copyright">&copy; 2017 {SITE} &middot; Drevet av <a href="https://ezplatform.com">eZ Platform</a> &middot; <a href="/personvern">Personvern og informasjonskapsler</a></p></div></footer>
<div class="cookie-consent" id="cookie-consent"><p>Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse. Ved å bruke nettstedet godtar du dette.</p><button class="btn btn-primary js-cookie-accept">OK</button> <a href="/personvern">Les mer</a></div>
<script src="{base}/assets/build/app.js"></script>
</body>
</html>"""

    def line(q, heading="h3"):
        return f'<div class="content-type-article line-view"><{heading} class="line-title"><a href="{url[q.idx]}">{escape(q.title)}</a></{heading}><p class="line-date"><time datetime="{q.published.isoformat()}">{nb_date(q.published, False)}</time></p><div class="line-intro"><div class="ezrichtext-field"><p>{escape(q.paras[0][:150].rsplit(" ", 1)[0])} …</p></div></div></div>'

    def article(p):
        d = p.published
        body = [f"<p>{escape(x)}</p>" for x in p.paras[1:]]
        if migrated[p.idx]:
            q = see_also[p.idx]
            body.insert(
                2,
                f'<p><strong>Les også:</strong> <a href="{sysurl[q.idx]}">{escape(q.title)}</a></p>',
            )
        related = [q for q in posts if q.section == p.section and q is not p][:3]
        tags = "".join(
            f'<a class="badge badge-secondary" href="{tag_url(t)}">{escape(t)}</a> '
            for t in [p.section, *p.tags]
        )
        img = translit(p.title, "bilde", NB)[:40]
        main = f"""<section class="content-type-article full-view">
<div class="banner-image"><div class="thumbnail text-center"><img src="{base}/var/site/storage/images/nyheter/{img}/{cid[p.idx] * 10 + 3}-1-nor-NO/{img}_large.jpg" alt="" class="img-fluid w-100"><div class="title"><h1 class="field-title"><span class="ezstring-field">{escape(p.title)}</span></h1></div></div></div>
<div class="container"><div class="row"><div class="col-md-8 offset-md-2">
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="{base}/">Forside</a></li><li class="breadcrumb-item"><a href="/nyheter">Nyheter</a></li><li class="breadcrumb-item active">{escape(p.title)}</li></ol>
<div class="meta"><span class="field-author"><div class="ezauthor-field"><ul><li><a href="mailto:{AUTHORS[p.author]}@drammensnyheter.example">{escape(p.author)}</a></li></ul></div></span> <span class="field-date">Publisert <time pubdate datetime="{d.isoformat()}">{nb_date(d)}</time></span></div>
<div class="field-intro"><div class="ezrichtext-field"><p>{escape(p.paras[0])}</p></div></div>
<div class="field-body"><div class="ezrichtext-field">{"".join(body)}</div></div>
<div class="field-tags"><div class="eztags-field">{tags}</div></div>
<div class="share"><span>Del:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}">Facebook</a> <a href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}">Twitter</a> <a href="mailto:?subject={escape(p.title)}">E-post</a></div>
<div class="field-related"><h2>Relaterte saker</h2><div class="ezobjectrelationlist-field">{"".join(line(q) for q in related)}</div></div>
<div class="comments"><h2>Kommentarer</h2><div id="disqus_thread"></div><script>var disqus_config = function () {{ this.page.identifier = "ez-{cid[p.idx]}"; }};</script><noscript>Aktiver JavaScript for å se kommentarene.</noscript></div>
</div></div></div>
</section>"""
        head = (
            f'\n<meta name="description" content="{escape(p.paras[0][:155])}">'
            f'\n<meta property="og:title" content="{escape(p.title)}">\n<meta property="og:type" content="article">'
            f'\n<meta property="og:image" content="{base}/var/site/storage/images/nyheter/{img}/{cid[p.idx] * 10 + 3}-1-nor-NO/{img}_large.jpg">'
        )
        return shell(f"{p.title} - {SITE}", main, head)

    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(article(p))
        pages[sysurl[p.idx]] = html(article(p))

    def pager(nth, k, n):
        if n < 2:
            return ""
        lis = (
            [
                f'<li class="page-item"><a class="page-link" href="{nth(k - 1)}" rel="prev">&larr; Forrige</a></li>'
            ]
            if k
            else [
                '<li class="page-item disabled"><span class="page-link">&larr; Forrige</span></li>'
            ]
        )
        lis += [
            f'<li class="page-item active"><span class="page-link">{j + 1} <span class="sr-only">(current)</span></span></li>'
            if j == k
            else f'<li class="page-item"><a class="page-link" href="{nth(j)}">{j + 1}</a></li>'
            for j in range(n)
        ]
        lis.append(
            f'<li class="page-item"><a class="page-link" href="{nth(k + 1)}" rel="next">Neste &rarr;</a></li>'
            if k + 1 < n
            else '<li class="page-item disabled"><span class="page-link">Neste &rarr;</span></li>'
        )
        return f'<nav><ul class="pagination">{"".join(lis)}</ul></nav>'

    def folder(root, title, items, intro, per=10):
        def nth(k):
            return root if not k else f"{root}?page={k + 1}"

        def render(chunk, k, n):
            main = f'<section class="content-type-folder full-view"><div class="container"><h1 class="field-name">{escape(title)}</h1><div class="field-description"><div class="ezrichtext-field"><p>{intro}</p></div></div><div class="content-list">{"".join(line(q) for q in chunk)}</div>{pager(nth, k, n)}</div></section>'
            return shell(f"{title} - {SITE}", main)

        paged(pages, nth, items, per, render)

    folder("/nyheter", "Nyheter", posts, "Alle nyhetssaker fra Drammen og omegn, nyeste først.")
    for t, items in by_key(posts, lambda p: [p.section, *p.tags]).items():
        folder(tag_url(t), t, items, f"Saker merket med «{escape(t)}».", per=8)
    blocks = [
        f'<div data-ez-block-id="b-1" class="landing-page__block block_content-list"><h2 class="block-title">Siste nytt</h2>{"".join(line(q, "h2") for q in posts[:8])}<p><a href="/nyheter">Flere nyheter</a></p></div>',
        '<div data-ez-block-id="b-2" class="landing-page__block block_collection"><h2 class="block-title">Mest lest</h2><ol>'
        + "".join(f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>' for q in posts[4:9])
        + "</ol></div>",
    ]
    for i, (s, items) in enumerate(by_key(posts, lambda p: p.section).items()):
        blocks.append(
            f'<div data-ez-block-id="b-{i + 3}" class="landing-page__block block_content-list"><h2 class="block-title"><a href="{tag_url(s)}">{s}</a></h2>{"".join(line(q) for q in items[:3])}</div>'
        )
    pages["/"] = html(
        shell(
            f"{SITE} - Nyheter fra Drammen",
            f'<div class="landing-page__zones"><div class="landing-page__zone landing-page__zone--default"><div class="container">{"".join(blocks)}</div></div></div>',
        )
    )
    for path, title, text in (
        (
            "/om-oss",
            "Om oss",
            f"{SITE} er en uavhengig lokalavis. Vi følger Redaktørplakaten og Vær Varsom-plakaten.",
        ),
        (
            "/kontakt",
            "Kontakt",
            "Redaksjonen nås på tips@drammensnyheter.example eller telefon 32 00 00 00.",
        ),
        (
            "/personvern",
            "Personvern og informasjonskapsler",
            "Her forklarer vi hvilke opplysninger vi samler inn, og hvordan vi bruker informasjonskapsler.",
        ),
        ("/login", "Logg inn", "Logg inn med brukernavn og passord."),
        ("/sok", "Søk", "Skriv inn et søkeord for å søke i alle saker."),
    ):
        pages[path] = html(
            shell(
                f"{title} - {SITE}",
                f'<section class="content-type-article full-view"><div class="container"><h1 class="field-title">{title}</h1><div class="field-body"><div class="ezrichtext-field"><p>{text}</p></div></div></div></section>',
            )
        )
    pages["/sitemap.xml"] = sitemap(
        base,
        [("/", None), ("/nyheter", None)] + [(url[p.idx], p.published.isoformat()) for p in posts],
    )
    pages["/robots.txt"] = robots(base, ["/sitemap.xml"], ["/admin/", "/login", "/sok"])
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: [sysurl[p.idx]])
