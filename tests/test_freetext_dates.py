"""htmldate's last-resort free-text dates are read in the page's language and English only."""

from __future__ import annotations

from datetime import datetime

from htmldate.extractors import _external_date, try_date_expr

from newsarchive.extraction.freetext_dates import dates_in

EARLIEST, LATEST = datetime(1995, 1, 1), datetime(2030, 1, 1)


def test_free_text_dates_are_read_in_the_pages_language_and_english() -> None:
    with dates_in("fi-FI"):
        assert _external_date("12. maaliskuuta 2017") == datetime(2017, 3, 12)
        assert _external_date("March 12, 2017") == datetime(2017, 3, 12)  # a theme's English
        assert _external_date("12 marzo 2017") is None  # Italian is not the page's
    # outside, and for a language dateparser does not know: every language, as htmldate does
    assert _external_date("12 marzo 2017") == datetime(2017, 3, 12)
    with dates_in("xx"):
        assert _external_date("12 marzo 2017") == datetime(2017, 3, 12)


def test_a_pages_date_does_not_depend_on_the_pages_read_before_it() -> None:
    # htmldate caches what it read from a string, whatever the language it was read in
    text = "domenica 12 marzo 2017"
    with dates_in("it"):
        assert try_date_expr(text, "%Y-%m-%d", True, EARLIEST, LATEST) == "2017-03-12"
    with dates_in("fi"):
        assert try_date_expr(text, "%Y-%m-%d", True, EARLIEST, LATEST) is None
    with dates_in("it"):
        assert try_date_expr(text, "%Y-%m-%d", True, EARLIEST, LATEST) == "2017-03-12"
