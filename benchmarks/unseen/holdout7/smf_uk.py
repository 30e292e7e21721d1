"""Simple Machines Forum 2.0 (Curve) news boards (uk, Europe/Kyiv): topics as articles, msg/print/WAP2 twins, recent-posts RSS and boards."""
# ruff: noqa: RUF001  (Cyrillic script and typographic quotes are the point here)

from __future__ import annotations

import random
from datetime import datetime
from email.utils import format_datetime
from html import escape
from zoneinfo import ZoneInfo

from benchmarks.unseen.common import by_key, html, make_posts, paged, site_from, thread, xml

NAME = "smf_uk"
SITE = "Форум громади Полтави"
BOARDS = {"2": "Новини міста", "3": "Транспорт і дороги", "4": "Освіта та діти"}
CATEGORY = "Міське життя"
MEMBERS = {"Редакція": 1, "Оксана_К": 5, "admin_pl": 2, "Віктор Гнатюк": 9}
READERS = {
    "Сергій_П": 14,
    "мешканка_Подолу": 21,
    "Andriy": 33,
    "Тетяна": 40,
    "дід_Панас": 47,
    "Ігор В.": 52,
    "kvitka": 58,
}
REMARKS = [
    "Дякую за інформацію, на засідання потрапити не вдалося.",
    "Знову вирішили без громадських слухань, як завжди.",
    "А платити за все це хто буде? Ми з вами.",
    "Нарешті хоч щось зрушило з місця.",
    "Де можна подивитися повні плани?",
    "Аби тільки не перекрили всю вулицю на час ремонту.",
]
LAST = ' class="last"'
MONTHS = [
    "Січня",
    "Лютого",
    "Березня",
    "Квітня",
    "Травня",
    "Червня",
    "Липня",
    "Серпня",
    "Вересня",
    "Жовтня",
    "Листопада",
    "Грудня",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        977, "uk", 28, "Europe/Kyiv", list(BOARDS), list(MEMBERS), ["x"], midnight=False
    )
    rng = random.Random(977)
    threads = {p.idx: thread(rng, list(READERS), REMARKS, p.published, 0, 6) for p in posts}
    tid = {p.idx: 300 + p.idx * 5 for p in posts}
    mid = {p.idx: [4000 + p.idx * 20 + j for j in range(1 + len(threads[p.idx]))] for p in posts}
    views = {p.idx: 90 + (p.idx * 61) % 800 for p in posts}
    S = f"{base}/index.php"
    url = {p.idx: f"/index.php?topic={tid[p.idx]}.0" for p in posts}
    msg = {p.idx: [f"/index.php?topic={tid[p.idx]}.msg{m}" for m in mid[p.idx]] for p in posts}
    printv = {p.idx: f"/index.php?action=printpage;topic={tid[p.idx]}.0" for p in posts}
    wap = {p.idx: f"/index.php?topic={tid[p.idx]}.0;wap2" for p in posts}
    rules_time = datetime(2016, 9, 1, 12, 5, 41, tzinfo=ZoneInfo("Europe/Kyiv"))

    def sdate(d):
        return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M:%S}"

    def uid(who):
        return MEMBERS.get(who) or READERS[who]

    def body_br(p):
        return "<br /><br />".join(escape(x) for x in p.paras)

    def shell(title, main, crumbs=(), head=""):
        tree = [(f"{S}", SITE), (f"{S}#c1", CATEGORY), *crumbs]
        nav = "".join(
            f'<li{LAST if j == len(tree) - 1 else ""}><a href="{h}"><span>{escape(t)}</span></a>{" &#187;" if j < len(tree) - 1 else ""}</li>'
            for j, (h, t) in enumerate(tree)
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
	<link rel="stylesheet" type="text/css" href="{base}/Themes/default/css/index.css?fin20" />
	<script type="text/javascript" src="{base}/Themes/default/scripts/script.js?fin20"></script>
	<script type="text/javascript"><!-- // --><![CDATA[
		var smf_theme_url = "{base}/Themes/default";
		var smf_scripturl = "{S}";
		var smf_charset = "UTF-8";
	// ]]></script>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
	<meta name="description" content="{escape(title)}" />
	<meta name="keywords" content="Полтава, форум, новини, громада" />
	<title>{escape(title)}</title>
{head}
	<link rel="help" href="{S}?action=help" />
	<link rel="search" href="{S}?action=search" />
	<link rel="contents" href="{S}" />
	<link rel="alternate" type="application/rss+xml" title="{SITE} - RSS" href="{S}?type=rss;action=.xml" />
</head>
<body>
<div id="wrapper" style="width: 90%">
	<div id="header"><div class="frame">
		<div id="top_section">
			<h1 class="forumtitle"><a href="{S}">{SITE}</a></h1>
			<img id="smflogo" src="{base}/Themes/default/images/smflogo.png" alt="Simple Machines Forum" title="Simple Machines Forum" />
		</div>
		<div id="upper_section" class="middletext">
			<div class="user">
				<form id="guest_form" action="{S}?action=login2" method="post" accept-charset="UTF-8">
					<div class="info">Будь ласка, <a href="{S}?action=login">увійдіть</a> або <a href="{S}?action=register">зареєструйтесь</a>.</div>
					<input type="text" name="user" size="10" class="input_text" /> <input type="password" name="passwrd" size="10" class="input_password" />
					<input type="submit" value="Вхід" class="button_submit" /><br />
					<div class="info">Вхід з ім'ям користувача, паролем та тривалістю сесії</div>
				</form>
			</div>
			<div class="news normaltext">
				<form id="search_form" action="{S}?action=search2" method="post" accept-charset="UTF-8"><input type="text" name="search" value="" class="input_text" />&nbsp;<input type="submit" name="submit" value="Пошук" class="button_submit" /><input type="hidden" name="advanced" value="0" /></form>
				<h2>Новини: </h2>
				<p>Громадські слухання щодо бюджету міста — щочетверга о 18:00 у міськраді.</p>
			</div>
		</div>
		<div id="main_menu">
			<ul class="dropmenu" id="menu_nav">
				<li id="button_home"><a class="active firstlevel" href="{S}"><span class="last firstlevel">Головна</span></a></li>
				<li id="button_help"><a class="firstlevel" href="{S}?action=help"><span class="firstlevel">Довідка</span></a></li>
				<li id="button_search"><a class="firstlevel" href="{S}?action=search"><span class="firstlevel">Пошук</span></a></li>
				<li id="button_login"><a class="firstlevel" href="{S}?action=login"><span class="firstlevel">Вхід</span></a></li>
				<li id="button_register"><a class="firstlevel" href="{S}?action=register"><span class="last firstlevel">Реєстрація</span></a></li>
			</ul>
		</div>
		<div class="navigate_section"><ul>{nav}</ul></div>
	</div></div>
	<div id="content_section"><div class="frame">
		<div id="main_content_section">
{main}
		</div>
	</div></div>
	<div id="footer_section"><div class="frame">
		<ul class="reset">
			<li class="copyright"><span class="smalltext" style="display: inline; visibility: visible; font-family: Verdana, Arial, sans-serif;"><a href="{S}?action=credits" title="Simple Machines Forum" target="_blank" class="new_win">SMF 2.0.14</a> |
 <a href="http://www.simplemachines.org/about/smf/license.php" title="License" target="_blank" class="new_win">SMF &copy; 2017</a>, <a href="http://www.simplemachines.org" title="Simple Machines" target="_blank" class="new_win">Simple Machines</a></span></li>
			<li><a id="button_xhtml" href="http://validator.w3.org/check?uri=referer" target="_blank" class="new_win" title="Valid XHTML 1.0!"><span>XHTML</span></a></li>
			<li><a id="button_rss" href="{S}?action=.xml;type=rss" class="new_win"><span>RSS</span></a></li>
			<li class="last"><a id="button_wap2" href="{S}?wap2" class="new_win"><span>WAP2</span></a></li>
		</ul>
	</div></div>
</div>
</body></html>"""

    def postbit(j, m, who, when, subject, text, tid_, last):
        reply_no = f"Відповідь #{j}" if j else ""
        return f"""<div class="{"windowbg" if j % 2 == 0 else "windowbg2"}">
	<span class="topslice"><span></span></span>
	<div class="post_wrapper">
		<div class="poster">
			<h4><a href="{S}?action=profile;u={uid(who)}" title="Переглянути профіль {escape(who)}">{escape(who)}</a></h4>
			<ul class="reset smalltext" id="msg_{m}_extra_info">
				<li class="postgroup">{"Модератор" if who in MEMBERS else "Новачок"}</li>
				<li class="stars"><img src="{base}/Themes/default/images/star.gif" alt="*" /></li>
				<li class="postcount">Повідомлень: {uid(who) * 37 % 900 + 11}</li>
			</ul>
		</div>
		<div class="postarea">
			<div class="flow_hidden">
				<div class="keyinfo">
					<div class="messageicon"><img src="{base}/Themes/default/images/post/xx.gif" alt="" /></div>
					<h5 id="subject_{m}"><a href="{S}?topic={tid_}.msg{m}#msg{m}" rel="nofollow">{escape(subject)}</a></h5>
					<div class="smalltext">&#171; <strong>{reply_no} :</strong> {sdate(when)} &#187;</div>
					<div id="msg_{m}_quick_mod"></div>
				</div>
			</div>
			<div class="post">
				<div class="inner" id="msg_{m}">{text}</div>
			</div>
		</div>
		<div class="moderatorbar">
			<div class="smalltext modified" id="modified_{m}"></div>
			<div class="smalltext reportlinks"><img src="{base}/Themes/default/images/ip.gif" alt="" /> Записаний</div>
		</div>
	</div>
	<span class="botslice"><span></span></span>
</div>
<hr class="post_separator" />{'<a id="lastPost"></a>' if last else ""}"""

    def topic(p):
        i = posts.index(p)
        older = posts[i + 1] if i + 1 < len(posts) else p
        newer = posts[i - 1] if i > 0 else p
        msgs = [(p.author, p.published, p.title, body_br(p))] + [
            (w, t, f"Re: {p.title}", escape(x)) for w, t, x in threads[p.idx]
        ]
        bits = "".join(
            f'<a id="msg{m}"></a>' * bool(j)
            + postbit(j, m, w, t, s, x, tid[p.idx], j == len(msgs) - 1)
            for j, (m, (w, t, s, x)) in enumerate(zip(mid[p.idx], msgs, strict=True))
        )
        buttons = f"""<div class="buttonlist floatright"><ul>
	<li><a class="button_strip_reply active" href="{S}?action=post;topic={tid[p.idx]}.0;last_msg={mid[p.idx][-1]}"><span class="last">Відповідь</span></a></li>
	<li><a class="button_strip_print" href="{S}{printv[p.idx][10:]}" rel="new_win nofollow"><span class="last">Друк</span></a></li>
</ul></div>"""
        main = f"""<a id="top"></a>
<a id="msg{mid[p.idx][0]}"></a>
<div class="pagesection">
	<div class="nextlinks"><a href="{S}?topic={tid[older.idx]}.0">&#171; попередня</a> <a href="{S}?topic={tid[newer.idx]}.0">наступна &#187;</a></div>
	{buttons}
	<div class="pagelinks floatleft">Сторінки: [<strong>1</strong>] &nbsp;&nbsp;<a href="#lastPost"><strong>Вниз</strong></a></div>
</div>
<div id="forumposts">
	<div class="cat_bar">
		<h3 class="catbg"><img src="{base}/Themes/default/images/topic/normal_post.gif" align="bottom" alt="" /> <span id="author">Автор</span> Тема: {escape(p.title)} &nbsp;(Прочитано {views[p.idx]} разів)</h3>
	</div>
	<form action="{S}?action=quickmod2;topic={tid[p.idx]}.0" method="post" accept-charset="UTF-8" name="quickModForm" id="quickModForm" style="margin: 0;" onsubmit="return false">
{bits}
	</form>
</div>
<div class="pagesection">
	{buttons}
	<div class="pagelinks floatleft">Сторінки: [<strong>1</strong>] &nbsp;&nbsp;<a href="#top"><strong>Вгору</strong></a></div>
	<div class="nextlinks_bottom"><a href="{S}?topic={tid[older.idx]}.0">&#171; попередня</a> <a href="{S}?topic={tid[newer.idx]}.0">наступна &#187;</a></div>
</div>
<div class="plainbox" id="display_jump_to">&nbsp;</div>
<div id="moderationbuttons"></div>
<p class="smalltext">Ви не можете відповідати в цій темі без входу на форум.</p>"""
        head = f'\t<link rel="canonical" href="{S}?topic={tid[p.idx]}.0" />\n\t<link rel="index" href="{S}?board={p.section}.0" />'
        crumbs = (
            (f"{S}?board={p.section}.0", BOARDS[p.section]),
            (f"{S}?topic={tid[p.idx]}.0", p.title),
        )
        return shell(f"{p.title}", main, crumbs, head)

    def printpage(p):
        rows = [(p.author, p.published, p.title, body_br(p))] + [
            (w, t, f"Re: {p.title}", escape(x)) for w, t, x in threads[p.idx]
        ]
        body = "".join(
            f'<div class="postheader">Назва: {escape(s)}<br />Відправлено: {escape(w)} at {sdate(t)}</div><div id="postbody">{x}</div>'
            for w, t, s, x in rows
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
	<head>
		<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
		<meta name="robots" content="noindex" />
		<link rel="canonical" href="{S}?topic={tid[p.idx]}.0" />
		<title>Друкувати сторінку - {escape(p.title)}</title>
		<style type="text/css">body, a {{ color: #000; background: #fff; }} body, td, .normaltext {{ font-family: Verdana, arial, helvetica, serif; font-size: small; }} #postbody {{ margin: 0 0 2ex 0; }}</style>
	</head>
	<body>
		<h1 id="title">{SITE}</h1>
		<h2 id="linktree">{CATEGORY} =&gt; {BOARDS[p.section]} =&gt; Тема, розпочата: {escape(p.author)} at {sdate(p.published)}</h2>
		<div id="posts">
{body}
		</div>
		<div id="footer" class="smalltext"><a href="{S}?action=credits" title="Simple Machines Forum" target="_blank" class="new_win">SMF 2.0.14</a> | <a href="http://www.simplemachines.org/about/smf/license.php" title="License" target="_blank" class="new_win">SMF &copy; 2017</a>, <a href="http://www.simplemachines.org" title="Simple Machines" target="_blank" class="new_win">Simple Machines</a></div>
	</body>
</html>"""

    def wap_shell(title, body, head=""):
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
	<head>
		<title>{escape(title)}</title>
{head}
		<link rel="stylesheet" href="{base}/Themes/default/css/wireless.css" type="text/css" />
	</head>
	<body>
{body}
		<a href="{S}?action=login;wap2" accesskey="9">9 Вхід</a>
	</body>
</html>"""

    def wap_topic(p):
        rows = [(p.author, p.published, body_br(p))] + [
            (w, t, escape(x)) for w, t, x in threads[p.idx]
        ]
        body = (
            f'<h3 class="catbg">{escape(p.title)}</h3>\n<p class="titlebg">Сторінка 1 з 1</p>\n'
            + "".join(
                f'<p class="{"windowbg" if j % 2 == 0 else "windowbg2"}"><strong>{escape(w)}</strong>: <em>{sdate(t)}</em><br />{x}<br /><br /></p>\n'
                for j, (w, t, x) in enumerate(rows)
            )
        )
        body += f'<p class="titlebg">Навігація</p>\n<p class="windowbg">[0] <a href="{S}?board={p.section}.0;wap2" accesskey="0">Вгору</a></p>'
        return wap_shell(
            p.title, body, f'\t\t<link rel="canonical" href="{S}?topic={tid[p.idx]}.0" />'
        )

    pages: dict = {}
    for p in posts:
        page = html(topic(p))
        pages[url[p.idx]] = page
        for m in msg[p.idx]:
            pages[m] = page
        pages[printv[p.idx]] = html(printpage(p))
        pages[wap[p.idx]] = html(wap_topic(p))
        pages[f"/index.php?action=post;topic={tid[p.idx]}.0;last_msg={mid[p.idx][-1]}"] = html(
            shell(
                f"{SITE} - Помилка",
                '<div id="fatal_error"><div class="cat_bar"><h3 class="catbg">Помилка</h3></div><div class="windowbg"><span class="topslice"><span></span></span><div class="padding">Вибачте, але вам не дозволено писати в цьому розділі.</div><span class="botslice"><span></span></span></div></div>',
            )
        )

    rules = {b: 9000 + int(b) for b in BOARDS}
    for b, t in rules.items():
        text = "Перед публікацією прочитайте правила: теми про міське життя, без особистих образ і реклами. Новини з офіційних джерел публікує редакція форуму."
        rules_page = f'<div id="forumposts"><div class="cat_bar"><h3 class="catbg"><span id="author">Автор</span> Тема: Правила розділу «{BOARDS[b]}» &nbsp;(Прочитано 2311 разів)</h3></div>{postbit(0, t * 3, "admin_pl", rules_time, f"Правила розділу «{BOARDS[b]}»", escape(text), t, True)}</div>'
        pages[f"/index.php?topic={t}.0"] = html(
            shell(
                f"Правила розділу «{BOARDS[b]}»",
                rules_page,
                ((f"{S}?board={b}.0", BOARDS[b]),),
                f'\t<link rel="canonical" href="{S}?topic={t}.0" />',
            )
        )
        pages[f"/index.php?topic={t}.msg{t * 3}"] = pages[f"/index.php?topic={t}.0"]

    def board(b, items, per=10):
        def nth(k):
            return f"/index.php?board={b}.{k * per}"

        def row(q, sticky=False):
            if sticky:
                t = rules[b]
                return f'<tr><td class="icon1 stickybg"><img src="{base}/Themes/default/images/topic/normal_post_sticky.gif" alt="" /></td><td class="subject stickybg2"><div><strong><span id="msg_{t * 3}"><a href="{S}?topic={t}.0">Правила розділу «{BOARDS[b]}»</a></span></strong><p>Автор <a href="{S}?action=profile;u=2" title="Переглянути профіль admin_pl">admin_pl</a></p></div></td><td class="stats stickybg">0 Відповідей<br />2311 Переглядів</td><td class="lastpost stickybg2"><a href="{S}?topic={t}.msg{t * 3}#new"><img src="{base}/Themes/default/images/icons/last_post.gif" alt="Остання відповідь" title="Остання відповідь" /></a>{sdate(rules_time)}<br />від <a href="{S}?action=profile;u=2">admin_pl</a></td></tr>'
            n = len(threads[q.idx])
            lw, lt = (
                (threads[q.idx][-1][0], threads[q.idx][-1][1]) if n else (q.author, q.published)
            )
            return f"""<tr>
	<td class="icon1 windowbg"><img src="{base}/Themes/default/images/topic/{"hot_post" if n > 3 else "normal_post"}.gif" alt="" /></td>
	<td class="subject windowbg2"><div><span id="msg_{mid[q.idx][0]}"><a href="{S}?topic={tid[q.idx]}.0">{escape(q.title)}</a></span><p>Автор <a href="{S}?action=profile;u={uid(q.author)}" title="Переглянути профіль {escape(q.author)}">{escape(q.author)}</a></p></div></td>
	<td class="stats windowbg">{n} Відповідей<br />{views[q.idx]} Переглядів</td>
	<td class="lastpost windowbg2"><a href="{S}?topic={tid[q.idx]}.msg{mid[q.idx][-1]}#new"><img src="{base}/Themes/default/images/icons/last_post.gif" alt="Остання відповідь" title="Остання відповідь" /></a>{sdate(lt)}<br />від <a href="{S}?action=profile;u={uid(lw)}">{escape(lw)}</a></td>
</tr>"""

        def render(chunk, k, n):
            pl = " ".join(
                f"[<strong>{j + 1}</strong>]"
                if j == k
                else f'<a class="navPages" href="{S}{nth(j)[10:]}">{j + 1}</a>'
                for j in range(n)
            )
            rows = (row(None, True) if not k else "") + "".join(row(q) for q in chunk)
            main = f"""<a id="top"></a>
<div class="pagesection"><div class="pagelinks floatleft">Сторінки: {pl}</div></div>
<div class="tborder topic_table" id="messageindex">
	<table class="table_grid" cellspacing="0">
		<thead><tr class="catbg"><th scope="col" class="first_th" width="8%" colspan="2">&nbsp;</th><th scope="col" class="lefttext">Тема / Автор</th><th scope="col" width="14%">Відповідей / Переглядів</th><th scope="col" class="lefttext last_th" width="22%">Остання відповідь</th></tr></thead>
		<tbody>{rows}</tbody>
	</table>
</div>
<div class="pagesection"><div class="pagelinks">Сторінки: {pl}</div></div>"""
            return shell(
                f"{BOARDS[b]}" + (f" - Сторінка {k + 1}" if k else ""),
                main,
                ((f"{S}?board={b}.0", BOARDS[b]),),
                f'\t<link rel="canonical" href="{S}?board={b}.{k * per}" />\n\t<link rel="alternate" type="application/rss+xml" title="{BOARDS[b]} - RSS" href="{S}?type=rss;action=.xml;board={b}.0" />',
            )

        paged(pages, nth, items, per, render)
        wap_rows = "".join(
            f'<p class="windowbg"><a href="{S}{wap[q.idx][10:]}">{escape(q.title)}</a> ({len(threads[q.idx])})</p>\n'
            for q in items
        )
        pages[f"/index.php?board={b}.0;wap2"] = html(
            wap_shell(
                BOARDS[b],
                f'<p class="catbg">{BOARDS[b]}</p>\n{wap_rows}<p class="windowbg">[0] <a href="{S}?wap2" accesskey="0">Вгору</a></p>',
            )
        )

    for b, items in by_key(posts, lambda p: p.section).items():
        board(b, items)
        pages[f"/index.php?type=rss;action=.xml;board={b}.0"] = feed(
            base,
            f"{SITE} - {BOARDS[b]}",
            [(url[q.idx], q.title, q.author, q.published, q.paras[0]) for q in items[:10]],
        )

    everything = sorted(
        [
            (
                p.published,
                f"/index.php?topic={tid[p.idx]}.msg{mid[p.idx][0]}#msg{mid[p.idx][0]}",
                p.title,
                p.author,
                p.paras[0],
                p,
            )
            for p in posts
        ]
        + [
            (
                t,
                f"/index.php?topic={tid[p.idx]}.msg{mid[p.idx][j + 1]}#msg{mid[p.idx][j + 1]}",
                f"Re: {p.title}",
                w,
                x,
                p,
            )
            for p in posts
            for j, (w, t, x) in enumerate(threads[p.idx])
        ],
        key=lambda r: r[0],
        reverse=True,
    )
    recent = everything[:10]
    pages["/index.php?action=.xml;type=rss"] = feed(
        base, SITE, [(u, s, w, t, x) for t, u, s, w, x, _ in recent]
    )
    pages["/index.php?type=rss;action=.xml"] = pages["/index.php?action=.xml;type=rss"]
    rec = "".join(
        f"""<div class="{"windowbg" if j % 2 == 0 else "windowbg2"} core_posts"><span class="topslice"><span></span></span><div class="content">
<div class="counter">{j + 1}</div>
<div class="topic_details"><h5><strong><a href="{S}?board={p.section}.0">{BOARDS[p.section]}</a> / <a href="{S}{u[10:]}" rel="nofollow">{escape(s)}</a></strong></h5>
<span class="smalltext">&#171;&nbsp;<strong>від</strong> {sdate(t)}&nbsp;&#187;</span></div>
<div class="list_posts">{escape(x)}</div></div><span class="botslice"><span></span></span></div>"""
        for j, (t, u, s, w, x, p) in enumerate(recent)
    )
    pages["/index.php?action=recent"] = html(
        shell(
            f"{SITE} - Останні повідомлення",
            f'<div id="recent" class="main_section"><div class="cat_bar"><h3 class="catbg"><span class="ie6_header floatleft"><img src="{base}/Themes/default/images/post/xx.gif" alt="" class="icon" />Останні повідомлення</span></h3></div><div class="pagesection"><span>Сторінки: [<strong>1</strong>]</span></div>{rec}</div>',
            ((f"{S}?action=recent", "Останні повідомлення"),),
        )
    )
    boards_html = "".join(
        f"""<tr id="board_{b}" class="windowbg2">
	<td class="icon windowbg"><a href="{S}?board={b}.0"><img src="{base}/Themes/default/images/on.png" alt="Нові повідомлення" title="Нові повідомлення" /></a></td>
	<td class="info"><a class="subject" href="{S}?board={b}.0" name="b{b}">{v}</a><p>Обговорення подій і рішень міської ради.</p></td>
	<td class="stats windowbg"><p>{sum(1 + len(threads[q.idx]) for q in posts if q.section == b)} Повідомлень <br />{sum(1 for q in posts if q.section == b) + 1} Тем</p></td>
	<td class="lastpost">{(lambda q: f'<strong>Останнє повідомлення</strong> від <a href="{S}?action=profile;u={uid(q.author)}">{escape(q.author)}</a><br />в <a href="{S}?topic={tid[q.idx]}.msg{mid[q.idx][0]}#new" title="{escape(q.title)}">{escape(q.title[:24])}...</a><br />на {sdate(q.published)}')(next(q for q in posts if q.section == b))}</td>
</tr>"""
        for b, v in BOARDS.items()
    )
    latest = "".join(
        f'<dt><strong><a href="{S}{u[10:]}" rel="nofollow">{escape(s)}</a></strong> від <a href="{S}?action=profile;u={uid(w)}">{escape(w)}</a> (<a href="{S}?board={p.section}.0">{BOARDS[p.section]}</a>)</dt><dd>{sdate(t)}</dd>'
        for t, u, s, w, x, p in recent[:5]
    )
    home = f"""<div id="boardindex_table">
	<table class="table_list">
		<tbody class="header" id="category_1"><tr><td colspan="4"><div class="cat_bar"><h3 class="catbg"><a id="c1"></a>{CATEGORY}</h3></div></td></tr></tbody>
		<tbody class="content" id="category_1_boards">{boards_html}</tbody>
	</table>
</div>
<span class="clear upperframe"><span></span></span>
<div class="roundframe"><div class="innerframe">
	<div class="cat_bar"><h3 class="catbg">{SITE} - Інформаційний центр</h3></div>
	<div id="upshrinkHeaderIC">
		<div class="title_barIC"><h4 class="titlebg"><span class="ie6_header floatleft"><a href="{S}?action=recent"><img class="icon" src="{base}/Themes/default/images/post/xx.gif" alt="Останні повідомлення" /></a>Останні повідомлення</span></h4></div>
		<div class="hslice" id="recent_posts_content"><div class="entry-title" style="display: none;">{SITE} - Останні повідомлення</div><div class="entry-content" style="display: none;"><a rel="feedurl" href="{S}?action=.xml;type=webslice">Веб-слайс</a></div>
			<dl id="ic_recentposts" class="middletext">{latest}</dl>
		</div>
		<div class="title_barIC"><h4 class="titlebg"><span class="ie6_header floatleft">Статистика форуму</span></h4></div>
		<p>{sum(1 + len(v) for v in threads.values())} Повідомлень в {len(posts) + 3} Темах від {len(MEMBERS) + len(READERS)} Користувачів. Останній користувач: <strong> <a href="{S}?action=profile;u=58">kvitka</a></strong></p>
	</div>
</div></div>
<span class="lowerframe"><span></span></span>"""
    pages["/index.php"] = html(
        shell(f"{SITE} - Головна", home, (), f'\t<link rel="canonical" href="{S}" />')
    )
    pages["/"] = pages["/index.php"]
    pages["/index.php?wap2"] = html(
        wap_shell(
            SITE,
            f'<p class="catbg">{CATEGORY}</p>\n'
            + "".join(
                f'<p class="windowbg"><a href="{S}?board={b}.0;wap2">{v}</a></p>\n'
                for b, v in BOARDS.items()
            ),
        )
    )
    for who, u in {**MEMBERS, **READERS}.items():
        pages[f"/index.php?action=profile;u={u}"] = html(
            shell(
                f"Переглянути профіль {who}",
                f'<div id="profileview" class="flow_auto"><div class="cat_bar"><h3 class="catbg">Підсумок - {escape(who)}</h3></div><div class="windowbg"><div class="content"><dl><dt>Повідомлень: </dt><dd>{u * 37 % 900 + 11}</dd><dt>Зареєстрований: </dt><dd>12 Травня 2014, 20:14:02</dd></dl></div></div></div>',
            )
        )
    for act, title, text in (
        (
            "help",
            "Довідка",
            "Тут ви знайдете відповіді на часті запитання про користування форумом.",
        ),
        ("search", "Пошук", "Введіть слова для пошуку в повідомленнях форуму."),
        ("login", "Вхід", "Введіть ім'я користувача та пароль."),
        ("register", "Реєстрація", "Реєстрацію нових користувачів тимчасово призупинено."),
        ("credits", "Подяки", "Simple Machines Forum створено командою Simple Machines."),
        ("login;wap2", "Вхід", "Введіть ім'я користувача та пароль."),
    ):
        pages[f"/index.php?action={act}"] = html(
            shell(
                f"{SITE} - {title}",
                f'<div class="cat_bar"><h3 class="catbg">{title}</h3></div><div class="windowbg2"><span class="topslice"><span></span></span><div class="content"><p>{text}</p></div><span class="botslice"><span></span></span></div>',
            )
        )
    pages["/index.php?action=.xml;type=webslice"] = xml(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<smf:xml-feed xmlns:smf="http://www.simplemachines.org/" version="2.0"><recent-post><subject>{escape(recent[0][2])}</subject></recent-post></smf:xml-feed>'
    )
    return site_from(
        NAME, posts, lambda p: url[p.idx], pages, lambda p: [*msg[p.idx], printv[p.idx], wap[p.idx]]
    )


def feed(base: str, title: str, items: list[tuple]):
    """SMF's RSS 2.0 (action=.xml;type=rss): (path, subject, poster, local time, text) per item."""
    rows = "".join(
        f"<item><title>{escape(s)}</title><link>{base}{escape(u)}</link><description><![CDATA[{x}]]></description>"
        f"<category>{escape(w)}</category><pubDate>{format_datetime(t)}</pubDate><guid>{base}{escape(u)}</guid></item>"
        for u, s, w, t, x in items
    )
    return xml(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="0.92" xml:lang="uk"><channel><title>{escape(title)}</title><link>{base}/index.php</link>'
        f"<description><![CDATA[Останні повідомлення на {escape(title)}]]></description>{rows}</channel></rss>",
        "application/rss+xml",
    )
