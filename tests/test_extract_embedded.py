"""Article bodies the page embeds (JSON-LD, __NEXT_DATA__, Nuxt, Fusion state) against visible text."""

from __future__ import annotations

import json

import pytest

from newsarchive.extraction.extract import extract_page

URL = "http://127.0.0.1:8231/noticias/2017/03/05/el-puerto-reabre-tras-la-tormenta"
PARAS = [
    "El puerto de la ciudad reabrió este domingo tras tres días cerrado por la tormenta que "
    "azotó la costa, según confirmaron las autoridades portuarias en un comunicado.",
    "Los pescadores, que habían perdido buena parte de la semana, volvieron a salir al mar "
    "antes del amanecer; muchos de ellos calculan pérdidas de varios miles de euros.",
    "La alcaldesa anunció ayudas para las familias afectadas y pidió paciencia a los vecinos "
    "mientras se reparan los daños en el paseo marítimo y en las escolleras del norte.",
    "Los servicios meteorológicos prevén un tiempo más estable para los próximos días, aunque "
    "no descartan nuevas rachas de viento fuerte a partir del jueves por la tarde.",
]
TITLE = "El puerto reabre tras la tormenta"


def _page(visible: list[str], script: str, placeholder: str = "Cargando…") -> str:
    paras = "".join(f"<p>{p}</p>" for p in visible)
    return (
        f"<html lang=es><head><title>{TITLE} | Diario</title>"
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2017-03-05T09:00:00+01:00">'
        f'</head><body><main><h1>{TITLE}</h1><div class="article-body">{paras}'
        f'<div class="skeleton" aria-busy="true"><span>{placeholder}</span></div></div></main>'
        f"{script}</body></html>"
    )


def _next_data(body: str) -> str:
    data = {"props": {"pageProps": {"article": {"headline": TITLE, "body": body}}}}
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'


def _html_body() -> str:
    return "".join(f"<p>{p}</p>" for p in PARAS)


SCRIPTS = {
    "next": _next_data(_html_body()),
    "jsonld": '<script type="application/ld+json">'
    + json.dumps({"@type": "NewsArticle", "headline": TITLE, "articleBody": "\n".join(PARAS)})
    + "</script>",
    "nuxt": "<script>window.__NUXT__="
    + json.dumps({"data": [{"article": {"id": 9, "content": _html_body()}}], "state": {}})
    + ";</script>",
    "fusion": "<script>var Fusion=Fusion||{};Fusion.globalContent="
    + json.dumps(
        {
            "content_elements": [
                {"type": "text", "content": p, "_id": f"x{i}"} for i, p in enumerate(PARAS)
            ]
        }
    )
    + ";Fusion.spa=false;</script>",
    "apollo": "<script>window.__APOLLO_STATE__ = "
    + json.dumps({"Article:1": {"__typename": "Article", "bodyHtml": _html_body()}})
    + "</script>",
}


@pytest.mark.parametrize("kind", sorted(SCRIPTS))
def test_teaser_and_placeholder_give_way_to_the_embedded_body(kind: str) -> None:
    got = extract_page(_page(PARAS[:1], SCRIPTS[kind]).encode(), URL)
    for para in PARAS:
        assert para in got.text, kind
    assert "Cargando" not in got.text
    assert got.page_kind == "article"


def test_a_full_visible_text_is_kept_as_the_page_shows_it() -> None:
    # the embedded copy is the same article run together in one line: the visible one wins
    one_line = " ".join(PARAS)
    got = extract_page(_page(PARAS, _next_data(one_line), placeholder="").encode(), URL)
    assert got.text.split("\n") == PARAS


def test_an_unrelated_long_text_in_app_state_is_not_taken() -> None:
    other = " ".join(
        f"Una frase distinta número {i} sobre un asunto que no tiene nada que ver."
        for i in range(30)
    )
    got = extract_page(_page(PARAS[:3], _next_data(other), placeholder="").encode(), URL)
    assert got.text.split("\n") == PARAS[:3]


def test_code_in_an_embedded_body_does_not_reach_the_text() -> None:
    body = _html_body() + '<p>{"path":"https:\\/\\/example.org\\/x","type":"embed"}</p>'
    got = extract_page(_page(PARAS[:1], _next_data(body)).encode(), URL)
    assert got.text.split("\n") == PARAS


def test_loopback_urls_go_to_trafilatura_as_they_are() -> None:
    """No stand-in host: the page's own host:port is its identity, and no site name is made of it."""
    got = extract_page(_page(PARAS, "", placeholder="").encode(), URL)
    assert got.text.split("\n") == PARAS
    assert got.site_name is None or "127.0.0.1" not in got.site_name
    assert got.published and got.published.startswith("2017-03-05")
