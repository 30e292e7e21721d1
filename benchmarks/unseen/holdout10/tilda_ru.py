"""A Tilda Publishing site used as a city news outlet, ru, Asia/Yekaterinburg (UTC+5).

Followed: Tilda's published/exported page markup (`<!--allrecords-->` `#allrecords.t-records`
with `data-tilda-page-id`, `data-tilda-project-id`, each block a `div.r.t-rec` with `id="recNNN"`,
`data-record-type` and a `<!-- T123 -->` comment; T228 menu, T-cover (`t-cover`, `t-cover__carrier`,
`t-cover__filter`), T004/T-text blocks (`t-text t-text_md`, `field="text"`), T-form subscribe blocks
(`t-form`, `js-form-proccess`), T420 footer and the "Made on Tilda" label `t-tildalabel`); Tilda
Feeds: the feed block (`t-feed`, `t-feed__post-parts`, `js-feed-post`, "Загрузить ещё" button that
fetches more by script) and the post page at `/news/tpost/{id}-{slug}` (`t-feed__post-popup__container`,
`js-feed-post-title`, `t-feed__post-popup__date`, the editor's `t-redactor__text` blocks, schema.org
BlogPosting with `datePublished`), also served at the short `/tpost/{id}-{slug}` that related-post
cards link to. Long reads are ordinary Tilda pages built from several T-blocks (the story split
across text blocks, dated only by a typed line). Discovery: `sitemap.xml` (Tilda's, with lastmod)
plus partial feed listings; no RSS.
"""
# ruff: noqa: RUF001  (Cyrillic script and typographic quotes are the point here)

from __future__ import annotations

from html import escape

from benchmarks.unseen.common import by_key, html, make_posts, robots, site_from, sitemap
from benchmarks.unseen.holdout10 import latin_slug

NAME = "tilda_ru"
SITE = "Тверь Сегодня"
SECTIONS = {"gorod": "Город", "transport": "Транспорт", "obshchestvo": "Общество"}
AUTHORS = ["Анна Смирнова", "Олег Кузнецов", "Редакция"]
MONTHS = [
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
ALPHA = "abcdefghijklmnopqrstuvwxyz0123456789"


def ruday(d) -> str:
    """Tilda Feeds' date as shown: `4 марта 2017` in the project's zone."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(10404, "ru", 30, "Asia/Yekaterinburg", list(SECTIONS), AUTHORS, ["x"])
    pid = 4410000 + 31
    longread = {p.idx for p in posts if p.idx % 4 == 0}

    def tid(q):
        n = q.idx * 7919 + 104729
        return "".join(ALPHA[(n // 36**k) % 36] for k in range(10))

    url, short = {}, {}
    for p in posts:
        s = latin_slug(p.title, f"post-{p.idx}", 60)
        if p.idx in longread:
            url[p.idx] = f"/news/longread-{p.idx}"
        else:
            url[p.idx] = f"/news/tpost/{tid(p)}-{s}"
            short[p.idx] = f"/tpost/{tid(p)}-{s}"

    rec = iter(range(291000000, 299000000, 1371))

    def t_rec(rtype, inner, pt=0, pb=0, comment=""):
        r = next(rec)
        return f"""<div id="rec{r}" class="r t-rec t-rec_pt_{pt} t-rec_pb_{pb}" style="padding-top:{pt}px;padding-bottom:{pb}px;" data-record-type="{rtype}">
<!-- {comment} -->
{inner}
</div>"""

    def menu():
        links = "".join(
            f'<li class="t228__list_item" style="padding:0 15px;"><a class="t-menu__link-item" href="/{k}" data-menu-submenu-hook="" data-menu-item-number="{j + 1}">{v}</a></li>'
            for j, (k, v) in enumerate(SECTIONS.items())
        )
        return t_rec(
            257,
            f"""<div id="nav{pid}" class="t228 t228__positionstatic" style="background-color:rgba(255,255,255,1);height:80px;" data-bgcolor-hex="#ffffff" data-menu="yes"><div class="t228__maincontainer" style="height:80px;"><div class="t228__padding40px"></div><div class="t228__leftside"><div class="t228__leftcontainer"><a href="/" class="t228__imgwrapper"><div class="t228__logo t-title" field="title" style="font-size:24px;font-weight:700;">{SITE}</div></a></div></div><div class="t228__centerside"><nav class="t228__centercontainer"><ul class="t228__list t-menu__list">{links}<li class="t228__list_item"><a class="t-menu__link-item" href="/news">Все новости</a></li></ul></nav></div><div class="t228__rightside"><div class="t228__rightcontainer"><div class="t228__right_buttons"><div class="t228__right_buttons_wrap"><div class="t228__right_buttons_but"><a href="#subscribe" target="" class="t-btn t-btn_md"><table role="presentation" style="width:100%;height:100%;"><tr><td>Подписаться</td></tr></table></a></div></div></div></div></div><div class="t228__padding40px"></div></div></div>""",
            comment="T228",
        )

    def subscribe():
        return t_rec(
            678,
            """<a name="subscribe" style="font-size:0;"></a><div class="t678"><div class="t-section__container t-container"><div class="t-col t-col_12"><div class="t-section__topwrapper t-align_center"><div class="t-section__title t-title t-title_xs" field="btitle">Новости Твери в вашей почте</div><div class="t-section__descr t-descr t-descr_xl t-margin_auto" field="bdescr">Раз в неделю присылаем главное за семь дней. Без спама.</div></div></div></div><div class="t-container"><div class="t-col t-col_8 t-prefix_2"><form id="form299" name="form299" role="form" action="" method="POST" data-formactiontype="2" data-inputbox=".t-input-group" class="t-form js-form-proccess t-form_inputs-total_2" data-success-callback="t678_onSuccess"><div class="js-successbox t-form__successbox t-text t-text_md" style="display:none;">Спасибо! Вы подписаны.</div><div class="t-form__inputsbox"><div class="t-input-group t-input-group_em" data-input-lid="1495810359387"><div class="t-input-title t-descr t-descr_md" data-redactor-toolbar="no" field="li_title__1495810359387">Ваш e-mail</div><div class="t-input-block"><input type="text" autocomplete="email" name="Email" class="t-input js-tilda-rule" value="" data-tilda-req="1" data-tilda-rule="email" style="color:#000000;border:1px solid #000000;"></div></div><div class="t-form__submit"><button type="submit" class="t-submit" style="color:#ffffff;background-color:#000000;">Подписаться</button></div></div><div class="t-form__bottom-text t-text t-text_xs" field="text">Нажимая на кнопку, вы даёте согласие на обработку персональных данных.</div></form></div></div></div>""",
            60,
            60,
            "T678",
        )

    def footer():
        return t_rec(
            420,
            f"""<div class="t420"><div class="t-container t-align_left"><div class="t420__col t-col t-col_3"><div class="t420__text t-descr t-descr_xxs" field="text">© 2017 «{SITE}»<br />Свидетельство о регистрации СМИ ЭЛ № ФС 77 - 00000</div></div><div class="t420__col t-col t-col_3"><div class="t420__title t-name t-name_xs" field="title2">Редакция</div><div class="t420__text t-descr t-descr_xxs" field="descr2"><a href="/about">О нас</a><br /><a href="/contacts">Контакты</a><br /><a href="/reklama">Реклама</a></div></div><div class="t420__col t-col t-col_3"><div class="t420__title t-name t-name_xs" field="title3">Соцсети</div><div class="t420__text t-descr t-descr_xxs" field="descr3"><a href="https://vk.com/tver_today">ВКонтакте</a><br /><a href="https://t.me/tver_today">Telegram</a></div></div></div></div>""",
            45,
            45,
            "T420",
        )

    def page(title, records, head="", page_id=0):
        return f"""<!DOCTYPE html> <html> <head> <meta charset="utf-8" /> <meta http-equiv="Content-Type" content="text/html; charset=utf-8" /> <meta name="viewport" content="width=device-width, initial-scale=1.0" /> <!--metatextblock--> <title>{escape(title)}</title> <meta property="og:title" content="{escape(title)}" /> {head} <!--/metatextblock--> <meta name="format-detection" content="telephone=no" /> <meta http-equiv="x-dns-prefetch-control" content="on"> <link rel="dns-prefetch" href="https://ws.tildacdn.com"> <link rel="shortcut icon" href="https://static.tildacdn.com/tild3866-6131-4836-b964-303438326339/favicon.ico" type="image/x-icon" /> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" /> <link rel="stylesheet" href="https://static.tildacdn.com/ws/project{pid}/tilda-blocks-page{page_id}.min.css?t=1493700000" type="text/css" media="all" /> <script src="https://static.tildacdn.com/js/jquery-1.10.2.min.js"></script> <script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js"></script> <script src="https://static.tildacdn.com/js/tilda-feed-1.0.min.js" charset="utf-8" async></script> </head> <body class="t-body" style="margin:0;"> <!--allrecords--> <div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="{pid}" data-tilda-page-id="{page_id}" data-tilda-formskey="5b0c1a0c3a9e3b1f8c2d7e6f1a2b3c4d" data-tilda-lazy="yes">
{"".join(records)}
</div> <!--/allrecords--> <!-- Tilda copyright. Don't remove this line --><div class="t-tildalabel " id="tildacopy" data-tilda-sign="{pid}#{page_id}"><a href="https://tilda.cc/?upm={pid}" class="t-tildalabel__link"><div class="t-tildalabel__wrapper"><div class="t-tildalabel__txtleft">Made on </div><div class="t-tildalabel__wrapimg"><img src="https://static.tildacdn.com/img/tildacopy.png" class="t-tildalabel__img" alt=""></div><div class="t-tildalabel__txtright">Tilda</div></div></a></div> <!-- Stat --> <script type="text/javascript">if (! window.mainTracker) {{ window.mainTracker = 'tilda'; }}</script> </body> </html>"""

    def card(q, link=None):
        link = link or url[q.idx]
        return f"""<li class="t-feed__post-parts t-feed__grid-col t-col t-col_4 t-item js-feed-post" data-post-uid="{tid(q)}"><a class="t-feed__link" href="{link}"><div class="t-feed__post-imgwrapper t-feed__post-imgwrapper_beforeorder" style="padding-bottom:62.5%;"><div class="t-feed__post-bgimg t-bgimg" data-original="https://static.tildacdn.com/tild{tid(q)[:4]}-3333-4a3b/cover.jpg" style="background-image:url('https://thb.tildacdn.com/tild{tid(q)[:4]}-3333-4a3b/-/resize/20x/cover.jpg');"></div></div></a><div class="t-feed__textwrapper"><div class="t-feed__post-parts__tag-wrapper"><span class="t-feed__post-tag t-uptitle t-uptitle_xs">{SECTIONS[q.section]}</span></div><a class="t-feed__link" href="{link}"><div class="js-feed-post-title t-feed__post-title t-name t-name_xs">{escape(q.title)}</div></a><div class="t-feed__post-parts__date-wrapper"><span class="js-feed-post-date t-feed__post-date t-uptitle t-uptitle_xs">{ruday(q.published)}</span></div><div class="js-feed-post-descr t-feed__post-descr t-descr t-descr_xxs">{escape(" ".join(q.paras[0].split()[:18]))}…</div></div></li>"""

    def feed_block(items, title, more=True):
        btn = (
            '<div class="t-feed__showmore-btn-wrapper t-align_center"><button type="button" class="t-feed__showmore-btn t-btn t-btn_md" style="color:#000000;border:1px solid #000000;">Загрузить ещё</button></div>'
            if more
            else ""
        )
        return t_rec(
            920,
            f"""<div class="t-feed" data-feed-uid="388214757201" data-feed-show-count="{len(items)}" data-feed-show-parts="true"><div class="t-section__container t-container"><div class="t-col t-col_12"><div class="t-section__topwrapper t-align_left"><div class="t-section__title t-title t-title_xs" field="btitle">{title}</div></div></div></div><div class="t-feed__container t-container"><ul role="list" class="t-feed__container js-feed-container t-feed__grid-row">{"".join(card(q) for q in items)}</ul>{btn}</div></div>""",
            60,
            60,
            "T-FEED",
        )

    def related(p):
        rel = [q for q in posts if q is not p and q.section == p.section][:3]
        return feed_block([], "Читайте также", False).replace(
            '<ul role="list" class="t-feed__container js-feed-container t-feed__grid-row"></ul>',
            '<ul role="list" class="t-feed__container js-feed-container t-feed__grid-row">'
            + "".join(card(q, short.get(q.idx)) for q in rel)
            + "</ul>",
        )

    def blocks_of(p):
        """The story as the editor's text blocks: one or two paragraphs each."""
        out, j = [], 0
        while j < len(p.paras):
            k = 2 if (p.idx + j) % 3 == 0 and j + 1 < len(p.paras) else 1
            out.append(p.paras[j : j + k])
            j += k
        return out

    def feed_post(p):
        body = ""
        for j, chunk in enumerate(blocks_of(p)):
            body += f'<div class="t-redactor__text">{"<br /><br />".join(escape(x) for x in chunk)}</div>'
            if j == 1:
                body += f'<figure class="t-redactor__figure"><img src="https://static.tildacdn.com/tild{tid(p)[:4]}-6262-4c31/photo.jpg" data-original="https://static.tildacdn.com/tild{tid(p)[:4]}-6262-4c31/photo.jpg" imgfield="img" alt=""><figcaption class="t-redactor__figcaption">Фото: пресс-служба администрации</figcaption></figure>'
        post = t_rec(
            920,
            f"""<div class="t-feed__post-popup t-popup t-popup_show" data-feed-popup-postuid="{tid(p)}" style="position:static;"><div class="t-feed__post-popup__container t-container t-popup__container t-popup__container-static" itemscope itemtype="https://schema.org/BlogPosting"><meta itemprop="datePublished" content="{p.published.isoformat()}" /><meta itemprop="author" content="{escape(p.author)}" /><div class="t-feed__post-popup__close-wrapper"><a href="/news" class="t-popup__close"><div class="t-popup__close-wrapper"><svg class="t-popup__close-icon" width="11" height="20" viewBox="0 0 11 20"><path d="M1 1L10 10L1 19"></path></svg></div><span class="t-feed__post-popup__close-text t-name t-name_xs">Все новости</span></a></div><div class="t-feed__post-popup__content-wrapper"><div class="t-feed__post-popup__content t-col t-col_8"><div class="t-feed__post-popup__cover-wrapper t-feed__post-popup__cover-wrapper_aftertitle"><img src="https://static.tildacdn.com/tild{tid(p)[:4]}-3333-4a3b/cover.jpg" class="t-feed__post-popup__img t-img" itemprop="image" alt=""></div><div class="t-feed__post-popup__title-wrapper"><h1 class="js-feed-post-title t-feed__post-popup__title t-title t-title_xs" itemprop="headline">{escape(p.title)}</h1></div><div class="t-feed__post-popup__date-parts-wrapper t-feed__post-popup__date-parts-wrapper_aftertext"><span class="t-feed__post-popup__tag"><a href="/{p.section}" class="t-uptitle t-uptitle_xs">{SECTIONS[p.section]}</a></span><span class="t-feed__post-popup__date-wrapper"><span class="js-feed-post-date t-feed__post-popup__date t-uptitle t-uptitle_sm">{ruday(p.published)}</span></span><span class="t-feed__post-popup__author t-uptitle t-uptitle_sm">{escape(p.author)}</span></div><div id="feed-text" class="t-feed__post-popup__text-wrapper" data-animationappear="off"><div class="js-feed-post-text t-feed__post-popup__text t-text t-text_md" itemprop="articleBody"><div class="t-redactor__tte-view">{body}</div></div></div><div class="t-feed__share-container"><div class="t-feed__share t-share"><div class="t-share__label t-descr t-descr_xxs">Поделиться</div><a class="t-share__link" href="https://vk.com/share.php?url={base}{url[p.idx]}" target="_blank">ВКонтакте</a><a class="t-share__link" href="https://connect.ok.ru/offer?url={base}{url[p.idx]}" target="_blank">Одноклассники</a><a class="t-share__link" href="https://t.me/share/url?url={base}{url[p.idx]}" target="_blank">Telegram</a></div></div></div></div></div></div>""",
            0,
            0,
            "T-FEED-POST",
        )
        head = f'<meta name="description" content="{escape(p.paras[0][:150])}" /> <meta property="og:type" content="article" /> <link rel="canonical" href="{base}{url[p.idx]}">'
        return page(
            f"{p.title} — {SITE}",
            [menu(), post, related(p), subscribe(), footer()],
            head,
            17700000 + p.idx,
        )

    def long_read(p):
        cover = t_rec(
            2,
            f"""<div class="t-cover" id="recorddiv{p.idx}" bgimgfield="img" style="height:80vh;background-image:url('https://thb.tildacdn.com/tild{tid(p)[:4]}-3333-4a3b/-/resize/20x/cover.jpg');"><div class="t-cover__carrier" id="coverCarry{p.idx}" data-content-cover-id="{p.idx}" data-content-cover-bg="https://static.tildacdn.com/tild{tid(p)[:4]}-3333-4a3b/cover.jpg" data-content-cover-height="80vh" data-content-cover-parallax="fixed" style="height:80vh;" itemscope itemtype="http://schema.org/ImageObject"><meta itemprop="image" content="https://static.tildacdn.com/tild{tid(p)[:4]}-3333-4a3b/cover.jpg"></div><div class="t-cover__filter" style="height:80vh;background-image:linear-gradient(top, rgba(0,0,0,0.30), rgba(0,0,0,0.70));"></div><div class="t001 t-align_center"><div class="t-container"><div class="t-width t-width_10 t001__mainblock"><div class="t-cover__wrapper t-valign_middle" style="height:80vh;"><div class="t001__wrapper" data-hook-content="covercontent"><div class="t001__uptitle t-uptitle t-uptitle_sm" field="subtitle">Лонгрид · {SECTIONS[p.section]}</div><h1 class="t001__title t-title t-title_xl" field="title">{escape(p.title)}</h1><div class="t001__descr t-descr t-descr_xl t001__descr_center" field="descr">Текст: {escape(p.author)}</div></div></div></div></div></div></div>""",
            comment="cover",
        )
        dated = t_rec(
            60,
            f'<div class="t004"><div class="t-container "><div class="t-col t-col_8 t-prefix_2"><div field="text" class="t-text t-text_xs" style="color:#7a7a7a;">{ruday(p.published)}, {p.published:%H:%M}</div></div></div></div>',
            30,
            0,
            "T004",
        )
        parts = []
        for j, chunk in enumerate(blocks_of(p)):
            parts.append(
                t_rec(
                    60,
                    f'<div class="t004"><div class="t-container "><div class="t-col t-col_8 t-prefix_2"><div field="text" class="t-text t-text_md ">{"<br /><br />".join(escape(x) for x in chunk)}</div></div></div></div>',
                    15,
                    15,
                    "T004",
                )
            )
            if j == 1:
                parts.append(
                    t_rec(
                        3,
                        f'<div class="t107"><div class="t-align_center" itemscope itemtype="http://schema.org/ImageObject"><meta itemprop="image" content="https://static.tildacdn.com/tild{tid(p)[:4]}-6262-4c31/photo.jpg"><img class="t-img t-width t107__widthauto" src="https://static.tildacdn.com/tild{tid(p)[:4]}-6262-4c31/photo.jpg" imgfield="img" alt=""></div></div>',
                        30,
                        30,
                        "T107",
                    )
                )
        head = f'<meta name="description" content="{escape(p.paras[0][:150])}" /> <link rel="canonical" href="{base}{url[p.idx]}">'
        return page(
            f"{p.title} — {SITE}",
            [menu(), cover, dated, *parts, related(p), subscribe(), footer()],
            head,
            17800000 + p.idx,
        )

    pages: dict = {}
    for p in posts:
        if p.idx in longread:
            pages[url[p.idx]] = html(long_read(p))
        else:
            body = html(feed_post(p))
            pages[url[p.idx]] = body
            pages[short[p.idx]] = body

    hero = t_rec(
        205,
        f'<div class="t-cover" style="height:40vh;"><div class="t-cover__filter" style="height:40vh;"></div><div class="t-container"><div class="t-col t-col_10 t-prefix_1"><h1 class="t-title t-title_lg" field="title">{SITE}</h1><div class="t-descr t-descr_xl" field="descr">Городские новости Твери: власть, транспорт, люди</div></div></div></div>',
        comment="T-COVER",
    )
    pages["/"] = html(
        page(
            SITE,
            [menu(), hero, feed_block(posts[:9], "Последние новости"), subscribe(), footer()],
            f'<link rel="canonical" href="{base}/">',
            17690001,
        )
    )
    pages["/news"] = html(
        page(
            f"Все новости — {SITE}",
            [menu(), feed_block(posts[:12], "Все новости"), subscribe(), footer()],
            "",
            17690002,
        )
    )
    for s, items in by_key(posts, lambda p: p.section).items():
        pages[f"/{s}"] = html(
            page(
                f"{SECTIONS[s]} — {SITE}",
                [menu(), feed_block(items[:6], SECTIONS[s]), subscribe(), footer()],
                "",
                17690010 + len(s),
            )
        )
    for slug, title, text in (
        (
            "about",
            "О нас",
            "«Тверь Сегодня» — независимое городское издание. Пишем о том, что происходит в городе.",
        ),
        (
            "contacts",
            "Контакты",
            "Почта редакции: news@tver-today.ru. Телефон: +7 (4822) 00-00-00.",
        ),
        ("reklama", "Реклама", "Размещение рекламы на сайте и в рассылке: reklama@tver-today.ru."),
    ):
        pages[f"/{slug}"] = html(
            page(
                f"{title} — {SITE}",
                [
                    menu(),
                    t_rec(
                        60,
                        f'<div class="t004"><div class="t-container "><div class="t-col t-col_8 t-prefix_2"><div field="text" class="t-text t-text_md ">{text}</div></div></div></div>',
                        60,
                        60,
                        "T004",
                    ),
                    footer(),
                ],
                "",
                17690100 + len(slug),
            )
        )
    pages["/sitemap.xml"] = sitemap(
        base,
        [("/", None), ("/news", None), *((f"/{s}", None) for s in SECTIONS)]
        + [(url[p.idx], p.published.isoformat()) for p in posts]
        + [(f"/{s}", None) for s in ("about", "contacts", "reklama")],
    )
    pages["/robots.txt"] = robots(base, ["/sitemap.xml"], ["/tilda/form*", "/tilda/popup*"])
    return site_from(
        NAME, posts, lambda p: url[p.idx], pages, lambda p: [short[p.idx]] if p.idx in short else []
    )
