"""Site-profile benchmark: a page's F1 alone and when the extractor also sees N other pages of its site.

Sites: the generated ones of `tests/profile_sitegen.py` (`--sites gen`, default), and the
unseen-CMS styles (`--sites unseen` or style names) when `benchmarks/unseen/` is present
(`groups.site_pages(style)`: its dev half; never tune on its holdout).
Usage: uv run python benchmarks/profile.py [--sites gen unseen STYLE...] [--others 20] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from metric import PageScore, score_corpus, score_page  # noqa: E402


@dataclass
class Page:
    url: str
    html: bytes
    body: str | None  # true article text; None: not an article
    title: str | None = None


def generated_sites() -> dict[str, list[Page]]:
    """The test generator's sites: four CMS styles in four languages."""
    from tests.profile_sitegen import STYLES, make_site

    sites = {}
    for i, style in enumerate(STYLES):
        for lang in ("en", "de", "es", "fr")[i % 2 :: 2]:
            pages = make_site(style, lang, pages=30, seed=100 + i, listings=3)
            sites[f"gen-{style}-{lang}"] = [
                Page(
                    p.url, p.html.encode(), p.text if p.kind == "article" else None, p.title or None
                )
                for p in pages
            ]
    return sites


def unseen_styles() -> list[str]:
    """The dev half of benchmarks/unseen (empty when that benchmark is not there)."""
    try:
        from benchmarks.unseen import styles
    except ImportError:
        return []
    return list(styles("dev"))


def unseen_site(style: str) -> list[Page]:
    from benchmarks.unseen import groups, load

    titles: dict[str, str] = {}
    for truth in load(style).build(groups.BASE).truth:
        for path in (truth.url, *truth.aliases):
            titles[groups.BASE + path] = truth.title
    return [
        Page(url, html, body, titles.get(url) if body is not None else None)
        for url, html, body in groups.site_pages(style)
    ]


def evaluate(pages: list[Page], others: int) -> dict[str, float | int]:
    """Scores of the site's pages extracted alone and with a profile of OTHERS other pages."""
    from newsarchive.extraction.extract import extract_page
    from newsarchive.extraction.profile import learn_profile

    alone = [extract_page(p.html, p.url, features=True) for p in pages]
    feats = [a.features for a in alone]
    scores: dict[str, list[PageScore]] = {"alone": [], "profile": []}
    kinds = {"alone": 0, "profile": 0}
    titles = {"alone": 0, "profile": 0}
    titled = 0
    for i, page in enumerate(pages):
        # OTHERS pages spread over the site (a crawl sees all sections, not one page's neighbours)
        count = min(others, len(pages) - 1)
        step = max(1, (len(pages) - 1) // max(1, count))
        ring = [feats[(i + 1 + k * step) % len(pages)] for k in range(count)]
        profile = learn_profile([f for f in ring if f is not None])
        seen = extract_page(page.html, page.url, profile=profile)
        for name, got in (("alone", alone[i]), ("profile", seen)):
            is_article = got.page_kind == "article"
            kinds[name] += is_article == (page.body is not None)
            if page.body is not None:
                # a page judged no article is archived as nothing: it scores an empty text
                scores[name].append(score_page(got.text if is_article else "", page.body))
                if page.title:
                    titles[name] += got.title == page.title
        titled += page.body is not None and bool(page.title)
    out: dict[str, float | int] = {
        "pages": len(pages),
        "articles": sum(p.body is not None for p in pages),
    }
    for name in ("alone", "profile"):
        out[f"f1_{name}"] = round(score_corpus(scores[name]).f1, 4)
        out[f"kind_{name}"] = round(kinds[name] / max(1, len(pages)), 4)
        if titled:
            out[f"title_{name}"] = round(titles[name] / titled, 4)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sites", nargs="*", default=["gen"], help="gen, unseen, or style names")
    parser.add_argument(
        "--others", type=int, default=20, help="other pages of the site to learn from"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    sites: dict[str, list[Page]] = {}
    for name in args.sites:
        if name == "gen":
            sites.update(generated_sites())
        elif name == "unseen":
            for style in unseen_styles():
                sites[style] = unseen_site(style)
        else:
            sites[name] = unseen_site(name)
    results = {name: evaluate(pages, args.others) for name, pages in sites.items()}
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(
        f"{'site':<18} {'pages':>5} {'arts':>4} {'F1 alone':>8} {'F1 prof':>8} "
        f"{'kind a':>6} {'kind p':>6} {'title a':>7} {'title p':>7}"
    )
    for name, r in results.items():
        ta, tp = r.get("title_alone"), r.get("title_profile")
        print(
            f"{name:<18} {r['pages']:>5} {r['articles']:>4} {r['f1_alone']:>8.3f} "
            f"{r['f1_profile']:>8.3f} {r['kind_alone']:>6.3f} {r['kind_profile']:>6.3f} "
            f"{'' if ta is None else f'{ta:.3f}':>7} {'' if tp is None else f'{tp:.3f}':>7}"
        )
    n = len(results) or 1
    mean = {k: sum(float(r[k]) for r in results.values()) / n for k in ("f1_alone", "f1_profile")}
    print(
        f"mean F1 over {len(results)} sites: alone {mean['f1_alone']:.3f}, "
        f"with {args.others} other pages {mean['f1_profile']:.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
