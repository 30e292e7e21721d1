"""Pruning: by class names never the block that holds the story's paragraphs; hidden copies of shown text."""

from __future__ import annotations

from newsarchive.extraction.extract import extract_page

PARAS = [
    "The harbour board presented a new plan at a packed public meeting, under which the works "
    "on the old quay will be carried out in stages over the next two years.",
    "Residents of the riverside quarter said the plan could still change after the public "
    "consultation, which runs until the end of the month at the town hall.",
    "The head of the planning office warned that the works could drag on until the spring of "
    "next year, and that part of the money still has to be approved by the council.",
    "Several councillors abstained in the vote because no independent audit of the costs has "
    "been made, and the opposition has announced an amendment for the next session.",
]


def _drupal7_node(classes: str) -> bytes:
    """Drupal 7 (Bartik): the headline above the node, which carries "node-promoted" when the
    story is promoted to the front page; a rail of other stories beside it."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    rail = "".join(
        f'<li><a href="/vijesti/story-{n}">Another story number {n} of the week</a></li>'
        for n in range(5)
    )
    return f"""<!doctype html><html lang="en"><head><title>Harbour plan | Town News</title>
<meta property="og:type" content="article"></head>
<body><div id="page"><div id="main"><div id="content" class="column"><div class="section">
<h1 class="title" id="page-title">Harbour plan goes ahead in stages</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system">
<div id="node-1248" class="{classes}"><div class="meta submitted"><span>By the desk,
Tue, 28.03.2017 - 16:41</span></div><div class="content clearfix"><div class="field
field-name-body"><div class="field-items"><div class="field-item even">{body}</div></div></div>
</div></div></div></div></div></div>
<div id="sidebar-second"><div class="block"><h2>Most read</h2><ul>{rail}</ul></div>
<div class="block block-block"><h2>About us</h2><p>Town News is the independent daily of the
four rivers: news from the council, the courts, the schools and the clubs of the town and its
villages since 1998, written by a newsroom of twelve. Tips and letters are welcome every day of
the week at the desk on Quay Street or by mail, and our reporters answer every one.</p></div>
</div>
</div></div></body></html>""".encode()


def test_a_promoted_drupal_node_keeps_its_body() -> None:
    url = "http://127.0.0.1:8233/vijesti/harbour-plan"
    for classes in ("node node-article clearfix", "node node-article node-promoted clearfix"):
        got = extract_page(_drupal7_node(classes), url)
        assert got.text.splitlines()[-len(PARAS) :] == PARAS, classes
        assert got.page_kind == "article", classes


def _with_hidden(hidden: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAS[:3])
    return f"""<!doctype html><html lang="en"><head><title>Harbour plan | Town News</title></head>
<body><article><h1>Harbour plan goes ahead in stages</h1><div class="story">{body}
{hidden}</div></article></body></html>""".encode()


def test_a_hidden_copy_of_the_story_is_not_read_twice() -> None:
    # schema.org microdata repeated in a hidden block: headline, description and the body
    copy = "".join(f"<p>{p}</p>" for p in PARAS[:3])
    hidden = (
        '<div style="display: none;" itemscope itemtype="http://schema.org/NewsArticle">'
        '<div itemprop="headline">Harbour plan goes ahead in stages</div>'
        f'<div itemprop="articleBody">{copy}</div></div>'
    )
    got = extract_page(_with_hidden(hidden), "https://example.org/news/harbour-plan")
    assert got.text.splitlines() == PARAS[:3]


def test_hidden_text_shown_nowhere_else_stays() -> None:
    # a "read more" continuation the page reveals with a script
    hidden = f'<div class="more" hidden><p>{PARAS[3]}</p></div>'
    got = extract_page(_with_hidden(hidden), "https://example.org/news/harbour-plan")
    assert got.text.splitlines() == PARAS


def test_blocks_hidden_by_a_css_frameworks_classes_are_not_read() -> None:
    # print-only header and footer, a send-by-email form's hidden messages (Bootstrap's hide):
    # chrome the page never shows on screen
    chrome = (
        '<div class="print-header"><p>This copy is for your personal, non-commercial use only. '
        "To order copies for distribution, contact the reprints desk.</p></div>"
        '<div class="email-ty-wrap hide"><p>Thank you</p><p>This article has been sent to</p></div>'
        '<p id="email-error" class="hide">An error has occurred, please try again later.</p>'
    )
    got = extract_page(_with_hidden(chrome), "https://example.org/news/harbour-plan")
    assert got.text.splitlines() == PARAS[:3]


def test_a_block_another_class_shows_at_some_width_is_read() -> None:
    # Bootstrap's "d-none d-md-block", Tailwind's "hidden lg:block": shown on wider screens
    for classes in ("d-none d-md-block", "hidden lg:block"):
        more = f'<div class="{classes}"><p>{PARAS[3]}</p></div>'
        got = extract_page(_with_hidden(more), "https://example.org/news/harbour-plan")
        assert got.text.splitlines() == PARAS, classes
