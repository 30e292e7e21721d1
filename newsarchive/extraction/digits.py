"""Digits of every script written 0-9, so date patterns read dates in any numeral system."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["ascii_digits"]

_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # \d: any Unicode decimal digit


def ascii_digits(text: str) -> str:
    """TEXT with the decimal digits of every script written 0-9, one character for one
    ("১২ মার্চ ২০১৭", "١٢ مارس ٢٠١٧", "२०१७", "２０１７年３月１２日"), positions unchanged."""
    if text.isascii():
        return text
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)
