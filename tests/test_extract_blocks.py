"""Short stories keep their lines: a text trafilatura's rescue ran into one line is split back."""

from __future__ import annotations

from lxml import html

from newsarchive.extraction.blocks import split_joined_blocks
from newsarchive.extraction.extract import extract_page

HOST = "http://127.0.0.1:8233"
PARAS = [
    "The early ferry to the island leaves at 6.40 from Monday, ten minutes later than now.",
    "The last boat back is unchanged, the operator said on Friday.",
]


def _tree(body: str) -> html.HtmlElement:
    return html.fromstring(f"<html><body>{body}</body></html>")


def test_a_line_of_consecutive_blocks_is_split_into_them() -> None:
    tree = _tree("<article><h2>Ferry times</h2><p>One <b>two</b>.</p><p>Three four.</p></article>")
    assert split_joined_blocks("Ferry times One two. Three four.", tree).splitlines() == [
        "Ferry times",
        "One two.",
        "Three four.",
    ]
    # a part of a run of blocks, and a run that needs the space between two blocks
    assert split_joined_blocks("One two. Three four.", tree) == "One two.\nThree four."


def test_lines_that_are_not_exactly_blocks_are_left_alone() -> None:
    tree = _tree("<article><h2>Ferry times</h2><p>One two.</p><p>Three four.</p></article>")
    for text in (
        "One two.",  # a single block
        "One two. Three four. Five.",  # more than the blocks
        "Ferry times One two.Three four.",  # not joined by a space
        "One two. Ferry times",  # not in the page's order
    ):
        assert split_joined_blocks(text, tree) == text
    # a text of many lines kept its structure: never rewritten
    many = "\n".join(["Ferry times One two. Three four."] * 4)
    assert split_joined_blocks(many, tree) == many


def _story(headline: str, paras: list[str], lang: str = "en") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f'<!doctype html><html lang="{lang}"><head><title>{headline} | Harbour Times</title>'
        '<meta property="og:type" content="article"></head><body>'
        '<header><a href="/">Harbour Times</a><nav><a href="/news/">News</a> '
        '<a href="/sport/">Sport</a></nav></header>'
        f'<main><article class="story"><h1>{headline}</h1>'
        '<time datetime="2017-03-04T09:00:00Z">4 March 2017</time>'
        f"{body}</article></main>"
        "<footer><p>Harbour Times, 2 Quay Street. All rights reserved.</p></footer></body></html>"
    ).encode()


def test_a_brief_keeps_its_paragraphs_and_loses_its_headline_line() -> None:
    got = extract_page(
        _story("Ferry timetable changes from Monday", PARAS), f"{HOST}/2017/03/04/ferry"
    )
    lines = got.text.splitlines()
    assert lines[-2:] == PARAS
    assert not any("Ferry timetable" in line for line in lines)


def test_a_short_chinese_story_keeps_its_paragraphs_and_loses_its_headline_line() -> None:
    paras = [
        "项目指挥部负责人透露城乡公交一体化可能推迟到明年春季。市民可到市图书馆查阅规划图纸。",
        "区政府新闻发言人表示，施工期间相关路段将封闭六十天。公众意见征集将持续到月底。",  # noqa: RUF001
        "市发改委有关负责人呼吁对项目进行独立评估。有专家认为，预算中没有包括后期维护费用。",  # noqa: RUF001
    ]
    headline = "城乡公交一体化获批"  # nine characters: a whole headline in Chinese
    got = extract_page(_story(headline, paras, "zh-CN"), f"{HOST}/2017/03/04/gongjiao/")
    assert got.text.splitlines() == paras
