"""Later pages of a static section index (index_2.html) are listings, never articles."""

from __future__ import annotations

import pytest

from newsarchive.extraction.kind import classify_url


@pytest.mark.parametrize(
    "url",
    ["http://a.cn/bendi/index_1.html", "http://a.cn/zt/x/index_12.shtml", "http://a/list_3.htm"],
)
def test_paged_section_index_is_a_listing(url: str) -> None:
    assert classify_url(url) == ("listing", "url:pagination")


@pytest.mark.parametrize(
    "url",
    ["http://a.cn/jingji/201703/t20170306_52003.html", "http://a/2017/03/index-of-prices.html"],
)
def test_articles_are_not_paged_indexes(url: str) -> None:
    assert classify_url(url) is None
