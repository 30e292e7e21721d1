"""Bludit 3 flat-file CMS with the bundled Blog X theme (mk, Cyrillic), Europe/Skopje.

Modelled on bludit/bludit `bl-themes/blogx/php/home.php` and `php/page.php` (each post a
`card my-5 border-0` with `card-img-top` cover, `h1.title`/`h2.title` linked to the permalink,
`card-subtitle text-muted` "<date> - Reading time: n", `contentBreak()` up to the page break and the
"Read more" button on lists, full `content()` on the page, `pageBegin`/`pageEnd` plugin hooks), the
Blog X `navbar.php`/`footer.php`/`sidebar` (`siteSidebar` plugins: Categories, Tags, Latest content,
a static HTML code block), and the `opengraph` plugin's head tags (no publication time). Bludit
around it: "extreme friendly" Unicode slugs (percent-encoded, Cyrillic kept) at `/<slug>`,
`/category/<key>` and `/tag/<key>` filters, `?page=N` paging whose number links include `?page=1`,
the site date format "j F Y, H:i T" in Macedonian, and no sitemap or RSS plugin enabled
(listings only). Comments come from the Disqus plugin (script only).
"""

# ruff: noqa: RUF001  (Cyrillic is the point here)

from __future__ import annotations

import re
from html import escape
from urllib.parse import quote

from benchmarks.unseen.common import by_key, html, make_posts, paged, site_from

NAME = "bludit_mk"
SITE = "Градски Белешки"
CATS = {
    "sovet": "Совет",
    "soobrakjaj": "Сообраќај",
    "zdravstvo": "Здравство",
    "urbanizam": "Урбанизам",
}
TAGS = ["буџет", "жители", "градба", "гласање", "општина"]
AUTHORS = ["Марија Петровска", "Горан Илиевски"]
MONTHS = ["јануари", "февруари", "март", "април", "мај", "јуни"]
PER = 6


def cyr_slug(text: str) -> str:
    """Bludit's Text::cleanUrl with extreme-friendly URLs: lower case, Unicode letters kept, the rest dashes."""
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-")


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1306, "mk", 30, "Europe/Skopje", list(CATS), AUTHORS, TAGS)
    url = {p.idx: "/" + quote(cyr_slug(p.title)) for p in posts}

    def tag_url(t):
        return "/tag/" + quote(cyr_slug(t))

    def zone(d):
        return "CEST" if d.utcoffset().total_seconds() == 7200 else "CET"

    def ddate(d):
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M} {zone(d)}"

    def reading(p):
        words = sum(len(x.split()) for x in p.paras)
        return max(1, round(words / 200))

    def sidebar():
        cats = "".join(
            f'<li><a href="{base}/category/{k}">{v}</a> ({sum(1 for p in posts if p.section == k)})</li>'
            for k, v in CATS.items()
        )
        tags = "".join(f'<li><a href="{base}{tag_url(t)}">{t}</a></li>' for t in TAGS)
        latest = "".join(
            f'<li><a href="{base}{url[q.idx]}">{escape(q.title)}</a></li>' for q in posts[:5]
        )
        return f"""		<div class="col-md-3">
		<div class="plugin plugin-html"><h2 class="plugin-label">Билтен</h2><div class="plugin-content"><p>Пријавете се за неделниот преглед на седниците на советот.</p><form action="https://gradskibeleshki.us17.list-manage.com/subscribe/post" method="post"><input type="email" name="EMAIL" placeholder="Е-пошта"><button type="submit">Пријави се</button></form></div></div>
		<div class="plugin plugin-categories"><h2 class="plugin-label">Категории</h2><div class="plugin-content"><ul>{cats}</ul></div></div>
		<div class="plugin plugin-tags"><h2 class="plugin-label">Ознаки</h2><div class="plugin-content"><ul>{tags}</ul></div></div>
		<div class="plugin plugin-latest-content"><h2 class="plugin-label">Најнови објави</h2><div class="plugin-content"><ul>{latest}</ul></div></div>
		</div>"""

    def shell(
        title,
        main,
        head="",
        og_type="website",
        description="Белешки од седниците на советот и од градот",
    ):
        return f"""<!DOCTYPE html>
<html lang="mk">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Bludit">
<title>{escape(title)}</title>
<meta name="description" content="{escape(description)}">
<link rel="icon" href="{base}/bl-themes/blogx/img/favicon.png" type="image/png">
<link rel="stylesheet" type="text/css" href="{base}/bl-kernel/css/bootstrap.min.css?version=3.9.2">
<link rel="stylesheet" type="text/css" href="{base}/bl-themes/blogx/css/style.css?version=3.9.2">{head}

<!-- Open Graph -->
<meta property="og:locale" content="mk_MK">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{escape(title)}">
<meta property="og:description" content="{escape(description)}">
<meta property="og:siteName" content="{SITE}">
</head>
<body>
<!-- Navbar -->
<nav class="navbar navbar-expand-md navbar-dark bg-dark sticky-top text-uppercase">
	<div class="container">
		<a class="navbar-brand" href="{base}/">
			<span class="text-white">{SITE}</span>
		</a>
		<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarResponsive" aria-controls="navbarResponsive" aria-expanded="false" aria-label="Toggle navigation">
			<span class="navbar-toggler-icon"></span>
		</button>
		<div class="collapse navbar-collapse" id="navbarResponsive">
			<ul class="navbar-nav ml-auto">
				<li class="nav-item"><a class="nav-link" href="{base}/za-nas">За нас</a></li>
				<li class="nav-item"><a class="nav-link" href="{base}/kontakt">Контакт</a></li>
				<li class="nav-item"><a class="nav-link" href="https://www.facebook.com/gradskibeleshki"><img class="d-none d-sm-block nav-svg-icon" src="{base}/bl-themes/blogx/img/facebook.svg" alt="Facebook"><span class="d-inline d-sm-none">Facebook</span></a></li>
			</ul>
		</div>
	</div>
</nav>

<!-- Content -->
<div class="container">
	<div class="row">

		<!-- Blog Posts -->
		<div class="col-md-9">
{main}
		</div>

		<!-- Right Sidebar -->
{sidebar()}

	</div>
</div>

<!-- Footer -->
<footer class="footer bg-dark">
	<div class="container">
		<p class="m-0 text-center text-white text-uppercase">{SITE}<span class="ml-5 text-warning">Powered by<img class="mini-logo" src="{base}/bl-themes/blogx/img/favicon.png"/><a target="_blank" class="text-white" href="https://www.bludit.com">Bludit</a></span></p>
	</div>
</footer>
<script src="{base}/bl-kernel/js/jquery.min.js?version=3.9.2"></script>
<script src="{base}/bl-kernel/js/bootstrap.bundle.min.js?version=3.9.2"></script>
</body>
</html>"""

    def split(p):
        k = 2 if len(p.paras) > 4 else 1
        return p.paras[:k], p.paras[k:]

    def card(p, full):
        cover = (
            f'\n\t<img class="card-img-top mb-3 rounded-0" alt="Cover Image" src="{base}/bl-content/uploads/pages/{p.idx:03d}/naslovna.jpg"/>'
            if p.idx % 3
            else ""
        )
        if full:
            body = "\n".join(f"<p>{escape(x)}</p>" for x in p.paras[: len(split(p)[0])])
            body += "\n<!-- pagebreak -->\n" + "\n".join(f"<p>{escape(x)}</p>" for x in split(p)[1])
            heading, more = f'<h1 class="title">{escape(p.title)}</h1>', ""
            disqus = f"""
	<!-- Load Bludit Plugins: Page End -->
	<div id="disqus_thread"></div>
	<script type="text/javascript">
		var disqus_config = function () {{ this.page.url = '{base}{url[p.idx]}'; this.page.identifier = '{p.idx}'; }};
		(function() {{ var d = document, s = d.createElement('script'); s.src = 'https://gradskibeleshki.disqus.com/embed.js'; s.setAttribute('data-timestamp', +new Date()); (d.head || d.body).appendChild(s); }})();
	</script>
	<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript" rel="nofollow">comments powered by Disqus.</a></noscript>"""
        else:
            body = "\n".join(f"<p>{escape(x)}</p>" for x in split(p)[0])
            heading = f'<h2 class="title">{escape(p.title)}</h2>'
            more = f'\n\t\t<a class="btn btn-primary btn-sm" href="{base}{url[p.idx]}" role="button">Прочитај повеќе</a>'
            disqus = ""
        return f"""<!-- Post -->
<div class="card my-5 border-0">
	<!-- Load Bludit Plugins: Page Begin -->{cover}
	<div class="card-body p-0">
		<!-- Title -->
		<a class="text-dark" href="{base}{url[p.idx]}">
			{heading}
		</a>
		<!-- Creation date -->
		<h6 class="card-subtitle mb-3 text-muted">{ddate(p.published)} - Време за читање: {reading(p)} минути</h6>
		<!-- Full content -->
		{body}{more}
	</div>{disqus}
</div>"""

    pages: dict = {}
    for p in posts:
        head = f'\n<link rel="canonical" href="{base}{url[p.idx]}">'
        pages[url[p.idx]] = html(
            shell(f"{p.title} | {SITE}", card(p, True), head, "article", p.paras[0][:150])
        )

    def lister(root, items, heading=""):
        def nth(k):
            return root if not k else f"{root}?page={k + 1}"

        def number(j):
            return f"{base}{root}?page={j + 1}"

        def render(chunk, k, n):
            lis = []
            if k:
                lis.append(
                    f'<li class="page-item mr-2"><a class="page-link" href="{number(k - 1)}" tabindex="-1">&#9664; Претходна</a></li>'
                )
            lis.append(
                f'<li class="page-item"><a class="page-link" href="{base}/">Почетна</a></li>'
                if root == "/"
                else ""
            )
            lis += [
                f'<li class="page-item{" active" if j == k else ""}"><a class="page-link" href="{number(j)}">{j + 1}</a></li>'
                for j in range(n)
            ]
            if k + 1 < n:
                lis.append(
                    f'<li class="page-item ml-2"><a class="page-link" href="{number(k + 1)}">Следна &#9658;</a></li>'
                )
            pager = (
                f'\n<!-- Pagination -->\n<nav class="paginator">\n\t<ul class="pagination flex-wrap justify-content-center">\n\t\t{"".join(lis)}\n\t</ul>\n</nav>'
                if n > 1
                else ""
            )
            head = f'<h1 class="mt-4 mb-0">{escape(heading)}</h1>' if heading else ""
            return shell(
                f"{heading + ' | ' if heading else ''}{SITE}",
                head + "\n".join(card(q, False) for q in chunk) + pager,
            )

        paged(pages, nth, items, PER, render)
        if len(items) > PER:
            pages[f"{root}?page=1"] = pages[root]

    lister("/", posts)
    for c, items in by_key(posts, lambda p: p.section).items():
        lister(f"/category/{c}", items, CATS[c])
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(tag_url(t), items, t)
    for slug, h, txt in (
        (
            "za-nas",
            "За нас",
            "Градски Белешки е независен блог кој ги следи седниците на советот од 2015 година.",
        ),
        ("kontakt", "Контакт", "Пишете ни на redakcija@gradskibeleshki.mk."),
    ):
        pages[f"/{slug}"] = html(
            shell(
                f"{h} | {SITE}",
                f'<div class="card my-5 border-0"><div class="card-body p-0"><a class="text-dark" href="{base}/{slug}"><h1 class="title">{h}</h1></a><p>{txt}</p></div></div>',
                f'\n<link rel="canonical" href="{base}/{slug}">',
            )
        )
    return site_from(NAME, posts, lambda p: url[p.idx], pages)
