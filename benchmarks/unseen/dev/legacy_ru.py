"""vBulletin-era news portal (ru, windows-1251): tables, news.php?id=N, print.php, "Другие новости", comments."""
# ruff: noqa: RUF001  (typographic and non-Latin characters are the point of this fixture)

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import basic_site, by_key, by_month, html, make_posts, rss, thread

NAME = "legacy_ru"
CS = "windows-1251"
CATS = ["Город", "Происшествия", "Экономика", "Спорт"]
NAMES = ["Сергей_В", "гость", "Наталья", "Старожил", "ivan1972", "Пенсионерка", "Dimon"]
AUTHORS = {"Редакция": 1, "Ольга Кравец": 2, "Андрей Лыков": 3}
TAGS = ["ЖКХ", "дороги", "мэрия", "транспорт", "школы", "погода"]
MONTHS = ["январь", "февраль", "март", "апрель", "май"]
REMARKS = [
    "Обещают уже который год, а воз и ныне там.",
    "Спасибо редакции, что хоть кто-то об этом пишет.",
    "А куда смотрит прокуратура?",
    "У нас во дворе то же самое творится.",
    "Интересно, сколько на это потратили из бюджета.",
    "Наконец-то! Давно пора было.",
]


def build(base: str):
    """All pages and the ground truth."""
    # daytime only: the pages show Moscow wall time without a zone, so the UTC day must not depend on it
    posts = make_posts(706, "ru", 30, "Europe/Moscow", CATS, list(AUTHORS), TAGS, midnight=False)
    rng = random.Random(7)
    nid = {p.idx: 4100 + p.idx * 3 for p in posts}
    threads = {p.idx: thread(rng, NAMES, REMARKS, p.published, 0, 6) for p in posts}
    months = by_month(posts)

    def shell(title, main):
        menu = "".join(
            f'<tr><td class="menu">&raquo; <a href="/news.php?cat={i + 1}">{c}</a></td></tr>'
            for i, c in enumerate(CATS)
        )
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Городские вести :: {escape(title)}</title></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td colspan="3" class="top"><a href="/"><img src="/img/logo.gif" alt="Городские вести" border="0"></a> Информационный портал города с 2001 года</td></tr>
<tr><td width="180" valign="top"><table width="100%">{menu}<tr><td class="menu">&raquo; <a href="/archive.php">Архив новостей</a></td></tr><tr><td class="menu">&raquo; <a href="/forum/">Форум</a></td></tr><tr><td class="menu">&raquo; <a href="/search.php">Поиск</a></td></tr></table>
<p class="small"><b>Архив по месяцам:</b><br>{"<br>".join(f'<a href="/archive.php?y={y}&amp;m={m}">{MONTHS[m - 1]} {y}</a>' for y, m in months)}</p>
<form action="/subscribe.php" method="post" class="small"><b>Рассылка новостей</b><br>Раз в неделю главное за семь дней:<br><input type="text" name="email" size="14"> <input type="submit" value="Подписаться"></form>
<p class="small">Реклама на сайте: тел. 8 (4942) 31-00-00</p></td><td valign="top">{main}</td><td width="160" valign="top"><p class="small">Погода: +3, облачно</p><p class="small">Курс ЦБ: $ 58,0 € 62,1</p><form action="/poll.php" method="post" class="small"><b>Опрос</b><br>Как вы оцениваете работу коммунальных служб этой зимой?<br><input type="radio" name="v" value="1"> хорошо<br><input type="radio" name="v" value="2"> удовлетворительно<br><input type="radio" name="v" value="3"> плохо<br><input type="submit" value="Голосовать"></form><p class="small"><b>Теги:</b> {" ".join(f'<a href="/tags.php?tag={t}">{t}</a>' for t in TAGS)}</p></td></tr>
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
        th = threads[p.idx]
        com = "".join(
            f'<tr><td class="cmhead"><a name="c{n * 10 + j}"></a><b>{escape(w)}</b> | {d.strftime("%d.%m.%Y %H:%M")}</td></tr><tr><td class="cmtext">{escape(t)}</td></tr>'
            for j, (w, d, t) in enumerate(th)
        )
        tags = ", ".join(f'<a href="/tags.php?tag={t}">{t}</a>' for t in p.tags)
        same = [q for q in posts if q.section == p.section and q is not p][:3]
        return shell(
            p.title,
            f"""<table width="100%" cellpadding="4"><tr><td class="path"><a href="/">Главная</a> / <a href="/news.php?cat={CATS.index(p.section) + 1}">{p.section}</a></td></tr>
<tr><td class="newsdate">{p.published.strftime("%d.%m.%Y %H:%M")} | Просмотров: {rng.randint(100, 4000)} | Комментариев: {len(th)}</td></tr><tr><td class="newstitle"><b>{escape(p.title)}</b></td></tr>
<tr><td class="newstext">{body}</td></tr>
<tr><td class="small">Автор: <a href="/author.php?id={AUTHORS[p.author]}">{p.author}</a> | Теги: {tags}</td></tr>
<tr><td class="small"><a href="/print.php?id={n}">Версия для печати</a> | <a href="/send.php?id={n}">Отправить другу</a> | <a href="/forum/">Обсудить на форуме</a> | <a href="/error.php?id={n}">Сообщить об ошибке</a></td></tr>
<tr><td class="small">Поделиться: <a href="https://vk.com/share.php?url={base}/news.php?id={n}">ВКонтакте</a> <a href="https://connect.ok.ru/offer?url={base}/news.php?id={n}">Одноклассники</a> <a href="https://www.facebook.com/sharer.php?u={base}/news.php?id={n}">Facebook</a> <a href="https://twitter.com/share?url={base}/news.php?id={n}">Twitter</a></td></tr></table>
<table width="100%"><tr><td class="blockhead">По теме</td></tr><tr><td><ul>{"".join(f'<li><a href="/news.php?id={nid[q.idx]}">{escape(q.title)}</a></li>' for q in same)}</ul></td></tr></table>
<table width="100%"><tr><td class="blockhead">Другие новости</td></tr><tr><td><ul>{others}</ul></td></tr></table>
<table width="100%" class="comments"><tr><td class="blockhead">Комментарии читателей ({len(th)})</td></tr>{com}<tr><td>Добавить комментарий могут только зарегистрированные пользователи. <a href="/login.php">Войти</a> | <a href="/register.php">Регистрация</a></td></tr></table>""",
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
            base,
            "Городские вести",
            [(f"/news.php?id={nid[p.idx]}&from=rss", p) for p in posts[:10]],
            "ru",
        ),
    }
    simple = {
        "/forum/": ("Форум", "<p>Форум временно закрыт на реконструкцию. Приносим извинения.</p>"),
        "/search.php": (
            "Поиск",
            '<form action="/search.php"><input type="text" name="q"> <input type="submit" value="Найти"></form><p>Введите не менее трёх символов.</p>',
        ),
        "/login.php": (
            "Вход",
            '<form method="post">Логин: <input type="text" name="login"><br>Пароль: <input type="password" name="pass"><br><input type="submit" value="Войти"></form>',
        ),
        "/register.php": (
            "Регистрация",
            "<p>Регистрация новых пользователей временно приостановлена.</p>",
        ),
        "/subscribe.php": (
            "Рассылка",
            "<p>Спасибо! Письмо для подтверждения подписки отправлено на указанный адрес.</p>",
        ),
        "/poll.php": (
            "Опрос",
            "<p>хорошо — 12%, удовлетворительно — 31%, плохо — 57%. Всего голосов: 418.</p>",
        ),
    }
    for p in posts:
        simple[f"/send.php?id={nid[p.idx]}"] = (
            "Отправить другу",
            f'<p>Отправить новость «{escape(p.title)}» другу:</p><form>E-mail друга: <input type="text" name="to"> <input type="submit" value="Отправить"></form>',
        )
        simple[f"/error.php?id={nid[p.idx]}"] = (
            "Сообщить об ошибке",
            "<p>Выделите ошибку в тексте и нажмите Ctrl+Enter.</p>",
        )
    for path, (title, text) in simple.items():
        extra[path] = html(shell(title, text), CS)
    for t, items in by_key(posts, lambda p: p.tags).items():
        extra[f"/tags.php?tag={t}"] = html(
            shell(
                f"Тег: {t}",
                f'<table width="100%"><tr><td class="blockhead">Новости с тегом «{t}»</td></tr></table>'
                + "".join(teaser(p) for p in items),
            ),
            CS,
        )
    for a, items in by_key(posts, lambda p: p.author).items():
        extra[f"/author.php?id={AUTHORS[a]}"] = html(
            shell(
                a,
                f'<table width="100%"><tr><td class="blockhead">Материалы автора: {a}</td></tr></table>'
                + "".join(teaser(p) for p in items),
            ),
            CS,
        )
    for (y, m), items in months.items():
        extra[f"/archive.php?y={y}&m={m}"] = html(
            shell(
                f"Архив: {MONTHS[m - 1]} {y}",
                f'<table width="100%"><tr><td class="blockhead">Архив новостей: {MONTHS[m - 1]} {y}</td></tr></table>'
                + "".join(teaser(p) for p in items),
            ),
            CS,
        )
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
        aliases=lambda p: {
            f"/print.php?id={nid[p.idx]}": article(p, True),
            f"/news.php?id={nid[p.idx]}&from=rss": article(p),
        },
    )
