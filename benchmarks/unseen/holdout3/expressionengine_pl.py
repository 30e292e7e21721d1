"""ExpressionEngine 2 regional paper (pl, ISO-8859-2 named only in a meta tag, Europe/Warsaw)."""

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import Site, by_key, by_month, chunks, make_posts, site_from, thread
from benchmarks.unseen.holdout3 import ascii_slug
from benchmarks.unseen.server import Resp

NAME = "expressionengine_pl"
TZ = "Europe/Warsaw"
SITE = "Kurier Nadwarciański"
CHARSET = "iso-8859-2"
SECTIONS = ["Samorząd", "Inwestycje", "Zdrowie", "Komunikacja", "Oświata"]
AUTHORS = ["Katarzyna Nowak", "Piotr Zieliński", "Marta Lewandowska", "red."]
NAMES = ["Mieszkaniec", "Janusz z Morzysławia", "ewa_k", "Zbigniew", "kierowca", "Basia", "Tomek"]
REMARKS = [
    "Kolejny raz obiecują, a potem nic się nie dzieje.",
    "Dobrze, że ktoś wreszcie o tym napisał.",
    "A kto za to zapłaci? Jak zawsze my, podatnicy.",
    "Byłem na sesji, radni sami nie wiedzieli, nad czym głosują.",
    "Mieszkam obok i potwierdzam, tu naprawdę trzeba coś zrobić.",
    "Ciekawe, ile z tego zostanie po wyborach.",
]
MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
          "września", "października", "listopada", "grudnia"]  # fmt: skip
DAYS = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]


def _pl_date(dt) -> str:
    return f"{DAYS[dt.weekday()]}, {dt.day} {MONTHS[dt.month - 1]} {dt.year}, godz. {dt:%H:%M}"


def _page(body: str) -> Resp:
    """EE sends text/html without a charset; the meta tag names ISO-8859-2."""
    return Resp(body.encode(CHARSET, "xmlcharrefreplace"), "text/html")


def _cat(s: str) -> str:
    return ascii_slug(s, "_")


def _layout(title: str, content: str, crumbs: str, side: str) -> str:
    menu = "".join(
        f'<li><a href="/wiadomosci/kategoria/{_cat(s)}">{escape(s)}</a></li>' for s in SECTIONS
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="pl" lang="pl"><head>
<meta http-equiv="Content-Type" content="text/html; charset={CHARSET}" />
<title>{escape(title)}</title>
<meta name="keywords" content="Konin, wiadomości, region, Wielkopolska" />
<link rel="stylesheet" type="text/css" media="all" href="/index.php?css=kurier/style.v.1489000000" />
</head><body>
<div id="wrapper"><div id="top"><h1 id="logo"><a href="/" title="{SITE}">{SITE}</a></h1>
<p class="slogan">Niezależny tygodnik regionalny - wydanie internetowe</p>
<form id="search" method="post" action="/"><input type="hidden" name="ACT" value="19" /><input type="hidden" name="RP" value="wiadomosci/szukaj" /><input type="text" name="keywords" value="" size="18" /><input type="submit" value="Szukaj" /></form></div>
<ul id="menu"><li><a href="/">Strona główna</a></li><li><a href="/wiadomosci">Wiadomości</a></li>{menu}<li><a href="/kontakt">Kontakt</a></li></ul>
<div id="breadcrumbs">Jesteś tutaj: <a href="/">Strona główna</a>{crumbs}</div>
<div id="content">{content}</div>
<div id="sidebar">{side}</div>
<div id="footer"><p>&copy; 2017 {SITE}. Wszelkie prawa zastrzeżone. Kopiowanie materiałów bez zgody redakcji zabronione.</p>
<p><a href="/kontakt">Redakcja</a> | <a href="/reklama">Reklama</a> | <a href="/regulamin">Regulamin komentarzy</a> | Powered by <a href="https://expressionengine.com/">ExpressionEngine</a></p></div>
</div></body></html>"""


def build(base: str) -> Site:
    """All pages and the ground truth."""
    posts = make_posts(3202, "pl", 30, TZ, SECTIONS, AUTHORS, ["a"], midnight=False)
    rng = random.Random(32)
    ut = {p.idx: ascii_slug(p.title, "_") for p in posts}
    url = {p.idx: f"/wiadomosci/artykul/{ut[p.idx]}" for p in posts}
    views = {p.idx: rng.randint(120, 4800) for p in posts}
    by_sec = by_key(posts, lambda p: p.section)
    popular = sorted(posts, key=lambda p: -views[p.idx])[:5]
    pages: dict = {}

    def side() -> str:
        pop = "".join(
            f'<li><a href="/index.php/wiadomosci/artykul/{ut[p.idx]}">{escape(p.title)}</a> <span class="views">({views[p.idx]})</span></li>'
            for p in popular
        )
        months = "".join(
            f'<li><a href="/wiadomosci/archiwum/{y}/{m:02d}">{MONTHS[m - 1].capitalize()} {y}</a></li>'
            for (y, m) in by_month(posts)
        )
        return (
            f'<div class="box"><h3>Najczęściej czytane</h3><ol>{pop}</ol></div>'
            f'<div class="box"><h3>Archiwum</h3><ul>{months}</ul></div>'
            '<div class="box newsletter"><h3>Newsletter</h3><p>Zapisz się, a co tydzień otrzymasz przegląd najważniejszych wiadomości z regionu.</p>'
            '<form method="post" action="/"><input type="hidden" name="ACT" value="22" /><input type="text" name="email" value="Twój adres e-mail" /><input type="submit" value="Zapisz się" /></form></div>'
            '<div class="box ankieta"><h3>Sonda</h3><p>Czy popierasz budowę obwodnicy?</p><form method="post" action="/"><label><input type="radio" name="odp" value="1" /> Tak</label> <label><input type="radio" name="odp" value="2" /> Nie</label> <label><input type="radio" name="odp" value="3" /> Nie mam zdania</label><input type="submit" value="Głosuj" /></form></div>'
            '<div class="box reklama"><a href="/reklama"><img src="/images/uploads/baner_reklama.gif" alt="Reklama" /></a></div>'
        )

    for p in posts:
        u = url[p.idx]
        others = [q for q in by_sec[p.section] if q is not p][:4]
        also = "".join(
            f'<li><a href="{url[q.idx]}">{escape(q.title)}</a> <span class="data">({q.published:%d.%m.%Y})</span></li>'
            for q in others
        )
        coms = thread(rng, NAMES, REMARKS, p.published, 0, 5)
        com_html = "".join(
            f'<div class="komentarz" id="comment_{p.idx * 10 + j}"><p>{escape(t)}</p>'
            f'<p class="komentarz-autor">{escape(n)} &bull; {w:%d.%m.%Y, %H:%M}</p></div>'
            for j, (n, w, t) in enumerate(coms)
        )
        body = "\n".join(f"<p>{escape(x)}</p>" for x in p.paras)
        content = f"""<div class="wpis">
<h2 class="tytul">{escape(p.title)}</h2>
<p class="info">Dodano: {_pl_date(p.published)} &nbsp;|&nbsp; Autor: {escape(p.author)} &nbsp;|&nbsp; Kategoria: <a href="/wiadomosci/kategoria/{_cat(p.section)}">{escape(p.section)}</a> &nbsp;|&nbsp; Wyświetleń: {views[p.idx]}</p>
<div class="zdjecie"><img src="/images/uploads/{ut[p.idx][:20]}.jpg" alt="" width="460" /><span class="podpis">Fot. {escape(p.author)}</span></div>
<div class="tresc">
{body}
</div>
<p class="narzedzia"><a href="/wiadomosci/drukuj/{ut[p.idx]}">Drukuj</a> | <a href="/wiadomosci/polec/{ut[p.idx]}">Poleć znajomemu</a> | Udostępnij: <a href="http://www.facebook.com/share.php?u={base}{u}">Facebook</a> <a href="http://twitter.com/home?status={base}{u}">Twitter</a> <a href="http://www.wykop.pl/dodaj/link/?url={base}{u}">Wykop</a></p>
<div class="zobacz-takze"><h4>Zobacz także</h4><ul>{also}</ul></div>
<div class="komentarze"><h4>Komentarze ({len(coms)})</h4>{com_html or '<p class="brak">Brak komentarzy. Twój może być pierwszy!</p>'}
<form id="comment_form" method="post" action="/"><div class="hiddenFields"><input type="hidden" name="ACT" value="14" /><input type="hidden" name="RET" value="{u}" /><input type="hidden" name="URI" value="{u}" /><input type="hidden" name="PRV" value="" /><input type="hidden" name="XID" value="4f1c0a{p.idx:04d}e2" /><input type="hidden" name="entry_id" value="{400 + p.idx}" /></div>
<h4>Dodaj komentarz</h4><p><label>Podpis:</label><input type="text" name="name" size="40" /></p><p><label>E-mail (nie będzie publikowany):</label><input type="text" name="email" size="40" /></p>
<p><textarea name="comment" cols="60" rows="8"></textarea></p><p><input type="checkbox" name="save_info" value="yes" /> Zapamiętaj moje dane <input type="checkbox" name="notify_me" value="yes" /> Powiadom mnie o nowych komentarzach</p>
<p>Przepisz kod z obrazka: <img src="/images/captchas/1489{p.idx:06d}.jpg" width="140" height="30" alt="" /> <input type="text" name="captcha" size="10" /></p>
<p class="regulamin">Komentarze są wyłącznie opiniami ich autorów. Redakcja zastrzega sobie prawo do usuwania wpisów naruszających <a href="/regulamin">regulamin</a>.</p>
<p><input type="submit" name="submit" value="Wyślij komentarz" /></p></form></div>
</div>"""
        crumbs = f' &rsaquo; <a href="/wiadomosci">Wiadomości</a> &rsaquo; <a href="/wiadomosci/kategoria/{_cat(p.section)}">{escape(p.section)}</a>'
        page = _page(_layout(f"{SITE} - {p.title}", content, crumbs, side()))
        pages[u] = page
        pages["/index.php" + u] = page  # index.php is removed by .htaccess, but old links keep it
        printed = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="pl"><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}" /><title>{escape(p.title)}</title>
<link rel="stylesheet" type="text/css" href="/index.php?css=kurier/druk.v.1489000000" /></head><body onload="window.print();">
<p class="naglowek">{SITE} &bull; {base}{u}</p><h2>{escape(p.title)}</h2><p class="info">{_pl_date(p.published)} &bull; {escape(p.author)}</p>
{body}
<p class="stopka">&copy; 2017 {SITE}</p></body></html>"""
        pages[f"/wiadomosci/drukuj/{ut[p.idx]}"] = _page(printed)
        pages[f"/wiadomosci/polec/{ut[p.idx]}"] = _page(
            _layout(
                f"{SITE} - Poleć znajomemu",
                f'<h2 class="tytul">Poleć znajomemu</h2><p>Wyślij znajomemu link do artykułu: <a href="{u}">{escape(p.title)}</a></p>'
                '<form method="post" action="/"><input type="hidden" name="ACT" value="8" /><p><label>Adres e-mail znajomego:</label><input type="text" name="to" /></p><p><label>Twój podpis:</label><input type="text" name="name" /></p><p><textarea name="message" cols="50" rows="5"></textarea></p><p><input type="submit" value="Wyślij" /></p></form>',
                crumbs,
                side(),
            )
        )

    def teaser(p) -> str:
        return (
            f'<div class="skrot"><h3><a href="{url[p.idx]}">{escape(p.title)}</a></h3>'
            f'<p class="info">{p.published:%d.%m.%Y} | {escape(p.section)} | Komentarze: {rng.randint(0, 9)}</p>'
            f'<p>{escape(p.paras[0][:220])}...</p><p class="wiecej"><a href="{url[p.idx]}">Czytaj dalej &raquo;</a></p></div>'
        )

    def paged(prefix: str, items: list, heading: str, crumbs: str, per: int = 10) -> None:
        parts = chunks(items, per)
        for k, chunk in enumerate(parts):
            links = " ".join(
                f"<strong>{j + 1}</strong>"
                if j == k
                else f'<a href="{prefix}{f"/P{j * per}" if j else ""}">{j + 1}</a>'
                for j in range(len(parts))
            )
            if k + 1 < len(parts):
                links += f' <a href="{prefix}/P{(k + 1) * per}">&gt;</a>'
            if k:
                links = (
                    f'<a href="{prefix}{f"/P{(k - 1) * per}" if k > 1 else ""}">&lt;</a> ' + links
                )
            content = (
                f'<h2 class="naglowek-listy">{escape(heading)}</h2>{"".join(teaser(p) for p in chunk)}'
                f'<div class="paginacja">Strona {k + 1} z {len(parts)} &nbsp; {links}</div>'
            )
            pages[prefix + (f"/P{k * per}" if k else "")] = _page(
                _layout(f"{SITE} - {heading}", content, crumbs, side())
            )

    lead = posts[:6]
    home = (
        '<div class="czolowka">' + "".join(teaser(p) for p in lead) + "</div>"
        '<p class="wiecej"><a href="/wiadomosci">Wszystkie wiadomości &raquo;</a></p>'
    )
    pages["/"] = _page(_layout(f"{SITE} - Strona główna", home, "", side()))
    paged("/wiadomosci", posts, "Wiadomości", ' &rsaquo; <a href="/wiadomosci">Wiadomości</a>')
    for s in SECTIONS:
        paged(
            f"/wiadomosci/kategoria/{_cat(s)}",
            by_sec.get(s, []),
            s,
            f' &rsaquo; <a href="/wiadomosci">Wiadomości</a> &rsaquo; {escape(s)}',
            per=5,
        )
    for (y, m), items in by_month(posts).items():
        paged(
            f"/wiadomosci/archiwum/{y}/{m:02d}",
            items,
            f"Archiwum: {MONTHS[m - 1]} {y}",
            " &rsaquo; Archiwum",
            per=20,
        )
    for path, heading, text in [
        (
            "/kontakt",
            "Kontakt",
            "<p>Redakcja: ul. Kolejowa 12, 62-510 Konin. Telefon: 63 242 00 00. Redakcja czynna od poniedziałku do piątku w godzinach 8-16.</p>",
        ),
        (
            "/reklama",
            "Reklama",
            "<p>Cennik reklam w wydaniu papierowym i internetowym wysyłamy na życzenie.</p>",
        ),
        (
            "/regulamin",
            "Regulamin komentarzy",
            "<p>Komentarze naruszające prawo lub dobre obyczaje będą usuwane. Redakcja nie odpowiada za treść komentarzy.</p>",
        ),
    ]:
        pages[path] = _page(
            _layout(
                f"{SITE} - {heading}",
                f'<h2 class="tytul">{heading}</h2>{text}',
                f" &rsaquo; {heading}",
                side(),
            )
        )
    for sheet in ("style", "druk"):
        pages[f"/index.php?css=kurier/{sheet}.v.1489000000"] = Resp(
            b"body{font:13px Verdana}", "text/css"
        )
    pages["/robots.txt"] = Resp(
        b"User-agent: *\nDisallow: /system/\nDisallow: /images/captchas/\n",
        "text/plain",
    )
    return site_from(
        NAME,
        posts,
        lambda p: url[p.idx],
        pages,
        lambda p: ["/index.php" + url[p.idx], f"/wiadomosci/drukuj/{ut[p.idx]}"],
    )
