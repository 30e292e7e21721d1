"""Two legacy portals: French table layout (windows-1252 / ISO-8859-15), Russian (windows-1251)."""
# ruff: noqa: RUF001  (Cyrillic and typographic quotes are the point of this fixture)

from __future__ import annotations

from tests.heldout.common import Built, Post, e, expected, html, make_posts
from tests.heldout.server import Resp

FR_NAME = "Le Courrier du Val"
FR_SPECS = [
    (
        "1201",
        "Le pont de la Sèvre fermé jusqu’à Noël",
        "2026-11-02T08:10:00+01:00",
        "réfection du pont",
    ),
    (
        "1202",
        "Fête de la Saint-Martin : un succès malgré la pluie",
        "2026-11-02T19:45:00+01:00",
        "la fête patronale",
    ),
    (
        "1203",
        "L’école Jean-Moulin rouvre ses portes après l’incendie",
        "2026-11-03T00:35:00+01:00",
        "la reconstruction de l'école",
    ),
    (
        "1204",
        "Œuvres d’art volées à la mairie : l’enquête avance",
        "2026-11-03T13:20:00+01:00",
        "l'enquête sur le vol",
    ),
    (
        "1205",
        "Marché de Noël : 42 exposants attendus place du Général",
        "2026-11-04T09:00:00+01:00",
        "le marché de Noël",
    ),
    (
        "1206",
        "Travaux rue de l’Église : une déviation jusqu’en février",
        "2026-11-04T17:30:00+01:00",
        "la rénovation de la voirie",
    ),
    (
        "1207",
        "Prix de l’eau : hausse de 12 € par foyer en 2027",
        "2026-11-04T23:40:00+01:00",
        "le prix de l'eau",
    ),
]
FR_BOILER = [
    "Publicité",
    "Lire aussi",
    "Version imprimable",
    "Envoyer à un ami",
    "Réagir à cet article",
    "Vos réactions",
    "Recopiez le code",
    "Il était temps que la mairie",
    "Les plus lus",
    "recevez l’actualité du Val",
    "Tous droits réservés",
    "Sondage",
]
MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def _fr_date(post: Post) -> str:
    d = post.published
    return f"{d.day} {MOIS[d.month - 1]} {d.year} à {d:%H}h{d:%M}"


def _fr_shell(title: str, main: str, meta: str, posts: list[tuple[Post, str]]) -> str:
    plus_lus = "".join(
        f'<tr><td><font face="Arial" size="1">&#149; <a href="{u}">{e(p.title)}</a></font></td></tr>'
        for p, u in posts[:5]
    )
    return f"""<html>
<head>
<title>{FR_NAME} - {e(title)}</title>
{meta}
<meta name="keywords" content="actualité, val, région, sèvre">
<link rel="stylesheet" href="/styles.css" type="text/css">
<script language="JavaScript" src="/js/menu.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><a href="/"><img src="/img/logo.gif" width="780" height="90" alt="{FR_NAME}" border="0"></a></td></tr>
<tr><td colspan="3" bgcolor="#003366" height="20"><font face="Arial" size="1" color="#FFFFFF">&nbsp;Jeudi 5 novembre 2026 &nbsp;|&nbsp; <a href="/rubrique.php?id=1"><font color="#FFFFFF">Région</font></a> | <a href="/rubrique.php?id=2"><font color="#FFFFFF">Société</font></a> | <a href="/archives.php?mois=2026-11"><font color="#FFFFFF">Archives</font></a></font></td></tr>
<tr>
<td width="160" valign="top" bgcolor="#EEEEEE"><font face="Arial" size="2"><b>Rubriques</b></font><br>
<font face="Arial" size="1"><a href="/rubrique.php?id=1">Région</a><br><a href="/rubrique.php?id=2">Société</a><br><a href="/contact.php">Contact</a><br><a href="/mentions.php">Mentions légales</a></font><br><br>
<table width="100%" border="0" bgcolor="#DDDDDD"><tr><td><font face="Arial" size="2"><b>Sondage</b></font><br><font face="Arial" size="1">Êtes-vous favorable à la piétonnisation du centre ?<br><form action="/sondage.php" method="post"><input type="radio" name="r" value="1"> Oui<br><input type="radio" name="r" value="2"> Non<br><input type="submit" value="Voter"></form></font></td></tr></table>
</td>
<td width="460" valign="top">
{main}
</td>
<td width="160" valign="top" bgcolor="#F5F5F5">
<table width="100%" border="0"><tr><td bgcolor="#003366"><font face="Arial" size="2" color="#FFFFFF"><b>Les plus lus</b></font></td></tr>{plus_lus}</table><br>
<table width="100%" border="0"><tr><td><font face="Arial" size="1"><b>Newsletter</b> : recevez l’actualité du Val chaque matin<br><form action="/newsletter.php" method="post"><input type="text" name="email" size="14"> <input type="submit" value="OK"></form></font></td></tr></table>
<center><font size="1" color="#999999">Publicité</font><br><a href="/pub/clic.php?id=3"><img src="/pub/carre.gif" width="150" height="150" border="0"></a></center>
</td></tr>
<tr><td colspan="3" align="center" bgcolor="#EEEEEE"><font face="Arial" size="1">© {FR_NAME} 2001-2026 - Tous droits réservés - <a href="/mentions.php">Mentions légales</a> - <a href="/contact.php">Contact</a></font></td></tr>
</table>
</body>
</html>"""


def _fr_article(post: Post, aid: str, other: tuple[Post, str], special: str) -> str:
    oth, oth_url = other
    paras = [e(p) for p in post.paras]
    paras.insert(2, e(special))
    body = "<br><br>\n".join(paras[:3])
    body += '<br><br>\n<center><font size="1" color="#999999">Publicité</font><br><a href="/pub/clic.php?id=7"><img src="/pub/banniere468.gif" width="468" height="60" border="0"></a></center><br>\n'
    body += "<br><br>\n".join(paras[3:])
    body += f'<br><br>\n<b>Lire aussi :</b> <a href="{oth_url}">{e(oth.title)}</a><br><br>'
    maj = post.published.replace(hour=min(post.published.hour + 5, 23))
    return f"""<font face="Arial" size="1"><a href="/">Accueil</a> &gt; <a href="/rubrique.php?id={1 if post.section == "Région" else 2}">{post.section}</a></font><br><br>
<font face="Arial" size="4" color="#003366"><b>{e(post.title)}</b></font><br>
<font face="Arial" size="1" color="#666666">Publié le {_fr_date(post)} | Mis à jour le {_fr_date(Post(post.key, "", maj, "", "", [], []))}<br>Par {e(post.author)}</font><br><br>
<font face="Verdana" size="2">
{body}
</font>
<table width="100%" border="0"><tr><td><font face="Arial" size="1"><a href="/article.php?id={aid}&amp;print=1">Version imprimable</a> | <a href="/envoyer.php?id={aid}">Envoyer à un ami</a> | <a href="/reagir.php?id={aid}">Réagir à cet article</a></font></td></tr></table>
<hr size="1" noshade>
<font face="Arial" size="2"><b>Vos réactions (1)</b></font><br>
<font face="Verdana" size="1"><b>Gérard</b> le 05/11/2026 : Enfin ! Il était temps que la mairie se décide, on attend depuis des années.</font><br><br>
<form action="/reagir.php?id={aid}" method="post"><font face="Verdana" size="1">Votre nom : <input type="text" name="nom"><br>Votre message :<br><textarea name="msg" cols="40" rows="4"></textarea><br>Recopiez le code : <img src="/captcha.php?id={aid}"> <input type="text" name="code" size="5"><br><input type="submit" value="Envoyer"></font></form>"""


def _fr_print(post: Post, special: str) -> str:
    paras = [e(p) for p in post.paras]
    paras.insert(2, e(special))
    return f"""<html><head><title>{e(post.title)}</title><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body onload="window.print()"><font face="Times New Roman" size="2"><b>{FR_NAME}</b></font><hr>
<h2>{e(post.title)}</h2><i>Publié le {_fr_date(post)} - Par {e(post.author)}</i><br><br>
{"<br><br>".join(paras)}<br><hr><font size="1">© {FR_NAME} - <a href="javascript:window.print()">Imprimer cette page</a></font></body></html>"""


def _fr_list(title: str, items: list[tuple[Post, str]]) -> str:
    rows = "".join(
        f'<tr><td><font face="Arial" size="2"><b><a href="{u}">{e(p.title)}</a></b></font><br><font face="Verdana" size="1" color="#666666">{p.published:%d/%m/%Y} - {e(p.excerpt)}</font><br><br></td></tr>'
        for p, u in items
    )
    return f'<font face="Arial" size="3" color="#003366"><b>{e(title)}</b></font><br><br><table width="100%" border="0">{rows}</table>'


MENTIONS = [
    "Le site lecourrierduval.example est édité par la SARL Le Courrier du Val, au capital de 15 000 €, immatriculée au registre du commerce sous le numéro 412 000 000. Directeur de la publication : Jean-Pierre Maréchal.",
    "Hébergement : l’hébergeur du site est une société française dont le siège social est situé à Roubaix. Conformément à la loi « informatique et libertés », vous disposez d’un droit d’accès et de rectification des données vous concernant.",
    "Toute reproduction, même partielle, des articles et photographies publiés sur ce site est interdite sans l’autorisation écrite de la rédaction. Les liens vers le site sont autorisés sans demande préalable.",
]


def build_fr(base: str) -> Built:
    posts = make_posts("legacy-fr", FR_SPECS, "fr")
    urls = {p.key: f"{base}/article.php?id={p.key}" for p in posts}
    newest = sorted(posts, key=lambda p: p.published, reverse=True)
    items = [(p, urls[p.key]) for p in newest]
    pages: dict[str, Resp] = {}
    arts = []

    def fr_page(title: str, main: str, i: int) -> Resp:
        if i % 2 == 0:  # charset in the HTTP header only
            return html(_fr_shell(title, main, "", items), "windows-1252")
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">'
        return html(_fr_shell(title, main, meta, items), "iso-8859-15", header_charset=False)

    for i, post in enumerate(posts):
        other = posts[(i + 2) % len(posts)]
        special = f"Selon l’adjointe aux finances, l’œuvre de rénovation coûtera {40 + i} € par habitant, « un effort raisonnable »."
        pages[f"/article.php?id={post.key}"] = fr_page(
            post.title, _fr_article(post, post.key, (other, urls[other.key]), special), i
        )
        pages[f"/article.php?id={post.key}&print=1"] = html(
            _fr_print(post, special), "windows-1252", header_charset=False
        )
        arts.append(expected(urls[post.key], post, [*FR_BOILER, other.title], [special]))
    pages["/"] = fr_page("Accueil", _fr_list("À la une", items[:5]), 0)
    pages["/rubrique.php?id=1"] = fr_page(
        "Région", _fr_list("Région", [x for x in items if x[0].section == "Région"]), 1
    )
    pages["/rubrique.php?id=2"] = fr_page(
        "Société", _fr_list("Société", [x for x in items if x[0].section == "Société"]), 0
    )
    pages["/archives.php?mois=2026-11"] = fr_page(
        "Archives", _fr_list("Archives : novembre 2026", items), 1
    )
    pages["/mentions.php"] = fr_page(
        "Mentions légales",
        '<font face="Arial" size="3"><b>Mentions légales</b></font><br><br><font face="Verdana" size="2">'
        + "<br><br>".join(e(p) for p in MENTIONS)
        + "</font>",
        0,
    )
    pages["/contact.php"] = fr_page(
        "Contact",
        '<font face="Arial" size="3"><b>Contactez la rédaction</b></font><br><br><font face="Verdana" size="2">Par téléphone au 05 49 00 00 00, du lundi au vendredi de 9h à 18h.<br><form action="/contact.php" method="post">Nom : <input name="nom"><br>Message : <textarea name="m"></textarea><br><input type="submit" value="Envoyer"></form></font>',
        1,
    )
    non = [
        "/",
        "/rubrique.php?id=1",
        "/rubrique.php?id=2",
        "/archives.php?mois=2026-11",
        "/mentions.php",
        "/contact.php",
    ]
    return Built("ho-legacy-fr", pages, arts, [base + p for p in non], {"timezone": "Europe/Paris"})


RU_NAME = "Вести Заречья"
RU_SPECS = [
    ("3101", "В Заречье начали ремонт набережной", "2026-11-02T10:30:00+03:00", "Набережная"),
    ("3102", "Школьники собрали две тонны макулатуры", "2026-11-02T18:05:00+03:00", "Чистый город"),
    (
        "3103",
        "Водоканал предупредил об отключениях воды",
        "2026-11-03T01:15:00+03:00",
        "Новый водопровод",
    ),
    (
        "3104",
        "Депутаты утвердили бюджет района на 2027 год",
        "2026-11-03T14:50:00+03:00",
        "Бюджет района",
    ),
    ("3105", "На площади Победы откроется каток", "2026-11-04T02:30:00+03:00", "Зимний каток"),
    (
        "3106",
        "Автобус № 12 изменит маршрут с понедельника",
        "2026-11-04T16:40:00+03:00",
        "Новый маршрут",
    ),
]
RU_BOILER = [
    "Версия для печати",
    "Обсудить на форуме",
    "Реклама",
    "Самое читаемое",
    "Подписаться на рассылку",
    "Все права защищены",
    "Читайте также",
    "Погода",
]


def _ru_shell(title: str, main: str, meta: str, items: list[tuple[Post, str]]) -> str:
    top = "".join(f'<li><a href="{u}">{e(p.title)}</a></li>' for p, u in items[:5])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
{meta}
<title>{e(title)} - {RU_NAME}</title>
<link rel="stylesheet" type="text/css" href="/css/main.css">
</head>
<body>
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2" class="shapka"><a href="/"><img src="/i/logo.gif" alt="{RU_NAME}" border="0"></a> <font size="1">Погода: +3 °C, облачно</font></td></tr>
<tr><td colspan="2" class="menu"><a href="/">Главная</a> | <a href="/rubric/gorod/">Город</a> | <a href="/rubric/obshestvo/">Общество</a> | <a href="/about.html">О газете</a> | <a href="/reklama.html">Реклама</a></td></tr>
<tr><td valign="top" class="content">
{main}
</td>
<td width="220" valign="top" class="right">
<div class="blok"><b>Самое читаемое</b><ul>{top}</ul></div>
<div class="blok"><b>Подписаться на рассылку</b><form action="/subscribe.php" method="post"><input type="text" name="email"><input type="submit" value="OK"></form></div>
<div class="blok"><font size="1">Реклама</font><br><a href="/banner.php?id=5"><img src="/b/240x400.gif" width="200" height="300" border="0"></a></div>
</td></tr>
<tr><td colspan="2" class="footer"><font size="1">© 2003-2026 «{RU_NAME}». Все права защищены. При перепечатке ссылка обязательна.</font>
<!--LiveInternet counter--><a href="//www.liveinternet.ru/click" target="_blank"><img src="/li.gif" alt="" border="0" width="88" height="31"></a><!--/LiveInternet--></td></tr>
</table></body></html>"""


def _ru_article(post: Post, other: tuple[Post, str]) -> str:
    oth, oth_url = other
    paras = "\n".join(
        f'<p align="justify"><font face="Tahoma" size="2">{e(p)}</font></p>' for p in post.paras
    )
    return f"""<div class="path"><a href="/">Главная</a> &raquo; <a href="/rubric/{"gorod" if post.section == "Город" else "obshestvo"}/">{post.section}</a></div>
<h2 class="zag">{e(post.title)}</h2>
<div class="data">{post.published:%d.%m.%Y %H:%M} | {e(post.author)}</div>
{paras}
<p align="justify"><font face="Tahoma" size="2"><b>Читайте также:</b> <a href="{oth_url}">{e(oth.title)}</a></font></p>
<p><font size="1"><a href="/print.php?id={post.key}">Версия для печати</a> | <a href="/forum/viewtopic.php?t={post.key}">Обсудить на форуме</a></font></p>"""


ABOUT_RU = [
    "Газета «Вести Заречья» выходит с 1995 года. Электронная версия издания работает с 2003 года и обновляется ежедневно.",
    "Учредитель — администрация Заречного района. Главный редактор — Наталья Петровна Орлова. Свидетельство о регистрации СМИ выдано управлением Роскомнадзора по области.",
    "Адрес редакции: улица Ленина, дом 14, второй этаж. Телефон редакции указан на странице контактов; письма читателей публикуются по пятницам.",
]


def build_ru(base: str) -> Built:
    posts = make_posts("legacy-ru", RU_SPECS, "ru")
    urls = {p.key: f"{base}/news/{p.published:%Y/%m/%d}/{p.key}.html" for p in posts}
    newest = sorted(posts, key=lambda p: p.published, reverse=True)
    items = [(p, urls[p.key]) for p in newest]
    pages: dict[str, Resp] = {}
    arts = []

    def ru_page(title: str, main: str, i: int) -> Resp:
        if i % 2 == 0:  # charset in the HTTP header only
            return html(_ru_shell(title, main, "", items), "windows-1251")
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        return html(_ru_shell(title, main, meta, items), "windows-1251", header_charset=False)

    for i, post in enumerate(posts):
        other = posts[(i + 1) % len(posts)]
        pages[urls[post.key][len(base) :]] = ru_page(
            post.title, _ru_article(post, (other, urls[other.key])), i
        )
        printed = (
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>{e(post.title)}</title></head><body><h3>{e(post.title)}</h3><p>{post.published:%d.%m.%Y %H:%M}</p>'
            + "".join(f"<p>{e(p)}</p>" for p in post.paras)
            + f"<p>© {RU_NAME}</p></body></html>"
        )
        pages[f"/print.php?id={post.key}"] = html(printed, "windows-1251", header_charset=False)
        arts.append(expected(urls[post.key], post, [*RU_BOILER, other.title]))

    def lst(t, xs):
        return f"<h2>{e(t)}</h2>" + "".join(
            f'<p><font size="1">{p.published:%d.%m.%Y %H:%M}</font> <a href="{u}"><b>{e(p.title)}</b></a><br>{e(p.excerpt)}</p>'
            for p, u in xs
        )

    pages["/"] = ru_page("Главная", lst("Новости", items), 0)
    pages["/rubric/gorod/"] = ru_page(
        "Город", lst("Город", [x for x in items if x[0].section == "Город"]), 1
    )
    pages["/rubric/obshestvo/"] = ru_page(
        "Общество", lst("Общество", [x for x in items if x[0].section == "Общество"]), 0
    )
    pages["/about.html"] = ru_page(
        "О газете", "<h2>О газете</h2>" + "".join(f"<p>{e(p)}</p>" for p in ABOUT_RU), 1
    )
    pages["/reklama.html"] = ru_page(
        "Реклама",
        "<h2>Размещение рекламы</h2><p>Стоимость модуля на главной странице — 5000 рублей в неделю. Подробности по телефону отдела рекламы.</p>",
        0,
    )
    non = ["/", "/rubric/gorod/", "/rubric/obshestvo/", "/about.html", "/reklama.html"] + [
        f"/print.php?id={p.key}" for p in posts
    ]
    return Built(
        "ho-legacy-ru", pages, arts, [base + p for p in non], {"timezone": "Europe/Moscow"}
    )
