"""Stories whose readers' comments are <article>s of their own: a real crawl archives them all.

HTML5 themes, forum-style CMSs and community sites write each comment as an <article> beside
the story's (HTML's own example of one). A short story with a few comments is one story, not
a listing of cards; a crawl that judged it a listing fetched it and archived nothing.
"""

from __future__ import annotations

import random
from pathlib import Path

import yaml

from tests.crawl_helpers import archived, path_of, run_cli
from tests.loopback_site import Site

DAY = "2026-11-20"
WORDS = [f"{a}{b}" for a in ("riv", "cou", "bud", "lan", "sho", "tim") for b in ("er", "al", "ot")]
COMMENTS = [0, 1, 3, 4, 6]  # comments under story n: the last three have 4, 5 and 7 <article>s


def _story(n: int) -> str:
    rng = random.Random(n)  # each story its own words: a site's template is what repeats
    paras = "".join(
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(40)) + f" story {n} part {i}.</p>"
        for i in range(4)
    )
    comments = "".join(
        f'<article id="comment-{n}{k}" class="comment"><footer><b><a href="/users/{k + 3}/">'
        f'reader{k}</a></b> <a href="/stories/{n}-river-road-news/#comment-{n}{k}"><time '
        f'datetime="{DAY}T1{k}:00:00Z">20 Nov</time></a></footer><p>Reader {k} has a view on '
        f"story {n}.</p></article>"
        for k in range(COMMENTS[n])
    )
    return f"""<!doctype html><html lang="en"><head><title>River road story {n} - County News</title>
<meta property="og:type" content="website"></head><body><header><a href="/">County News</a>
<nav><a href="/">Home</a> <a href="/stories/">Stories</a></nav></header><main>
<article class="story"><h1>River road story {n}</h1>
<p class="byline">By the desk, <time datetime="{DAY}T08:0{n}:00Z">20 November 2026</time></p>
{paras}</article>
<section id="comments"><h2>{COMMENTS[n]} comments</h2>{comments}</section></main>
<footer><a href="/about/">About</a></footer></body></html>"""


def _home() -> str:
    items = "".join(
        f'<li><a href="/stories/{n}-river-road-news/">River road story {n}</a></li>'
        for n in range(len(COMMENTS))
    )
    return f"<!doctype html><html><head><title>County News</title></head><body><ul>{items}</ul></body></html>"


class CommentedSite(Site):
    """A loopback site: a home page linking five stories with 0 to 6 comments each."""

    def __init__(self) -> None:
        super().__init__(pages=1, per_page=0)

    def page(self, path: str) -> str | None:
        if path == "/":
            return _home()
        for n in range(len(COMMENTS)):
            if path == f"/stories/{n}-river-road-news/":
                return _story(n)
        return None


def test_stories_with_comments_as_articles_are_all_archived(tmp_path: Path) -> None:
    with CommentedSite() as site:
        path = tmp_path / "sites.yaml"
        path.write_text(yaml.safe_dump(site.config("commented")))
        archive = tmp_path / "archive"
        result = run_cli(["crawl", "--config", str(path), "--archive", str(archive)], tmp_path)
    assert result.code == 0, result.stderr[-3000:]
    got = {path_of(r.url) for r in archived(str(archive)).values()}
    assert got == {f"/stories/{n}-river-road-news/" for n in range(len(COMMENTS))}
