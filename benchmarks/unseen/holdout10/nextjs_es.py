"""A Next.js 13 (pages router) news app, es-MX, America/Mexico_City: SSR HTML plus `__NEXT_DATA__`.

Followed: vercel/next.js `examples/blog-starter` (`components/post-header` with `post-title`,
`avatar`, `date-formatter` (`<time dateTime>` formatted by date-fns on the server, which runs in
UTC), `cover-image`, `post-body` (`markdown-styles.module.css` `.markdown` wrapper), `hero-post`,
`more-stories`, `container`, `footer`), the way the pages router serialises `getServerSideProps`
output into `<script id="__NEXT_DATA__" type="application/json">` (props.pageProps, page, query,
buildId, htmlEscapeJsonString escaping) and `/_next/static/...` chunks; hybrid AMP pages
(`export const config = {amp: 'hybrid'}`) giving the `?amp=1` twin with `<link rel="amphtml">`; a
Spanish-language news port of the starter (Tailwind classes, `next/link` anchors, JSON-LD
NewsArticle, "Cargar más" as a real link to `?page=N`, newsletter modal, cookie banner).
Discovery: listings only (no sitemap, no feed).
"""
# ruff: noqa: RUF001  (typographic dashes are the point here)

from __future__ import annotations

import json
from datetime import UTC
from html import escape

from benchmarks.unseen.common import by_key, html, make_posts, paged, site_from
from benchmarks.unseen.dev2 import ascii_slug

NAME = "nextjs_es"
SITE = "El Observador del Valle"
SECTIONS = {
    "politica": "Política",
    "ciudad": "Ciudad",
    "movilidad": "Movilidad",
    "economia": "Economía",
}
AUTHORS = {
    "lucia-hernandez": "Lucía Hernández",
    "diego-ramirez": "Diego Ramírez",
    "redaccion": "Redacción",
}
MONTHS = [
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
BUILD = "h8Kq2ZtV3mXw-pL0aR9sN"


def fmt(d) -> str:
    """date-fns `d 'de' LLLL 'de' yyyy` in es, run on a server whose clock is UTC."""
    u = d.astimezone(UTC)
    return f"{u.day} de {MONTHS[u.month - 1]} de {u.year}"


def next_json(obj) -> str:
    """JSON as Next's htmlEscapeJsonString writes it into the page."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        10303, "es", 32, "America/Mexico_City", list(SECTIONS), list(AUTHORS.values()), ["x"]
    )
    slug_of = {v: k for k, v in AUTHORS.items()}
    url = {
        p.idx: f"/noticias/{p.published:%Y/%m/%d}/{ascii_slug(p.title, str(p.idx))}" for p in posts
    }
    reads = {p.idx: 400 + (p.idx * 379) % 9000 for p in posts}
    most = sorted(posts, key=lambda q: -reads[q.idx])[:5]

    def summary(q):
        return {
            "slug": url[q.idx].rsplit("/", 1)[1],
            "title": q.title,
            "date": q.published.isoformat(),
            "section": q.section,
            "excerpt": " ".join(q.paras[0].split()[:24]) + "…",
            "coverImage": f"/assets/noticias/{q.idx:03d}/portada.jpg",
        }

    def doc(title, body, page, props, query, head=""):
        data = {
            "props": {"pageProps": props, "__N_SSP": True},
            "page": page,
            "query": query,
            "buildId": BUILD,
            "isFallback": False,
            "gssp": True,
            "locale": "es-MX",
            "scriptLoader": [],
        }
        nav = "".join(
            f'<li><a class="hover:underline" href="/seccion/{k}">{v}</a></li>'
            for k, v in SECTIONS.items()
        )
        return f"""<!DOCTYPE html><html lang="es-MX"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{escape(title)}</title><meta name="next-head-count" content="8"/><link rel="preload" href="/_next/static/css/4f2e0c1a9b7d3e55.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4f2e0c1a9b7d3e55.css" data-n-g=""/>{head}<script defer="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js" nomodule=""></script><script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer=""></script><script src="/_next/static/chunks/pages/_app-4b2f1c9e4d1a3b7c.js" defer=""></script><script src="/_next/static/{BUILD}/_buildManifest.js" defer=""></script><script src="/_next/static/{BUILD}/_ssgManifest.js" defer=""></script></head><body><div id="__next"><div class="min-h-screen"><div class="py-2 text-center text-sm border-b bg-neutral-50 border-neutral-200"><div class="container mx-auto px-5">Noticias del Valle de Toluca y la región · Jueves, 1 de junio de 2017</div></div><header class="container mx-auto px-5 flex flex-col md:flex-row items-center md:justify-between mt-8 mb-10"><h2 class="text-2xl md:text-4xl font-bold tracking-tight md:tracking-tighter leading-tight"><a class="hover:underline" href="/">{SITE}</a></h2><nav aria-label="Secciones"><ul class="flex gap-6 text-lg">{nav}</ul></nav><button type="button" class="bg-black text-white font-bold py-2 px-6" data-modal-target="newsletter">Suscríbete</button></header><main>{body}</main><footer class="bg-neutral-50 border-t border-neutral-200"><div class="container mx-auto px-5"><div class="py-28 flex flex-col lg:flex-row items-center"><h3 class="text-4xl lg:text-[2.5rem] font-bold tracking-tighter leading-tight text-center lg:text-left mb-10 lg:mb-0 lg:pr-4 lg:w-1/2">Periodismo local e independiente desde 2014.</h3><div class="flex flex-col lg:flex-row justify-center items-center lg:pl-4 lg:w-1/2"><a href="/quienes-somos" class="mx-3 bg-black hover:bg-white hover:text-black border border-black text-white font-bold py-3 px-12 lg:px-8 duration-200 transition-colors mb-6 lg:mb-0">Quiénes somos</a><a href="/aviso-de-privacidad" class="mx-3 font-bold hover:underline">Aviso de privacidad</a></div></div><p class="pb-8 text-sm text-neutral-500">© 2017 {SITE}. Todos los derechos reservados.</p></div></footer></div><div role="dialog" aria-modal="true" id="newsletter" class="fixed inset-0 z-50 hidden items-center justify-center bg-black/60"><div class="bg-white max-w-md p-8"><h3 class="text-2xl font-bold mb-2">Recibe el boletín matutino</h3><p class="mb-4">Las noticias más importantes del Valle, cada mañana en tu correo. Sin spam, cancela cuando quieras.</p><form action="/api/newsletter" method="post"><input type="email" name="email" placeholder="tu@correo.com" class="border w-full p-2 mb-3"/><button type="submit" class="bg-black text-white w-full py-2 font-bold">Suscribirme</button></form><button type="button" class="mt-3 text-sm underline" aria-label="Cerrar">No, gracias</button></div></div><div class="fixed bottom-0 inset-x-0 bg-neutral-900 text-white text-sm p-4 flex justify-between"><p>Usamos cookies propias y de terceros para mejorar tu experiencia y analizar el tráfico. Al continuar navegando aceptas su uso.</p><button type="button" class="font-bold underline">Aceptar</button></div></div><script id="__NEXT_DATA__" type="application/json">{next_json(data)}</script></body></html>"""

    def preview(q, big=False):
        size = "text-4xl lg:text-5xl" if big else "text-3xl"
        return f"""<div><div class="mb-5"><div class="sm:mx-0"><a aria-label="{escape(q.title)}" href="{url[q.idx]}"><img alt="Portada de {escape(q.title)}" loading="lazy" width="1300" height="630" decoding="async" class="shadow-sm w-full hover:shadow-lg transition-shadow duration-200" src="/_next/image?url=%2Fassets%2Fnoticias%2F{q.idx:03d}%2Fportada.jpg&amp;w=1920&amp;q=75"/></a></div></div><p class="text-sm uppercase tracking-wide text-red-700 mb-2"><a href="/seccion/{q.section}">{SECTIONS[q.section]}</a></p><h3 class="{size} mb-3 leading-snug"><a class="hover:underline" href="{url[q.idx]}">{escape(q.title)}</a></h3><div class="text-lg mb-4"><time dateTime="{q.published.isoformat()}">{fmt(q.published)}</time></div><p class="text-lg leading-relaxed mb-4">{escape(" ".join(q.paras[0].split()[:24]))}…</p><div class="flex items-center"><img src="/assets/autores/{slug_of[q.author]}.jpg" class="w-12 h-12 rounded-full mr-4" alt="{escape(q.author)}"/><div class="text-xl font-bold">{escape(q.author)}</div></div></div>"""

    def rail(title, items, numbered=False):
        lis = []
        for j, q in enumerate(items):
            num = f'<span class="text-3xl font-bold text-neutral-300 mr-3">{j + 1}</span>'
            when = f'<div class="text-sm text-neutral-500"><time dateTime="{q.published.isoformat()}">{fmt(q.published)}</time></div>'
            lis.append(
                f'<li class="py-3 border-b border-neutral-200">{num if numbered else ""}<a class="font-bold hover:underline" href="{url[q.idx]}">{escape(q.title)}</a>{"" if numbered else when}</li>'
            )
        return f'<aside class="mb-12"><h2 class="mb-6 text-3xl md:text-4xl font-bold tracking-tighter leading-tight">{title}</h2><ol class="list-none">{"".join(lis)}</ol></aside>'

    def article_body(p):
        a = slug_of[p.author]
        rec = [q for q in posts if q is not p and q.section == p.section][:4]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": p.title,
            "datePublished": p.published.isoformat(),
            "dateModified": p.published.isoformat(),
            "articleSection": SECTIONS[p.section],
            "author": [{"@type": "Person", "name": p.author, "url": f"{base}/autor/{a}"}],
            "publisher": {"@type": "NewsMediaOrganization", "name": SITE},
            "mainEntityOfPage": f"{base}{url[p.idx]}",
        }
        body = "".join(f"<p>{escape(x)}</p>" for x in p.paras)
        return (
            f"""<div class="container mx-auto px-5"><article class="mb-32"><nav aria-label="Ruta" class="text-sm mb-6"><a href="/">Inicio</a> / <a href="/seccion/{p.section}">{SECTIONS[p.section]}</a></nav><h1 class="text-5xl md:text-7xl lg:text-8xl font-bold tracking-tighter leading-tight md:leading-none mb-12 text-center md:text-left">{escape(p.title)}</h1><div class="hidden md:block md:mb-12"><div class="flex items-center"><img src="/assets/autores/{a}.jpg" class="w-12 h-12 rounded-full mr-4" alt="{escape(p.author)}"/><div class="text-xl font-bold"><a href="/autor/{a}">{escape(p.author)}</a></div></div></div><div class="mb-8 md:mb-16 sm:mx-0"><img alt="Portada de {escape(p.title)}" width="2000" height="1000" class="shadow-sm w-full" src="/_next/image?url=%2Fassets%2Fnoticias%2F{p.idx:03d}%2Fportada.jpg&amp;w=3840&amp;q=75"/></div><div class="max-w-2xl mx-auto"><div class="mb-6 text-lg"><time dateTime="{p.published.isoformat()}">{fmt(p.published)}</time></div><div class="flex gap-3 mb-6 text-sm"><a href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}" target="_blank" rel="noopener noreferrer">Compartir en Facebook</a><a href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}" target="_blank" rel="noopener noreferrer">Compartir en Twitter</a><a href="https://api.whatsapp.com/send?text={base}{url[p.idx]}" target="_blank" rel="noopener noreferrer">WhatsApp</a></div></div><div class="max-w-2xl mx-auto"><div class="markdown-styles_markdown__Zr5tQ">{body}</div></div><div class="max-w-2xl mx-auto mt-10 p-6 bg-neutral-100"><p class="font-bold">¿Te gustó esta nota?</p><p>Suscríbete al boletín y recibe cada mañana lo más importante del Valle.</p><button type="button" class="bg-black text-white px-4 py-2 mt-2" data-modal-target="newsletter">Quiero suscribirme</button></div></article>"""
            + f"""<section><h2 class="mb-8 text-5xl md:text-7xl font-bold tracking-tighter leading-tight">Te recomendamos</h2><div class="grid grid-cols-1 md:grid-cols-2 md:gap-x-16 lg:gap-x-32 gap-y-20 md:gap-y-32 mb-32">{"".join(preview(q) for q in rec)}</div></section>{rail("Lo más leído", most, True)}</div><script type="application/ld+json">{next_json(ld)}</script>""",
            ld,
        )

    def article(p):
        body, _ = article_body(p)
        props = {
            "post": {
                **summary(p),
                "author": {"name": p.author, "picture": f"/assets/autores/{slug_of[p.author]}.jpg"},
                "content": "".join(f"<p>{escape(x)}</p>" for x in p.paras),
            },
            "recommended": [summary(q) for q in posts if q is not p and q.section == p.section][:4],
        }
        y, m, d, s = url[p.idx].split("/")[2:]
        head = (
            f'<link rel="canonical" href="{base}{url[p.idx]}"/><link rel="amphtml" href="{base}{url[p.idx]}?amp=1"/>'
            f'<meta name="description" content="{escape(p.paras[0][:150])}"/><meta property="og:type" content="article"/><meta property="og:title" content="{escape(p.title)}"/>'
        )
        return doc(
            f"{p.title} | {SITE}",
            body,
            "/noticias/[...slug]",
            props,
            {"slug": [y, m, d, s]},
            head,
        )

    def amp(p):
        _, ld = article_body(p)
        return f"""<!doctype html><html amp="" lang="es-MX"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1"/><title>{escape(p.title)} | {SITE}</title><link rel="canonical" href="{base}{url[p.idx]}"/><script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate="">body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><style amp-custom="">.markdown p{{margin:1em 0}}</style></head><body><div id="__next"><header class="amp-header"><a href="/">{SITE}</a></header><main><article><p class="section"><a href="/seccion/{p.section}">{SECTIONS[p.section]}</a></p><h1>{escape(p.title)}</h1><p class="byline">Por {escape(p.author)} · <time dateTime="{p.published.isoformat()}">{fmt(p.published)}</time></p><amp-img src="/assets/noticias/{p.idx:03d}/portada.jpg" width="1300" height="630" layout="responsive" alt=""></amp-img><div class="markdown">{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}</div></article></main><footer><p>© 2017 {SITE}</p><a href="{url[p.idx]}">Ver versión completa</a></footer></div><script type="application/ld+json">{next_json(ld)}</script></body></html>"""

    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(article(p))
        pages[f"{url[p.idx]}?amp=1"] = html(amp(p))

    def more_button(nth, k, n):
        if k + 1 >= n:
            return ""
        return f'<div class="text-center mb-32"><a class="inline-block bg-black text-white font-bold py-3 px-12" href="{nth(k + 1)}" scroll="false">Cargar más</a></div>'

    def lister(path0, heading, items, page, query, per=8):
        def nth(k):
            return path0 if not k else f"{path0}?page={k + 1}"

        def render(chunk, k, n):
            hero = ""
            rest = chunk
            if k == 0 and not heading:
                hero = f'<section class="mb-20 md:mb-28">{preview(chunk[0], True)}</section>'
                rest = chunk[1:]
            top = (
                f'<h1 class="mb-8 text-6xl md:text-8xl font-bold tracking-tighter leading-tight">{escape(heading)}</h1>'
                if heading
                else ""
            )
            body = f"""<div class="container mx-auto px-5">{top}{hero}<section><h2 class="mb-8 text-5xl md:text-7xl font-bold tracking-tighter leading-tight">{"Más noticias" if not heading else "Lo último"}</h2><div class="grid grid-cols-1 md:grid-cols-2 md:gap-x-16 lg:gap-x-32 gap-y-20 md:gap-y-32 mb-16">{"".join(preview(q) for q in rest)}</div></section>{more_button(nth, k, n)}{rail("Lo más leído", most, True)}</div>"""
            props = {"posts": [summary(q) for q in chunk], "page": k + 1, "totalPages": n}
            q = {**query, **({"page": str(k + 1)} if k else {})}
            return doc(
                (f"{heading} | " if heading else "") + SITE + (f" – página {k + 1}" if k else ""),
                body,
                page,
                props,
                q,
                f'<link rel="canonical" href="{base}{nth(k)}"/>',
            )

        paged(pages, nth, items, per, render)

    lister("/", "", posts, "/", {})
    for s, items in by_key(posts, lambda p: p.section).items():
        lister(f"/seccion/{s}", SECTIONS[s], items, "/seccion/[seccion]", {"seccion": s})
    for a, items in by_key(posts, lambda p: slug_of[p.author]).items():
        lister(f"/autor/{a}", AUTHORS[a], items, "/autor/[autor]", {"autor": a})
    for slug, heading, text in (
        (
            "quienes-somos",
            "Quiénes somos",
            "Somos un medio digital independiente fundado en 2014 en Toluca.",
        ),
        (
            "aviso-de-privacidad",
            "Aviso de privacidad",
            "Conoce cómo tratamos tus datos personales conforme a la ley.",
        ),
    ):
        pages[f"/{slug}"] = html(
            doc(
                f"{heading} | {SITE}",
                f'<div class="container mx-auto px-5"><h1 class="text-6xl font-bold mb-8">{heading}</h1><div class="max-w-2xl"><p>{text}</p></div></div>',
                f"/{slug}",
                {},
                {},
            )
        )
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: [f"{url[p.idx]}?amp=1"])
