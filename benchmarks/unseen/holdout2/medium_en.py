"""HOLDOUT2: do not read or tune against this module. Medium custom-domain publication (en): atomic hashed classes, Apollo state, ?source= twins, claps and responses; feed-only discovery."""
# ruff: noqa: RUF001  (typographic characters are the point of this fixture)

from __future__ import annotations

import hashlib
import json
import random
from datetime import UTC
from html import escape

from benchmarks.unseen.common import (
    by_key,
    by_month,
    html,
    make_posts,
    paged,
    robots,
    rss,
    site_from,
    thread,
)

NAME = "medium_en"
PUB = "The Civic Ledger"
TAGS = ["Transport", "Local Government", "Housing", "Education", "Climate", "Budget"]
READERS = [
    "Dana Whitfield",
    "Omar Haddad",
    "Priya N.",
    "Tom Callaghan",
    "Lena Brooks",
    "J. Morales",
]
LINES = [
    "Really thorough piece. Would love a follow-up once the audit is out.",
    "This is the first clear explanation of the numbers I have seen.",
    "Sharing this with our neighbourhood association tonight.",
    "The comparison with last year's budget is the key point here.",
    "Great reporting, but the timeline still seems optimistic to me.",
]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _h(s: str, n: int = 12) -> str:
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def _cls(seed: str, k: int = 6) -> str:
    """Atomic CSS class soup as the Medium build emits it (two-letter hashed names)."""
    h = hashlib.md5(seed.encode()).hexdigest()
    letters = "abcdefghijklmnopqrstuvwxyz"
    return " ".join(
        letters[int(h[2 * i], 16)] + letters[int(h[2 * i + 1], 16) + 7] for i in range(k)
    )


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        5202,
        "en",
        27,
        "America/Los_Angeles",
        ["Civic", "Data"],
        ["Hannah Kerr", "Marcus Dell", "Alicia Ruiz", "Ben Okafor"],
        TAGS,
    )
    rng = random.Random(5202)
    hid = {p.idx: _h(p.title) for p in posts}
    url = {p.idx: f"/{p.slug[:60].strip('-')}-{hid[p.idx]}" for p in posts}
    src = {
        p.idx: f"{url[p.idx]}?source=collection_home---4------{p.idx % 7}-----------------------"
        for p in posts
    }
    feedsrc = {p.idx: f"{url[p.idx]}?source=rss----{_h(PUB, 12)}---4" for p in posts}
    claps = {p.idx: rng.choice([12, 48, 96, 230, 1100, 2300]) for p in posts}
    threads = {p.idx: thread(rng, READERS, LINES, p.published, 0, 4) for p in posts}
    read = {p.idx: max(2, sum(len(x.split()) for x in p.paras) // 200 + 2) for p in posts}
    pages: dict = {}

    def vis_date(d, year=True):
        return f"{MONTHS[d.month - 1]} {d.day}" + (f", {d.year}" if year else "")

    def shell(title, main, head="", state=None):
        apollo = json.dumps(state or {"ROOT_QUERY": {"viewer": None}}, ensure_ascii=False).replace(
            "</", "<\\/"
        )
        return f"""<!doctype html><html lang="en"><head><title>{escape(title)}</title><meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/><meta data-rh="true" name="theme-color" content="#000000"/><meta data-rh="true" property="og:site_name" content="{PUB}"/>{head}<link data-rh="true" rel="alternate" type="application/rss+xml" title="RSS" href="{base}/feed"/><style type="text/css" data-fela-rehydration="541" data-fela-type="STATIC">html{{box-sizing:border-box}}</style></head>
<body><div id="root"><div class="{_cls("a0")}"><div class="{_cls("a1")}"><div class="{_cls("a2")}"><div class="{_cls("a3", 4)}" role="banner"><div class="{_cls("nav", 5)}"><a href="{base}/" aria-label="Homepage" class="{_cls("logo", 3)}"><h2 class="{_cls("pubname", 4)}">{PUB}</h2></a><div class="{_cls("navlinks", 4)}"><a class="{_cls("nl1", 3)}" href="{base}/latest">Latest</a><a class="{_cls("nl2", 3)}" href="{base}/tagged/transport">Transport</a><a class="{_cls("nl3", 3)}" href="{base}/tagged/housing">Housing</a><a class="{_cls("nl4", 3)}" href="{base}/archive">Archive</a><a class="{_cls("nl5", 3)}" href="{base}/about">About</a></div><a class="{_cls("follow", 3)}" href="https://medium.com/m/signin?operation=register">Follow</a></div></div>
{main}
</div></div></div>
<div class="{_cls("banner", 5)}" role="dialog"><p class="{_cls("bt", 4)}">To make Medium work, we log user data. By using Medium, you agree to our <a href="https://policy.medium.com/medium-privacy-policy-f03bf92035c9">Privacy Policy</a>, including cookie policy.</p></div></div>
<script>window.__BUILD_ID__="main-20170301-193021-a1b2c3"</script><script>window.__GRAPHQL_URI__ = "https://medium.com/_/graphql"</script><script>window.__APOLLO_STATE__ = {apollo}</script><script src="https://cdn-client.medium.com/lite/static/js/main.a1b2c3d4.js" async=""></script></body></html>"""

    def card(q, big=False):
        return (
            f'<div class="{_cls("card" + str(big), 5)}"><div class="{_cls("cm", 4)}"><a class="{_cls("ca", 3)}" rel="noopener" href="{base}{src[q.idx]}"><h2 class="{_cls("ch", 5)}">{escape(q.title)}</h2>'
            f'<div class="{_cls("cs", 3)}"><h3 class="{_cls("csub", 4)}">{escape(q.paras[0][:120])}…</h3></div></a><div class="{_cls("cmeta", 4)}"><p class="{_cls("cau", 3)}">{escape(q.author)}</p> · <span>{vis_date(q.published, False)}</span> · <span>{read[q.idx]} min read</span></div></div></div>'
        )

    def story(p):
        d = p.published
        utc = d.astimezone(UTC)
        pid = hid[p.idx]
        graf = "".join(
            f'<p id="{_h(x, 4)}" class="pw-post-body-paragraph {_cls("pp", 9)}" data-selectable-paragraph="">{escape(x)}</p>'
            for x in p.paras
        )
        more = [q for q in posts if q is not p][:3]
        resp = "".join(
            f'<div class="{_cls("resp", 4)}"><div class="{_cls("rh", 3)}"><a href="https://medium.com/@{w.lower().replace(" ", "").replace(".", "")}" rel="noopener" class="{_cls("ra", 3)}"><p class="{_cls("rn", 4)}">{escape(w)}</p></a><p class="{_cls("rd", 3)}">{vis_date(t)}</p></div><pre class="{_cls("rt", 4)}">{escape(x)}</pre><div class="{_cls("rc", 3)}"><span>{rng.randint(1, 30)}</span> claps · <span>Reply</span></div></div>'
            for w, t, x in threads[p.idx]
        )
        state = {
            f"Post:{pid}": {
                "id": pid,
                "title": p.title,
                "firstPublishedAt": int(utc.timestamp() * 1000),
                "readingTime": read[p.idx],
                "clapCount": claps[p.idx],
                "content({})": {
                    "bodyModel": {
                        "paragraphs": [
                            {"__ref": f"Paragraph:{pid}_{j}"} for j in range(len(p.paras) + 1)
                        ]
                    }
                },
            },
            **{
                f"Paragraph:{pid}_{j + 1}": {"name": _h(x, 4), "type": "P", "text": x}
                for j, x in enumerate(p.paras)
            },
            f"Paragraph:{pid}_0": {"name": "t1tl", "type": "H3", "text": p.title},
        }
        ld = json.dumps(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "url": f"{base}{url[p.idx]}",
                "dateCreated": utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z",
                "datePublished": utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z",
                "dateModified": utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z",
                "headline": p.title,
                "name": p.title,
                "description": p.paras[0][:140],
                "identifier": pid,
                "author": {
                    "@type": "Person",
                    "name": p.author,
                    "url": f"https://medium.com/@{p.author.lower().replace(' ', '')}",
                },
                "creator": [p.author],
                "publisher": {"@type": "Organization", "name": PUB, "url": base},
                "mainEntityOfPage": f"{base}{url[p.idx]}",
            }
        )
        head = (
            f'<meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="og:title" content="{escape(p.title)}"/><meta data-rh="true" property="article:published_time" content="{utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4]}Z"/>'
            f'<meta data-rh="true" name="author" content="{escape(p.author)}"/><link data-rh="true" rel="canonical" href="{base}{url[p.idx]}"/><link data-rh="true" rel="alternate" href="android-app://com.medium.reader/https/medium.com/p/{pid}"/>'
            f'<script data-rh="true" type="application/ld+json">{ld}</script>'
        )
        tags = "".join(
            f'<a href="{base}/tagged/{t.lower().replace(" ", "-")}" class="{_cls("tag", 3)}"><div class="{_cls("tg", 4)}">{t}</div></a>'
            for t in p.tags
        )
        main = f"""<div class="{_cls("m0")}"><article><div class="l"><div class="l"><section><div><div class="{_cls("sec", 4)}"><div class="{_cls("sw", 5)}"><div class="{_cls("sc", 4)}">
<div><h1 id="{_h(p.title, 4)}" class="pw-post-title {_cls("tt", 9)}" data-selectable-paragraph="">{escape(p.title)}</h1></div>
<div class="{_cls("byl", 5)}"><div class="{_cls("ava", 3)}"><a href="https://medium.com/@{p.author.lower().replace(" ", "")}" rel="noopener"><img alt="{escape(p.author)}" class="{_cls("img", 4)}" src="https://miro.medium.com/fit/c/56/56/1*{pid}.jpeg" width="44" height="44"/></a></div><div class="{_cls("bi", 4)}"><div class="{_cls("bn", 3)}"><p class="{_cls("bnn", 4)}"><a class="{_cls("bna", 3)}" href="https://medium.com/@{p.author.lower().replace(" ", "")}" rel="noopener">{escape(p.author)}</a></p> <span class="{_cls("fl", 3)}"><a href="https://medium.com/m/signin?actionUrl=follow">Follow</a></span></div><div class="{_cls("bd", 3)}"><p class="pw-published-date {_cls("pd", 4)}"><span>{vis_date(d)}</span></p><div class="{_cls("dot", 2)}">·</div><div class="pw-reading-time {_cls("rt", 3)}">{read[p.idx]} min read</div></div></div></div>
{graf}
</div></div></div></div></section></div></div></article>
<div class="{_cls("foot", 5)}"><div class="{_cls("tags", 4)}">{tags}</div><div class="{_cls("clap", 4)}"><div class="pw-multi-vote-icon {_cls("mv", 3)}"><button aria-label="clap"><svg width="24" height="24"></svg></button></div><div class="pw-multi-vote-count {_cls("mc", 3)}"><p class="{_cls("mcp", 3)}"><button class="{_cls("mcb", 3)}">{claps[p.idx]}</button></p></div><div class="{_cls("rsp", 3)}"><button class="{_cls("rspb", 3)}" aria-label="responses"><span class="pw-responses-count {_cls("rpc", 3)}">{len(threads[p.idx])}</span></button></div></div>
<div class="{_cls("share", 4)}"><a href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}" aria-label="Share on Twitter">Share on Twitter</a><a href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}" aria-label="Share on Facebook">Share on Facebook</a><a href="https://www.linkedin.com/shareArticle?url={base}{url[p.idx]}">Share on LinkedIn</a></div>
<div class="{_cls("pubbox", 5)}"><a href="{base}/"><h2 class="{_cls("pbh", 4)}">More from {PUB}</h2></a><p class="{_cls("pbp", 4)}">Independent reporting on how our city spends, builds and decides. Follow to get the week's stories in your Medium feed.</p>{"".join(card(q) for q in more)}<a href="{base}/latest">Read more from {PUB}</a></div>
<div class="{_cls("resps", 5)}"><h2 class="{_cls("rsh", 4)}">Responses ({len(threads[p.idx])})</h2><div class="{_cls("rw", 3)}"><p>What are your thoughts?</p><a href="https://medium.com/m/signin?operation=register&amp;redirect={base}{url[p.idx]}">Sign up</a></div>{resp}{f'<a href="{base}{url[p.idx]}?responsesOpen=true&amp;sortBy=REVERSE_CHRON" class="{_cls("sa", 3)}">See all responses</a>' if threads[p.idx] else ""}</div>
<div class="{_cls("nev", 5)}"><h2>Get an email whenever {PUB} publishes.</h2><p>Your subscription is free. By signing up, you will create a Medium account if you don’t already have one. Review our Privacy Policy for more information about our privacy practices.</p><button>Subscribe</button></div></div></div>"""
        return shell(f"{p.title} | by {p.author} | {PUB} | Medium", main, head, state)

    for p in posts:
        page = html(story(p))
        pages[url[p.idx]] = page
        pages[src[p.idx]] = page
        pages[feedsrc[p.idx]] = page
        if threads[p.idx]:
            pages[f"{url[p.idx]}?responsesOpen=true&sortBy=REVERSE_CHRON"] = page

    def index(title, items, intro=""):
        return shell(
            f"{title} – {PUB}",
            f'<div class="{_cls("ix", 5)}"><h1 class="{_cls("ixh", 4)}">{escape(title)}</h1>{intro}{"".join(card(q, True) for q in items)}</div>',
        )

    pages["/"] = html(
        index(
            PUB,
            posts[:9],
            f'<p class="{_cls("ixp", 4)}">Independent reporting on how our city spends, builds and decides.</p><a href="{base}/latest">See all</a>',
        )
    )

    def latest_nav(k, n):
        return (
            f'<div class="{_cls("more", 3)}">'
            + (f'<a href="{base}/latest?page={k + 2}">Show more</a>' if k + 1 < n else "")
            + "</div>"
        )

    paged(
        pages,
        lambda k: "/latest" if not k else f"/latest?page={k + 1}",
        posts,
        8,
        lambda ch, k, n: index("Latest", ch, latest_nav(k, n)),
    )
    for t, items in by_key(posts, lambda p: p.tags).items():
        slug = t.lower().replace(" ", "-")
        paged(
            pages,
            lambda k, slug=slug: f"/tagged/{slug}" if not k else f"/tagged/{slug}?page={k + 1}",
            items,
            6,
            lambda ch, k, n, t=t, slug=slug: index(
                f"Stories tagged {t}",
                ch,
                f'<a href="{base}/tagged/{slug}?page={k + 2}">Next</a>' if k + 1 < n else "",
            ),
        )
    for extra in ("/tagged/housing", "/tagged/transport"):
        pages.setdefault(extra, html(index("Stories", [])))
    months = by_month(posts)
    years = f'<div class="{_cls("yr", 3)}"><a href="{base}/archive/2017">2017</a></div>' + "".join(
        f'<a href="{base}/archive/{y}/{m:02d}">{MONTHS[m - 1]}</a> ' for (y, m) in months
    )
    pages["/archive"] = html(index("Archive", [], years))
    pages["/archive/2017"] = html(index("2017", posts[:10], years))
    for (y, m), items in months.items():
        days = sorted({q.published.day for q in items})
        dl = "".join(f'<a href="{base}/archive/{y}/{m:02d}/{d:02d}">{d}</a> ' for d in days)
        pages[f"/archive/{y}/{m:02d}"] = html(
            index(
                f"{MONTHS[m - 1]} {y}", items, years + f'<div class="{_cls("days", 3)}">{dl}</div>'
            )
        )
        for d in days:
            pages[f"/archive/{y}/{m:02d}/{d:02d}"] = html(
                index(
                    f"{MONTHS[m - 1]} {d}, {y}", [q for q in items if q.published.day == d], years
                )
            )
    pages["/about"] = html(
        shell(
            f"About – {PUB}",
            f"<div><h1>About {PUB}</h1><p>{PUB} is a small newsroom covering local government. Pitches and tips: editors@civicledger.example.</p></div>",
        )
    )
    pages["/feed"] = rss(base, PUB, [(feedsrc[p.idx], p) for p in posts[:10]], "en")
    pages["/robots.txt"] = robots(base, [], ["/m/", "/me/", "/*?responsesOpen="])
    return site_from(
        NAME,
        posts,
        lambda p: url[p.idx],
        pages,
        lambda p: [
            src[p.idx],
            feedsrc[p.idx],
            *([f"{url[p.idx]}?responsesOpen=true&sortBy=REVERSE_CHRON"] if threads[p.idx] else []),
        ],
    )
