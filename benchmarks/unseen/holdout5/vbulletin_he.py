"""vBulletin 3.8 forum with a vBadvanced CMPS news portal (he, windows-1255 named only in a meta tag)."""
# ruff: noqa: RUF001  (non-Latin scripts and typographic quotes are the point here)

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import by_key, make_posts, paged, rss, site_from, thread
from benchmarks.unseen.server import Resp

NAME = "vbulletin_he"
SITE = "פורום חדשות השרון"
FORUMS = {"12": "חדשות העירייה", "13": "תחבורה ותשתיות", "14": "חינוך וקהילה"}
MEMBERS = ["כתב_השרון", "רונית_ל", "אבי המערכת", "שלומי כ."]
READERS = ["דני_מהשכונה", "מיכל", "יוסי123", "אורנה ב.", "תושב_ותיק", "גלעד"]
REMARKS = [
    "כרגיל מחליטים בלי לשאול את התושבים.",
    "תודה על העדכון, הייתי בישיבה והסיכום מדויק.",
    "מי ישלם על זה בסוף? אנחנו כמובן.",
    "סוף סוף משהו זז בעיר הזאת.",
    "יש קישור לתוכניות המלאות?",
]
CHARSET = "windows-1255"


def _page(body: str) -> Resp:
    """An HTML page whose charset only its meta tag names (the server sends bare text/html)."""
    return Resp(body.encode(CHARSET, "xmlcharrefreplace"), "text/html")


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        953, "he", 29, "Asia/Jerusalem", list(FORUMS), MEMBERS, ["x"], midnight=False
    )
    rng = random.Random(953)
    threads = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 6) for p in posts}
    tid = {p.idx: 2000 + p.idx * 7 for p in posts}
    pid = {p.idx: 51000 + p.idx * 40 for p in posts}
    url = {p.idx: f"/showthread.php?t={tid[p.idx]}" for p in posts}
    twins = {
        p.idx: [
            f"/showthread.php?p={pid[p.idx]}",
            f"/printthread.php?t={tid[p.idx]}",
            f"/archive/index.php/t-{tid[p.idx]}.html",
        ]
        for p in posts
    }

    def vdate(d):
        return f"{d:%d-%m-%Y}, {d:%H:%M}"

    def body_br(p):
        return "<br />\n<br />\n".join(escape(x) for x in p.paras)

    def shell(title, main, nav=(), head=""):
        crumbs = "".join(
            f' <span class="navbar">&gt; <a href="{h}">{escape(t)}</a></span>' for h, t in nav
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="he">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={CHARSET}" />
<meta name="generator" content="vBulletin 3.8.7" />
<meta name="keywords" content="חדשות, השרון, עירייה, פורום" />
<link rel="alternate" type="application/rss+xml" title="{SITE} RSS Feed" href="{base}/external.php?type=RSS2" />
<script type="text/javascript" src="clientscript/vbulletin_global.js?v=387"></script>{head}
<title>{escape(title)}</title>
</head>
<body>
<a name="top"></a>
<table border="0" width="100%" cellpadding="0" cellspacing="0" align="center"><tr>
<td align="right"><a href="index.php"><img src="images/misc/vbulletin3_logo_white.gif" border="0" alt="{SITE}" /></a></td>
<td align="left" id="header_left_cell"><div class="smallfont">שלום אורח! <a href="register.php">הרשמה</a></div></td></tr></table>
<div align="center"><div class="page" style="width:100%; text-align:right"><div style="padding:0px 25px 0px 25px" align="right">
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center"><tr><td class="alt1" width="100%">
<table cellpadding="0" cellspacing="0" border="0"><tr valign="bottom"><td><span class="navbar"><a href="index.php" accesskey="1">{SITE}</a></span>{crumbs}</td></tr></table>
</td></tr></table>
<div class="tborder" style="padding:1px; border-top-width:0px"><table cellpadding="0" cellspacing="0" border="0" width="100%" align="center"><tr align="center">
<td class="vbmenu_control"><a href="index.php">דף הבית</a></td><td class="vbmenu_control"><a href="forum.php">פורומים</a></td><td class="vbmenu_control"><a href="faq.php" accesskey="5">שאלות נפוצות</a></td><td class="vbmenu_control"><a href="calendar.php">לוח שנה</a></td><td class="vbmenu_control"><a href="search.php?do=getdaily" accesskey="2">הודעות היום</a></td>
</tr></table></div>
<br />
{main}
<br />
<div class="smallfont" align="center">כל הזמנים הם לפי שעון ישראל.</div>
<br />
<div class="smallfont" align="center"><!-- Do not remove this copyright notice -->Powered by vBulletin&reg; Version 3.8.7<br />Copyright &copy;2000 - 2017, Jelsoft Enterprises Ltd.<!-- Do not remove this copyright notice --></div>
<div class="smallfont" align="center">תוכן הפורום באחריות הכותבים בלבד. <a href="sendmessage.php">צור קשר</a> - <a href="archive/index.php">ארכיון</a> - <a href="#top" onclick="self.scrollTo(0, 0); return false;">חזרה למעלה</a></div>
</div></div></div>
</body>
</html>"""

    def postbit(n, who, when, text, title=""):
        head = (
            f'<div class="smallfont"><strong>{escape(title)}</strong></div><hr size="1" style="color:#D1D1E1; background-color:#D1D1E1" />'
            if title
            else ""
        )
        return f"""<div id="edit{n}" style="padding:0px 0px 6px 0px">
<table class="tborder" id="post{n}" cellpadding="6" cellspacing="0" border="0" width="100%" align="center">
<tr><td class="thead" style="font-weight:normal; border: 1px solid #D1D1E1; border-left: 0px"><a name="post{n}"><img class="inlineimg" src="images/statusicon/post_old.gif" alt="ישן" border="0" /></a> {vdate(when)}</td>
<td class="thead" style="font-weight:normal; border: 1px solid #D1D1E1; border-right: 0px" align="left">&nbsp;#<a href="showpost.php?p={n}&amp;postcount={n % 40 + 1}" target="new" rel="nofollow" id="postcount{n}" name="{n % 40 + 1}"><strong>{n % 40 + 1}</strong></a></td></tr>
<tr valign="top"><td class="alt2" width="175" style="border: 1px solid #D1D1E1; border-top: 0px; border-bottom: 0px">
<div id="postmenu_{n}"><a class="bigusername" href="member.php?u={sum(map(ord, who)) % 900 + 10}">{escape(who)}</a></div><div class="smallfont">חבר פורום</div>
<div class="smallfont">&nbsp;<br /><div>הצטרף: 08-2011</div><div>הודעות: {n % 997 + 12}</div></div></td>
<td class="alt1" id="td_post_{n}" style="border-left: 1px solid #D1D1E1">{head}
<div id="post_message_{n}">{text}</div>
</td></tr>
<tr><td class="alt2" style="border: 1px solid #D1D1E1; border-top: 0px"><img class="inlineimg" src="images/statusicon/user_offline.gif" alt="לא מחובר" border="0" /></td>
<td class="alt1" align="left" style="border: 1px solid #D1D1E1; border-right: 0px; border-top: 0px"><a href="newreply.php?do=newreply&amp;p={n}" rel="nofollow"><img src="images/buttons/quote.gif" alt="הגב עם ציטוט" border="0" /></a></td></tr>
</table></div>"""

    def showthread(p):
        d = p.published
        replies = threads[p.idx]
        posts_html = postbit(pid[p.idx], p.author, d, body_br(p), p.title) + "".join(
            postbit(pid[p.idx] + j + 1, w, t, escape(x)) for j, (w, t, x) in enumerate(replies)
        )
        others = [q for q in posts if q.section == p.section and q is not p][:5]
        similar = "".join(
            f'<tr><td class="alt1" align="right"><a href="{url[q.idx]}" title="">{escape(q.title)}</a></td><td class="alt2" align="center">{escape(q.author)}</td><td class="alt1" align="center">{FORUMS[q.section]}</td><td class="alt2" align="center">{len(threads[q.idx])}</td><td class="alt1" align="left">{vdate(q.published)}</td></tr>'
            for q in others
        )
        main = f"""<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center"><tr><td class="tcat">{escape(p.title)}</td></tr></table>
<table cellpadding="0" cellspacing="0" border="0" width="100%" style="margin-bottom:3px"><tr valign="bottom"><td class="smallfont"><a href="newreply.php?do=newreply&amp;noquote=1&amp;p={pid[p.idx]}" rel="nofollow"><img src="images/buttons/reply.gif" alt="תגובה" border="0" /></a></td>
<td class="vbmenu_control"><a href="printthread.php?t={tid[p.idx]}" accesskey="3" rel="nofollow">הצג גרסה להדפסה</a></td><td class="vbmenu_control"><a href="sendmessage.php?do=sendtofriend&amp;t={tid[p.idx]}" rel="nofollow">שלח לחבר</a></td></tr></table>
<div id="posts">{posts_html}</div>
<br />
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center"><thead><tr><td class="tcat" colspan="5">נושאים דומים</td></tr>
<tr class="thead" align="center"><td class="thead" width="40%">נושא</td><td class="thead">פותח הנושא</td><td class="thead">פורום</td><td class="thead">תגובות</td><td class="thead">הודעה אחרונה</td></tr></thead>
<tbody>{similar}</tbody></table>
<br />
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%"><tr><td class="alt1"><div class="smallfont">הרשאות פרסום: אינך רשאי לפרסם נושאים חדשים. אינך רשאי לפרסם תגובות. אינך רשאי לצרף קבצים.</div></td></tr></table>"""
        head = f'<link rel="canonical" href="{base}{url[p.idx]}" />\n<meta name="description" content="{escape(p.paras[0][:160])}" />'
        nav = ((f"forumdisplay.php?f={p.section}", FORUMS[p.section]),)
        return shell(f"{p.title} - {FORUMS[p.section]}", main, nav, head)

    def printthread(p):
        d = p.published
        rows = "".join(
            f'<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%"><tr><td class="page"><table width="100%"><tr><td class="smallfont" align="right"><strong>{escape(w)}</strong></td><td class="smallfont" align="left">{vdate(t)}</td></tr></table><hr /><div>{escape(x)}</div></td></tr></table><br />'
            for w, t, x in threads[p.idx]
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="he"><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}" />
<title>{SITE} - הצג גרסה להדפסה - {escape(p.title)}</title></head>
<body>
<table cellpadding="0" cellspacing="0" border="0" width="100%"><tr valign="bottom"><td><a href="{base}/index.php"><img src="images/misc/vbulletin3_logo_white.gif" alt="{SITE}" border="0" /></a></td><td align="left" class="smallfont"><a href="{base}/index.php">{SITE}</a> &gt; <a href="{base}/forumdisplay.php?f={p.section}">{FORUMS[p.section]}</a><br /><strong>{escape(p.title)}</strong><br /><a href="{base}{url[p.idx]}" accesskey="3">הצג נושא בגרסה המלאה</a></td></tr></table>
<br />
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%"><tr><td class="page"><table width="100%"><tr><td class="smallfont" align="right"><strong>{escape(p.author)}</strong></td><td class="smallfont" align="left">{vdate(d)}</td></tr></table><hr /><div class="smallfont"><strong>{escape(p.title)}</strong></div><hr /><div>{body_br(p)}</div></td></tr></table><br />
{rows}
<br /><div class="smallfont" align="center">כל הזמנים הם לפי שעון ישראל.</div>
<br /><div class="smallfont" align="center">Powered by vBulletin&reg; Version 3.8.7<br />Copyright &copy;2000 - 2017, Jelsoft Enterprises Ltd.</div>
</body></html>"""

    def archive(p):
        d = p.published
        rows = "".join(
            f'<div class="post"><div class="posttop"><div class="username">{escape(w)}</div><div class="date">{vdate(t)}</div></div><div class="posttext">{escape(x)}</div></div><hr />'
            for w, t, x in threads[p.idx]
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="he"><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}" />
<meta name="keywords" content="{escape(p.title)}" /><title>{escape(p.title)} [ארכיון] - {SITE}</title>
<link rel="stylesheet" type="text/css" href="{base}/archive/archive.css" /></head>
<body><div class="pagebody">
<div id="navbar"><a href="{base}/archive/index.php">{SITE}</a> &gt; <a href="{base}/archive/index.php/f-{p.section}.html">{FORUMS[p.section]}</a> &gt; {escape(p.title)}</div>
<hr />
<div class="pda"><a href="{base}{url[p.idx]}" rel="nofollow">צפה בגרסה המלאה : {escape(p.title)}</a></div>
<hr />
<div class="post"><div class="posttop"><div class="username">{escape(p.author)}</div><div class="date">{vdate(d)}</div></div><div class="posttext">{body_br(p)}</div></div><hr />
{rows}
<div id="copyright">Powered by vBulletin&reg; Version 3.8.7 Copyright &copy;2000 - 2017, Jelsoft Enterprises Ltd.</div>
</div></body></html>"""

    denied = shell(
        f"{SITE} - הודעה",
        '<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="70%" align="center"><tr><td class="tcat">הודעה מ{SITE}</td></tr><tr><td class="panelsurround" align="center"><div class="panel"><div style="text-align:right">אינך מחובר או שאין לך הרשאה לצפות בעמוד זה. ייתכן שהסיבה לכך היא אחת מהבאות:<ol><li>אינך מחובר. מלא את הטופס שבתחתית העמוד ונסה שוב.</li><li>אין לך הרשאות מספיקות לגשת לעמוד זה.</li></ol></div></div></td></tr></table>',
    )
    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = _page(showthread(p))
        pages[twins[p.idx][0]] = _page(
            showthread(p)
        )  # the first post's link (vB 3.8 adds the same canonical)
        pages[twins[p.idx][1]] = _page(printthread(p))
        pages[twins[p.idx][2]] = _page(archive(p))
        # vB's single-post view (the "#1" link): the first post's is one more copy of the story
        single = [(pid[p.idx], p.author, p.published, body_br(p), p.title)] + [
            (pid[p.idx] + j + 1, w, t, escape(x), "") for j, (w, t, x) in enumerate(threads[p.idx])
        ]
        for n, who, when, text, title in single:
            pages[f"/showpost.php?p={n}&postcount={n % 40 + 1}"] = _page(
                shell(f"{SITE} - הצג הודעה בודדת - {p.title}", postbit(n, who, when, text, title))
            )
            pages[f"/newreply.php?do=newreply&p={n}"] = _page(denied)
        pages[f"/newreply.php?do=newreply&noquote=1&p={pid[p.idx]}"] = _page(denied)
        pages[f"/sendmessage.php?do=sendtofriend&t={tid[p.idx]}"] = _page(denied)

    def forumdisplay(f, items):
        def nth(k):
            return f"/forumdisplay.php?f={f}" if not k else f"/forumdisplay.php?f={f}&page={k + 1}"

        def render(chunk, k, n):
            rows = "".join(
                f'<tr><td class="alt1" id="td_threadtitle_{tid[q.idx]}" title="{escape(q.paras[0][:120])}"><div><a href="{url[q.idx]}" id="thread_title_{tid[q.idx]}">{escape(q.title)}</a></div><div class="smallfont"><span style="cursor:pointer">{escape(q.author)}</span></div></td>'
                f'<td class="alt2" title="תגובות: {len(threads[q.idx])}"><div class="smallfont" style="text-align:left; white-space:nowrap">{vdate(q.published)}<br />מאת {escape(q.author)} <a href="{twins[q.idx][0]}#post{pid[q.idx]}"><img class="inlineimg" src="images/buttons/lastpost.gif" alt="עבור להודעה האחרונה" border="0" /></a></div></td>'
                f'<td class="alt1" align="center">{len(threads[q.idx])}</td><td class="alt2" align="center">{q.idx * 37 % 900 + 40}</td></tr>'
                for q in chunk
            )
            pager = "".join(
                f'<td class="alt1"><a class="smallfont" href="{nth(j)}">{j + 1}</a></td>'
                if j != k
                else f'<td class="alt2"><span class="smallfont"><strong>{j + 1}</strong></span></td>'
                for j in range(n)
            )
            main = f"""<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center" id="threadslist">
<tr><td class="tcat" colspan="4">נושאים בפורום : {FORUMS[f]}</td></tr>
<tr><td class="thead" width="60%">נושא / פותח הנושא</td><td class="thead">הודעה אחרונה</td><td class="thead">תגובות</td><td class="thead">צפיות</td></tr>
<tbody id="threadbits_forum_{f}">{rows}</tbody></table>
<div class="pagenav" align="left"><table class="tborder" cellpadding="3" cellspacing="1" border="0"><tr><td class="vbmenu_control" style="font-weight:normal">עמוד {k + 1} מתוך {n}</td>{pager}</tr></table></div>"""
            return shell(
                f"{FORUMS[f]}" + (f" - עמוד {k + 1}" if k else ""), main, ((nth(0), FORUMS[f]),)
            )

        paged(pages, nth, items, 8, render, CHARSET)
        for key in [k for k in pages if k.startswith(f"/forumdisplay.php?f={f}")]:
            pages[key] = _page(pages[key].body.decode(CHARSET))

    for f, items in by_key(posts, lambda p: p.section).items():
        forumdisplay(f, items)

    def news_block(q):
        return f"""<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%"><tr><td class="tcat"><a href="{url[q.idx]}">{escape(q.title)}</a></td></tr>
<tr><td class="alt1"><div class="smallfont">מאת {escape(q.author)} · {vdate(q.published)}</div><div>{escape(q.paras[0])}</div><div class="smallfont" align="left"><a href="{url[q.idx]}">המשך לקרוא...</a> · <a href="{url[q.idx]}#posts">{len(threads[q.idx])} תגובות</a></div></td></tr></table><br />"""

    def portal(chunk, k, n):
        pager = " ".join(
            f'<a href="{"/index.php" if not j else f"/index.php?page={j + 1}"}">{j + 1}</a>'
            for j in range(n)
            if j != k
        )
        side = "".join(
            f'<div class="smallfont"><a href="forumdisplay.php?f={f}">{v}</a></div>'
            for f, v in FORUMS.items()
        )
        main = f"""<table cellpadding="0" cellspacing="0" border="0" width="100%"><tr valign="top">
<td width="180"><table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%"><tr><td class="tcat">פורומים</td></tr><tr><td class="alt1">{side}</td></tr></table><br />
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%"><tr><td class="tcat">סקר</td></tr><tr><td class="alt1"><div class="smallfont">האם אתם תומכים בהרחבת שעות החניה החינמית?</div><div class="smallfont"><a href="poll.php?do=showresults&amp;pollid=44">תוצאות</a></div></td></tr></table></td>
<td width="15">&nbsp;</td>
<td>{"".join(news_block(q) for q in chunk)}<div class="pagenav smallfont" align="left">עמודים: {pager}</div></td></tr></table>"""
        return shell(SITE, main)

    paged(
        pages,
        lambda k: "/index.php" if not k else f"/index.php?page={k + 1}",
        posts,
        6,
        portal,
        CHARSET,
    )
    for key in [k for k in pages if k.startswith("/index.php")]:
        pages[key] = _page(pages[key].body.decode(CHARSET))
    pages["/"] = pages["/index.php"]
    pages["/forum.php"] = _page(
        shell(
            "פורומים",
            '<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%"><tr><td class="tcat">פורומים</td></tr>'
            + "".join(
                f'<tr><td class="alt1"><a href="forumdisplay.php?f={f}"><strong>{v}</strong></a></td></tr>'
                for f, v in FORUMS.items()
            )
            + "</table>",
        )
    )
    pages["/poll.php?do=showresults&pollid=44"] = _page(
        shell("תוצאות הסקר", '<div class="smallfont">כן: 61% · לא: 39%</div>')
    )
    pages["/faq.php"] = _page(
        shell(
            "שאלות נפוצות",
            '<div class="smallfont">כאן תמצאו תשובות לשאלות הנפוצות על השימוש בפורום.</div>',
        )
    )
    pages["/archive/index.php"] = _page(
        f'<html dir="rtl" lang="he"><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}" /><title>{SITE} [ארכיון]</title></head><body><div class="pagebody"><div id="content"><ul>'
        + "".join(
            f'<li><a href="{base}/archive/index.php/f-{f}.html">{v}</a></li>'
            for f, v in FORUMS.items()
        )
        + "</ul></div></div></body></html>"
    )
    for f, items in by_key(posts, lambda p: p.section).items():
        pages[f"/archive/index.php/f-{f}.html"] = _page(
            f'<html dir="rtl" lang="he"><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}" /><title>{FORUMS[f]} [ארכיון] - {SITE}</title></head><body><div class="pagebody"><div id="navbar"><a href="{base}/archive/index.php">{SITE}</a> &gt; {FORUMS[f]}</div><hr /><div id="content"><ol>'
            + "".join(
                f'<li><a href="{base}{twins[q.idx][2]}">{escape(q.title)}</a></li>' for q in items
            )
            + "</ol></div></div></body></html>"
        )
    for who in {p.author for p in posts} | set(READERS):
        pages[f"/member.php?u={sum(map(ord, who)) % 900 + 10}"] = _page(
            shell(
                f"{SITE} - הצג פרופיל: {who}",
                f'<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%"><tr><td class="tcat">פרופיל: {escape(who)}</td></tr><tr><td class="alt1"><div class="smallfont">חבר פורום · הצטרף: 08-2011</div></td></tr></table>',
            )
        )
    for path, heading in (
        ("/register.php", "הרשמה"),
        ("/calendar.php", "לוח שנה"),
        ("/search.php?do=getdaily", "הודעות היום"),
        ("/sendmessage.php", "צור קשר"),
    ):
        pages[path] = _page(
            shell(
                f"{SITE} - {heading}",
                f'<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%"><tr><td class="tcat">{heading}</td></tr><tr><td class="alt1">&nbsp;</td></tr></table>',
            )
        )
    pages["/external.php?type=RSS2"] = rss(base, SITE, [(url[p.idx], p) for p in posts[:10]], "he")
    return site_from(
        NAME,
        posts,
        lambda p: url[p.idx],
        pages,
        lambda p: [*twins[p.idx], f"/showpost.php?p={pid[p.idx]}&postcount=1"],
    )
