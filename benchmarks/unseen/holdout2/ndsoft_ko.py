"""HOLDOUT2: do not read or tune against this module. Korean regional newspaper on the ndsoft CMS (ko): articleView.html?idxno=, byline and copyright inside the body box, print / mobile / comment-sort twins; section RSS + listings."""

from __future__ import annotations

import random
from html import escape

import benchmarks.unseen.text_extra  # noqa: F401  (registers the ko bank)
from benchmarks.unseen.common import html, make_posts, paged, robots, rss, site_from, thread

NAME = "ndsoft_ko"
SITE = "영동일보"
SECS = {"S1N1": "정치", "S1N2": "사회", "S1N3": "경제"}
SUBS = {"S2N11": "행정", "S2N12": "교육", "S2N13": "지역경제"}
WRITERS = {"박지훈": "jhpark", "이수연": "sylee", "최민호": "mhchoi"}
NICKS = ["시민1", "강릉사람", "ㅇㅇ", "원주맘", "지나가다", "동해바다"]
LINES = [
    "이번에는 제대로 추진되길 바랍니다.",
    "예산 낭비 아닌가요? 꼼꼼히 따져봐야 합니다.",
    "좋은 기사 감사합니다.",
    "주민 의견을 더 들어야 할 것 같네요.",
    "언제 완공되는지가 제일 궁금합니다.",
]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(1208, "ko", 33, "Asia/Seoul", list(SECS), list(WRITERS), list(SUBS))
    rng = random.Random(1208)
    no = {p.idx: 104500 + 11 * p.idx for p in posts}
    url = {p.idx: f"/news/articleView.html?idxno={no[p.idx]}" for p in posts}
    prn = {p.idx: f"/news/articlePrint.html?idxno={no[p.idx]}" for p in posts}
    mob = {p.idx: f"/mobile/article.html?no={no[p.idx]}" for p in posts}
    srt = {p.idx: f"{url[p.idx]}&replyAll=&reply_sc_order_by=C" for p in posts}
    threads = {p.idx: thread(rng, NICKS, LINES, p.published, 0, 5) for p in posts}
    hits = {p.idx: rng.randint(80, 9000) for p in posts}
    sub = {p.idx: p.tags[0] for p in posts}
    pages: dict = {}

    def ymd(d):
        return d.strftime("%Y.%m.%d %H:%M")

    def shell(title, main, head=""):
        gnb = "".join(
            f'<li><a href="/news/articleList.html?sc_section_code={c}&view_type=sm">{n}</a></li>'
            for c, n in SECS.items()
        )
        rank = "".join(
            f'<li><em class="number">{k + 1}</em><a href="{url[q.idx]}">{escape(q.title)}</a></li>'
            for k, q in enumerate(sorted(posts, key=lambda q: -hits[q.idx])[:7])
        )
        return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{head}
<link rel="alternate" type="application/rss+xml" title="{SITE} 정치" href="{base}/rss/S1N1.xml">
<link rel="stylesheet" type="text/css" href="/css/user.css?v=20170301">
<script type="text/javascript" src="/js/user.js?v=20170301"></script>
</head>
<body>
<div id="user-wrap" class="off-canvas-wrapper">
<div class="off-canvas-content" data-off-canvas-content>
<header id="user-header" class="user-header"><div class="header-top"><div class="row"><ul class="top-link"><li><a href="/member/login.html">로그인</a></li><li><a href="/member/join.html">회원가입</a></li><li><a href="/com/subscribe.html">구독신청</a></li><li><a href="/com/report.html">기사제보</a></li></ul><div class="today">2017년 04월 30일 (일)</div></div></div>
<div class="header-logo"><h1 class="logo"><a href="/"><img src="/image/logo/toplogo_20170101.png" alt="{SITE}"></a></h1><div class="top-banner"><a href="/ad/"><img src="/banner/top_728.jpg" alt="광고"></a></div></div>
<nav id="user-gnb" class="user-gnb"><ul class="gnb-list"><li><a href="/news/articleList.html?view_type=sm">전체기사</a></li>{gnb}<li><a href="/news/articleList.html?sc_section_code=S1N4&view_type=sm">오피니언</a></li></ul><div class="search"><form action="/news/articleList.html" method="get"><input type="hidden" name="sc_area" value="A"><input type="hidden" name="view_type" value="sm"><input type="text" name="sc_word" title="검색어 입력"><button type="submit">검색</button></form></div></nav>
</header>
<div id="user-container"><div class="float-center max-width-1080"><div class="user-content">
<section class="user-snb-wrapper">{main}</section>
<aside class="user-aside"><div class="auto-article"><div class="box-skin"><div class="header">많이 본 뉴스</div><div class="content"><ul class="auto-rank">{rank}</ul></div></div>
<div class="box-skin"><div class="header">구독 안내</div><div class="content"><p>영동일보를 구독하시면 매일 아침 지역 소식을 받아보실 수 있습니다. 구독문의 033-000-0000</p></div></div></div></aside>
</div></div></div>
<footer id="user-footer"><div class="footer-menu"><ul><li><a href="/com/company.html">회사소개</a></li><li><a href="/com/ethics.html">윤리강령</a></li><li><a href="/com/privacy.html">개인정보처리방침</a></li><li><a href="/com/youth.html">청소년보호정책</a></li><li><a href="/com/report.html">기사제보</a></li></ul></div>
<div class="footer-address"><p>{SITE} | 주소 : 강원도 강릉시 경강로 0000 | 대표전화 : 033-000-0000 | 팩스 : 033-000-0001</p><p>등록번호 : 강원 아00000 | 발행인 : 김영동 | 편집인 : 김영동 | 청소년보호책임자 : 이수연</p><p class="copyright">Copyright © 2017 {SITE}. All rights reserved. mail to webmaster@yeongdong.example</p></div></footer>
</div></div>
</body>
</html>"""

    def view(p):
        d = p.published
        email = f"{WRITERS[p.author]}@yeongdong.example"
        rel = [q for q in posts if sub[q.idx] == sub[p.idx] and q is not p][:4]
        relh = "".join(
            f'<li><a href="{url[q.idx]}">{escape(q.title)}</a><em class="replace-date">{q.published.strftime("%Y-%m-%d")}</em></li>'
            for q in rel
        )
        com = threads[p.idx]
        coms = "".join(
            f'<li class="comment-item"><div class="comment-head"><span class="nickname">{escape(w)}</span><span class="date">{t.strftime("%Y-%m-%d %H:%M:%S")}</span></div><p class="comment-body">{escape(x)}</p><div class="comment-foot"><button class="recommend">추천 {rng.randint(0, 9)}</button><button class="oppose">반대 0</button><a href="#" class="reply">답글쓰기</a></div></li>'
            for w, t, x in com
        )
        main = f"""<div class="article-view-header"><header class="article-view-header"><div class="view-sec"><a href="/news/articleList.html?sc_section_code={p.section}&view_type=sm">{SECS[p.section]}</a> <span class="sub"><a href="/news/articleList.html?sc_sub_section_code={sub[p.idx]}&view_type=sm">{SUBS[sub[p.idx]]}</a></span></div>
<div class="article-head-title">{escape(p.title)}</div>
<div class="info-text"><ul class="no-bullet auto-marbtm-0 line-height-6 infomation"><li><i class="icon-user-o"></i> <a href="/news/articleList.html?sc_area=I&sc_word={WRITERS[p.author]}&view_type=sm">{escape(p.author)} 기자</a></li><li><i class="icon-clock-o"></i> 입력 {ymd(d)}</li><li><i class="icon-eye-o"></i> 조회수 {hits[p.idx]}</li><li><i class="icon-comment-o"></i> 댓글 {len(com)}</li></ul></div>
<div class="share-btns"><a href="https://www.facebook.com/sharer/sharer.php?u={base}{url[p.idx]}" target="_blank">페이스북</a> <a href="https://twitter.com/intent/tweet?url={base}{url[p.idx]}" target="_blank">트위터</a> <a href="https://story.kakao.com/share?url={base}{url[p.idx]}" target="_blank">카카오스토리</a> <a href="{prn[p.idx]}" target="_blank" class="print">인쇄</a> <a href="/news/articleMail.html?idxno={no[p.idx]}" target="_blank" class="mail">메일</a> <button class="font-size">글씨크기</button></div></header></div>
<article class="article-veiw-body view-page font-size17">
<div id="article-view-content-div" itemprop="articleBody">
<figure class="photo-layout image-area"><img src="/news/photo/{d.strftime("%Y%m")}/{no[p.idx]}_{no[p.idx] + 7}_{d.strftime("%H%M")}.jpg" alt=""><figcaption>{escape(SUBS[sub[p.idx]])} 관련 자료사진 [{SITE} DB]</figcaption></figure>
{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}
<p>{escape(p.author)} 기자 {email}</p>
</div>
<div class="view-copyright"><p>저작권자 © {SITE} 무단전재 및 재배포 금지</p></div>
<div class="view-editors"><div class="profile-images"><img src="/image/reporter/{WRITERS[p.author]}.jpg" alt=""></div><div class="profile-name"><strong>{escape(p.author)} 기자</strong> <a href="mailto:{email}">{email}</a></div><a href="/news/articleList.html?sc_area=I&sc_word={WRITERS[p.author]}&view_type=sm" class="more">다른기사 보기</a></div>
</article>
<div class="article-relation"><div class="box-skin"><div class="header">관련기사</div><ul class="relation-list">{relh}</ul></div></div>
<div id="reply" class="article-comment"><div class="comment-header"><strong>댓글 {len(com)}</strong><div class="sort"><a href="{url[p.idx]}&replyAll=&reply_sc_order_by=I#reply">최신순</a> <a href="{srt[p.idx]}#reply">추천순</a></div></div>
<div class="comment-write"><textarea placeholder="댓글을 작성해주세요. 욕설, 비방 등은 관리자에 의해 삭제될 수 있습니다."></textarea><button>등록</button></div><ul class="comment-list">{coms}</ul></div>"""
        head = (
            f'<link rel="canonical" href="{base}{url[p.idx]}"><meta property="og:type" content="article"><meta property="og:title" content="{escape(p.title)} - {SITE}"><meta property="og:site_name" content="{SITE}">'
            f'<meta property="article:section" content="{SECS[p.section]}"><meta property="article:published_time" content="{d.isoformat()}"><meta name="author" content="{escape(p.author)} 기자">'
        )
        return shell(f"{p.title} - {SITE}", main, head)

    def printable(p):
        return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>{escape(p.title)} - {SITE}</title></head>
<body onload="window.print()"><div id="print-wrap"><div class="print-logo"><img src="/image/logo/printlogo.png" alt="{SITE}"></div><div class="print-head"><h3>{escape(p.title)}</h3><ul class="info"><li>{escape(p.author)} 기자</li><li>승인 {ymd(p.published)}</li></ul></div>
<div class="print-body">{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}</div><div class="print-copy">저작권자 © {SITE} 무단전재 및 재배포 금지</div><div class="print-url">기사 URL : {base}{url[p.idx]}</div></div></body></html>"""

    def mobile(p):
        return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>{escape(p.title)} - {SITE}</title><link rel="canonical" href="{base}{url[p.idx]}"></head>
<body class="mobile"><header class="m-header"><a href="/mobile/">{SITE}</a></header><div class="m-article"><h2 class="m-title">{escape(p.title)}</h2><p class="m-info">{escape(p.author)} 기자 · 입력 {ymd(p.published)}</p>
<div class="m-body">{"".join(f"<p>{escape(x)}</p>" for x in p.paras)}</div><p class="m-copy">저작권자 © {SITE} 무단전재 및 재배포 금지</p></div><footer><a href="{base}{url[p.idx]}">PC버전</a></footer></body></html>"""

    for p in posts:
        page = html(view(p))
        pages[url[p.idx]] = page
        pages[srt[p.idx]] = page
        pages[f"{url[p.idx]}&replyAll=&reply_sc_order_by=I"] = page
        pages[prn[p.idx]] = html(printable(p))
        pages[mob[p.idx]] = html(mobile(p))
        pages[f"/news/articleMail.html?idxno={no[p.idx]}"] = html(
            shell(
                f"기사 메일보내기 - {SITE}",
                f'<div class="mail-form"><h3>기사 메일보내기</h3><p>{escape(p.title)}</p><form><input name="to" placeholder="받는 사람 메일"><textarea name="msg"></textarea><button>보내기</button></form></div>',
            )
        )

    def item(q):
        return (
            f'<div class="list-block"><div class="list-image" style="background-image:url(/news/thumbnail/{q.published.strftime("%Y%m")}/{no[q.idx]}_sm.jpg)"></div><div class="list-titles"><a href="{url[q.idx]}"><strong>{escape(q.title)}</strong></a></div>'
            f'<p class="list-summary"><a href="{url[q.idx]}" class="line-height-3-2x">{escape(q.paras[0][:90])}…</a></p><div class="list-dated">{SECS[q.section]} | {escape(q.author)} 기자 | {q.published.strftime("%Y-%m-%d %H:%M")}</div></div>'
        )

    def lst(query, title, items):
        total = len(items)

        def nth(k):
            base_q = (
                f"/news/articleList.html?{query}&view_type=sm"
                if query
                else "/news/articleList.html?view_type=sm"
            )
            return (
                base_q
                if not k
                else f"/news/articleList.html?page={k + 1}&total={total}&{query + '&' if query else ''}box_idxno=&view_type=sm"
            )

        def render(chunk, k, n):
            nums = "".join(
                f'<li class="pagination-{"current" if j == k else "item"}"><a href="{nth(j)}">{j + 1}</a></li>'
                for j in range(n)
            )
            nav = f'<ul class="pagination"><li class="pagination-start"><a href="{nth(0)}">처음</a></li>{nums}<li class="pagination-end"><a href="{nth(n - 1)}">끝</a></li></ul>'
            return shell(
                f"{title} - {SITE}",
                f'<header class="user-snb"><div class="snb-title">{escape(title)}</div><div class="list-count">총 {total}건의 기사가 있습니다.</div></header><section id="section-list"><div class="article-list-content type-sm text-left">{"".join(item(q) for q in chunk)}</div></section>{nav}',
            )

        paged(pages, nth, items, 10, render)

    lst("", "전체기사", posts)
    for c, n in SECS.items():
        lst(f"sc_section_code={c}", n, [p for p in posts if p.section == c])
        pages[f"/rss/{c}.xml"] = rss(
            base, f"{SITE} - {n}", [(url[q.idx], q) for q in posts if q.section == c][:10], "ko"
        )
    lst("sc_section_code=S1N4", "오피니언", [])
    for c, n in SUBS.items():
        lst(f"sc_sub_section_code={c}", n, [p for p in posts if sub[p.idx] == c])
    for w, wid in WRITERS.items():
        lst(f"sc_area=I&sc_word={wid}", f"{w} 기자", [p for p in posts if p.author == w])
    pages["/news/articleList.html?sc_area=A&sc_word=&view_type=sm"] = html(
        shell(f"검색 - {SITE}", '<div class="search-result"><p>검색어를 입력해 주세요.</p></div>')
    )
    top = posts[0]
    home = (
        f'<div class="main-top"><div class="headline"><a href="{url[top.idx]}"><strong class="auto-titles">{escape(top.title)}</strong><p>{escape(top.paras[0][:120])}…</p></a></div>'
        + "".join(
            f'<div class="section-box"><div class="header"><a href="/news/articleList.html?sc_section_code={c}&view_type=sm">{n}</a></div><ul>'
            + "".join(
                f'<li><a href="{url[q.idx]}">{escape(q.title)}</a></li>'
                for q in [q for q in posts if q.section == c][:5]
            )
            + "</ul></div>"
            for c, n in SECS.items()
        )
        + "</div>"
    )
    pages["/"] = html(shell(f"{SITE} - 영동의 정론지", home))
    pages["/mobile/"] = html(
        f'<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>{SITE} 모바일</title></head><body><ul>'
        + "".join(f'<li><a href="{mob[q.idx]}">{escape(q.title)}</a></li>' for q in posts[:12])
        + "</ul></body></html>"
    )
    for path, title, text in [
        ("/com/company.html", "회사소개", "영동일보는 1998년 창간한 강원 영동 지역 일간지입니다."),
        (
            "/com/ethics.html",
            "윤리강령",
            "영동일보는 진실하고 공정한 보도를 위해 다음과 같은 윤리강령을 제정한다.",
        ),
        (
            "/com/privacy.html",
            "개인정보처리방침",
            "영동일보는 이용자의 개인정보를 중요시하며 관련 법령을 준수합니다.",
        ),
        ("/com/youth.html", "청소년보호정책", "청소년에게 유해한 정보를 차단하기 위해 노력합니다."),
        (
            "/com/report.html",
            "기사제보",
            "제보 전화 033-000-0000, 이메일 news@yeongdong.example 로 보내주세요.",
        ),
        (
            "/com/subscribe.html",
            "구독신청",
            "신문 구독을 원하시면 아래 양식을 작성해 주세요. 월 구독료 15,000원.",
        ),
        ("/member/login.html", "로그인", "아이디와 비밀번호를 입력하세요."),
        ("/member/join.html", "회원가입", "약관에 동의하시면 회원가입을 진행합니다."),
        ("/ad/", "광고안내", "광고 문의는 광고국으로 연락 주시기 바랍니다."),
    ]:
        pages[path] = html(
            shell(f"{title} - {SITE}", f'<div class="com-page"><h3>{title}</h3><p>{text}</p></div>')
        )
    pages["/robots.txt"] = robots(base, [], ["/member/", "/news/articleMail.html"])
    return site_from(
        NAME,
        posts,
        lambda p: url[p.idx],
        pages,
        lambda p: [
            srt[p.idx],
            f"{url[p.idx]}&replyAll=&reply_sc_order_by=I",
            prn[p.idx],
            mob[p.idx],
        ],
    )
