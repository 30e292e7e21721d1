"""Joomla 4 with the Cassiopeia template as a regional news site, pt-PT, Europe/Lisbon.

Followed: joomla/joomla-cms `components/com_content/tmpl/article/default.php`
(`com-content-article item-page`, `page-header` h1, `inLanguage` meta, `com-content-article__body`
with `itemprop=articleBody`), `layouts/joomla/content/info_block.php` and its `info_block/*`
parts (`dl.article-info.text-muted`, `dt.article-info-term` "Detalhes", `dd.createdby`,
`dd.category-name`, `dd.published` with `<time datetime>` in the site's offset, `dd.hits` "Acessos"),
`layouts/joomla/content/tags.php`, `plugins/content/pagenavigation` (Anterior / Seguinte),
`tmpl/category/blog.php` + `blog_item.php` (intro text, "Ler mais: …" readmore, `?start=N`,
"Página X de Y" counter), `tmpl/category/default_articles.php` (the list view table with dates and
hits), `tmpl/featured/default.php` for the home page, `com_tags` tag view (whose links go to
`/component/content/article/alias?catid=M&Itemid=101` because no menu item covers them),
`mod_articles_popular` ("Artigos mais lidos"), `mod_articles_latest`, `mod_breadcrumbs`, and
Cassiopeia's `index.php` (header.container-header, `site-grid`, `container-sidebar-right` cards,
footer, back-to-top). The print view (`?tmpl=component&print=1`, `component.php`) and the raw
`index.php?option=com_content&view=article&id=N&catid=M` form serve the same article without a
canonical link, as core does. Discovery: listings plus the category blog's RSS
(`?format=feed&type=rss`); no sitemap. Lisbon moved to summer time on 2017-03-26.
"""

from __future__ import annotations

from html import escape

from benchmarks.unseen.common import by_key, html, make_posts, paged, rss, site_from
from benchmarks.unseen.dev2 import ascii_slug

NAME = "joomla4_pt"
SITE = "Diário do Ribatejo"
CATS = {
    "politica": (9, "Política"),
    "sociedade": (10, "Sociedade"),
    "obras": (11, "Obras Públicas"),
    "cultura": (12, "Cultura"),
}
TAGS = {
    "camara-municipal": (2, "Câmara Municipal"),
    "orcamento": (3, "Orçamento"),
    "fundos-europeus": (4, "Fundos europeus"),
    "mobilidade": (5, "Mobilidade"),
    "assembleia-municipal": (6, "Assembleia Municipal"),
}
AUTHORS = ["Rita Carvalho", "João Pedro Santos", "Redação"]
MONTHS = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]


def lc3(d) -> str:
    """DATE_FORMAT_LC3 of the pt-PT language pack: `d F Y`."""
    return f"{d:%d} {MONTHS[d.month - 1]} {d.year}"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(10606, "pt", 35, "Europe/Lisbon", list(CATS), AUTHORS, list(TAGS))
    aid = {p.idx: 40 + p.idx for p in posts}
    alias = {p.idx: ascii_slug(p.title, str(aid[p.idx])) for p in posts}
    url = {p.idx: f"/noticias/{p.section}/{alias[p.idx]}" for p in posts}
    hits = {p.idx: 90 + (p.idx * 211) % 2400 for p in posts}
    popular = sorted(posts, key=lambda q: -hits[q.idx])[:5]

    def twins(p):
        catid = CATS[p.section][0]
        return [
            f"{url[p.idx]}?tmpl=component&print=1",
            f"/index.php?option=com_content&view=article&id={aid[p.idx]}&catid={catid}",
            f"/component/content/article/{alias[p.idx]}?catid={catid}&Itemid=101",
        ]

    def info(p, link=True):
        cname = CATS[p.section][1]
        cat = f'<a href="/noticias/{p.section}" itemprop="genre">{cname}</a>' if link else cname
        return f"""<dl class="article-info text-muted">
            <dt class="article-info-term">Detalhes</dt>
    <dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
    <span class="icon-user icon-fw" aria-hidden="true"></span>
                    Escrito por: <span itemprop="name">{escape(p.author)}</span>    </dd>
    <dd class="category-name">
    <span class="icon-folder-open icon-fw" aria-hidden="true"></span>                        Categoria: {cat}    </dd>
    <dd class="published">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    <time datetime="{p.published.isoformat()}" itemprop="datePublished">
        Publicado: {lc3(p.published)}    </time>
</dd>
    <dd class="hits">
    <span class="icon-eye icon-fw" aria-hidden="true"></span>
    <meta itemprop="interactionCount" content="UserPageVisits:{hits[p.idx]}">
    Acessos: {hits[p.idx]}</dd>
    </dl>"""

    def tag_list(p):
        lis = "".join(
            f'<li class="list-inline-item tag-{TAGS[t][0]} tag-list{j}" itemprop="keywords"><a href="/component/tags/tag/{t}" class="btn btn-sm btn-info">{TAGS[t][1]}</a></li>'
            for j, t in enumerate(p.tags)
        )
        return f'<ul class="tags list-inline">{lis}</ul>'

    def module(title, items, cls):
        lis = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{url[q.idx]}" itemprop="url"><span itemprop="name">{escape(q.title)}</span></a></li>'
            for q in items
        )
        return f'<div class="sidebar-right card "><h3 class="card-header ">{title}</h3><div class="card-body"><ul class="{cls} mod-list">{lis}</ul></div></div>'

    def shell(title, main, crumbs, body_cls, head=""):
        menu = "".join(
            f'<li class="nav-item item-{110 + c[0]}"><a href="/noticias/{k}" >{c[1]}</a></li>'
            for k, c in CATS.items()
        )
        crumb = "".join(
            f'<li class="mod-breadcrumbs__item breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{h}" class="pathway"><span itemprop="name">{t}</span></a><meta itemprop="position" content="{j + 1}"></li>'
            for j, (h, t) in enumerate(crumbs)
        )
        return f"""<!DOCTYPE html>
<html lang="pt-pt" dir="ltr">
<head>
    <meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="Notícias de Santarém e do Ribatejo.">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{escape(title)}</title>{head}
	<link href="/media/system/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/templates/site/cassiopeia/css/template.min.css?5b3c1a" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet" />
	<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Erro","MESSAGE":"Mensagem"}},"system.paths":{{"root":"","rootFull":"{base}\\/","base":"","baseFull":"{base}\\/"}},"csrf.token":"0a1b2c3d4e5f60718293a4b5c6d7e8f9"}}</script>
	<script src="/media/system/js/core.min.js?576eb51da909dcf692c98643faa6fc89629ead18"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?5b3c1a" defer></script>
</head>
<body class="site {body_cls} has-sidebar-right">
	<header class="header container-header full-width">
					<div class="grid-child">
				<div class="navbar-brand">
					<a class="brand-logo" href="/">
						<span title="{SITE}">{SITE}</span>					</a>
											<div class="site-description">Santarém, a Lezíria e o Médio Tejo</div>
									</div>
			</div>
							<div class="grid-child container-nav">
									<ul class="mod-menu mod-list nav ">
<li class="nav-item item-101 default"><a href="/" >Início</a></li><li class="nav-item item-102"><a href="/noticias" >Notícias</a></li>{menu}</ul>
					<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/component/finder/search?Itemid=101" method="get" role="search"><label for="mod-finder-searchword" class="visually-hidden finder">Pesquisar</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" value="" placeholder="Pesquisar..."></form></div>
							</div>
			</header>
	<div class="site-grid">
		<div class="grid-child container-component">
			<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
    <ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
                    <li class="mod-breadcrumbs__here float-start">
                Está aqui: &#160;
            </li>
        {crumb}</ol>
    </nav>
			<div id="system-message-container" aria-live="polite"></div>
			<main>
{main}
			</main>
		</div>
				<div class="grid-child container-sidebar-right">
			{module("Artigos mais lidos", popular, "mod-articlespopular mostread")}
			{module("Últimas notícias", posts[:5], "mod-articleslatest latestnews")}
			<div class="sidebar-right card "><h3 class="card-header ">Newsletter</h3><div class="card-body"><div class="mod-custom custom"><p>Receba as notícias do Ribatejo todas as manhãs no seu e-mail.</p><p><a href="/newsletter" class="btn btn-primary">Subscrever</a></p></div></div></div>
		</div>
	</div>
		<footer class="container-footer footer full-width">
		<div class="grid-child">
			<div class="mod-footer">
    <div class="footer1">Copyright &#169; 2017 {SITE}. Todos os direitos reservados.</div>
    <div class="footer2"><a href="https://www.joomla.org">Joomla!</a> é software livre licenciado pela <a href="https://www.gnu.org/licenses/gpl-2.0.html">GNU General Public License.</a></div>
</div>
<div class="mod-custom custom"><p>Este sítio utiliza cookies para melhorar a sua experiência. Ao continuar a navegar, aceita a sua utilização. <a href="/politica-de-privacidade">Política de privacidade</a></p></div>
		</div>
	</footer>
			<a href="#top" id="back-top" class="back-to-top-link" aria-label="Voltar ao topo">
			<span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
		</a>
</body>
</html>"""

    def body_of(p):
        return "\n".join(f"<p>{escape(x)}</p>" for x in p.paras)

    def article(p):
        same = [q for q in posts if q.section == p.section]
        k = same.index(p)
        prev = same[k - 1] if k else None
        nxt = same[k + 1] if k + 1 < len(same) else None
        nav = (
            f'<a class="btn btn-sm btn-secondary previous" href="{url[prev.idx]}" rel="prev"><span class="visually-hidden">Artigo anterior: {escape(prev.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Anterior</span></a>'
            if prev
            else ""
        ) + (
            f'<a class="btn btn-sm btn-secondary next" href="{url[nxt.idx]}" rel="next"><span class="visually-hidden">Próximo artigo: {escape(nxt.title)}</span><span aria-hidden="true">Seguinte</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
            if nxt
            else ""
        )
        main = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="pt-PT">
    <div class="page-header">
        <h1 itemprop="headline">
            {escape(p.title)}        </h1>
    </div>
    <div class="icons"><div class="float-end"><a href="{url[p.idx]}?tmpl=component&amp;print=1" title="Imprimir artigo &lt; {escape(p.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print icon-fw" aria-hidden="true"></span>Imprimir</a></div></div>
    {info(p)}
    {tag_list(p)}
    <figure class="left item-image"><img src="/images/noticias/2017/foto-{aid[p.idx]}.jpg" itemprop="image" alt="" width="800" height="533" loading="lazy"></figure>
    <div itemprop="articleBody" class="com-content-article__body">
        {body_of(p)}
    </div>
    <nav class="pagenavigation" aria-label="Navegação da página"><span class="pagination ms-0">{nav}</span></nav>
</div>"""
        catid, cname = CATS[p.section]
        return shell(
            f"{p.title} - {SITE}",
            main,
            [("/", "Início"), ("/noticias", "Notícias"), (f"/noticias/{p.section}", cname)],
            f"com_content wrapper-static view-article no-layout no-task itemid-{110 + catid}",
            f'\n\t<meta name="author" content="{escape(p.author)}">',
        )

    def printed(p):
        catid = CATS[p.section][0]
        return f"""<!DOCTYPE html>
<html lang="pt-pt" dir="ltr">
<head>
    <meta charset="utf-8">
	<meta name="robots" content="noindex, nofollow">
	<title>{escape(p.title)} - {SITE}</title>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?5b3c1a" rel="stylesheet" />
</head>
<body class="contentpane component ">
	<div id="system-message-container" aria-live="polite"></div>
	<div class="com-content-article item-page">
    <meta itemprop="inLanguage" content="pt-PT">
    <div class="page-header"><h1>{escape(p.title)}</h1></div>
    <div class="icons"><div class="btn-group float-end"><a href="#" onclick="window.print();return false;"><span class="icon-print icon-fw" aria-hidden="true"></span>Imprimir</a></div></div>
    {info(p, link=False)}
    <div itemprop="articleBody" class="com-content-article__body">
        {body_of(p)}
    </div>
    <p class="small">Fonte: <a href="/index.php?option=com_content&amp;view=article&amp;id={aid[p.idx]}&amp;catid={catid}">{base}/index.php?option=com_content&amp;view=article&amp;id={aid[p.idx]}&amp;catid={catid}</a></p>
</div>
</body>
</html>"""

    pages: dict = {}
    for p in posts:
        page = html(article(p))
        t = twins(p)
        pages[url[p.idx]] = page
        pages[t[0]] = html(printed(p))
        pages[t[1]] = page
        pages[t[2]] = page

    def blog_item(q, lead=False):
        return f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
    <figure class="left item-image"><a href="{url[q.idx]}" itemprop="url" title="{escape(q.title)}"><img src="/images/noticias/2017/foto-{aid[q.idx]}-intro.jpg" itemprop="thumbnailUrl" alt="" width="400" height="266" loading="lazy"></a></figure>
    <div class="item-content">
        <div class="page-header">
            <h2 itemprop="name"><a href="{url[q.idx]}" itemprop="url">{escape(q.title)}</a></h2>
        </div>
        {info(q)}
        <p>{escape(q.paras[0])}</p>
        <p class="readmore"><a class="btn btn-secondary" href="{url[q.idx]}" aria-label="Ler mais: {escape(q.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Ler mais: {escape(q.title)}</a></p>
    </div>
</div>"""

    def pagination(nth, k, n):
        lis = "".join(
            f'<li class="page-item active"><a aria-current="true" aria-label="Página {j + 1}" href="#" class="page-link">{j + 1}</a></li>'
            if j == k
            else f'<li class="page-item"><a aria-label="Ir para a página {j + 1}" href="{nth(j)}" class="page-link">{j + 1}</a></li>'
            for j in range(n)
        )
        return f'<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__counter counter float-end pt-3 pe-2">Página {k + 1} de {n}</p><div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" aria-label="Paginação"><ul class="pagination ms-0 mb-4">{lis}</ul></nav></div></div>'

    def starts(path0, per):
        sep = "&" if "?" in path0 else "?"
        return lambda k: path0 if not k else f"{path0}{sep}start={k * per}"

    # home: featured view
    nth = starts("/", 5)

    def home(chunk, k, n):
        main = f'<div class="blog-featured" itemscope itemtype="https://schema.org/Blog"><div class="blog-items items-leading ">{"".join(blog_item(q) for q in chunk)}</div>{pagination(nth, k, n)}</div>'
        return shell(
            "Início - " + SITE if not k else f"Início - {SITE} - Página {k + 1}",
            main,
            [("/", "Início")],
            "com_content wrapper-static view-featured no-layout no-task itemid-101 home",
        )

    paged(pages, nth, posts, 5, home)

    # the parent category in blog layout
    blog_nth = starts("/noticias", 6)

    def blog(chunk, k, n):
        main = f'<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog"><h1>Notícias</h1><div class="com-content-category-blog__items blog-items ">{"".join(blog_item(q) for q in chunk)}</div>{pagination(blog_nth, k, n)}</div>'
        return shell(
            f"Notícias - {SITE}" + (f" - Página {k + 1}" if k else ""),
            main,
            [("/", "Início"), ("/noticias", "Notícias")],
            "com_content wrapper-static view-category layout-blog no-task itemid-102",
            f'\n\t<link href="/noticias?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="Notícias - {SITE}">',
        )

    paged(pages, blog_nth, posts, 6, blog)

    # each child category in list layout
    for c, items in by_key(posts, lambda p: p.section).items():
        catid, cname = CATS[c]
        cnth = starts(f"/noticias/{c}", 5)

        def lst(chunk, k, n, cnth=cnth, catid=catid, cname=cname, c=c):
            rows = "".join(
                f'<tr class="cat-list-row{j % 2}" ><th class="list-title" scope="row"><a href="{url[q.idx]}">{escape(q.title)}</a></th><td class="list-date small">{q.published:%d-%m-%Y}</td><td class="list-hits"><span class="badge bg-info">Acessos: {hits[q.idx]}</span></td></tr>'
                for j, q in enumerate(chunk)
            )
            main = f'<div class="com-content-category category-list"><div class="content-category"><h1>{cname}</h1><form action="/noticias/{c}" method="post" name="adminForm" id="adminForm" class="com-content-category__articles"><table class="com-content-category__table category table table-striped table-bordered table-hover"><caption class="visually-hidden">Artigos</caption><thead><tr><th scope="col" id="categorylist_header_title">Título</th><th scope="col" id="categorylist_header_date">Publicado</th><th scope="col" id="categorylist_header_hits">Acessos</th></tr></thead><tbody>{rows}</tbody></table>{pagination(cnth, k, n)}</form></div></div>'
            return shell(
                f"{cname} - {SITE}" + (f" - Página {k + 1}" if k else ""),
                main,
                [("/", "Início"), ("/noticias", "Notícias"), (f"/noticias/{c}", cname)],
                f"com_content wrapper-static view-category no-layout no-task itemid-{110 + catid}",
            )

        paged(pages, cnth, items, 5, lst)

    for t, items in by_key(posts, lambda p: p.tags).items():
        tid, tname = TAGS[t]
        lis = "".join(
            f'<li class="list-group-item list-group-item-action"><h3><a href="/component/content/article/{alias[q.idx]}?catid={CATS[q.section][0]}&amp;Itemid=101">{escape(q.title)}</a></h3><span class="tag-body">{escape(" ".join(q.paras[0].split()[:20]))}…</span></li>'
            for q in items
        )
        pages[f"/component/tags/tag/{t}"] = html(
            shell(
                f"{tname} - {SITE}",
                f'<div class="com-tags-tag tag-category"><h1>{tname}</h1><ul class="com-tags-tag__category category list-group">{lis}</ul></div>',
                [("/", "Início"), (f"/component/tags/tag/{t}", tname)],
                f"com_tags wrapper-static view-tag no-layout no-task itemid-101 tag-{tid}",
            )
        )
    for slug, heading, text in (
        (
            "politica-de-privacidade",
            "Política de privacidade",
            "O Diário do Ribatejo respeita a sua privacidade e trata os dados nos termos do RGPD.",
        ),
        ("newsletter", "Newsletter", "Subscreva a newsletter diária do Diário do Ribatejo."),
    ):
        pages[f"/{slug}"] = html(
            shell(
                f"{heading} - {SITE}",
                f'<div class="com-content-article item-page"><div class="page-header"><h1>{heading}</h1></div><div class="com-content-article__body"><p>{text}</p></div></div>',
                [("/", "Início"), (f"/{slug}", heading)],
                "com_content wrapper-static view-article no-layout no-task itemid-150",
            )
        )
    pages["/noticias?format=feed&type=rss"] = rss(
        base, f"Notícias - {SITE}", [(url[p.idx], p) for p in posts[:20]], "pt-pt"
    )
    return site_from(NAME, posts, lambda p: url[p.idx], pages, twins)
