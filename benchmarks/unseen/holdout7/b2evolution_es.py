"""b2evolution 6 blog on bootstrap_blog_skin (es-CO, America/Bogota): extra-path URLs, ?redir=no twins, 301 ?p= links, sitemap + RSS."""

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import (
    by_key,
    by_month,
    html,
    make_posts,
    paged,
    rss,
    site_from,
    thread,
    xml,
)
from benchmarks.unseen.holdout7 import ascii_slug
from benchmarks.unseen.server import Resp

NAME = "b2evolution_es"
SITE = "Crónica de Chapinero"
BLOG = "/index.php/cronica/"
CATS = {
    "concejo": "Concejo",
    "movilidad": "Movilidad",
    "barrios": "Barrios",
    "educacion": "Educación",
}
TAGS = ["presupuesto", "transmilenio", "ciclovía", "colegios", "vivienda", "parques"]
AUTHORS = {"Andrea Morales": 3, "Julián Ospina": 4, "Carolina Vega": 6}
MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
READERS = [
    "Camilo R.",
    "vecina_de_la_63",
    "Luz Dary",
    "Sebastián",
    "don Hernando",
    "Paola M.",
    "ciclista_bogotano",
]
REMARKS = [
    "Gracias por el resumen, no pude ir a la sesión del Concejo.",
    "Otra vez deciden sin consultar a los vecinos del barrio.",
    "¿Y quién paga todo esto al final? Nosotros, como siempre.",
    "Por fin se mueve algo, ya era hora.",
    "¿Dónde se pueden consultar los planos completos?",
    "Ojalá no cierren toda la carrera durante las obras.",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        976, "es", 35, "America/Bogota", list(CATS), list(AUTHORS), TAGS, midnight=False
    )
    rng = random.Random(976)
    threads = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 6) for p in posts}
    iid = {p.idx: 200 + p.idx * 4 for p in posts}
    cids = {p.idx: [iid[p.idx] * 10 + j for j in range(len(threads[p.idx]))] for p in posts}
    slug = {p.idx: ascii_slug(p.title, f"entrada-{iid[p.idx]}") for p in posts}
    url = {p.idx: f"{BLOG}{slug[p.idx]}" for p in posts}
    noredir = {p.idx: f"{url[p.idx]}?redir=no" for p in posts}
    legacy = {p.idx: f"/index.php?blog=2&p={iid[p.idx]}" for p in posts}

    def fdate(d):
        return f"{d:%d/%m/%Y}"

    def widgets():
        cats = "".join(
            f'<li><a href="{BLOG}{k}/">{v}</a> <span class="notes">({sum(1 for q in posts if q.section == k)})</span></li>'
            for k, v in CATS.items()
        )
        recent = "".join(
            f'<li><a href="{url[q.idx]}" class="default">{escape(q.title)}</a></li>'
            for q in posts[:6]
        )
        arch = "".join(
            f'<li><a href="{BLOG}{y}/{m:02d}/" rel="nofollow">{MESES[m - 1]} {y}</a> <span class="dimmed">({len(v)})</span></li>'
            for (y, m), v in by_month(posts).items()
        )
        tags = " ".join(
            f'<a href="{BLOG}?tag={t}" style="font-size: {10 + (i * 3) % 8}pt;" title="{(i * 7) % 9 + 2} entradas">{t}</a>'
            for i, t in enumerate(TAGS)
        )
        latest = sorted(
            ((t, w, q, j) for q in posts for j, (w, t, x) in enumerate(threads[q.idx])),
            reverse=True,
        )[:5]
        lc = "".join(
            f'<li><span class="user anonymous">{escape(w)}</span> en <a href="{legacy[q.idx]}&amp;c=1#c{cids[q.idx][j]}">{escape(q.title)}</a></li>'
            for t, w, q, j in latest
        )
        popular = "".join(
            f'<li><a href="{noredir[q.idx]}">{escape(q.title)}</a></li>' for q in posts[8:12]
        )
        return f"""<aside class="col-md-3">
<div class="evo_container evo_container__sidebar">
<div class="evo_widget widget_core_coll_search_form"><h4>Buscar</h4><form action="{base}{BLOG}" method="get" class="search"><div class="compact_search_form"><input type="text" name="s" size="25" value="" class="search_field SearchField form-control" title="Introduzca el texto a buscar" /><input type="submit" name="submit" class="search_submit submit btn btn-primary" value="Ir" /></div><input type="hidden" name="disp" value="search" /></form></div>
<div class="evo_widget widget_core_coll_category_list"><h4>Categorías</h4><ul>{cats}</ul></div>
<div class="evo_widget widget_core_coll_post_list"><h4>Entradas recientes</h4><ul>{recent}</ul></div>
<div class="evo_widget widget_core_coll_item_list"><h4>Lo más leído</h4><ul>{popular}</ul></div>
<div class="evo_widget widget_core_coll_comment_list"><h4>Últimos comentarios</h4><ul>{lc}</ul></div>
<div class="evo_widget widget_core_coll_tag_cloud"><h4>Etiquetas</h4><p class="tag_cloud">{tags}</p></div>
<div class="evo_widget widget_core_user_register"><h4>Boletín</h4><p>Reciba cada lunes las noticias del barrio en su correo.</p><form action="{base}/htsrv/register.php" method="post"><input type="email" name="email" class="form-control" placeholder="correo electrónico" /><input type="submit" class="btn btn-default" value="Suscribirse" /></form></div>
<div class="evo_widget widget_core_coll_media_index"><h4>Archivos</h4><ul>{arch}</ul></div>
<div class="evo_widget widget_core_coll_xml_feeds"><h4>Canales XML</h4><ul><li>RSS 2.0: <a href="{BLOG}?tempskin=_rss2">Entradas</a></li><li>Atom: <a href="{BLOG}?tempskin=_atom">Entradas</a></li></ul></div>
</div>
</aside>"""

    def shell(title, main, body_class, head=""):
        return f"""<!DOCTYPE html>
<html lang="es-CO">
<head>
	<meta charset="utf-8">
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>{escape(title)}</title>
	<meta name="generator" content="b2evolution 6.9.3-stable" /> <!-- Please leave this for stats -->
{head}
	<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="{base}{BLOG}?tempskin=_rss2" />
	<link rel="alternate" type="application/atom+xml" title="Atom" href="{base}{BLOG}?tempskin=_atom" />
	<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlsrv/rsd.php?blog=2" />
	<link type="text/css" rel="stylesheet" href="/rsc/css/bootstrap/bootstrap.min.css?v=6.9.3" />
	<link type="text/css" rel="stylesheet" href="/skins/bootstrap_blog_skin/style.css?v=6.9.3" />
	<script type="text/javascript" src="/rsc/js/jquery.min.js?v=6.9.3"></script>
</head>
<body class="{body_class} coll_2 skin_bootstrap_blog_skin">
<div class="container">
	<div class="row">
		<div class="col-md-12">
			<div class="evo_container evo_container__page_top"><div class="evo_widget widget_core_user_links"><a href="{base}/htsrv/login.php" class="login_link">Iniciar sesión</a> <a href="{base}/htsrv/register.php" class="register_link">Registrarse</a></div></div>
		</div>
	</div>
	<header class="row">
		<div class="coll-xs-12 coll-sm-12 col-md-4 col-md-push-8"><div class="evo_container evo_container__header"><div class="evo_widget widget_core_coll_title"><h1><a href="{base}{BLOG}">{SITE}</a></h1></div><div class="evo_widget widget_core_coll_tagline">Noticias de barrio, concejo y movilidad en Chapinero</div></div></div>
	</header>
	<nav class="row"><div class="col-md-12"><ul class="nav nav-tabs evo_container evo_container__menu">
		<li class="active"><a href="{base}{BLOG}">Inicio</a></li>
		{"".join(f'<li><a href="{BLOG}{k}/">{v}</a></li>' for k, v in CATS.items())}
		<li><a href="{BLOG}?disp=arcdir">Archivo</a></li>
		<li><a href="{BLOG}quienes-somos">Quiénes somos</a></li>
	</ul></div></nav>
	<div class="row">
		<div class="col-md-9">
			<main>
{main}
			</main>
		</div>
{widgets()}
	</div>
	<footer class="row"><div class="col-md-12 center">
		<div class="evo_container evo_container__footer"><div class="evo_widget widget_core_free_html"><p>Los textos de este blog se publican bajo licencia Creative Commons BY-SA.</p></div></div>
		<p>Este sitio usa cookies para estadísticas de visitas. <a href="{BLOG}politica-de-privacidad">Política de privacidad</a></p>
		<p class="baseline"><a href="http://b2evolution.net/" title="b2evolution: next generation blog software">b2evolution</a> &middot; <a href="http://b2evolution.net/web-hosting/" target="_blank" rel="noopener">alojamiento web</a></p>
	</div></footer>
</div>
</body>
</html>"""

    def byline(q):
        a = AUTHORS[q.author]
        return f"""<div class="small text-muted">
	Publicado por <a href="{BLOG}?disp=user&amp;user_ID={a}" class="login user nowrap" rel="bubbletip_user_{a}"><span class="identity_link_username">{escape(q.author)}</span></a> el <span class="timestamp">{fdate(q.published)}</span> a las <span class="timestamp">{q.published:%H:%M}</span> en <a href="{BLOG}{q.section}/" title="Ver todas las entradas en esta categoría">{CATS[q.section]}</a>
</div>"""

    def article(p):
        i = posts.index(p)
        prev_ = posts[i + 1] if i + 1 < len(posts) else None
        next_ = posts[i - 1] if i > 0 else None
        cm = threads[p.idx]
        items = "".join(
            f"""<div class="evo_comment panel panel-default" id="c{c}">
	<div class="panel-heading"><h4 class="evo_comment_title panel-title"><a href="{url[p.idx]}#c{c}" class="permalink_right"><span class="fa fa-link"></span></a> <span class="user anonymous" rel="bubbletip_comment_{c}">{escape(w)}</span> <span class="text-muted">[Visitante]</span></h4></div>
	<div class="panel-body"><div class="evo_comment_text"><p>{escape(x)}</p></div>
	<div class="evo_comment_info"><small class="text-muted"><span class="timestamp">{fdate(t)} @ {t:%H:%M}</span></small></div></div>
</div>"""
            for c, (w, t, x) in zip(cids[p.idx], cm, strict=True)
        )
        n = len(cm)
        title_c = "Sin comentarios" if not n else "1 comentario" if n == 1 else f"{n} comentarios"
        pager = '<nav><ul class="pager">'
        if prev_:
            pager += f'<li class="previous"><a href="{url[prev_.idx]}">&larr; {escape(prev_.title)}</a></li>'
        if next_:
            pager += (
                f'<li class="next"><a href="{url[next_.idx]}">{escape(next_.title)} &rarr;</a></li>'
            )
        pager += "</ul></nav>"
        tags = ", ".join(f'<a href="{BLOG}?tag={t}">{t}</a>' for t in p.tags)
        main = f"""{pager}
<div class="evo_content_block">
<article id="item_{iid[p.idx]}" class="evo_post evo_content_block evo_post__ptyp_post evo_post__published evo_post__no_featured" lang="es-CO">
	<header>
		<div class="evo_post_title"><h2>{escape(p.title)}</h2></div>
		{byline(p)}
	</header>
	<section class="evo_post__full">
		<div class="evo_post__full_text clearfix">
{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}
		</div>
	</section>
	<footer>
		<nav class="small post_tags"><span>Etiquetas:</span> {tags}</nav>
		<div class="evo_post_social"><a href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}" class="btn btn-default btn-sm">Compartir</a> <a href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}" class="btn btn-default btn-sm">Tuitear</a> <a href="https://api.whatsapp.com/send?text={base}{url[p.idx]}" class="btn btn-default btn-sm">WhatsApp</a></div>
	</footer>
	<a id="feedbacks"></a>
	<section id="comments" class="evo_post_comment_list">
		<h3 class="evo_comment__list_title">{title_c}</h3>
		{items}
	</section>
	<section class="evo_comment__form">
		<a id="form_p{iid[p.idx]}"></a>
		<div class="panel panel-default comment_form"><div class="panel-heading"><h4 class="evo_comment_form__title panel-title">Deja un comentario</h4></div>
		<div class="panel-body"><form action="{base}/htsrv/comment_post.php" method="post" id="bComment_form_id_{iid[p.idx]}" class="bComment evo_form">
		<div class="form-group"><label for="f_name">Nombre:</label><input type="text" id="f_name" name="f_name" class="form-control" /></div>
		<div class="form-group"><label for="f_email">Correo:</label><input type="email" id="f_email" name="f_email" class="form-control" /><span class="help-block">Su dirección de correo no será publicada en este sitio.</span></div>
		<div class="form-group"><label for="p">Comentario:</label><textarea id="p" name="p" rows="6" class="form-control"></textarea></div>
		<input type="hidden" name="comment_item_ID" value="{iid[p.idx]}" /><input type="submit" name="submit_comment_post_{iid[p.idx]}[save]" class="submit btn btn-primary" value="Enviar comentario" /></form></div></div>
	</section>
</article>
</div>
{pager}"""
        head = f"""	<meta name="description" content="{escape(p.paras[0][:160])}" />
	<meta name="keywords" content="{", ".join(p.tags)}" />
	<meta property="og:title" content="{escape(p.title)}" />
	<meta property="og:url" content="{base}{url[p.idx]}" />
	<meta property="og:description" content="{escape(p.paras[0][:160])}" />
	<meta property="og:site_name" content="{SITE}" />
	<link rel="canonical" href="{base}{url[p.idx]}" />"""
        return shell(f"{p.title} - {SITE}", main, "disp_single", head)

    pages: dict = {}
    for p in posts:
        page = html(article(p))
        pages[url[p.idx]] = page
        pages[noredir[p.idx]] = page
        moved = Resp(b"", "text/html; charset=utf-8", 301, {"Location": f"{base}{url[p.idx]}"})
        pages[legacy[p.idx]] = moved
        pages[f"{legacy[p.idx]}&c=1"] = moved

    def excerpt_block(q):
        n = len(threads[q.idx])
        return f"""<div class="evo_content_block">
<article id="item_{iid[q.idx]}" class="evo_post evo_content_block evo_post__ptyp_post evo_post__published" lang="es-CO">
	<header>
		<div class="evo_post_title"><h2><a href="{url[q.idx]}" title="Enlace permanente a la versión completa">{escape(q.title)}</a></h2></div>
		{byline(q)}
	</header>
	<section class="evo_post__excerpt">
		<div class="evo_post__excerpt_text">{escape(q.paras[0][:260])}… <a href="{url[q.idx]}" class="evo_post__excerpt_more_link">Leer más &raquo;</a></div>
	</section>
	<footer><nav class="post_comments_link"><a href="{url[q.idx]}#comments" title="Mostrar {n} comentarios" class="leave_a_comment">{"Deja un comentario" if not n else f"{n} comentario{'s' if n > 1 else ''}"}</a></nav></footer>
</article>
</div>"""

    def lister(path0, heading, items, per=8):
        sep = "&" if "?" in path0 else "?"

        def nth(k):
            return path0 if not k else f"{path0}{sep}paged={k + 1}"

        def render(chunk, k, n):
            nav = "".join(
                f'<li class="active"><span>{j + 1}</span></li>'
                if j == k
                else f'<li><a href="{nth(j)}">{j + 1}</a></li>'
                for j in range(n)
            )
            if k + 1 < n:
                nav += f'<li><a href="{nth(k + 1)}">&gt;&gt;</a></li>'
            if k:
                nav = f'<li><a href="{nth(k - 1)}">&lt;&lt;</a></li>' + nav
            h = (
                f'<div class="evo_post_title"><h2 class="page-header">{escape(heading)}</h2></div>'
                if heading
                else ""
            )
            main = f'{h}{"".join(excerpt_block(q) for q in chunk)}<div class="center"><ul class="pagination">{nav}</ul></div>'
            return shell(f"{heading + ' - ' if heading else ''}{SITE}", main, "disp_posts")

        paged(pages, nth, items, per, render)

    lister(BLOG, "", posts)
    pages["/"] = pages[BLOG]
    pages["/index.php"] = pages[BLOG]
    for c, items in by_key(posts, lambda p: p.section).items():
        lister(f"{BLOG}{c}/", CATS[c], items)
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(f"{BLOG}?tag={t}", f"Etiqueta: {t}", items)
    for (y, m), items in by_month(posts).items():
        lister(f"{BLOG}{y}/{m:02d}/", f"Archivo de {MESES[m - 1]} {y}", items)
    for name, a in AUTHORS.items():
        mine = [p for p in posts if p.author == name]
        pages[f"{BLOG}?disp=user&user_ID={a}"] = html(
            shell(
                f"{name} - {SITE}",
                f'<div class="evo_panel__profile"><h2 class="page-header">{escape(name)}</h2><p>Reportera/o de {SITE}. Entradas publicadas: {len(mine)}.</p><ul>'
                + "".join(
                    f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>' for q in mine[:5]
                )
                + "</ul></div>",
                "disp_user",
            )
        )
    pages[f"{BLOG}?disp=arcdir"] = html(
        shell(
            f"Archivo - {SITE}",
            '<h2 class="page-header">Archivo</h2><ul>'
            + "".join(
                f'<li><a href="{BLOG}{y}/{m:02d}/">{MESES[m - 1]} {y}</a> ({len(v)})</li>'
                for (y, m), v in by_month(posts).items()
            )
            + "</ul>",
            "disp_arcdir",
        )
    )
    for path, title, text in (
        (
            "quienes-somos",
            "Quiénes somos",
            "Somos un medio comunitario independiente que cubre Chapinero desde 2012.",
        ),
        (
            "politica-de-privacidad",
            "Política de privacidad",
            "Usamos cookies de análisis para conocer cuántas personas leen cada nota.",
        ),
    ):
        pages[f"{BLOG}{path}"] = html(
            shell(
                f"{title} - {SITE}",
                f'<div class="evo_content_block"><article class="evo_post evo_post__ptyp_page"><div class="evo_post_title"><h2>{title}</h2></div><div class="evo_post__full_text"><p>{text}</p></div></article></div>',
                "disp_page",
                f'\t<link rel="canonical" href="{base}{BLOG}{path}" />',
            )
        )
    for path, title in (
        ("/htsrv/login.php", "Iniciar sesión"),
        ("/htsrv/register.php", "Registrarse"),
    ):
        pages[path] = html(
            shell(
                f"{title} - {SITE}",
                f'<h2 class="page-header">{title}</h2><form method="post" action="{path}"><input type="text" name="x" class="form-control" /></form>',
                "disp_login",
            )
        )
    pages["/xmlsrv/rsd.php?blog=2"] = xml(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd"><service><engineName>b2evolution</engineName><engineLink>http://b2evolution.net/</engineLink><homePageLink>{base}{BLOG}</homePageLink></service></rsd>',
        "application/rsd+xml",
    )
    items = [(url[p.idx], p) for p in posts[:10]]
    pages[f"{BLOG}?tempskin=_rss2"] = rss(base, SITE, items, "es-CO")
    atom_rows = "".join(
        f'<entry><title type="text">{escape(p.title)}</title><link rel="alternate" type="text/html" href="{base}{url[p.idx]}" /><id>{base}{legacy[p.idx]}</id>'
        f"<published>{p.published.isoformat()}</published><updated>{p.published.isoformat()}</updated><author><name>{escape(p.author)}</name></author>"
        f'<content type="html">{escape("".join(f"<p>{x}</p>" for x in p.paras))}</content></entry>'
        for _, p in items
    )
    pages[f"{BLOG}?tempskin=_atom"] = xml(
        f'<?xml version="1.0" encoding="utf-8"?>\n<feed xml:lang="es-CO" xmlns="http://www.w3.org/2005/Atom"><title>{SITE}</title><link rel="alternate" type="text/html" href="{base}{BLOG}" /><id>{base}{BLOG}</id><updated>{posts[0].published.isoformat()}</updated>{atom_rows}</feed>',
        "application/atom+xml",
    )
    sm = "".join(
        f"<url><loc>{base}{escape(url[p.idx])}</loc><lastmod>{p.published.isoformat()}</lastmod><priority>0.8</priority><changefreq>monthly</changefreq></url>"
        for p in posts
    )
    pages[f"{BLOG}?tempskin=_sitemap"] = xml(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{base}{BLOG}</loc><priority>1.0</priority></url>{sm}</urlset>'
    )
    pages["/robots.txt"] = Resp(
        f"User-agent: *\nDisallow: /htsrv/\nDisallow: /xmlsrv/\nDisallow: /skins/\nSitemap: {base}{BLOG}?tempskin=_sitemap\n".encode(),
        "text/plain; charset=utf-8",
    )
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: [noredir[p.idx]])
