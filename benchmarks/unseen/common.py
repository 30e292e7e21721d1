"""What every generated site shares: posts, ground truth, feeds, sitemaps, listings."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from zoneinfo import ZoneInfo

from benchmarks.unseen.server import Resp
from benchmarks.unseen.text import compose

WINDOW_START = datetime(2017, 3, 1, tzinfo=UTC)
WINDOW_DAYS = 61  # 2017-03-01 .. 2017-04-30


@dataclass
class Post:
    """One article in the site's own time zone."""

    idx: int
    title: str
    published: datetime
    author: str
    section: str
    tags: list[str]
    paras: list[str]
    lang: str

    @property
    def day(self) -> str:
        """UTC publication day."""
        return self.published.astimezone(UTC).date().isoformat()

    @property
    def slug(self) -> str:
        """An ASCII slug (numbered, as CMSs do for non-Latin titles)."""
        words = "".join(c if c.isascii() and c.isalnum() else "-" for c in self.title.lower())
        words = "-".join(w for w in words.split("-") if w)[:60].strip("-")
        return words or f"post-{self.idx}"


@dataclass
class Truth:
    """Ground truth for one article: the canonical path, its aliases, headline, UTC day, body."""

    url: str
    title: str
    day: str
    paras: list[str]
    language: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class Site:
    """A generated site: path -> response, article truth; every other HTML page is a non-article."""

    name: str
    pages: dict[str, Resp]
    truth: list[Truth]

    def non_articles(self) -> list[str]:
        """Paths of served HTML pages that are neither an article nor an alias of one."""
        known = {t.url for t in self.truth} | {a for t in self.truth for a in t.aliases}
        return sorted(
            p
            for p, r in self.pages.items()
            if "html" in r.content_type and r.status == 200 and p not in known
        )


def make_posts(
    seed: int,
    lang: str,
    n: int,
    tz: str,
    sections: list[str],
    authors: list[str],
    tags: list[str],
    midnight: bool = True,
) -> list[Post]:
    """`n` posts spread over March-April 2017 (UTC days inside the window), newest first."""
    rng = random.Random(seed)
    zone = ZoneInfo(tz)
    used: set[str] = set()
    posts = []
    for i in range(n):
        day = WINDOW_START + timedelta(
            days=min(WINDOW_DAYS - 1, int(i * WINDOW_DAYS / n) + rng.randint(0, 1))
        )
        local = datetime(
            day.year, day.month, day.day, rng.randint(7, 18), rng.randint(0, 59), tzinfo=zone
        )
        if midnight and i % 5 == 2:  # near local midnight: the UTC day differs from the local one
            local = local.replace(hour=rng.choice([0, 23]), minute=rng.randint(5, 55))
        utc = local.astimezone(UTC)
        if not (WINDOW_START <= utc < WINDOW_START + timedelta(days=WINDOW_DAYS)):
            local = local.replace(hour=12)
        title, paras = compose(lang, seed * 1000 + i, used)
        posts.append(
            Post(
                i + 1,
                title,
                local,
                rng.choice(authors),
                sections[i % len(sections)],
                rng.sample(tags, min(2, len(tags))),
                paras,
                lang,
            )
        )
    posts.sort(key=lambda p: p.published, reverse=True)
    return posts


def html(body: str, charset: str = "utf-8") -> Resp:
    """An HTML response encoded in `charset` (characters it cannot hold become references)."""
    return Resp(body.encode(charset, "xmlcharrefreplace"), f"text/html; charset={charset}")


def xml(body: str, kind: str = "application/xml") -> Resp:
    """An XML response (sitemap, feed) in UTF-8."""
    return Resp(body.encode("utf-8"), f"{kind}; charset=utf-8")


def rss(base: str, title: str, items: list[tuple[str, Post]], lang: str = "en") -> Resp:
    """RSS 2.0 with one item per (path, post)."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        f"<channel><title>{escape(title)}</title><link>{base}/</link><language>{lang}</language>",
    ]
    for path, p in items:
        out.append(
            f"<item><title>{escape(p.title)}</title><link>{base}{escape(path)}</link>"
            f'<guid isPermaLink="true">{base}{escape(path)}</guid><pubDate>{format_datetime(p.published)}</pubDate>'
            f"<dc:creator>{escape(p.author)}</dc:creator><description>{escape(p.paras[0])}</description></item>"
        )
    out.append("</channel></rss>")
    return xml("\n".join(out), "application/rss+xml")


def atom(base: str, title: str, items: list[tuple[str, Post]]) -> Resp:
    """Atom 1.0 with one entry per (path, post)."""
    updated = max(p.published for _, p in items).isoformat()
    out = [
        f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(title)}</title>',
        f'<link href="{base}/"/><updated>{updated}</updated><id>{base}/</id>',
    ]
    for path, p in items:
        out.append(
            f'<entry><title>{escape(p.title)}</title><link rel="alternate" href="{base}{escape(path)}"/>'
            f"<id>{base}{escape(path)}</id><published>{p.published.isoformat()}</published>"
            f"<updated>{p.published.isoformat()}</updated><author><name>{escape(p.author)}</name></author>"
            f"<summary>{escape(p.paras[0])}</summary></entry>"
        )
    out.append("</feed>")
    return xml("\n".join(out), "application/atom+xml")


def sitemap(base: str, entries: list[tuple[str, str | None]]) -> Resp:
    """A urlset of (path, lastmod or None)."""
    rows = [
        f"<url><loc>{base}{escape(p)}</loc>" + (f"<lastmod>{m}</lastmod>" if m else "") + "</url>"
        for p, m in entries
    ]
    return xml(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "\n".join(rows)
        + "\n</urlset>"
    )


def sitemap_index(base: str, paths: list[str]) -> Resp:
    """A sitemapindex pointing at `paths`."""
    rows = [f"<sitemap><loc>{base}{escape(p)}</loc></sitemap>" for p in paths]
    return xml(
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "\n".join(rows)
        + "\n</sitemapindex>"
    )


def news_sitemap(base: str, name: str, lang: str, items: list[tuple[str, Post]]) -> Resp:
    """A Google News sitemap."""
    rows = [
        f"<url><loc>{base}{escape(path)}</loc><news:news><news:publication><news:name>{escape(name)}</news:name>"
        f"<news:language>{lang}</news:language></news:publication><news:publication_date>{p.published.isoformat()}"
        f"</news:publication_date><news:title>{escape(p.title)}</news:title></news:news></url>"
        for path, p in items
    ]
    return xml(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
        + "\n".join(rows)
        + "\n</urlset>"
    )


def robots(base: str, sitemaps: list[str], disallow: list[str] = ()) -> Resp:
    """robots.txt with Disallow and Sitemap lines."""
    lines = (
        ["User-agent: *"]
        + [f"Disallow: {d}" for d in disallow]
        + [f"Sitemap: {base}{s}" for s in sitemaps]
    )
    return Resp(("\n".join(lines) + "\n").encode(), "text/plain; charset=utf-8")


def chunks(items: list, size: int) -> list[list]:
    """`items` cut into pages of `size`."""
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def month_key(p: Post) -> str:
    """YYYY/MM of the local publication date."""
    return p.published.strftime("%Y/%m")


def comments(
    rng: random.Random, names: list[str], lines: list[str], when: datetime, k: int = 3
) -> list[tuple]:
    """`k` reader comments as (name, local datetime, text)."""
    out = []
    for j in range(k):
        out.append(
            (
                rng.choice(names),
                when + timedelta(hours=3 + 7 * j, minutes=rng.randint(0, 59)),
                rng.choice(lines),
            )
        )
    return out


def paras_html(paras: list[str], attr: str = "") -> str:
    """Paragraphs as <p> elements."""
    return "\n".join(f"<p{attr}>{escape(p)}</p>" for p in paras)


def listing(pages: dict, url, items: list, render, per: int = 10, charset: str = "utf-8") -> None:
    """Paged listing: url(k) is page k's path (k from 0), render(chunk, k, n) its HTML."""
    parts = chunks(items, per)
    for k, chunk in enumerate(parts):
        pages[url(k)] = html(render(chunk, k, len(parts)), charset)


def basic_site(
    name, base, posts, url, article, shell, teaser, lists, charset="utf-8", extra=None, aliases=None
):
    """Site from templates: url(p) path, article(p) page, shell(title, main), teaser(p), lists {path0: (posts, per)}.

    A list's later pages are path0 + "page/N/" (path0 ending in "/") or path0 + "&page=N" / "?page=N".
    `aliases(p)` gives {alias path: page html}; `extra` maps paths to ready responses.
    """
    pages, truth = {}, []
    for p in posts:
        pages[url(p)] = html(article(p), charset)
        al = aliases(p) if aliases else {}
        for a, body in al.items():
            pages[a] = html(body, charset)
        truth.append(Truth(url(p), p.title, p.day, p.paras, p.lang, list(al)))
    for path0, (items, per) in lists.items():

        def nth(k, path0=path0):
            if not k:
                return path0
            if path0.endswith("/"):
                return f"{path0}page/{k + 1}/"
            return f"{path0}{'&' if '?' in path0 else '?'}page={k + 1}"

        def render(chunk, k, n, nth=nth, path0=path0):
            nav = "".join(
                f'<a class="page-numbers" href="{nth(j)}">{j + 1}</a> ' for j in range(n) if j != k
            )
            return shell(
                path0, "".join(teaser(p) for p in chunk) + f'<nav class="pagination">{nav}</nav>'
            )

        listing(pages, nth, items, render, per, charset)
    pages.update(extra or {})
    return Site(name, pages, truth)


def by_month(posts: list[Post]) -> dict[tuple[int, int], list[Post]]:
    """Posts grouped by local (year, month), newest month first."""
    out: dict[tuple[int, int], list[Post]] = {}
    for p in posts:
        out.setdefault((p.published.year, p.published.month), []).append(p)
    return dict(sorted(out.items(), reverse=True))


def by_key(posts: list[Post], key) -> dict[str, list[Post]]:
    """Posts grouped by key(p) (a string or a list of strings), in order of first appearance."""
    out: dict[str, list[Post]] = {}
    for p in posts:
        ks = key(p)
        for k in [ks] if isinstance(ks, str) else ks:
            out.setdefault(k, []).append(p)
    return out


def thread(
    rng: random.Random, names: list[str], lines: list[str], when: datetime, lo: int = 0, hi: int = 5
) -> list[tuple]:
    """Between lo and hi reader comments (name, local datetime, text) with distinct names."""
    k = rng.randint(lo, hi)
    who = rng.sample(names, min(k, len(names)))
    out, t = [], when
    for name in who:
        t = t + timedelta(minutes=rng.randint(25, 600))
        out.append((name, t, rng.choice(lines)))
    return out


def paged(pages: dict, nth, items: list, per: int, render, charset: str = "utf-8") -> int:
    """Listing cut into pages of `per`: nth(k) is page k's path (k from 0), render(chunk, k, n) its HTML."""
    parts = chunks(items, per)
    for k, chunk in enumerate(parts):
        pages[nth(k)] = html(render(chunk, k, len(parts)), charset)
    return len(parts)


def site_from(name: str, posts: list[Post], url, pages: dict, aliases=None) -> Site:
    """Site whose article pages are already in `pages` at url(p); aliases(p) lists their twins' paths."""
    truth = [
        Truth(url(p), p.title, p.day, p.paras, p.lang, list(aliases(p) if aliases else []))
        for p in posts
    ]
    return Site(name, pages, truth)
