"""Registry of the generated unseen-CMS news sites (dev half for tuning, holdout half never read)."""

from __future__ import annotations

import importlib
from types import ModuleType

DEV = ["drupal8", "joomla3", "blogger_classic", "arcxp", "hugo_papermod", "legacy_ru", "zh_portal"]
HOLDOUT = [
    "nuxt_fr",
    "substack",
    "jekyll_minima",
    "phpnuke_pt",
    "arabic_news",
    "movabletype_ja",
    "typo3_it",
]
# second holdout (issue #8): built after the first was tuned on; never read or tuned on either
HOLDOUT2 = [
    "bitrix_ru",
    "medium_en",
    "squarespace_en",
    "wagtail_nl",
    "jannah_es",
    "dedecms_zh",
    "ndsoft_ko",
]


def group_of(style: str) -> str:
    """`dev`, `holdout` or `holdout2`."""
    return "dev" if style in DEV else "holdout2" if style in HOLDOUT2 else "holdout"


def styles(group: str) -> list[str]:
    """Style names of `dev`, `holdout`, `holdout2` or `all` (dev + holdout, as first measured)."""
    return {"dev": DEV, "holdout": HOLDOUT, "holdout2": HOLDOUT2, "all": DEV + HOLDOUT}[group]


def load(style: str) -> ModuleType:
    """The module of one style (it has NAME and build(base) -> Site)."""
    return importlib.import_module(f"benchmarks.unseen.{group_of(style)}.{style}")
