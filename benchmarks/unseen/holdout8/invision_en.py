"""Invision Community 4.2 Pages database of articles with comments (en): index.php? twins, paged sitemaps."""

from __future__ import annotations

import random
from datetime import UTC
from html import escape

from benchmarks.unseen.common import (
    by_key,
    html,
    make_posts,
    robots,
    site_from,
    sitemap,
    sitemap_index,
    thread,
)
from benchmarks.unseen.holdout8 import ascii_slug
from benchmarks.unseen.server import Resp

NAME = "invision_en"
SITE = "Prairie County Forum"
CATS = {
    "local-government": "Local Government",
    "roads-transit": "Roads & Transit",
    "schools": "Schools",
    "community": "Community",
}
TAGS = ["council", "budget", "roads", "schools", "zoning", "parks"]
AUTHORS = ["Dale Hutchins", "Marcy Lindgren", "Ray Okafor"]
MEMBERS = {"Dale Hutchins": 2, "Marcy Lindgren": 7, "Ray Okafor": 12}
READERS = ["bigtexan77", "Carol S.", "Mike_from_Elm", "LindaJ", "oldtimer", "Jess W.", "gravelroad"]
REMARKS = [
    "Been saying this for years. Glad somebody finally wrote it up.",
    "Does anyone know if the meeting will be streamed?",
    "So who is paying for all of this? Same folks as always I bet.",
    "Thanks for the write-up, this is the only place covering it.",
    "I drove past there yesterday and nothing has started yet.",
    "Good news for once.",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(984, "en", 33, "America/Chicago", list(CATS), AUTHORS, TAGS)
    rng = random.Random(984)
    threads = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 6) for p in posts}
    views = {p.idx: rng.randint(40, 3000) for p in posts}
    mid = {n: 30 + k for k, n in enumerate(READERS)} | MEMBERS
    rid = {p.idx: 100 + p.idx for p in posts}
    path = {
        p.idx: f"/articles/{p.section}/{ascii_slug(p.title, p.slug)}-r{rid[p.idx]}/" for p in posts
    }
    cid = iter(range(500, 5000))
    cids = {p.idx: [next(cid) for _ in threads[p.idx]] for p in posts}
    order = {p.idx: i for i, p in enumerate(posts)}

    def profile(name):
        return f"/profile/{mid[name]}-{ascii_slug(name, 'member')}/"

    def tm(d, short=False):
        utc = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        title = d.strftime("%m/%d/%Y %I:%M  %p")
        shown = f"{d:%B} {d.day}" + ("" if short else f", {d.year}")
        return f'<time datetime="{utc}" title="{title}" data-short="1 yr">{shown}</time>'

    def shell(title, main, head="", crumbs=()):
        nav = "".join(
            f'<li id="elNavSecondary_{k}" data-role="navBarItem"><a href="/articles/{c}/">{n}</a></li>'
            for k, (c, n) in enumerate(CATS.items(), 3)
        )
        bc = "".join(
            f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{h}" itemprop="item"><span itemprop="name">{escape(t)} <i class="fa fa-angle-right"></i></span></a></li>'
            for h, t in crumbs
        )
        return f"""<!DOCTYPE html>
<html lang="en-US" dir="ltr">
	<head>
		<title>{title}</title>
		<!--[if lt IE 9]><script src="//{base[7:]}/applications/core/interface/html5shiv/html5shiv.js"></script><![endif]-->
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<meta property="og:site_name" content="{SITE}">
		<meta property="og:locale" content="en_US">{head}
		<link rel="manifest" href="{base}/manifest.webmanifest/">
		<link rel="stylesheet" href="{base}/uploads/css_built_1/341e4a57816af3ba440d891ca87450ff_framework.css?v=6c8b0a2e44" media="all">
	</head>
	<body class="ipsApp ipsApp_front ipsJS_none ipsClearfix" data-controller="core.front.core.app" data-message="" data-pageapp="cms" data-pagelocation="front" data-pagemodule="pages" data-pagecontroller="page">
		<a href="#elContent" class="ipsHide" title="Go to main content on this page" accesskey="m">Jump to content</a>
		<div id="ipsLayout_header" class="ipsClearfix">
			<header>
				<div class="ipsLayout_container">
					<a href="{base}/" id="elSiteTitle" accesskey="1">{SITE}</a>
					<ul id="elUserNav" class="ipsList_inline cSignedOut ipsResponsive_showDesktop">
						<li id="elSignInLink"><a href="{base}/login/" data-ipsMenu-closeOnClick="false" data-ipsMenu id="elUserSignIn">Existing user? Sign In &nbsp;<i class="fa fa-caret-down"></i></a></li>
						<li><a href="{base}/register/" data-ipsDialog data-ipsDialog-size="narrow" data-ipsDialog-title="Sign Up" id="elRegisterButton" class="ipsButton ipsButton_normal ipsButton_primary">Sign Up</a></li>
					</ul>
				</div>
			</header>
			<nav data-controller="core.front.core.navBar" class="">
				<div class="ipsNavBar_primary ipsLayout_container ipsClearfix">
					<ul data-role="primaryNavBar" class="ipsResponsive_showDesktop ipsResponsive_block">
						<li id="elNavSecondary_1" data-role="navBarItem" data-navapp="cms" data-navext="Pages"><a href="{base}/articles/" data-navitem-id="1">Articles</a>
							<ul class="ipsNavBar_secondary ipsHide" data-role="secondaryNavBar">{nav}</ul></li>
						<li id="elNavSecondary_2" data-role="navBarItem" data-navapp="core" data-navext="Guidelines"><a href="{base}/guidelines/" data-navitem-id="2">Guidelines</a></li>
					</ul>
				</div>
			</nav>
		</div>
		<main role="main" id="ipsLayout_body" class="ipsLayout_container">
			<div id="ipsLayout_contentArea">
				<div id="ipsLayout_contentWrapper">
					<nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover">
						<ul data-role="breadcrumbList">
							<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a title="Home" href="{base}/" itemprop="item"><span itemprop="name"><i class="fa fa-home"></i> Home <i class="fa fa-angle-right"></i></span></a></li>
							{bc}
						</ul>
					</nav>
					<div id="ipsLayout_mainArea">
						<a id="elContent"></a>
{main}
					</div>
					<div id="ipsLayout_sidebar" class="ipsLayout_sidebarright " data-controller="core.front.widgets.sidebar">
						<div class="ipsWidget ipsWidget_vertical ipsBox" data-blockid="app_cms_Database_Articles">
							<h3 class="ipsType_reset ipsWidget_title">Latest Articles</h3>
							<div class="ipsWidget_inner ipsPad_half"><ul class="ipsDataList ipsDataList_reducedSpacing">{"".join(f'<li class="ipsDataItem"><div class="ipsDataItem_main"><a href="{path[q.idx]}" class="ipsDataItem_title ipsType_break">{escape(q.title)}</a><br><span class="ipsType_light ipsType_small">By <a href="{profile(q.author)}" class="ipsType_break">{escape(q.author)}</a>, {tm(q.published, True)}</span></div></li>' for q in posts[:5])}</ul></div>
						</div>
					</div>
				</div>
			</div>
		</main>
		<footer id="ipsLayout_footer" class="ipsClearfix">
			<div class="ipsLayout_container">
				<ul class="ipsList_inline ipsType_center ipsSpacer_top" id="elFooterLinks">
					<li><a href="{base}/privacy/">Privacy Policy</a></li>
					<li><a rel="nofollow" href="{base}/contact/" data-ipsdialog data-ipsDialog-remoteSubmit data-ipsDialog-flashMessage="Thanks, your message has been sent to the administrators." data-ipsdialog-title="Contact Us">Contact Us</a></li>
				</ul>
				<p id="elCopyright"><span id="elCopyright_userLine">Copyright 2017 Prairie County Forum LLC</span><a rel="nofollow" title="Invision Community" href="https://www.invisioncommunity.com/">Powered by Invision Community</a></p>
			</div>
		</footer>
		<div id="elGuestTerms" class="ipsPad_half ipsJS_hide" data-role="guestTermsBar" data-controller="core.front.core.guestTerms">
			<div class="ipsLayout_container ipsType_center">We have placed <a href="{base}/cookies/">cookies</a> on your device to help make this website better. You can adjust your cookie settings, otherwise we'll assume you're okay to continue. <a href="#" class="ipsButton ipsButton_veryLight ipsButton_narrow" data-action="dismissTerms">Continue</a></div>
		</div>
	</body>
</html>"""

    def comment(p, k, n, w, t):
        c = cids[p.idx][k]
        return f"""<a id="comment-{c}"></a>
<article id="elComment_{c}" class="ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone">
	<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium">
		<h3 class="ipsComment_author ipsType_blendLinks"><strong class="ipsType_normal"><a href="{profile(n)}" data-ipsHover class="ipsType_break">{escape(n)}</a></strong></h3>
		<ul class="cAuthorPane_info ipsList_reset"><li class="ipsType_light">{rng.randint(3, 900)} posts</li></ul>
	</aside>
	<div class="ipsColumn ipsColumn_fluid">
		<div id="comment-{c}_wrap" data-controller="core.front.core.comment" class="ipsComment_content ipsType_medium">
			<div class="ipsComment_meta ipsType_light">
				<p class="ipsComment_meta ipsType_light ipsType_medium"><a href="{path[p.idx]}?do=findComment&amp;comment={c}" class="ipsType_blendLinks">Posted {tm(w)}</a></p>
			</div>
			<div class="cPost_contentWrap ipsPad"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsContained" data-controller="core.front.core.lightboxedImages"><p>{escape(t)}</p></div></div>
		</div>
	</div>
</article>"""

    def record(p):
        i = order[p.idx]
        prev = posts[i + 1] if i + 1 < len(posts) else None
        nxt = posts[i - 1] if i else None
        th = threads[p.idx]
        pager = '<div class="ipsGrid ipsGrid_collapsePhone ipsPager ipsClearfix ipsSpacer_top">'
        if prev:
            pager += f'<div class="ipsGrid_span6 ipsType_left ipsPager_prev"><a href="{path[prev.idx]}" title="Previous Article" rel="prev"><span class="ipsPager_type">Previous Article</span><span class="ipsPager_title ipsType_light ipsTruncate ipsTruncate_line">{escape(prev.title)}</span></a></div>'
        if nxt:
            pager += f'<div class="ipsGrid_span6 ipsType_right ipsPager_next"><a href="{path[nxt.idx]}" title="Next Article" rel="next"><span class="ipsPager_type">Next Article</span><span class="ipsPager_title ipsType_light ipsTruncate ipsTruncate_line">{escape(nxt.title)}</span></a></div>'
        pager += "</div>"
        tags = "".join(
            f'<li><a href="/tags/{t}/" class="ipsTag" title="Find other content tagged with \'{t}\'" rel="tag"><span>{t}</span></a></li>'
            for t in p.tags
        )
        body = "\n".join(f"<p>\n\t{escape(x)}\n</p>" for x in p.paras)
        comments = "".join(comment(p, k, n, w, t) for k, (n, w, t) in enumerate(th))
        return f"""<div class="ipsPageHeader ipsClearfix ipsSpacer_bottom">
	<div class="ipsPhotoPanel ipsPhotoPanel_tiny ipsClearfix">
		<a href="{profile(p.author)}" data-ipsHover class="ipsUserPhoto ipsUserPhoto_tiny" title="Go to {escape(p.author)}'s profile"><img src="{base}/uploads/monthly_2017_02/av-{MEMBERS[p.author]}.png.thumb.png" alt="{escape(p.author)}"></a>
		<div>
			<h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained">{escape(p.title)}</span></h1>
			<p class="ipsType_reset ipsType_blendLinks">By <a href="{profile(p.author)}" data-ipsHover class="ipsType_break">{escape(p.author)}</a></p>
			<ul class="ipsList_inline">
				<li class="ipsType_light">{tm(p.published)}</li>
				<li class="ipsType_light">{views[p.idx]} views</li>
				<li><a href="#comments">{len(th)} comments</a></li>
			</ul>
			<ul class="ipsTags ipsList_inline ">{tags}</ul>
		</div>
	</div>
</div>
<article class="ipsContained ipsSpacer_top">
	<div class="ipsClearfix">
		<section class="ipsType_richText ipsType_normal" data-controller="core.front.core.lightboxedImages">
{body}
		</section>
	</div>
	<div class="ipsItemControls">
		<div data-controller="core.front.core.reaction" class="ipsItemControls_right ipsClearfix "><div class="ipsReact ipsPos_right"><div class="ipsReact_blurb ipsHide" data-role="reactionBlurb"></div></div></div>
		<ul class="ipsComment_controls ipsClearfix ipsItemControls_left">
			<li><a href="{base}{path[p.idx]}" class="ipsButton ipsButton_verySmall ipsButton_light" data-ipsMenu id="elShareItem"><i class="fa fa-share-alt"></i> Share</a></li>
		</ul>
	</div>
</article>
{pager}
<div class="ipsBox ipsPad ipsSpacer_top ipsClearfix"><h2 class="ipsType_sectionHead">User Feedback</h2></div>
<a id="comments"></a>
<div class="ipsBox ipsPad ipsSpacer_top" data-controller="core.front.core.commentFeed" data-feedid="cms-article-{rid[p.idx]}">
	<div data-role="commentFeed" data-controller="core.front.core.moderation">
		<h2 class="ipsType_sectionTitle ipsType_reset">{"Recommended Comments" if False else f"{len(th)} Comments"}</h2>
{comments or '<p class="ipsType_normal ipsType_light ipsType_reset" data-role="noComments">There are no comments to display.</p>'}
	</div>
	<div class="ipsAreaBackground ipsPad ipsSpacer_top" data-role="replyArea"><div class="ipsType_center"><h2 class="ipsType_pageTitle">Join the conversation</h2><p class="ipsType_light ipsType_normal ipsType_reset">You can post now and register later. If you have an account, <a class="ipsType_brandedLink" href="{base}/login/" data-ipsDialog data-ipsDialog-size="medium" data-ipsDialog-title="Sign In Now">sign in now</a> to post with your account.</p></div></div>
</div>"""

    pages: dict = {}
    twins: dict = {}
    for p in posts:
        crumbs = [("/articles/", "Articles"), (f"/articles/{p.section}/", CATS[p.section])]
        head = (
            f'\n		<meta name="description" content="{escape(p.paras[0][:300])}">'
            f'\n		<meta property="og:title" content="{escape(p.title)}">\n		<meta property="og:type" content="website">'
            f'\n		<meta property="og:url" content="{base}{path[p.idx]}">'
            f'\n		<meta property="og:updated_time" content="{p.published.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}">'
            f'\n		<link rel="canonical" href="{base}{path[p.idx]}">'
        )
        page = html(
            shell(f"{escape(p.title)} - {CATS[p.section]} - {SITE}", record(p), head, crumbs)
        )
        pages[path[p.idx]] = page
        tw = f"/index.php?{path[p.idx]}"
        pages[tw] = page
        twins[p.idx] = [tw]
        for c in cids[
            p.idx
        ]:  # comment permalinks redirect to the record (robots.txt keeps crawlers off)
            pages[f"{path[p.idx]}?do=findComment&comment={c}"] = Resp(
                b"",
                "text/html; charset=UTF-8",
                301,
                {"Location": f"{base}{path[p.idx]}#comment-{c}"},
            )

    def row(q):
        return f"""<li class="ipsDataItem">
	<div class="ipsDataItem_main">
		<h4 class="ipsDataItem_title ipsContained_container"><span class="ipsType_break ipsContained"><a href="{path[q.idx]}" title="{escape(q.title)}">{escape(q.title)}</a></span></h4>
		<p class="ipsType_reset ipsType_light ipsType_blendLinks">By <a href="{profile(q.author)}">{escape(q.author)}</a>, {tm(q.published)} in <a href="/articles/{q.section}/">{CATS[q.section]}</a></p>
		<div class="ipsType_richText ipsType_normal ipsSpacer_top ipsSpacer_half" data-ipsTruncate data-ipsTruncate-size="3 lines"><p>{escape(q.paras[0])}</p></div>
	</div>
	<ul class="ipsDataItem_stats"><li><span class="ipsDataItem_stats_number">{len(threads[q.idx])}</span> <span class="ipsDataItem_stats_type">comments</span></li><li><span class="ipsDataItem_stats_number">{views[q.idx]}</span> <span class="ipsDataItem_stats_type">views</span></li></ul>
</li>"""

    def listing(path0, items, heading, crumbs, per=10):
        parts = [items[i : i + per] for i in range(0, len(items), per)]

        def nth(k):
            return path0 if not k else f"{path0}page/{k + 1}/"

        for k, chunk in enumerate(parts):
            n = len(parts)
            pg = "".join(
                f'<li class="ipsPagination_page{" ipsPagination_active" if j == k else ""}"><a href="{nth(j)}" data-page="{j + 1}">{j + 1}</a></li>'
                for j in range(n)
            )
            if k + 1 < n:
                pg += f'<li class="ipsPagination_next"><a href="{nth(k + 1)}" rel="next" data-page="{k + 2}">Next</a></li>'
            main = f"""<div class="ipsPageHeader ipsClearfix"><h1 class="ipsType_pageTitle">{escape(heading)}</h1></div>
<div class="ipsBox"><ol class="ipsDataList ipsDataList_large ipsClear" data-role="tableRows">{"".join(row(q) for q in chunk)}</ol></div>
<div class="ipsButtonBar ipsPad_half ipsClearfix ipsClear"><ul class="ipsPagination" data-pages="{n}">{pg}</ul></div>"""
            title = heading + (f" - Page {k + 1}" if k else "") + f" - {SITE}"
            pages[nth(k)] = html(
                shell(
                    title, main, f'\n		<link rel="canonical" href="{base}{nth(k)}">', crumbs
                )
            )

    listing("/articles/", posts, "Articles", [("/articles/", "Articles")])
    for c, items in by_key(posts, lambda p: p.section).items():
        listing(
            f"/articles/{c}/",
            items,
            CATS[c],
            [("/articles/", "Articles"), (f"/articles/{c}/", CATS[c])],
            6,
        )
    for t, items in by_key(posts, lambda p: p.tags).items():
        listing(f"/tags/{t}/", items, f"Showing results for tags '{t}'.", [], 8)
    for name in mid:
        mine = [q for q in posts if q.author == name]
        acts = "".join(row(q) for q in mine[:10])
        main = f"""<div data-controller="core.front.profile.main" id="elProfileUserContent"><header data-role="profileHeader"><div class="ipsPageHead_special" id="elProfileHeader"><div class="ipsColumns ipsColumns_collapsePhone"><div class="ipsColumn ipsColumn_fluid"><h1 class="ipsType_reset ipsPageHead_barText">{escape(name)}</h1><span><span class="ipsPageHead_barText">Members</span></span></div></div></div></header>
<div class="ipsBox ipsPad"><h2 class="ipsType_sectionTitle ipsType_reset">{escape(name)}'s Activity</h2><ol class="ipsDataList">{acts or '<li class="ipsDataItem"><p class="ipsType_light">' + escape(name) + " has no recent activity to show.</p></li>"}</ol></div></div>"""
        pages[profile(name)] = html(
            shell(f"{escape(name)} - {SITE}", main, "", [("/members/", "Members")] if False else [])
        )
    feat = posts[0]
    home = f"""<div class="ipsPageHeader ipsClearfix"><h1 class="ipsType_pageTitle">Welcome to {SITE}</h1><p class="ipsType_reset ipsType_light">News and talk for Prairie County, Texas.</p></div>
<div class="ipsBox ipsPad cCmsRecord_featured"><h2 class="ipsType_pageTitle"><a href="{path[feat.idx]}">{escape(feat.title)}</a></h2><p class="ipsType_light">By {escape(feat.author)}, {tm(feat.published)}</p><div class="ipsType_richText"><p>{escape(feat.paras[0])}</p></div><a href="{path[feat.idx]}" class="ipsButton ipsButton_light ipsButton_small">Read more</a></div>
<div class="ipsBox ipsSpacer_top"><h2 class="ipsType_sectionTitle ipsType_reset">Recent Articles</h2><ol class="ipsDataList ipsDataList_large">{"".join(row(q) for q in posts[1:7])}</ol><p class="ipsPad"><a href="/articles/">View all articles</a></p></div>"""
    pages["/"] = html(shell(SITE, home))
    for slug, t, txt in [
        (
            "guidelines",
            "Guidelines",
            "Be civil. No personal attacks, no spam, no posting of private information.",
        ),
        (
            "privacy",
            "Privacy Policy",
            "We store the information you provide when you register and the cookies described in our cookie policy.",
        ),
        ("cookies", "Cookies", "This site uses cookies for sign-in and for anonymous statistics."),
        ("login", "Sign In", "Sign in with your display name or email address."),
        ("register", "Sign Up", "Create an account to comment on articles and join discussions."),
        ("contact", "Contact Us", "Use this form to reach the site administrators."),
    ]:
        pages[f"/{slug}/"] = html(
            shell(
                f"{t} - {SITE}",
                f'<div class="ipsPageHeader"><h1 class="ipsType_pageTitle">{t}</h1></div><div class="ipsBox ipsPad"><p>{txt}</p></div>',
            )
        )
    pages["/manifest.webmanifest/"] = Resp(b"{}", "application/manifest+json")
    chunk = 15
    files = []
    for k in range(0, len(posts), chunk):
        name = f"sitemap_content_cms_records1_{k // chunk + 1}"
        files.append(f"/sitemap.php?file={name}")
        pages[files[-1]] = sitemap(
            base,
            [
                (path[q.idx], q.published.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"))
                for q in posts[k : k + chunk]
            ],
        )
    files.append("/sitemap.php?file=sitemap_core_other_1")
    pages[files[-1]] = sitemap(base, [("/", None), ("/articles/", None), ("/guidelines/", None)])
    pages["/sitemap.php"] = sitemap_index(base, files)
    pages["/robots.txt"] = robots(base, ["/sitemap.php"], ["/login/", "/register/", "/*?do=*"])
    return site_from(NAME, posts, lambda p: path[p.idx], pages, lambda p: twins[p.idx])
