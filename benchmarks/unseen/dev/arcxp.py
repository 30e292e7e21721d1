"""Arc XP / Fusion app (es): teaser + "Cargando…", body only in Fusion.globalContent and JSON-LD, AMP twin."""
# ruff: noqa: RUF001  (typographic and non-Latin characters are the point of this fixture)

from __future__ import annotations

import json
from html import escape

from benchmarks.unseen.common import (
    Site,
    Truth,
    html,
    listing,
    make_posts,
    news_sitemap,
    robots,
    rss,
    sitemap,
    sitemap_index,
)

NAME = "arcxp"
SECTIONS = ["politica", "sociedad", "economia", "deportes"]


def _shell(title: str, main: str, head: str = "") -> str:
    nav = "".join(f'<a class="nav-link" href="/{s}/">{s.capitalize()}</a>' for s in SECTIONS)
    return f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"/><title>{escape(title)} | Diario del Pacífico</title>{head}
<script src="/pf/dist/engine/react.js?d=412" defer=""></script></head><body><div id="fusion-app" class="layout-section">
<header class="header-nav"><a href="/" class="logo">Diario del Pacífico</a><nav>{nav}</nav><a class="btn-subscribe" href="/suscripciones/">Suscríbete por S/ 1 el primer mes</a></header>
<div class="ad-slot" id="ad-top">Publicidad</div><main>{main}</main>
<aside class="newsletter-box">Recibe las noticias más importantes del día en tu correo. <button>Registrarme</button></aside>
<footer class="footer"><p>© 2017 Diario del Pacífico S.A. Todos los derechos reservados.</p><p><a href="/terminos/">Términos y condiciones</a> · <a href="/contacto/">Contacto</a></p></footer></div>
<div class="cookies-banner">Utilizamos cookies para mejorar tu experiencia. Al continuar navegando aceptas su uso. <button>Aceptar</button></div></body></html>"""


def build(base: str) -> Site:
    """All pages and the ground truth."""
    posts = make_posts(
        504,
        "es",
        34,
        "America/Lima",
        SECTIONS,
        ["Redacción DP", "Lucía Paredes", "Martín Quispe"],
        ["lima", "congreso", "obras"],
    )
    pages, truth = {}, []
    url = {
        p.idx: f"/{p.section}/{p.published.strftime('%Y/%m/%d')}/{p.slug[:50].rstrip('-')}-{p.idx * 7919 % 99991:05d}/"
        for p in posts
    }
    for p in posts:
        u = url[p.idx]
        gc = {
            "_id": f"ARC{p.idx:05d}",
            "type": "story",
            "canonical_url": u,
            "headlines": {"basic": p.title},
            "display_date": p.published.isoformat(),
            "credits": {"by": [{"name": p.author}]},
            "taxonomy": {"primary_section": {"name": p.section}},
            "content_elements": [{"type": "text", "content": x} for x in p.paras],
        }
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": p.title,
            "datePublished": p.published.isoformat(),
            "author": {"@type": "Person", "name": p.author},
            "articleBody": "\n".join(p.paras),
            "mainEntityOfPage": base + u,
        }
        head = (
            f'<link rel="canonical" href="{base}{u}"/><link rel="amphtml" href="{base}{u}?outputType=amp"/><meta property="og:title" content="{escape(p.title)}"/>'
            f'<meta property="article:published_time" content="{p.published.isoformat()}"/><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
        main = f"""<article class="story"><div class="breadcrumb"><a href="/">Inicio</a> › <a href="/{p.section}/">{p.section.capitalize()}</a></div>
<h1 class="sht__title">{escape(p.title)}</h1><h2 class="sht__summary">{escape(p.paras[0].split(". ")[0])}.</h2>
<div class="byline">Por <a href="/autores/{p.author.lower().replace(" ", "-")}/">{escape(p.author)}</a> · Actualizado el {p.published.strftime("%d/%m/%Y %H:%M")}</div>
<div class="share-bar"><a>Compartir en Facebook</a><a>Compartir en Twitter</a><a>Enviar por WhatsApp</a></div>
<div class="story-contents__content"><p class="story-contents__font-paragraph">{escape(p.paras[0])}</p><div class="story-loading">Cargando…</div></div>
<div class="related"><h3>Te puede interesar</h3><ul>{"".join(f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>' for q in posts[:4] if q is not p)}</ul></div></article>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="diariopacifico";Fusion.globalContent={json.dumps(gc, ensure_ascii=False)};Fusion.contentCache={{}};</script>"""
        pages[u] = html(_shell(p.title, main, head))
        amp = "".join(f"<p>{escape(x)}</p>" for x in p.paras)
        pages[u + "?outputType=amp"] = html(
            f'<!doctype html><html amp lang="es"><head><meta charset="utf-8"><title>{escape(p.title)}</title><link rel="canonical" href="{base}{u}"><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head><body><header><a href="/">Diario del Pacífico</a></header><article><h1>{escape(p.title)}</h1><p class="byline">Por {escape(p.author)}</p>{amp}</article><amp-ad type="doubleclick"></amp-ad><footer>© 2017 Diario del Pacífico</footer></body></html>'
        )
        truth.append(Truth(u, p.title, p.day, p.paras, "es", [u + "?outputType=amp"]))

    def render(heading):
        def r(chunk, k, n):
            cards = "".join(
                f'<div class="story-item"><a class="story-item__title" href="{url[p.idx]}">{escape(p.title)}</a><p class="story-item__subtitle">{escape(p.paras[0][:120])}…</p></div>'
                for p in chunk
            )
            more = f'<a class="btn-more" href="?page={k + 2}">Ver más</a>' if k + 1 < n else ""
            return _shell(heading, f"<h1>{heading}</h1>{cards}{more}")

        return r

    listing(
        pages, lambda k: "/" if not k else f"/?page={k + 1}", posts[:12], render("Portada"), per=12
    )
    for s in SECTIONS:
        listing(
            pages,
            lambda k, s=s: f"/{s}/" if not k else f"/{s}/?page={k + 1}",
            [p for p in posts if p.section == s],
            render(s.capitalize()),
            per=6,
        )
    for a in ["Redacción DP", "Lucía Paredes", "Martín Quispe"]:
        listing(
            pages,
            lambda k, a=a: f"/autores/{a.lower().replace(' ', '-')}/",
            [p for p in posts if p.author == a],
            render(a),
            per=50,
        )
    for path in ("/suscripciones/", "/terminos/", "/contacto/"):
        pages[path] = html(
            _shell(
                "Diario del Pacífico",
                "<h1>Diario del Pacífico</h1><p>Atención al suscriptor de lunes a viernes de 8 a 18 horas.</p>",
            )
        )
    pages["/arc/outboundfeeds/rss/?outputType=xml"] = rss(
        base, "Diario del Pacífico", [(url[p.idx], p) for p in posts[:10]], "es"
    )
    pages["/arc/outboundfeeds/news-sitemap/?outputType=xml"] = news_sitemap(
        base, "Diario del Pacífico", "es", [(url[p.idx], p) for p in posts[:10]]
    )
    pages["/arc/outboundfeeds/sitemap/2017-03/?outputType=xml"] = sitemap(
        base, [(url[p.idx], p.published.isoformat()) for p in posts if p.published.month == 3]
    )
    pages["/arc/outboundfeeds/sitemap/2017-04/?outputType=xml"] = sitemap(
        base, [(url[p.idx], p.published.isoformat()) for p in posts if p.published.month != 3]
    )
    pages["/arc/outboundfeeds/sitemap-index/?outputType=xml"] = sitemap_index(
        base, [f"/arc/outboundfeeds/sitemap/2017-0{m}/?outputType=xml" for m in (3, 4)]
    )
    pages["/robots.txt"] = robots(
        base,
        [
            "/arc/outboundfeeds/sitemap-index/?outputType=xml",
            "/arc/outboundfeeds/news-sitemap/?outputType=xml",
        ],
        ["/pf/"],
    )
    return Site(NAME, pages, truth)
