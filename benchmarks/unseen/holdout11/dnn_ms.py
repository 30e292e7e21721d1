"""DNN (DotNetNuke) 7 portal with the EasyDNNnews module (ms), Asia/Kuala_Lumpur.

Followed: DNN skin `.ascx` files (dnnsoftware Xcillion and community skins: `dnn:LOGO`, `dnn:MENU`,
`dnn:LOGIN`/`dnn:USER` rendering `LoginLink`/`dnnRegisterLink`, `dnn:COPYRIGHT`/`TERMS`/`PRIVACY`
skin objects, `<div id="ContentPane" runat="server">` rendered as `dnn_ContentPane`), DNN's
module containers (`DnnModule DnnModule-{Type} DnnModule-{ModuleId}`, `<a name="N">`,
`dnn_ctrN_ContentPane`, `<!-- Start_Module_N -->`, `dnn_ctrN_ModuleContent DNNModuleContent`),
the WebForms page (`<form id="Form">`, `__VIEWSTATE`, `__EVENTVALIDATION`), and EasyDNNnews
templates as they render (`edn_article edn_clearFix`, `edn_articleTitle`, `edn_metaDetails`,
`edn_articleSummary`, `edn_articleContent`, `edn_readMore`, comments, `article_pager`).

Articles: friendly URLs `/Berita/ArticleId/N/slug` (canonical); the "Berita Terkini" side module
links the raw `/Default.aspx?TabId=57&ArticleId=N` form, which renders the same article. The
module list view pages with `?currentpage=N`; categories at `/Berita/CategoryID/N/Name` page the
same way. The shown time has no zone (ms-MY "PG"/"PTG"); `article:published_time` carries it.
Discovery: listings and the module's RSS handler (20 newest). No sitemap.
"""

from __future__ import annotations

import base64
import random
from html import escape

from benchmarks.unseen.common import by_key, html, make_posts, paged, rss, site_from, thread
from benchmarks.unseen.holdout11 import hid, latin_slug

NAME = "dnn_ms"
SITE = "Suara Negeri"
TAB = 57
MID = 412
CATS = {
    "3": "Tempatan",
    "5": "Ekonomi",
    "8": "Pengangkutan",
    "9": "Kesihatan",
}
AUTHORS = {"Nurul Aina Hassan": 7, "Mohd Faizal Ismail": 9, "Siti Zulaikha Rahman": 12}
READERS = ["Ahmad Z.", "kak_yah", "Rizal", "Farah N.", "Pak Mat", "warga_ipoh", "Liyana"]
REMARKS = [
    "Harap kali ini projek betul-betul siap ikut jadual.",
    "Terima kasih atas laporan yang terperinci.",
    "Duit rakyat jangan dibazirkan lagi.",
    "Kawasan kami pun perlukan perhatian yang sama.",
    "Bila agaknya kerja akan bermula?",
    "Setuju dengan pandangan penduduk.",
]
MONTHS = [
    "Januari",
    "Februari",
    "Mac",
    "April",
    "Mei",
    "Jun",
    "Julai",
    "Ogos",
    "September",
    "Oktober",
    "November",
    "Disember",
]
DAYS = ["Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad"]
PER = 8


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        1104, "ms", 33, "Asia/Kuala_Lumpur", list(CATS), list(AUTHORS), ["x"], midnight=True
    )
    rng = random.Random(1104)
    aid = {p.idx: 2100 + p.idx * 4 + rng.randint(0, 3) for p in posts}
    comments = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 3) for p in posts}

    def friendly(p):
        return f"/Berita/ArticleId/{aid[p.idx]}/{latin_slug(p.title, str(aid[p.idx]))}"

    def raw(p):
        return f"/Default.aspx?TabId={TAB}&ArticleId={aid[p.idx]}"

    def cat_url(c):
        return f"/Berita/CategoryID/{c}/{CATS[c]}"

    def when(d, time=True):
        h = d.hour % 12 or 12
        out = f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"
        return out + (f" {h}:{d:%M} {'PG' if d.hour < 12 else 'PTG'}" if time else "")

    def viewstate(key):
        raw_bytes = hid("vs", key, n=40).encode() * 3
        return base64.b64encode(raw_bytes).decode()

    def module(mid, kind, title, inner, container="DNNContainer_Title_h2"):
        return f"""<div class="DnnModule DnnModule-{kind} DnnModule-{mid}"><a name="{mid}"></a>
<div class="{container} SpacingBottom">
    <h2><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="TitleH2">{title}</span></h2>
    <div id="dnn_ctr{mid}_ContentPane"><!-- Start_Module_{mid} --><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent Mod{kind.replace("_", "")}C">
{inner}
</div><!-- End_Module_{mid} --></div>
    <div class="clear"></div>
</div>
</div>"""

    def latest_side():
        rows = "".join(
            f'<li><a href="{raw(q)}">{escape(q.title)}</a><span class="tarikh">{when(q.published, False)}</span></li>'
            for q in posts[:6]
        )
        return module(
            420,
            "DNN_HTML",
            "Berita Terkini",
            f'<div id="dnn_ctr420_HtmlModule_lblContent" class="Normal"><ul class="berita-terkini">{rows}</ul></div>',
            "DNNContainer_Box",
        )

    def newsletter():
        return module(
            421,
            "DNN_HTML",
            "Langgan Buletin",
            '<div id="dnn_ctr421_HtmlModule_lblContent" class="Normal"><p>Dapatkan ringkasan berita mingguan terus ke e-mel anda setiap Jumaat.</p><p><a href="/Langgan">Langgan sekarang</a></p></div>',
            "DNNContainer_Box",
        )

    def shell(title, path, content, right="", head="", active="Berita"):
        tabs = [("Utama", "/"), ("Berita", "/Berita"), ("Hubungi Kami", "/Hubungi-Kami")]
        menu = "".join(
            f'<li class="{"active" if t == active else ""}"><a href="{h}">{t}</a></li>'
            for t, h in tabs
        )
        right_pane = (
            f'<div id="dnn_RightPane" class="span4 rightPane">{right}</div>'
            if right
            else '<div id="dnn_RightPane" class="span4 rightPane DNNEmptyPane"></div>'
        )
        return f"""<!DOCTYPE html>
<html  lang="ms-MY">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta content="text/css" http-equiv="Content-Style-Type" />
<title>
	{escape(title)}
</title><meta id="MetaDescription" name="DESCRIPTION" content="Portal berita tempatan negeri Perak." /><meta id="MetaKeywords" name="KEYWORDS" content="berita, tempatan, perak, ipoh" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=211" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=211" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/xcillion/skin.css?cdv=211" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv=211" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=211" type="text/javascript"></script>{head}<link rel="alternate" type="application/rss+xml" title="Berita" href="{base}/DesktopModules/EasyDNNNews/RSS.ashx?TabId={TAB}&amp;ModuleId={MID}&amp;portalid=0" /></head>
<body id="Body">
    <form method="post" action="{escape(path)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(path)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{ theForm = document.Form; }}
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<!--CDF(Css|/Portals/_default/skins/xcillion/skin.css?cdv=211)-->
<div id="siteWrapper">
    <div id="userControls" class="container">
        <div class="row-fluid">
            <div id="search-top" class="pull-right"><span id="dnn_dnnSearch_ClassicSearch"><input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" class="NormalTextBox" aria-label="Search" autocomplete="off" placeholder="Cari..." /><a id="dnn_dnnSearch_cmdSearch" class="SkinObject" href="javascript:__doPostBack(&#39;dnn$dnnSearch$cmdSearch&#39;,&#39;&#39;)">Cari</a></span></div>
            <div id="login" class="pull-right">
                <div class="loginGroup"><a id="dnn_dnnLOGIN_enhancedLoginLink" title="Log Masuk" class="LoginLink" rel="nofollow" onclick="this.disabled=true;" href="/Log-Masuk?returnurl=%2fBerita">Log Masuk</a></div>
                <div class="registerGroup"><ul class="buttonGroup"><li class="userDisplayName"><a id="dnn_dnnUSER_enhancedRegisterLink" title="Daftar" class="dnnRegisterLink" rel="nofollow" onclick="this.disabled=true;" href="/Daftar?returnurl=%2fBerita">Daftar</a></li></ul></div>
            </div>
        </div>
    </div>
    <header role="banner">
        <div id="mainHeader-inner" class="container">
            <div class="navbar">
                <div class="navbar-inner">
                    <span class="brand"><a id="dnn_dnnLOGO_hypLogo" title="{SITE}" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-suara-negeri.png?ver=2016-11-02-093015-000" alt="{SITE}" /></a></span>
                    <div id="navbar" class="nav-collapse"><ul class="nav nav-pills">{menu}</ul></div>
                </div>
            </div>
        </div>
    </header>
    <div id="contentWrapper">
        <div class="container">
            <div class="row dnnpane">
                <div id="dnn_ContentPane" class="span8 contentPane">{content}</div>
                {right_pane}
            </div>
        </div>
    </div>
    <footer role="contentinfo">
        <div class="footer-above"><div class="container"><div class="row dnnpane">
            <div id="dnn_footer_25_1" class="footer-25-1 span3"><div class="DnnModule DnnModule-DNN_HTML DnnModule-430"><a name="430"></a><div id="dnn_ctr430_ContentPane"><!-- Start_Module_430 --><div id="dnn_ctr430_ModuleContent" class="DNNModuleContent ModDNNHTMLC"><div id="dnn_ctr430_HtmlModule_lblContent" class="Normal"><p>{SITE} ialah portal berita komuniti yang dikendalikan oleh sukarelawan sejak 2012.</p><p>Tel: 05-241 8800</p></div></div><!-- End_Module_430 --></div></div></div>
        </div></div></div>
        <div class="copyright-container"><div class="container"><div class="copyright">
            <span id="dnn_dnnCopyright_lblCopyright" class="SkinObject">Hak Cipta 2017 oleh {SITE}</span>
            <a id="dnn_dnnTerms_hypTerms" class="SkinObject" rel="nofollow" href="/Terms">Terma Penggunaan</a> | <a id="dnn_dnnPrivacy_hypPrivacy" class="SkinObject" rel="nofollow" href="/Privacy">Kenyataan Privasi</a>
        </div></div></div>
    </footer>
</div>
<div id="cookieConsent" class="cc-window cc-banner cc-type-info cc-theme-block cc-bottom"><span id="cookieconsent:desc" class="cc-message">Laman web ini menggunakan kuki untuk memastikan anda mendapat pengalaman terbaik.</span><div class="cc-compliance"><a class="cc-btn cc-dismiss" role="button" tabindex="0">Faham!</a></div></div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{TAB}`}}" />
</form>
</body>
</html>"""

    def detail(p, path):
        cs = comments[p.idx]
        clist = "".join(
            f'<div class="edn_comment" id="edn_comment_{aid[p.idx]}_{j}"><div class="edn_commentAuthor">{escape(w)}</div><div class="edn_commentDate">{when(t)}</div><div class="edn_commentText"><p>{escape(x)}</p></div></div>'
            for j, (w, t, x) in enumerate(cs)
        )
        tags = "".join(f'<a href="{cat_url(p.section)}">{CATS[p.section]}</a>')
        body = "".join(f"<p>{escape(x)}</p>" for x in p.paras)
        inner = f"""<div id="dnn_ctr{MID}_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">
<div class="eds_news_module_{MID} news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default">
<div class="edn_{MID}_article_details_wrapper">
<article class="edn_article edn_clearFix">
    <h1 class="edn_articleTitle">{escape(p.title)}</h1>
    <div class="edn_metaDetails"><span class="edn_articleAuthor">Oleh <a href="/Berita/Author/{AUTHORS[p.author]}/{latin_slug(p.author, "penulis")}">{escape(p.author)}</a></span> <span class="edn_articleDate"><time>{DAYS[p.published.weekday()]}, {when(p.published)}</time></span> <span class="edn_articleCategories">Kategori: {tags}</span></div>
    <div class="edn_mediaContainer"><img alt="{escape(p.title)}" src="/Portals/0/EasyDNNNews/{aid[p.idx]}/700600p{MID}EDNmain{aid[p.idx]}gambar.jpg" /></div>
    <div class="edn_articleContent">{body}</div>
    <div class="edn_socialPrintWrapper"><div class="edn_socialBookmarks"><a class="edn_facebook" href="https://www.facebook.com/sharer/sharer.php?u={base}{friendly(p)}" target="_blank">Kongsi</a> <a class="edn_twitter" href="https://twitter.com/intent/tweet?url={base}{friendly(p)}" target="_blank">Tweet</a> <a class="edn_whatsapp" href="whatsapp://send?text={base}{friendly(p)}">WhatsApp</a></div></div>
    <div class="edn_commentsWrapper"><h3 class="edn_commentsTitle">Komen ({len(cs)})</h3>{clist}
    <div class="edn_commentForm"><h3>Tinggalkan komen</h3><input name="dnn$ctr{MID}$ViewEasyDNNNewsMain$ctl00$tbCommentName" type="text" id="dnn_ctr{MID}_ViewEasyDNNNewsMain_ctl00_tbCommentName" placeholder="Nama" /><textarea name="dnn$ctr{MID}$ViewEasyDNNNewsMain$ctl00$tbCommentText" rows="4" id="dnn_ctr{MID}_ViewEasyDNNNewsMain_ctl00_tbCommentText" placeholder="Komen anda"></textarea><a id="dnn_ctr{MID}_ViewEasyDNNNewsMain_ctl00_lbAddComment" class="edn_commentButton" href="javascript:__doPostBack(&#39;dnn$ctr{MID}$ViewEasyDNNNewsMain$ctl00$lbAddComment&#39;,&#39;&#39;)">Hantar komen</a></div></div>
</article>
</div></div></div>"""
        head = (
            f'<link rel="canonical" href="{base}{friendly(p)}" />'
            f'<meta property="og:type" content="article" /><meta property="og:title" content="{escape(p.title)}" />'
            f'<meta property="og:url" content="{base}{friendly(p)}" />'
            f'<meta property="article:published_time" content="{p.published.isoformat()}" />'
        )
        return shell(
            f"{p.title} > Berita",
            path,
            module(MID, "EasyDNNnews", "Berita", inner),
            latest_side() + newsletter(),
            head,
        )

    pages: dict = {}
    for p in posts:
        pages[friendly(p)] = html(detail(p, friendly(p)))
        pages[raw(p)] = html(detail(p, raw(p)))

    def item(q):
        return f"""<article class="edn_article edn_clearFix">
    <a class="edn_articleImage" href="{friendly(q)}"><img alt="" src="/Portals/0/EasyDNNNews/{aid[q.idx]}/300200p{MID}EDNthumb{aid[q.idx]}gambar.jpg" /></a>
    <h2 class="edn_articleTitle"><a href="{friendly(q)}">{escape(q.title)}</a></h2>
    <div class="edn_metaDetails"><time>{when(q.published, False)}</time> <span class="edn_articleCategories">{CATS[q.section]}</span> <span class="edn_commentsCount">{len(comments[q.idx])} komen</span></div>
    <div class="edn_articleSummary">{escape(q.paras[0][:170])}…</div>
    <a class="edn_readMore edn_readMoreButton" href="{friendly(q)}">Baca lagi</a>
</article>"""

    def lister(first, title, items):
        def nth(k):
            return first if not k else f"{first}?currentpage={k + 1}"

        def render(chunk, k, n):
            links = "".join(
                f'<a class="active page">{j + 1}</a>'
                if j == k
                else f'<a class="page" href="{nth(j)}">{j + 1}</a>'
                for j in range(n)
            )
            prev = f'<a class="prev" href="{nth(k - 1)}">Sebelumnya</a>' if k else ""
            nxt = f'<a class="next" href="{nth(k + 1)}">Seterusnya</a>' if k + 1 < n else ""
            inner = f"""<div id="dnn_ctr{MID}_ViewEasyDNNNewsMain_ctl00_pnlListArticles">
<div class="eds_news_module_{MID} news eds_subCollection_news eds_news_Ozone eds_template_List_Article_Default">
<div class="edn_{MID}_article_list_wrapper">{"".join(item(q) for q in chunk)}</div>
<div class="article_pager">{prev}{links}{nxt}</div>
</div></div>"""
            cats = "".join(f'<li><a href="{cat_url(c)}">{v}</a></li>' for c, v in CATS.items())
            side = module(
                416,
                "EasyDNNnewsCategoryMenu",
                "Kategori",
                f'<div class="eds_news_module_416"><ul class="edn_category_menu">{cats}</ul></div>',
                "DNNContainer_Box",
            )
            return shell(
                f"{title} > {SITE}" + (f" - Halaman {k + 1}" if k else ""),
                nth(k),
                module(MID, "EasyDNNnews", title, inner),
                side + newsletter(),
            )

        paged(pages, nth, items, PER, render)

    lister("/Berita", "Berita", posts)
    for c, items in by_key(posts, lambda p: p.section).items():
        lister(cat_url(c), CATS[c], items)
    home_latest = "".join(item(q) for q in posts[:6])
    pages["/"] = html(
        shell(
            SITE,
            "/",
            module(
                415,
                "EasyDNNnews",
                "Berita Utama",
                f'<div class="eds_news_module_415 news eds_template_List_Article_Featured"><div class="edn_415_article_list_wrapper">{home_latest}</div><p><a class="edn_allArticles" href="/Berita">Semua berita »</a></p></div>',
            )
            + module(
                418,
                "DNN_HTML",
                "Tentang Kami",
                f'<div id="dnn_ctr418_HtmlModule_lblContent" class="Normal"><p>{SITE} melaporkan berita tempatan dari seluruh negeri.</p></div>',
            ),
            newsletter(),
            active="Utama",
        )
    )
    for path, title, text in (
        (
            "/Hubungi-Kami",
            "Hubungi Kami",
            "Alamat: No. 12, Jalan Sultan Idris Shah, 30000 Ipoh, Perak.",
        ),
        ("/Terms", "Terma Penggunaan", "Semua kandungan laman ini dilindungi hak cipta."),
        (
            "/Privacy",
            "Kenyataan Privasi",
            "Kami menghormati privasi anda dan tidak berkongsi maklumat peribadi.",
        ),
        (
            "/Langgan",
            "Langgan Buletin",
            "Masukkan alamat e-mel anda untuk melanggan buletin mingguan.",
        ),
        (
            "/Log-Masuk?returnurl=%2fBerita",
            "Log Masuk",
            "Nama Pengguna dan Kata Laluan diperlukan.",
        ),
        ("/Daftar?returnurl=%2fBerita", "Daftar", "Isi borang untuk mendaftar sebagai ahli."),
    ):
        pages[path] = html(
            shell(
                f"{title} > {SITE}",
                path,
                module(
                    440,
                    "DNN_HTML",
                    title,
                    f'<div id="dnn_ctr440_HtmlModule_lblContent" class="Normal"><p>{text}</p></div>',
                ),
                active="",
            )
        )
    for name, uid in AUTHORS.items():
        mine = [q for q in posts if q.author == name]
        pages[f"/Berita/Author/{uid}/{latin_slug(name, 'penulis')}"] = html(
            shell(
                f"{name} > Berita",
                f"/Berita/Author/{uid}/{latin_slug(name, 'penulis')}",
                module(
                    MID,
                    "EasyDNNnews",
                    name,
                    f'<div class="edn_{MID}_article_list_wrapper">{"".join(item(q) for q in mine[:8])}</div>',
                ),
            )
        )
    pages[f"/DesktopModules/EasyDNNNews/RSS.ashx?TabId={TAB}&ModuleId={MID}&portalid=0"] = rss(
        base, f"{SITE} - Berita", [(friendly(q), q) for q in posts[:20]], "ms-MY"
    )
    return site_from(NAME, posts, friendly, pages, lambda p: [raw(p)])
