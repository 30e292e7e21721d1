"""Kentico 8 corporate site, news section (fa, RTL, Asia/Tehran): ASPX form shell, Jalali dates, getdoc and culture twins, sitemap."""
# ruff: noqa: RUF001  (Persian script and punctuation are the point here)

from __future__ import annotations

import hashlib
import random
import re
from html import escape
from urllib.parse import quote

from benchmarks.unseen.common import (
    by_key,
    by_month,
    html,
    make_posts,
    paged,
    robots,
    site_from,
    sitemap,
    thread,
)
from benchmarks.unseen.server import Resp
from benchmarks.unseen.text_h7 import fa_digits

NAME = "kentico_fa"
SITE = "سازمان نوسازی و عمران شهری"
CATS = {"1": "اخبار شورا", "2": "پروژه‌های عمرانی", "3": "حمل و نقل", "4": "فرهنگی و اجتماعی"}
TAGS = {"11": "بودجه", "12": "مترو", "13": "بافت فرسوده", "14": "مدارس", "15": "فضای سبز"}
AUTHORS = ["روابط عمومی", "واحد خبر"]
MONTHS = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
]
DAYS = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
READERS = [
    "علی رضایی",
    "مریم",
    "شهروند",
    "حسین از محله قدیم",
    "نرگس کاظمی",
    "یک همشهری",
    "مهندس صادقی",
]
REMARKS = [
    "ممنون از اطلاع‌رسانی، در جلسه حضور نداشتم.",
    "باز هم بدون نظرخواهی از مردم تصمیم گرفتند.",
    "هزینه‌اش را در نهایت چه کسی می‌پردازد؟",
    "خدا را شکر که بالاخره کار شروع شد.",
    "نقشه کامل طرح را از کجا می‌شود دید؟",
]


def g2j(gy: int, gm: int, gd: int) -> tuple[int, int, int]:
    """Gregorian to Jalali (Solar Hijri) date."""
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = (
        355666
        + 365 * gy
        + (gy2 + 3) // 4
        - (gy2 + 99) // 100
        + (gy2 + 399) // 400
        + gd
        + g_d_m[gm - 1]
    )
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(975, "fa", 30, "Asia/Tehran", list(CATS), AUTHORS, list(TAGS))
    for p in posts:
        p.paras = [fa_digits(x) for x in p.paras]
    rng = random.Random(975)
    threads = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 4) for p in posts}
    name = {p.idx: re.sub(r"[^\w]+", "-", p.title).strip("-") for p in posts}
    guid = {p.idx: str(hashlib.md5(f"kentico-{p.idx}".encode()).hexdigest()) for p in posts}
    guid = {k: f"{g[:8]}-{g[8:12]}-{g[12:16]}-{g[16:20]}-{g[20:]}" for k, g in guid.items()}
    url = {p.idx: f"/News/{p.published:%Y/%m}/{quote(name[p.idx])}.aspx" for p in posts}
    getdoc = {p.idx: f"/getdoc/{guid[p.idx]}/{quote(name[p.idx])}.aspx" for p in posts}
    culture = {p.idx: f"/fa-IR{url[p.idx]}" for p in posts}

    def jdate(d, with_time=True):
        y, m, day = g2j(d.year, d.month, d.day)
        out = f"{DAYS[d.weekday()]} {day} {MONTHS[m - 1]} {y}"
        return fa_digits(out + (f" - {d:%H:%M}" if with_time else ""))

    def viewstate(seed):
        return "/wEPDwUKLTg" + hashlib.sha1(seed.encode()).hexdigest()[:40] + "ZGQ="

    def shell(title, action, content, crumbs, head="", lang_twin=None):
        menu = "".join(
            f'<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="{h}">{t}</a></li>'
            for h, t in (
                ("/Home.aspx", "صفحه اصلی"),
                ("/About-us.aspx", "درباره ما"),
                ("/News.aspx", "اخبار"),
                ("/Projects.aspx", "پروژه‌ها"),
                ("/Contact-us.aspx", "تماس با ما"),
            )
        )
        bc = ' <span class="CMSBreadCrumbsSeparator">&gt;</span> '.join(
            f'<a href="{h}" class="CMSBreadCrumbsLink">{escape(t)}</a>'
            if h
            else f'<span class="CMSBreadCrumbsCurrentItem">{escape(t)}</span>'
            for h, t in crumbs
        )
        fa_link = lang_twin or "/fa-IR/Home.aspx"
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="fa-ir" dir="rtl">
<head id="head"><title>
	{escape(title)}
</title><meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<meta http-equiv="pragma" content="no-cache" />
<meta http-equiv="content-style-type" content="text/css" />
<meta http-equiv="content-script-type" content="text/javascript" />
{head}<link href="/CMSPages/GetResource.ashx?stylesheetname=CorporateSite_RTL" type="text/css" rel="stylesheet"/>
<link href="/App_Themes/CorporateSite/Images/favicon.ico" type="image/x-icon" rel="shortcut icon"/>
</head>
<body class="RTL Gecko Gecko50 FAIR ContentBody" >
    <form method="post" action="{escape(action)}" id="form">
<div class="aspNetHidden">
<input type="hidden" name="__CMSCsrfToken" id="__CMSCsrfToken" value="{hashlib.sha1(action.encode()).hexdigest()[:32]}" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(action)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form'];
if (!theForm) {{ theForm = document.form; }}
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=635589219571259667" type="text/javascript"></script>
<div id="ctxM"></div>
<div class="zoneTop">
  <div class="Logo"><a href="/Home.aspx"><img id="p_lt_ctl00_CompanyLogo_ucEditableImage_imgImage" src="/CorporateSite/media/Logo/logo-fa.png" alt="{SITE}" /></a></div>
  <div class="Languages"><a href="{fa_link}" class="Selected">فارسی</a> | <a href="/en-US/Home.aspx">English</a></div>
  <div id="p_lt_ctl01_SmartSearchBox_pnlSearch" class="searchBox"><label for="p_lt_ctl01_SmartSearchBox_txtWord" class="Label">جستجو:</label><input name="p$lt$ctl01$SmartSearchBox$txtWord" type="text" maxlength="1000" id="p_lt_ctl01_SmartSearchBox_txtWord" class="textbox" /><input type="submit" name="p$lt$ctl01$SmartSearchBox$btnSearch" value="جستجو" id="p_lt_ctl01_SmartSearchBox_btnSearch" class="searchButton" /></div>
</div>
<div class="zoneMenu"><div id="p_lt_ctl02_cmsListMenu"><ul id="menuElem" class="CMSListMenuUL">{menu}</ul></div></div>
<div class="zoneBreadcrumbs"><div id="p_lt_ctl03_Breadcrumbs">{bc}</div></div>
<div id="p_lt_ctl04_pageplaceholder_p_lt_zoneContent" class="zoneContent">
{content}
</div>
<div class="zoneFooter">
  <div class="FooterLinks"><a href="/Privacy.aspx">حریم خصوصی</a> | <a href="/Sitemap-page.aspx">نقشه سایت</a> | <a href="/Contact-us.aspx">تماس با ما</a></div>
  <div class="Copyright">کلیه حقوق این پایگاه متعلق به {SITE} است. &copy; ۱۳۹۶</div>
  <div class="PoweredBy">Powered by <a href="http://www.kentico.com">Kentico CMS</a></div>
</div>
<div id="cookieLaw" class="CookieConsent">این وب‌سایت برای بهبود تجربه کاربری از کوکی استفاده می‌کند. <a href="/Privacy.aspx">اطلاعات بیشتر</a> <input type="submit" name="p$lt$ctl06$CookieLaw$btnAllow" value="موافقم" /></div>
<script type="text/javascript">
//<![CDATA[
theForm.oldSubmit = theForm.submit; theForm.submit = WebForm_SaveScrollPositionSubmit;
//]]>
</script>
</form>
</body>
</html>"""

    def sidebar():
        cats = "".join(
            f'<li><a href="/News.aspx?categoryid={c}">{escape(v)}</a></li>' for c, v in CATS.items()
        )
        arch = "".join(
            f'<li><a href="/News/{y}/{m:02d}.aspx">{fa_digits(f"{y}/{m:02d}")}</a></li>'
            for (y, m) in by_month(posts)
        )
        tags = " ".join(
            f'<a href="/News.aspx?tagid={t}" class="TagCloud" style="font-size:{12 + int(t) % 5}px;">{v}</a>'
            for t, v in TAGS.items()
        )
        return f"""<div class="zoneRight">
<div class="Box"><h2>دسته‌بندی اخبار</h2><ul class="CategoryList">{cats}</ul></div>
<div class="Box"><h2>آرشیو ماهانه</h2><ul class="ArchiveList">{arch}</ul></div>
<div class="Box"><h2>برچسب‌ها</h2><div class="TagCloud">{tags}</div></div>
<div class="Box NewsletterBox"><h2>عضویت در خبرنامه</h2><div id="p_lt_ctl04_pageplaceholder_p_lt_zoneRight_NewsletterSubscription_pnlSubscription"><label for="p_lt_ctl04_pageplaceholder_p_lt_zoneRight_NewsletterSubscription_txtEmail">پست الکترونیک:</label><input name="p$lt$ctl04$pageplaceholder$p$lt$zoneRight$NewsletterSubscription$txtEmail" type="text" id="p_lt_ctl04_pageplaceholder_p_lt_zoneRight_NewsletterSubscription_txtEmail" class="SubscriptionTextbox" /><input type="submit" value="ثبت" class="SubscriptionButton" /></div></div>
</div>"""

    def detail(p, action, lang_twin):
        d = p.published
        rel = [q for q in posts if q.section == p.section and q is not p][:4]
        related = "".join(
            f'<li><a href="{url[q.idx]}">{escape(q.title)}</a> <span class="RelatedDate">{jdate(q.published, False)}</span></li>'
            for q in rel
        )
        msgs = "".join(
            f"""<div class="BoardMessage"><table class="MessageBoardTable"><tr><td class="Header"><span class="UserName">{escape(w)}</span> <span class="Date">{jdate(t)}</span></td></tr>
<tr><td class="Text"><span id="p_lt_ctl04_pageplaceholder_p_lt_zoneContent_MessageBoard_msgBoard_rptMessages_ctl{j:02d}_lblText">{escape(x)}</span></td></tr></table></div>"""
            for j, (w, t, x) in enumerate(threads[p.idx])
        )
        tags = " ".join(f'<a href="/News.aspx?tagid={t}">{TAGS[t]}</a>' for t in p.tags)
        content = f"""<div class="zoneMain">
<div id="p_lt_ctl04_pageplaceholder_p_lt_zoneContent_NewsDetail" class="NewsDetailContainer">
<div class="NewsDetail">
  <h1 class="NewsTitle">{escape(p.title)}</h1>
  <div class="NewsDate"><time datetime="{d.isoformat()}">{jdate(d)}</time></div>
  <div class="NewsCategory">دسته‌بندی: <a href="/News.aspx?categoryid={p.section}">{CATS[p.section]}</a> | منبع: {escape(p.author)}</div>
  <div class="NewsImage"><img src="/getattachment/{guid[p.idx]}/{quote(name[p.idx][:20])}.jpg?maxsidesize=400" alt="{escape(p.title)}" /></div>
  <div class="NewsSummary"><p>{escape(p.paras[0])}</p></div>
  <div class="NewsText">
{"".join(f"<p>{escape(x)}</p>" for x in p.paras[1:])}
  </div>
  <div class="NewsTags">برچسب‌ها: {tags}</div>
</div>
<div class="ShareBox">اشتراک‌گذاری: <a href="https://telegram.me/share/url?url={base}{getdoc[p.idx]}" target="_blank">تلگرام</a> | <a href="https://twitter.com/intent/tweet?url={base}{getdoc[p.idx]}" target="_blank">توییتر</a> | <a href="{getdoc[p.idx]}">لینک ثابت</a> | <a href="javascript:window.print();">چاپ</a></div>
<div class="RatingBox"><span class="RatingLabel">امتیاز دهید:</span> <span class="CMSRatingControl">★★★★☆</span></div>
</div>
<div class="RelatedNews"><h2>اخبار مرتبط</h2><ul>{related}</ul></div>
<div class="MessageBoard"><h2>نظرات ({fa_digits(str(len(threads[p.idx])))})</h2>{msgs or '<div class="NoMessages">هنوز نظری ثبت نشده است.</div>'}
<div class="NewMessage"><h3>ارسال نظر</h3><table><tr><td><label>نام:</label></td><td><input type="text" name="p$lt$ctl04$pageplaceholder$p$lt$zoneContent$MessageBoard$msgEdit$txtUserName" class="TextBoxField" /></td></tr>
<tr><td><label>متن پیام:</label></td><td><textarea name="p$lt$ctl04$pageplaceholder$p$lt$zoneContent$MessageBoard$msgEdit$txtMessage" rows="4" cols="40"></textarea></td></tr></table>
<input type="submit" value="ارسال" class="SubmitButton" /><div class="Info">نظرات پس از تأیید مدیر منتشر می‌شوند.</div></div></div>
</div>
{sidebar()}"""
        head = f"""<meta name="description" content="{escape(p.paras[0][:150])}" />
<meta name="keywords" content="{escape(", ".join(TAGS[t] for t in p.tags))}" />
<meta property="og:title" content="{escape(p.title)}" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="{d.isoformat()}" />
"""
        crumbs = [
            ("/Home.aspx", "صفحه اصلی"),
            ("/News.aspx", "اخبار"),
            (f"/News/{d:%Y/%m}.aspx", fa_digits(f"{d:%Y/%m}")),
            ("", p.title),
        ]
        return shell(f"{SITE} - {p.title}", action, content, crumbs, head, lang_twin)

    pages: dict = {}
    for p in posts:
        pages[url[p.idx]] = html(detail(p, url[p.idx], culture[p.idx]))
        pages[getdoc[p.idx]] = html(detail(p, getdoc[p.idx], culture[p.idx]))
        pages[culture[p.idx]] = html(detail(p, culture[p.idx], culture[p.idx]))

    def teaser(q):
        return f"""<div class="NewsItem">
  <div class="NewsItemImage"><a href="{url[q.idx]}"><img src="/getattachment/{guid[q.idx]}/{quote(name[q.idx][:20])}.jpg?maxsidesize=120" alt="" /></a></div>
  <div class="NewsItemContent">
    <h2 class="NewsItemTitle"><a href="{url[q.idx]}">{escape(q.title)}</a></h2>
    <div class="NewsItemDate">{jdate(q.published)}</div>
    <div class="NewsItemSummary">{escape(q.paras[0][:220])}…</div>
    <a href="{url[q.idx]}" class="NewsItemMore">ادامه خبر</a>
  </div>
</div>"""

    def lister(path0, heading, items, per=8):
        sep = "&" if "?" in path0 else "?"

        def nth(k):
            return path0 if not k else f"{path0}{sep}page={k + 1}"

        def render(chunk, k, n):
            pager = "".join(
                f'<span class="SelectedPage">{fa_digits(str(j + 1))}</span>'
                if j == k
                else f'<a href="{nth(j)}" class="UnselectedPage">{fa_digits(str(j + 1))}</a>'
                for j in range(n)
            )
            if k + 1 < n:
                pager += f' <a href="{nth(k + 1)}" class="NextPage">بعدی</a> <a href="{nth(n - 1)}" class="LastPage">آخر</a>'
            if k:
                pager = (
                    f'<a href="{nth(0)}" class="FirstPage">اول</a> <a href="{nth(k - 1)}" class="PrevPage">قبلی</a> '
                    + pager
                )
            content = f"""<div class="zoneMain"><h1>{escape(heading)}</h1>
<div id="p_lt_ctl04_pageplaceholder_p_lt_zoneContent_NewsList" class="NewsList">{"".join(teaser(q) for q in chunk)}</div>
<div class="UniPager">{pager}</div></div>
{sidebar()}"""
            crumbs = [("/Home.aspx", "صفحه اصلی"), ("/News.aspx", "اخبار"), ("", heading)]
            return shell(f"{SITE} - {heading}", nth(k), content, crumbs)

        paged(pages, nth, items, per, render)

    lister("/News.aspx", "اخبار", posts)
    for c, items in by_key(posts, lambda p: p.section).items():
        lister(f"/News.aspx?categoryid={c}", CATS[c], items)
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(f"/News.aspx?tagid={t}", f"برچسب: {TAGS[t]}", items)
    for (y, m), items in by_month(posts).items():
        lister(f"/News/{y}/{m:02d}.aspx", f"اخبار {fa_digits(f'{y}/{m:02d}')}", items)
    home = f"""<div class="zoneMain"><div class="Slider"><h2>{SITE}</h2><p>پایگاه اطلاع‌رسانی طرح‌های نوسازی، حمل و نقل و فضای شهری.</p></div>
<div class="LatestNews"><h2>آخرین اخبار</h2>{"".join(teaser(q) for q in posts[:5])}<a href="/News.aspx" class="More">همه اخبار</a></div></div>
{sidebar()}"""
    pages["/Home.aspx"] = html(
        shell(f"{SITE} - صفحه اصلی", "/Home.aspx", home, [("", "صفحه اصلی")])
    )
    pages["/"] = pages["/Home.aspx"]
    pages["/fa-IR/Home.aspx"] = html(
        shell(f"{SITE} - صفحه اصلی", "/fa-IR/Home.aspx", home, [("", "صفحه اصلی")])
    )
    pages["/en-US/Home.aspx"] = html(
        shell(
            f"{SITE} - Home",
            "/en-US/Home.aspx",
            '<div class="zoneMain"><h1>Urban Renewal Organization</h1><p>The English version of this site is under construction.</p></div>',
            [("", "Home")],
        )
    )
    for path, title, text in (
        (
            "/About-us.aspx",
            "درباره ما",
            "این سازمان مسئول اجرای طرح‌های نوسازی بافت فرسوده و پروژه‌های عمرانی شهر است.",
        ),
        ("/Projects.aspx", "پروژه‌ها", "فهرست پروژه‌های در دست اجرا به زودی در این بخش منتشر می‌شود."),
        ("/Contact-us.aspx", "تماس با ما", "نشانی: میدان شهرداری، ساختمان شماره ۲، طبقه سوم."),
        (
            "/Privacy.aspx",
            "حریم خصوصی",
            "اطلاعات شخصی کاربران نزد سازمان محفوظ است و در اختیار دیگران قرار نمی‌گیرد.",
        ),
        ("/Sitemap-page.aspx", "نقشه سایت", "صفحه اصلی، درباره ما، اخبار، پروژه‌ها، تماس با ما."),
    ):
        pages[path] = html(
            shell(
                f"{SITE} - {title}",
                path,
                f'<div class="zoneMain"><h1>{title}</h1><div class="EditableText"><p>{text}</p></div></div>',
                [("/Home.aspx", "صفحه اصلی"), ("", title)],
            )
        )
    entries = [("/Home.aspx", "2017-02-20"), ("/News.aspx", "2017-04-30")]
    entries += [(url[p.idx], p.published.strftime("%Y-%m-%d")) for p in posts]
    entries += [(f"/News/{y}/{m:02d}.aspx", None) for (y, m) in by_month(posts)]
    entries += [(x, None) for x in ("/About-us.aspx", "/Projects.aspx", "/Contact-us.aspx")]
    pages["/sitemap.xml"] = sitemap(base, entries)
    pages["/CMSPages/GoogleSiteMap.aspx"] = pages["/sitemap.xml"]
    pages["/CMSPages/GetResource.ashx?stylesheetname=CorporateSite_RTL"] = Resp(
        b"body{direction:rtl;font-family:Tahoma,sans-serif}.NewsDetail h1{font-size:18px}",
        "text/css; charset=utf-8",
    )
    pages["/robots.txt"] = robots(base, ["/sitemap.xml"], ["/CMSPages/", "/CMSModules/", "/Admin/"])
    return site_from(
        NAME, posts, lambda p: url[p.idx], pages, lambda p: [getdoc[p.idx], culture[p.idx]]
    )
