"""ProcessWire 3 news site on the site-regular (UIkit 3) blog templates (bn), Asia/Dhaka.

Followed: processwire `site-regular` profile — `templates/_main.php` (`#masthead` with
`#masthead-navbar` and `#masthead-search`, `uk-breadcrumb`, `#content` grid with `#content-body`
and `#sidebar`, muted footer "Powered by ProcessWire"), `templates/_uikit.php` `ukBlogPost()` /
`ukBlogPosts()` (`<article class='uk-article blog-post'>`, `uk-article-meta` byline, category
buttons, summaries with "আরও পড়ুন" links in lists, full body on the post's own page) and
`ukPagination()` over MarkupPagerNav (`uk-pagination`, `page2/` page numbers), `blog-post.php`
with `$page->comments->render()` (FieldtypeComments `CommentList` > `CommentListItem` with
`CommentHeader`/`CommentCite`/`CommentCreated`/`CommentText`) and `renderForm()` (`#CommentForm`,
`CommentForm_form`, `CommentForm_cite|email|text|submit`), `categories.php`/`category.php`, a
URL-segment archive `/archive/2017/3/` and a MarkupRSS page `/rss/`.

Posts live at `/news/slug/` (Latin page names typed by the editors), the date field is printed
in Bengali digits without a time (`২ মার্চ ২০১৭`), body and summaries use the danda. The RSS
carries every post's time with its +0600 offset. Discovery: listings and the RSS. No sitemap.
"""

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import (
    by_key,
    by_month,
    html,
    make_posts,
    paged,
    rss,
    site_from,
    thread,
)
from benchmarks.unseen.text_h11 import H11, bengali

NAME = "processwire_bn"
SITE = "নগর বার্তা"
CATS = {"rajniti": "রাজনীতি", "poribohon": "পরিবহন", "shastho": "স্বাস্থ্য", "unnoyon": "উন্নয়ন"}
AUTHORS = ["farhana", "tanvir", "nusrat", "mahmud"]
READERS = ["রাশেদ", "সুমাইয়া", "কামরুল হাসান", "নীলা", "আরিফ", "শাহীন আলম"]
REMARKS = [
    "খুব দরকারি খবর, ধন্যবাদ।",
    "এই প্রকল্পের কাজ কবে শেষ হবে কেউ জানে না।",
    "আমাদের এলাকার কথাও লিখবেন আশা করি।",
    "জনগণের টাকা যেন নষ্ট না হয়।",
    "প্রতিবেদনটি তথ্যবহুল হয়েছে।",
]
TOPICS_LATIN = [
    "notun-setu",
    "jolabaddhota-nirsan",
    "hospital-somprosaron",
    "bus-terminal",
    "tiffin-kormoshuchi",
    "kachabazar-songskar",
    "borjo-byabosthapona",
    "railstation-adhunikayon",
]
PLACES_LATIN = ["chattogram", "rajshahi", "khulna", "sylhet", "barishal", "rangpur"]
MONTHS = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন"]
PER = 8


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1106, "bn", 32, "Asia/Dhaka", list(CATS), AUTHORS, ["x"])
    bank = H11["bn"]
    used: dict[str, int] = {}
    name = {}
    for p in sorted(posts, key=lambda q: q.published):
        topic = next(i for i, t in enumerate(bank["topics"]) if t in p.title)
        place = next((i for i, t in enumerate(bank["places"]) if t in p.title), None)
        base_name = (PLACES_LATIN[place] + "-" if place is not None else "") + TOPICS_LATIN[topic]
        used[base_name] = used.get(base_name, 0) + 1
        name[p.idx] = base_name + (f"-{used[base_name]}" if used[base_name] > 1 else "")
        p.title = bengali(p.title)
        p.paras = [bengali(x) for x in p.paras]
    rng = random.Random(1106)
    comments = {p.idx: thread(rng, READERS, REMARKS, p.published, 0, 4) for p in posts}
    pid = {p.idx: 1040 + p.idx for p in posts}

    def url(p):
        return f"/news/{name[p.idx]}/"

    def bdate(d):
        return bengali(f"{d.day} {MONTHS[d.month - 1]} {d.year}")

    def crumbs(trail):
        return (
            "<ul class='uk-breadcrumb'>"
            + "".join(f"<li><a href='{h}'>{escape(t)}</a></li>" for t, h in trail)
            + "</ul>"
        )

    def sidebar():
        cats = "".join(f"<li><a href='/categories/{c}/'>{v}</a></li>" for c, v in CATS.items())
        recent = "".join(
            f"<li><a href='{url(q)}'>{escape(q.title)}</a><br><small class='uk-text-meta'>{bdate(q.published)}</small></li>"
            for q in posts[:5]
        )
        arch = "".join(
            f"<li><a href='/archive/{y}/{m}/'>{MONTHS[m - 1]} {bengali(str(y))}</a></li>"
            for (y, m) in by_month(posts)
        )
        return f"""<aside id='sidebar' class='uk-width-1-3@m'>
	<div class='uk-card uk-card-default uk-card-body uk-margin-bottom'><h3 class='uk-card-title'>বিভাগ</h3><ul class='uk-nav uk-nav-default'>{cats}</ul></div>
	<div class='uk-card uk-card-default uk-card-body uk-margin-bottom'><h3 class='uk-card-title'>সাম্প্রতিক খবর</h3><ul class='uk-list uk-list-divider'>{recent}</ul></div>
	<div class='uk-card uk-card-default uk-card-body uk-margin-bottom'><h3 class='uk-card-title'>আর্কাইভ</h3><ul class='uk-list'>{arch}</ul></div>
	<div class='uk-card uk-card-primary uk-card-body'><h3 class='uk-card-title'>নিউজলেটার</h3><p>প্রতি শুক্রবার সপ্তাহের সেরা খবর আপনার ইনবক্সে।</p><form action='/newsletter/' method='post'><input class='uk-input' type='email' name='email' placeholder='ইমেইল ঠিকানা'><button class='uk-button uk-button-default'>সাবস্ক্রাইব</button></form></div>
</aside>"""

    def shell(title, body, trail, headline=True, head="", desc=""):
        nav = "".join(
            f"<li><a href='{h}'>{t}</a></li>"
            for t, h in [
                ("প্রচ্ছদ", "/"),
                ("খবর", "/news/"),
                *((v, f"/categories/{c}/") for c, v in CATS.items()),
                ("আমাদের কথা", "/about/"),
            ]
        )
        h1 = f"<h1 id='content-head'>{escape(title)}</h1>" if headline else ""
        return f"""<!DOCTYPE html>
<html lang="bn">
<head id='html-head'>
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title id='html-title'>{escape(title)} | {SITE}</title>
	<meta name="description" content="{escape(desc)}">
	<link rel="stylesheet" href="/site/templates/uikit/dist/css/uikit.min.css" />
	<link rel="stylesheet" href="/site/templates/styles/main.css">
	<link rel="alternate" type="application/rss+xml" title="{SITE}" href="{base}/rss/">{head}
	<script src="/wire/modules/Jquery/JqueryCore/JqueryCore.js"></script>
	<script src="/site/templates/uikit/dist/js/uikit.min.js"></script>
</head>
<body id='html-body'>
	<div id='masthead' class="uk-background-muted">
		<div class='uk-container'>
			<p id='masthead-logo' class='uk-text-center uk-margin-medium-top uk-margin-small-bottom'><a href='/'><img src='/site/templates/styles/images/logo.svg' alt='{SITE}'><br /></a></p>
			<ul id='masthead-navbar' class="uk-navbar-nav uk-margin-small-bottom uk-visible@m">{nav}</ul>
			<div id='masthead-search' class='uk-padding-small uk-padding-remove-horizontal'>
				<form class='uk-search uk-search-default' action='/search/' method='get'><span uk-search-icon></span><input class='uk-search-input' type='search' name='q' placeholder='খুঁজুন'></form>
			</div>
		</div>
	</div>
	<div id='content' class='uk-container uk-margin-medium'>
		{crumbs(trail)}
		<div class='uk-grid-large' uk-grid>
			<div id='content-body' class='uk-width-expand'>
				{h1}
				{body}
			</div>
			{sidebar()}
		</div>
	</div>
	<div id='cookie-notice' class='uk-position-bottom uk-background-secondary uk-light uk-padding-small'>এই ওয়েবসাইট কুকি ব্যবহার করে। <a href='/privacy/'>বিস্তারিত</a> <button class='uk-button uk-button-small'>ঠিক আছে</button></div>
	<footer class='uk-section uk-section-muted'>
		<div id='footer' class='uk-container'>
			<p class='uk-margin-small'>© ২০১৭ {SITE}। সর্বস্বত্ব সংরক্ষিত। <a href='/about/'>আমাদের কথা</a> · <a href='/privacy/'>গোপনীয়তা নীতি</a></p>
			<p class='uk-margin-small uk-text-muted'>Powered by <a href='https://processwire.com'>ProcessWire CMS</a></p>
		</div>
	</footer>
</body>
</html>"""

    def categories(q):
        return f"<span uk-icon='icon: hashtag'></span><a class='uk-button uk-button-text' href='/categories/{q.section}/'>{CATS[q.section]}</a> "

    def post(q, summarize):
        byline = f"{q.author} লিখেছেন, {bdate(q.published)}"
        if summarize:
            return f"""<article class='uk-article blog-post'><h2 class='uk-margin-remove'><a class='uk-link-reset' href='{url(q)}'>{escape(q.title)}</a></h2><p class='uk-margin-small'><span class='uk-article-meta'><span uk-icon='icon: info'></span> {byline}</span><br /><span class='categories'>{categories(q)}</span></p><div class='blog-post-body'><p>{escape(q.paras[0][:200])}…</p><a href='{url(q)}'>আরও পড়ুন <span uk-icon='icon: arrow-right'></span></a></div><p class='uk-text-meta'><a href='{url(q)}#CommentForm'>{bengali(str(len(comments[q.idx])))}টি মন্তব্য</a></p></article><hr>"""
        body = "".join(f"<p>{escape(x)}</p>" for x in q.paras)
        return f"""<article class='uk-article blog-post'><h1 class='uk-article-title uk-margin-remove'>{escape(q.title)}</h1><p class='uk-margin-small'><span class='uk-article-meta'><span uk-icon='icon: info'></span> {byline}</span><br /><span class='categories'>{categories(q)}</span></p><div class='blog-post-body'>{body}</div></article><hr>"""

    def comment_block(q):
        cs = comments[q.idx]
        items = "".join(
            f"""
	<li id='Comment{pid[q.idx] * 10 + j}' class='CommentListItem' data-comment='{pid[q.idx] * 10 + j}'>
		<p class='CommentHeader'><span class='CommentCite'>{escape(w)}</span> মন্তব্য করেছেন <span class='CommentCreated'>{bdate(t)}</span></p>
		<div class='CommentText'><p>{escape(x)}</p></div>
	</li>"""
            for j, (w, t, x) in enumerate(cs)
        )
        clist = f"<h3>মন্তব্য</h3><ul class='CommentList'>{items}\n</ul>" if cs else ""
        return f"""{clist}
<div id='CommentForm' class='CommentForm_new'>
<h3>মন্তব্য লিখুন</h3>
<form id='CommentForm_form' action='./#CommentForm' method='post'>
	<fieldset>
	<p class='CommentForm_cite'><label for='CommentForm_cite'>আপনার নাম</label><input type='text' name='cite' class='required' required='required' id='CommentForm_cite' value='' maxlength='128' /></p>
	<p class='CommentForm_email'><label for='CommentForm_email'>আপনার ইমেইল</label><input type='email' name='email' class='required email' required='required' id='CommentForm_email' value='' maxlength='255' /></p>
	<p class='CommentForm_text'><label for='CommentForm_text'>মন্তব্য</label><textarea name='text' class='required' required='required' id='CommentForm_text' rows='5' cols='50'></textarea></p>
	<p class='CommentForm_submit'><button type='submit' name='CommentForm_submit' id='CommentForm_submit' value='1'>পাঠান</button><input type='hidden' name='page_id' value='{pid[q.idx]}' /></p>
	</fieldset>
</form>
</div>"""

    def prevnext(q):
        i = posts.index(q)
        prev = posts[i + 1] if i + 1 < len(posts) else None
        nxt = posts[i - 1] if i else None
        out = "<div class='uk-grid-small uk-child-width-1-2 uk-margin' uk-grid>"
        out += (
            f"<div><a href='{url(prev)}'>← {escape(prev.title)}</a></div>"
            if prev
            else "<div></div>"
        )
        out += (
            f"<div class='uk-text-right'><a href='{url(nxt)}'>{escape(nxt.title)} →</a></div>"
            if nxt
            else "<div></div>"
        )
        return out + "</div>"

    pages: dict = {}
    for q in posts:
        body = post(q, False) + prevnext(q) + comment_block(q)
        head = f"\n\t<link rel='canonical' href='{base}{url(q)}'>"
        pages[url(q)] = html(
            shell(q.title, body, [("প্রচ্ছদ", "/"), ("খবর", "/news/")], False, head, q.paras[0][:150])
        )

    def pagination(first, k, n):
        def href(j):
            return first if not j else f"{first}page{j + 1}/"

        items = "".join(
            f"<li class='uk-active'><span>{bengali(str(j + 1))}</span></li>"
            if j == k
            else f"<li><a href='{href(j)}'>{bengali(str(j + 1))}</a></li>"
            for j in range(n)
        )
        prev = (
            f"<li><a href='{href(k - 1)}'><span uk-pagination-previous></span> আগের</a></li>"
            if k
            else ""
        )
        nxt = (
            f"<li><a href='{href(k + 1)}'>পরের <span uk-pagination-next></span></a></li>"
            if k + 1 < n
            else ""
        )
        return (
            f"<ul class='uk-pagination uk-margin-large-top MarkupPagerNav' role='navigation' aria-label='Pagination links'>{prev}{items}{nxt}</ul>"
            if n > 1
            else ""
        )

    def lister(first, title, items, trail):
        def nth(k):
            return first if not k else f"{first}page{k + 1}/"

        def render(chunk, k, n):
            body = "".join(post(q, True) for q in chunk) + pagination(first, k, n)
            return shell(title + (f" - পৃষ্ঠা {bengali(str(k + 1))}" if k else ""), body, trail)

        paged(pages, nth, items, PER, render)

    home = [("প্রচ্ছদ", "/")]
    lister("/news/", "খবর", posts, home)
    for c, items in by_key(posts, lambda p: p.section).items():
        lister(f"/categories/{c}/", CATS[c], items, [*home, ("বিভাগ", "/categories/")])
    for (y, m), items in by_month(posts).items():
        lister(
            f"/archive/{y}/{m}/",
            f"আর্কাইভ: {MONTHS[m - 1]} {bengali(str(y))}",
            items,
            [*home, ("আর্কাইভ", "/archive/")],
        )
    pages["/categories/"] = html(
        shell(
            "বিভাগ",
            "<ul class='uk-list uk-list-large'>"
            + "".join(f"<li><a href='/categories/{c}/'>{v}</a></li>" for c, v in CATS.items())
            + "</ul>",
            home,
        )
    )
    pages["/archive/"] = html(
        shell(
            "আর্কাইভ",
            "<ul class='uk-list'>"
            + "".join(
                f"<li><a href='/archive/{y}/{m}/'>{MONTHS[m - 1]} {bengali(str(y))}</a> ({bengali(str(len(v)))})</li>"
                for (y, m), v in by_month(posts).items()
            )
            + "</ul>",
            home,
        )
    )
    lead = posts[0]
    pages["/"] = html(
        shell(
            SITE,
            f"<div class='uk-card uk-card-default uk-card-body uk-margin-bottom'>{post(lead, True)}</div>"
            + "".join(post(q, True) for q in posts[1:6])
            + "<p><a class='uk-button uk-button-primary' href='/news/'>সব খবর</a></p>",
            [("প্রচ্ছদ", "/")],
            False,
            desc="শহরের রাজনীতি, পরিবহন, স্বাস্থ্য ও উন্নয়নের খবর।",
        )
    )
    for path, title, text in (
        (
            "/about/",
            "আমাদের কথা",
            "নগর বার্তা একটি স্বাধীন স্থানীয় সংবাদ সাইট, যা ২০১৪ সাল থেকে শহরের খবর প্রকাশ করছে।",
        ),
        ("/privacy/", "গোপনীয়তা নীতি", "আমরা আপনার ব্যক্তিগত তথ্য তৃতীয় পক্ষের সাথে শেয়ার করি না।"),
        ("/newsletter/", "নিউজলেটার", "সাবস্ক্রাইব করার জন্য ধন্যবাদ। নিশ্চিতকরণ ইমেইল পাঠানো হয়েছে।"),
    ):
        pages[path] = html(shell(title, f"<div class='uk-article'><p>{text}</p></div>", home))
    pages["/rss/"] = rss(base, SITE, [(url(q), q) for q in posts], "bn")
    return site_from(NAME, posts, url, pages)
