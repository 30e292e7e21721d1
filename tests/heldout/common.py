"""What every held-out site shares: posts, ground truth, feeds and sitemaps as CMSs write them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from typing import Any

from tests.heldout.server import Resp
from tests.heldout.text import paragraphs


@dataclass
class Post:
    """One article of a held-out site, in the site's own time zone."""

    key: str
    title: str
    published: datetime
    author: str
    section: str
    tags: list[str]
    paras: list[str]
    lang: str = "en"

    @property
    def day(self) -> str:
        return self.published.astimezone(UTC).date().isoformat()

    @property
    def slug(self) -> str:
        return self.key

    @property
    def excerpt(self) -> str:
        return self.paras[0].split(". ")[0] + "."


@dataclass
class Expected:
    """Ground truth for one article page."""

    url: str
    title: str
    day: str
    must: list[str]
    must_not: list[str]
    language: str | None = None


@dataclass
class Built:
    """A held-out site's pages and ground truth."""

    name: str
    pages: dict[str, Resp]
    articles: list[Expected]
    non_articles: list[str]
    config: dict[str, Any] = field(default_factory=dict)


def make_posts(site: str, specs: list[tuple[str, str, str, str]], lang: str = "en") -> list[Post]:
    """Posts from (key, title, ISO time with offset, topic); authors/sections rotate."""
    authors = {
        "en": ["Helen Marsh", "Tomasz Reid", "Aisha Quayle"],
        "fr": ["Claire Dufresne", "Étienne Roux"],
        "ru": ["Ирина Соколова", "Пётр Лебедев"],
    }[lang]
    sections = {
        "en": ["News", "Community"],
        "fr": ["Région", "Société"],
        "ru": ["Город", "Общество"],
    }[lang]
    posts = []
    for i, (key, title, when, topic) in enumerate(specs):
        posts.append(
            Post(
                key=key,
                title=title,
                published=datetime.fromisoformat(when),
                author=authors[i % len(authors)],
                section=sections[i % len(sections)],
                tags=[topic.split()[-1].lower(), sections[(i + 1) % len(sections)].lower()],
                paras=paragraphs(f"{site}/{key}", topic, lang, count=5 + i % 3),
                lang=lang,
            )
        )
    return posts


def expected(url: str, post: Post, must_not: list[str], extra_must: list[str] = ()) -> Expected:  # type: ignore[assignment]
    """Ground truth: the first sentence and the whole last paragraph must survive."""
    return Expected(
        url=url,
        title=post.title,
        day=post.day,
        must=[post.paras[0].split(". ")[0], post.paras[-1], *extra_must],
        must_not=list(must_not),
        language=post.lang,
    )


def e(text: str) -> str:
    return escape(text, quote=True)


def html(body: str, charset: str = "utf-8", header_charset: bool = True) -> Resp:
    """An HTML page encoded in CHARSET; the charset goes into the HTTP header or not."""
    ctype = f"text/html; charset={charset}" if header_charset else "text/html"
    return Resp(body.encode(charset, errors="xmlcharrefreplace"), ctype)


def xml(body: str, ctype: str = "application/xml; charset=UTF-8") -> Resp:
    return Resp(('<?xml version="1.0" encoding="UTF-8"?>\n' + body).encode(), ctype)


def text(body: str) -> Resp:
    return Resp(body.encode(), "text/plain; charset=utf-8")


def rfc822(when: datetime) -> str:
    return format_datetime(when.astimezone(UTC), usegmt=True)


def rss(title: str, link: str, items: list[tuple[Post, str]], content: bool = True) -> Resp:
    """RSS 2.0 with content:encoded, as WordPress and Ghost write it."""
    parts = []
    for post, url in items:
        body = "".join(f"<p>{e(p)}</p>" for p in post.paras)
        parts.append(
            f"<item><title><![CDATA[{post.title}]]></title><link>{url}</link>"
            f"<dc:creator><![CDATA[{post.author}]]></dc:creator>"
            f"<pubDate>{rfc822(post.published)}</pubDate>"
            f"<category><![CDATA[{post.section}]]></category>"
            f'<guid isPermaLink="false">{url}</guid>'
            f"<description><![CDATA[{post.excerpt}]]></description>"
            + (f"<content:encoded><![CDATA[{body}]]></content:encoded>" if content else "")
            + "</item>"
        )
    return xml(
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>{e(title)}</title><link>{link}</link>"
        f"<description>{e(title)}</description><language>en</language>"
        + "".join(parts)
        + "</channel></rss>",
        "application/rss+xml; charset=UTF-8",
    )


def urlset(entries: Sequence[tuple[str, str | None]]) -> Resp:
    rows = "".join(
        f"<url><loc>{loc}</loc>" + (f"<lastmod>{mod}</lastmod>" if mod else "") + "</url>"
        for loc, mod in entries
    )
    return xml(f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>')


def sitemapindex(locs: list[str]) -> Resp:
    rows = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
    return xml(
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</sitemapindex>'
    )


def ld(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
