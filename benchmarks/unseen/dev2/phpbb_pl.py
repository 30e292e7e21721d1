"""phpBB 3.2 prosilver board used as a news board (pl): first post = article, replies = comments."""
# ruff: noqa: RUF001  (typographic dashes are the point here)

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import by_key, html, make_posts, paged, robots, site_from, thread, xml

NAME = "phpbb_pl"
SITE = "Forum Kuriera Nadwiślańskiego"
FORUMS = {"3": "Wiadomości z miasta", "4": "Komunikacja i drogi", "5": "Szkoły i kultura"}
STAFF = ["redakcja_kn", "Marta W.", "piotr_reporter"]
READERS = ["toruniak77", "Basia", "Jurek_z_Bydgoskiej", "mieszkaniec", "Kasia K.", "stary_rower"]
REMARKS = [
    "Jak zwykle decyzje zapadają bez pytania mieszkańców.",
    "Dzięki za relację, byłem na sesji i wszystko się zgadza.",
    "Kto za to zapłaci? Oczywiście my, podatnicy.",
    "Wreszcie coś się rusza w tym mieście.",
    "Czy gdzieś można zobaczyć pełne plany?",
    "Pożyjemy, zobaczymy. Terminy i tak się przesuną.",
]
DAYS = ["pn", "wt", "śr", "czw", "pt", "sob", "ndz"]
MONS = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]
PER_TOPIC = 4  # posts per topic page (first post + 3 replies); later replies go to &start=4


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(2101, "pl", 31, "Europe/Warsaw", list(FORUMS), STAFF, ["x"], midnight=False)
    rng = random.Random(2101)
    replies = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 6) for p in posts}
    tid = {p.idx: 400 + p.idx * 3 for p in posts}
    pid = {p.idx: 9000 + p.idx * 25 for p in posts}
    uid = {n: 50 + i for i, n in enumerate(STAFF + READERS)}
    canon = {p.idx: f"/viewtopic.php?t={tid[p.idx]}" for p in posts}
    full = {p.idx: f"/viewtopic.php?f={p.section}&t={tid[p.idx]}" for p in posts}

    def twins(p):
        return [
            full[p.idx],
            f"/viewtopic.php?p={pid[p.idx]}",
            f"/viewtopic.php?t={tid[p.idx]}&p={pid[p.idx]}",
            f"{full[p.idx]}&view=print",
        ] + [
            f"/viewtopic.php?p={pid[p.idx] + j}"
            for j in range(1, min(PER_TOPIC, len(replies[p.idx]) + 1))
        ]

    def pdate(d):
        return f"{DAYS[d.weekday()]} {d.day:02d} {MONS[d.month - 1]} {d.year}, {d:%H:%M}"

    def user(n):
        return f'<a href="./memberlist.php?mode=viewprofile&amp;u={uid[n]}" class="username">{escape(n)}</a>'

    def body_br(p):
        return "<br>\n<br>\n".join(escape(x) for x in p.paras)

    def shell(title, main, crumbs=(), head="", cls="section-index"):
        nav = "".join(
            f'\n\t\t\t<span class="crumb"><a href="{h}" itemprop="url"><span itemprop="title">{escape(t)}</span></a></span>'
            for h, t in crumbs
        )
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="pl">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{escape(title)} - {SITE}</title>
<link rel="alternate" type="application/atom+xml" title="Kanał - {SITE}" href="{base}/feed.php">{head}
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=12" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch {cls} ltr ">
<div id="wrap" class="wrap">
\t<a id="top" class="top-anchor" accesskey="t"></a>
\t<div id="page-header">
\t\t<div class="headerbar" role="banner">
\t\t\t<div class="inner">
\t\t\t<div id="site-description">
\t\t\t\t<a id="logo" class="logo" href="./index.php" title="Strona główna forum"><span class="site_logo"></span></a>
\t\t\t\t<h1>{SITE}</h1>
\t\t\t\t<p>Wiadomości z Torunia i okolic – dyskusje czytelników</p>
\t\t\t\t<p class="skiplink"><a href="#start_here">Przejdź do zawartości</a></p>
\t\t\t</div>
\t\t\t<div id="search-box" class="search-box search-header" role="search">
\t\t\t\t<form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Szukaj wg słów kluczowych" class="inputbox search tiny" size="20" value="" placeholder="Szukaj…" /><button class="button button-search" type="submit" title="Szukaj">Szukaj</button></fieldset></form>
\t\t\t</div>
\t\t\t</div>
\t\t</div>
\t\t<div class="navbar" role="navigation">
\t\t<div class="inner">
\t\t<ul id="nav-main" class="nav-main linklist" role="menubar">
\t\t\t<li class="rightside"><a href="./faq.php" rel="help" title="Często zadawane pytania" role="menuitem"><span>FAQ</span></a></li>
\t\t\t<li class="rightside"><a href="./ucp.php?mode=register" role="menuitem"><span>Zarejestruj</span></a></li>
\t\t\t<li class="rightside"><a href="./ucp.php?mode=login" title="Zaloguj" accesskey="x" role="menuitem"><span>Zaloguj</span></a></li>
\t\t</ul>
\t\t<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
\t\t\t<li class="breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList">
\t\t\t<span class="crumb"><a href="./index.php" itemprop="url" accesskey="h"><span itemprop="title">Strona główna forum</span></a></span>{nav}
\t\t\t</li>
\t\t</ul>
\t\t</div>
\t\t</div>
\t</div>
\t<a id="start_here" class="anchor"></a>
\t<div id="page-body" class="page-body" role="main">
{main}
\t</div>
<div id="page-footer" class="page-footer" role="contentinfo">
\t<div class="navbar" role="navigation"><div class="inner">
\t<ul id="nav-footer" class="nav-footer linklist" role="menubar">
\t\t<li class="breadcrumbs"><span class="crumb"><a href="./index.php"><span>Strona główna forum</span></a></span></li>
\t\t<li class="rightside">Strefa czasowa <span title="Europa/Warszawa">UTC+01:00</span></li>
\t\t<li class="rightside"><a href="./ucp.php?mode=delete_cookies" role="menuitem"><span>Usuń ciasteczka witryny</span></a></li>
\t\t<li class="rightside"><a href="./memberlist.php?mode=team" role="menuitem"><span>Zespół</span></a></li>
\t</ul>
\t</div></div>
\t<div class="copyright">
\t\tPrzyjazne forum internetowe <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited
\t\t<br />Polski pakiet językowy dostarcza <a href="http://www.phpbb.pl/" title="Polska społeczność phpBB">phpBB.pl</a>
\t\t<p class="footer-row"><a class="footer-link" href="./ucp.php?mode=privacy"><span class="footer-link-text">Prywatność</span></a> | <a class="footer-link" href="./ucp.php?mode=terms"><span class="footer-link-text">Warunki</span></a></p>
\t</div>
</div>
</div>
<div class="cookie-notice" id="cookie-notice">Ta witryna używa plików cookie, aby zapewnić jak najlepsze działanie forum. <a href="./ucp.php?mode=privacy">Więcej informacji</a> <a class="button" href="#">Rozumiem</a></div>
</body>
</html>"""

    def postrow(n, who, when, title, text, k, first=False):
        sig = (
            f'<div id="sig{n}" class="signature">Redakcja Kuriera Nadwiślańskiego – informacje przyjmujemy pod adresem redakcja@kurier-nadwislanski.pl</div>'
            if who in STAFF
            else ""
        )
        rank = "Redakcja" if who in STAFF else "Użytkownik"
        return f"""\t<div id="p{n}" class="post has-profile bg{2 - k % 2}">
\t\t<div class="inner">
\t\t<dl class="postprofile" id="profile{n}">
\t\t\t<dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>{user(who)}</dt>
\t\t\t<dd class="profile-rank">{rank}</dd>
\t\t\t<dd class="profile-posts"><strong>Posty:</strong> <a href="./search.php?author_id={uid[who]}&amp;sr=posts">{n % 400 + 17}</a></dd>
\t\t\t<dd class="profile-joined"><strong>Rejestracja:</strong> śr 14 wrz 2011, 19:02</dd>
\t\t</dl>
\t\t<div class="postbody">
\t\t\t<div id="post_content{n}">
\t\t\t<h3{' class="first"' if first else ""}><a href="#p{n}">{escape(title)}</a></h3>
\t\t\t<p class="author"><a class="unread" href="./viewtopic.php?p={n}#p{n}" title="Post"><span class="imageset icon_post_target">Post</span></a><span class="responsive-hide">autor: <strong>{user(who)}</strong> &raquo; </span>{pdate(when)} </p>
\t\t\t<div class="content">{text}</div>
\t\t\t{sig}
\t\t\t</div>
\t\t</div>
\t\t<div class="back2top"><a href="#top" class="top" title="Na górę"><span class="sr-only">Na górę</span></a></div>
\t\t</div>
\t</div>
\t<hr class="divider" />"""

    def rows(p):
        out = [(pid[p.idx], p.author, p.published, p.title, body_br(p))]
        for j, (w, t, x) in enumerate(replies[p.idx]):
            text = escape(x)
            if j == 1:  # a reader quoting the one before
                prev = replies[p.idx][0]
                text = f"<blockquote><div><cite>{escape(prev[0])} napisał(a):</cite>{escape(prev[2])}</div></blockquote>{text}"
            out.append((pid[p.idx] + j + 1, w, t, f"Re: {p.title}", text))
        return out

    def topic_page(p, start):
        allrows = rows(p)
        n_pages = (len(allrows) + PER_TOPIC - 1) // PER_TOPIC
        chunk = allrows[start : start + PER_TOPIC]
        base_u = f"./viewtopic.php?f={p.section}&amp;t={tid[p.idx]}"
        pager = "".join(
            f'<li class="active"><span>{j + 1}</span></li>'
            if j * PER_TOPIC == start
            else f'<li><a class="button" href="{base_u}{f"&amp;start={j * PER_TOPIC}" if j else ""}" role="button">{j + 1}</a></li>'
            for j in range(n_pages)
        )
        nxt = (
            f'<li class="arrow next"><a class="button button-icon-only" href="{base_u}&amp;start={start + PER_TOPIC}" rel="next" role="button"><span class="sr-only">Następna</span></a></li>'
            if start + PER_TOPIC < len(allrows)
            else ""
        )
        posts_html = "\n".join(
            postrow(n, w, t, ti, tx, k, first=(start == 0 and k == 0))
            for k, (n, w, t, ti, tx) in enumerate(chunk)
        )
        action = f"""<div class="action-bar bar-{{}}">
\t<a href="./posting.php?mode=reply&amp;f={p.section}&amp;t={tid[p.idx]}" class="button" title="Odpowiedz"><span>Odpowiedz</span></a>
\t<div class="dropdown-container dropdown-button-control topic-tools"><span title="Narzędzia tematu" class="button button-secondary dropdown-trigger dropdown-select"><span class="caret"></span></span>
\t<div class="dropdown"><ul class="dropdown-contents"><li><a href="{base_u}&amp;view=print" title="Drukuj" accesskey="p" class="print"><span>Drukuj</span></a></li><li><a href="./memberlist.php?mode=email&amp;t={tid[p.idx]}" title="Wyślij e-mail" class="sendemail"><span>Wyślij e-mail</span></a></li></ul></div></div>
\t<div class="pagination">{len(allrows)} posty{f" &bull; <ul>{pager}{nxt}</ul>" if n_pages > 1 else " &bull; Strona <strong>1</strong> z <strong>1</strong>"}</div>
</div>"""
        others = [q for q in posts if q.section == p.section and q is not p][:5]
        similar = "".join(
            f'<li class="row"><dl class="row-item topic_read"><dt><div class="list-inner"><a href="./viewtopic.php?f={q.section}&amp;t={tid[q.idx]}" class="topictitle">{escape(q.title)}</a><br /><div class="topic-poster responsive-hide">autor: {user(q.author)} &raquo; {pdate(q.published)}</div></div></dt><dd class="posts">{len(replies[q.idx])}</dd></dl></li>'
            for q in others
        )
        main = f"""<h2 class="topic-title"><a href="{base_u}{f"&amp;start={start}" if start else ""}">{escape(p.title)}</a></h2>
<div>
\t<div class="forum-title"><a href="./viewforum.php?f={p.section}">{FORUMS[p.section]}</a></div>
</div>
{action.format("top")}
{posts_html}
{action.format("bottom")}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f={p.section}" class="left-box arrow-left" accesskey="r"><span>Wróć do „{FORUMS[p.section]}”</span></a></p></div>
<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Podobne tematy</div></dt><dd class="posts">Odpowiedzi</dd></dl></li></ul>
<ul class="topiclist topics">{similar}</ul></div></div>
<div class="stat-block online-list"><h3><a href="./viewonline.php">Kto jest online</a></h3><p>Użytkownicy przeglądający to forum: Brak zidentyfikowanych użytkowników i 3 gości</p></div>"""
        link = f"{base}/viewtopic.php?t={tid[p.idx]}" + (f"&amp;start={start}" if start else "")
        head = f'\n<link rel="canonical" href="{link}">'
        crumbs = (("./viewforum.php?f=" + p.section, FORUMS[p.section]),)
        title = p.title + (f" - Strona {start // PER_TOPIC + 1}" if start else "")
        return shell(title, main, crumbs, head, "viewtopic  section-viewtopic")

    def print_view(p):
        body = "\n".join(
            f"""\t<div class="post">
\t\t<h3>{escape(ti)}</h3>
\t\t<div class="date">Napisane: <strong>{pdate(t)}</strong></div>
\t\t<div class="author">autor: <strong>{escape(w)}</strong></div>
\t\t<div class="content">{tx}</div>
\t</div>
\t<hr />"""
            for n, w, t, ti, tx in rows(p)
        )
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="pl">
<head>
<meta charset="utf-8" />
<meta name="robots" content="noindex" />
<title>{SITE} &bull; {escape(p.title)}</title>
<link href="{base}/styles/prosilver/theme/print.css" rel="stylesheet">
</head>
<body id="phpbb">
<div id="wrap" class="wrap">
\t<a id="top" class="top-anchor" accesskey="t"></a>
\t<div id="page-header">
\t\t<h1>{SITE}</h1>
\t\t<p>Wiadomości z Torunia i okolic – dyskusje czytelników<br /><a href="{base}/">{base}/</a></p>
\t\t<h2>{escape(p.title)}</h2>
\t\t<p><a href="{base}/viewtopic.php?f={p.section}&amp;t={tid[p.idx]}">{base}/viewtopic.php?f={p.section}&amp;t={tid[p.idx]}</a></p>
\t</div>
\t<div id="page-body" class="page-body">
\t\t<div class="page-number">Strona <strong>1</strong> z <strong>1</strong></div>
{body}
\t</div>
\t<div id="page-footer" class="page-footer">
\t\t<div class="page-number">Strefa czasowa <span title="UTC+1">UTC+01:00</span><br />Strona <strong>1</strong> z <strong>1</strong></div>
\t\t<div class="copyright">Przyjazne forum internetowe phpBB&reg; Forum Software &copy; phpBB Limited<br />https://www.phpbb.com/</div>
\t</div>
</div>
</body>
</html>"""

    login = html(
        shell(
            "Zaloguj",
            '<h2 class="login-title">Zaloguj</h2><div class="panel"><div class="inner"><p>Musisz być zarejestrowany i zalogowany, aby wykonać tę operację.</p><fieldset><dl><dt><label for="username">Nazwa użytkownika:</label></dt><dd><input type="text" name="username" id="username" class="inputbox autowidth" /></dd></dl></fieldset></div></div>',
            cls="section-posting",
        )
    )
    pages: dict = {}
    for p in posts:
        pages[f"/posting.php?mode=reply&f={p.section}&t={tid[p.idx]}"] = login
        pages[f"/memberlist.php?mode=email&t={tid[p.idx]}"] = login
        page1 = html(topic_page(p, 0))
        for u in [canon[p.idx], *twins(p)[:3]]:
            pages[u] = page1
        pages[twins(p)[3]] = html(print_view(p))
        for u in twins(p)[4:]:
            pages[u] = page1
        for start in range(PER_TOPIC, len(replies[p.idx]) + 1, PER_TOPIC):
            later = html(topic_page(p, start))
            pages[f"{full[p.idx]}&start={start}"] = later
            pages[f"{canon[p.idx]}&start={start}"] = later
        for n, *_ in rows(p)[PER_TOPIC:]:
            pages[f"/viewtopic.php?p={n}"] = pages[f"{full[p.idx]}&start={PER_TOPIC}"]

    def topic_row(q):
        last = replies[q.idx][-1] if replies[q.idx] else (q.author, q.published, "")
        return f"""<li class="row bg{q.idx % 2 + 1}">
\t<dl class="row-item topic_read">
\t\t<dt title="Brak nowych postów"><div class="list-inner">
\t\t\t<a href="./viewtopic.php?f={q.section}&amp;t={tid[q.idx]}" class="topictitle">{escape(q.title)}</a>
\t\t\t<div class="responsive-show" style="display: none;">Ostatni post autor: {user(last[0])} &laquo; {pdate(last[1])}</div>
\t\t\t<div class="topic-poster responsive-hide">autor: {user(q.author)} &raquo; {pdate(q.published)}</div>
\t\t</div></dt>
\t\t<dd class="posts">{len(replies[q.idx])} <dfn>Odpowiedzi</dfn></dd>
\t\t<dd class="views">{q.idx * 41 % 700 + 35} <dfn>Wyświetlenia</dfn></dd>
\t\t<dd class="lastpost"><span><dfn>Ostatni post </dfn>autor: {user(last[0])}<br />{pdate(last[1])}</span></dd>
\t</dl>
</li>"""

    for f, items in by_key(posts, lambda p: p.section).items():

        def nth(k, f=f):
            return f"/viewforum.php?f={f}" + (f"&start={k * 5}" if k else "")

        def render(chunk, k, n, f=f, nth=nth, items=items):
            pager = "".join(
                f'<li class="active"><span>{j + 1}</span></li>'
                if j == k
                else f'<li><a class="button" href=".{nth(j).replace("&", "&amp;")}" role="button">{j + 1}</a></li>'
                for j in range(n)
            )
            main = f"""<h2 class="forum-title"><a href="./viewforum.php?f={f}">{FORUMS[f]}</a></h2>
<div class="action-bar bar-top"><div class="pagination">{len(items)} tematów &bull; <ul>{pager}</ul></div></div>
<div class="forumbg"><div class="inner">
<ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Tematy</div></dt><dd class="posts">Odpowiedzi</dd><dd class="views">Wyświetlenia</dd><dd class="lastpost"><span>Ostatni post</span></dd></dl></li></ul>
<ul class="topiclist topics">{"".join(topic_row(q) for q in chunk)}</ul>
</div></div>"""
            head = f'\n<link rel="canonical" href="{base}{nth(k).replace("&", "&amp;")}">'
            return shell(
                FORUMS[f] + (f" - Strona {k + 1}" if k else ""),
                main,
                ((f"./viewforum.php?f={f}", FORUMS[f]),),
                head,
                "viewforum  section-viewforum",
            )

        paged(pages, nth, items, 5, render)

    forums = "".join(
        f"""<li class="row"><dl class="row-item forum_read"><dt title="Brak nowych postów"><div class="list-inner">
<a href="./viewforum.php?f={f}" class="forumtitle">{name}</a><br />Najnowsze informacje redakcji i komentarze czytelników
</div></dt><dd class="topics">{len(items)} <dfn>Tematy</dfn></dd>
<dd class="lastpost"><span><dfn>Ostatni post</dfn> <a href="./viewtopic.php?p={pid[items[0].idx]}#p{pid[items[0].idx]}" title="{escape(items[0].title)}" class="lastsubject">{escape(items[0].title[:30])}…</a><br />autor: {user(items[0].author)}<br />{pdate(items[0].published)}</span></dd></dl></li>"""
        for f, name in FORUMS.items()
        for items in [[p for p in posts if p.section == f]]
    )
    index = f"""<p class="right responsive-center time">Obecny czas: pn 01 maj 2017, 09:00</p>
<div class="action-bar compact"><a href="./search.php?search_id=active_topics" class="icon-link">Aktywne tematy</a></div>
<div class="forabg"><div class="inner">
<ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner"><a href="./index.php">Wiadomości</a></div></dt><dd class="topics">Tematy</dd><dd class="lastpost"><span>Ostatni post</span></dd></dl></li></ul>
<ul class="topiclist forums">{forums}</ul>
</div></div>
<div class="stat-block online-list"><h3><a href="./viewonline.php">Kto jest online</a></h3><p>Łącznie na forum jest <strong>7</strong> użytkowników :: 1 zarejestrowany, 0 ukrytych i 6 gości</p></div>
<div class="stat-block statistics"><h3>Statystyki</h3><p>Łącznie postów <strong>{len(posts) + sum(len(v) for v in replies.values())}</strong> &bull; Łącznie tematów <strong>{len(posts)}</strong> &bull; Łącznie użytkowników <strong>{len(uid)}</strong></p></div>"""
    pages["/index.php"] = html(shell("Strona główna", index))
    pages["/"] = pages["/index.php"]
    active = "".join(topic_row(q) for q in posts[:10])
    pages["/search.php?search_id=active_topics"] = html(
        shell(
            "Aktywne tematy",
            f'<h2 class="searchresults-title">Aktywne tematy</h2><div class="forumbg"><div class="inner"><ul class="topiclist topics">{active}</ul></div></div>',
            (("./search.php", "Szukaj"),),
            cls="section-search",
        )
    )
    for who, u in uid.items():
        mine = [q for q in posts if q.author == who][:5]
        recent = "".join(
            f'<li><a href="./viewtopic.php?f={q.section}&amp;t={tid[q.idx]}">{escape(q.title)}</a></li>'
            for q in mine
        )
        pages[f"/memberlist.php?mode=viewprofile&u={u}"] = html(
            shell(
                f"Przeglądanie profilu - {who}",
                f'<h2 class="memberlist-title">Przeglądanie profilu - {escape(who)}</h2><div class="panel bg1"><div class="inner"><dl class="left-box details profile-details"><dt>Nazwa użytkownika:</dt><dd><span>{escape(who)}</span></dd><dt>Ranga:</dt><dd>{"Redakcja" if who in STAFF else "Użytkownik"}</dd></dl></div></div><div class="panel bg2"><div class="inner"><h3>Statystyki użytkownika</h3><dl class="details"><dt>Rejestracja:</dt><dd>śr 14 wrz 2011, 19:02</dd></dl><ul>{recent}</ul></div></div>',
                (("./memberlist.php", "Użytkownicy"),),
                cls="section-memberlist",
            )
        )
        pages[f"/search.php?author_id={u}&sr=posts"] = html(
            shell(
                "Szukaj",
                f'<h2 class="searchresults-title">Znaleziono posty: {escape(who)}</h2><ul>{recent}</ul>',
                cls="section-search",
            )
        )
    for path, heading, text in (
        ("/faq.php", "FAQ", "Odpowiedzi na najczęściej zadawane pytania dotyczące forum."),
        (
            "/ucp.php?mode=register",
            "Rejestracja",
            "Rejestracja jest bezpłatna, ale wymaga akceptacji regulaminu.",
        ),
        ("/ucp.php?mode=login", "Zaloguj", "Aby się zalogować, musisz być zarejestrowany."),
        (
            "/ucp.php?mode=privacy",
            "Prywatność",
            "Niniejszy dokument opisuje, jak forum przetwarza dane osobowe.",
        ),
        ("/ucp.php?mode=terms", "Warunki", "Korzystając z forum, akceptujesz poniższe warunki."),
        ("/ucp.php?mode=delete_cookies", "Usuń ciasteczka", "Ciasteczka forum zostały usunięte."),
        (
            "/memberlist.php?mode=team",
            "Zespół",
            "Administratorzy: redakcja_kn. Moderatorzy: Marta W.",
        ),
        ("/viewonline.php", "Kto jest online", "Brak zidentyfikowanych użytkowników i 3 gości."),
        (
            "/memberlist.php",
            "Użytkownicy",
            "Lista użytkowników jest dostępna tylko dla zalogowanych.",
        ),
        ("/search.php", "Szukaj", "Wpisz słowa kluczowe, aby przeszukać forum."),
    ):
        pages[path] = html(
            shell(
                heading,
                f'<h2>{heading}</h2><div class="panel"><div class="inner"><p>{text}</p></div></div>',
            )
        )
    entries = "".join(
        f"""<entry>
<author><name><![CDATA[{p.author}]]></name></author>
<updated>{p.published.isoformat()}</updated>
<published>{p.published.isoformat()}</published>
<id>{base}/viewtopic.php?t={tid[p.idx]}&amp;p={pid[p.idx]}#p{pid[p.idx]}</id>
<link href="{base}/viewtopic.php?t={tid[p.idx]}&amp;p={pid[p.idx]}#p{pid[p.idx]}"/>
<title type="html"><![CDATA[{FORUMS[p.section]} &bull; {p.title}]]></title>
<category term="{FORUMS[p.section]}" scheme="{base}/viewforum.php?f={p.section}" label="{FORUMS[p.section]}"/>
<content type="html" xml:base="{base}/viewtopic.php?t={tid[p.idx]}&amp;p={pid[p.idx]}#p{pid[p.idx]}"><![CDATA[{escape(p.paras[0])}]]></content>
</entry>"""
        for p in posts[:15]
    )
    pages["/robots.txt"] = robots(
        base, [], ["/posting.php", "/ucp.php", "/memberlist.php?mode=email"]
    )
    pages["/feed.php"] = xml(
        f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pl">
<link rel="self" type="application/atom+xml" href="{base}/feed.php" />
<title>{SITE}</title>
<subtitle>Wiadomości z Torunia i okolic – dyskusje czytelników</subtitle>
<link href="{base}/index.php" />
<updated>{posts[0].published.isoformat()}</updated>
<author><name><![CDATA[{SITE}]]></name></author>
<id>{base}/feed.php</id>
{entries}
</feed>""",
        "application/atom+xml",
    )
    return site_from(NAME, posts, lambda p: canon[p.idx], pages, twins)
