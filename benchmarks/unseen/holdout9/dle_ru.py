"""DataLife Engine 11 news portal (ru, windows-1251, Europe/Moscow) on the "Default" template.

Followed: DLE's Default `main.tpl` layout (speedbar, sidebar blocks, `{info}`/`{content}`),
`fullstory.tpl` (`div.base.fullstory` > `h3.btl` `#news-title`, `bhinfo` "Автор: … от …", rating
box, `maincont` with `{full-story}` written as `<br><br>` runs, "Теги:", `[related-news]` block,
`mlink` with views / comments / category), `shortstory.tpl` ("Подробнее"), `comments.tpl`
(`bcomment` with name and date), `addcomments.tpl`, `relatednews.tpl`, `print.tpl` (noindex,
`{full-story}` under `h1`, "Вернуться назад"), `navigation.tpl` and `topnews.tpl`.

SEF URLs `/{category}/{id}-{alt_name}.html`; twins: the SEF print view
`/{category}/print:page,1,{id}-{alt_name}.html` (no canonical), the plain `index.php?newsid=N`
(linked from the print view) and, for news with more than four comments, the comment page
`/{category}/page,1,2,{id}-{alt_name}.html` (the whole story again with the later comments).
Lists: `/page/N/`, categories, month and day archives (`/2017/03/`, `/2017/03/05/`), cp1251
percent-encoded `/tags/…/`, per-user news, `index.php?do=lastnews&cstart=N`. Discovery:
`/sitemap.xml` (lastmod = local day, as DLE writes it) and `/rss.xml` (the admin's RSS count
set to 50, so every news item, with +0300 times: the page's own times carry no zone).
"""
# ruff: noqa: RUF001  (Cyrillic text is the point here)

from __future__ import annotations

import random
from html import escape
from urllib.parse import quote

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
    thread,
)
from benchmarks.unseen.holdout9 import translit
from benchmarks.unseen.server import Resp

NAME = "dle_ru"
SITE = "Городские вести"
CS = "windows-1251"
CATS = {"gorod": "Город", "transport": "Транспорт", "zhkh": "ЖКХ", "kultura": "Культура"}
TAGS = ["горсовет", "бюджет", "ремонт", "мэрия", "тарифы", "благоустройство"]
USERS = {"redaktor": "Редактор", "a_sokolova": "Анна Соколова", "ivanov_m": "Михаил Иванов"}
READERS = ["Сергей_К", "Наталья", "гость_2017", "Олег Петрович", "Vladimir", "Марина С.", "Kot"]
REMARKS = [
    "Опять деньги на ветер, лучше бы дороги сделали.",
    "Спасибо за новость, давно ждали.",
    "А кто будет отвечать, если опять сорвут сроки?",
    "У нас во дворе то же самое, никто ничего не делает.",
    "Хорошая новость, наконец-то что-то меняется.",
    "Интересно, а сколько на самом деле потратят?",
]
MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня"]
MONTHS_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь"]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(9101, "ru", 32, "Europe/Moscow", list(CATS), list(USERS), TAGS)
    rng = random.Random(9101)
    nid = {p.idx: 1400 + p.idx for p in posts}
    alt = {p.idx: translit(p.title, f"news-{p.idx}") for p in posts}
    url = {p.idx: f"/{p.section}/{nid[p.idx]}-{alt[p.idx]}.html" for p in posts}
    prn = {p.idx: f"/{p.section}/print:page,1,{nid[p.idx]}-{alt[p.idx]}.html" for p in posts}
    plain = {p.idx: f"/index.php?newsid={nid[p.idx]}" for p in posts}
    views = {p.idx: rng.randint(90, 2400) for p in posts}
    rating = {p.idx: rng.randint(2, 5) for p in posts}
    coms = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 7) for p in posts}
    cpage = {p.idx: f"/{p.section}/page,1,2,{nid[p.idx]}-{alt[p.idx]}.html" for p in posts}

    def tag_url(t):
        return "/tags/" + quote(t.encode(CS)) + "/"

    def dle_date(d):
        return d.strftime("%-d-%m-%Y, %H:%M")

    def day_url(d):
        return d.strftime("/%Y/%m/%d/")

    def sidebar():
        top = sorted(posts, key=lambda q: -views[q.idx])[:5]
        tops = "".join(
            f'<li><a href="{url[q.idx]}">{escape(q.title)}</a> <span class="grey">{q.published:%d.%m.%Y}</span></li>'
            for q in top
        )
        arch = "".join(
            f'<a class="archives" href="/{y}/{m:02d}/"><b>{MONTHS_NOM[m - 1].capitalize()} {y} ({len(v)})</b></a><br />'
            for (y, m), v in by_month(posts).items()
        )
        days = {q.published.day for q in posts if q.published.month == 4}
        cells = "".join(
            (
                f'<td class="day-active"><a class="day-active" href="/2017/04/{d:02d}/">{d}</a></td>'
                if d in days
                else f'<td class="day">{d}</td>'
            )
            + ("</tr><tr>" if (d + 5) % 7 == 0 else "")
            for d in range(1, 31)
        )
        cloud = " ".join(
            f'<a href="{tag_url(t)}" class="clouds_small">{escape(t)}</a>' for t in TAGS
        )
        return f"""<div id="sidebar">
<div class="block"><div class="dtop"><b>Популярные новости</b></div><div class="dcont"><ul>{tops}</ul></div></div>
<div class="block"><div class="dtop"><b>Календарь</b></div><div class="dcont"><div id="calendar-layer"><table id="calendar" class="calendar"><tr><th colspan="7" class="monthselect"><a href="/2017/03/">&laquo;</a>&nbsp;&nbsp;&nbsp;&nbsp;Апрель 2017</th></tr><tr><th class="workday">Пн</th><th class="workday">Вт</th><th class="workday">Ср</th><th class="workday">Чт</th><th class="workday">Пт</th><th class="weekday">Сб</th><th class="weekday">Вс</th></tr><tr><td colspan="5">&nbsp;</td>{cells}</tr></table></div></div></div>
<div class="block"><div class="dtop"><b>Архив новостей</b></div><div class="dcont">{arch}</div></div>
<div class="block"><div class="dtop"><b>Опрос</b></div><div class="dcont"><div id="vote-layer"><p class="vtitle">Как вы оцениваете работу общественного транспорта?</p><form method="post" name="vote" action=""><div><input name="vote_check" type="radio" value="0" /> Отлично</div><div><input name="vote_check" type="radio" value="1" /> Терпимо</div><div><input name="vote_check" type="radio" value="2" /> Плохо</div><input type="hidden" name="vote_id" value="3" /><button class="fbutton" type="submit">Голосовать</button></form></div></div></div>
<div class="block"><div class="dtop"><b>Облако тегов</b></div><div class="dcont tags_cloud">{cloud}<br /><a href="/tags/">Показать все теги</a></div></div>
</div>"""

    def shell(title, main, crumbs="", head=""):
        menu = "".join(f'<li><a href="/{c}/">{escape(n)}</a></li>' for c, n in CATS.items())
        speed = (
            f'<div class="speedbar"><span id="dle-speedbar"><span itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="{base}/" itemprop="url"><span itemprop="title">{SITE}</span></a></span> &raquo; {crumbs}</span></div>'
            if crumbs
            else ""
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />
<title>{escape(title)}</title>
<meta name="generator" content="DataLife Engine (http://dle-news.ru)" />{head}
<link rel="search" type="application/opensearchdescription+xml" href="{base}/engine/opensearch.php" title="{SITE}" />
<link rel="alternate" type="application/rss+xml" title="{SITE}" href="{base}/rss.xml" />
<script type="text/javascript" src="/engine/classes/js/jquery.js"></script>
<script type="text/javascript" src="/engine/classes/js/dle_js.js"></script>
<link media="screen" href="/templates/Default/style/styles.css" type="text/css" rel="stylesheet" />
<link media="screen" href="/templates/Default/style/engine.css" type="text/css" rel="stylesheet" />
</head>
<body>
<div id="loading-layer" style="display:none">Загрузка. Пожалуйста, подождите...</div>
<div class="wwide pagebg">
<div class="wrapper">
<div id="header" class="wwide"><a class="thide hlogo" href="{base}/" title="{SITE}">{SITE}</a><span class="slogan">Новости Костромы и области</span>
<form action="" name="searchform" method="post"><input type="hidden" name="do" value="search" /><input type="hidden" name="subaction" value="search" /><ul class="searchbar reset"><li class="lfield"><input id="story" name="story" value="Поиск..." type="text" /></li><li class="lbtn"><input title="Найти" alt="Найти" type="image" src="/templates/Default/images/spacer.gif" /></li></ul></form>
</div>
<div id="topmenu" class="wwide"><ul class="reset"><li><a href="{base}/">Главная</a></li>{menu}<li><a href="/index.php?do=lastnews">Все последние новости</a></li><li><a href="/index.php?do=feedback">Контакты</a></li></ul></div>
<div id="loginpane"><ul class="reset"><li><a href="/index.php?do=register">Регистрация</a></li><li><a href="/index.php?do=lostpassword">Забыли пароль?</a></li></ul></div>
<div class="wcont">
<div id="midside" class="rcol">
{speed}
<div id="dle-info"></div>
<div id="dle-content">{main}</div>
</div>
{sidebar()}
</div>
<div id="footmenu" class="wwide"><ul class="reset"><li><a href="{base}/">Главная страница</a></li><li><a href="/index.php?do=register">Регистрация</a></li><li><a href="/index.php?do=lastnews">Новые публикации</a></li><li><a href="/rules.html">Правила сайта</a></li><li><a href="/index.php?do=feedback">Обратная связь</a></li></ul></div>
<div id="footer" class="wwide"><span class="copyright">Copyright &copy; 2010&ndash;2017 {SITE}. При полном или частичном использовании материалов ссылка на «{SITE}» обязательна.<br />Powered by DataLife Engine &copy; 2004-2017</span><div class="counts"><!--LiveInternet counter--><a href="https://www.liveinternet.ru/click" target="_blank">LiveInternet</a></div></div>
</div></div>
</body>
</html>"""

    def full_story(p):
        return "<br /><br />".join(escape(x) for x in p.paras)

    def comment_html(c, j, p):
        name, when, text = c
        cid = nid[p.idx] * 10 + j
        return f"""<div id="comment-id-{cid}"><div class="bcomment">
<div class="dtop"><div class="lcol"><span><img src="/templates/Default/dleimages/noavatar.png" alt="" /></span></div>
<div class="rcol"><span class="reply"><a onmouseover="dle_copy_quote('{escape(name)}');" href="#" onclick="dle_ins('{cid}'); return false;">Цитировать</a></span>
<ul class="reset"><li><h4>{escape(name)}</h4></li><li>{dle_date(when)}</li></ul>
<ul class="cmsep reset"><li>Группа: Посетители</li><li>ICQ: --</li></ul></div><div class="clr"></div></div>
<div class="cominfo"><div class="dpad"><ul class="reset small"><li>Регистрация: --</li><li>Публикаций: 0</li><li>Комментариев: 1</li></ul></div></div>
<div class="dpad"><div id="comm-id-{cid}">{escape(text)}</div></div>
</div></div>"""

    def article(p, cp=1):
        d = p.published
        cs = coms[p.idx]
        shown = cs[:4] if cp == 1 else cs[4:]
        nav = ""
        if len(cs) > 4:
            nav = (
                '<div class="basenavi"><div class="bnnavi"><div class="navigation">'
                + (
                    f'<span>1</span> <a href="{cpage[p.idx]}">2</a>'
                    if cp == 1
                    else f'<a href="{url[p.idx]}#comment">1</a> <span>2</span>'
                )
                + "</div></div></div>"
            )
        rel = [q for q in posts if q.section == p.section and q is not p][:5]
        related = "".join(
            f'<li><a href="{url[q.idx]}">{escape(q.title)}</a> <span class="grey">({q.published:%d.%m.%Y})</span></li>'
            for q in rel
        )
        tags = ", ".join(f'<a href="{tag_url(t)}">{escape(t)}</a>' for t in p.tags)
        stars = rating[p.idx] * 20
        main = f"""<div class="base fullstory">
<div class="dpad">
<h3 class="btl"><span id="news-title">{escape(p.title)}</span></h3>
<div class="bhinfo">
<ul class="isicons reset"><li><a href="{prn[p.idx]}" rel="nofollow"><img src="/templates/Default/dleimages/print.png" title="Версия для печати" alt="Версия для печати" /></a></li><li><a href="javascript:AddComplaint('{nid[p.idx]}', 'news')"><img src="/templates/Default/images/complaint.png" title="Сообщить об ошибке" alt="Сообщить об ошибке" /></a></li></ul>
<span class="baseinfo radial">Автор: <a onclick="ShowProfile('{p.author}', '/user/{p.author}/', '0'); return false;" href="/user/{p.author}/">{escape(USERS[p.author])}</a> от <a href="{day_url(d)}">{dle_date(d)}</a></span>
<div class="ratebox"><div class="rate"><div id="ratig-layer-{nid[p.idx]}"><div class="rating"><ul class="unit-rating"><li class="current-rating" style="width:{stars}%;">{stars}</li><li><a href="#" title="Плохо" class="r1-unit" onclick="doRate('1', '{nid[p.idx]}'); return false;">1</a></li><li><a href="#" title="Приемлемо" class="r2-unit" onclick="doRate('2', '{nid[p.idx]}'); return false;">2</a></li><li><a href="#" title="Средне" class="r3-unit" onclick="doRate('3', '{nid[p.idx]}'); return false;">3</a></li><li><a href="#" title="Хорошо" class="r4-unit" onclick="doRate('4', '{nid[p.idx]}'); return false;">4</a></li><li><a href="#" title="Отлично" class="r5-unit" onclick="doRate('5', '{nid[p.idx]}'); return false;">5</a></li></ul></div></div></div></div>
</div>
<div class="maincont">
<div id="news-id-{nid[p.idx]}" style="display:inline;"><div style="text-align:justify;">{full_story(p)}</div></div>
<div class="clr"></div>
<br /><p class="basetags"><i>Теги: {tags}</i></p>
</div>
</div>
<div class="related"><div class="dtop"><span><b>Похожие новости:</b></span></div><ul class="reset">{related}</ul><br /></div>
<div class="mlink">
<span class="argback"><a href="javascript:history.go(-1)"><b>Вернуться</b></a></span>
<span class="argviews"><span title="Просмотров: {views[p.idx]}"><b>{views[p.idx]}</b></span></span>
<span class="argcoms"><a id="dle-comm-link" href="{url[p.idx]}#comment"><span title="Комментариев: {len(cs)}"><b>{len(cs)}</b></span></a></span>
<div class="mlarrow">&nbsp;</div>
<p class="lcol argcat">Категория: <a href="/{p.section}/">{escape(CATS[p.section])}</a></p>
</div>
<div class="clr berrors" style="margin: 0;">Уважаемый посетитель, Вы зашли на сайт как незарегистрированный пользователь.<br />Мы рекомендуем Вам <a href="/index.php?do=register">зарегистрироваться</a> либо войти на сайт под своим именем.</div>
</div>
<div class="pheading"><h2 class="heading">Комментарии ({len(cs)})</h2></div>
<a name="comment"></a>
<div id="dle-ajax-comments"></div>
{"".join(comment_html(c, j + (4 if cp == 2 else 0), p) for j, c in enumerate(shown))}
{nav}
<form method="post" name="dle-comments-form" id="dle-comments-form" action="{url[p.idx]}"><div class="baseform"><div class="pheading"><h2 class="heading">Добавить комментарий</h2></div>
<table class="tableform"><tr><td class="label">Ваше Имя:</td><td><input type="text" name="name" id="name" class="f_input" /></td></tr><tr><td class="label">Ваш E-Mail:</td><td><input type="text" name="mail" id="mail" class="f_input" /></td></tr>
<tr><td class="label">Вопрос:</td><td>Сколько будет два плюс три?</td></tr><tr><td class="label">Ответ:<span class="impot">*</span></td><td><input type="text" name="question_answer" id="question_answer" class="f_input" /></td></tr></table>
<div class="fieldsubmit"><button type="submit" name="submit" class="fbutton"><span>Добавить</span></button></div></div>
<input type="hidden" name="subaction" value="addcomment" /><input type="hidden" name="post_id" id="post_id" value="{nid[p.idx]}" /></form>"""
        head = (
            f'\n<meta name="description" content="{escape(p.paras[0][:190])}" />'
            f'\n<meta name="keywords" content="{escape(", ".join(p.tags))}" />'
            f'\n<link rel="canonical" href="{base}{url[p.idx]}" />'
            f'\n<meta property="og:site_name" content="{SITE}" />\n<meta property="og:type" content="article" />'
            f'\n<meta property="og:title" content="{escape(p.title)}" />\n<meta property="og:url" content="{base}{url[p.idx]}" />'
        )
        crumbs = f'<span itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="/{p.section}/" itemprop="url"><span itemprop="title">{escape(CATS[p.section])}</span></a></span> &raquo; {escape(p.title)}'
        return shell(f"{p.title} » {SITE}", main, crumbs, head)

    def print_page(p):
        d = p.published
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta name="robots" content="noindex" />
<meta content="text/html; charset=windows-1251" http-equiv="Content-Type" />
<title>{escape(p.title)} &raquo; {SITE} - Печать</title>
<link media="screen" href="/templates/Default/style/print.css" rel="stylesheet" type="text/css" />
</head>
<body>
<table cellpadding="4" cellspacing="0" width="100%" style="border:0">
<tr><td><span class="small">{SITE} &raquo; {escape(CATS[p.section])}</span></td></tr>
<tr><td><strong>{escape(p.title)}</strong><br /><span class="small">{dle_date(d)}, {escape(USERS[p.author])}</span></td></tr>
<tr><td><div id="news-id-{nid[p.idx]}" style="display:inline;"><div style="text-align:justify;">{full_story(p)}</div></div></td></tr>
<tr><td><hr /><span class="small">Вернуться назад &nbsp;|&nbsp; Полная версия новости: <a href="{plain[p.idx]}">{base}{plain[p.idx]}</a></span></td></tr>
</table>
</body>
</html>"""

    pages: dict = {}
    aliases: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(article(p), CS)
        pages[plain[p.idx]] = html(article(p), CS)
        pages[prn[p.idx]] = html(print_page(p), CS)
        aliases[p.idx] = [plain[p.idx], prn[p.idx]]
        if len(coms[p.idx]) > 4:
            pages[cpage[p.idx]] = html(article(p, 2), CS)
            aliases[p.idx].append(cpage[p.idx])

    def short(q):
        d = q.published
        return f"""<div class="base shortstory">
<div class="dpad">
<h3 class="btl"><a href="{url[q.idx]}">{escape(q.title)}</a></h3>
<div class="bhinfo"><span class="baseinfo radial">Автор: <a href="/user/{q.author}/">{escape(USERS[q.author])}</a> от <a href="{day_url(d)}">{dle_date(d)}</a></span></div>
<div class="maincont"><div id="news-id-{nid[q.idx]}" style="display:inline;">{escape(q.paras[0])}</div><div class="clr"></div></div>
</div>
<div class="mlink"><span class="argmore"><a href="{url[q.idx]}"><b>Подробнее</b></a></span><span class="argviews"><span title="Просмотров: {views[q.idx]}"><b>{views[q.idx]}</b></span></span><span class="argcoms"><a href="{url[q.idx]}#comment"><span title="Комментариев: {len(coms[q.idx])}"><b>{len(coms[q.idx])}</b></span></a></span><div class="mlarrow">&nbsp;</div><p class="lcol argcat">Категория: <a href="/{q.section}/">{escape(CATS[q.section])}</a></p></div>
</div>"""

    def lister(nth, items, title, crumbs, per=10, head=""):
        def render(chunk, k, n):
            links = " ".join(
                "<span>" + str(j + 1) + "</span>" if j == k else f'<a href="{nth(j)}">{j + 1}</a>'
                for j in range(n)
            )
            prev = f'<a href="{nth(k - 1)}">Назад</a>' if k else "<span>Назад</span>"
            nxt = f'<a href="{nth(k + 1)}">Далее</a>' if k + 1 < n else "<span>Далее</span>"
            navi = (
                f'<div class="basenavi"><div class="bnnavi"><div class="nprev">{prev}</div><div class="navigation">{links}</div><div class="nnext">{nxt}</div></div></div>'
                if n > 1
                else ""
            )
            return shell(
                title + (f" » Страница {k + 1}" if k else "") + f" » {SITE}",
                "".join(short(q) for q in chunk) + navi,
                crumbs,
                head,
            )

        paged(pages, nth, items, per, render, CS)

    lister(lambda k: "/" if not k else f"/page/{k + 1}/", posts, "Новости Костромы", "")
    for c, items in by_key(posts, lambda p: p.section).items():
        lister(
            lambda k, c=c: f"/{c}/" if not k else f"/{c}/page/{k + 1}/",
            items,
            CATS[c],
            escape(CATS[c]),
        )
    for (y, m), items in by_month(posts).items():
        lister(
            lambda k, y=y, m=m: f"/{y}/{m:02d}/" if not k else f"/{y}/{m:02d}/page/{k + 1}/",
            items,
            f"Новости за {MONTHS_NOM[m - 1]} {y} года",
            f"Новости за {MONTHS_NOM[m - 1]} {y} года",
        )
    for day, items in by_key(posts, lambda p: day_url(p.published)).items():
        d = items[0].published
        lister(
            lambda k, day=day: day,
            items,
            f"Новости за {d.day} {MONTHS_GEN[d.month - 1]} {d.year} года",
            f"Новости за {d:%d.%m.%Y}",
            per=20,
        )
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(
            lambda k, t=t: tag_url(t),
            items,
            f"Публикации по тегу «{t}»",
            f"Публикации по тегу «{escape(t)}»",
            per=40,
        )
    for u, items in by_key(posts, lambda p: p.author).items():
        lister(
            lambda k, u=u: f"/user/{u}/news/",
            items,
            f"Публикации пользователя {USERS[u]}",
            f"Публикации пользователя {escape(USERS[u])}",
            per=40,
        )
        pages[f"/user/{u}/"] = html(
            shell(
                f"Пользователь: {USERS[u]} » {SITE}",
                f'<div class="userinfo"><div class="pheading"><h2 class="heading">Пользователь: {escape(USERS[u])}</h2></div><ul class="reset"><li>Группа: Журналисты</li><li>Зарегистрирован: 12-01-2015, 10:02</li><li>Количество публикаций: {len(items)} [<a href="/user/{u}/news/">Все публикации</a>]</li></ul></div>',
                "Профиль пользователя",
            ),
            CS,
        )
    lister(
        lambda k: "/index.php?do=lastnews" if not k else f"/index.php?do=lastnews&cstart={k + 1}",
        posts,
        "Последние публикации",
        "Последние публикации",
        per=12,
    )
    cloud = "".join(f'<a href="{tag_url(t)}" class="clouds_large">{escape(t)}</a> ' for t in TAGS)
    pages["/tags/"] = html(
        shell(
            f"Облако тегов » {SITE}",
            f'<div class="basecont"><div class="dpad"><h2 class="heading">Облако тегов</h2>{cloud}</div></div>',
            "Облако тегов",
        ),
        CS,
    )
    for path, head, text in (
        (
            "/index.php?do=feedback",
            "Обратная связь",
            "Напишите редакции: вопросы, предложения и сообщения об ошибках. Все поля обязательны для заполнения.",
        ),
        (
            "/index.php?do=register",
            "Регистрация нового пользователя",
            "Уважаемый посетитель, регистрация на сайте позволит Вам оставлять комментарии без проверки модератором.",
        ),
        (
            "/index.php?do=lostpassword",
            "Восстановление пароля",
            "Укажите логин или E-Mail, указанный при регистрации.",
        ),
        (
            "/rules.html",
            "Правила сайта",
            "Запрещается публиковать материалы, нарушающие законодательство Российской Федерации. Администрация оставляет за собой право удалять комментарии без объяснения причин.",
        ),
    ):
        pages[path] = html(
            shell(
                f"{head} » {SITE}",
                f'<div class="basecont"><div class="dpad"><h2 class="heading">{head}</h2><p>{text}</p></div></div>',
                head,
            ),
            CS,
        )
    pages["/engine/opensearch.php"] = Resp(
        f'<?xml version="1.0" encoding="utf-8"?><OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/"><ShortName>{SITE}</ShortName><Url type="text/html" template="{base}/index.php?do=search&amp;subaction=search&amp;story={{searchTerms}}" /></OpenSearchDescription>'.encode(),
        "application/opensearchdescription+xml; charset=utf-8",
    )
    pages["/rss.xml"] = rss(base, SITE, [(url[p.idx], p) for p in posts], "ru")
    entries = [("/", posts[0].published.strftime("%Y-%m-%d"))]
    entries += [(f"/{c}/", None) for c in CATS]
    entries += [(url[p.idx], p.published.strftime("%Y-%m-%d")) for p in posts]
    entries.append(("/rules.html", None))
    pages["/sitemap.xml"] = sitemap(base, entries)
    pages["/robots.txt"] = robots(
        base,
        ["/sitemap.xml"],
        [
            "/engine/go.php",
            "/engine/download.php",
            "/user/",
            "/newposts/",
            "/statistics.html",
            "/*subaction=userinfo",
            "/*do=lastnews",
            "/*do=feedback",
            "/*do=register",
            "/*do=lostpassword",
            "/*do=search",
        ],
    )
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: aliases[p.idx])
