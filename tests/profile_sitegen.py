"""Generated sites for the site-profile tests and benchmark: one template, many articles each."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from html import escape

__all__ = ["STYLES", "GenPage", "make_site"]

STYLES = ("legacy", "blogger", "joomla", "plain", "forum", "phpbb")

# chrome phrases in several languages, plus invented words: the profile must learn them from
# recurrence, never from a list
_CHROME = {
    "en": ["Printer-friendly version", "E-mail this story to a friend", "Other stories"],
    "de": ["Druckversion", "Artikel per E-Mail versenden", "Weitere Meldungen"],
    "es": ["Versión para imprimir", "Enviar a un amigo", "Otras noticias"],
    "fr": ["Version imprimable", "Envoyer à un ami", "Autres articles"],
}
_LABELS = {
    "en": ("Written by", "Filed under:", "Hits:"),
    "de": ("Geschrieben von", "Kategorie:", "Zugriffe:"),
    "es": ("Escrito por", "Categoría:", "Visitas:"),
    "fr": ("Écrit par", "Rubrique :", "Lectures :"),
}
_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ren",
    "tu",
    "sa",
    "vo",
    "pel",
    "dri",
    "an",
    "qua",
    "zen",
    "bor",
    "til",
    "fe",
    "nu",
    "gra",
    "os",
    "lim",
]


def _word(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts))


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(_word(rng, rng.randint(1, 3)) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng, rng.randint(10, 18)) for _ in range(rng.randint(3, 4)))


@dataclass
class GenPage:
    """One generated page and what a perfect extractor gives for it."""

    url: str
    html: str
    kind: str  # "article" or "listing"
    title: str = ""
    paragraphs: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def make_site(
    style: str,
    lang: str = "en",
    pages: int = 24,
    seed: int = 1,
    listings: int = 2,
    credit: str = "",
    closing: bool = False,
    dated_info: bool = False,
    interview: bool = False,
    grid: bool = False,
) -> list[GenPage]:
    """PAGES articles (and LISTINGS archive pages) of one site built in STYLE.

    Chrome: a share/print row, an "other stories" heading with links, info-block label rows
    (author, category, hits), a sign-up box and a footer blurb, in LANG plus invented words;
    reader comments (names and dates) under two thirds of the articles; the h1 is the blog's
    or category's name in the blogger and joomla styles. Articles 1 and 2 share one body
    sentence (a quote both stories carry).

    CREDIT ends each body with a credit line of an invented label word, one of six reporters'
    names and an e-mail at the site's domain: "line" as its own paragraph, "tail" as loose
    text after the last one ("(label: Name)"). CLOSING ends each body with a short sentence
    (part of the article). DATED_INFO opens each body with an info row "label: weekday, date |
    author" (seven invented weekdays). INTERVIEW puts a short "label: question" paragraph
    inside every body (part of the article). GRID cuts each body into two page-builder rows
    with a row between them: a photo with its credit and a dated aside.
    """
    rng = random.Random(f"{style}-{lang}-{seed}")
    host = f"http://127.0.0.1:{8100 + seed}"
    site = f"{_word(rng, 2).title()} {_word(rng, 3).title()}"
    sections = [_word(rng, 3).title() for _ in range(3)]
    print_row, mail_row, other = _CHROME[lang]
    invented = [_sentence(rng, 4) for _ in range(2)]  # chrome in no language at all
    labels = _LABELS[lang]
    signup = f"{_sentence(rng, 6)} {_word(rng, 2)}@{_word(rng, 2)}.org"
    footer = f"© {site}. {_sentence(rng, 12)}"
    shared_quote = _sentence(rng, 14)
    arts: list[tuple[str, str, list[str], str, str]] = []
    for i in range(pages):
        title = " ".join(_word(rng, rng.randint(1, 3)) for _ in range(rng.randint(4, 8))).title()
        paras = [_paragraph(rng) for _ in range(rng.randint(3, 6))]
        if i in (1, 2):
            paras.insert(1, shared_quote)
        day = f"2017-03-{1 + i % 28:02d}"
        slug = "-".join(title.lower().split()[:4])
        arts.append((f"{host}/{day[:4]}/{day[5:7]}/{slug}-{100 + i}.html", title, paras, day, ""))
    extra_rng = random.Random(f"credit-{style}-{seed}")  # the other pages stay as they were
    label, domain = _word(extra_rng, 4), f"{_word(extra_rng, 3)}.example"
    reporters = [f"{_word(extra_rng, 2).title()} {_word(extra_rng, 3).title()}" for _ in range(6)]
    info_label, ask = f"{_word(extra_rng, 3).title()}:", f"{_word(extra_rng, 3).title()}:"
    weekdays = [_word(extra_rng, 3) for _ in range(7)]
    out: list[GenPage] = []
    for i, (url, title, paras, day, _) in enumerate(arts):
        body_end = body_start = ""
        if interview:
            question = f"{ask} {_sentence(extra_rng, extra_rng.randint(5, 8))}"
            paras = [paras[0], question, *paras[1:]]
        if dated_info:
            body_start = (
                f'<p class="info">{info_label} {weekdays[i % 7]}, {day} 1{i % 10}:00 | '
                f"{reporters[i % len(reporters)]}</p>"
            )
        if closing:
            paras = [*paras, _sentence(extra_rng, extra_rng.randint(3, 6))]
        if credit:
            name = reporters[i % len(reporters)]
            mail = f"{name.split()[0].lower()}@{domain}"
            line, tail = f"<p>{name} {label} {mail}</p>", f"({label}: {name})"
            body_end = line if credit == "line" else tail
        section = sections[i % len(sections)]
        body_html = ""
        if grid:
            cut = max(1, len(paras) // 2)
            body_html = (
                _grid_row("".join(f"<p>{escape(p)}</p>" for p in paras[:cut]))
                + f'<div class="row"><div class="col-md-8 column"><div><img src="/m/{i}.jpg" '
                f'alt=""><p class="caption">{info_label} {reporters[i % 6]}</p></div></div>'
                f'<div class="col-md-4 column"><div><blockquote>{section} · {day}</blockquote>'
                f"</div></div></div>"
                + _grid_row("".join(f"<p>{escape(p)}</p>" for p in paras[cut:]))
            )
        others = [arts[(i + k) % len(arts)] for k in (1, 2, 3)]
        comments = ""
        if style in ("forum", "phpbb"):  # replies in the topic's own post markup, each dated
            post = _forum_post if style == "forum" else _phpbb_post
            comments = "".join(
                post(
                    _forum_date(style, 1 + (i + k) % 28, k),
                    k + 1,
                    _word(rng, 2).title(),
                    [_sentence(rng, rng.randint(5, 15))],
                )
                for k in range(1, rng.randint(2, 4) + 1 if i % 3 else 1)
            )
        elif i % 3:
            items = "".join(
                f'<div class="c-item"><b class="c-name">{_word(rng, 2).title()}</b> '
                f'<span class="c-date">{1 + (i + k) % 28:02d}.03.2017 1{k}:0{k}</span>'
                f"<p>{_sentence(rng, rng.randint(5, 15))}</p></div>"
                for k in range(rng.randint(2, 4))
            )
            comments = f'<div class="c-thread">{items}</div>'
        html = _render(
            style,
            lang=lang,
            site=site,
            section=section,
            title=title,
            paras=paras,
            day=day,
            author=f"{_word(rng, 2).title()} {_word(rng, 3).title()}",
            hits=rng.randint(10, 999),
            chrome=[print_row, mail_row, *invented],
            other=other,
            others=[(u, t) for u, t, *_ in others],
            labels=labels,
            signup=signup,
            footer=footer,
            comments=comments,
            body_end=body_end,
            body_start=body_start,
            body_html=body_html,
        )
        out.append(GenPage(url=url, html=html, kind="article", title=title, paragraphs=paras))
    for m in range(listings):
        items = "".join(
            f'<tr class="row"><td class="d">{day}</td><td><a href="{u}">{escape(t)}</a></td></tr>'
            for u, t, _p, day, _ in arts[m::listings]
        )
        page = (
            f"<html><head><title>{site}</title></head><body><div class=top>{site}</div>"
            f"<h2>{_word(rng, 2).title()} 2017-0{3 + m}</h2><table>{items}</table>"
            f"<div class=foot>{footer}</div></body></html>"
        )
        out.append(GenPage(url=f"{host}/listing/{_word(rng, 2)}{m}", html=page, kind="listing"))
    return out


def _render(style: str, **v: object) -> str:
    site, title, section = str(v["site"]), str(v["title"]), str(v["section"])
    paras = v["paras"]
    assert isinstance(paras, list)
    chrome = v["chrome"]
    assert isinstance(chrome, list)
    labels = v["labels"]
    assert isinstance(labels, tuple)
    others = v["others"]
    assert isinstance(others, list)
    body = str(v.get("body_start", "")) + (
        str(v.get("body_html") or "") or "".join(f"<p>{escape(p)}</p>" for p in paras)
    )
    body += str(v.get("body_end", ""))
    share = " | ".join(f'<a href="#x{k}">{escape(c)}</a>' for k, c in enumerate(chrome[:2]))
    info = (
        f'<dl class="info"><dd class="by">{labels[0]} {v["author"]}</dd>'
        f'<dd class="cat">{labels[1]} <a href="/s/{section.lower()}">{section}</a></dd>'
        f'<dd class="hits">{labels[2]} {v["hits"]}</dd>'
        f'<dd class="published"><time datetime="{v["day"]}T10:00:00+01:00">{v["day"]}</time></dd></dl>'
    )
    rail = f"<h4>{v['other']}</h4><ul>" + "".join(
        f'<li><a href="{u}">{escape(str(t))}</a></li>' for u, t in others
    )
    rail += "</ul>"
    extra = "".join(f"<div class='note'>{escape(str(c))}</div>" for c in chrome[2:])
    signup = f"<div class='box'><p>{escape(str(v['signup']))}</p></div>"
    footer = f"<div class='bottom'><p>{escape(str(v['footer']))}</p></div>"
    head = f"<head><meta charset='utf-8'><title>{escape(title)} | {escape(site)}</title></head>"
    if style == "phpbb":  # phpBB 3 prosilver's viewtopic: the topic is the first post
        day = int(str(v["day"])[-2:])
        first = _phpbb_post(_forum_date(style, day, 0), 0, str(v["author"]), paras, title)
        return (
            f"<html><head><title>{escape(title)} - {escape(site)}</title></head>"
            f"<body id=phpbb class='section-viewtopic'><div id=wrap><div id=page-header>"
            f"<div class=headerbar><h1>{escape(site)}</h1></div><div class=navbar>"
            f"<a href='/viewforum.php?f=2'>{section}</a></div></div><div id=page-body>"
            f"<h2 class=topic-title><a href='/viewtopic.php?t=9'>{escape(title)}</a></h2>"
            f"<div class=action-bar>{share}</div>{first}{v['comments']}"
            f"<div class=action-bar>{extra}</div>{rail}{signup}</div>{footer}</div></body></html>"
        )
    if style == "forum":  # vBulletin 3's showthread: the topic is the first post
        first = _forum_post(f"{v['day']}, 09:00", 0, str(v["author"]), paras, title)
        return (
            f"<html><head><title>{escape(title)} - {escape(site)}</title></head><body>"
            f"<div class=page><table class=tborder><tr><td class=navbar><a href='/'>{site}</a>"
            f" &gt; <a href='/f/{section.lower()}'>{section}</a></td><td>{share}</td></tr></table>"
            f"<div id=posts>{first}{v['comments']}</div>{extra}{rail}{signup}</div>{footer}"
            "</body></html>"
        )
    if style == "legacy":
        return (
            f"<html><head><title>{escape(site)} - {escape(title)}</title></head><body>"
            f"<table width=760><tr><td colspan=2><font size=5>{escape(site)}</font></td></tr>"
            f"<tr><td width=150>{section}<br><a href='/a'>{_nav(site)}</a></td><td>"
            f"<font size=4><b>{escape(title)}</b></font><br><font size=1>{v['day']}</font>"
            f"{body}<p class=tools>{share}</p>{extra}{rail}{v['comments']}</td></tr>"
            f"<tr><td colspan=2>{footer}</td></tr></table></body></html>"
        )
    if style == "blogger":
        return (
            f"<html>{head.replace(f'{escape(title)} | {escape(site)}', f'{escape(site)}: {escape(title)}')}"
            f"<body><div id=header><h1>{escape(site)}</h1></div><div class=main>"
            f"<h2 class=date-header><span>{v['day']}</span></h2>"
            f"<div class='post'><h3 class='post-title'>{escape(title)}</h3>"
            f"<div class='post-body'>{body}</div><div class=post-footer>{share}</div></div>"
            f"{extra}{signup}{v['comments']}</div><div class=side>{rail}</div>{footer}</body></html>"
        )
    if style == "joomla":
        return (
            f"<html><head><title>{escape(title)}</title></head><body>"
            f"<div class=page><h1>{escape(section)}</h1><div class=item>"
            f"<h2>{escape(title)}</h2>{info}<div class=text>{body}</div>"
            f"<div class=icons>{share}</div>{extra}</div>{rail}{v['comments']}{signup}</div>"
            f"{footer}</body></html>"
        )
    return (
        f"<html>{head}<body><header><b>{escape(site)}</b></header><main><h1>{escape(title)}</h1>"
        f"{info}<div class=content>{body}</div><div class=tools>{share}</div>{extra}{signup}"
        f"{v['comments']}</main><div class=rail>{rail}</div>{footer}</body></html>"
    )


def _forum_post(when: str, n: int, name: str, paras: list[str], title: str = "") -> str:
    """One post of a vBulletin 3 thread: a date row, then the poster and the message, its
    paragraphs as text runs between <br> tags."""
    subject = f"<div class=smallfont><strong>{escape(title)}</strong></div>" if title else ""
    message = "<br><br>".join(escape(p) for p in paras)
    return (
        f'<div id="edit{5000 + n}"><table class="tborder" id="post{5000 + n}">'
        f'<tr><td class="thead">{when}</td><td class="thead">#{n + 1}</td></tr>'
        f'<tr><td class="alt2"><a class="bigusername" href="/member.php?u={n}">{escape(name)}</a>'
        f'</td><td class="alt1">{subject}<div id="post_message_{5000 + n}">{message}</div></td>'
        "</tr></table></div>"
    )


def _forum_date(style: str, day: int, hour: int) -> str:
    """A post's date as the board writes it: vBulletin '04.03.2017, 10:04', phpBB's default
    'Sat Mar 04, 2017 10:04 am' (March 2017 began on a Wednesday)."""
    if style == "forum":
        return f"{day:02d}.03.2017, 1{hour}:0{hour}"
    weekday = ("Wed", "Thu", "Fri", "Sat", "Sun", "Mon", "Tue")[(day - 1) % 7]
    return f"{weekday} Mar {day:02d}, 2017 1{hour}:0{hour} am"


def _phpbb_post(when: str, n: int, name: str, paras: list[str], title: str = "") -> str:
    """One post of a phpBB 3 prosilver topic: the poster's profile column (with the date they
    joined), then the subject, an author line with the post's date and the message as text runs
    between <br> tags; posts alternate 'bg2' and 'bg1', a divider between them."""
    subject = escape(title) if title else f"Re: {n}"
    message = "<br><br>".join(escape(p) for p in paras)
    pid = 9000 + n
    return (
        f'<div id="p{pid}" class="post has-profile bg{2 - n % 2}"><div class="inner">'
        f'<dl class="postprofile" id="profile{pid}"><dt><a href="./memberlist.php?mode='
        f'viewprofile&amp;u={n}" class="username">{escape(name)}</a></dt>'
        f'<dd class="profile-posts"><strong>Posts:</strong> {40 + n}</dd>'
        f'<dd class="profile-joined"><strong>Joined:</strong> Tue Jan 10, 2012 9:4{n} pm</dd></dl>'
        f'<div class="postbody"><div id="post_content{pid}"><h3 class="first">'
        f'<a href="#p{pid}">{subject}</a></h3><p class="author"><a href="./viewtopic.php?p='
        f'{pid}#p{pid}">Post</a> <span>by <strong>{escape(name)}</strong> &raquo; </span>'
        f'{when} </p><div class="content">{message}</div></div></div></div></div>'
        '<hr class="divider">'
    )


def _grid_row(inner: str) -> str:
    """One full-width row of a page builder's grid (Bootstrap rows and columns)."""
    return f'<div class="row"><div class="col-md-12 column"><div>{inner}</div></div></div>'


def _nav(site: str) -> str:
    return f"Home of {escape(site)}"
