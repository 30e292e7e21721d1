"""vBulletin-era news portal (ru, windows-1251): tables, news.php?id=N, print.php, "Другие новости", comments."""
# ruff: noqa: RUF001  (typographic and non-Latin characters are the point of this fixture)

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import basic_site, comments, html, make_posts, rss

NAME = "legacy_ru"
CS = "windows-1251"
CATS = ["Город", "Происшествия", "Экономика", "Спорт"]
NAMES = ["Сергей_В", "гость", "Наталья", "Старожил", "ivan1972"]
REMARKS = [
    "Обещают уже который год, а воз и ныне там.",
    "Спасибо редакции, что хоть кто-то об этом пишет.",
    "А куда смотрит прокуратура?",
    "У нас во дворе то же самое творится.",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(706, "ru", 30, "Europe/Moscow", CATS, ["Редакция"], ["новости"])
    rng = random.Random(7)
    nid = {p.idx: 4100 + p.idx * 3 for p in posts}

    def shell(title, main):
        menu = "".join(
            f'<tr><td class="menu">&raquo; <a href="/news.php?cat={i + 1}">{c}</a></td></tr>'
            for i, c in enumerate(CATS)
        )
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Городские вести :: {escape(title)}</title></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td colspan="3" class="top"><a href="/"><img src="/img/logo.gif" alt="Городские вести" border="0"></a> Информационный портал города с 2001 года</td></tr>
<tr><td width="180" valign="top"><table width="100%">{menu}<tr><td class="menu">&raquo; <a href="/archive.php">Архив новостей</a></td></tr><tr><td class="menu">&raquo; <a href="/forum/">Форум</a></td></tr></table>
<p class="small">Реклама на сайте: тел. 8 (4942) 31-00-00</p></td><td valign="top">{main}</td><td width="160" valign="top"><p class="small">Погода: +3, облачно</p><p class="small">Курс ЦБ: $ 58,0 € 62,1</p></td></tr>
<tr><td colspan="3" class="bottom" align="center">© 2001-2017 «Городские вести». При перепечатке ссылка обязательна. <a href="/about.php">О проекте</a> | <a href="/contacts.php">Контакты</a></td></tr></table></body></html>"""

    def article(p, printable=False):
        n = nid[p.idx]
        body = "".join(f"<p align=justify>{escape(x)}</p>" for x in p.paras)
        if printable:
            return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>{escape(p.title)}</title></head><body onload="window.print()"><b>{escape(p.title)}</b><br><i>{p.published.strftime("%d.%m.%Y %H:%M")}</i><br>{body}<hr>Источник: «Городские вести»</body></html>'
        others = "".join(
            f'<li><a href="/news.php?id={nid[q.idx]}">{escape(q.title)}</a> <span class="small">({q.published.strftime("%d.%m.%Y")})</span></li>'
            for q in posts[:6]
            if q is not p
        )
        com = "".join(
            f'<tr><td class="cmhead"><b>{escape(w)}</b> | {d.strftime("%d.%m.%Y %H:%M")}</td></tr><tr><td class="cmtext">{escape(t)}</td></tr>'
            for w, d, t in comments(rng, NAMES, REMARKS, p.published)
        )
        return shell(
            p.title,
            f"""<table width="100%" cellpadding="4"><tr><td class="path"><a href="/">Главная</a> / <a href="/news.php?cat={CATS.index(p.section) + 1}">{p.section}</a></td></tr>
<tr><td class="newsdate">{p.published.strftime("%d.%m.%Y %H:%M")} | Просмотров: {rng.randint(100, 4000)}</td></tr><tr><td class="newstitle"><b>{escape(p.title)}</b></td></tr>
<tr><td class="newstext">{body}</td></tr>
<tr><td class="small"><a href="/print.php?id={n}">Версия для печати</a> | <a href="/send.php?id={n}">Отправить другу</a> | <a href="/forum/">Обсудить на форуме</a></td></tr></table>
<table width="100%"><tr><td class="blockhead">Другие новости</td></tr><tr><td><ul>{others}</ul></td></tr></table>
<table width="100%" class="comments"><tr><td class="blockhead">Комментарии читателей (3)</td></tr>{com}<tr><td>Добавить комментарий могут только зарегистрированные пользователи.</td></tr></table>""",
        )

    def teaser(p):
        return f'<table width="100%"><tr><td class="newsdate">{p.published.strftime("%d.%m.%Y")}</td></tr><tr><td><a href="/news.php?id={nid[p.idx]}" class="newslink"><b>{escape(p.title)}</b></a><br>{escape(p.paras[0][:140])}... <a href="/news.php?id={nid[p.idx]}">подробнее &raquo;</a></td></tr></table>'

    lists = {"/index.php": (posts, 10), "/archive.php": (posts, 15)} | {
        f"/news.php?cat={i + 1}": ([p for p in posts if p.section == c], 10)
        for i, c in enumerate(CATS)
    }
    extra = {
        "/about.php": html(
            shell(
                "О проекте",
                "<p>Портал «Городские вести» работает с 2001 года. Главный редактор — В. Н. Смирнов.</p>",
            ),
            CS,
        ),
        "/contacts.php": html(
            shell("Контакты", "<p>Адрес редакции: ул. Советская, 12, офис 4.</p>"), CS
        ),
        "/": html(
            shell(
                "Главная",
                "".join(teaser(p) for p in posts[:10])
                + '<p><a href="/index.php?page=2">Следующая страница</a></p>',
            ),
            CS,
        ),
        "/rss.php": rss(
            base, "Городские вести", [(f"/news.php?id={nid[p.idx]}", p) for p in posts[:10]], "ru"
        ),
    }
    return basic_site(
        NAME,
        base,
        posts,
        lambda p: f"/news.php?id={nid[p.idx]}",
        article,
        shell,
        teaser,
        lists,
        CS,
        extra,
        aliases=lambda p: {f"/print.php?id={nid[p.idx]}": article(p, True)},
    )
