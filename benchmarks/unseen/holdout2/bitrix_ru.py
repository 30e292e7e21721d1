"""HOLDOUT2: do not read or tune against this module. 1C-Bitrix news portal (ru, UTF-8): news.detail / news.list markup, SEF + detail.php?ID twins, print and sphrase_id twins, forum reviews."""
# ruff: noqa: RUF001  (Cyrillic text and typographic characters are the point of this fixture)

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import (
    by_key,
    by_month,
    html,
    make_posts,
    paged,
    robots,
    rss,
    site_from,
    sitemap,
    sitemap_index,
    thread,
)

NAME = "bitrix_ru"
SITE = "Вести Приречья"
SECT = {"Город": "gorod", "Экономика": "ekonomika", "Происшествия": "proisshestviya"}
TAGS = ["ЖКХ", "транспорт", "бюджет", "школы", "дороги", "здравоохранение"]
MON = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
READERS = ["Сергей_К", "Ольга", "пенсионер", "Дмитрий Васильевич", "Гость", "nataly76"]
LINES = [
    "Опять обещания, посмотрим, что будет к осени.",
    "А кто будет отвечать за прошлые деньги?",
    "Хорошая новость, давно пора.",
    "У нас во дворе то же самое, никто не приезжал.",
    "Спасибо редакции, что следите за этой темой.",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        4101,
        "ru",
        32,
        "Europe/Moscow",
        list(SECT),
        ["Ирина Белова", "Андрей Ткачёв", "пресс-служба"],
        TAGS,
    )
    rng = random.Random(4101)
    eid = {p.idx: 18400 + 7 * p.idx for p in posts}
    sef = {p.idx: f"/news/{SECT[p.section]}/{eid[p.idx]}/" for p in posts}
    raw = {p.idx: f"/news/detail.php?ID={eid[p.idx]}" for p in posts}
    prn = {p.idx: f"{sef[p.idx]}?print=Y" for p in posts}
    hl = {p.idx: f"{sef[p.idx]}?sphrase_id={3100 + p.idx}" for p in posts if p.idx % 4 == 0}
    threads = {p.idx: thread(rng, READERS, LINES, p.published, 0, 5) for p in posts}
    views = {p.idx: rng.randint(120, 4000) for p in posts}
    pages: dict = {}

    def dt(d):
        return d.strftime("%d.%m.%Y %H:%M")

    def shell(title, main, crumb, head="", cur="/news/"):
        menu = "".join(
            f'<li><a href="{h}" class="{"root-item-selected" if h == cur else "root-item"}">{n}</a></li>'
            for h, n in [
                ("/", "Главная"),
                ("/news/", "Новости"),
                *((f"/news/{c}/", s) for s, c in SECT.items()),
                ("/news/archive/", "Архив"),
                ("/search/", "Поиск"),
            ]
        )
        bc = (
            "".join(
                f'<div class="bx-breadcrumb-item" id="bx_breadcrumb_{i}" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><i class="fa fa-angle-right"></i><a href="{h}" title="{escape(n)}" itemprop="item"><span itemprop="name">{escape(n)}</span></a><meta itemprop="position" content="{i + 1}" /></div>'
                for i, (h, n) in enumerate(crumb[:-1])
            )
            + f'<div class="bx-breadcrumb-item"><i class="fa fa-angle-right"></i><span>{escape(crumb[-1][1])}</span></div>'
        )
        popular = sorted(posts, key=lambda q: -views[q.idx])[:5]
        pop = "".join(
            f'<p class="news-item"><span class="news-date-time">{q.published.strftime("%d.%m.%Y")}</span> <a href="{sef[q.idx]}">{escape(q.title)}</a></p>'
            for q in popular
        )
        return f"""<!DOCTYPE html>
<html xml:lang="ru" lang="ru">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="user-scalable=no, initial-scale=1.0, maximum-scale=1.0, width=device-width">
<title>{escape(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="robots" content="index, follow" />
<meta name="keywords" content="новости, Приречье, город" />
{head}
<link rel="alternate" type="application/rss+xml" title="RSS" href="/news/rss/" />
<link href="/bitrix/cache/css/s1/eshop_bootstrap_v4/template_5f0a9e3c1d/template_5f0a9e3c1d_v1.css?1490000000212345" type="text/css" rel="stylesheet" />
<script type="text/javascript">if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess=='object') for(var i in mess) BX.message[i]=mess[i]; return true;}};</script>
<script type="text/javascript">(window.BX||top.BX).message({{'LANGUAGE_ID':'ru','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'10800','SITE_ID':'s1','SITE_DIR':'/'}});</script>
</head>
<body class="bx-background-image bx-theme-blue">
<div id="panel"></div>
<div class="bx-wrapper" id="bx_eshop_wrap">
<header class="bx-header"><div class="bx-header-section container"><div class="row"><div class="col-lg-3"><div class="bx-logo"><a class="bx-logo-block" href="/"><img src="/include/logo.png" alt="{SITE}"></a></div></div>
<div class="col-lg-6"><div class="bx-worktime"><div class="bx-worktime-prop">Редакция: +7 (4932) 41-00-00<br>Пн–Пт 9:00–18:00</div></div></div></div>
<div class="bx-top-nav bx-site"><nav class="bx-top-nav-container" id="cont_catalog_menu_LkGdQn"><ul class="bx-nav-list-1-lvl" id="ul_catalog_menu_LkGdQn">{menu}</ul></nav></div>
<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">{bc}<div style="clear:both"></div></div>
</div></header>
<div class="workarea"><div class="container bx-content-section"><div class="row"><div class="bx-content col-lg-9 col-md-9 col-sm-8">
<h1 id="pagetitle">{escape(title)}</h1>
{main}
</div>
<div class="sidebar col-lg-3 col-md-3 col-sm-4 hidden-xs"><div class="bx-sidebar-block"><h3>Популярное</h3><div class="news-list">{pop}</div></div>
<div class="bx-sidebar-block"><div class="bx-subscribe" id="sender-subscribe"><p class="bx-subscribe-title">Подписка на рассылку</p><p>Главные новости Приречья каждую пятницу — на вашу почту.</p><form method="post" action="/personal/subscribe/"><input type="email" name="SENDER_SUBSCRIBE_EMAIL" placeholder="Ваш e-mail"><button class="btn btn-primary" type="submit">Подписаться</button></form></div></div>
<div class="bx-sidebar-block"><div class="search-tags-cloud"><h3>Облако тегов</h3>{"".join(f'<a href="/search/?tags={escape(t)}">{t}</a> ' for t in TAGS)}</div></div></div>
</div></div></div>
<footer class="bx-footer"><div class="bx-footer-section container"><div class="row"><div class="col-sm-6">© 2011–2017 Сетевое издание «{SITE}». Свидетельство о регистрации СМИ Эл № ФС77-54321. 16+</div><div class="col-sm-6"><a href="/about/">О редакции</a> · <a href="/about/contacts/">Контакты</a> · <a href="/about/advert/">Реклама</a></div></div><div class="bx-footer-copy">При использовании материалов ссылка на сайт обязательна.</div></div></footer>
<div class="cookie-alert" id="cookie-alert">Мы используем файлы cookie, чтобы сайт работал удобнее. Продолжая просмотр, вы соглашаетесь с <a href="/about/privacy/">политикой конфиденциальности</a>. <span class="btn btn-sm" onclick="BX.setCookie('cookie_ok','Y')">Понятно</span></div>
</div></body></html>"""

    def reviews(p):
        com = threads[p.idx]
        rows = "".join(
            f'<table class="reviews-post-table" id="message{eid[p.idx] * 10 + j}"><thead><tr><td><div class="reviews-post-info"><div class="reviews-author-name"><b>{escape(w)}</b></div><span class="message-post-date">{t.strftime("%d.%m.%Y %H:%M:%S")}</span></div></td></tr></thead>'
            f'<tbody><tr><td><div class="reviews-text" id="message_text_{eid[p.idx] * 10 + j}">{escape(x)}</div></td></tr></tbody></table>'
            for j, (w, t, x) in enumerate(com)
        )
        return (
            f'<div class="reviews-block-container reviews-reviews-block-container"><div class="reviews-block-outer"><div class="reviews-block-inner"><div class="reviews-header">Комментарии ({len(com)})</div>{rows or "<p>Комментариев пока нет. Будьте первым!</p>"}</div></div></div>'
            '<div class="reviews-reply-form"><a name="review_anchor"></a><form name="REPLIER" action="" method="POST"><div class="reviews-reply-header"><span>Оставить комментарий</span></div>'
            '<div class="reviews-reply-fields"><input name="REVIEW_AUTHOR" placeholder="Ваше имя"><textarea name="REVIEW_TEXT"></textarea></div><p class="reviews-note">Комментарии публикуются после проверки модератором.</p><input name="send_button" type="submit" value="Отправить"></form></div>'
        )

    def detail(p):
        d = p.published
        others = [q for q in posts if q.section == p.section and q is not p][:4]
        oth = "".join(
            f'<p class="news-item"><span class="news-date-time">{dt(q.published)}</span><a href="{sef[q.idx]}"><b>{escape(q.title)}</b></a><br />{escape(q.paras[0][:110])}…</p>'
            for q in others
        )
        tags = ", ".join(f'<a href="/search/?tags={escape(t)}">{t}</a>' for t in p.tags)
        main = f"""<div class="news-detail">
	<img class="detail_picture" border="0" src="/upload/iblock/{eid[p.idx] % 997:03x}/{eid[p.idx]}.jpg" width="640" height="360" alt="{escape(p.title)}" title="{escape(p.title)}" />
	<span class="news-date-time">{dt(d)}</span>
	<h3>{escape(p.title)}</h3>
	<div class="news-detail-text">{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}</div>
	<div style="clear:both"></div>
	<br />
	Автор:&nbsp;{escape(p.author)}<br />
	Теги:&nbsp;{tags}<br />
	Просмотров:&nbsp;{views[p.idx]}<br />
	<div class="news-detail-share"><noindex><div class="bx-share-social"><span class="bx-share-title">Поделиться:</span> <a class="bx-share-icon bx-share-icon-vk" href="http://vk.com/share.php?url={base}{sef[p.idx]}" rel="nofollow" target="_blank">ВКонтакте</a> <a class="bx-share-icon bx-share-icon-ok" href="https://connect.ok.ru/offer?url={base}{sef[p.idx]}" rel="nofollow" target="_blank">Одноклассники</a> <a class="bx-share-icon bx-share-icon-tw" href="http://twitter.com/home/?status={base}{sef[p.idx]}" rel="nofollow" target="_blank">Twitter</a></div></noindex></div>
	<a class="news-print" href="{prn[p.idx]}" rel="nofollow">Версия для печати</a>
</div>
<p><a href="/news/">Возврат к списку</a></p>
<div class="news-list news-list-other"><h3>Другие новости раздела «{p.section}»</h3>{oth}</div>
{reviews(p)}"""
        head = (
            f'<link rel="canonical" href="{base}{sef[p.idx]}" />\n<meta property="og:type" content="article" />\n<meta property="og:title" content="{escape(p.title)}" />'
            f'\n<meta property="article:published_time" content="{d.isoformat()}" />'
        )
        crumb = [
            ("/", "Главная"),
            ("/news/", "Новости"),
            (f"/news/{SECT[p.section]}/", p.section),
            ("", p.title),
        ]
        return shell(p.title, main, crumb, head)

    def printable(p):
        return f"""<!DOCTYPE html><html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>{escape(p.title)}</title><meta name="robots" content="noindex, nofollow" /></head>
<body onload="window.print()"><table width="100%"><tr><td><b>{SITE}</b> — версия для печати</td><td align="right">{base}{sef[p.idx]}</td></tr></table><hr>
<h3>{escape(p.title)}</h3><span class="news-date-time">{dt(p.published)}</span>{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}
<hr><p>© {SITE}. Перепечатка без ссылки на источник запрещена.</p></body></html>"""

    for p in posts:
        page = html(detail(p))
        pages[sef[p.idx]] = page
        pages[raw[p.idx]] = page
        pages[prn[p.idx]] = html(printable(p))
        if p.idx in hl:
            pages[hl[p.idx]] = page

    def item(p):
        return (
            f'<p class="news-item" id="bx_3218110189_{eid[p.idx]}"><a href="{sef[p.idx]}"><img class="preview_picture" border="0" src="/upload/resize_cache/iblock/{eid[p.idx]}_100_75.jpg" width="100" height="75" alt="{escape(p.title)}" style="float:left" /></a>'
            f'<span class="news-date-time">{dt(p.published)}</span><a href="{sef[p.idx]}"><b>{escape(p.title)}</b></a><br />{escape(p.paras[0][:150])}…<div style="clear:both"></div></p>'
        )

    def listing(path0, title, items, crumb, per=10, cur="/news/"):
        def nth(k):
            return path0 if not k else f"{path0}?PAGEN_1={k + 1}"

        def render(chunk, k, n):
            nums = "".join(
                f'<span class="modern-page-current">{j + 1}</span>'
                if j == k
                else f'<a href="{nth(j)}">{j + 1}</a>'
                for j in range(n)
            )
            nxt = f'<a class="modern-page-next" href="{nth(k + 1)}">След.</a>' if k + 1 < n else ""
            prv = f'<a class="modern-page-previous" href="{nth(k - 1)}">Пред.</a>' if k else ""
            nav = f'<div class="modern-page-navigation"><span class="modern-page-title">Страницы:</span>{prv}{nums}{nxt}</div>'
            return shell(
                title if not k else f"{title} — страница {k + 1}",
                f'<div class="news-list">{"".join(item(p) for p in chunk)}</div><br />{nav}',
                crumb,
                cur=cur,
            )

        paged(pages, nth, items, per, render)

    listing("/news/", "Новости", posts, [("/", "Главная"), ("", "Новости")])
    for s, c in SECT.items():
        listing(
            f"/news/{c}/",
            s,
            [p for p in posts if p.section == s],
            [("/", "Главная"), ("/news/", "Новости"), ("", s)],
            8,
            f"/news/{c}/",
        )
    for t, items in by_key(posts, lambda p: p.tags).items():
        listing(
            f"/search/?tags={t}",
            f"Поиск по тегу «{t}»",
            items,
            [("/", "Главная"), ("/search/", "Поиск"), ("", t)],
            10,
            "/search/",
        )
    months = by_month(posts)
    arch = (
        "<ul class='news-archive'>"
        + "".join(
            f'<li><a href="/news/archive/{y}/{m:02d}/">{["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"][m - 1]} {y}</a> ({len(v)})</li>'
            for (y, m), v in months.items()
        )
        + "</ul>"
    )
    pages["/news/archive/"] = html(
        shell(
            "Архив новостей",
            arch,
            [("/", "Главная"), ("/news/", "Новости"), ("", "Архив")],
            cur="/news/archive/",
        )
    )
    for (y, m), items in months.items():
        # calendar-style day index (bitrix:news.calendar) above the month's list
        days = sorted({p.published.day for p in items})
        cal = (
            '<table class="news-calendar"><tr>'
            + "".join(f"<td><b>{d}</b></td>" for d in days)
            + "</tr></table>"
        )
        mon = MON[m - 1]
        listing(
            f"/news/archive/{y}/{m:02d}/",
            f"Архив: {mon} {y}",
            items,
            [("/", "Главная"), ("/news/archive/", "Архив"), ("", f"{mon} {y}")],
            12,
            "/news/archive/",
        )
        first = f"/news/archive/{y}/{m:02d}/"
        pages[first] = html(
            pages[first]
            .body.decode("utf-8")
            .replace('<div class="news-list">', cal + '<div class="news-list">', 1)
        )
    home = (
        '<div class="main-news"><div class="news-list">'
        + "".join(item(p) for p in posts[:8])
        + '</div><p><a href="/news/">Все новости</a></p></div>'
    )
    pages["/"] = html(shell(SITE, home, [("/", "Главная")], cur="/"))
    pages["/search/"] = html(
        shell(
            "Поиск",
            '<div class="search-page"><form action="/search/" method="get"><input type="text" name="q" size="40" /><input type="submit" value="Искать" /></form><p>Введите поисковый запрос.</p></div>',
            [("/", "Главная"), ("", "Поиск")],
            cur="/search/",
        )
    )
    for path, title, text in [
        (
            "/about/",
            "О редакции",
            "Сетевое издание «Вести Приречья» выходит с 2011 года. Главный редактор — Н. С. Захарова.",
        ),
        (
            "/about/contacts/",
            "Контакты",
            "Адрес редакции: ул. Советская, 12, офис 4. Телефон для новостей: +7 (4932) 41-00-00.",
        ),
        (
            "/about/advert/",
            "Реклама",
            "Прайс-лист на размещение баннеров и публикаций можно запросить у рекламного отдела.",
        ),
        (
            "/about/privacy/",
            "Политика конфиденциальности",
            "Мы обрабатываем персональные данные в соответствии с 152-ФЗ «О персональных данных».",
        ),
        ("/personal/subscribe/", "Подписка", "Спасибо! Проверьте почту и подтвердите подписку."),
    ]:
        pages[path] = html(
            shell(title, f"<p>{text}</p>", [("/", "Главная"), ("", title)], cur=path)
        )
    # seo module: sitemap index -> per-iblock and per-file sitemaps; rss.out: 10 newest items
    pages["/sitemap.xml"] = sitemap_index(base, ["/sitemap_files.xml", "/sitemap_iblock_3.xml"])
    pages["/sitemap_files.xml"] = sitemap(
        base, [("/", None), ("/news/", None), ("/about/", None), ("/news/archive/", None)]
    )
    pages["/sitemap_iblock_3.xml"] = sitemap(
        base, [(sef[p.idx], p.published.strftime("%Y-%m-%dT%H:%M:%S+03:00")) for p in posts]
    )
    pages["/news/rss/"] = rss(base, SITE, [(sef[p.idx], p) for p in posts[:10]], "ru")
    pages["/robots.txt"] = robots(
        base, ["/sitemap.xml"], ["/bitrix/", "/personal/", "/*?print=", "/*sphrase_id="]
    )
    return site_from(
        NAME,
        posts,
        lambda p: sef[p.idx],
        pages,
        lambda p: [raw[p.idx], prn[p.idx], *([hl[p.idx]] if p.idx in hl else [])],
    )
