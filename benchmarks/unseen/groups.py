"""Pages of one generated site with their true bodies, for a same-site extraction benchmark."""

from __future__ import annotations

from benchmarks.unseen import load

BASE = "http://127.0.0.1:8080"


def site_pages(style_name: str, base: str = BASE) -> list[tuple[str, bytes, str | None]]:
    """(url, html bytes, true body or None) for every HTML page of a style's site; None marks a non-article."""
    site = load(style_name).build(base)
    bodies = {t.url: "\n".join(t.paras) for t in site.truth}
    bodies |= {a: "\n".join(t.paras) for t in site.truth for a in t.aliases}
    return [
        (base + path, resp.body, bodies.get(path))
        for path, resp in sorted(site.pages.items())
        if "html" in resp.content_type and resp.status == 200
    ]
