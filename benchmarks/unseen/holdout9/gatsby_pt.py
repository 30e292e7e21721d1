"""Gatsby 2 news blog built from gatsby-starter-blog (pt-BR, America/Sao_Paulo), served as static files.

Followed: gatsby-starter-blog `src/templates/blog-post.js` (`article.blog-post` with schema.org
`itemProp`s, `header` > `h1 itemProp="headline"` + the formatted date in a bare `<p>`,
`section itemProp="articleBody"`, `<hr/>`, `footer` > `<Bio/>`, then `nav.blog-post-nav` with
"← previous" / "next →"), `src/components/bio.js` ("Escrito por <strong>…</strong>"),
`layout.js` (`div.global-wrapper` with `data-is-root-path`, `header.global-header`, the
"© 2017, Feito com Gatsby" footer), `src/pages/index.js` (`ol` of `article.post-list-item` with
`h2` link, `small` date and `p itemProp="description"`), `seo.js` through react-helmet
(`data-react-helmet` tags, here with `article:published_time` carrying the -03:00 offset: the
visible date has no time), Gatsby's SSR shell (`#___gatsby`, `#gatsby-focus-wrapper`,
`#gatsby-announcer`, `window.pagePath`, `<link as="fetch" rel="preload">` of the page's
`/page-data/…/page-data.json`, `app-data.json` and a static-query JSON). Added by the site:
gatsby-awesome-pagination (`/pagina/N/`), the tags tutorial pages (`/tags/…/`, "N posts marcados
com"), an archive page, a Mailchimp sign-up box and react-cookie-consent.

Every page has its page-data JSON (`result.data.markdownRemark.html` holds the whole post for
article pages). No twins of the HTML (no canonical either); bare `/slug` answers 301.
Discovery: gatsby-plugin-feed `/rss.xml` only (every post), no sitemap.
"""

from __future__ import annotations

import hashlib
import json
from html import escape

from benchmarks.unseen.common import by_key, by_month, html, make_posts, paged, rss, site_from
from benchmarks.unseen.holdout9 import translit
from benchmarks.unseen.server import Resp

NAME = "gatsby_pt"
SITE = "Diário do Bairro"
AUTHOR = "Ana Ribeiro"
TAGS = ["prefeitura", "obras", "orçamento", "transporte", "câmara", "saúde"]
MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho"]
HASH = "63159454"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(9404, "pt", 28, "America/Sao_Paulo", ["x"], [AUTHOR], TAGS)
    slug = {p.idx: "/" + translit(p.title, f"post-{p.idx}") + "/" for p in posts}
    newer = {p.idx: posts[i - 1] if i else None for i, p in enumerate(posts)}
    older = {p.idx: posts[i + 1] if i + 1 < len(posts) else None for i, p in enumerate(posts)}
    nid = {p.idx: hashlib.md5(slug[p.idx].encode()).hexdigest() for p in posts}

    def nid_fmt(h):
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

    def pdate(d):
        return f"{d.day:02d} de {MESES[d.month - 1]} de {d.year}"

    def tag_url(t):
        return "/tags/" + translit(t, "tag") + "/"

    def page_data_path(path):
        return "/page-data" + ("/index" if path == "/" else path.rstrip("/")) + "/page-data.json"

    def bio():
        return f'<div class="bio"><div class="gatsby-image-wrapper" style="position:relative;overflow:hidden;display:inline-block;width:50px;height:50px"><img aria-hidden="true" src="data:image/jpeg;base64,/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/" alt="" style="position:absolute;top:0;left:0;width:100%;height:100%;object-fit:cover;object-position:center;opacity:1"/><noscript><img width="50" height="50" src="/static/1a2b3c/profile-pic.jpg" alt="{AUTHOR}"/></noscript></div><p>Escrito por <strong>{AUTHOR}</strong>, jornalista que cobre a cidade de Curitiba desde 2009. <a href="https://twitter.com/anaribeiro">Siga no Twitter</a></p></div>'

    def shell(path, title, main, head="", root=False):
        menu = "".join(
            f'<li><a href="{tag_url(t)}">{escape(t.capitalize())}</a></li>' for t in TAGS[:4]
        )
        return f"""<!DOCTYPE html><html lang="pt-BR"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 2.24.47"/><style data-href="/styles.4a1a9c1f4f2b5a6e8c3d.css">.global-wrapper{{margin:0 auto;max-width:42rem;padding:2.5rem 1.25rem}}</style><title data-react-helmet="true">{escape(title)}</title>{head}<link rel="alternate" type="application/rss+xml" title="{SITE} RSS Feed" href="/rss.xml"/><link rel="icon" href="/favicon-32x32.png?v=8c3d3b9b" type="image/png"/><link rel="manifest" href="/manifest.webmanifest" crossorigin="anonymous"/><link as="script" rel="preload" href="/webpack-runtime-2b8a3e.js"/><link as="script" rel="preload" href="/framework-5c1f7d.js"/><link as="script" rel="preload" href="/app-3f1f0a.js"/><link as="fetch" rel="preload" href="{page_data_path(path)}" crossorigin="anonymous"/><link as="fetch" rel="preload" href="/page-data/sq/d/{HASH}.json" crossorigin="anonymous"/><link as="fetch" rel="preload" href="/page-data/app-data.json" crossorigin="anonymous"/></head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><div class="global-wrapper" data-is-root-path="{"true" if root else "false"}"><header class="global-header">{f'<h1 class="main-heading"><a href="/">{SITE}</a></h1>' if root else f'<a class="header-link-home" href="/">{SITE}</a>'}<nav class="site-nav"><ul><li><a href="/">Últimas</a></li>{menu}<li><a href="/arquivo/">Arquivo</a></li><li><a href="/sobre/">Sobre</a></li></ul></nav></header><main>{main}</main><aside class="newsletter"><h3>Receba as notícias do bairro por e-mail</h3><p>Uma vez por semana, sem spam. Cancele quando quiser.</p><form><input type="email" name="email" placeholder="seu@email.com"/><button type="submit">Inscrever</button></form></aside><footer>© <!-- -->2017<!-- -->, Feito com<!-- --> <a href="https://www.gatsbyjs.com">Gatsby</a></footer></div><div class="CookieConsent" style="align-items:baseline;background:#353535;color:white;display:flex;flex-wrap:wrap;justify-content:space-between;left:0;position:fixed;width:100%;z-index:999;bottom:0"><div class="" style="flex:1 0 300px;margin:15px">Este site usa cookies para melhorar sua experiência.</div><div class=""><button class="" id="rcc-confirm-button" aria-label="Accept cookies">Entendi</button></div></div></div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div><script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="{path}";/*]]>*/</script><script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping={{"app":["/app-3f1f0a.js"],"component---src-templates-blog-post-js":["/component---src-templates-blog-post-js-9a1e2c.js"],"component---src-pages-index-js":["/component---src-pages-index-js-4b7d61.js"]}};/*]]>*/</script><script src="/app-3f1f0a.js" async=""></script><script src="/framework-5c1f7d.js" async=""></script><script src="/webpack-runtime-2b8a3e.js" async=""></script></body></html>"""

    pages: dict = {}
    data: dict = {}

    def article(p):
        nx, pv = newer[p.idx], older[p.idx]
        tags = ", ".join(f'<a href="{tag_url(t)}">{escape(t)}</a>' for t in p.tags)
        nav = (
            '<nav class="blog-post-nav"><ul style="display:flex;flex-wrap:wrap;justify-content:space-between;list-style:none;padding:0">'
            + (
                f'<li><a rel="prev" href="{slug[pv.idx]}">← <!-- -->{escape(pv.title)}</a></li>'
                if pv
                else "<li></li>"
            )
            + (
                f'<li><a rel="next" href="{slug[nx.idx]}">{escape(nx.title)}<!-- --> →</a></li>'
                if nx
                else "<li></li>"
            )
            + "</ul></nav>"
        )
        main = f"""<article class="blog-post" itemscope="" itemType="http://schema.org/Article"><header><h1 itemProp="headline">{escape(p.title)}</h1><p>{pdate(p.published)}</p></header><section itemProp="articleBody">{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}</section><p class="post-tags">Tags: {tags}</p><hr/><footer>{bio()}</footer></article>{nav}"""
        desc = escape(p.paras[0][:157] + "…")
        head = (
            f'<meta data-react-helmet="true" name="description" content="{desc}"/>'
            f'<meta data-react-helmet="true" property="og:title" content="{escape(p.title)}"/>'
            f'<meta data-react-helmet="true" property="og:description" content="{desc}"/>'
            '<meta data-react-helmet="true" property="og:type" content="article"/>'
            f'<meta data-react-helmet="true" property="article:published_time" content="{p.published.isoformat()}"/>'
            '<meta data-react-helmet="true" name="twitter:card" content="summary"/>'
            '<meta data-react-helmet="true" name="twitter:creator" content="@anaribeiro"/>'
            f'<meta data-react-helmet="true" name="twitter:title" content="{escape(p.title)}"/>'
        )
        return shell(slug[p.idx], f"{p.title} | {SITE}", main, head)

    def link_data(q):
        return {"fields": {"slug": slug[q.idx]}, "frontmatter": {"title": q.title}} if q else None

    for p in posts:
        pages[slug[p.idx]] = html(article(p))
        pages[slug[p.idx].rstrip("/")] = Resp(
            b"", "text/html; charset=utf-8", 301, {"Location": slug[p.idx]}
        )
        nx, pv = newer[p.idx], older[p.idx]
        data[slug[p.idx]] = {
            "componentChunkName": "component---src-templates-blog-post-js",
            "path": slug[p.idx],
            "result": {
                "data": {
                    "site": {"siteMetadata": {"title": SITE}},
                    "markdownRemark": {
                        "id": nid_fmt(nid[p.idx]),
                        "excerpt": p.paras[0][:157] + "…",
                        "html": "".join(f"<p>{escape(x)}</p>" for x in p.paras),
                        "frontmatter": {
                            "title": p.title,
                            "date": pdate(p.published),
                            "description": None,
                            "tags": p.tags,
                        },
                    },
                    "previous": link_data(pv),
                    "next": link_data(nx),
                },
                "pageContext": {
                    "id": nid_fmt(nid[p.idx]),
                    "previousPostId": nid_fmt(nid[pv.idx]) if pv else None,
                    "nextPostId": nid_fmt(nid[nx.idx]) if nx else None,
                },
            },
            "staticQueryHashes": ["2841359383", HASH],
        }

    def item(q):
        return f'<li><article class="post-list-item" itemscope="" itemType="http://schema.org/Article"><header><h2><a itemProp="url" href="{slug[q.idx]}"><span itemProp="headline">{escape(q.title)}</span></a></h2><small>{pdate(q.published)}</small></header><section><p itemProp="description">{escape(q.paras[0][:157])}…</p></section></article></li>'

    def listing_data(path, chunk, component):
        data[path] = {
            "componentChunkName": component,
            "path": path,
            "result": {
                "data": {
                    "site": {"siteMetadata": {"title": SITE}},
                    "allMarkdownRemark": {
                        "nodes": [
                            {
                                "excerpt": q.paras[0][:157] + "…",
                                "fields": {"slug": slug[q.idx]},
                                "frontmatter": {
                                    "date": pdate(q.published),
                                    "title": q.title,
                                    "description": None,
                                },
                            }
                            for q in chunk
                        ]
                    },
                },
                "pageContext": {},
            },
            "staticQueryHashes": ["2841359383", HASH],
        }

    def nth(k):
        return "/" if not k else f"/pagina/{k + 1}/"

    def home(chunk, k, n):
        prev = f'<a href="{nth(k - 1)}" rel="prev">← Anterior</a>' if k else ""
        nxt = f'<a href="{nth(k + 1)}" rel="next">Próxima →</a>' if k + 1 < n else ""
        main = f'{bio()}<ol style="list-style:none">{"".join(item(q) for q in chunk)}</ol><nav class="pagination"><ul style="display:flex;justify-content:space-between;list-style:none;padding:0"><li>{prev}</li><li>Página {k + 1} de {n}</li><li>{nxt}</li></ul></nav>'
        listing_data(nth(k), chunk, "component---src-templates-blog-list-js")
        return shell(
            nth(k),
            f"{'Todas as notícias' if not k else f'Página {k + 1}'} | {SITE}",
            main,
            root=not k,
        )

    paged(pages, nth, posts, 6, home)
    tagged = by_key(posts, lambda p: p.tags)
    for t, items in tagged.items():
        n = len(items)
        main = f'<div><h1>{n} post{"s" if n != 1 else ""} marcado{"s" if n != 1 else ""} com “{escape(t)}”</h1><ul>{"".join(f"""<li><a href="{slug[q.idx]}">{escape(q.title)}</a> <small>{pdate(q.published)}</small></li>""" for q in items)}</ul><a href="/tags/">Todas as tags</a></div>'
        pages[tag_url(t)] = html(shell(tag_url(t), f"Tag: {t} | {SITE}", main))
        listing_data(tag_url(t), items, "component---src-templates-tags-js")
    pages["/tags/"] = html(
        shell(
            "/tags/",
            f"Tags | {SITE}",
            "<div><h1>Tags</h1><ul>"
            + "".join(
                f'<li><a href="{tag_url(t)}">{escape(t)} ({len(v)})</a></li>'
                for t, v in tagged.items()
            )
            + "</ul></div>",
        )
    )
    listing_data("/tags/", [], "component---src-pages-tags-js")
    months = "".join(
        f'<h2>{MESES[m - 1].capitalize()} de {y}</h2><ul>{"".join(f"""<li><small>{q.published.day:02d}/{m:02d}</small> <a href="{slug[q.idx]}">{escape(q.title)}</a></li>""" for q in items)}</ul>'
        for (y, m), items in by_month(posts).items()
    )
    pages["/arquivo/"] = html(
        shell("/arquivo/", f"Arquivo | {SITE}", f"<div><h1>Arquivo</h1>{months}</div>")
    )
    listing_data("/arquivo/", posts, "component---src-pages-arquivo-js")
    pages["/sobre/"] = html(
        shell(
            "/sobre/",
            f"Sobre | {SITE}",
            f"<div><h1>Sobre</h1><p>O {SITE} é um projeto independente de jornalismo local feito por {AUTHOR} e colaboradores.</p><p>Sugestões de pauta: contato@diariodobairro.example</p></div>",
        )
    )
    listing_data("/sobre/", [], "component---src-pages-sobre-js")
    for path, d in data.items():
        pages[page_data_path(path)] = Resp(
            json.dumps(d, ensure_ascii=False).encode(), "application/json"
        )
    pages["/page-data/app-data.json"] = Resp(
        b'{"webpackCompilationHash":"2b8a3e4f0c9d1a7e6b5c"}', "application/json"
    )
    pages[f"/page-data/sq/d/{HASH}.json"] = Resp(
        json.dumps(
            {
                "data": {
                    "site": {
                        "siteMetadata": {
                            "title": SITE,
                            "author": {
                                "name": AUTHOR,
                                "summary": "jornalista que cobre a cidade de Curitiba desde 2009.",
                            },
                            "social": {"twitter": "anaribeiro"},
                        }
                    }
                }
            },
            ensure_ascii=False,
        ).encode(),
        "application/json",
    )
    pages["/manifest.webmanifest"] = Resp(
        json.dumps(
            {"name": SITE, "short_name": "Bairro", "start_url": "/", "display": "minimal-ui"},
            ensure_ascii=False,
        ).encode(),
        "application/manifest+json",
    )
    pages["/rss.xml"] = rss(base, f"{SITE} RSS Feed", [(slug[p.idx], p) for p in posts], "pt-BR")
    return site_from(NAME, posts, lambda p: slug[p.idx], pages)
